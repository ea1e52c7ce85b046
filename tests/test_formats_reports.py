"""The unit of a translation file is in every report format; the JSON contract keeps its fields."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from conftest import ROOT

DATA = ROOT / "corpora" / "formats"
runner = CliRunner()


def report(fmt, name="sample2.xlf"):
    r = runner.invoke(app, ["scan", "--no-config", "-f", fmt, str(DATA / name)])
    assert r.exit_code == 1, r.output
    return r.stdout


def test_json_keeps_the_contract_and_adds_the_unit():
    doc = json.loads(report("json"))
    s = doc["files"][0]["sentences"][0]
    assert {"index", "line", "col", "end_col", "language", "text", "findings"} <= set(s) and s["unit"] == "f1/u1"
    f = s["findings"][0]
    assert {"rule", "name", "category", "severity", "line", "col", "end_col", "text", "message", "fix"} <= set(f)
    assert f["unit"] == "f1/u1"


def test_jsonl_csv_sarif_github_html_text_name_the_unit():
    lines = [json.loads(x) for x in report("jsonl").splitlines()]
    assert lines[0]["unit"] == "f1/u1" and lines[0]["findings"][0]["unit"] == "f1/u1"
    rows = list(csv.DictReader(io.StringIO(report("csv"))))
    assert {r["unit"] for r in rows} >= {"f1/u1", "f1/u2"}
    sarif = json.loads(report("sarif"))
    result = sarif["runs"][0]["results"][0]
    assert result["properties"]["unit"] == "f1/u1"
    assert result["locations"][0]["logicalLocations"][0]["name"] == "f1/u1"
    assert "(unit f1/u1)" in report("github")
    assert "unit f1/u1" in report("html")
    assert "(unit f1/u1)" in report("text")


def test_plain_text_reports_have_no_unit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("हे एक वाक्य आहे .\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", str(path)])
    doc = json.loads(r.stdout)
    assert "unit" not in doc["files"][0]["sentences"][0]
    assert all("unit" not in f for f in doc["files"][0]["sentences"][0]["findings"])


@pytest.mark.parametrize("name", ["sample.po", "sample.tmx", "po2csv.csv"])
def test_every_finding_has_a_unit(name):
    doc = json.loads(report("json", name))
    assert all(f["unit"] for s in doc["files"][0]["sentences"] for f in s["findings"])
