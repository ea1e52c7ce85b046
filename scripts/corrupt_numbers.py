#!/usr/bin/env python3
"""Corrupt one number per sentence pair the way MT does and measure how many NUM011 finds.

Usage: python scripts/corrupt_numbers.py SOURCE.en.txt TARGET.txt --lang mr [--seed 0] [--show N]

For every pair whose target renders a source number correctly (NUM011 pairs them as equal), one such
number is corrupted per kind:
  drop-digit    one digit deleted                          39,768 → 3,768
  swap-scripts  the digits switch script midway and the    2023 → २०२23, 1,441 → १,441१
                boundary digit is written twice (as MT does)
  regroup       digit groups or the decimal point moved    87,20,030 → 8,72,00,30, 4.8 → 48.
  magnitude     the magnitude word replaced by another     15 लाख → 15 कोटी, ۶ ملین → ۶ ارب
A corrupted pair is found when NUM011 reports something on it that it did not report on the clean
pair. `same-value` (the whole number rewritten in another digit script, value kept) is the control:
there the rule must stay quiet. Prints one line per kind: pairs, found, recall, found as error.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.scripts import digit_script, to_digit_script  # noqa: E402
from checker.langs.magnitudes import MAGNITUDES  # noqa: E402
from checker.normalize import normalize_line  # noqa: E402
from checker.pipeline import check_text  # noqa: E402
from checker.rules.numbers import SourceNumberMismatch  # noqa: E402

KINDS = ("drop-digit", "swap-scripts", "regroup", "magnitude")
CONTROL = "same-value"
RULE = SourceNumberMismatch()
OTHER_SCRIPT = {"ascii": {"mr": "devanagari", "ur": "urdu"}, "devanagari": "ascii", "urdu": "ascii",
                "arabic-indic": "ascii"}
# Replacement magnitude words: every one has a different power of ten from the word it replaces.
NATIVE_MAGNITUDES = {lang: [w for w, (e, _) in MAGNITUDES[lang].items() if e >= 3] for lang in ("mr", "ur")}


def _other(script: str, lang: str) -> str:
    o = OTHER_SCRIPT[script]
    return o[lang] if isinstance(o, dict) else o


def drop_digit(numeral: str, rng: random.Random, lang: str) -> str | None:
    positions = [i for i, c in enumerate(numeral) if digit_script(c)]
    if len(positions) < 2:
        return None
    i = rng.choice(positions)
    out = numeral[:i] + numeral[i + 1:]
    return out.strip(",.،٫٬") if out.strip(",.،٫٬") else None


def swap_scripts(numeral: str, rng: random.Random, lang: str) -> str | None:
    positions = [i for i, c in enumerate(numeral) if digit_script(c)]
    if not positions:
        return None
    script = digit_script(numeral[positions[0]])
    k = rng.choice(positions)  # numeral[:k+1] in the other script, then numeral[k:] again
    return to_digit_script(numeral[:k + 1], _other(script, lang)) + numeral[k:]


def same_value(numeral: str, rng: random.Random, lang: str) -> str | None:
    script = next((digit_script(c) for c in numeral if digit_script(c)), None)
    return to_digit_script(numeral, _other(script, lang)) if script else None


def regroup(numeral: str, rng: random.Random, lang: str) -> str | None:
    seps = [c for c in numeral if not digit_script(c)]
    digits = "".join(c for c in numeral if digit_script(c))
    point = next((c for c in seps if c in ".٫"), None)
    if point and seps.count(point) == 1:  # move the decimal point one place (4.8 → 48. or .48)
        i = numeral.index(point)
        j = i + 1 if i + 2 <= len(numeral) - 1 else i - 1
        if j <= 0:
            return None
        moved = numeral[:i] + numeral[i + 1:]
        out = moved[:j] + point + moved[j:]
        return out if out != numeral else None
    if len(digits) < 4:
        return None
    comma = next((c for c in seps if c in ",٬،"), ",")
    # groups of two from the right, no group of three: 8720030 → 8,72,00,30
    parts = []
    rest = digits
    while len(rest) > 2:
        parts.insert(0, rest[-2:])
        rest = rest[:-2]
    out = comma.join([rest, *parts] if rest else parts)
    if out == numeral:  # already so (a four-digit 12,34?): shift one comma instead
        out = digits[:1] + comma + digits[1:]
    return out


def change_magnitude(quantity, target: str, rng: random.Random, lang: str) -> str | None:
    from checker.analysis.numbers import magnitudes
    words = [m for m in magnitudes(target) if quantity.start < m.start < quantity.end]
    if not words:
        return None
    m = words[0]
    choices = [w for w in NATIVE_MAGNITUDES[lang] if MAGNITUDES[lang][w][0] != m.exponent]
    return target[:m.start] + rng.choice(choices) + target[m.end:]


NUMERAL_CORRUPTIONS = {"drop-digit": drop_digit, "swap-scripts": swap_scripts, "regroup": regroup,
                       CONTROL: same_value}


def findings(source: str, target: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(target + "\n", language=lang, rules=[RULE], sources=[source])
    # compared by what the source has and the verdict, not by how the target spells the number
    return [(f.severity.value, f.message.split(";")[0], _verdict(f.message))
            for s in report.sentences for f in s.findings]


def _verdict(message: str) -> str:
    for word in ("no such number", "added", "without the currency"):
        if word in message:
            return word
    return "changed"


def candidates(source: str, target: str, lang: str):
    """Target quantities that render a source number correctly."""
    from checker.analysis.quantities import quantities
    from checker.rules.numbers.source_matching import match_line
    result = match_line(quantities(source, "en"), quantities(normalize_line(target).text, lang))
    return [t for s, t in result.equal if t.hard and not t.numeral.endswith((".", "٫"))]


def corrupt(source: str, target: str, lang: str, kind: str, rng: random.Random) -> str | None:
    """`target` with one correctly rendered number corrupted by `kind`; None when it has none."""
    options = candidates(source, target, lang)
    if kind == "magnitude":
        options = [t for t in options if t.exponent]
    rng.shuffle(options)
    for t in options:
        if kind == "magnitude":
            out = change_magnitude(t, target, rng, lang)
        else:
            a = t.start
            b = a + len(t.numeral)
            new = NUMERAL_CORRUPTIONS[kind](t.numeral, rng, lang)
            out = None if new is None else target[:a] + new + target[b:]
        if out is not None and out != target:
            return out
    return None


def measure(pairs, lang: str, seed: int = 0, show: int = 0) -> dict[str, tuple[int, int, int]]:
    """kind → (corrupted pairs, found, found as error)."""
    rng = random.Random(seed)
    stats = {k: [0, 0, 0] for k in (*KINDS, CONTROL)}
    missed: dict[str, list] = {k: [] for k in stats}
    for source, target in pairs:
        target = normalize_line(target).text  # the rule reads normalised text: corrupt that
        clean = None
        for kind in stats:
            bad = corrupt(source, target, lang, kind, rng)
            if bad is None:
                continue
            clean = findings(source, target, lang) if clean is None else clean
            new = [f for f in findings(source, bad, lang) if f not in clean]
            stats[kind][0] += 1
            stats[kind][1] += bool(new)
            stats[kind][2] += any(f[0] == "error" for f in new)
            if (not new) != (kind == CONTROL):
                missed[kind].append((source, target, bad, new))
    for kind, rows in missed.items():
        for source, target, bad, new in rows[:show]:
            print(f"[{kind}] {'flagged' if kind == CONTROL else 'missed'}\n  src: {source}\n  tgt: {target}\n"
                  f"  bad: {bad}\n  new: {new}", file=sys.stderr)
    return {k: tuple(v) for k, v in stats.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--lang", choices=("mr", "ur"), required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per kind on stderr")
    args = ap.parse_args()
    src = Path(args.source).read_text(encoding="utf-8").splitlines()
    tgt = Path(args.target).read_text(encoding="utf-8").splitlines()
    if len(src) != len(tgt):
        print(f"{args.source} has {len(src)} lines, {args.target} {len(tgt)}", file=sys.stderr)
        return 2
    stats = measure(zip(src, tgt), args.lang, args.seed, args.show)
    print(f"{'kind':14} {'pairs':>6} {'found':>6} {'recall':>7} {'as error':>9}")
    for kind, (n, found, err) in stats.items():
        print(f"{kind:14} {n:6d} {found:6d} {found / max(n, 1):7.1%} {err / max(n, 1):9.1%}"
              + ("   ← control: value kept, should not be found" if kind == CONTROL else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
