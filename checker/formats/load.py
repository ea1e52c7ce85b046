"""Read a translation file into units: the format's reader, errors as one line naming the file."""
from __future__ import annotations

import importlib

from ..errors import InputError
from . import format_of
from .model import TranslationFile

READERS = {"xliff": "xliff", "po": "po", "tmx": "tmx", "csv": "bilingual_csv"}
EXTRA = "pip install 'checker-ur-mr[formats]'"


def require(path: str) -> None:
    try:
        import translate.storage  # noqa: F401
    except ImportError:
        raise InputError(f"{path}: reading {format_of(path).upper()} files needs translate-toolkit, "
                         f"the extra 'formats' ({EXTRA}); not scanned") from None


def load(path: str, text: str, bom: bool) -> TranslationFile:
    """`text`: the file exactly (BOM out); the reader gets the bytes as they are on disk."""
    fmt = format_of(path)
    require(path)
    reader = importlib.import_module(f".{READERS[fmt]}", __package__)
    data = (("\ufeff" if bom else "") + text).encode("utf-8")
    try:
        return reader.read(path, text, data)
    except InputError:
        raise
    except Exception as e:  # lxml, the PO parser and csv raise their own types
        raise InputError(_message(path, fmt, e)) from None


def _message(path: str, fmt: str, e: Exception) -> str:
    name = type(e).__name__
    if name == "XMLSyntaxError":
        from .xmlscan import xml_error
        return xml_error(path, e)
    text = " ".join(str(e).split())
    if name == "PoParseError":
        return f"{path}: malformed PO: {text}; not scanned"
    return f"{path}: cannot read as {fmt.upper()} ({name}: {text}); not scanned"
