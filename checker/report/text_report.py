"""Terminal output: `path:line:col: CODE message`, the sentence, and a marker under the span."""
from __future__ import annotations

import os
import unicodedata
from typing import TextIO

from ..model import FileReport
from . import summary

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"
CONTEXT = 40   # characters of the sentence shown on each side of a span (a longer span: 2×, cut in the middle)
MESSAGE = 240  # characters of a message, cut in the middle beyond


def _width(s: str) -> int:
    """Terminal columns: combining marks and format characters take none, wide characters two."""
    w = 0
    for c in s:
        cat = unicodedata.category(c)
        if cat in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return w


def _context(sentence: str, start: int, end: int, room: int = CONTEXT) -> tuple[str, str]:
    """The sentence around a span, cut at word boundaries with an ellipsis when long."""
    before, after = sentence[:start], sentence[end:]
    if len(before) > room:
        cut = before.find(" ", len(before) - room)
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - room:]
    if len(after) > room:
        cut = after.rfind(" ", 0, room)
        after = after[:cut if cut > 0 else room] + "…"
    return before, after


def _use_colour(out: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org)."""
    return hasattr(out, "isatty") and out.isatty() and not os.environ.get("NO_COLOR")


# Characters that would move the cursor or reorder the terminal's line (CR, bidi overrides and
# isolates) are shown by name, so the sentence stays on its line and the marker under its span.
_SHOWN = {c: f"<U+{c:04X}>" for c in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0),
                                     0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_SHOWN[0x09] = " "


def visible(text: str) -> str:
    return text.translate(_SHOWN)


_QUOTED = {**{c: repr(chr(c))[1:-1] for c in (*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029)},
           ord('"'): '\\"', ord("\\"): "\\\\"}


def shown_path(path: str) -> str:
    """A file name as git shows one with control characters in it: C-quoted (`"a\\nb.txt"`), so that
    a newline in a name cannot start a line of its own; other names as they are."""
    if not any(ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 or c in "\u2028\u2029" for c in path):
        return path
    return '"' + path.translate(_QUOTED) + '"'


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 or word == "info" else "s")


def _shorten(text: str, room: int) -> str:
    """A long span or message cut in the middle, so that one finding stays a few terminal lines."""
    return text if len(text) <= room else text[:room * 2 // 3] + "…" + text[-(room // 3):]


def _excerpt(sentence: str, span: str, a: int, b: int, room: int = CONTEXT) -> tuple[str, str, str]:
    """(before, span, after) of a finding at sentence offsets [a, b). A span that reaches outside
    the sentence (a character normalisation removed at its edge) is shown beside it."""
    if 0 <= a <= b <= len(sentence):
        before, after = _context(sentence, a, b)
    elif a < 0:  # before the sentence's first character
        before, after = "", _context(span + sentence[max(b, 0):], 0, len(span))[1]
    else:  # after its last
        head = sentence[:min(a, len(sentence))]
        before, after = _context(head + span, len(head), len(head) + len(span))[0], ""
    shown = _shorten(visible(span), 2 * room)
    if span and _width(shown) == 0:  # only invisible characters (ZWSP, soft hyphen…): name them
        shown = "".join(f"<U+{ord(c):04X}>" for c in span)
    return visible(before), shown, visible(after)


def _source_line(checks: dict) -> str:
    """Which source checks ran: a reader tells "checked and fine" from "no source"."""
    from . import rule_list
    rules = rule_list(checks["rules"])
    ran, skipped = checks["sentences_with_source"], checks["sentences_without_source"]
    where = (f"{ran} of {ran + skipped} sentences (the others have no source)" if skipped
             else "the 1 sentence" if ran == 1 else f"all {ran} sentences")
    return f"source checks ran on {where}: {rules}"


def write(reports: list[FileReport], out: TextIO) -> None:
    colour = _use_colour(out)
    for r in reports:
        path = shown_path(r.path)
        for s in r.sentences:
            for f in s.findings:
                sev = f.severity.value
                tag = f"{_COLOURS[sev]}{sev}{_RESET}" if colour else sev
                a, b = f.col - s.col, f.end_col - s.col
                if f.unit is not None:  # a translation file: columns count the file's escapes, find the text
                    k = s.text.find(f.text)
                    a, b = (k, k + len(f.text)) if k >= 0 else (0, 0)  # (markup: shown before the sentence)
                before, span, after = _excerpt(s.text, f.text, a, b)
                message = _shorten(visible(f.message), MESSAGE)
                unit = f" (unit {visible(f.unit)})" if f.unit is not None else ""  # translation files
                out.write(f"{path}:{f.line}:{f.col}: {f.rule} {tag}: {message} «{span}»{unit}\n")
                out.write(f"  | {before}{span}{after}\n")
                out.write(f"  | {' ' * _width(before)}{'^' * max(1, _width(span))}\n")
    c = summary(reports)
    n = c["findings"]
    safe = sum(1 for r in reports for f in r.findings if f.fix is not None and f.fix.safe)
    unsafe = sum(1 for r in reports for f in r.findings if f.fix is not None and not f.fix.safe)
    hint = f"; {safe} fixable with --fix" if safe else ""
    hint += f"; {unsafe} more with --fix --unsafe-fixes" if unsafe else ""
    # before the counts, which stay the summary's last word; a scan given no source at all (a
    # translator's pre-commit run) is not told on every run what it did not ask for: JSON says it
    if c.get("source_checks", {}).get("sentences_with_source"):
        out.write(_source_line(c["source_checks"]) + "\n")
    out.write(f"{_plural(c['files'], 'file')}, {_plural(c['sentences'], 'sentence')}: {_plural(n['error'], 'error')}, "
              f"{_plural(n['warning'], 'warning')}, {_plural(n['info'], 'info')}{hint}\n")
    if "scores" in c:
        from ..scoring.render import corpus_line
        out.write(corpus_line(c["scores"]) + "\n")
