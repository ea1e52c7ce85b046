"""Pass one's analysed lines kept on disk for pass two, so that a streamed file is read and
analysed once: pickling a block's results and loading them again costs about a sixth of
analysing its lines afresh. What pass two does not read is left out (a line's map of offsets is
needed only where a document rule has facts on the line)."""
from __future__ import annotations

import os
from typing import IO, Iterator, Optional

from .lines import LineResult


def _slim(results: list[LineResult]) -> list[LineResult]:
    return [r if r.facts else r._replace(line_map=None) for r in results]


def spill(results: list[LineResult], folder: str) -> str:
    """A block's results written to a new file in `folder` (by a worker process): its name."""
    import pickle  # here: only a streamed file needs them, and a pre-commit run's start-up is kept small
    import tempfile
    fd, name = tempfile.mkstemp(suffix=".lines", dir=folder)
    with open(fd, "wb") as out:
        pickle.dump(_slim(results), out, pickle.HIGHEST_PROTOCOL)
    return name


def unspill(name: str) -> list[LineResult]:
    """The results `spill` wrote, its file removed."""
    import pickle
    try:
        with open(name, "rb") as f:
            return pickle.load(f)
    finally:
        os.unlink(name)


class LineStore:
    """Blocks of results appended to one unnamed temporary file (gone when closed, or if the
    process dies), then read back once in order."""

    def __init__(self) -> None:
        import pickle
        import tempfile
        self._file: Optional[IO[bytes]] = tempfile.TemporaryFile(prefix="checker-")
        self._pickle = pickle

    def add(self, results: list[LineResult]) -> None:
        self._pickle.dump(_slim(results), self._file, self._pickle.HIGHEST_PROTOCOL)

    def replay(self) -> Iterator[LineResult]:
        f, self._file = self._file, None
        try:
            f.seek(0)
            while True:
                try:
                    block = self._pickle.load(f)
                except EOFError:
                    return
                yield from block
        finally:
            f.close()
