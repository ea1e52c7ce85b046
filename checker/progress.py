"""A progress bar on stderr, only for an interactive scan of many or large files.

Never when stderr is not a terminal (piped, redirected, pre-commit, CI), when PRE_COMMIT or CI is
set, when TERM is dumb, or for a small scan that ends before anyone would look at it.
"""
from __future__ import annotations

import os
import shutil
import sys
import time
from typing import Optional, TextIO

MIN_FILES = 20
MIN_BYTES = 2_000_000
INTERVAL = 0.1  # seconds between redraws


def wanted(files: int, size: int, stream: Optional[TextIO] = None, env: Optional[dict] = None) -> bool:
    stream = sys.stderr if stream is None else stream
    env = os.environ if env is None else env
    if env.get("PRE_COMMIT") or env.get("CI") or env.get("TERM") == "dumb":
        return False
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and (files >= MIN_FILES or size >= MIN_BYTES)


class Progress:
    """Counts files and bytes; draws `[#####-----]  12/40 files  path` on one line."""

    def __init__(self, files: int, size: int, stream: Optional[TextIO] = None, enabled: bool = True):
        self.files, self.size = files, max(size, 1)
        self.stream = sys.stderr if stream is None else stream
        self.enabled = enabled
        self.done_files = self.done_bytes = 0
        self._last = 0.0
        self._drawn = False

    def begin(self, path: str) -> None:
        """Say which file is being scanned (a single large file shows up before it is done)."""
        if self.enabled and (not self._drawn or time.monotonic() - self._last >= INTERVAL):
            self._last = time.monotonic()
            self._draw(path)

    def advance(self, path: str, size: int) -> None:
        self.done_files += 1
        self.done_bytes += size
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= INTERVAL or self.done_files == self.files:
            self._last = now
            self._draw(path)

    def _draw(self, path: str) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        bar = 24
        fraction = min(1.0, self.done_bytes / self.size)
        filled = int(bar * fraction)
        head = f"[{'#' * filled}{'-' * (bar - filled)}] {self.done_files}/{self.files} files "
        room = max(0, width - len(head) - 1)
        tail = path if len(path) <= room else "…" + path[-(room - 1):] if room > 1 else ""
        self.stream.write("\r" + (head + tail).ljust(width - 1))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            width = shutil.get_terminal_size((80, 24)).columns
            self.stream.write("\r" + " " * (width - 1) + "\r")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
