"""checker: a translation-quality linter for machine-translated Urdu and Marathi.

Library use::

    from checker import check_text, check_file

    report = check_text("२०२23 मध्ये", select=["NUM"])
    for f in report.findings:          # checker.Reported: rule, name, category, severity, line, col, ...
        print(f.rule, f.severity.value, f.line, f.col, f.text, f.message, f.fix)

Nothing is imported or computed until a function is called: `import checker` stays cheap.
"""
from __future__ import annotations

__version__ = "0.1.0"

import os
from typing import TYPE_CHECKING, Optional, Sequence, Union

if TYPE_CHECKING:
    from .errors import InputError
    from .model import Category, FileReport, Fix, Reported, SentenceReport, Severity


Lines = Union[str, "os.PathLike[str]", Sequence[str]]


def _codes(value: Union[str, Sequence[str], None]) -> Optional[list[str]]:
    """A string is one code (or a comma-separated list, as on the command line), not characters."""
    if value is None:
        return None
    from .selection import split_csv
    return split_csv([value] if isinstance(value, str) else list(value))


def _rules(select, ignore):
    select, ignore = _codes(select), _codes(ignore)
    if select is None and ignore is None:
        return None
    from .rules import all_rules
    from .selection import select_rules
    return select_rules(all_rules(), select or [], ignore or [])


def _language(language: Optional[str]) -> Optional[str]:
    from .model import LANGUAGES
    if language is not None and language not in LANGUAGES:
        from .errors import InputError
        raise InputError(f"language: unknown language {language!r} (use {' or '.join(LANGUAGES)}, "
                         "or None to detect it)")
    return language


def _aligned(value: Optional[Lines], role: str, count: int) -> Optional[list[str]]:
    """Lines given as a list, or read from a path; they must align with the text's lines."""
    if value is None:
        return None
    from .errors import InputError
    from .pipeline import split_lines
    if isinstance(value, (str, os.PathLike)):
        from .loader import read
        name = os.fspath(value)
        lines = split_lines(read(name).text)
    else:
        name, lines = role, [str(x) for x in value]
    if len(lines) != count:
        raise InputError(f"{name}: {role} has {len(lines)} lines but the text has {count}; "
                         "they must be line-aligned")
    return lines


def check_text(text: str, language: Optional[str] = None, path: str = "<text>", *,
               select: Union[str, Sequence[str], None] = None, ignore: Union[str, Sequence[str], None] = None,
               glossary: Optional[str] = None, source: Optional[Lines] = None,
               reference: Optional[Lines] = None) -> "FileReport":
    """Check a string.

    `language` ("ur" or "mr") forces the language; by default each sentence's script decides.
    `select`/`ignore` take rule codes, code prefixes, names or categories, as on the command line
    (a list, or one string: `"NUM"`, `"NUM,ORT"`).
    `source` (the English source) and `reference` are line-aligned with `text`: a list of lines or
    a path. A source turns on NUM011 and each sentence carries its line's `source`; a reference
    adds `reference` and chrF/BLEU `scores` (as `checker scan --source/--reference`).
    Returns a `FileReport`: `.findings` lists every `Reported` finding, `.sentences` every
    sentence with its own findings. Raises `InputError` for an unknown rule in select/ignore, an
    unknown language, or a source/reference that cannot be read or does not align.
    """
    from .loader import lone_cr_as_lf
    from .model import Options
    from .pipeline import check_text as _check
    from .pipeline import split_lines
    language, rules = _language(language), _rules(select, ignore)
    text = lone_cr_as_lf(text)[0]  # a lone CR ends a line, as in a file
    if source is None and reference is None:
        return _check(text, path=path, language=language, rules=rules, options=Options(glossary=glossary))
    targets = split_lines(text)
    sources = _aligned(source, "the source", len(targets))
    references = _aligned(reference, "the reference", len(targets))
    report = _check(text, path=path, language=language, rules=rules, options=Options(glossary=glossary),
                    sources=sources)
    from .scoring.aligned import Aligned, annotate
    scores = None
    if references is not None:
        from .scoring.reference import score_lines
        scores = score_lines(targets, references, "intl", False)
    return annotate(report, Aligned(path, targets, sources, references), scores)


def check_file(path: str, language: Optional[str] = None, *, select: Union[str, Sequence[str], None] = None,
               ignore: Union[str, Sequence[str], None] = None, glossary: Optional[str] = None,
               source: Optional[Lines] = None, reference: Optional[Lines] = None) -> "FileReport":
    """Check a UTF-8 file (a BOM and CRLF or CR line endings are fine); see `check_text`.
    Raises `InputError` when the file cannot be read or decoded (or is not a regular file);
    never writes it."""
    from .loader import read
    return check_text(read(path).text, language, path, select=select, ignore=ignore, glossary=glossary,
                      source=source, reference=reference)


_LAZY = {"Category": "model", "FileReport": "model", "Fix": "model", "Reported": "model",
         "SentenceReport": "model", "Severity": "model", "InputError": "errors"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")


__all__ = ["__version__", "check_text", "check_file", *_LAZY]
