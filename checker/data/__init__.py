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


def table_rows(name: str) -> bytes:
    """A table's bytes without its header lines (`#`), line endings as line feeds."""
    with open(os.path.join(DATA, name), "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n")
    while raw.startswith(b"#"):
        raw = raw[raw.find(b"\n") + 1:] if b"\n" in raw else b""
    return raw if not raw or raw.endswith(b"\n") else raw + b"\n"


def lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file."""
    return [x for x in _text(name).splitlines() if x and not x.startswith("#")]


LISTED = b"#listed\t"  # starts the section of words that share one weight: `#listed<TAB>weight`, then a word a line


@lru_cache(maxsize=None)
def word_frequencies(language: str) -> Lexicon:
    """A weight for each (normalised) word of real `language` text: the weighted rows in the file's
    order (heaviest first), then the listed words: scripts/build_lexicons.py (word lists made for
    the job, plus the tuning text). English is checker.analysis.latin's english_lexicon."""
    name = f"lexicon.{language}.tsv"
    with open(os.path.join(DATA, name), "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n")
    at = raw.find(b"\n" + LISTED)
    text = (raw if at < 0 else raw[:at + 1]).decode("utf-8")
    while text.startswith("#"):  # the header
        text = text[text.find("\n") + 1:] if "\n" in text else ""
    if at < 0:
        return Lexicon(_weighted_rows(text))
    weight_at = at + 1 + len(LISTED)
    words_at = raw.find(b"\n", weight_at) + 1
    return Lexicon(_weighted_rows(text), raw[words_at:], int(raw[weight_at:words_at]))


def _weighted_rows(text: str) -> dict[str, int]:
    if text and not text.endswith("\n"):
        text += "\n"
    if "\n#" in text or "\n\n" in text or text.count("\t") != text.count("\n"):
        out = {}  # comments, blank lines or odd rows inside: line by line
        for row in text.splitlines():
            if row and not row.startswith("#"):
                word, n = row.split("\t")
                out[word] = int(n)
        return out
    # one split of the whole text instead of one per line (the tables are read at every start)
    cells = text.replace("\n", "\t").split("\t")
    cells.pop()  # after the last line ending
    return dict(zip(cells[::2], map(int, cells[1::2])))
