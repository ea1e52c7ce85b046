"""Pairing the quantities of a source line with those of its target line (for NUM011)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...analysis.quantities import Quantity


@dataclass
class LineMatch:
    equal: list[tuple[Quantity, Quantity]] = field(default_factory=list)
    changed: list[tuple[Quantity, Quantity, bool]] = field(default_factory=list)  # (source, target, sure)
    missing: list[Quantity] = field(default_factory=list)   # hard source quantities with no partner
    added: list[Quantity] = field(default_factory=list)     # hard target quantities with no partner


def _one_indel(a: str, b: str) -> bool:
    """`b` is `a` with one digit inserted or deleted."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _one_substitution(a: str, b: str) -> bool:
    return len(a) == len(b) > 1 and sum(x != y for x, y in zip(a, b)) == 1


def similarity(s: Quantity, t: Quantity) -> int:
    """How surely `t` is `s` garbled: 2 sure, 1 likely, 0 unrelated."""
    if s.digits and s.digits == t.digits:
        return 2          # regrouped, decimal point moved or lost, magnitude word changed
    if (s.kind == "clock") != (t.kind == "clock"):
        return 0          # a time is never a garbled amount
    if s.kind == "clock":  # changed (`12:00` → `12:07`); sure when a side says it is a time (`1:10` may be a ratio)
        return 2 if s.shown != s.numeral or t.shown != t.numeral else 1
    if s.mantissa is not None and s.mantissa == t.mantissa and s.exponent != t.exponent:
        return 2          # `15 lakh` → `15 कोटी`, `$6 million` → `6`
    if _one_indel(s.digits, t.digits):
        short = min(len(s.digits), len(t.digits))
        dangling = t.numeral.endswith((".", "٫"))
        return 2 if short >= 2 or dangling or s.exponent == t.exponent > 0 else 1
    if _one_substitution(s.digits, t.digits):  # both left over: one changed number, not two
        return 1
    return 0


def _cut_numbers(free: list[Quantity]) -> dict[tuple, list[Quantity]]:
    groups: dict[tuple, list[Quantity]] = {}
    for t in free:
        if t.whole is not None:
            groups.setdefault(t.whole, []).append(t)
    return groups


def match_line(src: list[Quantity], tgt: list[Quantity]) -> LineMatch:
    out = LineMatch()
    used: set[int] = set()
    free_src: list[Quantity] = []
    # 1. Each hard source quantity takes an equal target one (hard first, then the nearest).
    for s in (q for q in src if q.hard):
        options = [(not t.hard, t.whole is not None, t.numeral.rstrip(".٫") != s.numeral,
                    abs(t.start - s.start), i)
                   for i, t in enumerate(tgt) if i not in used and s.equals(t)]
        if options:
            i = min(options)[-1]
            used.add(i)
            out.equal.append((s, tgt[i]))
        else:
            free_src.append(s)
    # 2. A hard target quantity is accounted for by any equal source one (a spelled-out `two`,
    #    an ordinal, a code); a hard source one by any equal soft target one (`दोन`, `دو`).
    free_tgt = [t for i, t in enumerate(tgt) if i not in used and t.hard
                and not any(s.equals(t) for s in src if not ((s.hard or s.kind == "code") and t.whole))]
    free_src = [s for s in free_src if not any(t.equals(s) for t in tgt if not t.hard)]
    # 3. A number cut into a list (`2020` → `20,20`, `39,768` → `39,68`): its parts stand for it.
    for whole, parts in _cut_numbers(free_tgt).items():
        a, b, text = whole
        joined = replace(parts[0], start=a, end=b, numeral=text, shown=text, value=None, mantissa=None,
                         digits="".join(p.digits for p in parts), exponent=parts[-1].exponent, whole=None)
        best = max(free_src, key=lambda s: similarity(s, joined), default=None)
        if best is not None and similarity(best, joined) == 2:
            free_src.remove(best)
            free_tgt = [t for t in free_tgt if t.whole != whole]
            out.changed.append((best, joined, True))
    # 4. What is left over on both sides: pair garbled values, best first.
    pairs = sorted(((similarity(s, t), -abs(s.start - t.start), i, j)
                    for i, s in enumerate(free_src) for j, t in enumerate(free_tgt)), reverse=True)
    taken_s, taken_t = set(), set()
    for score, _, i, j in pairs:
        if score == 0 or i in taken_s or j in taken_t:
            continue
        taken_s.add(i), taken_t.add(j)
        out.changed.append((free_src[i], free_tgt[j], score == 2))
    out.missing = [s for i, s in enumerate(free_src) if i not in taken_s]
    out.added = [t for j, t in enumerate(free_tgt) if j not in taken_t]
    return out
