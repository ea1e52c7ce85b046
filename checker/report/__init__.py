"""Reporters: each turns file reports into one output format. Chosen by name, imported lazily."""
from __future__ import annotations

import importlib
from typing import Callable, TextIO

from ..model import FORMATS, FileReport  # noqa: F401  (FORMATS: the one table of formats)

Writer = Callable[[list[FileReport], TextIO], None]


def writer(fmt: str) -> Writer:
    module = importlib.import_module(f".{fmt}_report", __name__)
    return module.write


def summary(reports: list[FileReport]) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    for r in reports:
        for f in r.findings:
            counts[f.severity.value] += 1
    out = {"files": len(reports), "sentences": sum(len(r.sentences) for r in reports), "findings": counts}
    scored = [r.scores for r in reports if r.scores is not None]
    if len(scored) == 1:  # corpus scores against a reference (one scanned file)
        out["scores"] = scored[0]
    return out
