"""The JSON report: the contract in DESIGN.md, read by the measuring scripts. Extend, never break."""
from __future__ import annotations

import json
from typing import TextIO

from .. import __version__
from ..model import FileReport
from . import summary


def document(reports: list[FileReport]) -> dict:
    return {"checker": {"version": __version__},
            "files": [r.to_json() for r in reports],
            "summary": summary(reports)}


def write(reports: list[FileReport], out: TextIO) -> None:
    json.dump(document(reports), out, ensure_ascii=False, indent=1)
    out.write("\n")
