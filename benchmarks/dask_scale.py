#!/usr/bin/env python3
"""Dask on one machine against --jobs: `checker scan --dask` on a LocalCluster of 2 single-threaded
worker processes against `checker scan --jobs 2` (and --jobs 1), and `checker filter --dask` against
`checker filter` in one process, on a corpus in which no line repeats (benchmarks/corpus.py's builder:
the human Urdu and Marathi text of ../shared/data/clean, then new sentences from its word trigrams).

Usage: python benchmarks/dask_scale.py [--mb 240 | --quick] [--repeat 2] [--json benchmarks/dask_scale.json]

- throughput: the whole corpus ("4x", just over 1 million distinct lines at 240 MB) as files of under 16 MB, so
  that `--jobs` checks each file whole in one process (a larger file it reads twice), as `scan --dask`
  does on a worker (two files or more per worker: checker.distributed.scan.WHOLE_FILE); the cluster is
  started before each Dask run and its start-up timed apart, the command given its address. Runs are
  interleaved, round by round, so that the machine's other load slows both alike; the fastest counts
  and the median is kept beside it. The reports are compared byte for byte.
- `--jobs 1`: on a quarter of the corpus ("1x"), for the rate per core.
- memory per worker as the corpus grows: `scan --dask` on one file per language of 1x and of 4x (split
  in partitions; the reduce over one document's facts grows with it if anything does), `filter --dask`
  on one file of 1x and of 4x: each worker's peak RSS (VmHWM), read on the workers (a fresh cluster per run).
- CPU seconds of a Dask run: the command, the worker and nanny processes, and the scheduler (in this
  process), so that the engine's overhead shows beside the wall time.
--quick: a tiny corpus and one round (the test suite runs it so that the script keeps working; its
timings mean nothing).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import measure  # noqa: E402
from measure import load, timed  # noqa: E402
from throughput import CLEAN, concat, report_counts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
FILE_MB = 12  # files of the throughput corpus stay under workflow.STREAM_MIN_BYTES (16 MB)
PRICE_PER_CORE_HOUR = 0.04  # US$, an assumed on-demand price of one vCPU-hour, for the estimate only


def scan(paths: list[Path], jobs: Optional[int] = None, dask: Optional[str] = None) -> list[str]:
    how = ["--dask", dask] if dask else ["--jobs", str(jobs)]
    return [sys.executable, "-m", "checker", "scan", "--format", "jsonl", "--fail-on", "never", "--no-progress",
            "--no-config", *how, *map(str, paths)]


def filter_cmd(path: Path, kept: Path, rejected: Path, dask: Optional[str] = None) -> list[str]:
    return [sys.executable, "-m", "checker", "filter", str(path), "--kept", str(kept), "--rejected", str(rejected),
            "-q", *(["--dask", dask] if dask else [])]


# ---- a Dask run: a fresh LocalCluster, its start-up timed apart, its workers' peak memory ----------

def _worker_usage() -> dict:
    """On a worker: its peak RSS (MB) and CPU seconds so far. The peak is the kernel's high-water
    mark of this process's own memory (VmHWM): ru_maxrss would also count the process that
    started it (Linux carries it over fork and exec), here the benchmark holding the corpus."""
    import resource
    r = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb = r.ru_maxrss
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            peak_kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        pass
    return {"peak_mb": peak_kb // 1024, "cpu_s": r.ru_utime + r.ru_stime}


def _cluster_cpu() -> float:
    """CPU seconds of this process's children still running: the nannies and their workers."""
    import psutil
    total = 0.0
    for p in psutil.Process().children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


@dataclass
class Run:
    wall_s: float
    cpu_s: float            # everything the run cost: command, workers, nannies, scheduler
    peak_mb: int            # the largest process of the command (Dask: the largest worker)
    startup_s: float = 0.0  # Dask: the cluster's start, not in wall_s
    workers_peak_mb: list = field(default_factory=list)
    command_cpu_s: float = 0.0


