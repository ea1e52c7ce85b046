"""`--fix`/`--diff` on a translation file: fixes are made in the checked targets (checker.fixer, as
for any text), then written back into the target characters they came from, escaped as the place
needs (XML entities, CDATA, PO escapes, CSV quotes). Every other byte of the file stays. A fix the
file cannot take as it is (over a line break, across inline markup or a PO line wrap, in a target
that could not be placed) is not applied, and listed with the reason."""
from __future__ import annotations

import difflib
from typing import Callable, Optional

from .. import fixer
from ..model import Reported
from .model import CDATA, CSV, CSV_BARE, FIXED, PO, XML, Target
from .place import Checked, Lines


def escape(how: str, text: str) -> Optional[str]:
    """`text` as written at a place of kind `how`; None when it cannot be written there."""
    if "\n" in text or "\r" in text:
        return None
    if how == XML:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if how == CDATA:
        return None if "]]>" in text else text
    if how == PO:
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if how == CSV:
        return text.replace('"', '""')
    if how == CSV_BARE:
        return None if any(c in text for c in ',;\t"') else text
    return None


def refusal(t: Target, a: int, b: int, replacement: str) -> Optional[str]:
    """Why target characters [a, b) cannot be replaced in the file (None: they can)."""
    if t.unmapped or not t.spans:
        return t.unmapped or "the target could not be placed in the file"
    if b > a:
        hows = set(t.how[a:b])
        if FIXED in hows:
            return "the span holds a line break or an escape that is kept as written"
        if any(t.spans[i][1] != t.spans[i + 1][0] for i in range(a, b - 1)):
            return "the span crosses inline markup, a CDATA boundary or a line wrap"
        how = t.how[a]
    else:
        if 0 < a < len(t.spans) and t.spans[a - 1][1] != t.spans[a][0]:
            return "the insertion point sits next to inline markup or a line wrap"
        how = t.how[a - 1] if a > 0 else t.how[0] if t.how else None
        if how == FIXED:
            how = t.how[a] if a < len(t.how) else None
    if how is None or escape(how, replacement) is None:
        return f"the replacement cannot be written there ({how or 'no text'})"
    return None


def edits(t: Target, old: str, new: str) -> list | str:
    """File replacements (start, end, text) that turn target `old` into `new`, or the reason why not."""
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        reason = refusal(t, i1, i2, new[j1:j2])
        if reason:
            return reason
        if i2 > i1:
            start, end, how = t.spans[i1][0], t.spans[i2 - 1][1], t.how[i1]
        else:
            start = end = t.spans[i1][0] if i1 < len(t.spans) else t.spans[-1][1]
            how = t.how[i1 - 1] if i1 > 0 and t.how[i1 - 1] != FIXED else t.how[min(i1, len(t.how) - 1)]
        out.append((start, end, escape(how, new[j1:j2])))
    return out


def fix_file(text: str, checked: list[Checked], check: Callable, unsafe: bool) -> tuple[str, int, list[str], object]:
    """(the new file text, how many replacements, notes on fixes not applied, the fixer's result)."""
    lines = [c.target.text for c in checked]
    sources = [c.unit.source_for(c.target) for c in checked]
    refused: dict = {}

    def accept(f: Reported) -> bool:
        c = checked[f.line - 1]
        if "*" in c.ignored or f.rule in c.ignored:
            return False
        reason = refusal(c.target, f.col - 1, f.end_col - 1, f.fix.replacement)
        if reason:
            refused.setdefault((f.line, f.col, f.rule), (c, f, reason))
        return reason is None

    joined = "".join(x + "\n" for x in lines)
    fixed = fixer.fix_text(joined, lambda x: check(x, sources=sources), unsafe=unsafe, accept=accept)
    where = Lines(text)
    notes = []
    replacements = []
    for c, old, new in zip(checked, lines, fixed.text.split("\n")):
        if old == new:
            continue
        found = edits(c.target, old, new)
        if isinstance(found, str):
            line, col = where.at(c.target.anchor[0])
            notes.append(f"{line}:{col}: fixes in unit {c.label} not applied: {found}")
            continue
        replacements.extend(found)
    for c, f, reason in refused.values():
        line, col = where.at(c.target.spans[f.col - 1][0] if c.target.spans else c.target.anchor[0])
        notes.append(f"{line}:{col}: {f.rule} fix «{f.text}» → «{f.fix.replacement}» in unit {c.label} "
                     f"not applied: {reason}")
    replacements.sort()
    pieces, pos = [], 0
    for start, end, new in replacements:
        if start < pos:
            continue
        pieces.append(text[pos:start])
        pieces.append(new)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), len(replacements), notes, fixed
