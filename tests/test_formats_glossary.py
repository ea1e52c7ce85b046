"""Glossaries as TBX and CSV give the terminology rule what the TSV glossary gives it."""
import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from conftest import ROOT

DATA = ROOT / "corpora" / "formats"
runner = CliRunner()


@pytest.mark.parametrize("glossary", ["glossary.tbx", "glossary.csv"])
def test_tbx_and_csv_glossaries(tmp_path, glossary):
    path = tmp_path / "a.txt"
    path.write_text("राखीव बँक ने कारवाई केली.\nरिझर्व्ह बँक ने कारवाई केली.\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", "--glossary", str(DATA / glossary), str(path)])
    doc = json.loads(r.stdout)
    found = [(s["line"], f["rule"], f["text"]) for s in doc["files"][0]["sentences"] for f in s["findings"]
             if f["rule"] == "TRM001"]
    assert found == [(1, "TRM001", "राखीव बँक")]


def test_a_broken_tbx_glossary_is_one_line_error(tmp_path):
    bad = tmp_path / "g.tbx"
    bad.write_text("<martif><text>", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("वाक्य.\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", "--no-config", "--glossary", str(bad), str(path)])
    assert r.exit_code == 2 and "g.tbx: cannot read the glossary" in r.stderr and r.stderr.count("\n") == 1
