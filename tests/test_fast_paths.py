"""The fast paths change speed, never findings: rule triggers and the repeated-sentence memo."""
import pytest

from checker import pipeline
from checker.engine import document
from checker.engine.lines import LineAnalyser
from checker.rules import all_rules
from checker.rules.base import Rule
from conftest import CORPORA

TEXTS = sorted(CORPORA.glob("*.txt")) + sorted((CORPORA / "challenge").glob("*.txt"))
TRIGGERED = [r for r in all_rules() if r.trigger]


def _findings(text, rules):
    return [(f.line, f.col, f.end_col, f.rule, f.message) for f in pipeline.check_text(text, rules=rules).findings]


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.code)
def test_trigger_never_hides_a_finding(rule, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    texts += [b[0] if isinstance(b, tuple) else b for b in rule.bad]
    with_trigger = [_findings(t, [rule]) for t in texts]
    pipeline.clear_memos()
    monkeypatch.setattr(Rule, "trigger_pattern", property(lambda self: None))
    assert [_findings(t, [rule]) for t in texts] == with_trigger


def test_repeated_sentences_get_the_same_findings():
    line = "२०२23 मध्ये कर्मचार्यांची संख्या 8,72,00,30 झाली.\n"
    report = pipeline.check_text(line * 3)
    per = [[(f.col, f.end_col, f.rule) for f in s.findings] for s in report.sentences]
    assert per[0] and per[0] == per[1] == per[2]
    assert [s.line for s in report.sentences] == [1, 2, 3]


def test_memo_is_bounded():
    memo = pipeline.Memo(size=2)
    for k in range(5):
        memo.put(k, ())
    assert memo.get(0) is None and memo.get(4) == ()


def test_memo_is_bounded_by_weight_too():
    """Long lines fill the line memo's character budget before its count."""
    memo = pipeline.Memo(size=100, weight=10)
    for k in range(5):
        memo.put(k, (), weight=4)
    assert [k for k in range(5) if memo.get(k) is not None] == [3, 4]
    memo.put(4, "again", weight=4)  # putting a key again counts it once
    memo.put(9, (), weight=2)
    assert [k for k in (3, 4, 9) if memo.get(k) is not None] == [3, 4, 9] and memo.get(4) == "again"
    memo.put(10, (), weight=50)  # heavier than the budget: held alone until the next one
    assert memo.get(10) == () and memo.get(9) is None


def _repeating_document() -> str:
    """Corpus lines, then the same lines again three times in other orders: names, spaced marks
    and numbers met again, with ties and first places that depend on the order."""
    lines = [x for p in TEXTS[:4] for x in p.read_text(encoding="utf-8").splitlines()]
    # a semicolon spaced 4 times in 9: not yet the document's habit (PUN001 counts every one)
    marks = ["तो आला ; आणि गेला."] * 4 + ["एक; दोन; तीन; चार; पाच; सहा."]
    return "\n".join(lines + marks + lines[::-1] + lines[::2] + lines[1::3] + lines) + "\n"


@pytest.mark.parametrize("limit", [document.REPEATS_LIMIT, 3])
def test_document_rules_counting_repeats_change_nothing(limit, monkeypatch):
    """A repeated line's document facts are counted, not collected again, and its document
    findings reused: the report is the one where no line shares its analysis with another."""
    import pickle
    text = _repeating_document()
    monkeypatch.setattr(document, "REPEATS_LIMIT", limit)  # also when the counts are flushed early
    shared = [s.to_json() for s in pipeline.check_text(text).sentences]
    analyse = LineAnalyser.analyse
    monkeypatch.setattr(LineAnalyser, "analyse",
                        lambda self, line, number: pickle.loads(pickle.dumps(analyse(self, line, number))))
    fresh = [s.to_json() for s in pipeline.check_text(text).sentences]
    assert any(f["rule"] in ("CON001", "PUN001", "NUM010") for s in fresh for f in s["findings"])
    assert shared == fresh


def test_rules_that_count_repeats_say_how():
    from checker.model import Scope
    from checker.rules.base import DocumentRule, Repeats
    documents = [r for r in all_rules() if r.scope is Scope.DOCUMENT]
    assert all(isinstance(r, DocumentRule) for r in documents)
    counting = [r for r in documents if r.repeats is Repeats.COUNTED]
    assert {r.code for r in counting} >= {"PUN001"}  # CON001 counts per article: it needs each line's place
    for r in counting:
        assert type(r).collect_repeats is not DocumentRule.collect_repeats, r.code
