"""Scale-out on Dask: a real LocalCluster of two worker processes gives the report and the filter
outputs that one process gives, byte for byte, also when a worker dies in the middle of the run."""
import json
import os
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install 'checker-ur-mr[dask]')")
pytest.importorskip("pandas", reason="pandas is not installed (pip install 'checker-ur-mr[dask]')")

from checker.corpus import check_segments  # noqa: E402
from checker.corpus.cli import run as run_filter  # noqa: E402
from checker.distributed import scan_on_dask  # noqa: E402
from checker import requests as rq  # noqa: E402
from conftest import CORPORA  # noqa: E402

# one name spelled two ways in different rows: a consistency finding only when they are one document
CON001_PAIRS = [("Quarlint brought a plan.", "क्वारलिंटने योजना आणली."), ("It was 2024.", "२०२23 मध्ये"),
                ("Quarlint's plan was criticised.", "क्वारलिंटच्या योजनेवर टीका झाली."),
                ("Quarlint did not back down.", "क्वारलेंटने माघार घेतली नाही.")]
SMALL = 3000  # bytes per partition: a small corpus still makes a dozen partitions


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Both MT articles and the challenge texts in one file: document findings cross partitions."""
    text = "".join((CORPORA / n).read_text(encoding="utf-8") for n in ("mr-deepseek-news.txt", "ur-deepseek-news.txt"))
    text += "".join(p.read_text(encoding="utf-8") for p in sorted((CORPORA / "challenge").glob("*.txt")))
    path = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _serial_scan(path: Path, run_cli, *args) -> bytes:
    done = run_cli("scan", path, "-f", "jsonl", "--jobs", "1", "--no-config", *args)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _request(path: Path, out: Path) -> rq.ScanRequest:
    return rq.ScanRequest(targets=rq.Targets(paths=(str(path),)), rules=rq.RuleChoice(isolated=True),
                          output=rq.Output(format="jsonl", path=str(out)))


def _dask_scan(path: Path, client, tmp_path: Path) -> bytes:
    out = tmp_path / "dask.jsonl"
    result = scan_on_dask(_request(path, out), client, partition_bytes=SMALL, show=False)
    assert not result.errors
    return out.read_bytes()


def test_scan_report_is_the_one_process_report(client, corpus, tmp_path, run_cli):
    one = _serial_scan(corpus, run_cli)
    assert _dask_scan(corpus, client, tmp_path) == one
    assert os.path.getsize(corpus) > 10 * SMALL
    # the document rules saw the whole file: a consistency finding names sentences far apart
    findings = [f for line in one.decode().splitlines() for f in json.loads(line)["findings"]]
    assert any(f["rule"].startswith("CON") for f in findings)


def test_a_split_file_shows_its_pass_one_on_a_progress_bar(client, corpus, tmp_path, capsys):
    result = scan_on_dask(_request(corpus, tmp_path / "r.jsonl"), client, partition_bytes=SMALL, show=True)
    err = capsys.readouterr().err
    assert not result.errors and "corpus.txt: pass one" in err and "partitions" in err  # (the bar keeps the end of a long label)


def _workers(client) -> set:
    return set(client.scheduler_info()["workers"])


def _replaced(client, before: set, timeout: float = 120) -> None:
    """Wait until the nanny's new worker has replaced the killed one (two workers, one of them new)."""
    import time
    deadline = time.monotonic() + timeout
    while not (len(_workers(client)) == 2 and _workers(client) != before):
        assert time.monotonic() < deadline, "the killed worker was not replaced"
        time.sleep(0.2)


class DieOnce(distributed.WorkerPlugin):
    """Kills its worker process the first time a task whose key starts with `prefix` finishes
    there (its result and the part it wrote are lost with it); the nanny starts a new worker."""

    def __init__(self, prefix: str, marker: str):
        self.prefix, self.marker = prefix, marker

    def transition(self, key, start, finish, **kwargs):
        if finish == "memory" and str(key).startswith(self.prefix):
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                return
            os._exit(1)


