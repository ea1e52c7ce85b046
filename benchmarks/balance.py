"""How evenly `--jobs N` spreads a scan, measured in CPU seconds so that a loaded machine (other
jobs on the cores) does not blur it: each task's CPU time in its worker process, the parent's own
CPU time, and the wall time the scan would take on N idle cores (the busiest process's CPU time).

    python benchmarks/balance.py -j 2 FILE... [-- scan options]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.engine import tasks  # noqa: E402

LOG = Path(tempfile.mkdtemp(prefix="balance-")) / "tasks.jsonl"


def _traced(func):
    def run(*args):
        t = time.process_time()
        out = func(*args)
        if len(args) > 1:  # called by another task, not by the executor: counted there
            return out
        with open(LOG, "a") as f:
            f.write(json.dumps({"pid": os.getpid(), "cpu": time.process_time() - t}) + "\n")
        return out
    run.__name__ = run.__qualname__ = func.__name__  # pickled by name: the traced one is found
    run.__module__ = func.__module__
    return run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-f", "--format", default="jsonl")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    for name in ("analyse_block", "check_run", "facts_block", "report_block"):
        setattr(tasks, name, _traced(getattr(tasks, name)))
    from checker.cli import main as cli
    wall, cpu = time.perf_counter(), time.process_time()
    with redirect_stdout(io.StringIO()):
        try:
            cli(["scan", "-f", a.format, "--fail-on", "never", "--no-progress", "-j", str(a.jobs), *a.files])
        except SystemExit:
            pass
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    per, each = defaultdict(float), []
    if LOG.exists():
        for line in LOG.read_text().splitlines():
            r = json.loads(line)
            per[r["pid"]] += r["cpu"]
            each.append(round(r["cpu"], 2))
    parent_tasks = per.pop(os.getpid(), 0.0)
    busiest = max(per.values(), default=0.0)
    total = cpu + sum(per.values())
    print(json.dumps({"jobs": a.jobs, "wall_s": round(wall, 2), "parent_cpu_s": round(cpu, 2),
                      "parent_task_cpu_s": round(parent_tasks, 2),
                      "worker_cpu_s": sorted(round(v, 2) for v in per.values()),
                      "total_cpu_s": round(total, 2),
                      "idle_cores_wall_s": round(max(busiest, cpu), 2), "tasks_cpu_s": each}))


if __name__ == "__main__":
    main()
