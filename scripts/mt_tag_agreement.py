#!/usr/bin/env python3
"""How many TRL/CON findings on real en→mr MT fall on tokens human annotators tagged BAD vs OK.

Usage: python scripts/mt_tag_agreement.py [MT_DIR] [--prefixes TRL,CON] [--show N]
       (default MT_DIR: ../shared/data/mt; files wordlevel_dev_2022.mt and .tags)

Format: `.mt` has one tokenised sentence per line ending in `<EOS>`; `.tags` has one OK/BAD tag per
token, the last one for `<EOS>` (omissions). If a tags line instead holds 2n+1 tags (WMT style,
gap tags interleaved with word tags), the word tags are taken from the odd positions.
The `.mt` lines, `<EOS>` removed, are scanned as one Marathi document (consistency rules then see
the whole file). A finding counts as BAD when any token its span overlaps is tagged BAD.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.pipeline import check_text  # noqa: E402
from checker.rules import all_rules  # noqa: E402


def word_tags(tokens: list[str], tags: list[str]) -> list[str]:
    if len(tags) == len(tokens):
        return tags
    if len(tags) == 2 * len(tokens) + 1:
        return tags[1::2]
    raise SystemExit(f"cannot align {len(tags)} tags with {len(tokens)} tokens")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mt_dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "mt"))
    ap.add_argument("--prefixes", default="TRL,CON")
    ap.add_argument("--show", type=int, default=10)
    a = ap.parse_args()
    d = Path(a.mt_dir)
    mt = (d / "wordlevel_dev_2022.mt").read_text(encoding="utf-8").splitlines()
    tg = (d / "wordlevel_dev_2022.tags").read_text(encoding="utf-8").splitlines()
    lines, spans, tags = [], [], []
    for m, t in zip(mt, tg):
        toks = m.split()
        wt = word_tags(toks, t.split())
        if toks and toks[-1] == "<EOS>":
            toks, wt = toks[:-1], wt[:-1]
        pos, offs = 0, []
        for tok in toks:
            offs.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        lines.append(" ".join(toks))
        spans.append(offs)
        tags.append(wt)
    rules = [r for r in all_rules() if r.code.startswith(tuple(a.prefixes.split(",")))]
    report = check_text("\n".join(lines) + "\n", path="wordlevel_dev_2022.mt", language="mr", rules=rules)
    result, examples = Counter(), []
    for f in report.findings:
        lo, hi = f.col - 1, f.end_col - 1
        hit = [tag for (x, y), tag in zip(spans[f.line - 1], tags[f.line - 1]) if x < hi and lo < y]
        verdict = "BAD" if "BAD" in hit else "OK"
        result[(f.rule, f.severity.value, verdict)] += 1
        result[verdict] += 1
        examples.append(f"  {verdict:3} {f.rule} {f.severity.value}: line {f.line} «{f.text}»")
    all_tags = Counter(x for t in tags for x in t)
    print(f"tokens: {sum(all_tags.values())}, BAD {all_tags['BAD']} "
          f"({100 * all_tags['BAD'] / max(sum(all_tags.values()), 1):.1f}% base rate)")
    for key in sorted(k for k in result if isinstance(k, tuple)):
        print(f"  {key[0]} {key[1]} on {key[2]} tokens: {result[key]}")
    print("\n".join(examples[:a.show]))
    n = result["BAD"] + result["OK"]
    print(f"findings: {n}; on BAD tokens {result['BAD']}, on OK tokens {result['OK']}"
          + (f" ({100 * result['BAD'] / n:.0f}% BAD)" if n else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
