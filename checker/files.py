"""Writing files: atomically, so that a report, a baseline or a fixed file is complete or not there."""
from __future__ import annotations

import os
import stat
import tempfile
from typing import Optional


def write_atomic(path: str, data: bytes, expect: Optional[bytes] = None) -> None:
    """Replace `path` by `data` atomically, keeping its permissions; a symbolic link keeps
    pointing at the file it names. With `expect`, refuse when the file no longer holds it."""
    real = os.path.realpath(path)
    directory = os.path.dirname(real) or "."
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        mode = None
    if expect is not None:
        with open(real, "rb") as f:
            if f.read() != expect:
                raise OSError(0, "the file changed while it was checked; not written")
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".checker-tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
