"""One JSON object per sentence and line, for streaming into other tools (pandas, jq)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _str  # what json.dumps(ensure_ascii=False) escapes strings with
from typing import TextIO

from ..model import FileReport, Reported


def write(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        write_file(r, out)


def write_file(r: FileReport, out: TextIO) -> None:
    """One file's lines, as soon as its report is ready (its sentences may be an iterator).

    A sentence's line is formatted directly, byte for byte what json.dumps writes for its
    `to_json()`, at a fraction of the cost of building and encoding dicts (a corpus scan writes
    hundreds of thousands); one that carries a source, reference or scores goes through json.dumps."""
    dumps, path = json.dumps, r.path
    head = '{"path": ' + _str(path) + ', "index": '
    for s in r.sentences:
        if s.source is not None or s.reference is not None or s.scores is not None or s.unit is not None:
            out.write(dumps({"path": path, **s.to_json()}, ensure_ascii=False))
            out.write("\n")
            continue
        findings = ", ".join(map(_finding, s.findings)) if s.findings else ""
        out.write(f'{head}{s.index}, "line": {s.line}, "col": {s.col}, "end_col": {s.end_col}, '
                  f'"language": {_str(s.language)}, "text": {_str(s.text)}, "findings": [{findings}]}}\n')


def _finding(f: Reported) -> str:
    """`json.dumps(f.to_json(), ensure_ascii=False)`, formatted directly."""
    fix = "null" if f.fix is None else \
        f'{{"replacement": {_str(f.fix.replacement)}, "safe": {"true" if f.fix.safe else "false"}}}'
    return (f'{{"rule": {_str(f.rule)}, "name": {_str(f.name)}, "category": {_str(f.category.value)}, '
            f'"severity": {_str(f.severity.value)}, "line": {f.line}, "col": {f.col}, "end_col": {f.end_col}, '
            f'"text": {_str(f.text)}, "message": {_str(f.message)}, "fix": {fix}}}')
