"""The corpus API: one record per segment, in order, in batches; a source turns on NUM011; the
document rules see a batch as one document only when asked; the README's pandas example runs."""
import os
import re
import shutil

import pytest

from checker import check_text
from checker.corpus import check_segments
from conftest import ROOT

PAIRS = [("About 20,000 people came.", "सुमारे 20,000 लोक आले."),
         ("The company raised 1.5 million dollars.", "कंपनीने १. million दशलक्ष डॉलर्स उभे केले."),
         (None, "२०२23 मध्ये")]
# one name spelled two ways in different segments: CON001 only when they are one document
NAMES = ["क्वारलिंटने योजना आणली.", "क्वारलिंटच्या योजनेवर टीका झाली.", "क्वारलेंटने माघार घेतली नाही."]


def _rules(rec):
    return sorted(f.rule for f in rec.findings)


def test_one_record_per_segment_with_counts_and_source():
    recs = list(check_segments(PAIRS, batch_size=2))
    assert [r.index for r in recs] == [0, 1, 2]
    assert recs[0].findings == [] and recs[0].worst is None
    assert "NUM011" in _rules(recs[1])  # the source reached the source-aware rule
    assert recs[1].counts["error"] == sum(f.severity.value == "error" for f in recs[1].findings)
    assert _rules(recs[2]) == ["NUM001"] and recs[2].worst == "error"


def test_a_segment_alone_is_checked_as_check_text_checks_it():
    for source, text in PAIRS:
        (rec,) = check_segments([(source, text)])
        report = check_text(text, source=None if source is None else [source])
        assert [(f.rule, f.line, f.col, f.message) for f in rec.findings] == \
               [(f.rule, f.line, f.col, f.message) for f in report.findings]


def test_document_rules_see_a_batch_only_when_asked():
    assert not any("CON001" in _rules(r) for r in check_segments(NAMES))
    recs = list(check_segments(NAMES, document=True))
    flagged = [r for r in recs if "CON001" in _rules(r)]
    assert flagged and all(f.line == 1 for r in flagged for f in r.findings)
    # a batch boundary is a document boundary
    assert not any("CON001" in _rules(r) for r in check_segments(NAMES, document=True, batch_size=1))


def test_multiline_segments_name_their_own_lines():
    (rec,) = check_segments(["ठीक आहे.\n२०२23 मध्ये"], language="mr")
    (f,) = [f for f in rec.findings if f.rule == "NUM001"]
    assert (f.line, f.col, f.text) == (2, 1, "२०२23")


def test_fixed_text_where_asked():
    text = "२०२23 मध्ये वापरल्या जाणार्या चिप्स"
    (rec,) = check_segments([text], fix=True)  # the safe fix (ORT001) only; NUM001's is unsafe
    assert rec.fixed == "२०२23 मध्ये वापरल्या जाणाऱ्या चिप्स" and _rules(rec) == ["NUM001", "ORT001"]
    (rec,) = check_segments([text], fix=True, unsafe_fixes=True)
    assert rec.fixed == "२०२२३ मध्ये वापरल्या जाणाऱ्या चिप्स"
    (plain,) = check_segments([text])
    assert plain.fixed is None


def test_segments_are_read_lazily():
    def endless():
        while True:
            yield "ठीक आहे."
    it = check_segments(endless(), batch_size=10)
    assert [next(it).index for _ in range(25)] == list(range(25))


def test_select_and_bad_input():
    (rec,) = check_segments([PAIRS[1]], select="NUM011")
    assert _rules(rec) == ["NUM011"]
    with pytest.raises(TypeError):
        list(check_segments([("source", 3)]))


def test_readme_pandas_example_runs(tmp_path, monkeypatch, capsys):
    pytest.importorskip("pandas", reason="pandas is not installed (pip install 'checker-ur-mr[dask]')")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Corpora at scale", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```py\n(.*?)```", section, flags=re.S)
    shutil.copytree(ROOT / "corpora", tmp_path / "corpora")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "pairs," in out and "NUM" in out and "{'error': 1" in out


def test_pass_one_keeps_or_spills_the_analysed_lines_for_pass_two(tmp_path, monkeypatch):
    """What a Dask worker keeps between the passes (in memory, or spilled to disk beyond its budget)
    gives pass two the report of lines analysed afresh."""
    from checker.corpus import engine
    monkeypatch.setattr(engine, "HELD", engine.Held(budget=50))  # characters: only the last stays in memory
    setup = engine.setup_for()
    parts = [[engine.Segment(t) for t in NAMES], [engine.Segment(t) for t in NAMES[::-1]], [engine.Segment("२०२23")]]
    keeps = [str(tmp_path / f"{i}.pkl") for i in range(3)]
    facts = [engine.facts(p, setup, "mr", keep) for p, keep in zip(parts, keeps)]
    assert all(os.path.exists(k) for k in keeps)  # every one on disk, the last also in memory
    merged = engine.merge(facts, setup, "mr")
    kept = [engine.report(p, setup, "mr", merged.states, merged.starts[i], kept=keeps[i]) for i, p in enumerate(parts)]
    assert not any(os.path.exists(k) for k in keeps) and engine.HELD.held == 0
    fresh = [engine.report(p, setup, "mr", merged.states, merged.starts[i]) for i, p in enumerate(parts)]
    dump = lambda rs: [[(s.line, s.index, [(f.rule, f.col) for f in s.findings]) for s in per] for r in rs for per in r]  # noqa: E731
    assert dump(kept) == dump(fresh) and "CON001" in str(dump(fresh))
