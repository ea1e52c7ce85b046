"""The one glob dialect of checker: `--glob`, `exclude`/`extend-exclude` (configuration and
command line), per-file-ignores and the language table all match paths with it.

`*` and `?` stay inside one path segment, `**` crosses them, `[abc]`/`[!abc]` is a set; a pattern
without a slash matches a name at any depth (`.venv`, `*.txt`), one with a slash is anchored where
it is relative to (`docs/*.txt`, `ur/**`, `/notes.txt`); a trailing slash or none, a pattern that names a
directory covers what is inside it. These are .gitignore's rules, without negation.
"""
from __future__ import annotations

import re
from functools import lru_cache


class GlobError(ValueError):
    """A pattern that cannot be matched; the message says why (for a one-line input error)."""


@lru_cache(maxsize=512)
def compile_glob(pattern: str) -> "re.Pattern[str]":
    p = pattern.strip()
    if not p:
        raise GlobError("an empty pattern")
    if p.startswith("./"):
        p = p[2:]
    anchored = "/" in p.rstrip("/")  # (a leading slash only anchors, as in .gitignore)
    p = p.lstrip("/")
    if not anchored:
        p = "**/" + p
    if p.endswith("/"):
        p += "**"
    out, i = [], 0
    while i < len(p):
        if p.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif p[i] in "*?":
            out.append("[^/]*" if p[i] == "*" else "[^/]")
            i += 1
        elif p[i] == "[":
            first = i + 2 if p.startswith("[!", i) else i + 1
            j = p.find("]", first + 1)  # a ] right after [ (or [!) is a member, as in fnmatch and git
            if j < 0:
                raise GlobError("a '[' is never closed (write [[] for a literal '[')")
            body = p[i + 1:j]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\").replace("[", "\\[") + "]")
            i = j + 1
        else:
            out.append(re.escape(p[i]))
            i += 1
    try:
        return re.compile("".join(out) + r"(?:/.*)?\Z")  # a directory pattern covers what is inside
    except re.error as e:
        raise GlobError(f"invalid set of characters ({e.msg})") from None


def glob_error(pattern: str) -> str | None:
    """Why `pattern` is not a glob, or None when it is one."""
    try:
        compile_glob(pattern)
    except GlobError as e:
        return str(e)
    return None


def glob_match(pattern: str, relpath: str) -> bool:
    """Whether the POSIX path `relpath` (relative to where `pattern` is) matches `pattern`."""
    return compile_glob(pattern).match(relpath) is not None
