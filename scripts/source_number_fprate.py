#!/usr/bin/env python3
"""NUM011 findings per 1,000 sentence pairs of human translations, through the real command line.

Usage: python scripts/source_number_fprate.py SOURCE.en.txt TARGET.txt [TARGET.txt ...] [--list error]

Runs `python -m checker scan --source SOURCE TARGET --select NUM011 --format json` for each
target, prints findings per 1,000 pairs by severity, and lists the findings of the severity given
to --list (default: error) with their source line, so each can be judged by hand.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import source_checks_rate  # noqa: E402  (its scan: the command line, JSON out)


def scan(source: str, target: str) -> dict:
    return source_checks_rate.scan(source, target, "NUM011")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source")
    ap.add_argument("targets", nargs="+")
    ap.add_argument("--list", default="error", choices=("error", "warning", "info", "none"))
    args = ap.parse_args()
    source = str(Path(args.source).resolve())
    for target in args.targets:
        report = scan(source, str(Path(target).resolve()))
        sentences = report["files"][0]["sentences"]
        pairs = len({s["line"] for s in sentences})
        counts = collections.Counter()
        flagged = collections.defaultdict(set)
        listed = []
        for s in sentences:
            for f in s["findings"]:
                counts[f["severity"]] += 1
                flagged[f["severity"]].add(s["line"])
                if f["severity"] == args.list:
                    listed.append((s["line"], f["text"], f["message"], s.get("source", "")))
        print(f"{target}: {pairs} pairs")
        for sev in ("error", "warning", "info"):
            print(f"  {sev:8} {counts[sev]:4d} findings = {1000 * counts[sev] / max(pairs, 1):5.2f} per 1,000 pairs"
                  f" ({len(flagged[sev])} pairs = {1000 * len(flagged[sev]) / max(pairs, 1):5.2f} per 1,000)")
        for line, text, message, src in listed:
            print(f"  line {line}: «{text}» {message}\n      source: {src[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
