"""The same Marathi content as XLIFF, PO and TMX gets the findings it gets as text (.txt), plus the
source-aware ones it gets as a source<TAB>target .tsv: the formats go through the same checks."""
from collections import Counter

import pytest

from checker.rules import all_rules
from conftest import CORPORA
from formats_helpers import findings, po, scan_json, tmx, xliff12

WRITERS = {"xlf": xliff12, "po": po, "tmx": tmx}


def _pairs():
    sources = (CORPORA / "scoring" / "source.en.txt").read_text(encoding="utf-8").splitlines()
    targets = (CORPORA / "scoring" / "hypothesis.mr.txt").read_text(encoding="utf-8").splitlines()
    return [(s, t) for s, t in zip(sources, targets) if t.strip()]


def _key(doc):
    return Counter((f["rule"], f["text"], f["severity"]) for f in findings(doc))


@pytest.mark.parametrize("ext", sorted(WRITERS))
def test_same_findings_as_the_tsv(tmp_path, ext):
    pairs = _pairs()
    tsv = tmp_path / "a.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in pairs), encoding="utf-8")
    path = tmp_path / f"a.{ext}"
    path.write_text(WRITERS[ext](pairs), encoding="utf-8")
    _, a = scan_json(tsv)
    _, b = scan_json(path)
    assert _key(a) and _key(a) == _key(b)
    assert sum(f["rule"] == "NUM011" for f in findings(b)) == 2   # checked against the source


@pytest.mark.parametrize("ext", sorted(WRITERS))
def test_seed_article_same_findings_as_the_txt_plus_source_aware_ones(tmp_path, ext):
    lines = [x for x in (CORPORA / "mr-deepseek-news.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    txt = tmp_path / "a.txt"
    txt.write_text("".join(x.strip() + "\n" for x in lines), encoding="utf-8")
    path = tmp_path / f"a.{ext}"
    path.write_text(WRITERS[ext]([(x.strip(), x.strip()) for x in lines]), encoding="utf-8")  # source = target
    _, a = scan_json(txt)
    _, b = scan_json(path)
    plain = _key(a)
    extra = _key(b) - plain
    assert plain and not plain - _key(b)                  # every finding of the text, in the translation file
    source_aware = {r.code for r in all_rules() if "--source" in r.doc()}   # NUM011, SRC001-SRC005
    assert all(rule in source_aware for rule, _, _ in extra), extra   # and only source-aware ones more
