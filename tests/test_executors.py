"""The engine runs on any executor that has `jobs` and an ordered `map`: one that pickles every
task and result on the way (as a cluster's would) gives the report one process gives."""
import io
import json
import pickle

from checker.engine import run
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
