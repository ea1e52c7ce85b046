"""checker: a translation-quality linter for machine-translated Urdu and Marathi."""
from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .model import FileReport


def check_text(text: str, language: Optional[str] = None, path: str = "<text>") -> "FileReport":
    """Check a string; returns a FileReport whose `.sentences[i].findings` are typed findings."""
    from .pipeline import check_text as _check
    return _check(text, path=path, language=language)


def check_file(path: str, language: Optional[str] = None) -> "FileReport":
    """Check a UTF-8 file; raises checker.errors.InputError when it cannot be read."""
    from .loader import read
    from .pipeline import check_text as _check
    return _check(read(path).text, path=path, language=language)


__all__ = ["__version__", "check_text", "check_file"]
