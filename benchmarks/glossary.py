#!/usr/bin/env python3
"""How much a large glossary costs: a scan with a generated N-term glossary against the same scan without.

Usage: python benchmarks/glossary.py [--terms 10000] [--repeat 3] [FILE...]
       (default FILE: corpora/mr-deepseek-news.txt corpora/ur-deepseek-news.txt)

The glossary's terms are invented (random Devanagari and Urdu syllables, one to three words, a few
real words of the files mixed in so that some rejected forms match): what counts is its size. Each
command runs --repeat times, interleaved; the fastest run counts. Target: at most 2x without one.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVA = [c + v for c in "कखगचजटडतदनपबमयरलवसह" for v in ("", "ा", "ि", "ी", "ु", "े", "ो")]
URDU = list("ابپتٹجچحخدڈرزسشصطعغفقکگلمنوہی")


def glossary(n: int, files: list[Path], seed: int = 1) -> str:
    rnd = random.Random(seed)
    real = [w for f in files for w in f.read_text(encoding="utf-8").split() if w.isalpha()]
    word = lambda pool, k: "".join(rnd.choice(pool) for _ in range(k))  # noqa: E731
    rows = ["english\tur\tmr\treject"]
    for i in range(n):
        mr = " ".join(word(DEVA, rnd.randint(2, 4)) for _ in range(rnd.randint(1, 3)))
        ur = " ".join(word(URDU, rnd.randint(3, 6)) for _ in range(rnd.randint(1, 3)))
        reject = [rnd.choice(real) if real and rnd.random() < 0.01 else word(DEVA, 3), word(URDU, 5)]
        rows.append(f"Term {i}\t{ur}\t{mr}\t{'|'.join(reject)}")
    return "\n".join(rows) + "\n"


def fastest(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path,
                    default=[ROOT / "corpora/mr-deepseek-news.txt", ROOT / "corpora/ur-deepseek-news.txt"])
    ap.add_argument("--terms", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "glossary.tsv"
        path.write_text(glossary(a.terms, a.files), encoding="utf-8")
        base = [sys.executable, "-m", "checker", "scan", "--format", "jsonl", *map(str, a.files)]
        without, with_ = float("inf"), float("inf")
        for _ in range(a.repeat):  # interleaved: a shared machine's speed drifts
            without = min(without, fastest(base, 1))
            with_ = min(with_, fastest(base + ["--glossary", str(path)], 1))
    print(f"without a glossary: {without:.3f} s; with {a.terms} terms: {with_:.3f} s; "
          f"ratio {with_ / without:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
