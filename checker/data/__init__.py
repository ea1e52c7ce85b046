"""Tables shipped with checker; each file's first line names the script that generated it."""
from __future__ import annotations

import os
from functools import lru_cache

DATA = os.path.dirname(os.path.abspath(__file__))


def _text(name: str) -> str:
    # bytes + decode: several times faster than a text-mode read (no newline translation pass)
    with open(os.path.join(DATA, name), "rb") as f:
        text = f.read().decode("utf-8")
    return text.replace("\r\n", "\n") if "\r" in text else text


def lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file."""
    return [x for x in _text(name).splitlines() if x and not x.startswith("#")]


@lru_cache(maxsize=None)
def word_frequencies(language: str) -> dict[str, int]:
    """How often each (normalised) word occurs in real human text of `language`, in the file's
    order: most frequent first (scripts/build_wordfreq.py sorts by count, then word)."""
    name = f"wordfreq.{language}.tsv"
    text = _text(name)
    while text.startswith("#"):  # the header
        text = text[text.find("\n") + 1:] if "\n" in text else ""
    if text and not text.endswith("\n"):
        text += "\n"
    if "\n#" in text or "\n\n" in text or text.count("\t") != text.count("\n"):
        out = {}  # comments, blank lines or odd rows inside: line by line
        for row in lines(name):
            word, n = row.split("\t")
            out[word] = int(n)
        return out
    # one split of the whole text instead of one per line (the tables are read at every start)
    cells = text.replace("\n", "\t").split("\t")
    cells.pop()  # after the last line ending
    return dict(zip(cells[::2], map(int, cells[1::2])))
