"""One row per finding, with the sentence it sits in: for spreadsheets and reviewers."""
from __future__ import annotations

import csv
from typing import TextIO

from ..model import FileReport

COLUMNS = ["path", "line", "col", "end_col", "rule", "name", "category", "severity", "text",
           "message", "fix", "sentence_index", "sentence"]


def write(reports: list[FileReport], out: TextIO) -> None:
    from ..formats import is_translation_file
    units = any(is_translation_file(r.path) for r in reports)  # a "unit" column only with translation files
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS + ["unit"] if units else COLUMNS)
    for r in reports:
        for s in r.sentences:
            for f in s.findings:
                row = [r.path, f.line, f.col, f.end_col, f.rule, f.name, f.category.value,
                       f.severity.value, f.text, f.message, "" if f.fix is None else f.fix.replacement,
                       s.index, s.text]
                w.writerow(row + [f.unit or ""] if units else row)
