"""Walk the quotes and brackets of one line (paragraph): what opens, closes, mismatches.

Not a rule: PUN004–PUN006 share this walk. A quote opened in one sentence and closed in a later
sentence of the same line is fine, so the walk spans all sentences of a line.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

OPEN_QUOTES, CLOSE_QUOTES = {"“": "”", "«": "»"}, {"”": "“", "»": "«"}
STRAIGHT = '"'
SPAN = 8  # lines a quotation may run over (dialogue in sentence-per-line text)
BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSE_BRACKETS = {v: k for k, v in BRACKETS.items()}
_QUOTE_MARKS = regex.compile('["“”«»]')
_BRACKET_MARKS = regex.compile(r"[()\[\]{}]")


@dataclass(frozen=True)
class Mark:
    sentence: int  # index in the document
    offset: int    # in the sentence's normalised text
    char: str


@dataclass(frozen=True)
class Event:
    kind: str      # "unclosed", "unopened", "mismatch"
    mark: Mark     # where to report: the opener for unclosed, the closer otherwise
    other: Mark | None = None  # the opener a mismatching closer met


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def _list_marker(text: str, i: int) -> bool:
    """`1)`, `a)`, `iv)`, `१)`: an enumeration, not a bracket left open."""
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return 0 < i - j <= 3 and (j == 0 or text[j - 1].isspace())


def walk_line(sentences, quotes: bool) -> list[Event]:
    """Events of the quotes (quotes=True) or brackets of the sentences of one line."""
    stack: list[Mark] = []
    events: list[Event] = []
    pattern = _QUOTE_MARKS if quotes else _BRACKET_MARKS
    found = [(s, m.start(), m.group()) for s in sentences for m in pattern.finditer(s.text)]
    if not found:  # most lines: nothing to pair
        return events
    # An odd count of straight quotes, opening the line's quotes with a closer (`… आहे."`), continues
    # a quotation from the line before.
    lead = None
    if quotes and found[0][2] == STRAIGHT and sum(ch == STRAIGHT for *_, ch in found) % 2 \
            and _straight_role(found[0][0].text, found[0][1]) == "close":
        lead = Mark(found[0][0].index, found[0][1], STRAIGHT)
    for s, i, ch in found:
        text = s.text
        mark = Mark(s.index, i, ch)
        if quotes:
            if ch in OPEN_QUOTES:
                stack.append(mark)
            elif ch in CLOSE_QUOTES:
                if not stack:
                    events.append(Event("unopened", mark))
                elif (opener := stack.pop()).char != CLOSE_QUOTES[ch]:
                    events.append(Event("mismatch", mark, opener))
            elif mark == lead:
                events.append(Event("unopened", mark))
            elif stack and stack[-1].char == STRAIGHT:
                stack.pop()
            elif stack and _straight_role(text, i) == "close":
                events.append(Event("mismatch", mark, stack.pop()))  # “… "
            else:
                stack.append(mark)
        elif ch in BRACKETS:
            stack.append(mark)
        elif stack and stack[-1].char == CLOSE_BRACKETS[ch]:
            stack.pop()
        elif stack:
            events.append(Event("mismatch", mark, stack.pop()))
        elif not _list_marker(text, i) and not text[i - 1:i] in ":;":
            events.append(Event("unopened", mark))
    events += [Event("unclosed", m) for m in stack]
    return events


class PairRule:
    """The two passes of PUN004–PUN006: each line's events, less those nearby lines explain: a quote
    left open at a line's end and closed by a stray closer up to SPAN lines later (dialogue over
    several lines), or reopened at the start of the next line (a quotation over several
    paragraphs opens each one). Pass one finds what nearby lines explain; pass two reports the rest."""

    quotes: bool = True

    def line_facts(self, sentences):
        first = sentences[0].text[:1]
        opens = self.quotes and (first in OPEN_QUOTES or first == STRAIGHT)
        if not opens and not (_QUOTE_MARKS if self.quotes else _BRACKET_MARKS).search(sentences[0].line_map.text):
            return None  # most lines: no mark in the whole line, one search instead of one per sentence
        events = tuple(walk_line(sentences, self.quotes))
        if not events and not opens:
            return None
        # the quotation a mismatch inside one sentence covers, as written (PUN005's span and fix)
        quoted = tuple(sentences[e.mark.sentence].original_text(e.other.offset, e.mark.offset + 1)
                       if e.kind == "mismatch" and e.other.sentence == e.mark.sentence else None
                       for e in events)
        return events, opens, quoted

    def start(self):
        return {"pending": [], "pending_line": -SPAN, "drop": set()}

    def collect(self, state, facts, at):
        events, opens, _ = facts
        k = at.ordinal
        if state["pending"] and k - state["pending_line"] > SPAN:
            state["pending"] = []
        unopened = [(k, i) for i, e in enumerate(events) if e.kind == "unopened"]
        if state["pending"] and (unopened or opens):
            state["drop"].update(state["pending"])
            state["drop"].update(unopened)
            state["pending"] = []
        unclosed = [(k, i) for i, e in enumerate(events) if e.kind == "unclosed"]
        if unclosed:
            state["pending"], state["pending_line"] = unclosed, k

    @staticmethod
    def kept(state, facts, at):
        """(event, quoted text) pairs of the line that no nearby line explains."""
        events, _, quoted = facts
        drop = state["drop"]
        return [(e, q) for i, (e, q) in enumerate(zip(events, quoted)) if (at.ordinal, i) not in drop]
