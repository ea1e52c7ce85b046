"""The process a command runs in: standard streams that write UTF-8, a garbage collector tuned
for a scan's many long-lived objects."""
from __future__ import annotations

import gc
import sys


def prepare() -> None:
    # A scan allocates many small objects that live to the end (tables, memoised lines) and makes
    # no reference cycles worth chasing: collect rarely (a small run spends ~10 % in the collector).
    gc.set_threshold(100_000, 50, 100)
    utf8_stdout()


def done() -> None:
    # The interpreter's last collection at exit would walk every memoised line of a corpus
    # scan (over a second for 50 MB) to free memory the OS takes back anyway: exempt it.
    gc.freeze()


def utf8_stdout() -> None:
    """Reports are UTF-8 whatever the locale says: a pipe or file always gets UTF-8 (what JSON, CSV
    and SARIF readers expect); a terminal that cannot show a character gets an escape, not a crash.
    A report on stdout is written in chunks even under PYTHONUNBUFFERED (set in many containers):
    one system call per sentence costs a corpus scan a tenth of its time; a terminal still gets
    each line as it is written."""
    if getattr(sys.stdout, "write_through", False) and hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(write_through=False, line_buffering=sys.stdout.isatty())
        except ValueError:  # closed
            pass
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding == "utf8" or not hasattr(stream, "reconfigure"):
            continue
        try:
            tty = stream.isatty()
        except ValueError:
            continue
        if stream is sys.stdout and not tty:
            stream.reconfigure(encoding="utf-8")
        else:
            stream.reconfigure(errors="backslashreplace")
