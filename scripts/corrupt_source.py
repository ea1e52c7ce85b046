#!/usr/bin/env python3
"""Inject the damage the source-aware rules look for into human references and measure how much they find.

Usage: python scripts/corrupt_source.py SOURCE.en.txt TARGET.txt --lang mr [--seed 0] [--limit 400]

Per kind, a correct reference pair is damaged the way MT damages it, and the rule for that kind
must report something (at warning or error) on the damaged pair that it did not report on the clean one:
  drop-token    a must-survive token the target kept (URL, hashtag, code…) deleted   SRC001
  garble-token  one character of that token changed (a code: one digit)              SRC001
  copy-source   the target replaced by its English source                             SRC002
  truncate      the target cut after its first quarter of words (12 words or more)    SRC003
  pad           the target's last five words repeated four times                      SRC003
  add-aside     a bracketed aside of another line's words appended                    SRC004
  stock-line    three lines in a row given the first one's target                     SRC005
  drop-sentence two pairs joined into one, then the second target sentence dropped     SRC006
                (or SRC003, whose share a target far too short is)
  drop-marker   a `1. ` list marker opening both sides, then dropped from the target   SRC007
  double-space  one space of the target doubled                                       SRC008
Prints one line per kind: pairs, found, recall.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.scripts import digit_script  # noqa: E402
from checker.analysis.source_tokens import lost_tokens, must_survive  # noqa: E402
from checker.pipeline import check_text  # noqa: E402
from checker.rules import rule_by_code  # noqa: E402

KINDS = {"drop-token": "SRC001", "garble-token": "SRC001", "copy-source": "SRC002", "truncate": "SRC003",
         "pad": "SRC003", "add-aside": "SRC004", "stock-line": "SRC005", "drop-sentence": "SRC006",
         "drop-marker": "SRC007", "double-space": "SRC008"}


def reported(code: str, sources: list[str], targets: list[str], lang: str) -> set[int]:
    """Line numbers (0-based) with a finding of `code` at warning or error."""
    report = check_text("\n".join(targets) + "\n", language=lang, rules=[rule_by_code(code)], sources=sources)
    return {s.line - 1 for s in report.sentences for f in s.findings
            if f.rule == code and f.severity in ("warning", "error")}


def _kept_token(source: str, target: str) -> str | None:
    lost = {s.token for s in lost_tokens(source, target)}
    kept = [t for _, t in must_survive(source) if t not in lost and t in target]
    return kept[0] if kept else None


def _garble(token: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(token) if digit_script(c)]
    i = rng.choice(digits or range(len(token) // 2, len(token)))
    c = token[i]
    new = str((int(c) + rng.randint(1, 8)) % 10) if c.isdigit() else ("x" if c != "x" else "q")
    return token[:i] + new + token[i + 1:]


def corrupt(kind: str, source: str, target: str, other: str, rng: random.Random) -> str | None:
    words = target.split()
    if kind in ("drop-token", "garble-token"):
        token = _kept_token(source, target)
        if token is None:
            return None
        return target.replace(token, "" if kind == "drop-token" else _garble(token, rng))
    if kind == "copy-source":
        return source
    if kind == "truncate":
        return " ".join(words[:len(words) // 4]) if len(words) >= 12 else None
    if kind == "pad":
        return " ".join(words + words[-5:] * 4) if len(words) >= 5 else None
    if kind == "double-space":
        return target.replace(" ", "  ", 1) if len(words) >= 2 and "  " not in source else None
    if kind == "add-aside":
        aside = other.split()[:6]
        return f"{target} ({' '.join(aside)})" if len(aside) >= 3 and "(" not in source else None
    raise ValueError(kind)


def measure(sources: list[str], targets: list[str], lang: str, seed: int, limit: int) -> dict[str, tuple[int, int]]:
    rng = random.Random(seed)
    out = {}
    for kind, code in KINDS.items():
        if kind in ("drop-sentence", "drop-marker"):
            out[kind] = _structure(kind, code, sources, targets, lang, limit)
            continue
        clean = reported(code, sources, targets, lang)
        if kind == "stock-line":  # every fourth block of three lines shares its first target
            damaged, hit = list(targets), []
            for i in range(0, min(len(targets), 4 * limit) - 3, 12):
                if len({sources[i], sources[i + 1], sources[i + 2]}) == 3 and len(targets[i].split()) >= 5:
                    damaged[i + 1] = damaged[i + 2] = targets[i]
                    hit += [i + 1, i + 2]
        else:
            damaged, hit = list(targets), []
            for i, (s, t) in enumerate(zip(sources, targets)):
                if len(hit) >= limit or i in clean or not t.strip():
                    continue
                new = corrupt(kind, s, t, targets[(i + 7) % len(targets)], rng)
                if new is not None and new != t:
                    damaged[i] = new
                    hit.append(i)
        found = reported(code, sources, damaged, lang)
        out[kind] = (len(hit), sum(i in found and i not in clean for i in hit))
    return out


def _structure(kind: str, code: str, sources: list[str], targets: list[str], lang: str,
               limit: int) -> tuple[int, int]:
    """(pairs, found) for damage that needs clean pairs made for it: two pairs joined into one (a
    source of two sentences), or a list marker opening both sides."""
    if kind == "drop-sentence":
        pairs = [(f"{sources[i]} {sources[i + 1]}", f"{targets[i]} {targets[i + 1]}", targets[i])
                 for i in range(0, len(sources) - 1, 2) if targets[i].strip() and targets[i + 1].strip()]
    else:
        pairs = [(f"1. {s}", f"1. {t}", t) for s, t in zip(sources, targets) if t.strip()]
    pairs = pairs[:limit]
    srcs, clean_targets, damaged = [p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs]
    codes = (code, "SRC003") if kind == "drop-sentence" else (code,)
    clean = set().union(*(reported(c, srcs, clean_targets, lang) for c in codes))
    found = set().union(*(reported(c, srcs, damaged, lang) for c in codes))
    hit = [i for i in range(len(pairs)) if i not in clean]
    return len(hit), sum(i in found for i in hit)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--lang", required=True, choices=("mr", "ur"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=400, help="damaged pairs per kind at most")
    a = ap.parse_args()
    sources = Path(a.source).read_text(encoding="utf-8").splitlines()
    targets = Path(a.target).read_text(encoding="utf-8").splitlines()
    print(f"{'kind':14} {'rule':6} {'pairs':>6} {'found':>6} {'recall':>7}")
    for kind, (n, found) in measure(sources, targets, a.lang, a.seed, a.limit).items():
        print(f"{kind:14} {KINDS[kind]:6} {n:6d} {found:6d} {found / max(n, 1):7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
