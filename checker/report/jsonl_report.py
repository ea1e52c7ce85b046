"""One JSON object per sentence and line, for streaming into other tools (pandas, jq)."""
from __future__ import annotations

import json
from typing import TextIO

from ..model import FileReport


def write(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        write_file(r, out)


def write_file(r: FileReport, out: TextIO) -> None:
    """One file's lines, as soon as its report is ready (its sentences may be an iterator)."""
    dumps, path = json.dumps, r.path
    for s in r.sentences:
        out.write(dumps({"path": path, **s.to_json()}, ensure_ascii=False))
        out.write("\n")
