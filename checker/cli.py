"""Thin typer commands. Every input error becomes one line on stderr and exit status 2, here only."""
from __future__ import annotations

import enum
import os
import sys
from typing import List, Optional

import typer

from . import __version__
from .errors import InputError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Translation-quality linter for machine-translated Urdu and Marathi.")


class Format(str, enum.Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Lang(str, enum.Enum):
    ur = "ur"
    mr = "mr"


def _fail(message: str) -> None:
    typer.echo(f"checker: error: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    pass


@app.command()
def scan(
    paths: List[str] = typer.Argument(..., help="Files, directories (searched for --glob) or - for stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Report format."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to FILE."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Lowest severity that makes the exit status 1."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Force the language instead of detecting it per sentence."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to scan inside directories."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules: codes, code prefixes, names or categories (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (same forms as --select)."),
    glossary: Optional[str] = typer.Option(None, "--glossary", help="Glossary TSV for the terminology rules."),
    reference: Optional[str] = typer.Option(None, "--reference", help="Line-aligned reference: add chrF, chrF++ and BLEU per sentence and corpus scores."),
    src: Optional[str] = typer.Option(None, "--source", help="Line-aligned English source: carried into the report and checked for numbers (NUM011); a .tsv input holds it already."),
    normalize_before_scoring: bool = typer.Option(False, "--normalize-before-scoring", help="Score after checker's normalisation of both sides (the report keeps the unnormalised figures too)."),
) -> None:
    """Scan text files and write a per-sentence report."""
    from .loader import expand, read
    from .model import Options
    from .pipeline import check_text
    from .report import writer
    from .rules import all_rules
    from .selection import select_rules, split_csv

    try:
        rules = select_rules(all_rules(), split_csv(select), split_csv(ignore))
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)

    options = Options(glossary=glossary)
    reports, failed = [], False
    items = list(expand(paths, glob))
    if (reference or src) and len(items) != 1:
        _fail("--reference and --source need exactly one file to scan")
        raise typer.Exit(2)
    from .scoring.aligned import check_aligned
    for item in items:
        if isinstance(item, InputError):
            _fail(str(item))
            failed = True
            continue
        try:
            source = read(item)
            reports.append(check_aligned(source, lambda text, sources=None: check_text(
                text, path=item, language=lang.value if lang else None, rules=rules, options=options,
                sources=sources),
                reference, src, normalize_before_scoring))
        except InputError as e:
            _fail(str(e))
            failed = True
            continue

    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as e:
        _fail(f"{output}: cannot write the report ({e.strerror})")
        raise typer.Exit(2)
    try:
        writer(format.value)(reports, out)
    finally:
        if output:
            out.close()

    if failed:
        raise typer.Exit(2)
    if fail_on is not FailOn.never:
        threshold = {"error": 3, "warning": 2, "info": 1}[fail_on.value]
        if any(f.severity.rank >= threshold for r in reports for f in r.findings):
            raise typer.Exit(1)


@app.command("rules")
def list_rules() -> None:
    """List every rule: code, name, category, severity, languages, fix."""
    from .rules import all_rules
    rows = [("code", "name", "category", "severity", "languages", "fix")]
    rows += [(r.code, r.name, r.category.value, r.severity.value, ",".join(r.languages),
              "yes" if r.fixable else "") for r in all_rules()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


@app.command()
def explain(code: str = typer.Argument(..., help="A rule code such as NUM001.")) -> None:
    """Explain a rule: what it finds, why it is bad, what to write instead, examples."""
    from .rules import rule_by_code
    rule = rule_by_code(code)
    if rule is None:
        _fail(f"unknown rule code '{code}' (see `checker rules`)")
        raise typer.Exit(2)
    typer.echo(f"{rule.code} {rule.name} ({rule.category.value}, {rule.severity.value}; "
               f"languages: {', '.join(rule.languages)}; fix: {'yes' if rule.fixable else 'no'})\n")
    typer.echo(rule.doc())
    if rule.bad:
        typer.echo("\nFlagged:")
        for ex in rule.bad:
            typer.echo(f"  {ex[0] if isinstance(ex, tuple) else ex}")
    if rule.good:
        typer.echo("\nNot flagged:")
        for ex in rule.good:
            typer.echo(f"  {ex}")


def main() -> None:
    """Entry point: no traceback ever reaches the user unless CHECKER_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as e:  # a bug in checker: say so in one line
        if os.environ.get("CHECKER_DEBUG"):
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (set CHECKER_DEBUG=1 for the traceback)")
        sys.exit(2)


class ScoreFormat(str, enum.Enum):
    text = "text"
    json = "json"


class Tokenize(str, enum.Enum):
    intl = "intl"
    t13a = "13a"


@app.command()
def score(
    hyp: str = typer.Argument(..., help="Hypothesis file (or - for stdin); a .tsv is read as source<TAB>target."),
    reference: str = typer.Option(..., "--reference", "-r", help="Line-aligned reference translation."),
    src: Optional[str] = typer.Option(None, "--source", help="Line-aligned English source, carried into the JSON."),
    normalize_before_scoring: bool = typer.Option(False, "--normalize-before-scoring", help="Score after checker's normalisation of both sides and show how much it moves the score."),
    tokenize: Tokenize = typer.Option(Tokenize.intl, "--tokenize", help="BLEU tokeniser (chrF is character based)."),
    format: ScoreFormat = typer.Option(ScoreFormat.text, "--format", "-f", help="A table (text) or one JSON object."),
    width: int = typer.Option(1, "--width", "-w", min=0, max=10, help="Decimals in the table, as sacrebleu's -w."),
) -> None:
    """Score a hypothesis against a reference with sacrebleu: chrF, chrF++ and BLEU per line and corpus."""
    from .scoring import run_score
    try:
        run_score(hyp, reference, sys.stdout, src, normalize_before_scoring, tokenize.value, format.value, width)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)
