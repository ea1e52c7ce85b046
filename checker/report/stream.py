"""Streaming output: a file's report written as soon as it is checked (JSON Lines to standard
output), by this process or by a worker into a spool file that this process copies out."""
from __future__ import annotations

import importlib
import os
import shutil
import sys
from typing import Optional, TextIO, Union

from ..model import FileReport, Rendered


def to_spool(report: FileReport, fmt: str, spool: str, worst: int) -> Rendered:
    """`report` written in `fmt` into a new file in the folder `spool` (in a worker process)."""
    import tempfile
    fd, name = tempfile.mkstemp(suffix=f".{fmt}", dir=spool)
    with open(fd, "w", encoding="utf-8") as out:
        importlib.import_module(f".{fmt}_report", __package__).write_file(report, out)
    return Rendered(report.path, name, worst)


_spool: Optional[str] = None


def spool_dir() -> str:
    """The folder of this run's spool files, removed at exit."""
    global _spool
    if _spool is None:
        import atexit
        import tempfile
        _spool = tempfile.mkdtemp(prefix="checker-")
        atexit.register(shutil.rmtree, _spool, True)
    return _spool


def copy_spool(report: Rendered, out: TextIO) -> None:
    """Copy a `Rendered` report to `out` (bytes as they are when `out` writes UTF-8), then delete
    its spool file."""
    try:
        buffer = getattr(out, "buffer", None)
        if buffer is not None and (getattr(out, "encoding", None) or "").lower().replace("-", "") == "utf8":
            out.flush()
            with open(report.spool, "rb") as f:
                shutil.copyfileobj(f, buffer, 1 << 20)
        else:
            with open(report.spool, encoding="utf-8") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    finally:
        os.unlink(report.spool)


class Sink:
    """Where a streamed report goes: each file's report (or a worker's spool file) written to
    `out` as soon as it is ready. `format` is what workers may write for it."""

    def __init__(self, format: str, out: Optional[TextIO] = None):
        self.format = format
        self.out = out

    def __call__(self, report: Union[FileReport, Rendered]) -> None:
        out = self.out or sys.stdout
        if isinstance(report, Rendered):
            copy_spool(report, out)
        else:
            importlib.import_module(f".{self.format}_report", __package__).write_file(report, out)

    def close(self) -> None:
        (self.out or sys.stdout).flush()
