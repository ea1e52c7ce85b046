#!/usr/bin/env python3
"""Scan time on long tokens: 10,000 and 100,000 characters of one script (or joined by - . _ ,
and spaces), and the ratio. Linear work grows about 10x; a super-linear regex 100x or more.

    python benchmarks/long_tokens.py                 # writes benchmarks/long_tokens.json
    python benchmarks/long_tokens.py --quick         # 2,000 / 20,000 characters

Each text is a word that sets the language, then the token (`unit` repeated to the length). The
garbage collector is paused while timing (its full passes land on the long scan in large, noisy
lumps) and the memo is cleared, so each scan does the whole work; best of 3 short and 2 long runs.
An alarm (`--hang` seconds) stops a scan that does not end, and the row says so.
"""
from __future__ import annotations

import argparse
import gc
import json
import platform
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LATIN = "abcdefghijklmnopqrstuvwxyz"
DEVANAGARI = "कमलनयनसरकारचालणारीप्रकल्प"
URDU = "حکومتپاکستانکراچیلاہور"
ROWS = [  # (name, a word that sets the language, unit)
    ("latin", "आहे ", LATIN), ("latin-upper", "ہے ", LATIN.upper()),
    ("devanagari", "आहे ", DEVANAGARI), ("devanagari-virama", "आहे ", "क्"),
    ("urdu", "ہے ", URDU), ("urdu-harakat", "ہے ", "بَ"),
    ("digits-ascii", "आहे ", "1234567890"), ("digits-devanagari", "आहे ", "१२३४५६७८९०"),
    ("digits-urdu", "ہے ", "۱۲۳۴۵۶۷۸۹۰"),
]
for _sep, _label in (("-", "hyphen"), (".", "dot"), ("_", "underscore"), (",", "comma"), (" ", "space")):
    ROWS += [(f"latin-{_label}", "आहे ", "ab" + _sep), (f"devanagari-{_label}", "आहे ", "कम" + _sep),
             (f"urdu-{_label}", "ہے ", "حک" + _sep), (f"digits-{_label}", "आहे ", "12" + _sep),
             (f"digit-{_label}", "आहे ", "1" + _sep)]


class Hang(Exception):
    pass


def _expired(*_):
    raise Hang()


def scan_seconds(text: str) -> float:
    from checker import check_text
    from checker.pipeline import clear_memos
    clear_memos()
    gc.collect()
    gc.disable()
    try:
        t = time.perf_counter()
        check_text(text)
        return time.perf_counter() - t
    finally:
        gc.enable()


def row(name: str, word: str, unit: str, short: int, long: int, hang: float) -> dict:
    make = lambda n: word + (unit * (n // len(unit) + 1))[:n]  # noqa: E731
    out = {"name": name, "unit": unit, "short_chars": short, "long_chars": long}
    signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, hang)
    try:
        scan_seconds(make(100))  # lazy tables loaded before timing
        a = min(scan_seconds(make(short)) for _ in range(3))
        b = min(scan_seconds(make(long)) for _ in range(2))
        out.update(short_s=round(a, 4), long_s=round(b, 4), ratio=round(b / max(a, 1e-4), 1))
    except Hang:
        out.update(hang=True, ratio=None)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="2,000 and 20,000 characters")
    ap.add_argument("--hang", type=float, default=300.0, help="seconds before a row counts as a hang")
    ap.add_argument("--only", help="rows whose name contains this")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks" / "long_tokens.json")
    args = ap.parse_args(argv)
    short, long = (2_000, 20_000) if args.quick else (10_000, 100_000)
    rows = []
    for name, word, unit in ROWS:
        if args.only and args.only not in name:
            continue
        r = row(name, word, unit, short, long, args.hang)
        rows.append(r)
        print(f"{name:24} {r.get('short_s', '-'):>8} s {r.get('long_s', '-'):>8} s  x{r['ratio']}", flush=True)
    ratios = [r["ratio"] for r in rows if r["ratio"] is not None]
    summary = {"short_chars": short, "long_chars": long, "python": platform.python_version(),
               "max_ratio": max(ratios, default=None), "median_ratio": sorted(ratios)[len(ratios) // 2] if ratios else None,
               "hangs": sum(1 for r in rows if r.get("hang")), "rows": rows}
    args.output.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"max ratio x{summary['max_ratio']}, median x{summary['median_ratio']}, {summary['hangs']} hangs")
    return 1 if summary["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
