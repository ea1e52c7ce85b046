"""Large files are streamed: read once from disk (the analysed lines kept on disk for the document
rules' second pass), the report written sentence by sentence, or with --jobs block by block by
worker processes. The output must be the one the in-memory path gives, errors included."""
import json

import pytest
from typer.testing import CliRunner

from checker import workflow
from checker.engine import run as engine_run
from checker.cli import app
from checker.errors import InputError
from checker.loader import decode, line_reader
from checker.pipeline import check_lines, check_text, split_lines
from conftest import CORPORA

NAMES = ["mr-deepseek-news.txt", "ur-deepseek-news.txt"]


def _scan(args, monkeypatch, stream: bool, jobs: int = 1):
    monkeypatch.setattr(workflow, "STREAM_MIN_BYTES", 0 if stream else 1 << 62)
    monkeypatch.setattr(engine_run, "STREAM_BLOCK_LINES", 3)  # many blocks, a document rule across them
    return CliRunner().invoke(app, ["scan", "--format", "jsonl", "-j", str(jobs), *args])


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("name", NAMES)
def test_streamed_report_is_the_held_one(name, jobs, monkeypatch):
    path = str(CORPORA / name)
    held, streamed = _scan([path], monkeypatch, False), _scan([path], monkeypatch, True, jobs)
    assert streamed.exit_code == held.exit_code == 1
    assert streamed.stdout == held.stdout
    assert any(json.loads(x)["findings"] for x in streamed.stdout.splitlines())


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_severity_overrides_and_fail_on(tmp_path, jobs, monkeypatch):
    (tmp_path / ".checker.toml").write_text('[severity]\nNUM001 = "info"\n', encoding="utf-8")
    target = tmp_path / "a.txt"
    target.write_text("२०२23 मध्ये\n", encoding="utf-8")
    for args in ([str(target)], ["--fail-on", "never", str(target)]):  # overrides apply whatever fail-on says
        held, streamed = _scan(args, monkeypatch, False), _scan(args, monkeypatch, True, jobs)
        assert streamed.stdout == held.stdout and '"severity": "info"' in streamed.stdout
        assert streamed.exit_code == held.exit_code


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_unreadable_file_is_one_error_and_nothing_written(tmp_path, jobs, monkeypatch):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("ठीक आहे.\n".encode() * 7 + b"\xff\n")  # past the first blocks
    result = _scan([str(bad)], monkeypatch, True, jobs)
    assert result.exit_code == 2 and result.stdout == ""
    assert "invalid UTF-8 at line 8, byte 1 of the line" in result.stderr


@pytest.mark.parametrize("data, lines", [
    (b"a\r\nb\n\nc", ["a", "b", "", "c"]),
    ("\ufeffएक\nदोन\n".encode(), ["एक", "दोन"]),
    (b"", []),
    (b"x\ry\n", ["x", "y"]),  # a lone CR ends a line, as `read` reads it
    (b"x\ry\r", ["x", "y"]),
])
def test_line_reader_splits_as_the_pipeline(tmp_path, data, lines):
    p = tmp_path / "t.txt"
    p.write_bytes(data)
    read = line_reader(str(p))
    assert list(read()) == lines == split_lines(decode(data, "t.txt").text)
    assert list(read()) == lines  # readable again: the second pass


@pytest.mark.parametrize("data, message", [(b"ok\nbad\x00\n", "binary file"), (b"ok\n" + b"x" * 20 + b"\n", "line 2 has 20")])
def test_line_reader_refuses_what_read_refuses(tmp_path, data, message):
    p = tmp_path / "t.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=message):
        list(line_reader(str(p), max_line=10)())


def test_check_lines_equals_check_text():
    text = "\n".join((CORPORA / name).read_text(encoding="utf-8") for name in NAMES)
    lines = split_lines(text)
    held = check_text(text, path="x")
    streamed = check_lines(lambda: iter(lines), "x")
    assert [s.to_json() for s in streamed.sentences] == [s.to_json() for s in held.sentences]


def _rewriting(monkeypatch, target: str, reading: int, after_lines: int, rewrite) -> None:
    """The streamed file `target` is rewritten (by `rewrite(path)`) during its `reading`-th reading,
    after `after_lines` of its lines were read (-1: before it opens the file)."""
    from checker import loader
    real = loader.line_reader

    def reader(path, *args, **kwargs):
        read, calls = real(path, *args, **kwargs), []

        def lines():
            calls.append(path)
            if path == target and len(calls) == reading and after_lines < 0:
                rewrite(path)
            for k, line in enumerate(read()):
                if path == target and len(calls) == reading and k == after_lines:
                    rewrite(path)
                yield line
        return lines
    monkeypatch.setattr(loader, "line_reader", reader)
    monkeypatch.setattr(loader, "CHANGE_CHECK_BYTES", 1)


def _in_place(path):
    with open(path, "r+b") as f:  # the same file (inode), other content
        f.truncate(0)
        f.write("दुसरी आवृत्ती २०२23.\n".encode() * 3)


def _replaced(path):
    import os
    with open(path + ".new", "wb") as f:
        f.write("दुसरी आवृत्ती २०२23.\n".encode() * 3)
    os.replace(path + ".new", path)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("reading, after, rewrite", [
    (2, -1, _in_place), (2, -1, _replaced),  # after the first look at its opening lines
    (1, 2, _in_place), (2, 2, _in_place),    # while it is being read
])
def test_d6_a_file_rewritten_while_streamed_is_an_error(tmp_path, monkeypatch, jobs, reading, after, rewrite):
    big = tmp_path / "big.txt"
    big.write_text("ही एक साधी ओळ आहे.\n" * 12, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("२०२23 मध्ये\n", encoding="utf-8")
    _rewriting(monkeypatch, str(big), reading, after, rewrite)
    result = _scan([str(big), str(other)], monkeypatch, True, jobs)
    assert result.exit_code == 2
    errors = [x for x in result.stderr.splitlines() if x.strip()]
    assert errors == [f"checker: error: {big}: changed while it was being scanned; not scanned "
                      "(scan it again once it is written)"], result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r for r in records if r["path"] == str(other)]  # the other file is still scanned
    mine = [r for r in records if r["path"] == str(big)]
    assert not mine  # noticed before its report began: never a sentence of either version


@pytest.mark.parametrize("jobs", [1, 2])
def test_d6_a_file_replaced_once_opened_is_read_whole(tmp_path, monkeypatch, jobs):
    """Replaced (renamed over) while its one full reading has it open: that reading goes on in the
    file it opened, so the report is of one version, the first."""
    big = tmp_path / "big.txt"
    big.write_text("ही एक साधी ओळ आहे.\n" * 12, encoding="utf-8")
    _rewriting(monkeypatch, str(big), 2, 2, _replaced)
    result = _scan([str(big)], monkeypatch, True, jobs)
    assert result.exit_code == 0 and result.stderr == ""
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["ही एक साधी ओळ आहे."] * 12


def test_d6_an_unchanged_file_reads_the_same_every_time(tmp_path, monkeypatch):
    from checker import loader
    monkeypatch.setattr(loader, "CHANGE_CHECK_BYTES", 1)
    p = tmp_path / "t.txt"
    p.write_text("एक\nदोन\n", encoding="utf-8")
    read = line_reader(str(p))
    assert list(read()) == list(read()) == list(read()) == ["एक", "दोन"]
    p.write_text("एक\nदोन\nतीन\n", encoding="utf-8")
    with pytest.raises(InputError, match="changed while it was being scanned"):
        list(read())
