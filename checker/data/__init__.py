"""Tables shipped with checker; each file's first line names the script that generated it."""
from __future__ import annotations

import os
from functools import lru_cache

from .lexicon import Lexicon

DATA = os.path.dirname(os.path.abspath(__file__))


def _text(name: str) -> str:
    # bytes + decode: several times faster than a text-mode read (no newline translation pass)
    with open(os.path.join(DATA, name), "rb") as f:
        text = f.read().decode("utf-8")
    return text.replace("\r\n", "\n") if "\r" in text else text


def _raw(name: str) -> bytes:
    """A table's bytes, line endings as line feeds (the tables stay bytes: see lexicon.py)."""
    with open(os.path.join(DATA, name), "rb") as f:
        raw = f.read()
    return raw.replace(b"\r\n", b"\n") if b"\r" in raw else raw


def table_rows(name: str) -> bytes:
    """A table's bytes without its header lines (`#`), line endings as line feeds."""
    raw = _raw(name)
    while raw.startswith(b"#"):
        raw = raw[raw.find(b"\n") + 1:] if b"\n" in raw else b""
    return raw if not raw or raw.endswith(b"\n") else raw + b"\n"


def lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file."""
    return [x for x in _text(name).splitlines() if x and not x.startswith("#")]


@lru_cache(maxsize=None)
def word_frequencies(language: str) -> Lexicon:
    """A weight for each (normalised) word of real `language` text, from lexicon.<language>.tsv
    (scripts/build_lexicons.py: word lists made for the job, plus the tuning text). Its header has
    `#top<TAB>` the heaviest words and `#listed<TAB>W` the weight of a bare word; then one row a word,
    sorted. English is checker.analysis.latin's english_lexicon."""
    raw = _raw(f"lexicon.{language}.tsv")
    top, weight, at = [], 0, 0
    while raw.startswith(b"#", at):  # the header lines
        end = raw.find(b"\n", at)
        end = len(raw) if end < 0 else end
        line = raw[at:end]
        if line.startswith(b"#top\t"):
            top = line[5:].decode("utf-8").split(" ")
        elif line.startswith(b"#listed\t"):
            weight = int(line[8:])
        at = end + 1
    rows = raw[at:]
    return Lexicon(rows if rows.endswith(b"\n") or not rows else rows + b"\n", top, weight)