@pytest.mark.parametrize("prefix", ["merge", "_write"])
def test_a_killed_worker_still_gives_the_whole_report(client, corpus, tmp_path, run_cli, prefix):
    one = _serial_scan(corpus, run_cli)
    marker = tmp_path / "killed"
    name = f"die-{prefix}"
    before = _workers(client)
    client.register_plugin(DieOnce(prefix, str(marker)), name=name)
    try:
        got = _dask_scan(corpus, client, tmp_path)
    finally:
        client.unregister_worker_plugin(name)
    assert marker.exists(), "no worker was killed"
    assert got == one
    _replaced(client, before)


def test_scan_of_an_unreadable_file_says_what_the_scan_says(client, tmp_path, run_cli):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(("ठीक आहे.\n" * 400).encode() + b"\xff\n" + "ठीक.\n".encode())
    result = scan_on_dask(_request(bad, tmp_path / "r.jsonl"), client, partition_bytes=SMALL, show=False)
    expected = run_cli("scan", bad, "-f", "jsonl", "--no-config").stderr.decode()
    assert result.errors and result.errors[0] in expected and "line 401" in result.errors[0]


def _articles(tmp_path: Path) -> list[Path]:
    """Small files, enough of them to check each whole on a worker (two per worker at least), one
    of them unreadable part way."""
    names = ["mr-deepseek-news.txt", "ur-deepseek-news.txt", *sorted(p.name for p in (CORPORA / "challenge").glob("*.txt"))]
    paths = []
    for k, name in enumerate(names):
        src = CORPORA / name if (CORPORA / name).exists() else CORPORA / "challenge" / name
        paths.append(tmp_path / f"{k:02d}-{name}")
        paths[-1].write_bytes(src.read_bytes())
    paths.insert(3, tmp_path / "03-bad.txt")
    paths[3].write_bytes("ठीक आहे.\n".encode() + b"\xff\n")
    return paths


@pytest.mark.parametrize("whole_below", [16 << 20, 8000])  # every file whole; the three larger ones split
def test_small_files_checked_whole_give_the_one_process_report(client, tmp_path, run_cli, monkeypatch, whole_below):
    from checker.distributed import scan as dscan
    monkeypatch.setattr(dscan, "WHOLE_FILE", whole_below)
    paths = _articles(tmp_path)
    one = run_cli("scan", *paths, "-f", "jsonl", "--jobs", "1", "--no-config")
    request = rq.ScanRequest(targets=rq.Targets(paths=tuple(map(str, paths))), rules=rq.RuleChoice(isolated=True),
                             output=rq.Output(format="jsonl", path=str(tmp_path / "dask.jsonl")))
    whole = dscan._whole_files(client, list(map(str, paths)), None)
    assert len(whole) >= 4 and (len(whole) < len(paths)) == (whole_below < 16 << 20)
    result = scan_on_dask(request, client, show=False)
    assert (tmp_path / "dask.jsonl").read_bytes() == one.stdout
    assert len(result.errors) == 1 and result.errors[0] in one.stderr.decode() and "line 2" in result.errors[0]


def test_a_worker_killed_while_it_checks_a_whole_file(client, tmp_path, run_cli):
    paths = [p for p in _articles(tmp_path) if "bad" not in p.name]
    one = run_cli("scan", *paths, "-f", "jsonl", "--jobs", "1", "--no-config").stdout
    marker, before = tmp_path / "killed", _workers(client)
    client.register_plugin(DieOnce("_whole", str(marker)), name="die-whole")
    request = rq.ScanRequest(targets=rq.Targets(paths=tuple(map(str, paths))), rules=rq.RuleChoice(isolated=True),
                             output=rq.Output(format="jsonl", path=str(tmp_path / "dask.jsonl")))
    try:
        result = scan_on_dask(request, client, show=False)
    finally:
        client.unregister_worker_plugin("die-whole")
    assert marker.exists(), "no worker was killed"
    assert not result.errors and (tmp_path / "dask.jsonl").read_bytes() == one
    _replaced(client, before)


def _tsv(tmp_path: Path) -> Path:
    rows = ["About 20,000 people came.\tसुमारे 20,000 लोक आले.", "one column only",
            "It was 2024.\t२०२23 मध्ये", "a\tb\tc", "The company raised 1.5 million dollars.\tकंपनीने १. million दशलक्ष डॉलर्स उभे केले."]
    lines = [f"{r} {i}" if "\t" not in r else r.replace("\t", f" {i}\t", 1) for i in range(60) for r in rows]
    path = tmp_path / "pairs.tsv"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"bad\t\xff\xfe\n")
    return path


