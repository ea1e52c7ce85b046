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
    checks = source_checks(reports)
    if checks is not None:
        out["source_checks"] = checks
    return out


def source_checks(reports: list[FileReport]) -> dict | None:
    """Which source-aware rules the scan had and on how many sentences they ran (those with a
    source) or were skipped (no source given); None when no such rule was selected."""
    rules = sorted({code for r in reports for code in r.source_rules})
    if not rules:
        return None
    with_source = sum(1 for r in reports if r.source_rules for s in r.sentences if s.source is not None)
    without = sum(1 for r in reports if r.source_rules for s in r.sentences if s.source is None)
    return {"rules": rules, "sentences_with_source": with_source, "sentences_without_source": without}


def rule_list(codes: list[str]) -> str:
    """`NUM011, SRC001–SRC008`: runs of consecutive codes of one family written as a range."""
    runs: list[list[str]] = []
    for code in codes:
        last = runs[-1][-1] if runs else None
        if last and last[:3] == code[:3] and int(last[3:]) + 1 == int(code[3:]):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(", ".join(run) if len(run) < 3 else f"{run[0]}–{run[-1]}" for run in runs)
