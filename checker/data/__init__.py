"""Tables shipped with checker; each file's first line names the script that generated it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent


def lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a data file."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [x for x in text.splitlines() if x and not x.startswith("#")]


@lru_cache(maxsize=None)
def word_frequencies(language: str) -> dict[str, int]:
    """How often each (normalised) word occurs in real human text of `language`."""
    out = {}
    for row in lines(f"wordfreq.{language}.tsv"):
        word, n = row.split("\t")
        out[word] = int(n)
    return out
