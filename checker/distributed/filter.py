"""`checker filter --dask`: partitions filtered on the workers, each written as its own part files.

The kept and rejected outputs are directories: part-00000.<ext>, part-00001.<ext>, … in input order
(a sixth digit past 100,000 parts, and so on: the names sort in order);
their concatenation (for Parquet: reading the directory as one dataset) is what `checker filter`
without --dask writes. Nothing but row counts and statistics comes back to the client.
"""
from __future__ import annotations

import os
from typing import Optional

from ..corpus import filter as flt
from ..corpus import readers
from ..corpus.engine import doc_language_of
from ..errors import InputError
from . import ahead_of_reduce, announce, atomic_write, connect, packed, part_name, reduce_on, tune, wait
from . import partition_bytes as sized

EXT = {"text": "txt", "tsv": "tsv", "jsonl": "jsonl", "parquet": "parquet"}


def _filter_task(part, first_row, opts, kept_dir, rejected_dir, index, count, schema, language=None, merged=None):
    """On a worker: one partition filtered into its two part files."""
    tune()
    doc = None if merged is None else flt.Document(language, merged.states, merged.starts[index])
    out: list = []

    def rejected(f):
        def kept(g):
            out.append(flt.filter_part(part, first_row, opts, g, f, doc, schema))
        atomic_write(part_name(kept_dir, index, EXT[part.format], count), kept)
    atomic_write(part_name(rejected_dir, index, "jsonl", count), rejected)
    return out[0]


def _part_facts(part, opts, language: str) -> bytes:
    tune()
    return packed(flt.part_facts(part, opts, language))


def _directory(path: str, option: str) -> str:
    if path == "-":
        raise InputError(f"{option} -: with --dask the outputs are directories of part files; name one")
    if os.path.exists(path) and not os.path.isdir(path):
        raise InputError(f"{path}: {option} with --dask names a directory of part files, and this is a file")
    os.makedirs(path, exist_ok=True)
    stale = [n for n in os.listdir(path) if n.startswith("part-")]
    for name in stale:  # parts of an earlier, larger run would look like rows of this one
        os.unlink(os.path.join(path, name))
    return path


def filter_on(path: str, opts, kept: str, rejected: str, address, fmt: Optional[str] = None,
              partition_bytes: Optional[int] = None, show: Optional[bool] = None) -> flt.Stats:
    if path == "-":
        raise InputError("-: with --dask the input must be a file the workers can read")
    fmt = readers.format_of(path, fmt)
    readers.partitions(path, fmt)  # InputError for a missing input, before a cluster starts
    schema = flt.prepare(path, fmt, opts)
    kept_dir, rejected_dir = _directory(kept, "--kept"), _directory(rejected, "--rejected")
    with connect(address) as client:
        announce(client)
        size = partition_bytes if fmt == "parquet" else sized(client, os.path.getsize(path), partition_bytes)
        parts = readers.partitions(path, fmt, size)
        counts = client.gather(client.map(readers.count_rows, parts, pure=False))
        firsts = [1 + sum(counts[:i]) for i in range(len(parts))]
        language = merged = None
        if opts.document:
            samples = client.gather(client.map(flt.part_sample, parts, opts=opts, pure=False))
            language = doc_language_of(samples, opts.setup.language)
            merged = reduce_on(client, (client.submit(_part_facts, part, opts, language, pure=False)
                                        for part in parts), opts.setup, language, ahead_of_reduce(client))
        futures = [client.submit(_filter_task, part, first, opts, kept_dir, rejected_dir, i, len(parts), schema,
                                 language, merged, pure=False)
                   for i, (part, first) in enumerate(zip(parts, firsts))]
        wait(futures, f"{path}: partitions", show)
        stats = flt.Stats()
        for s in client.gather(futures):
            stats.add(s)
    return stats
