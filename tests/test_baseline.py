"""Baselines: record findings, report only new ones, keys that survive edits elsewhere in the file."""
import json
import os

import pytest
from typer.testing import CliRunner

from checker.baseline import Baseline, keyed, sentence_hash
from checker.cli import app
from checker.pipeline import check_text

runner = CliRunner()
LINES = ["पहिली ओळ ठीक आहे.", "वापरल्या जाणार्या चिप्स २०२23 मध्ये.", "तिसरी ओळ सुद्धा ठीक आहे.",
         "سال ۲۰19 میں قیمت بڑھ گئی۔"]


def found(*args):
    r = runner.invoke(app, ["scan", "--format", "json", *map(str, args)])
    assert r.exit_code in (0, 1), r.output
    report = json.loads(r.stdout)
    return r.exit_code, [(x["rule"], x["text"], x["line"]) for f in report["files"]
                         for s in f["sentences"] for x in s["findings"]]


@pytest.fixture
def recorded(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    (tmp_path / ".checker.toml").write_text('select = ["NUM001", "ORT001"]\n')  # what LINES are written for
    base = tmp_path / "baseline.json"
    r = runner.invoke(app, ["scan", "--write-baseline", str(base), str(doc)])
    assert r.exit_code == 0, r.output
    assert "wrote 3 findings" in r.stderr
    assert r.stdout == ""
    return doc, base


def test_write_then_nothing_new(recorded):
    doc, base = recorded
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["findings"]) == 3
    assert {e["path"] for e in data["findings"]} == {"doc.txt"}  # relative to the baseline
    code, new = found("--baseline", base, doc)
    assert code == 0 and new == []


def test_edits_elsewhere_do_not_resurrect(recorded):
    doc, base = recorded
    lines = ["नवीन पहिली ओळ.", "", *LINES]
    lines[2] = "पहिली ओळ बदलली आहे."       # another sentence edited
    lines.insert(4, "एक नवी ओळ मध्ये.")      # a line inserted between findings
    doc.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))   # and CRLF now
    code, new = found("--baseline", base, doc)
    assert code == 0 and new == []


def test_new_findings_are_reported(recorded):
    doc, base = recorded
    with open(doc, "a", encoding="utf-8") as f:
        f.write("नवीन १.8 लाख.\n")
    code, new = found("--baseline", base, doc)
    assert code == 1 and new == [("NUM001", "१.8", 5)]


def test_editing_the_flagged_sentence_brings_it_back(recorded):
    doc, base = recorded
    doc.write_text(doc.read_text(encoding="utf-8").replace("चिप्स", "चिप्स आणि"), encoding="utf-8")
    _, new = found("--baseline", base, doc)
    assert {r for r, _, _ in new} == {"NUM001", "ORT001"}


def test_duplicate_sentence_counts_occurrences(recorded):
    doc, base = recorded
    with open(doc, "a", encoding="utf-8") as f:
        f.write(LINES[1] + "\n")        # the same damaged sentence once more: its findings are new
    _, new = found("--baseline", base, doc)
    assert sorted(new) == [("NUM001", "२०२23", 5), ("ORT001", "जाणार्या", 5)]


def test_baseline_works_from_another_directory(recorded, monkeypatch):
    doc, base = recorded
    sub = doc.parent / "elsewhere"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert found("--baseline", os.path.relpath(base), os.path.relpath(doc)) == (0, [])


def test_baseline_summary_counts_only_new(recorded):
    doc, base = recorded
    r = runner.invoke(app, ["scan", "--baseline", str(base), str(doc)])
    assert r.exit_code == 0
    assert "0 errors" in r.stdout and "3 findings in the baseline not shown" in r.stderr


@pytest.mark.parametrize("content, needle", [
    (None, "no such baseline"), ("{not json", "invalid JSON"), ('{"version": 9, "findings": []}', "version"),
    ('{"version": 1, "findings": [{"path": "x"}]}', "findings[0]"),
])
def test_bad_baseline_exit_2(tmp_path, run_cli, content, needle):
    doc = tmp_path / "doc.txt"
    doc.write_text(LINES[1] + "\n", encoding="utf-8")
    base = tmp_path / "b.json"
    if content is not None:
        base.write_text(content, encoding="utf-8")
    proc = run_cli("scan", "--baseline", base, doc)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and str(base) in err and needle in err


def test_write_baseline_leaves_scanned_file_alone(recorded):
    doc, base = recorded
    before = doc.read_bytes(), doc.stat().st_mtime_ns
    runner.invoke(app, ["scan", "--write-baseline", str(base), str(doc)])
    assert (doc.read_bytes(), doc.stat().st_mtime_ns) == before


def test_keys_have_no_line_numbers():
    from checker.rules import rule_by_code
    rules = [rule_by_code("NUM001"), rule_by_code("ORT001")]
    a = check_text("x\n" + LINES[1] + "\n", path="f.txt", rules=rules)
    b = check_text("\n\n\ny\n" + LINES[1] + "\n", path="f.txt", rules=rules)
    ka = [k for k, _ in keyed(a, "f.txt")]
    kb = [k for k, _ in keyed(b, "f.txt")]
    assert ka == kb and len(ka) == 2
    assert ka[0][3] == sentence_hash(LINES[1])
    assert Baseline(ka).contains(b) == {id(f) for f in b.findings}
