"""A word table that costs almost nothing to open: weighted rows in a dict, the long tail as sorted bytes.

The Marathi lexicon holds about 150,000 words that a word list gives without a frequency. Splitting them
into a set at every start would cost ~60 ms, more than the rest of a pre-commit run's start-up; instead
they stay sorted UTF-8 (one word a line; UTF-8 keeps code point order) that look-ups binary-search and
substring queries scan in C. Not even decoded: decoding 4 MB of Devanagari alone costs ~10 ms.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

NL = b"\n"


class Lexicon:
    """word -> weight. `weighted`: the words with a frequency, heaviest first; `listed`: sorted words
    (by code point, as Python sorts) in UTF-8, each followed by a line feed, all of weight `weight`."""

    def __init__(self, weighted: dict[str, int], listed: bytes = b"", weight: int = 0):
        self._weighted, self._listed, self._weight = weighted, listed, weight
        self._keys: list[str] | None = None  # the weighted words sorted, built on first need

    def get(self, word: str, default: int = 0) -> int:
        n = self._weighted.get(word)
        if n is not None:
            return n
        return self._weight if self._listed and self._has(word.encode("utf-8")) else default

    def __contains__(self, word: str) -> bool:
        return word in self._weighted or (bool(self._listed) and self._has(word.encode("utf-8")))

    def __iter__(self) -> Iterator[str]:
        """The weighted words heaviest first, then the listed ones in order."""
        yield from self._weighted
        yield from self._listed.decode("utf-8").split()

    def __len__(self) -> int:
        return len(self._weighted) + self._listed.count(NL)

    def items(self) -> Iterator[tuple[str, int]]:
        yield from self._weighted.items()
        for w in self._listed.decode("utf-8").split():
            yield w, self._weight

    def top(self, n: int) -> list[str]:
        """The n heaviest words (the weighted rows come first)."""
        return [w for w, _ in zip(self._weighted, range(n))]

    def starting_with(self, prefix: str) -> Iterator[str]:
        """Every word that begins with `prefix`: weighted ones first, then listed ones, each in order."""
        keys = self._sorted_weighted()
        i = bisect_left(keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield keys[i]
            i += 1
        key = prefix.encode("utf-8")
        t, at = self._listed, self._lower_bound(key)
        while at < len(t):
            end = t.find(NL, at)
            if not t.startswith(key, at):
                break
            yield t[at:end].decode("utf-8")
            at = end + 1

    def containing(self, part: str) -> Iterator[tuple[str, int]]:
        """(word, weight) of every word with `part` inside: a C substring search of the listed bytes."""
        for w, n in self._weighted.items():
            if part in w:
                yield w, n
        key = part.encode("utf-8")
        t, at = self._listed, self._listed.find(key)
        while at >= 0:
            start, end = t.rfind(NL, 0, at) + 1, t.find(NL, at)
            yield t[start:end].decode("utf-8"), self._weight
            at = t.find(key, end)

    def _sorted_weighted(self) -> list[str]:
        if self._keys is None:
            self._keys = sorted(self._weighted)
        return self._keys

    def _has(self, word: bytes) -> bool:
        t, at = self._listed, self._lower_bound(word)
        return t.startswith(word, at) and t.startswith(NL, at + len(word))

    def _lower_bound(self, key: bytes) -> int:
        return lower_bound(self._listed, key)


class SortedTable:
    """word -> value text, from `word<TAB>value` lines sorted by word (UTF-8 bytes, never decoded
    whole): the English lexicon, 80,000 rows that a run with a few Latin words asks about a few times."""

    def __init__(self, rows: bytes):
        self._rows = rows

    def get(self, word: str) -> str | None:
        key = word.encode("utf-8") + b"\t"
        t = self._rows
        at = lower_bound(t, key)
        if not t.startswith(key, at):
            return None
        return t[at + len(key):t.find(NL, at)].decode("utf-8")

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return self._rows.count(NL)

    def items(self) -> Iterator[tuple[str, str]]:
        for row in self._rows.decode("utf-8").splitlines():
            word, _, value = row.partition("\t")
            yield word, value


def lower_bound(t: bytes, key: bytes) -> int:
    """Offset of the first line of `t` (sorted lines, each ending in a line feed) >= key, or len(t)."""
    lo, hi = 0, len(t)  # lo and hi are line starts
    while lo < hi:
        start = t.rfind(NL, lo, (lo + hi) // 2) + 1 or lo
        end = t.find(NL, start)
        if t[start:end] < key:
            lo = end + 1
        else:
            hi = start
    return lo
