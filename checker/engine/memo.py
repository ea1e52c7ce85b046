"""Bounded memos: a repeated line or sentence is analysed once."""
from __future__ import annotations

from typing import Optional


class Memo:
    """A bounded memo: when it holds `size` entries, or keys weighing `weight` in all (the
    characters of the lines they name), the oldest go first."""

    def __init__(self, size: int, weight: Optional[int] = None):
        self.size, self.weight = size, weight
        self._store: dict = {}
        self._weights: dict = {}
        self._held = 0

    def get(self, key):
        return self._store.get(key)

    def clear(self) -> None:
        self._store.clear()
        self._weights.clear()
        self._held = 0

    def put(self, key, value, weight: int = 0) -> None:
        store = self._store
        if key in store:
            del store[key]
            self._held -= self._weights.pop(key, 0)
        while store and (len(store) >= self.size or
                         (self.weight is not None and self._held + weight > self.weight)):
            oldest = next(iter(store))
            del store[oldest]
            self._held -= self._weights.pop(oldest, 0)
        store[key] = value
        if weight:
            self._weights[key] = weight
            self._held += weight


# Translation memories and MT corpora repeat segments (headlines, boilerplate, bylines): a line
# whose text, language and rules are the same gets the same analysis, findings and document-rule
# facts without running anything again; a repeated sentence inside a new line, its sentence findings.
# The weight bounds the memory whatever the lines' length (about 15 bytes per character held).
LINES = Memo(1 << 15, weight=4_000_000)  # (line, source, rule set) -> LineResult
SENTENCES = Memo(1 << 15)                # (sentence as written, language, rule set) -> its findings

_KEYS: dict = {}


def key_of(setting) -> int:
    """A small number standing for `setting` (a rule set with its options) in memo keys: equal
    settings get the same number in one process, and hashing it per line costs nothing."""
    return _KEYS.setdefault(setting, len(_KEYS))


def clear() -> None:
    """Forget every memoised line and sentence (a test may patch a rule's data)."""
    LINES.clear()
    SENTENCES.clear()
