"""One JSON object per sentence and line, for streaming into other tools (pandas, jq)."""
from __future__ import annotations

import json
from typing import TextIO

from ..model import FileReport


def write(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        for s in r.sentences:
            out.write(json.dumps({"path": r.path, **s.to_json()}, ensure_ascii=False))
            out.write("\n")
