"""The benchmark's corpus builder (benchmarks/corpus.py) on invented text: no line repeats, the size
asked for, reproducible, real trigrams only; and the PO / TSV files for the pofilter comparison."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

MR = ["मी आज घरी जातो आणि तो बाजारात जातो.", "ती आज शाळेत जाते आणि मी घरी राहतो.",
      "आम्ही उद्या बाजारात जाऊ, पण ते आज घरी राहतील.", "तो रोज शाळेत जातो आणि ती रोज बाजारात जाते."]
UR = ["میں آج گھر جاتا ہوں اور وہ بازار جاتا ہے۔", "وہ آج اسکول جاتی ہے اور میں گھر رہتا ہوں۔",
      "ہم کل بازار جائیں گے، لیکن وہ آج گھر رہیں گے۔", "وہ روز اسکول جاتا ہے اور وہ روز بازار جاتی ہے۔"]


@pytest.fixture
def clean(tmp_path, monkeypatch):
    d = tmp_path / "clean"
    d.mkdir()
    (d / "a.mr.txt").write_text("\n".join(MR + MR[:1] + [""]) + "\n", encoding="utf-8")  # a repeat, a blank
    (d / "a.ur.txt").write_text("\n".join(UR) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "SOURCES", {"mr": ["a.mr.txt"], "ur": ["a.ur.txt"]})
    return d


def build(clean, out, megabytes=0.002, seed=7):
    out.mkdir()
    return corpus.distinct_corpus(clean, out, megabytes, files_per_language=2, seed=seed)


def test_no_line_repeats_and_the_real_lines_come_first(clean, tmp_path):
    paths, stats = build(clean, tmp_path / "out")
    assert [p.name for p in paths] == ["bench.mr.0.txt", "bench.mr.1.txt", "bench.ur.0.txt", "bench.ur.1.txt"]
    lines = [x for p in paths for x in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(set(lines)) == stats["lines"]
    assert lines[:4] == MR  # the real text once (its repeat and blank line dropped), then new lines
    assert stats["mr"]["real_lines"] == 4 and stats["mr"]["new_lines"] > 0
    assert sum(p.stat().st_size for p in paths) >= 0.002e6


def test_new_lines_are_made_of_real_trigrams(clean, tmp_path):
    paths, _ = build(clean, tmp_path / "out")
    real = {tuple(w[i:i + 3]) for x in MR for w in [x.split()] for i in range(len(w) - 2)}
    words = {w for x in MR for w in x.split()}
    for line in paths[1].read_text(encoding="utf-8").splitlines():
        w = line.split()
        if all(x in words for x in w):  # undamaged (damage adds words and changes letters)
            assert all(tuple(w[i:i + 3]) in real for i in range(len(w) - 2)), line


def test_seeded(clean, tmp_path):
    a, _ = build(clean, tmp_path / "a")
    b, _ = build(clean, tmp_path / "b")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_assert_distinct_raises_on_a_repeat(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("एक\nदोन\nएक\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="repeats"):
        corpus.assert_distinct([p])


def test_repeated_corpus_repeats(tmp_path, monkeypatch):
    d = tmp_path / "clean"
    d.mkdir()
    (d / "a.mr.txt").write_text("\n".join(MR) + "\n", encoding="utf-8")
    (d / "a.ur.txt").write_text("\n".join(UR) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "REPEATED_SOURCES", {"mr": ["a.mr.txt"], "ur": ["a.ur.txt"]})
    _, stats = corpus.repeated_corpus(d, tmp_path, 0.01, files_per_language=1)
    assert stats["repeats_per_line"] > 2


def test_po_and_tsv_hold_the_same_units(tmp_path):
    src = ['Say "hi"', "", "a\\b", 'Say "hi"', "Two"]
    tgt = ["کہو", "خالی", "الف", "پھر", "دو"]
    assert corpus.write_po(src, tgt, tmp_path / "x.po", "ur") == 3  # the empty and the repeated source left out
    assert corpus.write_tsv(src, tgt, tmp_path / "x.tsv") == 3
    po = tmp_path.joinpath("x.po").read_text(encoding="utf-8")
    assert 'msgid "Say \\"hi\\""\nmsgstr "کہو"' in po and 'msgid "a\\\\b"' in po
    assert tmp_path.joinpath("x.tsv").read_text(encoding="utf-8").splitlines()[2] == "Two\tدو"
