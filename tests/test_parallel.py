"""`--jobs`: a text checked in line blocks on several processes gives the report one process gives."""
import json

import pytest

from checker import pipeline
from checker.engine import run
from checker.parallel import ProcessPool
from checker.report.json_report import document
from conftest import CORPORA


def _json(report):
    return json.dumps(document([report]), ensure_ascii=False, sort_keys=True)


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 1)


@pytest.mark.parametrize("name", ["mr-deepseek-news.txt", "ur-deepseek-news.txt"])
def test_blocks_give_the_same_report(small_blocks, name):
    text = (CORPORA / name).read_text(encoding="utf-8")
    one = pipeline.check_text(text, path=name)
    pipeline.clear_memos()
    two = pipeline.check_text(text, path=name, executor=ProcessPool(2))
    assert _json(one) == _json(two)
    # the document rules saw the whole file: a consistency finding links sentences of different blocks
    assert any(f.rule == "CON001" for f in two.findings)


def test_source_lines_follow_their_block(small_blocks):
    source = ["The company raised 1.5 million dollars.", "About 20,000 people came.", "It was 2024."] * 5
    target = ["कंपनीने १. million दशलक्ष डॉलर्स उभे केले.", "सुमारे 20,000 लोक आले.", "ते 2024 होते."] * 5
    text = "\n".join(target) + "\n"
    one = pipeline.check_text(text, sources=source)
    pipeline.clear_memos()
    two = pipeline.check_text(text, sources=source, executor=ProcessPool(3))
    assert _json(one) == _json(two)
    assert sum(f.rule == "NUM011" for f in two.findings) == 5


def test_small_texts_stay_in_one_process(monkeypatch):
    monkeypatch.setattr("checker.engine.run.analyse_in_blocks",
                        lambda *a, **k: pytest.fail("a small text must not start a pool"))
    pipeline.check_text("२०२23 मध्ये\n", executor=ProcessPool(4))


def test_many_files_in_worker_processes_give_the_same_report(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from checker import workflow
    from checker.cli import app
    monkeypatch.setattr(workflow, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(workflow, "FILES_PER_JOB", 1)
    for name in ("mr-deepseek-news.txt", "ur-deepseek-news.txt"):
        (tmp_path / name).write_text((CORPORA / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe")
    runner = CliRunner()
    one = runner.invoke(app, ["scan", "--format", "json", "-j", "1", str(tmp_path)])
    two = runner.invoke(app, ["scan", "--format", "json", "-j", "2", str(tmp_path)])
    assert one.exit_code == two.exit_code == 2  # the undecodable file is named either way
    assert one.stdout == two.stdout and json.loads(two.stdout)["summary"]["files"] == 2


def test_files_rendered_in_workers_give_the_same_jsonl(tmp_path, monkeypatch):
    """JSON Lines to standard output: workers write each file's lines themselves (severity
    overrides applied there); the output and the exit status are those of one process."""
    from typer.testing import CliRunner

    from checker import workflow
    from checker.cli import app
    monkeypatch.setattr(workflow, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(workflow, "FILES_PER_JOB", 1)
    for name in ("mr-deepseek-news.txt", "ur-deepseek-news.txt"):
        (tmp_path / name).write_text((CORPORA / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".checker.toml").write_text('[severity]\nNUM = "info"\n', encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe")
    runner = CliRunner()
    for fail_on in ("error", "warning"):
        one = runner.invoke(app, ["scan", "--format", "jsonl", "--fail-on", fail_on, "-j", "1", str(tmp_path)])
        two = runner.invoke(app, ["scan", "--format", "jsonl", "--fail-on", fail_on, "-j", "2", str(tmp_path)])
        assert one.exit_code == two.exit_code == 2 and "broken.txt" in two.stderr
        assert one.stdout == two.stdout and '"rule": "NUM001", "name": "mixed-digit-scripts", "category": "number", "severity": "info"' in two.stdout


def test_files_are_shared_out_in_runs_of_neighbours_of_about_equal_size():
    from checker.engine.run import runs as _groups
    assert _groups(list("abcdefgh"), [6] * 8, 2) == [list("abcd"), list("efgh")]
    # a file joins the run its middle falls in: a little more than half does not pull in the next
    assert _groups(list("abcde"), [10, 10, 10, 11, 10], 2) == [list("abc"), list("de")]
    assert _groups(list("ab"), [100, 1], 3) == [["a"], ["b"]]
    groups = _groups(list(range(20)), list(range(1, 21)), 3)
    assert len(groups) == 3 and sum(groups, []) == list(range(20))


def test_spooled_report_is_copied_as_text_when_the_output_has_no_utf8_buffer(tmp_path):
    import io

    from checker.model import Rendered
    from checker.report.stream import copy_spool
    spool = tmp_path / "r.jsonl"
    spool.write_text('{"text": "२०२23 ، ok"}\n', encoding="utf-8")
    out = io.StringIO()
    copy_spool(Rendered("a.txt", str(spool), 0), out)
    assert out.getvalue() == '{"text": "२०२23 ، ok"}\n' and not spool.exists()
