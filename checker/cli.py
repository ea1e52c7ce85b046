"""Thin typer commands. Every input error becomes one line on stderr and exit status 2, here only."""
from __future__ import annotations

import enum
import os
import re
import sys
from typing import Annotated, List, Optional

import typer

from . import __version__
from .errors import InputError

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Translation-quality linter for machine-translated Urdu and Marathi.")


from .model import FAIL_ON, FORMATS, LANGUAGES  # (light: the model, no analysis, no reporter)

Format = enum.Enum("Format", {f: f for f in FORMATS}, type=str)
FailOn = enum.Enum("FailOn", {f: f for f in FAIL_ON}, type=str)
Lang = enum.Enum("Lang", {lang: lang for lang in LANGUAGES}, type=str)
from .formats import UNFINISHED  # noqa: E402  (light: no translate-toolkit)
Unfinished = enum.Enum("Unfinished", {u: u for u in UNFINISHED}, type=str)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPED = {c: repr(chr(c))[1:-1] for c in (*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029)}


def _one_line(message: str) -> str:
    """A message kept on its line: control characters (a file name's newline) escaped as \\n, \\x1b…"""
    return message.translate(_ESCAPED) if _CONTROL.search(message) else message



def _fail(message: str) -> None:
    typer.echo(f"checker: error: {_one_line(message)}", err=True)


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
    paths: Annotated[List[str], typer.Argument(metavar="PATH", show_default=False,
                                               help="Files, directories (searched for --glob) or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE",
                                                  help="Write the report (or the diff of --diff) to FILE.")] = None,
    fail_on: Annotated[Optional[FailOn], typer.Option(
        "--fail-on", show_default=False,
        help="Lowest severity that makes the exit status 1 (default: error, or fail-on from the configuration).")] = None,
    lang: Annotated[Optional[Lang], typer.Option("--lang", help="Force the language instead of detecting it per sentence.")] = None,
    glob: Annotated[str, typer.Option("--glob", metavar="GLOB", help="Which files to scan inside directories (a relative pattern; ** crosses directories).")] = "*.txt",
    exclude: Annotated[Optional[List[str]], typer.Option("--exclude", metavar="GLOBS", help="Skip these inside directories, instead of the configuration's or the default (.git, .venv, node_modules, …); comma-separated.")] = None,
    extend_exclude: Annotated[Optional[List[str]], typer.Option("--extend-exclude", metavar="GLOBS", help="Skip these too (comma-separated).")] = None,
    respect_gitignore: Annotated[Optional[bool], typer.Option("--respect-gitignore/--no-respect-gitignore", show_default=False, help="Skip what the git repository's .gitignore files ignore (default: on).")] = None,
    force_exclude: Annotated[Optional[bool], typer.Option("--force-exclude/--no-force-exclude", show_default=False, help="Apply the exclusions to files named on the command line too (for pre-commit).")] = None,
    select: Annotated[Optional[List[str]], typer.Option("--select", metavar="RULES", help="Only these rules: codes, code prefixes, names or categories (comma-separated).")] = None,
    ignore: Annotated[Optional[List[str]], typer.Option("--ignore", metavar="RULES", help="Skip these rules (same forms as --select).")] = None,
    glossary: Annotated[Optional[str], typer.Option("--glossary", metavar="FILE", help="Glossary TSV for the terminology rules.")] = None,
    config: Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Use this configuration file (.checker.toml or pyproject.toml) for every path.")] = None,
    isolated: Annotated[bool, typer.Option("--no-config", help="Ignore configuration files.")] = False,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files in place, then report what is left.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff: apply unsafe fixes too.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the fixes as a unified diff instead of writing them (exit 1 if any).")] = False,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report only findings that are not recorded in this baseline file.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE", help="Record every finding in this baseline file and exit 0.")] = None,
    progress: Annotated[Optional[bool], typer.Option(
        "--progress/--no-progress", show_default=False,
        help="Progress bar on stderr (default: only on a terminal, for many or large files).")] = None,
    reference: Annotated[Optional[str], typer.Option("--reference", metavar="FILE", help="Line-aligned reference: add chrF, chrF++ and BLEU per sentence and corpus scores.")] = None,
    src: Annotated[Optional[str], typer.Option("--source", metavar="FILE", help="Line-aligned English source: carried into the report and checked for numbers (NUM011); a .tsv input holds it already.")] = None,
    normalize_before_scoring: Annotated[bool, typer.Option("--normalize-before-scoring", help="Score after checker's normalisation of both sides (the report keeps the unnormalised figures too).")] = False,
    unfinished: Annotated[Unfinished, typer.Option(
        "--unfinished",
        help="Translation files: skip unfinished units (fuzzy, needs-review, initial), report each on stderr, or check them too.")] = Unfinished.skip,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", metavar="N", min=1, show_default=False,
        help="Processes for large scans: files in parallel, a large file in line blocks (default: the number of cores). The report is the same.")] = None,
    dask: Annotated[Optional[str], typer.Option(
        "--dask", metavar="ADDRESS", show_default=False,
        help="Scan on a Dask cluster: a scheduler address, or local:N for N local workers (--format jsonl; needs checker-ur-mr[dask]). The report is the same.")] = None,
) -> None:
    """Scan text files and write a per-sentence report."""
    from . import requests as rq
    try:
        request = rq.ScanRequest(
            targets=rq.Targets(paths=tuple(paths), glob=glob, language=lang.value if lang else None, unfinished=unfinished.value,
                               exclude=_globs(exclude), extend_exclude=_globs(extend_exclude) or (),
                               respect_gitignore=respect_gitignore, force_exclude=force_exclude),
            rules=rq.RuleChoice(select=_tuple(select), ignore=_tuple(ignore), glossary=glossary,
                                fail_on=fail_on.value if fail_on else None, config=config, isolated=isolated),
            fixing=rq.Fixing(fix=fix, diff=diff, unsafe=unsafe_fixes),
            baseline=rq.BaselineUse(read=baseline, write=write_baseline),
            alignment=rq.Alignment(reference=reference, source=src, normalize_before_scoring=normalize_before_scoring),
            output=rq.Output(format=format.value, path=output, progress=progress, jobs=jobs))
        result = _run(request, dask)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)
    _finish(result)


