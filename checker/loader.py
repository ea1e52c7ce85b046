"""Find the files to scan and decode them strictly; every failure is an InputError naming the file."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Union

from .errors import InputError

MAX_LINE = 1_000_000  # characters; longer lines are not prose and would only slow every rule


@dataclass
class Source:
    path: str          # as given (or found under a given directory); "-" for standard input
    text: str          # decoded, BOM removed, line endings kept
    bom: bool


def expand(paths: list[str], glob: str = "*.txt") -> Iterator[Union[str, InputError]]:
    """Yield the files to scan in a stable order, or an InputError for each path that fails.
    A file named twice (directly, or also found under a given directory) is scanned once."""
    import os
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
        if path.is_dir():
            found = sorted(f for f in path.rglob(glob) if f.is_file())
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
    longest = max((len(x) for x in text.split("\n")), default=0) if len(text) > max_line else 0
    if longest > max_line:
        n = next(i for i, x in enumerate(text.split("\n"), 1) if len(x) > max_line)
        raise InputError(f"{name}: line {n} has {longest:,} characters (limit {max_line:,}); not scanned")
    return Source(name, text, bom)


def _unreadable(path: str, e: OSError) -> InputError:
    if isinstance(e, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    if isinstance(e, PermissionError):
        return InputError(f"{path}: permission denied")
    return InputError(f"{path}: cannot read ({e.strerror or e})")


def read(path: str, max_line: int = MAX_LINE) -> Source:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise _unreadable(path, e) from None
    return decode(data, "<stdin>" if path == "-" else path, max_line)


def line_reader(path: str, max_line: int = MAX_LINE) -> Callable[[], Iterator[str]]:
    """For a file too large to hold: a function that reads its lines (endings and BOM removed,
    as the pipeline splits them) from disk each time it is called, checking them as `read` does.
    Reading whole lines of bytes first splits on LF only, as the pipeline does."""
    def lines() -> Iterator[str]:
        offset = 0
        try:
            f = open(path, "rb")
        except OSError as e:
            raise _unreadable(path, e) from None
        with f:
            for number, raw in enumerate(f, 1):
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
                line = line[:-1] if line.endswith("\r") else line
                if len(line) > max_line:
                    raise InputError(f"{path}: line {number} has {len(line):,} characters (limit {max_line:,}); "
                                     "not scanned")
                yield line
    return lines
