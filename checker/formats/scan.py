"""`checker scan` of one translation file (the workflow's hook): read the units, check each
finished target with its source, place the findings in the file; with --fix/--diff, write or show
the fixes of the targets. Works through the same check function as a `.tsv` input."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Optional

from ..errors import InputError
from ..model import FileReport, Scope
from .load import load
from .model import TranslationFile
from .place import Checked, Lines, place, suppressions



def choose(tf: TranslationFile, rules, forced: Optional[str], unfinished: str, notes: Optional[list] = None
           ) -> list[Checked]:
    """The targets to check; `notes` gets a line for the units left out (unfinished, other languages)."""
    out, skipped, others, listed = [], 0, set(), []
    for unit in tf.units:
        if forced and tf.format == "tmx" and unit.language and unit.language != forced:
            continue  # a TMX with several target languages: --lang picks one
        if not forced and unit.declared and unit.language is None:
            others.add(unit.declared)  # a language checker does not check (German, Hindi…): never read as ur/mr
            continue
        if unit.state == "untranslated":
            continue
        if not unit.finished and unfinished != "check":
            skipped += 1
            if unfinished == "report" and unit.targets:
                listed.append((unit.targets[0].anchor[0], unit))
            continue
        ignored = suppressions(unit.notes, rules)
        out.extend(Checked(unit, t, ignored) for t in unit.targets if t.text or t.markup or unit.source_markup)
    if notes is not None and listed:
        lines = Lines(tf.text)
        notes.extend(f"{tf.path}:{':'.join(map(str, lines.at(at)))}: unit {unit.id} is {unit.state}; not checked"
                     for at, unit in listed)
    elif notes is not None and skipped:
        notes.append(f"{tf.path}: {skipped} unfinished unit{'s' if skipped != 1 else ''} (fuzzy, needs-review, "
                     "initial…) not checked; --unfinished check checks them")
    if notes is not None and others:
        notes.append(f"{tf.path}: target language {', '.join(sorted(others))} not checked (checker checks Urdu "
                     "and Marathi); --lang forces one")
    return out


def language_of(tf: TranslationFile, checked: list[Checked], forced: Optional[str]) -> Optional[str]:
    """--lang or the configuration, else the one target language of the checked units, else the
    file's, else None (each sentence's script decides, as in a text file)."""
    if forced:
        return forced
    found = {c.unit.language for c in checked if c.unit.language}
    if len(found) == 1:
        return found.pop()
    return tf.language if not found else None


def check_units(tf: TranslationFile, checked: list[Checked], check: Callable, rules, overrides) -> FileReport:
    lines = [c.target.text for c in checked]
    sources = [c.unit.source_for(c.target) for c in checked]
    raw = check("".join(x + "\n" for x in lines), sources=sources)
    unit_rules = [r for r in rules if r.scope is Scope.UNIT]
    return place(raw, checked, Lines(tf.text), unit_rules, overrides)


@dataclass
class Outcome:
    report: FileReport
    written: int = 0               # fixes written into the file
    check: Optional[Callable] = None   # the check function used (its baseline count, if it keeps one)
    hidden: int = 0                # unit-rule findings (TAG001) the baseline hid


def scan_file(path: str, source, settings, make_check: Callable, result, *, fix: bool = False, diff: bool = False,
              unsafe: bool = False, unfinished: str = "skip", baseline=None) -> Outcome:
    """Scan one translation file (`source`: as the loader read it). `make_check(settings)` gives
    the scan's check function for settings (the language may come from the file: it applies the
    baseline to what the text rules find, `baseline` is applied here to the unit rules' findings);
    `result` takes errors, notes and diffs (lists of lines); with `fix` the fixed file is written.
    A file that cannot be read as its format raises InputError (one line, naming it)."""
    from .. import fixer
    text = source.restore(source.text)
    tf = load(path, text, source.bom)  # an unreadable file: InputError, as for any input
    checked = choose(tf, settings.rules, settings.language, unfinished, result.notes)
    language = language_of(tf, checked, settings.language)
    check = make_check(replace(settings, language=language))
    overrides = dict(settings.severity)
    written = 0
    if fix or diff:
        new_text, written, notes, _ = fix_file_safely(tf, checked, check, unsafe, path)
        result.notes.extend(f"{path}:{n}" for n in notes)
        if new_text != text:
            before = ("\ufeff" if source.bom else "") + text
            after = ("\ufeff" if source.bom else "") + new_text
            if diff:
                result.diffs.append(fixer.unified_diff(path, before, after))
            else:
                try:
                    fixer.write_atomic(path, after.encode("utf-8"), expect=before.encode("utf-8"))
                except OSError as e:
                    result.errors.append(f"{path}: cannot write the fixes ({e.strerror or e})")
                    written = 0
                else:
                    tf = load(path, new_text, source.bom)
                    checked = choose(tf, settings.rules, settings.language, unfinished)
    report = check_units(tf, checked, check, settings.rules, overrides)
    report.path = path
    report.language = language or report.language
    hidden = _unit_baseline(report, baseline, {r.code for r in settings.rules if r.scope is Scope.UNIT})
    return Outcome(report, written, check, hidden)


def _unit_baseline(report: FileReport, baseline, codes: set) -> int:
    """Drop the unit-rule findings the baseline records (the text rules' ones it dropped already)."""
    if baseline is None or not codes:
        return 0
    from ..model import SentenceReport
    only = FileReport(report.path, report.language,
                      [SentenceReport(s.index, s.line, s.col, s.end_col, s.language, s.text,
                                      [f for f in s.findings if f.rule in codes]) for s in report.sentences])
    drop = baseline.contains(only)
    for s in report.sentences:
        s.findings = [f for f in s.findings if id(f) not in drop]
    return len(drop)


def fix_file_safely(tf: TranslationFile, checked, check, unsafe: bool, path: str):
    """fix.fix_file, and the fixed text read again: a fix that would leave the file unreadable
    (or its units changed in number) is not written."""
    from .fix import fix_file
    new_text, n, notes, fixed = fix_file(tf.text, checked, check, unsafe)
    if new_text == tf.text:
        return new_text, 0, notes, fixed
    try:
        again = load(path, new_text, False)
    except InputError as e:
        return tf.text, 0, notes + [f" fixes not applied: the fixed file would not read back ({e})"], fixed
    if len(again.units) != len(tf.units):
        return tf.text, 0, notes + [" fixes not applied: the fixed file reads back with other units"], fixed
    return new_text, n, notes, fixed
