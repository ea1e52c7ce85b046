"""Corpus inputs cut into partitions, read row by row; a row that cannot be read says why.

Formats: `text` (a segment per line), `tsv` (source<TAB>target), `jsonl` (one JSON object per line,
named fields), `parquet` (named columns; needs pyarrow). A partition of a line format is a byte range
(rows are the lines that start inside it, as dask.bytes cuts files); of Parquet, a range of row groups.
A partition is read where it is checked (a Dask worker), never sent from the client.
"""
from __future__ import annotations

import json
import os
from typing import Iterator, NamedTuple, Optional

from ..errors import InputError
from ..loader import MAX_LINE
from .engine import Segment

FORMATS = ("text", "tsv", "jsonl", "parquet")
PARTITION_BYTES = 8 << 20  # a line partition: a few seconds of checking, few enough tasks to schedule
_READ = 1 << 20


class Fields(NamedTuple):
    text: str = "target"            # JSON Lines field or Parquet column holding the segment
    source: Optional[str] = None    # and the one holding its English source, if any


class Part(NamedTuple):
    path: str
    format: str
    start: int   # byte offset (line formats) or first row group (Parquet)
    end: int     # one past the last


class Row(NamedTuple):
    number: int                      # 1-based row of the input (line number; Parquet row)
    segment: Optional[Segment]       # None when the row is malformed
    raw: object                      # what a kept row writes back: its bytes, or its row in the batch
    error: Optional[str] = None      # why a malformed row could not be read


def format_of(path: str, given: Optional[str] = None) -> str:
    if given:
        if given not in FORMATS:
            raise InputError(f"--input-format: expected one of {', '.join(FORMATS)}, got {given!r}")
        return given
    ext = os.path.splitext(path.lower())[1]
    return {".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}.get(ext, "text")


def partitions(path: str, fmt: str, size: int = PARTITION_BYTES) -> list[Part]:
    """The input's partitions, in order. InputError when it cannot be opened."""
    if path != "-" and not os.path.isfile(path):
        raise InputError(f"{path}: no such file" if not os.path.exists(path) else f"{path}: not a regular file")
    if fmt == "parquet":
        groups = _parquet(path).metadata.num_row_groups
        return [Part(path, fmt, g, g + 1) for g in range(groups)] or [Part(path, fmt, 0, 0)]
    total = os.path.getsize(path)
    return [Part(path, fmt, a, min(a + size, total)) for a in range(0, total, max(1, size))] or [Part(path, fmt, 0, 0)]


def raw_lines(part: Part) -> Iterator[bytes]:
    """The lines (with their LF) that start inside the part's byte range."""
    with open(part.path, "rb") as f:
        pos = part.start
        if pos > 0:
            f.seek(pos - 1)
            if f.read(1) != b"\n":  # inside a line: it belongs to the previous part
                pos += len(f.readline())
        f.seek(pos)
        while pos < part.end:
            line = f.readline()
            if not line:
                return
            pos += len(line)
            yield line


def count_rows(part: Part) -> int:
    if part.format == "parquet":
        meta = _parquet(part.path).metadata
        return sum(meta.row_group(g).num_rows for g in range(part.start, part.end))
    return sum(1 for _ in raw_lines(part))


def _decode(raw: bytes, first: bool) -> tuple[Optional[str], Optional[str]]:
    """(the line without its ending, None) or (None, why it cannot be read)."""
    body = raw[:-1] if raw.endswith(b"\n") else raw
    body = body[:-1] if body.endswith(b"\r") else body
    if first and body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    if b"\x00" in body:
        return None, "NUL byte (binary data)"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, f"invalid UTF-8 at byte {e.start + 1} (0x{body[e.start]:02x})"
    if len(text) > MAX_LINE:
        return None, f"{len(text):,} characters (limit {MAX_LINE:,})"
    return text, None


def _tsv_row(text: str) -> tuple[Optional[Segment], Optional[str]]:
    if text == "":
        return Segment("", ""), None  # a blank line is blank in both columns (as `checker scan` reads a .tsv)
    cells = text.split("\t")
    if len(cells) != 2:
        return None, f"{len(cells)} tab-separated column{'s' if len(cells) != 1 else ''}; expected 2 (source<TAB>target)"
    return Segment(cells[1], cells[0]), None


def _field(obj: dict, name: str) -> tuple[Optional[str], Optional[str]]:
    if name not in obj or obj[name] is None:
        return None, f"missing field {name!r}"
    if not isinstance(obj[name], str):
        return None, f"field {name!r} is {type(obj[name]).__name__}, not a string"
    return obj[name], None


def _jsonl_row(text: str, fields: Fields) -> tuple[Optional[Segment], Optional[str]]:
    try:
        obj = json.loads(text)
    except ValueError as e:
        return None, f"invalid JSON ({e})"
    if not isinstance(obj, dict):
        return None, f"a JSON {type(obj).__name__}, not an object"
    target, why = _field(obj, fields.text)
    if why:
        return None, why
    source = None
    if fields.source is not None:
        source, why = _field(obj, fields.source)
        if why:
            return None, why
    return Segment(target, source), None


def read_rows(part: Part, first_row: int, fields: Fields = Fields()) -> Iterator[Row]:
    """The part's rows, numbered from `first_row`; a malformed row carries its reason."""
    if part.format == "parquet":
        yield from _parquet_rows(part, first_row, fields)
        return
    for number, raw in enumerate(raw_lines(part), first_row):
        text, why = _decode(raw, number == 1)
        if why is None:
            if part.format == "text":
                seg, why = Segment(text), None
            elif part.format == "tsv":
                seg, why = _tsv_row(text)
            else:
                seg, why = _jsonl_row(text, fields)
        yield Row(number, None if why else seg, raw, why)


# ---- Parquet -----------------------------------------------------------------------------------

def _parquet(path: str):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{path}: reading Parquet needs pyarrow (pip install 'checker-ur-mr[parquet]')") from None
    try:
        return pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises its own error types for a file that is not Parquet
        raise InputError(f"{path}: cannot read as Parquet ({e})") from None


def check_columns(path: str, fields: Fields) -> None:
    """InputError when a named column is missing or does not hold text."""
    import pyarrow as pa
    schema = _parquet(path).schema_arrow
    for name in filter(None, fields):
        if name not in schema.names:
            raise InputError(f"{path}: no column {name!r} (columns: {', '.join(schema.names)})")
        kind = schema.field(name).type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            raise InputError(f"{path}: column {name!r} holds {kind}, not text")


def parquet_batches(part: Part):
    """The part's row groups as pyarrow record batches (whole rows: a kept row keeps every column)."""
    f = _parquet(part.path)
    for g in range(part.start, part.end):
        yield from f.read_row_group(g).to_batches()


def _parquet_rows(part: Part, first_row: int, fields: Fields) -> Iterator[Row]:
    number = first_row
    for batch in parquet_batches(part):
        texts = batch.column(fields.text).to_pylist()
        sources = batch.column(fields.source).to_pylist() if fields.source else [None] * len(texts)
        for k, (text, source) in enumerate(zip(texts, sources)):
            why = None
            if text is None:
                why = f"missing field {fields.text!r}"
            elif fields.source and source is None:
                why = f"missing field {fields.source!r}"
            elif len(text) > MAX_LINE:
                why = f"{len(text):,} characters (limit {MAX_LINE:,})"
            yield Row(number, None if why else Segment(text, source), (batch, k), why)
            number += 1
