#!/usr/bin/env python3
"""Throughput, scaling and latency of `checker scan`, measured on a large corpus built from real text.

Usage: python benchmarks/throughput.py [--mb 50] [--files 4] [--repeat 3] [--clean ../shared/data/clean] [--json out.json]
                                      [--keep DIR]

Builds a corpus of at least --mb megabytes from the human Urdu and Marathi sentences in --clean, repeated and
lightly damaged (mixed digit scripts, broken grouping, missing eyelash ra, Arabic kaf, space before a comma,
a doubled phrase) so that rules fire, as --files files per language. Then times
`checker scan --format jsonl` over it with --jobs 1 and --jobs 2 (when the CLI has --jobs; the fastest of
--repeat runs, which a shared machine's noise makes necessary), reading peak
memory from the child's rusage, and the latency of one pre-commit-style run on a small file next to
`python -c "import regex"`. Prints a table; --json writes the figures.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAMAGE = {
    "mr": [lambda s: s.replace("र्‍य", "र्य").replace("ऱ्य", "र्य"), lambda s: s + " २०२23 मध्ये",
           lambda s: s.replace(",", " ,", 1), lambda s: s + " 8,72,00,30 रुपये", lambda s: s + " " + " ".join(s.split()[:3])],
    "ur": [lambda s: s.replace("ک", "ك", 2), lambda s: s + " ۲۰19 میں", lambda s: s.replace("،", " ،", 1),
           lambda s: s + " 50،000 ڈالر", lambda s: s + " بہتر یا بہتر"],
}
SOURCES = {"mr": ["tico19.mr.txt", "tatoeba.mr.txt", "ud-marathi.mr.txt"], "ur": ["tico19.ur.txt", "tatoeba.ur.txt"]}


def build_corpus(clean: Path, out_dir: Path, megabytes: float, files_per_language: int = 4) -> list[Path]:
    """Files of real sentences, repeated and lightly damaged: `files_per_language` per language
    (a corpus is many files; `--jobs` shares them out)."""
    rng = random.Random(7)
    paths = []
    per_file = megabytes * 1e6 / (len(SOURCES) * files_per_language)
    for lang, names in SOURCES.items():
        lines = [x for n in names for x in (clean / n).read_text(encoding="utf-8").splitlines() if x.strip()]
        for k in range(files_per_language):
            path = out_dir / f"bench.{lang}.{k}.txt"
            size = 0
            with path.open("w", encoding="utf-8") as f:
                while size < per_file:
                    line = rng.choice(lines)
                    if rng.random() < 0.2:
                        line = rng.choice(DAMAGE[lang])(line)
                    data = line + "\n"
                    f.write(data)
                    size += len(data.encode("utf-8"))
            paths.append(path)
    return paths


def count_sentences(report_path: Path) -> int:
    with report_path.open(encoding="utf-8") as f:
        return sum(1 for _ in f)


# Runs a command and prints the peak RSS of its largest process: a fresh parent per run, because
# RUSAGE_CHILDREN only ever grows within one process.
_MEASURE = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")


def timed(cmd: list[str], stdout) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in MB of the command's largest process, exit status."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], stdout=stdout, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    code, peak = map(int, p.stderr.decode().strip().splitlines()[-1].split())
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:6])}…: exit {code}: {p.stderr.decode()[-400:]}")
    return dt, peak // 1024, code


def has_jobs() -> bool:
    out = subprocess.run([sys.executable, "-m", "checker", "scan", "--help"], capture_output=True, text=True).stdout
    return "--jobs" in out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--clean", default=str(ROOT.parent / "shared" / "data" / "clean"))
    ap.add_argument("--json")
    ap.add_argument("--keep", help="build the corpus here and keep it")
    ap.add_argument("--files", type=int, default=4, help="files per language (default 4)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each throughput measurement, the fastest counts (default 3)")
    a = ap.parse_args()

    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="checker-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        run(a, work)
    finally:
        if not a.keep:  # the corpus and reports take several times --mb
            shutil.rmtree(work, ignore_errors=True)


def run(a: argparse.Namespace, work: Path) -> None:
    corpus = build_corpus(Path(a.clean), work, a.mb, a.files)
    files = [str(p) for p in corpus]
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    # Each configuration runs --repeat times, interleaved so that a busy spell of a shared machine
    # slows both alike; the fastest run counts (as timeit does), every run is kept in the JSON.
    job_counts = [1, 2] if has_jobs() else [None]
    runs: dict = {jobs: [] for jobs in job_counts}
    for _ in range(a.repeat):
        for jobs in job_counts:
            cmd = [sys.executable, "-m", "checker", "scan", "--format", "jsonl", "--fail-on", "never"]
            cmd += ["--jobs", str(jobs)] if jobs else []
            out = work / f"report.{jobs}.jsonl"
            with out.open("w") as f:
                runs[jobs].append(timed(cmd + files, f)[:2])
    rows = []
    for jobs in job_counts:
        dt, peak = min(t for t, _ in runs[jobs]), max(p for _, p in runs[jobs])
        n = count_sentences(work / f"report.{jobs}.jsonl")
        rows.append({"jobs": jobs or 1, "seconds": round(dt, 2), "sentences": n, "sentences_per_s": round(n / dt),
                     "mb_per_s": round(mb / dt, 2), "peak_mb": peak,
                     "all_seconds": [round(t, 2) for t, _ in runs[jobs]]})

    # The corpus repeats real sentences (as translation memories do), and checker reuses the analysis
    # of a repeated sentence (per process): measure text without repeats too, so the figures are not
    # flattered — the human corpus once, as one file (so that --jobs splits it into line blocks).
    unique = work / "unique.txt"
    unique.write_text("".join(Path(a.clean, n).read_text(encoding="utf-8") for names in SOURCES.values()
                              for n in names), encoding="utf-8")
    unique_rows = []
    for jobs in ([1, 2] if has_jobs() else [None]):
        out = work / f"report.unique.{jobs}.jsonl"
        cmd = [sys.executable, "-m", "checker", "scan", "--format", "jsonl", "--fail-on", "never", str(unique)]
        dt = math.inf
        for _ in range(a.repeat):
            with out.open("w") as f:
                dt = min(dt, timed(cmd + (["--jobs", str(jobs)] if jobs else []), f)[0])
        n = count_sentences(out)
        unique_rows.append({"jobs": jobs or 1, "sentences": n, "seconds": round(dt, 2),
                            "sentences_per_s": round(n / dt)})

    # Memory against file size: the first corpus file alone, then the whole corpus as one file
    # (streamed: read twice from disk, written sentence by sentence); the target is a flat peak.
    one_file = work / "one-file.txt"
    with one_file.open("wb") as f:
        for name in files:
            f.write(Path(name).read_bytes())
    memory_rows = []
    for name, jobs in ((files[0], 1), (str(one_file), 1), (str(one_file), 2)):
        if jobs == 2 and not has_jobs():
            continue
        cmd = [sys.executable, "-m", "checker", "scan", "--format", "jsonl", "--fail-on", "never", name]
        cmd += ["--jobs", str(jobs)] if has_jobs() else []
        dt, peak, _ = timed(cmd, subprocess.DEVNULL)
        memory_rows.append({"file_mb": round(os.path.getsize(name) / 1e6, 1), "jobs": jobs,
                            "seconds": round(dt, 2), "peak_mb": peak})

    small = ROOT / "corpora" / "mr-deepseek-news.txt"
    lat = min(timed([sys.executable, "-m", "checker", "scan", "--fail-on", "never", str(small)], subprocess.DEVNULL)[0]
              for _ in range(5))
    base = min(timed([sys.executable, "-c", "import regex"], subprocess.DEVNULL)[0] for _ in range(5))
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "corpus_mb": round(mb, 1), "runs": rows, "unique_text": unique_rows, "one_file": memory_rows,
              "small_file_s": round(lat, 3), "import_regex_s": round(base, 3),
              "small_file_target_s": round(2 * base + 0.1, 3)}
    if len(rows) == 2:
        result["speedup_jobs2"] = round(rows[0]["seconds"] / rows[1]["seconds"], 2)

    print(f"corpus: {result['corpus_mb']} MB in {len(files)} files; {result['machine']}")
    print(f"{'jobs':>4} {'seconds':>8} {'sentences':>10} {'sent/s':>8} {'MB/s':>6} {'peak MB':>8}")
    for r in rows:
        print(f"{r['jobs']:>4} {r['seconds']:>8} {r['sentences']:>10} {r['sentences_per_s']:>8} {r['mb_per_s']:>6} {r['peak_mb']:>8}")
    for r in unique_rows:
        print(f"text without repeats (the human corpus once, one file, --jobs {r['jobs']}): {r['sentences']} "
              f"sentences in {r['seconds']} s = {r['sentences_per_s']} sentences/s")
    for r in memory_rows:
        print(f"one file of {r['file_mb']} MB, --jobs {r['jobs']}: {r['seconds']} s, peak {r['peak_mb']} MB")
    if "speedup_jobs2" in result:
        print(f"--jobs 2 speed-up: {result['speedup_jobs2']}x (target >= 1.8x)")
    print(f"small file: {result['small_file_s']} s; python -c 'import regex': {result['import_regex_s']} s; "
          f"target <= {result['small_file_target_s']} s")
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