def _finish(result) -> None:
    """The scan's errors and notes on stderr, one line each; its exit status."""
    for line in result.errors:
        _fail(line)
    for line in result.notes:
        typer.echo(f"checker: {_one_line(line)}", err=True)
    raise typer.Exit(result.exit_code)


def _run(request, dask: Optional[str]):
    """The scan's result, run here (workflow) or on a Dask cluster (checker.distributed)."""
    if dask is not None:
        from .distributed import scan_command
        raise typer.Exit(scan_command(request, dask))
    from .workflow import run
    return run(request)


def _tuple(values: Optional[List[str]]) -> Optional[tuple]:
    return None if values is None else tuple(values)


def _globs(values: Optional[List[str]]) -> Optional[tuple]:
    """`--exclude a,b --exclude c`: the patterns a, b and c (None: the option was not given)."""
    return None if values is None else tuple(p.strip() for v in values for p in v.split(",") if p.strip())


@app.command()
def normalize(path: str = typer.Argument(..., metavar="PATH", show_default=False, help="A UTF-8 text file, or - for stdin.")) -> None:
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
def explain(code: str = typer.Argument(..., metavar="RULE", show_default=False,
                                       help="A rule code such as NUM001, or its name (mixed-digit-scripts).")) -> None:
    """Explain a rule: what it finds, why it is bad, what to write instead, examples."""
    from .rules import all_rules, rule_by_code
    rule = rule_by_code(code.strip()) or next((r for r in all_rules() if r.name == code.strip().lower()), None)
    if rule is None:
        _fail(f"unknown rule '{code}': give a code such as NUM001 or a name such as mixed-digit-scripts "
              "(see `checker rules`)")
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


def _click_error(name: str) -> type:
    """A click exception class by name (typer ships click, or its own copy of it)."""
    return next((c for c in typer.BadParameter.__mro__ if c.__name__ == name), Exception)


def _usage_line(e) -> str:
    """A usage error in one line: `invalid value for '--lang': 'hi' is not one of 'ur', 'mr' (see ...)`."""
    message = " ".join(e.format_message().replace("Value error, ", "").split()).rstrip(".")
    message = message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message
    ctx = getattr(e, "ctx", None)
    return f"{message} (see `{ctx.command_path} --help`)" if ctx is not None else message


def main(argv: Optional[List[str]] = None) -> None:
    """Entry point: every usage error is one line on stderr and exit status 2, and no traceback
    reaches the user unless CHECKER_DEBUG is set."""
    from . import runtime
    runtime.prepare()
    usage_error, click_exception = _click_error("UsageError"), _click_error("ClickException")
    try:
        code = typer.main.get_command(app).main(args=argv, prog_name="checker", standalone_mode=False)
        runtime.done()
    except KeyboardInterrupt:
        _fail("interrupted")
        sys.exit(130)
    except SystemExit:
        raise
    except usage_error as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # `checker` alone: the help, as the user expects
            typer.echo(e.format_message(), err=True)
        else:
            _fail(_usage_line(e))
        sys.exit(2)
    except click_exception as e:
        _fail(e.format_message())
        sys.exit(getattr(e, "exit_code", 2))
    except typer.Abort:
        _fail("aborted")
        sys.exit(130)
    except Exception as e:  # a bug in checker: say so in one line
        if os.environ.get("CHECKER_DEBUG"):
            raise
        _fail(f"internal error: {type(e).__name__}: {e} (set CHECKER_DEBUG=1 for the traceback)")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)


class ScoreFormat(str, enum.Enum):
    text = "text"
    json = "json"


class Tokenize(str, enum.Enum):
    intl = "intl"
    t13a = "13a"


@app.command()
def score(
    hyp: str = typer.Argument(..., metavar="HYPOTHESIS", show_default=False,
                              help="Hypothesis file (or - for stdin); a .tsv is read as source<TAB>target."),
    reference: str = typer.Option(..., "--reference", "-r", metavar="FILE", help="Line-aligned reference translation."),
    src: Optional[str] = typer.Option(None, "--source", metavar="FILE", help="Line-aligned English source, carried into the JSON."),
    normalize_before_scoring: bool = typer.Option(False, "--normalize-before-scoring", help="Score after checker's normalisation of both sides and show how much it moves the score."),
    tokenize: Tokenize = typer.Option(Tokenize.intl, "--tokenize", help="BLEU tokeniser (chrF is character based)."),
    format: ScoreFormat = typer.Option(ScoreFormat.text, "--format", "-f", help="A table (text) or one JSON object."),
    width: int = typer.Option(1, "--width", "-w", min=0, max=10, metavar="0-10", help="Decimals in the table, as sacrebleu's -w."),
) -> None:
    """Score a hypothesis against a reference with sacrebleu: chrF, chrF++ and BLEU per line and corpus."""
    from .scoring import run_score
    try:
        run_score(hyp, reference, sys.stdout, src, normalize_before_scoring, tokenize.value, format.value, width)
    except InputError as e:
        _fail(str(e))
        raise typer.Exit(2)


# `checker filter` lives in checker.corpus (hook: only this registration here)
from .corpus.cli import filter_command as _filter_command  # noqa: E402

app.command("filter")(_filter_command)
