"""One JSON object per sentence and line, for streaming into other tools (pandas, jq)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) escapes strings with
from typing import TextIO

from ..model import FileReport


def write(reports: list[FileReport], out: TextIO) -> None:
    for r in reports:
        write_file(r, out)


def write_file(r: FileReport, out: TextIO) -> None:
    """One file's lines, as soon as its report is ready (its sentences may be an iterator).

    Most sentences have no findings: their line is formatted directly, byte for byte what
    json.dumps writes, at a fraction of the cost of building and encoding a dict (a corpus scan
    writes hundreds of thousands)."""
    dumps, path = json.dumps, r.path
    head = '{"path": ' + encode_basestring(path) + ', "index": '
    for s in r.sentences:
        if s.findings or s.source is not None or s.reference is not None or s.scores is not None:
            out.write(dumps({"path": path, **s.to_json()}, ensure_ascii=False))
            out.write("\n")
        else:
            out.write(f'{head}{s.index}, "line": {s.line}, "col": {s.col}, "end_col": {s.end_col}, '
                      f'"language": {encode_basestring(s.language)}, "text": {encode_basestring(s.text)}, '
                      f'"findings": []}}\n')