@pytest.mark.parametrize("document", [False, True])
def test_filter_parts_are_the_one_process_outputs(client, tmp_path, document):
    path = _tsv(tmp_path)
    kept, rejected = tmp_path / "kept.tsv", tmp_path / "rejected.jsonl"
    one = run_filter(str(path), str(kept), str(rejected), document=document)
    from checker.distributed.filter import filter_on
    from checker.corpus import engine, filter as flt
    opts = flt.FilterOptions(engine.setup_for(), document=document)
    stats = filter_on(str(path), opts, str(tmp_path / "k"), str(tmp_path / "r"), client, partition_bytes=2000, show=False)
    parts = sorted((tmp_path / "k").iterdir())
    assert len(parts) > 3
    assert b"".join(p.read_bytes() for p in parts) == kept.read_bytes()
    assert b"".join(p.read_bytes() for p in sorted((tmp_path / "r").iterdir())) == rejected.read_bytes()
    assert (stats.rows, stats.kept, stats.malformed) == (one.rows, one.kept, one.malformed) == (301, 60, 121)


def test_filter_with_a_killed_worker_and_parquet_parts(client, tmp_path):
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'checker-ur-mr[parquet]')")
    import pyarrow.parquet as pq
    from checker.corpus import engine, filter as flt
    from checker.distributed.filter import filter_on
    pairs = CON001_PAIRS * 30 + [(None, "ठीक आहे.")]
    path = tmp_path / "pairs.parquet"
    pq.write_table(pa.table({"n": list(range(len(pairs))), "en": [p[0] for p in pairs], "mr": [p[1] for p in pairs]}),
                   path, row_group_size=10)
    opts = flt.FilterOptions(engine.setup_for(), "info", flt.Fields("mr", "en"), document=True)
    kept, rejected = tmp_path / "kept.parquet", tmp_path / "rejected.jsonl"
    with open(kept, "wb") as k, open(rejected, "wb") as r:
        one = flt.filter_file(str(path), opts, k, r)
    marker = tmp_path / "killed"
    before = _workers(client)
    client.register_plugin(DieOnce("_filter_task", str(marker)), name="die-filter")
    try:
        stats = filter_on(str(path), opts, str(tmp_path / "k"), str(tmp_path / "r"), client, show=False)
    finally:
        client.unregister_worker_plugin("die-filter")
    assert marker.exists()
    assert len(list((tmp_path / "k").iterdir())) == 13
    assert pq.read_table(tmp_path / "k").to_pylist() == pq.read_table(kept).to_pylist()
    assert b"".join(p.read_bytes() for p in sorted((tmp_path / "r").iterdir())) == rejected.read_bytes()
    # the last row has no source: malformed
    assert (stats.rows, stats.kept, stats.rejected) == (one.rows, one.kept, one.rejected) == (121, 60, 61)
    _replaced(client, before)


@pytest.mark.parametrize("document", [False, True])
def test_bag_and_dataframe_entry_points(client, document):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from checker.distributed.collections import check_bag, check_dataframe
    pairs = CON001_PAIRS * 5
    expected = [r.to_dict() for r in check_segments(pairs, document=document)]
    assert any("CON001" in r["rules"] for r in expected) == document
    assert check_bag(db.from_sequence(pairs, npartitions=4), document=document).compute() == expected
    frame = pd.DataFrame({"en": [p[0] for p in pairs], "mr": [p[1] for p in pairs]}, index=range(100, 120))
    checked = check_dataframe(dd.from_pandas(frame, npartitions=3), text="mr", source="en",
                              document=document).compute()
    assert list(checked.error) == [r["error"] for r in expected]
    assert list(checked.warning) == [r["warning"] for r in expected]
    assert list(checked.index) == list(frame.index)


