"""The unit model every format reader produces: what is checked, and where each character sits in the file.

A `Target` is one checked string (a unit's target, or one plural form of it): its text as the
rules see it (inline markup out, entities and escapes decoded, a run of white space holding a line
break read as one space, the ends trimmed), and for each character the [start, end) code-point
offsets of the file text it was read from. `how` says how a character may be rewritten there:
`XML`, `CDATA`, `PO`, `CSV` (a quoted cell) or `CSV_BARE` escaping, or `FIXED` for a character
that stands for something else (a line break, an escape the writer cannot reproduce): a fix over
it is not applied.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

XML, CDATA, PO, CSV, CSV_BARE, FIXED = "xml", "cdata", "po", "csv", "csvbare", "fixed"
_BREAK_RUN = re.compile(r"[ \t\n\r\u00a0]*[\n\r][ \t\n\r\u00a0]*")


@dataclass
class Target:
    text: str
    spans: list[tuple[int, int]]           # per character: file offsets it was read from
    how: list[str]                         # per character: how it may be rewritten (see above)
    anchor: tuple[int, int]                # the target element or msgstr keyword: where unit findings point
    markup: tuple[str, ...] = ()           # inline markup in it, e.g. '<x id="2"/>' keys (see `markup_key`)
    markup_spans: tuple[tuple[int, int], ...] = ()
    unmapped: Optional[str] = None         # why the spans are not trusted (findings then point at `anchor`)
    plural: Optional[int] = None           # plural form index (PO msgstr[n])


@dataclass
class Unit:
    id: str                                # unit id (XLIFF id, PO msgctxt/msgid, TMX tuid, CSV id/row)
    source: str                            # source text, markup out (for the source-aware rules)
    targets: list[Target]
    state: str = "translated"              # translated | untranslated | fuzzy | the file's own state word
    finished: bool = True
    notes: tuple[str, ...] = ()            # translator notes/comments (suppressions are read from them)
    source_markup: tuple[str, ...] = ()
    language: Optional[str] = None         # target language of this unit (TMX: one per <tuv>)
    plural_sources: tuple[str, ...] = ()   # msgid_plural for forms past the first
    declared: Optional[str] = None         # the target language the file declares, as written ('de-DE')

    def source_for(self, target: Target) -> str:
        if target.plural and self.plural_sources:
            return self.plural_sources[min(target.plural, len(self.plural_sources)) - 1]
        return self.source


@dataclass
class TranslationFile:
    path: str
    text: str                              # the file's text exactly (BOM out, every line ending kept)
    format: str                            # xliff | xliff2 | po | tmx | csv
    language: Optional[str]                # target language from the file's metadata
    units: list[Unit] = field(default_factory=list)


class Builder:
    """Collects a string's characters with the file offsets each was read from (`track`; a
    source's text needs no offsets)."""

    def __init__(self, track: bool = True):
        self.track = track
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.how: list[str] = []

    def add(self, text: str, start: int, how: str) -> None:
        """Literal characters read at `start` onwards."""
        self.pieces.append(text)
        if self.track:
            n = len(text)
            self.starts.extend(range(start, start + n))
            self.ends.extend(range(start + 1, start + n + 1))
            self.how.extend([how] * n)

    def one(self, char: str, start: int, end: int, how: str) -> None:
        """Characters read from [start, end) (an entity, an escape)."""
        self.pieces.append(char)
        if self.track:
            n = len(char)
            self.starts.extend([start] * n)
            self.ends.extend([end] * n)
            self.how.extend([how] * n)

    @property
    def raw(self) -> str:
        return "".join(self.pieces)

    def text(self) -> str:
        """The string as checked (see `target`), without offsets."""
        return _BREAK_RUN.sub(" ", self.raw).strip()

    def target(self, anchor: tuple[int, int], **kw) -> Target:
        """The checked target: white space holding a line break read as one space, ends trimmed."""
        raw = self.raw
        if not self.track:
            return Target(self.text(), [], [], anchor, **kw)
        pieces, starts, ends, how = [], [], [], []
        pos = 0
        for m in _BREAK_RUN.finditer(raw):
            a, b = m.start(), m.end()
            pieces.append(raw[pos:a])
            starts.extend(self.starts[pos:a]), ends.extend(self.ends[pos:a]), how.extend(self.how[pos:a])
            if a > 0 and b < len(raw):  # inside the text: one space for the run
                pieces.append(" "), starts.append(self.starts[a]), ends.append(self.ends[b - 1]), how.append(FIXED)
            pos = b
        pieces.append(raw[pos:])
        starts.extend(self.starts[pos:]), ends.extend(self.ends[pos:]), how.extend(self.how[pos:])
        text = "".join(pieces)
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        return Target(text[lead:trail], list(zip(starts[lead:trail], ends[lead:trail])), how[lead:trail], anchor, **kw)


def normalize_language(code: Optional[str]) -> Optional[str]:
    """'mr-IN', 'mr_IN', 'MR' → 'mr'; languages checker does not check → None."""
    if not code:
        return None
    head = re.split(r"[-_@.]", code.strip().lower(), 1)[0]
    return head if head in ("ur", "mr") else None
