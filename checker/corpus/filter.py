"""`checker filter`: keep the segments that pass, reject the others with their reasons.

Every input row ends in exactly one output, in input order: the kept output (in the input's own
format, each row byte for byte as read; Parquet rows with every column) or the rejected output
(JSON Lines: the row number, and the findings that rejected it or why the row could not be read).
A malformed row (wrong column count, bad UTF-8, invalid JSON, a missing field) is rejected and the
run goes on. Partitions are filtered one after the other here, or on Dask workers
(checker.distributed), with the same functions: the outputs are the same.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, Iterator, NamedTuple, Optional

from ..errors import InputError
from . import engine, readers
from .readers import Fields, Part, Row

BATCH_ROWS = 2000  # rows checked together (engine calls, and a Parquet writer's row group)
RANK = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True)
class FilterOptions:
    setup: engine.Setup
    reject_on: str = "error"        # lowest severity that rejects a row
    fields: Fields = Fields()
    document: bool = False          # the whole input is one document for the document rules

    @property
    def threshold(self) -> int:
        return RANK[self.reject_on]


@dataclass
class Stats:
    rows: int = 0
    kept: int = 0
    rejected: int = 0
    malformed: int = 0
    by_rule: dict = field(default_factory=dict)  # rule code -> rows it rejected

    def add(self, other: "Stats") -> "Stats":
        self.rows += other.rows
        self.kept += other.kept
        self.rejected += other.rejected
        self.malformed += other.malformed
        for k, v in other.by_rule.items():
            self.by_rule[k] = self.by_rule.get(k, 0) + v
        return self

    def summary(self) -> str:
        top = ", ".join(f"{k} {v}" for k, v in sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
        return (f"{self.rows} rows: {self.kept} kept, {self.rejected} rejected"
                f" ({self.malformed} malformed{'; ' + top if top else ''})")


class Document(NamedTuple):
    """What a partition needs to be checked as part of one document (after the reduce)."""
    language: str
    states: bytes
    start: object  # checker.rules.base.At


# ---- writers -----------------------------------------------------------------------------------

def _reason(f) -> dict:
    return {"rule": f.rule, "name": f.name, "severity": f.severity.value, "line": f.line, "col": f.col,
            "end_col": f.end_col, "text": f.text, "message": f.message}


def rejected_line(row: Row, reasons: Optional[list] = None) -> bytes:
    """A rejected row as one JSON line: its number, and its reasons or why it could not be read."""
    if row.error is not None:
        obj = {"row": row.number, "error": row.error}
        if isinstance(row.raw, bytes):
            obj["raw"] = row.raw.rstrip(b"\n").decode("utf-8", "backslashreplace")
    else:
        obj = {"row": row.number, "text": row.segment.text}
        if row.segment.source is not None:
            obj["source"] = row.segment.source
        obj["reasons"] = [_reason(f) for f in reasons or ()]
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


class KeptWriter:
    """Kept rows in the input's format: line formats byte for byte, Parquet with its schema."""

    def __init__(self, out: BinaryIO, fmt: str, schema=None):
        self.out, self.fmt, self.schema = out, fmt, schema
        self._parquet = None
        self._batch, self._take = None, []

    def write(self, row: Row) -> None:
        if self.fmt != "parquet":
            self.out.write(row.raw)
            return
        batch, k = row.raw
        if batch is not self._batch:
            self.flush()
            self._batch = batch
        self._take.append(k)

    def flush(self) -> None:
        if self._batch is not None and self._take:
            import pyarrow as pa
            import pyarrow.parquet as pq
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.out, self.schema or self._batch.schema)
            self._parquet.write_table(pa.Table.from_batches([self._batch.take(pa.array(self._take))]))
        self._batch, self._take = None, []

    def close(self) -> None:
        self.flush()
        if self.fmt == "parquet":
            if self._parquet is None:  # nothing kept: still a valid, empty Parquet file
                import pyarrow.parquet as pq
                self._parquet = pq.ParquetWriter(self.out, self.schema)
            self._parquet.close()


# ---- one partition -----------------------------------------------------------------------------

