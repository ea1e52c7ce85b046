"""The unit model every format reader produces: what is checked, and where each character sits in the file.

A `Target` is one checked string (a unit's target, or one plural form of it): its text as the
rules see it (inline markup out, entities and escapes decoded, a run of white space holding a line
break read as one space, the ends trimmed), and for each character the [start, end) code-point
offsets of the file text it was read from. `how` says how a character may be rewritten there:
`XML`, `CDATA`, `PO`, `CSV` (a quoted cell) or `CSV_BARE` escaping, or `FIXED` for a character that stands for something else
(a line break, an escape the writer cannot reproduce): a fix over it is not applied.
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
    """Collects a target's characters with their file spans."""

    def __init__(self):
        self.chars: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.how: list[str] = []

    def add(self, text: str, start: int, how: str) -> None:
        """Literal characters read at `start` onwards."""
        for k, c in enumerate(text):
            self.chars.append(c)
            self.spans.append((start + k, start + k + 1))
            self.how.append(how)

    def one(self, char: str, start: int, end: int, how: str) -> None:
        """Characters read from [start, end) (an entity, an escape); several for an astral escape."""
        for c in char:
            self.chars.append(c)
            self.spans.append((start, end))
            self.how.append(how)

    @property
    def raw(self) -> str:
        return "".join(self.chars)

    def target(self, anchor: tuple[int, int], **kw) -> Target:
        """The checked target: white space holding a line break read as one space, ends trimmed."""
        raw = self.raw
        chars, spans, how = [], [], []
        pos = 0
        for m in _BREAK_RUN.finditer(raw):
            for k in range(pos, m.start()):
                chars.append(raw[k]), spans.append(self.spans[k]), how.append(self.how[k])
            if m.start() > 0 and m.end() < len(raw):  # inside the text: one space for the run
                chars.append(" "), spans.append((self.spans[m.start()][0], self.spans[m.end() - 1][1]))
                how.append(FIXED)
            pos = m.end()
        for k in range(pos, len(raw)):
            chars.append(raw[k]), spans.append(self.spans[k]), how.append(self.how[k])
        text = "".join(chars)
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        return Target(text[lead:trail], spans[lead:trail], how[lead:trail], anchor, **kw)


def normalize_language(code: Optional[str]) -> Optional[str]:
    """'mr-IN', 'mr_IN', 'MR' → 'mr'; languages checker does not check → None."""
    if not code:
        return None
    head = re.split(r"[-_@.]", code.strip().lower(), 1)[0]
    return head if head in ("ur", "mr") else None
