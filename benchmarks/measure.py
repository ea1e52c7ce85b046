"""Timing a command as a user runs it: wall time, CPU time (user + sys of it and its children) and
peak memory, each measurement several times interleaved with the others (the fastest counts, as
with timeit; every run is kept), since a shared machine's timings vary from run to run."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional

# Runs a command in a fresh parent (RUSAGE_CHILDREN only ever grows within one process) and prints
# its exit status, the peak RSS of its largest process and the CPU seconds of the whole process tree
# (the workers of `--jobs` are waited for by the command, so their time is counted too).
_MEASURE = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
            "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(p.returncode, r.ru_maxrss, r.ru_utime + r.ru_stime, file=sys.stderr)")


# The environment of the measured commands (see `user_env`); None: this process's.
ENV: Optional[dict] = None


def user_env(pycache: Path) -> dict:
    """This environment with Python's bytecode cache on, in `pycache`: an installed checker starts
    from cached bytecode, and PYTHONDONTWRITEBYTECODE (set on some machines) would make every run
    compile every module again (about 0.17 s of a small file's run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


@dataclass
class Run:
    wall_s: float
    cpu_s: float
    peak_mb: int


def timed(cmd: list[str], stdout=subprocess.DEVNULL, ok: tuple[int, ...] = (0, 1)) -> Run:
    """One run of `cmd`; its report goes to `stdout`."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], stdout=stdout, stderr=subprocess.PIPE, env=ENV)
    wall = time.perf_counter() - t0
    code, peak, cpu = p.stderr.decode().strip().splitlines()[-1].split()
    if int(code) not in ok:
        raise SystemExit(f"{' '.join(cmd[:6])}…: exit {code}: {p.stderr.decode()[-600:]}")
    return Run(round(wall, 3), round(float(cpu), 3), int(peak) // 1024)


@dataclass
class Measurement:
    """A command measured `repeat` times; `output` (when given) receives its report."""
    name: str
    cmd: list[str]
    output: Optional[Path] = None
    runs: list[Run] = field(default_factory=list)

    def run_once(self) -> None:
        if self.output is None:
            self.runs.append(timed(self.cmd))
        else:
            with self.output.open("w", encoding="utf-8") as f:
                self.runs.append(timed(self.cmd, f))

    @property
    def wall(self) -> float:
        return min(r.wall_s for r in self.runs)

    @property
    def cpu(self) -> float:
        return min(r.cpu_s for r in self.runs)

    @property
    def peak_mb(self) -> int:
        return max(r.peak_mb for r in self.runs)

    def noise(self) -> dict:
        """How much the runs differ: (slowest - fastest) / fastest, of wall and of CPU time, and
        wall / CPU of the fastest run (about 1 for one busy process on an idle machine)."""
        walls, cpus = [r.wall_s for r in self.runs], [r.cpu_s for r in self.runs]
        return {"wall_spread": round(max(walls) / min(walls) - 1, 3),
                "cpu_spread": round(max(cpus) / min(cpus) - 1, 3),
                "wall_per_cpu": round(self.wall / self.cpu, 2) if self.cpu else None}

    def summary(self) -> dict:
        return {"name": self.name, "wall_s": self.wall, "cpu_s": self.cpu, "peak_mb": self.peak_mb,
                **self.noise(), "runs": [asdict(r) for r in self.runs]}


def interleaved(measurements: list[Measurement], repeat: int,
                progress: Callable[[str], None] = lambda _: None) -> None:
    """Each measurement `repeat` times, round by round, so that a busy spell slows all alike."""
    for k in range(repeat):
        for m in measurements:
            m.run_once()
            progress(f"round {k + 1}/{repeat}: {m.name}: {m.runs[-1].wall_s:.2f} s wall, "
                     f"{m.runs[-1].cpu_s:.2f} s CPU, {m.runs[-1].peak_mb} MB")


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
