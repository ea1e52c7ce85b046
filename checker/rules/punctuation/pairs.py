"""Walk the quotes and brackets of one line (paragraph): what opens, closes, mismatches.

Not a rule: PUN004–PUN006 share this walk. A quote opened in one sentence and closed in a later
sentence of the same line is fine, so the walk spans all sentences of a line; how quotes pair
(either direction, Urdu `”…“` and `’’…‘‘`) is quote_walk's. Across lines (PairRule): a quotation
or bracket left open may close on one of the SPAN following lines with text, before a blank
line (sentence-per-line files: MT test sets, translation memories, dialogue); a quotation over
several paragraphs reopens at the start of each one, blank line or not.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

import regex

from .quote_walk import QUOTE_MARKS, STRAIGHT, role, walk_quotes

SPAN = 8  # following lines a quotation or an aside may run over
_PAIRED = ((), False, ())  # the facts of a line whose quotes all pair
BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSE_BRACKETS = {v: k for k, v in BRACKETS.items()}
_BRACKET_MARKS = regex.compile(r"[()\[\]{}]")


@dataclass(frozen=True)
class Mark:
    sentence: int  # index in the document
    offset: int    # in the sentence's normalised text
    char: str      # one character, or two for the Urdu doubled single quote ’’

    @property
    def end(self) -> int:
        return self.offset + len(self.char)


@dataclass(frozen=True)
class Event:
    kind: str      # "unclosed", "unopened", "mismatch"
    mark: Mark     # where to report: the opener for unclosed, the closer otherwise
    other: Mark | None = None  # the opener a mismatching closer met


def _list_marker(text: str, i: int) -> bool:
    """`1)`, `a)`, `iv)`, `१)`: an enumeration, not a bracket left open."""
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return 0 < i - j <= 3 and (j == 0 or text[j - 1].isspace())


def walk_line(sentences, quotes: bool) -> list[Event]:
    """Events of the quotes (quotes=True) or brackets of the sentences of one line."""
    pattern = QUOTE_MARKS if quotes else _BRACKET_MARKS
    found = [(s, m.start(), m.group()) for s in sentences for m in pattern.finditer(s.text)]
    if not found:  # most lines: nothing to pair
        return []
    if quotes:
        return walk_quotes(found, sentences[0].language, _lead(found), Event,
                           lambda s, i, ch: Mark(s.index, i, ch))
    stack: list[Mark] = []
    events: list[Event] = []
    for s, i, ch in found:
        text = s.text
        mark = Mark(s.index, i, ch)
        if ch in BRACKETS:
            stack.append(mark)
        elif stack and stack[-1].char == CLOSE_BRACKETS[ch]:
            stack.pop()
        elif stack:
            events.append(Event("mismatch", mark, stack.pop()))
        elif not _list_marker(text, i) and not text[i - 1:i] in ":;":
            events.append(Event("unopened", mark))
    events += [Event("unclosed", m) for m in stack]
    return events


def _lead(found):
    """An odd count of straight quotes, opening the line's quotes with a closer (`… आहे."`):
    the first continues a quotation from the line before."""
    s, i, ch = found[0]
    if ch == STRAIGHT and sum(c == STRAIGHT for *_, c in found) % 2 and role(s.text, i, 1) == "close":
        return Mark(s.index, i, ch)
    return None


@dataclass(slots=True)
class PairState:
    pending: list = field(default_factory=list)        # marks left open on the last line that had one
    pending_at: tuple = (-SPAN, 0)                     # its (ordinal, line number)
    drop: set = field(default_factory=set)             # (ordinal, event) that nearby lines explain


class Quotation(NamedTuple):
    """What PUN005 needs of a mismatch: the quotation as written when one sentence holds it (its
    span and fix), and whether the closer may be rewritten at all."""
    text: Optional[str]  # None: opener and closer in different sentences
    fixable: bool        # False: the closer touches another quote mark (`"»»`), which no one
                         # reading pairs; rewriting one closer there re-pairs the rest, so a fix
                         # would need a pass per mark and never settle


def _quotation(sentences, e) -> Quotation:
    text = sentences[e.mark.sentence].text
    before = (QUOTE_MARKS.fullmatch(text, k, e.mark.offset) for k in range(max(0, e.mark.offset - 2), e.mark.offset))
    if QUOTE_MARKS.match(text, e.mark.end) or any(before):
        return Quotation(None, False)
    if e.other.sentence != e.mark.sentence:
        return Quotation(None, True)
    return Quotation(sentences[e.mark.sentence].original_text(e.other.offset, e.mark.end), True)


class PairRule:
    """The two passes of PUN004–PUN006: each line's events, less those nearby lines explain: a mark
    left open at a line's end and closed by a stray closer up to SPAN lines with text later, with
    no blank line and no line of paired quotes between (a quotation over several lines of
    sentence-per-line text), or a quote reopened at the start of a later line (a quotation over
    several paragraphs opens each one).
    Pass one finds what nearby lines explain; pass two reports the rest."""

    quotes: bool = True

    def line_facts(self, sentences):
        opens = self.quotes and QUOTE_MARKS.match(sentences[0].text) is not None
        if not opens and not (QUOTE_MARKS if self.quotes else _BRACKET_MARKS).search(sentences[0].line_map.text):
            return None  # most lines: no mark in the whole line, one search instead of one per sentence
        events = tuple(walk_line(sentences, self.quotes))
        if not events and not opens:
            # quotes that all pair: a quotation still open above cannot hold them (ends its window)
            return _PAIRED if self.quotes and QUOTE_MARKS.search(sentences[0].line_map.text) else None
        quoted = tuple(_quotation(sentences, e) if e.kind == "mismatch" else None for e in events)
        return events, opens, quoted

    State = PairState

    def collect(self, state, facts, at):
        if facts == _PAIRED:  # (equal, not identical: facts may come pickled from a worker)
            state.pending = []
            return
        events, opens, _ = facts
        k = at.ordinal
        ordinal, number = state.pending_at
        if state.pending and k - ordinal > SPAN:
            state.pending = []
        unopened = [(k, i) for i, e in enumerate(events) if e.kind == "unopened"]
        same_block = at.line - number == k - ordinal  # no blank line since the pending line
        if state.pending and ((unopened and same_block) or opens):
            state.drop.update(state.pending)
            state.drop.update(unopened)
            state.pending = []
        unclosed = [(k, i) for i, e in enumerate(events) if e.kind == "unclosed"]
        if unclosed:
            state.pending, state.pending_at = unclosed, (k, at.line)

    @staticmethod
    def kept(state, facts, at):
        """(event, Quotation or None) pairs of the line that no nearby line explains."""
        events, _, quoted = facts
        drop = state.drop
        return [(e, q) for i, (e, q) in enumerate(zip(events, quoted)) if (at.ordinal, i) not in drop]