def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _checked(batch: list[Row], opts: FilterOptions, doc: Optional[Document], at) -> tuple[list, object]:
    """Each row's sentence reports (None for a malformed row), and where the next batch starts."""
    segments = [r.segment for r in batch if r.segment is not None]
    if doc is None:
        reports = [sentences for _, sentences in engine.independent(segments, opts.setup)]
    else:
        reports = engine.report(segments, opts.setup, doc.language, doc.states, at, relative=True)
        at = engine.advance(at, segments, reports)
    it = iter(reports)
    return [None if r.segment is None else next(it) for r in batch], at


def filter_part(part: Part, first_row: int, opts: FilterOptions, kept: BinaryIO, rejected: BinaryIO,
                doc: Optional[Document] = None, schema=None, writer: Optional[KeptWriter] = None) -> Stats:
    """Filter one partition whose first row is `first_row`, writing to the two outputs (the kept
    rows through `writer` when given: one Parquet file across partitions)."""
    stats = Stats()
    own = writer is None
    writer = KeptWriter(kept, part.format, schema) if own else writer
    at = doc.start if doc is not None else None
    threshold = opts.threshold
    for batch in _batches(readers.read_rows(part, first_row, opts.fields), BATCH_ROWS):
        checked, at = _checked(batch, opts, doc, at)
        for row, sentences in zip(batch, checked):
            stats.rows += 1
            if sentences is None:
                stats.rejected += 1
                stats.malformed += 1
                rejected.write(rejected_line(row))
                continue
            reasons = [f for s in sentences for f in s.findings if f.severity.rank >= threshold]
            if not reasons:
                stats.kept += 1
                writer.write(row)
                continue
            stats.rejected += 1
            for code in {f.rule for f in reasons}:
                stats.by_rule[code] = stats.by_rule.get(code, 0) + 1
            rejected.write(rejected_line(row, reasons))
    writer.close() if own else writer.flush()
    return stats


# ---- the document rules over the whole input ---------------------------------------------------

def part_sample(part: Part, opts: FilterOptions) -> list[str]:
    segments = (r.segment for r in readers.read_rows(part, 1, opts.fields) if r.segment is not None)
    return engine.language_sample(segments, engine.LANGUAGE_SAMPLE)


def part_facts(part: Part, opts: FilterOptions, language: str) -> list:
    """Pass one of a partition's well-formed rows (malformed rows are no part of the document)."""
    segments = [r.segment for r in readers.read_rows(part, 1, opts.fields) if r.segment is not None]
    return engine.facts(segments, opts.setup, language)


# ---- in this process ---------------------------------------------------------------------------

def filter_file(path: str, opts: FilterOptions, kept: BinaryIO, rejected: BinaryIO,
                fmt: Optional[str] = None, partition_bytes: int = readers.PARTITION_BYTES) -> Stats:
    """Filter a whole input in this process, partition after partition."""
    fmt = readers.format_of(path, fmt)
    parts = readers.partitions(path, fmt, partition_bytes)
    schema = prepare(path, fmt, opts)
    docs = documents(parts, opts) if opts.document else [None] * len(parts)
    stats, first = Stats(), 1
    writer = KeptWriter(kept, fmt, schema)
    for part, doc in zip(parts, docs):
        stats.add(filter_part(part, first, opts, kept, rejected, doc, schema, writer))
        first = stats.rows + 1
    writer.close()
    return stats


def prepare(path: str, fmt: str, opts: FilterOptions):
    """Check the named columns of a Parquet input up front; its schema (None for line formats)."""
    if fmt != "parquet":
        return None
    readers.check_columns(path, opts.fields)
    return readers._parquet(path).schema_arrow


def documents(parts: list[Part], opts: FilterOptions) -> list[Document]:
    """The reduce, in this process: each partition's place in the one document."""
    language = engine.doc_language_of((part_sample(p, opts) for p in parts), opts.setup.language)
    merged = engine.merge([part_facts(p, opts, language) for p in parts], opts.setup, language)
    return [Document(language, merged.states, start) for start in merged.starts]


def open_output(path: str) -> BinaryIO:
    if path == "-":
        import sys
        return sys.stdout.buffer
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise InputError(f"{path}: no such directory {parent}")
    return open(path, "wb")
