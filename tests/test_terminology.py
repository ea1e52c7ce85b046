import pytest

from checker.analysis.glossary import load_glossary
from checker.errors import InputError
from checker.model import Options
from checker.pipeline import check_text
from checker.rules import terminology
from conftest import CORPORA
from rule_examples import assert_examples, family_params

GLOSSARY = str(CORPORA / "glossary.example.tsv")


@family_params(terminology)
def test_examples(rule):
    assert_examples(rule, Options(glossary=GLOSSARY))


@family_params(terminology)
def test_silent_without_glossary(rule):
    for text in rule.bad:
        text = text[0] if isinstance(text, tuple) else text
        assert not check_text(text, rules=[rule]).findings


def test_fix_offers_preferred_form():
    rule = terminology.RULES[0]()
    found = check_text("सिलिकॉन दरीतील कंपन्या", rules=[rule], options=Options(glossary=GLOSSARY)).findings
    assert found[0].severity.value == "error" and found[0].fix.replacement == "सिलिकॉन व्हॅली"
    assert not found[0].fix.safe


def test_bad_glossary_is_an_input_error(tmp_path):
    bad = tmp_path / "g.tsv"
    bad.write_text("term\tur\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_glossary(str(bad))
    with pytest.raises(InputError):
        load_glossary(str(tmp_path / "missing.tsv"))
    assert len(load_glossary(GLOSSARY)) == 5


def test_cli_reports_bad_glossary_in_one_line(run_cli, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("सिलिकॉन दरीतील कंपन्या\n", encoding="utf-8")
    p = run_cli("scan", "--glossary", tmp_path / "missing.tsv", doc)
    err = p.stderr.decode().strip()
    assert p.returncode == 2 and len(err.splitlines()) == 1 and "internal" not in err
    p = run_cli("scan", "--glossary", GLOSSARY, doc)
    assert p.returncode == 1 and b"TRM001" in p.stdout
