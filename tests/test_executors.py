"""The engine runs on any executor that has `jobs` and an ordered `map`: one that pickles every
task and result on the way (as a cluster's would) gives the report one process gives."""
import io
import os
import json
import pickle

from checker.engine import memo, run
from checker.engine.lines import LineAnalyser
from checker.engine.executors import SERIAL
from checker.model import Rendered
from checker.report.json_report import document
from checker.report.jsonl_report import write_file
from conftest import CORPORA


class Pickling:
    """An executor that runs in this process but sends tasks and results through pickle."""
    jobs = 3

    def __init__(self):
        self.tasks = 0

    def map(self, func, tasks, window=None):
        for task in tasks:
            self.tasks += 1
            yield pickle.loads(pickle.dumps(func(pickle.loads(pickle.dumps(task)))))


def _json(report):
    return json.dumps(document([report]), ensure_ascii=False, sort_keys=True)


def test_a_text_in_blocks_on_another_executor(monkeypatch):
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 1)
    text = (CORPORA / "mr-deepseek-news.txt").read_text(encoding="utf-8")
    executor = Pickling()
    assert _json(run.check_text(text, executor=executor)) == _json(run.check_text(text, executor=SERIAL))
    assert executor.tasks > 1


def test_a_streamed_file_on_another_executor(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "STREAM_BLOCK_LINES", 3)
    lines = (CORPORA / "ur-deepseek-news.txt").read_text(encoding="utf-8").splitlines()
    parts = list(run.stream_blocks(lambda: iter(lines), "u.txt", None, run.all_rules(), None, (), "jsonl",
                                   str(tmp_path), Pickling()))
    assert parts and all(isinstance(p, Rendered) for p in parts)
    streamed = "".join(open(p.spool, encoding="utf-8").read() for p in parts)
    out = io.StringIO()
    write_file(run.check_text("\n".join(lines) + "\n", path="u.txt"), out)
    assert streamed == out.getvalue()
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted(os.path.basename(p.spool) for p in parts)


def test_a_streamed_file_is_read_and_analysed_once(tmp_path, monkeypatch):
    """Pass two reads pass one's analysed lines back from disk (engine/spill.py): neither the file
    nor a line is gone through twice, on one process or on workers."""
    monkeypatch.setattr(run, "STREAM_BLOCK_LINES", 3)
    lines = [f"पाऊस {n} दिवस पडला." for n in range(20)]  # distinct: the memo spares nothing
    readings, analysed = [], []
    original = LineAnalyser._analyse
    monkeypatch.setattr(LineAnalyser, "_analyse", lambda self, *a: analysed.append(a[0]) or original(self, *a))

    def read_lines():
        readings.append(1)
        return iter(lines)
    memo.clear()
    report = run.check_lines(read_lines, "a.txt")
    assert len(list(report.sentences)) == 20 and sorted(analysed) == sorted(lines)
    assert len(readings) == 2  # the opening lines for the language, then the one reading
    readings.clear(), analysed.clear(), memo.clear()
    parts = list(run.stream_blocks(read_lines, "a.txt", None, run.all_rules(), None, (), "jsonl", str(tmp_path),
                                   Pickling()))
    assert len(parts) == 7 and sorted(analysed) == sorted(lines) and len(readings) == 2
