"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff."""
from __future__ import annotations

from typing import TextIO

from ..model import FileReport

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def write(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        for f in r.findings:
            props = (f"file={_prop(r.path)},line={f.line},endLine={f.end_line or f.line},"
                     f"col={f.col},endColumn={f.end_col},"
                     f"title={_prop(f'{f.rule} {f.name}' + (f' (unit {f.unit})' if f.unit is not None else ''))}")
            out.write(f"::{LEVELS[f.severity.value]} {props}::{_data(f'{f.message} «{f.text}»')}\n")
