"""Translation files: XLIFF 1.2/2.0, PO/POT, TMX and bilingual CSV, read with translate-toolkit.

`checker scan` hands a file whose name ends in one of EXTENSIONS to `checker.formats.scan`:
each unit's target is checked with its source (the path a `source<TAB>target` .tsv takes), and
findings point into the file. translate-toolkit is an optional extra (`checker-ur-mr[formats]`): it is
imported only when such a file is scanned. This module imports nothing heavy (pre-commit start-up).
"""
from __future__ import annotations

import os

UNFINISHED = ("skip", "report", "check")  # --unfinished: skipped, each named on stderr, or checked
EXTENSIONS = {".xlf": "xliff", ".xliff": "xliff", ".po": "po", ".pot": "po", ".tmx": "tmx", ".csv": "csv"}


def format_of(path: str) -> str | None:
    """The translation format a file name says (None: plain text, or a .tsv, read as before)."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower()) if path != "-" else None


def is_translation_file(path: str) -> bool:
    return format_of(path) is not None
