"""The Dask benchmark (benchmarks/dask_scale.py) keeps working: its --quick mode on a tiny corpus
runs every measurement, compares the outputs and writes its figures. Timings are not asserted (a
tiny corpus on a shared machine measures nothing)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'checker-ur-mr[dask]')")
pytest.importorskip("psutil", reason="psutil comes with dask[distributed]")

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_writes_every_figure_and_the_outputs_agree(tmp_path):
    out = tmp_path / "dask_scale.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dask_scale.py"), "--quick", "--json", str(out)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["mode"] == "quick" and r["corpus"]["lines"] > 0 and r["uptime_before"]
    assert r["identical"] == {"scan_dask_vs_jobs2": True, "filter_dask_vs_one_process": True}
    assert r["scan"]["sentences"] > 0 and r["filter"]["rows"] > 0
    mem = r["memory_per_worker"]
    assert all(mem[k] > 0 for k in ("scan_one_file_1x_mb", "scan_one_file_4x_mb", "filter_1x_mb", "filter_4x_mb"))
    dask = r["measurements"]["scan_dask_4x"]
    assert dask["startup_s"] > 0 and len(dask["workers_peak_mb"]) == 2
    assert set(r["estimate_100m"]) == {"scan", "filter"} and "identical" in done.stdout
