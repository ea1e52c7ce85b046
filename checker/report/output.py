"""Where a finished scan's output goes: the report in its format, or the diff of --diff, to
standard output or to a file replaced atomically (a report is complete or not there)."""
from __future__ import annotations

import io
import os
import sys
from typing import Callable, Optional, TextIO

from ..errors import InputError


def write_out(path: Optional[str], render: Callable[[TextIO], None]) -> None:
    """`render` into standard output, or into `path` atomically; InputError when it cannot."""
    if not path or path == "-":
        render(sys.stdout)
        sys.stdout.flush()
        return
    try:
        if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
            # /dev/stdout, a named pipe: nothing to replace, write straight through
            with open(path, "w", encoding="utf-8", newline="") as out:
                render(out)
            return
        from ..files import write_atomic
        buffer = io.StringIO(newline="")
        render(buffer)
        write_atomic(path, buffer.getvalue().encode("utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot write the report ({e.strerror or e})") from None