def test_executor_gives_results_in_task_order_within_its_window(client):
    from checker.distributed.executor import DaskExecutor
    executor = DaskExecutor(client)
    assert executor.jobs == 2
    taken = []

    def tasks():
        for i in range(12):
            taken.append(i)
            yield "x" * (12 - i)  # later tasks are quicker: order must still be the tasks'
    results = executor.map(len, tasks(), window=3)
    assert next(results) == 12 and len(taken) == 3  # no more than the window read ahead
    assert list(results) == list(range(11, 0, -1))
    assert list(executor.map(len, ["ab", "c"])) == [2, 1]


def test_command_line_refuses_what_dask_cannot_do(run_cli, tmp_path):
    """Refused before a cluster starts, as usage errors (exit 2, one line)."""
    text = tmp_path / "a.txt"
    text.write_text("ठीक आहे.\n", encoding="utf-8")
    po, tsv = tmp_path / "a.po", tmp_path / "a.tsv"
    po.write_text('msgid "Hi"\nmsgstr "नमस्कार"\n', encoding="utf-8")
    tsv.write_text("Hi\tनमस्कार\n", encoding="utf-8")
    jsonl = ["-f", "jsonl", "--dask", "local:2"]
    for args, message in ((["scan", text, "--dask", "local:2"], b"--format jsonl"),
                          (["scan", text, "-f", "json", "--dask", "local:2"], b"--format jsonl"),
                          (["scan", text, "-f", "jsonl", "--fix", "--dask", "local:2"], b"--fix"),
                          (["scan", text, *jsonl, "--diff"], b"--diff"),
                          (["scan", text, *jsonl, "--source", text], b"--source"),
                          (["scan", text, *jsonl, "--write-baseline", tmp_path / "b.json"], b"--write-baseline"),
                          (["scan", tsv, *jsonl], b"not standard input or a .tsv"),
                          (["scan", "-", *jsonl], b"not standard input or a .tsv"),
                          (["scan", po, *jsonl], b"translation file"),
                          (["filter", text, "--rejected", tmp_path / "r", "--dask", "local:2"], b"--kept -"),
                          (["filter", text, "-o", text, "--rejected", tmp_path / "r", "--dask", "local:2"], b"overwrite")):
        done = run_cli(*args)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
        assert len(done.stderr.decode().strip().splitlines()) == 1 and b"Traceback" not in done.stderr


def test_engine_on_the_dask_executor_gives_the_one_process_report(client, corpus, monkeypatch):
    """The engine's executor interface (checker.engine.executors) on the cluster: a text split
    into line blocks on the workers gives the report one process gives."""
    from checker.distributed.executor import DaskExecutor
    from checker.engine import run
    from checker.report.jsonl_report import write_file
    import io
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 1)
    text = corpus.read_text(encoding="utf-8")
    out = []
    for executor in (None, DaskExecutor(client)):
        report = run.check_text(text, path="corpus.txt") if executor is None else \
            run.check_text(text, path="corpus.txt", executor=executor)
        buffer = io.StringIO()
        write_file(report, buffer)
        out.append(buffer.getvalue())
    assert out[0] == out[1] and "CON0" in out[0]


class _Workers:
    """A stand-in for a Client: only its workers are counted."""

    def __init__(self, n: int):
        self.n = n

    def scheduler_info(self) -> dict:
        return {"workers": {f"w{k}": {} for k in range(self.n)}}


def test_partitions_do_not_grow_with_the_input():
    from checker.distributed import MAX_PARTITION, MIN_PARTITION, partition_bytes
    two = _Workers(2)
    assert partition_bytes(two, 100_000) == MIN_PARTITION          # a small file: still partitions of some size
    assert partition_bytes(two, 4 << 20) == 512 << 10               # 8 partitions: 4 per worker
    assert partition_bytes(two, 1 << 30) == partition_bytes(two, 1 << 40) == MAX_PARTITION
    assert partition_bytes(two, 1 << 30, given=5000) == 5000


def test_part_names_sort_in_input_order():
    from checker.distributed import part_name
    assert part_name("d", 7, "tsv", 12) == os.path.join("d", "part-00007.tsv")
    names = [part_name("d", i, "jsonl", 100_001) for i in (9, 99_999, 100_000)]
    assert names == sorted(names) and names[0].endswith("part-000009.jsonl")
