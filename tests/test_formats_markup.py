"""TAG001 missing-inline-markup: its examples, wrapped into XLIFF 1.2 trans-units, and markup
never read as text."""
import json

from typer.testing import CliRunner

from checker.cli import app
from checker.rules import rule_by_code

runner = CliRunner()
RULE = rule_by_code("TAG001")


def _xliff(source, target):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="x" source-language="en" target-language="mr" datatype="plaintext"><body>\n'
            f'<trans-unit id="1"><source>{source}</source>\n<target>{target}</target></trans-unit>\n'
            '</body></file></xliff>\n')


def _tag_findings(tmp_path, example):
    source, target = example.split("\t")
    path = tmp_path / "x.xlf"
    path.write_text(_xliff(source, target), encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", "--select", "TAG001", str(path)])
    doc = json.loads(r.stdout)
    return [f for s in doc["files"][0]["sentences"] for f in s["findings"]]


def test_bad_examples_are_flagged(tmp_path):
    assert RULE.bad and RULE.good and "Why:" in RULE.doc()
    for example in RULE.bad:
        assert _tag_findings(tmp_path, example), example


def test_good_examples_are_not(tmp_path):
    for example in RULE.good:
        assert not _tag_findings(tmp_path, example), example


def test_lost_markup_is_an_error_and_added_markup_a_warning_at_its_place(tmp_path):
    lost = _tag_findings(tmp_path, RULE.bad[0])
    assert lost[0]["severity"] == "error" and lost[0]["text"] == "<target>"
    added = _tag_findings(tmp_path, RULE.bad[-1])
    assert added[0]["severity"] == "warning" and added[0]["text"] == '<x id="9"/>'


def test_markup_is_never_text(tmp_path):
    path = tmp_path / "x.xlf"
    path.write_text(_xliff('Press <ph id="1">&lt;Enter&gt;</ph> now', 'आता <ph id="1">&lt;Enter&gt;</ph> दाबा'),
                    encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", str(path)])
    doc = json.loads(r.stdout)
    s = doc["files"][0]["sentences"][0]
    assert "Enter" not in s["text"] and not s["findings"]   # no untranslated-English finding on the code


def test_plain_text_never_gets_tag001(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('साधा <x id="9"/> मजकूर.\n', encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", "--select", "TAG001", str(path)])
    assert not json.loads(r.stdout)["summary"]["findings"]["error"]
