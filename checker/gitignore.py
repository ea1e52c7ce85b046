"""What a git repository's ignore files ignore, as git reads them: `.git/info/exclude`, then each
directory's `.gitignore` from the repository's top down to the file's directory, a deeper file and
a later line winning (negation `!` included). Outside a git repository nothing is ignored (as ruff
does). The user's global excludes file (core.excludesFile) is not read.

pathspec (gitignore's own pattern rules) is imported only once an ignore file is found.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional


class GitIgnore:
    def __init__(self):
        self._tops: dict[str, Optional[str]] = {}   # directory -> its repository's top (None: not in one)
        self._specs: dict[str, list] = {}           # directory -> its ignore files' specs, lowest first

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether the absolute `path` is ignored (only its own entry: a caller that walks the tree
        has already left out ignored directories)."""
        parent = os.path.dirname(path)
        top = self._top(parent)
        if top is None:
            return False
        decision = None
        directory = top
        rest = Path(os.path.relpath(path, top)).parts
        for depth in range(len(rest)):
            if depth:
                directory = os.path.join(directory, rest[depth - 1])
            rel = "/".join(rest[depth:]) + ("/" if is_dir else "")
            for spec in self._specs_of(directory, top):
                include = spec.check_file(rel).include
                decision = include if include is not None else decision
        return bool(decision)

    def covers(self, directory: str) -> bool:
        """Whether the absolute `directory` is ignored, or is inside an ignored directory."""
        top = self._top(directory)
        if top is None or directory == top:
            return False
        parts = Path(os.path.relpath(directory, top)).parts
        return any(self.ignored(os.path.join(top, *parts[:k]), True) for k in range(1, len(parts) + 1))

    def _top(self, directory: str) -> Optional[str]:
        """The top of the git repository `directory` is in (where `.git` is: a directory, or a file
        in a worktree or submodule), or None."""
        walked = []
        d = directory
        while d not in self._tops:
            walked.append(d)
            if os.path.exists(os.path.join(d, ".git")):
                self._tops[d] = d
                break
            up = os.path.dirname(d)
            if up == d:
                self._tops[d] = None
                break
            d = up
        for w in walked:
            self._tops[w] = self._tops[d]
        return self._tops[d]

    def _specs_of(self, directory: str, top: str) -> list:
        if directory not in self._specs:
            files = [os.path.join(directory, ".gitignore")]
            if directory == top:
                files.insert(0, _info_exclude(top))
            self._specs[directory] = [s for s in map(_spec, filter(None, files)) if s is not None]
        return self._specs[directory]


def _info_exclude(top: str) -> Optional[str]:
    """The repository's `info/exclude` (in the common git directory of a worktree)."""
    git = os.path.join(top, ".git")
    if os.path.isfile(git):  # a worktree or submodule: "gitdir: <path>"
        try:
            with open(git, encoding="utf-8") as f:
                line = f.readline().strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not line.startswith("gitdir:"):
            return None
        git = os.path.join(top, line[len("gitdir:"):].strip())
        try:
            with open(os.path.join(git, "commondir"), encoding="utf-8") as f:
                git = os.path.join(git, f.read().strip())
        except (OSError, UnicodeDecodeError):
            pass
    return os.path.join(git, "info", "exclude")


def _spec(path: str):
    """The spec of the ignore file at `path`, or None when there is none (or nothing in it)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    lines = data.decode("utf-8-sig", "replace").splitlines()  # (git skips a BOM too)
    if not any(x.strip() and not x.startswith("#") for x in lines):
        return None
    import pathspec  # here: a scan with no ignore file never pays for the import
    return pathspec.GitIgnoreSpec.from_lines(lines)
