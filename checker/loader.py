"""Read the files to scan and decode them strictly; every failure is an InputError naming the file.
(Which files: checker.discovery.)"""
from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator

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


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
              (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def wide_encoding(head: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when the file's first bytes are those of such text (a byte-order mark,
    or NULs in every other byte only, as ASCII letters, spaces and line breaks give), else None."""
    for bom, name in _WIDE_BOMS:
        if head.startswith(bom):
            return name
    sample = head[:4096 - 4096 % 4]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if (even == 0) == (odd == 0) or len(sample) % 2 or max(even, odd) < max(2, len(sample) // 40):
        return None  # (at least one code unit in 20 is ASCII: spaces and line breaks are)
    try:
        sample.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return "UTF-16"


def unreadable_bytes(name: str, head: bytes) -> InputError:
    """The error for a file with NUL bytes (or a UTF-16/32 byte-order mark); `head`: its first bytes."""
    wide = wide_encoding(head)
    if wide is not None:
        return InputError(f"{name}: {wide} text, not UTF-8: save it as UTF-8 to scan it "
                          f"(e.g. iconv -f {wide} -t UTF-8); not scanned")
    return InputError(f"{name}: binary file (contains NUL bytes); not scanned")


def decode(data: bytes, name: str, max_line: int = MAX_LINE) -> Source:
    if b"\x00" in data or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise unreadable_bytes(name, data[:4096])
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


def _head(path: str) -> bytes:
    with open_regular(path) as f:
        return f.read(4096)


CHANGE_CHECK_BYTES = 1 << 20  # a streamed file's identity is checked again after each MiB read


def _identity(f) -> tuple:
    """What changes when a file is rewritten (in place, or replaced by another file)."""
    st = os.fstat(f.fileno())
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def changed(path: str) -> InputError:
    return InputError(f"{path}: changed while it was being scanned; not scanned (scan it again once it is written)")


def line_reader(path: str, max_line: int = MAX_LINE) -> Callable[[], Iterator[str]]:
    """For a file too large to hold: a function that reads its lines (endings and BOM removed,
    as the pipeline splits them) from disk each time it is called, checking them as `read` does.
    Lines of bytes are cut at LF, then at a lone CR (as `read` does). The passes must read one
    file: a file rewritten or replaced after the first reading began is an InputError (`changed`),
    met when a reading starts, every CHANGE_CHECK_BYTES and at its end."""
    first: list[tuple] = []

    def same(f) -> None:
        now = _identity(f)
        if first and now != first[0]:
            raise changed(path)
        first[:] = [now]

    def lines() -> Iterator[str]:
        offset = checked = number = 0
        with open_regular(path) as f:
            same(f)
            for raw in f:
                number += 1
                start, offset = offset, offset + len(raw)  # the line's first byte in the file
                if offset - checked >= CHANGE_CHECK_BYTES:
                    same(f)
                    checked = offset
                for part in _line(path, raw, number, start, max_line):
                    yield part
                    number += 1
                number -= 1
            same(f)
    return lines


def _line(path: str, raw: bytes, number: int, start: int, max_line: int) -> list[str]:
    """The lines of one LF-ended line of bytes (more than one where a lone CR ends a line), decoded
    and checked; `number`: its first line's number, `start`: its first byte in the file."""
    if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw, start = raw[3:], 3
    if b"\x00" in raw or (number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise unreadable_bytes(path, _head(path))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: invalid UTF-8 at line {number}, byte {e.start + 1} of the line "
                         f"(offset {start + e.start}, byte 0x{raw[e.start]:02x}); not scanned") from None
    line = line[:-1] if line.endswith("\n") else line
    line = line[:-1] if line.endswith("\r") else line  # CRLF, or a lone CR ending the file
    parts = line.split("\r")
    for k, part in enumerate(parts):
        if len(part) > max_line:
            raise InputError(f"{path}: line {number + k} has {len(part):,} characters "
                             f"(limit {max_line:,}); not scanned")
    return parts
