"""Dask collections in, Dask collections out: the corpus API (checker.corpus) on a dask.bag or a
dask.dataframe, lazily. Nothing is computed until the caller computes or writes the result
(`.to_textfiles`, `.to_parquet`): every partition is checked on a worker and written from there.

    import dask.dataframe as dd
    from checker.distributed.collections import check_dataframe

    pairs = dd.read_parquet("pairs/")                       # columns: en, mr
    checked = check_dataframe(pairs, text="mr", source="en")
    pairs[checked.error == 0].to_parquet("clean/")          # the pairs without an error
"""
from __future__ import annotations

import json
from typing import Optional

from ..corpus import Record, engine, record

COLUMNS = {"text": "object", "source": "object", "language": "object", "error": "int64", "warning": "int64",
           "info": "int64", "worst": "object", "rules": "object", "findings": "object"}


def _segments(items) -> list:
    from ..corpus import _segment
    from . import tune
    tune()
    return [_segment(x) for x in items]


def _records(items, setup, offset: int) -> list[Record]:
    segments = _segments(items)
    return [record(offset + k, seg, lang, reports)
            for k, (seg, (lang, reports)) in enumerate(zip(segments, engine.independent(segments, setup)))]


def _doc_records(items, setup, language, merged, index: int, offset: int) -> list[Record]:
    segments = _segments(items)
    per_segment = engine.report(segments, setup, language, merged.states, merged.starts[index], relative=True)
    return [record(offset + k, seg, language, reports) for k, (seg, reports) in enumerate(zip(segments, per_segment))]


def _offsets(counts) -> list[int]:
    out, total = [], 0
    for c in counts:
        out.append(total)
        total += c
    return out


def _planned(parts: list, setup, document: bool) -> list:
    """A delayed list of records per partition (each item a text or a (source, target) pair)."""
    from dask import delayed
    offsets = delayed(_offsets)([delayed(len)(p) for p in parts])
    if not document:
        return [delayed(_records)(p, setup, offsets[i]) for i, p in enumerate(parts)]
    samples = [delayed(lambda items: engine.language_sample(_segments(items), engine.LANGUAGE_SAMPLE))(p) for p in parts]
    language = delayed(engine.doc_language_of)(samples, setup.language)
    facts = [delayed(lambda items, lang: engine.facts(_segments(items), setup, lang))(p, language) for p in parts]
    fold = delayed(engine.merge_start)(setup, language)  # the reduce: a chain, one partition's facts per link
    for part_facts in facts:
        fold = delayed(engine.merge_step)(fold, part_facts, setup, language)
    merged = delayed(engine.merged)(fold, setup, language)
    return [delayed(_doc_records)(p, setup, language, merged, i, offsets[i]) for i, p in enumerate(parts)]


def check_bag(bag, language: Optional[str] = None, *, select=None, ignore=None, glossary: Optional[str] = None,
              document: bool = False):
    """A dask.bag of record dicts (`Record.to_dict()`: index, text, counts per severity, worst,
    rules, findings) for a bag of texts or (source, target) pairs, in order. `document=True`: the
    document rules see the whole bag as one document (a reduce over the partitions' facts)."""
    import dask.bag as db
    from .. import _language
    setup = engine.setup_for(select, ignore, _language(language), glossary)
    parts = _planned(bag.to_delayed(), setup, document)
    from dask import delayed
    return db.from_delayed([delayed(lambda recs: [r.to_dict() for r in recs])(p) for p in parts])


def _frame(records: list[Record], index):
    """Records as a pandas frame with COLUMNS (findings as a JSON string, rules comma-separated)."""
    import pandas as pd
    rows = {c: [] for c in COLUMNS}
    for r in records:
        row = r.to_dict()
        for c in COLUMNS:
            v = row[c]
            rows[c].append(json.dumps(v, ensure_ascii=False) if c == "findings"
                           else ",".join(v) if c == "rules" else v)
    return pd.DataFrame({c: pd.Series(v, dtype=COLUMNS[c], index=index) for c, v in rows.items()}, index=index)


def check_dataframe(df, text: str = "target", source: Optional[str] = None, language: Optional[str] = None, *,
                    select=None, ignore=None, glossary: Optional[str] = None, document: bool = False):
    """A dask.dataframe with the same index and divisions as `df`: per row the COLUMNS (counts per
    severity, worst severity, rules, findings as JSON) for its `text` column, with `source` as the
    English source. `document=True`: the whole frame is one document for the document rules."""
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed
    from .. import _language
    setup = engine.setup_for(select, ignore, _language(language), glossary)
    columns = [text] if source is None else [source, text]

    def pairs(part):
        return list(part[text]) if source is None else list(zip(part[source], part[text]))
    frames = df[columns].to_delayed()
    items = [delayed(pairs)(f) for f in frames]
    planned = _planned(items, setup, document)
    meta = _frame([], pd.Index([], dtype=df.index.dtype))
    parts = [delayed(_frame)(p, delayed(lambda f: f.index)(f)) for p, f in zip(planned, frames)]
    return dd.from_delayed(parts, meta=meta, divisions=df.divisions, verify_meta=False)
