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

from typing import TYPE_CHECKING, Optional, Sequence

if TYPE_CHECKING:
    from .errors import InputError
    from .model import Category, FileReport, Fix, Reported, SentenceReport, Severity


def _rules(select: Optional[Sequence[str]], ignore: Optional[Sequence[str]]):
    if select is None and ignore is None:
        return None
    from .rules import all_rules
    from .selection import select_rules
    return select_rules(all_rules(), list(select or ()), list(ignore or ()))


def check_text(text: str, language: Optional[str] = None, path: str = "<text>", *,
               select: Optional[Sequence[str]] = None, ignore: Optional[Sequence[str]] = None,
               glossary: Optional[str] = None) -> "FileReport":
    """Check a string.

    `language` ("ur" or "mr") forces the language; by default each sentence's script decides.
    `select`/`ignore` take rule codes, code prefixes, names or categories, as on the command line.
    Returns a `FileReport`: `.findings` lists every `Reported` finding, `.sentences` every
    sentence with its own findings. Raises `InputError` for an unknown rule in select/ignore.
    """
    from .model import Options
    from .pipeline import check_text as _check
    return _check(text, path=path, language=language, rules=_rules(select, ignore),
                  options=Options(glossary=glossary))


def check_file(path: str, language: Optional[str] = None, *, select: Optional[Sequence[str]] = None,
               ignore: Optional[Sequence[str]] = None, glossary: Optional[str] = None) -> "FileReport":
    """Check a UTF-8 file (a BOM and CRLF line endings are fine); see `check_text`.
    Raises `InputError` when the file cannot be read or decoded; never writes it."""
    from .loader import read
    return check_text(read(path).text, language, path, select=select, ignore=ignore, glossary=glossary)


_LAZY = {"Category": "model", "FileReport": "model", "Fix": "model", "Reported": "model",
         "SentenceReport": "model", "Severity": "model", "InputError": "errors"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")


__all__ = ["__version__", "check_text", "check_file", *_LAZY]
