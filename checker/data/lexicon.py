"""Word tables that cost almost nothing to open: sorted bytes, binary-searched.

The Marathi lexicon holds about 160,000 words, the Urdu one 27,000 with frequencies. A dict of them
built at every start would cost 20–60 ms, more than the rest of a pre-commit run's start-up; instead
each table stays sorted UTF-8 (one word a line; UTF-8 keeps code point order) that look-ups
binary-search and substring queries scan in C. Not even decoded: decoding 4 MB of Devanagari alone
costs ~10 ms.

A long run asks about tens of thousands of distinct words, and a binary search in Python costs ~25 µs;
once a table has answered as many look-ups as building a dict of it would cost (about one per 16 of
its rows), it builds that dict and answers from it.
"""
from __future__ import annotations

from typing import Iterator

NL = b"\n"


class Lexicon:
    """word -> weight, from one table sorted by word (UTF-8 bytes, one word a line): `word<TAB>weight`,
    or a bare `word` of the default weight `weight` (a word list without frequencies). `top`: the
    heaviest words, heaviest first (the function words are among them)."""

    def __init__(self, rows: bytes, top: list[str], weight: int):
        self._rows, self._top, self._weight = rows, top, weight
        self._dict: dict[str, int] | None = None
        self._until_dict = _lookups_worth_a_dict(rows)

    def get(self, word: str, default: int = 0) -> int:
        if self._dict is not None:
            return self._dict.get(word, default)
        self._until_dict -= 1
        if self._until_dict < 0:
            self._dict = dict(self.items())
            return self._dict.get(word, default)
        key = word.encode("utf-8")
        t = self._rows
        at = lower_bound(t, key)
        if not t.startswith(key, at):
            return default
        end = at + len(key)
        if t.startswith(NL, end):
            return self._weight
        if t.startswith(b"\t", end):
            return int(t[end + 1:t.find(NL, end)])
        return default  # a longer word

    def __contains__(self, word: str) -> bool:
        return self.get(word, -1) != -1

    def __iter__(self) -> Iterator[str]:
        """The words in order (by code point)."""
        for word, _ in self.items():
            yield word

    def __len__(self) -> int:
        return self._rows.count(NL)

    def items(self) -> Iterator[tuple[str, int]]:
        weight = self._weight
        for row in self._rows.decode("utf-8").split("\n")[:-1]:
            word, tab, n = row.partition("\t")
            yield word, int(n) if tab else weight

    def top(self, n: int) -> list[str]:
        """The n heaviest words, heaviest first."""
        return self._top[:n]

    def starting_with(self, prefix: str) -> Iterator[str]:
        """Every word that begins with `prefix`, in order."""
        key = prefix.encode("utf-8")
        t, at = self._rows, lower_bound(self._rows, key)
        while at < len(t) and t.startswith(key, at):
            end = t.find(NL, at)
            yield t[at:end].split(b"\t", 1)[0].decode("utf-8")
            at = end + 1

    def containing(self, part: str) -> Iterator[tuple[str, int]]:
        """(word, weight) of every word with `part` inside: a C substring search of the bytes."""
        key = part.encode("utf-8")
        t, at = self._rows, self._rows.find(part.encode("utf-8"))
        while at >= 0:
            start, end = t.rfind(NL, 0, at) + 1, t.find(NL, at)
            word, tab, n = t[start:end].decode("utf-8").partition("\t")
            if part in word:  # not in the weight
                yield word, int(n) if tab else self._weight
            at = t.find(key, end)


class SortedTable:
    """word -> value text, from `word<TAB>value` lines sorted by word (UTF-8 bytes, never decoded
    whole): the English lexicon, 80,000 rows that a run with a few Latin words asks about a few times."""

    def __init__(self, rows: bytes):
        self._rows = rows
        self._dict: dict[str, str] | None = None
        self._until_dict = _lookups_worth_a_dict(rows)

    def get(self, word: str) -> str | None:
        if self._dict is not None:
            return self._dict.get(word)
        self._until_dict -= 1
        if self._until_dict < 0:
            self._dict = dict(self.items())
            return self._dict.get(word)
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
        for row in self._rows.decode("utf-8").split("\n")[:-1]:
            word, _, value = row.partition("\t")
            yield word, value


def _lookups_worth_a_dict(rows: bytes) -> int:
    """Binary searches that cost about what a dict of the table costs to build."""
    return rows.count(NL) // 16


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
