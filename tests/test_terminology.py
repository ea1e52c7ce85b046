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


# ---- the one-pass matcher finds what a search per form found ---------------------------------

import regex
from hypothesis import given, settings, strategies as st

from checker.analysis.glossary_matcher import ENGLISH, REJECTED, GlossaryMatcher
from checker.langs.affixes import SUFFIXES

_WORDS = ["दरी", "सिलिकॉन", "निळे", "बंदर", "Blue", "blue", "AI", "3D", "سلیکون", "وادی", "ए", "दरीत"]
_GLUE = [" ", " ", "", "-", ", ", "3", "त", "मध्ये", "ला"]


def _per_form_search(text, form, language):
    """The former TRM001 search: one pattern per form."""
    endings = "|".join(regex.escape(s) for s in sorted(SUFFIXES.get(language, ()), key=len, reverse=True))
    tail = f"(?:{endings}|त|ात)?" if endings else ""
    pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(form)}(?={tail}(?![\p{{L}}\p{{M}}]))"
    return [(m.start(), m.end()) for m in regex.finditer(pattern, text, regex.IGNORECASE)]


_phrase = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(forms=st.lists(st.tuples(_phrase, st.sampled_from([REJECTED, ENGLISH])), min_size=1, max_size=6),
       pieces=st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=12),
       language=st.sampled_from(["mr", "ur"]))
def test_matcher_finds_what_a_search_per_form_found(forms, pieces, language):
    text = "".join(w + g for w, g in pieces)
    indexed = [(form, t, kind, 0) for t, (form, kind) in enumerate(forms)]
    got = [(h.term, h.kind, h.form, h.start, h.end) for h in GlossaryMatcher(indexed, language).hits(text)]
    expected = [(t, kind, 0, a, b) for t, (form, kind) in enumerate(forms)
                for a, b in _per_form_search(text, form, language)]
    assert got == sorted(expected)
