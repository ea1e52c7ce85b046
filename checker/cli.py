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
    sarif = "sarif"
    github = "github"
    html = "html"


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
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", show_default=False,
                                             help="Lowest severity that makes the exit status 1 (default: error, or fail-on from the configuration)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="Force the language instead of detecting it per sentence."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to scan inside directories."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules: codes, code prefixes, names or categories (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (same forms as --select)."),
    glossary: Optional[str] = typer.Option(None, "--glossary", help="Glossary TSV for the terminology rules."),
    config: Optional[str] = typer.Option(None, "--config", help="Use this configuration file (.checker.toml or pyproject.toml) for every path."),
    isolated: bool = typer.Option(False, "--no-config", help="Ignore configuration files."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes to the files in place, then report what is left."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="With --fix or --diff: apply unsafe fixes too."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff instead of writing them (exit 1 if any)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings that are not recorded in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record every finding in this baseline file and exit 0."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", show_default=False,
                                            help="Progress bar on stderr (default: only on a terminal, for many or large files)."),
    reference: Optional[str] = typer.Option(None, "--reference", help="Line-aligned reference: add chrF, chrF++ and BLEU per sentence and corpus scores."),
    src: Optional[str] = typer.Option(None, "--source", help="Line-aligned English source: carried into the report and checked for numbers (NUM011); a .tsv input holds it already."),
    normalize_before_scoring: bool = typer.Option(False, "--normalize-before-scoring", help="Score after checker's normalisation of both sides (the report keeps the unnormalised figures too)."),
) -> None:
    """Scan text files and write a per-sentence report."""
    from .workflow import ScanRequest, scan as run

    request = ScanRequest(paths, glob, select, ignore, lang.value if lang else None, glossary,
                          fail_on.value if fail_on else None, config, isolated, fix, unsafe_fixes, diff,
                          baseline, write_baseline, progress, reference, src, normalize_before_scoring)
    try:
        result = run(request)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)

    for line in result.errors:
        _fail(line)
    if result.diffs:
        _write_stdout("".join(result.diffs))
    elif not diff and not write_baseline:
        _report(format.value, result.reports, output)
    for line in result.notes:
        typer.echo(f"checker: {line}", err=True)
    raise typer.Exit(result.exit_code)


def _write_stdout(text: str) -> None:
    out = sys.stdout
    out.write(text)
    out.flush()


def _report(fmt: str, reports, output: Optional[str]) -> None:
    from .report import writer
    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as e:
        _fail(f"{output}: cannot write the report ({e.strerror})")
        raise typer.Exit(2)
    try:
        writer(fmt)(reports, out)
    finally:
        if output:
            out.close()


@app.command()
def normalize(path: str = typer.Argument(..., help="A UTF-8 text file, or - for stdin.")) -> None:
    """Print the text as checker matches it: NFC, one form per letter, no invisible characters.

    This is the form rules see; it is never written back (invisible joiners can matter in print).
    """
    from .loader import read
    from .normalize import normalize_line
    try:
        source = read(path)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)
    lines = []
    for line in source.text.split("\n"):  # the pipeline's lines: LF or CRLF, kept as they are
        cr = "\r" if line.endswith("\r") else ""
        lines.append(normalize_line(line[:len(line) - len(cr)]).text + cr)
    sys.stdout.buffer.write("\n".join(lines).encode("utf-8"))
    sys.stdout.flush()


class RulesFormat(str, enum.Enum):
    table = "table"
    markdown = "markdown"
    json = "json"


@app.command("rules")
def list_rules(format: RulesFormat = typer.Option(RulesFormat.table, "--format", "-f",
                                                  help="table, markdown (the README's table) or json.")) -> None:
    """List every rule: code, name, category, severity, languages, fix."""
    from .rules import all_rules
    rules = all_rules()
    if format is RulesFormat.json:
        import json
        typer.echo(json.dumps([{"code": r.code, "name": r.name, "category": r.category.value,
                                "severity": r.severity.value, "languages": list(r.languages),
                                "scope": r.scope.value, "fix": r.fixable, "summary": r.summary()}
                               for r in rules], ensure_ascii=False, indent=1))
        return
    if format is RulesFormat.markdown:
        from .rules.catalog import markdown_table
        typer.echo(markdown_table())
        return
    rows = [("code", "name", "category", "severity", "languages", "fix")]
    rows += [(r.code, r.name, r.category.value, r.severity.value, ",".join(r.languages),
              "yes" if r.fixable else "") for r in rules]
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
        from .workflow import example_fixes
        typer.echo("\nFlagged" + (" (with the fix: safe ones --fix applies, unsafe ones need --unsafe-fixes):"
                                  if rule.fixable else ":"))
        for text, fixes in example_fixes(rule):
            typer.echo(f"  {text}")
            for flagged, fix in fixes:
                if fix is not None:
                    typer.echo(f"    «{flagged}» → «{fix.replacement}» ({'safe' if fix.safe else 'unsafe'})")
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
