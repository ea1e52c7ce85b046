"""The measuring scripts (scripts/sample_findings.py, scripts/measure_quality.py) on invented text."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import measure_quality as mq  # noqa: E402
import sample_findings as sf  # noqa: E402


def record(path, line, text, findings, col=1, language="ur"):
    return json.dumps({"path": path, "index": 0, "line": line, "col": col, "end_col": col + len(text),
                       "language": language, "text": text, "findings": findings})


def finding(rule, severity, line, col, text):
    return {"rule": rule, "name": "x", "category": "punctuation", "severity": severity, "line": line,
            "col": col, "end_col": col + len(text), "text": text, "message": "m", "fix": None}


def invented_scan():
    lines = [
        record("a.ur.txt", 1, "یہ ایک جملہ ہے۔۔", [finding("PUN003", "warning", 1, 15, "۔۔")]),
        record("a.ur.txt", 2, "دوسرا جملہ", []),
        record("a.ur.txt", 3, "اور اور بھی", [finding("REP001", "warning", 3, 1, "اور اور"),
                                               finding("PUN003", "error", 3, 9, "بھی")]),
        record("b.mr.txt", 1, "हे वाक्य आहे", [finding("REP001", "info", 1, 1, "हे")], language="mr"),
        record("b.mr.txt", 2, "दुसरे", [], language="mr"),
    ]
    return sf.parse_jsonl(lines)


def test_parse_counts_sentences_per_file_language():
    scan = invented_scan()
    assert scan.sentences == {"ur": 3, "mr": 2}
    assert [(f.rule, f.line, f.col, f.language) for f in scan.findings][:2] == [
        ("PUN003", 1, 15, "ur"), ("REP001", 3, 1, "ur")]


def test_sample_is_reproducible_and_per_rule():
    scan = invented_scan()
    one = sf.sample(scan.findings, 1, seed=7)
    assert one == sf.sample(scan.findings, 1, seed=7)
    assert sorted(f.rule for f in one) == ["PUN003", "REP001"]
    assert len(sf.sample(scan.findings, 5, seed=7)) == 4
    assert all(f.severity != "info" for f in sf.sample(scan.findings, 5, 7, "warning"))


def test_marked_puts_guillemets_round_the_span():
    f = invented_scan().findings[0]
    assert sf.marked(f) == "یہ ایک جملہ ہے«۔۔»"


def test_tsv_round_trip_reuses_verdicts(tmp_path):
    scan = invented_scan()
    path = tmp_path / "s.tsv"
    sf.write_tsv(path, scan.findings)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == list(sf.TSV_HEAD) and rows[1].split("\t")[6] == ""
    path.write_text(rows[0] + "\n" + rows[1].replace("\twarning\t\t", "\twarning\tfalse\t") + "\n",
                    encoding="utf-8")
    judged = sf.read_judged(path)
    assert judged[("a.ur.txt", 1, 15, "PUN003")]["verdict"] == "false"
    again = tmp_path / "t.tsv"
    sf.write_tsv(again, scan.findings, judged)
    assert again.read_text(encoding="utf-8").splitlines()[1].split("\t")[6] == "false"


def test_judged_figures_rate_precision_and_false_per_1k():
    scan = invented_scan()
    judged = {("a.ur.txt", 1, 15, "PUN003"): {"verdict": "false"},
              ("a.ur.txt", 3, 1, "REP001"): {"verdict": "ok"},
              ("a.ur.txt", 3, 9, "PUN003"): {"verdict": "unsure"},
              ("gone.ur.txt", 9, 1, "REP001"): {"verdict": "ok"}}
    fig = sf.judged_figures(scan, judged)
    assert fig["rules"]["PUN003"]["findings"] == 2 and fig["rules"]["PUN003"]["precision"] == 0.0
    assert fig["rules"]["REP001"]["per_1k"] == pytest.approx(1000 * 2 / 5)
    ur = fig["languages"]["ur"]
    # PUN003's warning is judged false; its error only unsure, so the rule's share (all false) is used
    assert ur["false_warning_per_1k"] == pytest.approx(1000 / 3)
    assert ur["false_error_per_1k"] == pytest.approx(1000 / 3)
    assert fig["stale_verdicts"] == 1


def test_defect_recall_per_class_and_unmatched(tmp_path):
    path = tmp_path / "x.defects.tsv"
    path.write_text("# lines: 1-3\nfile\tline\tcol\tend_col\tclass\tnote\n"
                    "a.ur.txt\t1\t15\t17\trepetition\tdoubled stop\n"
                    "a.ur.txt\t2\t1\t3\tstray-space\tn\n", encoding="utf-8")
    meta, defects = mq.read_defects(path)
    assert meta["lines"] == (1, 3) and len(defects) == 2
    r = mq.defect_recall(invented_scan().findings, defects, meta["lines"])
    assert r["classes"] == {"repetition": [1, 1], "stray-space": [0, 1]}
    assert [(f.rule, f.line) for f in r["unmatched"]] == [("REP001", 3), ("PUN003", 3)]


def test_judged_defect_lists_are_well_formed():
    for path in sorted((ROOT / "benchmarks" / "judged").glob("*.defects.tsv")):
        meta, defects = mq.read_defects(path)
        lo, hi = meta["lines"]
        assert defects and all(lo <= d["line"] <= hi and d["col"] < d["end_col"] for d in defects)


def test_sample_findings_runs_the_checker(tmp_path, capsys):
    text = tmp_path / "t.ur.txt"
    text.write_text("یہ ایک جملہ ہے۔۔\nیہ دوسرا جملہ ہے۔\n", encoding="utf-8")
    out = tmp_path / "s.tsv"
    assert sf.main([str(text), "-n", "3", "--tsv", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "t.ur.txt:1:" in shown and "PUN003" in shown and "«" in shown
    assert out.read_text(encoding="utf-8").count("PUN003") == 1