def dask_run(cmd: Callable[[str], list[str]], output: Optional[Path]) -> Run:
    import distributed
    t0 = time.perf_counter()
    with distributed.LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(WORKERS)
        startup = time.perf_counter() - t0
        before = sum(u["cpu_s"] for u in client.run(_worker_usage).values())
        nannies, here = _cluster_cpu(), time.process_time()
        with (output.open("w", encoding="utf-8") if output else open(os.devnull, "w")) as out:
            r = timed(cmd(cluster.scheduler_address), out)
        scheduler = time.process_time() - here
        usage = client.run(_worker_usage)
        cluster_cpu = _cluster_cpu() - nannies
        workers = sum(u["cpu_s"] for u in usage.values()) - before
    peaks = sorted(u["peak_mb"] for u in usage.values())
    return Run(r.wall_s, round(r.cpu_s + max(cluster_cpu, workers) + scheduler, 3), max(peaks), round(startup, 3),
               peaks, r.cpu_s)


@dataclass
class Measurement:
    name: str
    cmd: Callable[[Optional[str]], list[str]]   # given the scheduler's address for a Dask run, else None
    dask: bool = False
    output: Optional[Path] = None
    repeat: int = 0                              # 0: every round
    runs: list[Run] = field(default_factory=list)

    def run_once(self) -> None:
        if self.dask:
            self.runs.append(dask_run(self.cmd, self.output))
            return
        with (self.output.open("w", encoding="utf-8") if self.output else open(os.devnull, "w")) as out:
            r = timed(self.cmd(None), out)
        self.runs.append(Run(r.wall_s, r.cpu_s, r.peak_mb, command_cpu_s=r.cpu_s))

    def summary(self) -> dict:
        walls, cpus = [r.wall_s for r in self.runs], [r.cpu_s for r in self.runs]
        out = {"name": self.name, "wall_s": min(walls), "wall_median_s": statistics.median(walls),
               "cpu_s": min(cpus), "peak_mb": max(r.peak_mb for r in self.runs)}
        if self.dask:
            out["startup_s"] = min(r.startup_s for r in self.runs)
            out["workers_peak_mb"] = max((r.workers_peak_mb for r in self.runs), key=max)
        return {**out, "runs": [asdict(r) for r in self.runs]}


def rounds(ms: list[Measurement], repeat: int) -> None:
    """Round by round, each measurement in turn (those with their own smaller `repeat` drop out)."""
    for k in range(repeat):
        for m in ms:
            if m.repeat and k >= m.repeat:
                continue
            m.run_once()
            r = m.runs[-1]
            print(f"round {k + 1}/{repeat}: {m.name}: {r.wall_s:.1f} s wall, {r.cpu_s:.1f} s CPU, {r.peak_mb} MB"
                  f"{f', start-up {r.startup_s:.1f} s, workers {r.workers_peak_mb} MB' if m.dask else ''}; "
                  f"load {load()}", file=sys.stderr, flush=True)


# ---- the corpora ------------------------------------------------------------------------------

