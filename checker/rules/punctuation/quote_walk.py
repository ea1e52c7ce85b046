"""Pair the double quotes of one line as Urdu and Marathi writers write them.

Not a rule: the quote half of the walk PUN004/PUN005 share (pairs.py). Curly double quotes pair
in either direction: `“…”` (Marathi, English), `”…“` (Urdu written right to left, whose opener is
the right-hand glyph), the same glyph twice (`”…”`) and the Urdu doubled single quotes `’’…‘‘`.
Straight `"…"` pair with each other; a straight opener closed by a curly closer (or the reverse)
is a mismatch (PUN005), and so is a guillemet `«` closed by anything but `»`.

Which mark of an odd set is the stray one is read from its glyph and its context (a space before
and a letter after: an opener; a letter before and a space or stop after: a closer), so one
stray mark gives one event, and a correct pair beside it stays quiet. The event sits on the
stray mark where glyphs and spacing tell it apart; in Urdu, where either glyph opens, it may sit
on a mark of the pair next to it.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

STRAIGHT = '"'
CLOSE_GLYPHS = frozenset(("”", "’’"))           # the closer in left-to-right typography
CURLY = CLOSE_GLYPHS | {"“", "‘‘"}
QUOTE_MARKS = regex.compile('’’|‘‘|["“”«»]')   # the doubled single quote is one mark
_WORD = regex.compile(r"\w")


class Open(NamedTuple):
    mark: object     # pairs.Mark
    reversed: bool   # a closer glyph that opened (Urdu `”…“`, or a stray closer)
    role: str


def role(text: str, i: int, n: int) -> str:
    """"open", "close" or "either", from the characters around the mark at text[i:i+n] (a sentence)."""
    before = text[i - 1] if i else " "
    after = text[i + n] if i + n < len(text) else " "
    word_after = after.isalnum()
    if (before.isspace() or before in "([{") and word_after:
        return "open"
    if not word_after and (not before.isspace() or not _WORD.search(text, i + n)):
        return "close"  # nothing left to quote after a mark that ends its sentence (`… دیا "`)
    return "either"


def walk_quotes(found, language: str, lead, event, mark_of):
    """Events of the quote marks `found` ((sentence, offset, char) in reading order) of one line.
    `lead`: a straight mark that continues a quotation from the line before; `event(kind, mark,
    other=None)` builds an event and `mark_of(s, i, ch)` a mark."""
    stack: list[Open] = []
    events = []
    for s, i, ch in found:
        mark = mark_of(s, i, ch)
        r = role(s.text, i, len(ch))
        top = stack[-1] if stack else None
        if mark == lead:
            events.append(event("unopened", mark))
        elif ch == "«":
            stack.append(Open(mark, False, r))
        elif ch == "»":
            if top is None:
                events.append(event("unopened", mark))
            elif stack.pop().mark.char != "«":
                events.append(event("mismatch", mark, top.mark))
        elif ch == STRAIGHT:
            if top is not None and top.mark.char == STRAIGHT:
                stack.pop()
            elif top is not None and r == "close":
                events.append(event("mismatch", mark, stack.pop().mark))  # “… "
            else:
                stack.append(Open(mark, False, r))
        elif top is None:
            stack.append(Open(mark, ch in CLOSE_GLYPHS, r))
        elif _closes(ch, r, top, language):
            stack.pop()
            if top.mark.char not in CURLY:
                events.append(event("mismatch", mark, top.mark))  # "… ” or «… ”
        else:
            stack.append(Open(mark, ch in CLOSE_GLYPHS, r))
    for o in stack:
        # what is left opens a quotation never closed, or closes one opened before this line
        # (or none): the context says which, else the glyph
        closer = o.role == "close" if o.role != "either" and o.mark.char != "«" else o.reversed
        events.append(event("unopened" if closer else "unclosed", o.mark))
    return events


def _closes(ch: str, r: str, top: Open, language: str) -> bool:
    """Does curly mark `ch` (role `r`) close the quotation `top` opened?"""
    if ch in CLOSE_GLYPHS:
        # always: `”…”`, and `اسے’’ … ’’کہتے` (spaces inside the quotes) pairs like a stray `”` and
        # the opener of `”…“` after it would; pairing costs at most one info finding, not two
        return True
    if top.reversed:  # `”…“`: Urdu, right to left; in Marathi only where no word follows
        return language == "ur" or r != "open"
    return r == "close" and top.mark.char != "«"  # `“…“`, `"…“`
