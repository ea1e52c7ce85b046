"""The `checker filter` command (registered on the main app by checker.cli)."""
from __future__ import annotations

import enum
from typing import List, Optional

import typer


class RejectOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


class InputFormat(str, enum.Enum):
    text = "text"
    tsv = "tsv"
    jsonl = "jsonl"
    parquet = "parquet"


class Lang(str, enum.Enum):
    ur = "ur"
    mr = "mr"


def fail(message: str) -> None:
    """An input error, one line on stderr, as the other commands write it."""
    typer.echo(f"checker: error: {message}", err=True)


def filter_command(
    input: str = typer.Argument(..., metavar="INPUT", show_default=False,
                                help="A corpus: text (a segment per line), .tsv (source<TAB>target), .jsonl or .parquet; - for stdin."),
    kept: str = typer.Option("-", "--kept", "-o", metavar="PATH", help="Where the kept rows go, in the input's format (with --dask: a directory of parts)."),
    rejected: str = typer.Option(..., "--rejected", metavar="PATH", show_default=False,
                                 help="Where the rejected rows go, as JSON Lines with their row number and reasons (with --dask: a directory of parts)."),
    reject_on: RejectOn = typer.Option(RejectOn.error, "--reject-on", help="Lowest severity that rejects a row."),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="RULES", help="Only these rules decide: codes, code prefixes, names or categories (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="RULES", help="Skip these rules (same forms as --select)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Force the language instead of detecting it."),
    glossary: Optional[str] = typer.Option(None, "--glossary", metavar="FILE", help="Glossary TSV for the terminology rules."),
    input_format: Optional[InputFormat] = typer.Option(None, "--input-format", show_default=False, help="The input's format (default: from its extension; text otherwise)."),
    text_field: str = typer.Option("target", "--text-field", metavar="NAME", help="JSON Lines field or Parquet column holding the segment."),
    source_field: Optional[str] = typer.Option(None, "--source-field", metavar="NAME", help="JSON Lines field or Parquet column holding the English source."),
    document: bool = typer.Option(False, "--document", help="The document rules see the whole input as one document (default: each row alone)."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS", help="Filter on a Dask cluster: a scheduler address, or local:N for N local workers."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
) -> None:
    """Keep the segments of a corpus that pass, reject the others with their reasons.

    Every row ends in exactly one output, in input order; a row that cannot be read (bad UTF-8, a
    wrong number of columns, invalid JSON, a missing field) is rejected with its row number and why.
    """
    from ..errors import InputError
    try:
        stats = run(input, kept, rejected, reject_on.value, select, ignore, lang.value if lang else None,
                    glossary, input_format.value if input_format else None, text_field, source_field,
                    document, dask)
    except InputError as e:
        fail(str(e))
        raise typer.Exit(2)
    if not quiet:
        typer.echo(f"checker: {stats.summary()}", err=True)


def run(path, kept, rejected, reject_on="error", select=None, ignore=None, language=None, glossary=None,
        fmt=None, text_field="target", source_field=None, document=False, dask=None):
    """`checker filter` without the command line; returns the Stats. Raises InputError."""
    import os
    from ..errors import InputError
    from . import engine, filter as flt
    from .readers import Fields
    if glossary is not None:  # an unusable glossary is an input error before any row is read
        if not os.path.isfile(glossary):
            raise InputError(f"{glossary}: no such glossary file (--glossary)")
        from ..analysis.glossary import load_glossary
        load_glossary(glossary)
    setup = engine.setup_for(select, ignore, language, glossary)  # InputError for an unknown rule
    opts = flt.FilterOptions(setup, reject_on, Fields(text_field, source_field), document)
    if kept == rejected or (kept != "-" and rejected != "-" and os.path.abspath(kept) == os.path.abspath(rejected)):
        raise InputError(f"{kept}: --kept and --rejected name the same output")
    if path != "-" and path in (kept, rejected):
        raise InputError(f"{path}: an output would overwrite the input")
    if dask is not None:
        from ..distributed import filter_on_dask
        return filter_on_dask(path, opts, kept, rejected, dask, fmt)
    return _serial(path, opts, kept, rejected, fmt)


def _serial(path, opts, kept, rejected, fmt):
    import os
    import shutil
    import sys
    import tempfile
    from . import filter as flt
    from .readers import format_of
    fmt = format_of(path, fmt)
    spooled = None
    if path == "-":  # partitions are byte ranges of a file: standard input is spooled first
        fd, spooled = tempfile.mkstemp(prefix="checker-filter-")
        with os.fdopen(fd, "wb") as f:
            shutil.copyfileobj(sys.stdin.buffer, f, 1 << 20)
        path = spooled
    try:
        with _Output(kept) as k, _Output(rejected) as r:
            return flt.filter_file(path, opts, k, r, fmt)
    finally:
        if spooled:
            os.unlink(spooled)


class _Output:
    """An output file, or standard output for -."""

    def __init__(self, path: str):
        self.path = path

    def __enter__(self):
        from .filter import open_output
        self.f = open_output(self.path)
        return self.f

    def __exit__(self, *exc):
        if self.path == "-":
            self.f.flush()
        else:
            self.f.close()