def corpora(clean: Path, work: Path, megabytes: float) -> dict:
    """The throughput files (4x, and their first quarter per language, 1x), one file per language of
    1x and of 4x, and one file of all lines of 1x and of 4x (for filter)."""
    per_language = max(4, 4 * math.ceil(megabytes / 2 / FILE_MB / 4))  # a multiple of 4: quarters
    (work / "files").mkdir(parents=True, exist_ok=True)
    files, stats = corpus.distinct_corpus(clean, work / "files", megabytes, per_language)
    by_lang = [files[:per_language], files[per_language:]]
    quarter = [p for group in by_lang for p in group[:per_language // 4]]
    one = {"1x": [concat(g[:per_language // 4], work / f"one.1x.{k}.txt") for k, g in enumerate(by_lang)],
           "4x": [concat(g, work / f"one.4x.{k}.txt") for k, g in enumerate(by_lang)]}
    return {"files": files, "quarter": quarter, "one": one, "stats": stats, "per_language": per_language,
            "all": {size: concat(paths, work / f"all.{size}.txt") for size, paths in one.items()}}


def mb(paths: list[Path]) -> float:
    return round(sum(os.path.getsize(p) for p in paths) / 1e6, 1)


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        with p.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def plan(c: dict, work: Path) -> dict[str, Measurement]:
    once = 1  # all but the Dask / --jobs 2 pair run once (each is minutes at full size on a busy machine)
    m = {
        "scan_dask_4x": Measurement("scan --dask (LocalCluster, 2 workers), 4x", lambda a: scan(c["files"], dask=a),
                                    True, work / "r.dask.jsonl"),
        "scan_jobs2_4x": Measurement("scan --jobs 2, 4x", lambda a: scan(c["files"], 2), output=work / "r.j2.jsonl"),
        "scan_jobs1_1x": Measurement("scan --jobs 1, 1x", lambda a: scan(c["quarter"], 1), output=work / "r.j1.jsonl",
                                     repeat=once),
        "filter_dask_1x": Measurement("filter --dask, one file of 1x",
                                      lambda a: filter_cmd(c["all"]["1x"], work / "fk", work / "fr", a), True,
                                      repeat=once),
        "filter_one_1x": Measurement("filter, one process, one file of 1x",
                                     lambda a: filter_cmd(c["all"]["1x"], work / "kept.txt", work / "rej.jsonl"),
                                     repeat=once),
    }
    for size in ("1x", "4x"):
        m[f"scan_dask_one_{size}"] = Measurement(f"scan --dask, one file per language of {size}",
                                                 lambda a, s=size: scan(c["one"][s], dask=a), True,
                                                 work / f"r.one.{size}.jsonl", repeat=once)
    m["filter_dask_4x"] = Measurement("filter --dask, one file of 4x",
                                      lambda a: filter_cmd(c["all"]["4x"], work / "fk4", work / "fr4", a), True,
                                      repeat=once)
    return m


def parts(directory: Path) -> list[Path]:
    return sorted(directory.glob("part-*"))


def identical(m: dict[str, Measurement], work: Path) -> dict:
    return {"scan_dask_vs_jobs2": digest([work / "r.dask.jsonl"]) == digest([work / "r.j2.jsonl"]),
            "filter_dask_vs_one_process": digest(parts(work / "fk")) == digest([work / "kept.txt"])
            and digest(parts(work / "fr")) == digest([work / "rej.jsonl"])}


def rate(sentences: int, s: dict, cores: int) -> dict:
    return {"sentences_per_s": round(sentences / s["wall_s"]), "per_core": round(sentences / s["wall_s"] / cores),
            "per_cpu_s": round(sentences / s["cpu_s"])}


def estimate(per_core: float, pairs: float = 1e8) -> dict:
    """Paper estimate for `pairs` segments from a measured rate per core (a worker: one core)."""
    core_hours = pairs / per_core / 3600
    return {"pairs": int(pairs), "per_core_rate": round(per_core), "core_hours": round(core_hours, 1),
            "hours_on": {n: round(core_hours / n, 2) for n in (16, 64, 256)},
            "cost_usd": round(core_hours * PRICE_PER_CORE_HOUR, 2), "price_per_core_hour_usd": PRICE_PER_CORE_HOUR}


def figures(m: dict[str, Measurement], work: Path) -> dict:
    s = {k: v.summary() for k, v in m.items()}
    sentences, _ = report_counts(work / "r.j2.jsonl")
    quarter_sentences, _ = report_counts(work / "r.j1.jsonl")
    rows = sum(1 for _ in (work / "rej.jsonl").open("rb")) + sum(1 for _ in (work / "kept.txt").open("rb"))
    dask, j2 = s["scan_dask_4x"], s["scan_jobs2_4x"]
    fd, f1 = s["filter_dask_1x"], s["filter_one_1x"]
    peak = lambda k: max(s[k]["workers_peak_mb"])  # noqa: E731
    return {
        "scan": {"sentences": sentences, "dask": rate(sentences, dask, WORKERS), "jobs2": rate(sentences, j2, 2),
                 "jobs1_1x": rate(quarter_sentences, s["scan_jobs1_1x"], 1),
                 "dask_over_jobs2_wall": round(dask["wall_s"] / j2["wall_s"], 3),
                 "dask_over_jobs2_wall_median": round(dask["wall_median_s"] / j2["wall_median_s"], 3),
                 "dask_over_jobs2_cpu": round(dask["cpu_s"] / j2["cpu_s"], 3), "target_ratio": 1.15,
                 "cluster_startup_s": dask["startup_s"]},
        "filter": {"rows": rows, "dask_rows_per_s": round(rows / fd["wall_s"]),
                   "one_process_rows_per_s": round(rows / f1["wall_s"]),
                   "dask_per_worker": round(rows / fd["wall_s"] / WORKERS),
                   "speedup": round(f1["wall_s"] / fd["wall_s"], 2), "cpu_ratio": round(fd["cpu_s"] / f1["cpu_s"], 3)},
        "memory_per_worker": {
            "scan_one_file_1x_mb": peak("scan_dask_one_1x"), "scan_one_file_4x_mb": peak("scan_dask_one_4x"),
            "scan_ratio": round(peak("scan_dask_one_4x") / peak("scan_dask_one_1x"), 2),
            "filter_1x_mb": peak("filter_dask_1x"), "filter_4x_mb": peak("filter_dask_4x"),
            "filter_ratio": round(peak("filter_dask_4x") / peak("filter_dask_1x"), 2),
            "scan_many_files_4x_mb": peak("scan_dask_4x"), "target_ratio": 1.3},
        "estimate_100m": {"scan": estimate(sentences / dask["wall_s"] / WORKERS),
                          "filter": estimate(rows / fd["wall_s"] / WORKERS)},
        "identical": identical(m, work),
        "measurements": s,
    }


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=240.0, help="the 4x corpus (default 240 MB: just over 1 million distinct lines)")
    ap.add_argument("--quick", action="store_true", help="a tiny corpus, one round (a check that the script works)")
    ap.add_argument("--repeat", type=int, default=2, help="rounds of the throughput runs (default 2)")
    ap.add_argument("--clean", default=str(CLEAN))
    ap.add_argument("--json")
    ap.add_argument("--keep", help="build the corpora and outputs here and keep them")
    a = ap.parse_args()
    if a.quick:
        a.mb, a.repeat = 0.2, 1
    # the checker of this checkout is measured, in the commands and in the workers the cluster starts
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    sys.path.insert(0, str(ROOT))  # (worker processes are spawned with this process's sys.path)
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="checker-dask-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(a, work)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(result)
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def run(a: argparse.Namespace, work: Path) -> dict:
    started, load_before = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), load()
    uptime_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    c = corpora(Path(a.clean), work, a.mb)
    measure.ENV = measure.user_env(work / "pycache")
    os.environ.update(measure.ENV)  # the cluster's workers start from this process: the same bytecode cache
    timed(scan(c["quarter"][:1], 1))  # compiles and caches the bytecode, as an installed checker has it
    m = plan(c, work)
    rounds(list(m.values()), a.repeat)
    return {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "commit": commit(), "started": started, "mode": "quick" if a.quick else "full", "repeat": a.repeat,
            "uptime_before": uptime_before, "load_average_before": load_before, "load_average_after": load(),
            "uptime_after": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
            "corpus": {"4x_mb": mb(c["files"]), "1x_mb": mb(c["quarter"]), "lines": c["stats"]["lines"],
                       "files_per_language": c["per_language"], "file_mb": mb(c["files"][:1]),
                       "distinct": c["stats"]},
            **figures(m, work)}


def print_table(r: dict) -> None:
    s, f, mem, c = r["scan"], r["filter"], r["memory_per_worker"], r["corpus"]
    print(f"{r['machine']}, commit {r['commit']}; load average {r['load_average_before']} -> {r['load_average_after']}")
    print(f"corpus: {c['lines']} distinct lines, {c['4x_mb']} MB (4x) in {2 * c['files_per_language']} files; "
          f"1x = {c['1x_mb']} MB")
    print(f"scan, {s['sentences']} sentences: --dask {s['dask']['sentences_per_s']}/s, --jobs 2 "
          f"{s['jobs2']['sentences_per_s']}/s: Dask/--jobs 2 wall {s['dask_over_jobs2_wall']} "
          f"(median {s['dask_over_jobs2_wall_median']}), CPU {s['dask_over_jobs2_cpu']} (target <= 1.15); "
          f"cluster start-up {s['cluster_startup_s']} s apart; --jobs 1 (1x) {s['jobs1_1x']['sentences_per_s']}/s")
    print(f"filter, {f['rows']} rows (1x): --dask {f['dask_rows_per_s']}/s, one process "
          f"{f['one_process_rows_per_s']}/s ({f['speedup']}x)")
    print(f"peak memory per worker, 1x -> 4x: scan {mem['scan_one_file_1x_mb']} -> {mem['scan_one_file_4x_mb']} MB "
          f"({mem['scan_ratio']}x), filter {mem['filter_1x_mb']} -> {mem['filter_4x_mb']} MB ({mem['filter_ratio']}x); "
          f"target <= 1.3x")
    e = r["estimate_100m"]
    print(f"100 million pairs: scan {e['scan']['core_hours']} core-hours, filter {e['filter']['core_hours']}; "
          f"on 64 workers {e['scan']['hours_on'][64]} h / {e['filter']['hours_on'][64]} h")
    print(f"identical: {r['identical']}")


if __name__ == "__main__":
    main()
