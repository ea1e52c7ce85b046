"""Find the files to scan and decode them strictly; every failure is an InputError naming the file."""
from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Union

from .errors import InputError

_LONE_CR = re.compile(r"\r(?!\n)")
_ENDING = re.compile(r"(\r\n|\n|\r)")
MAX_LINE = 1_000_000  # characters; longer lines are not prose and would only slow every rule


@dataclass
class Source:
    path: str          # as given (or found under a given directory); "-" for standard input
    text: str          # decoded, BOM removed, line endings kept (a lone CR read as LF: see `restore`)
    bom: bool
    cr_lines: frozenset[int] = field(default_factory=frozenset)  # 0-based lines that ended in a lone CR

    def restore(self, text: str) -> str:
        """`text` (this text, or it fixed: fixes never add or remove a line break) with the lone
        CR endings of the file put back."""
        return restore_cr(text, self.cr_lines)


def lone_cr_as_lf(text: str) -> tuple[str, frozenset[int]]:
    """Old Mac line endings (a CR not followed by LF) read as LF, and which lines had them: a
    lone CR ends a line, else a whole file is one line and every finding lands on line 1."""
    if "\r" not in text or not _LONE_CR.search(text):
        return text, frozenset()
    pieces = _ENDING.split(text)  # content, ending, content, ending, …, content
    cr = frozenset(k for k, end in enumerate(pieces[1::2]) if end == "\r")
    return "".join(x if k % 2 == 0 or x != "\r" else "\n" for k, x in enumerate(pieces)), cr


def restore_cr(text: str, cr_lines: frozenset[int]) -> str:
    if not cr_lines:
        return text
    lines = text.split("\n")
    return "".join(x + ("\r" if i in cr_lines else "\n") for i, x in enumerate(lines[:-1])) + lines[-1]


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def not_regular(path: str) -> InputError | None:
    """An InputError when `path` exists and is neither a regular file nor a directory: reading a
    FIFO with no writer (or a device) would block the scan forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return InputError(f"{path}: {_kind(mode)}, not a regular file; not scanned")


# Directories a scan of a directory never enters (as ruff and other linters skip them): version control,
# virtual environments, installed packages and caches. Naming one on the command line still scans it.
EXCLUDED_DIRS = frozenset({".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".direnv", ".tox", ".nox", ".eggs",
                           "node_modules", "site-packages", "__pypackages__", "__pycache__", ".mypy_cache",
                           ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints", "_build", "buck-out"})


def _excluded(found: Path, root: Path) -> bool:
    return any(part in EXCLUDED_DIRS for part in found.relative_to(root).parts[:-1])


def expand(paths: list[str], glob: str = "*.txt") -> Iterator[Union[str, InputError]]:
    """Yield the files to scan in a stable order, or an InputError for each path that fails.
    A file named twice (directly, or also found under a given directory) is scanned once; a
    directory's search skips EXCLUDED_DIRS below it."""
    seen: set[str] = set()

    def first(name: str) -> bool:
        key = name if name == "-" else os.path.realpath(name)
        if key in seen:
            return False
        seen.add(key)
        return True

    for p in paths:
        if p == "-":
            if first(p):
                yield p
            continue
        path = Path(p)
        odd = not_regular(p)
        if odd is not None:
            yield odd
        elif path.is_dir():
            found = sorted(f for f in path.rglob(glob) if f.is_file() and not _excluded(f, path))  # FIFOs: skipped
            if not found:
                yield InputError(f"{p}: no files matching {glob!r} in this directory")
            yield from (str(f) for f in found if first(str(f)))
        elif path.exists():
            if first(p):
                yield p
        elif path.is_symlink():
            yield InputError(f"{p}: broken symbolic link (to {os.readlink(p)})")
        else:
            yield InputError(f"{p}: no such file or directory")


def decode(data: bytes, name: str, max_line: int = MAX_LINE) -> Source:
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes); not scanned")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError(f"{name}: invalid UTF-8 at line {line}, byte {col} of the line "
                         f"(offset {e.start}, byte 0x{data[e.start]:02x}); not scanned") from None
    text, cr_lines = lone_cr_as_lf(text)
    longest = max((len(x) for x in text.split("\n")), default=0) if len(text) > max_line else 0
    if longest > max_line:
        n = next(i for i, x in enumerate(text.split("\n"), 1) if len(x) > max_line)
        raise InputError(f"{name}: line {n} has {longest:,} characters (limit {max_line:,}); not scanned")
    return Source(name, text, bom, cr_lines)


def _unreadable(path: str, e: OSError) -> InputError:
    if isinstance(e, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    if isinstance(e, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot read ({e.strerror or e})")


def open_regular(path: str):
    """`path` opened for reading as bytes; InputError when it is not a regular file. Opened without
    blocking, then checked: a FIFO with no writer must not hang the scan (nor a race make it)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _unreadable(path, e) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise InputError(f"{path}: is a directory")
        raise InputError(f"{path}: {_kind(mode)}, not a regular file; not scanned")
    return os.fdopen(fd, "rb")


def read(path: str, max_line: int = MAX_LINE) -> Source:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open_regular(path) as f:
                data = f.read()
    except OSError as e:
        raise _unreadable(path, e) from None
    return decode(data, "<stdin>" if path == "-" else path, max_line)


def line_reader(path: str, max_line: int = MAX_LINE) -> Callable[[], Iterator[str]]:
    """For a file too large to hold: a function that reads its lines (endings and BOM removed,
    as the pipeline splits them) from disk each time it is called, checking them as `read` does.
    Lines of bytes are cut at LF, then at a lone CR (as `read` does)."""
    def lines() -> Iterator[str]:
        offset = 0
        number = 0
        with open_regular(path) as f:
            for raw in f:
                number += 1
                start, offset = offset, offset + len(raw)  # the line's first byte in the file
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw, start = raw[3:], 3
                if b"\x00" in raw:
                    raise InputError(f"{path}: binary file (contains NUL bytes); not scanned")
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    raise InputError(f"{path}: invalid UTF-8 at line {number}, byte {e.start + 1} of the line "
                                     f"(offset {start + e.start}, byte 0x{raw[e.start]:02x}); not scanned") from None
                line = line[:-1] if line.endswith("\n") else line
                line = line[:-1] if line.endswith("\r") else line  # CRLF, or a lone CR ending the file
                parts = line.split("\r")
                for k, part in enumerate(parts):
                    number += 1 if k else 0
                    if len(part) > max_line:
                        raise InputError(f"{path}: line {number} has {len(part):,} characters "
                                         f"(limit {max_line:,}); not scanned")
                    yield part
    return lines
