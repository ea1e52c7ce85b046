"""Which files a scan reads (as ruff chooses them): every file named on the command line, and under
each named directory the files that match `--glob`, less what is excluded (version control, virtual
environments, caches…: DEFAULT_EXCLUDE, or `exclude`; plus `extend-exclude`) and, in a git
repository, what its .gitignore files ignore (`respect-gitignore`, on by default).

A file named on the command line is scanned even if excluded, unless `force-exclude` is on (what
pre-commit needs: it names every staged file). A path the user names is never excluded by its own
name: `checker scan .venv/notes` searches it, without the patterns that match it (and a directory
that .gitignore ignores, named, is searched without .gitignore). Patterns are
checker.globs's, relative to the configuration file that gives them, or to the current directory
on the command line. A symbolic link to a directory is not followed (git stores the link, not what
it points at); the scan says so once per link, unless what it points at is searched anyway.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from .config import DEFAULT, Config, Resolver
from .errors import InputError
from .globs import glob_match
from .loader import not_regular

# Never entered unless named (`exclude` replaces this list, `extend-exclude` adds to it): version
# control, virtual environments, installed packages, caches and build output of tools.
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".direnv", ".tox", ".nox", ".eggs",
                   "node_modules", "site-packages", "__pypackages__", "__pycache__", ".mypy_cache",
                   ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints", "_build", "buck-out")


@dataclass(frozen=True, slots=True)
class FileOptions:
    """The command line's choices of files; None: the configuration's (or the default)."""
    glob: str = "*.txt"
    exclude: Optional[tuple[str, ...]] = None
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: Optional[bool] = None
    force_exclude: Optional[bool] = None
    skip_english: bool = True  # a directory's plain-text files with no Urdu or Marathi letters are left out


class Note(str):
    """Something the user should hear about (on stderr) that is not an error."""


Pattern = tuple[str, str]  # (the directory it is relative to, the glob)


class Rules:
    """The exclusions, .gitignore use and force-exclude that apply in each directory."""

    def __init__(self, options: FileOptions, resolver: Resolver):
        self.options, self.resolver = options, resolver
        self.cwd = os.getcwd()
        self._patterns: dict[int, tuple[Pattern, ...]] = {}
        self._gitignore = None

    def config(self, directory: str) -> Config:
        return self.resolver.for_directory(directory) if directory != "-" else DEFAULT

    def patterns(self, cfg: Config) -> tuple[Pattern, ...]:
        key = id(cfg)
        if key not in self._patterns:
            o, f, root = self.options, cfg.files, str(cfg.root)
            if o.exclude is not None:
                base = [(self.cwd, p) for p in o.exclude]
            elif f.exclude is not None:
                base = [(root, p) for p in f.exclude]
            else:
                base = [(root, p) for p in DEFAULT_EXCLUDE]
            extend = [(root, p) for p in f.extend_exclude] + [(self.cwd, p) for p in o.extend_exclude]
            self._patterns[key] = tuple(base + extend)
        return self._patterns[key]

    def respects_gitignore(self, cfg: Config) -> bool:
        o, f = self.options.respect_gitignore, cfg.files.respect_gitignore
        return o if o is not None else f if f is not None else True

    def without_gitignore(self) -> "Rules":
        """These rules with .gitignore files not read (the caches shared)."""
        other = Rules.__new__(Rules)
        other.__dict__.update(self.__dict__)
        other.options = replace(self.options, respect_gitignore=False)
        return other

    def forces_exclude(self, cfg: Config) -> bool:
        o, f = self.options.force_exclude, cfg.files.force_exclude
        return bool(o if o is not None else f)

    def gitignore(self):
        if self._gitignore is None:
            from .gitignore import GitIgnore
            self._gitignore = GitIgnore()
        return self._gitignore


def _relative(path: str, base: str, anchor: str) -> str:
    """The absolute `path` relative to the pattern's `base`, or to `anchor` (the searched
    directory) outside it, as a POSIX path; its name outside both."""
    for start in (base, anchor):
        prefix = start.rstrip(os.sep) + os.sep
        if path.startswith(prefix):
            rel = path[len(prefix):]
            return rel if os.sep == "/" else rel.replace(os.sep, "/")
        if path == start:
            return "."
    return os.path.basename(path)


def excluded_by(patterns, path: str, anchor: str) -> Optional[Pattern]:
    """The first pattern that excludes the absolute `path` (or a directory it is in), or None."""
    rel: dict[str, str] = {}  # (patterns share a few bases: the path is made relative once per base)
    for p in patterns:
        base = p[0]
        if base not in rel:
            rel[base] = _relative(path, base, anchor)
        if glob_match(p[1], rel[base]):
            return p
    return None


def expand(paths: list[str], options: FileOptions = FileOptions(),
           resolver: Optional[Resolver] = None) -> Iterator[Union[str, InputError, Note]]:
    """Yield the files to scan in a stable order, an InputError for each path that fails and a
    Note for what the user should know. A file named twice (directly, or also found under a given
    directory) is scanned once."""
    rules = Rules(options, resolver or Resolver())
    seen: set[str] = set()

    def first(name: str) -> bool:
        key = name if name == "-" else os.path.realpath(name)
        if key in seen:
            return False
        seen.add(key)
        return True

    for p in paths:
        if p == "-":
            yield from [p] if first(p) else []
            continue
        odd = not_regular(p)
        if odd is not None:
            yield odd
        elif os.path.isdir(p):
            found = list(_search(p, options.glob, rules))
            if not any(isinstance(f, str) and not isinstance(f, Note) for f in found):
                yield InputError(f"{p}: no files matching {options.glob!r} in this directory")
            yield from (f for f in found if isinstance(f, Note) or first(f))
        elif os.path.exists(p):
            if not _forced_out(p, rules) and first(p):
                yield p
        else:
            yield _missing(p)


def _forced_out(path: str, rules: Rules) -> bool:
    """force-exclude: a named file that the exclusions cover is left out, silently (as ruff does)."""
    absolute = os.path.abspath(path)
    cfg = rules.config(os.path.dirname(absolute))
    if not rules.forces_exclude(cfg):
        return False
    return excluded_by(rules.patterns(cfg), absolute, os.path.dirname(absolute)) is not None


def _missing(p: str) -> InputError:
    if os.path.islink(p):
        try:
            os.stat(p)
        except OSError as e:
            import errno
            if e.errno == errno.ELOOP:
                return InputError(f"{p}: symbolic link loop (to {os.readlink(p)})")
        return InputError(f"{p}: broken symbolic link (to {os.readlink(p)})")
    return InputError(f"{p}: no such file or directory")


def _search(top: str, glob: str, rules: Rules) -> Iterator[Union[str, Note]]:
    """The files under the directory `top` matching `glob`, in the order of their path's parts; a
    Note for each symbolic link to a directory left out."""
    root = os.path.abspath(top)
    forgiven: dict[int, tuple] = {}  # per pattern set: those that do not match `top` itself

    def active(cfg: Config) -> tuple:
        if id(cfg) not in forgiven:
            forgiven[id(cfg)] = tuple(p for p in rules.patterns(cfg) if excluded_by((p,), root, root) is None)
        return forgiven[id(cfg)]

    files, links = [], []
    if rules.respects_gitignore(rules.config(root)) and rules.gitignore().covers(root):
        rules = rules.without_gitignore()  # a directory git ignores, named: what is in it is wanted
    _walk(root, (), lambda d: active(rules.config(d)), rules, files, links)
    files.sort()
    base = Path(top)
    for parts in files:
        rel = "/".join(parts)
        if glob_match(glob, rel):
            path = str(base.joinpath(*parts))
            if rules.options.skip_english and _latin_only(path):
                yield Note(f"{path}: no Urdu or Marathi letters in its opening (an English source?); not scanned "
                           "(name it, or give --lang, to scan it)")
            else:
                yield path
    for parts, target in sorted(links):
        if not _inside(target, root):
            yield Note(f"{base.joinpath(*parts)}: a symbolic link to a directory ({target}); not followed "
                       "(name it to scan what it points at)")


SNIFF_BYTES = 1 << 16  # the opening that decides whether a found .txt file is Urdu or Marathi text


def _latin_only(path: str) -> bool:
    """A .txt file whose opening has Latin letters and none of Urdu's or Marathi's: an English source
    beside its translations (`source.en.txt`), which the rules would read as Marathi."""
    if not path.lower().endswith(".txt"):
        return False  # translation files and tables hold their English by design
    try:
        with open(path, "rb") as f:
            opening = f.read(SNIFF_BYTES).decode("utf-8", "ignore")
    except OSError:
        return False  # reading it again reports why
    from .analysis.scripts import detect_language
    return detect_language(opening) is None and any(c.isascii() and c.isalpha() for c in opening)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(root: str, parts: tuple, active: Callable, rules: Rules, files: list, links: list) -> None:
    """Collect the path parts (below `root`) of the regular files in root/parts, not excluded."""
    directory = os.path.join(root, *parts)
    cfg = rules.config(directory)
    patterns, gitignore = active(directory), rules.respects_gitignore(cfg)
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return  # unreadable or vanished: as rglob did, nothing found in it
    for entry in entries:
        try:
            is_dir = entry.is_dir()
            mode = entry.stat().st_mode if not is_dir else 0
        except OSError:
            continue  # a broken link or a loop inside the tree: not a file to scan
        if excluded_by(patterns, entry.path, root) is not None:
            continue
        if gitignore and rules.gitignore().ignored(entry.path, is_dir):
            continue
        if is_dir and entry.is_symlink():
            links.append((parts + (entry.name,), os.path.realpath(entry.path)))
        elif is_dir:
            _walk(root, parts + (entry.name,), active, rules, files, links)
        elif stat.S_ISREG(mode):  # FIFOs, sockets and devices: skipped (reading one could block)
            files.append(parts + (entry.name,))
