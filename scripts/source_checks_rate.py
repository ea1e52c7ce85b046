#!/usr/bin/env python3
"""Findings of the source-aware rules per 1,000 line pairs, on human references and on MT, through the command line.

Usage: python scripts/source_checks_rate.py SOURCE.en.txt TARGET.txt [TARGET.txt ...]
           [--select NUM011,SRC001,…,SRC008] [--show 5] [--seed 0]

Runs `python -m checker scan --source SOURCE TARGET --select … --format json` for each target
(a human reference: every finding is a false alarm unless the reference itself slipped; an MT
output: findings are recall), prints per rule and severity the findings per 1,000 pairs, and a
random sample of --show findings per rule with their source, to be judged by hand.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = "NUM011,SRC001,SRC002,SRC003,SRC004,SRC005,SRC006,SRC007,SRC008"


def scan(source: str, target: str, select: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "checker", "scan", "--source", source, target,
                           "--select", select, "--format", "json", "--fail-on", "never"],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr.strip() or f"checker exited {proc.returncode}")
    return json.loads(proc.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source")
    ap.add_argument("targets", nargs="+")
    ap.add_argument("--select", default=RULES)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    source = str(Path(args.source).resolve())
    src_lines = Path(source).read_text(encoding="utf-8").splitlines()
    for target in args.targets:
        report = scan(source, str(Path(target).resolve()), args.select)
        sentences = report["files"][0]["sentences"]
        pairs = max(len({s["line"] for s in sentences}), 1)
        counts = collections.Counter()
        found = collections.defaultdict(list)
        for s in sentences:
            for f in s["findings"]:
                counts[(f["rule"], f["severity"])] += 1
                found[f["rule"]].append((s["line"], f["severity"], f["text"], f["message"]))
        print(f"{target}: {pairs} pairs")
        for rule in args.select.split(","):
            per = "  ".join(f"{sev} {1000 * counts[(rule, sev)] / pairs:5.2f}" for sev in ("error", "warning", "info"))
            print(f"  {rule}  per 1,000 pairs: {per}")
        rng = random.Random(args.seed)
        for rule, items in sorted(found.items()):
            for line, sev, text, message in rng.sample(items, min(args.show, len(items))):
                src = src_lines[line - 1] if line <= len(src_lines) else ""
                print(f"  {rule} {sev} line {line}: «{text[:90]}» {message}\n      source: {src[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
