from checker.rules import repetition

from rule_examples import assert_examples, family_params
from rule_examples import flagged as _flagged


@family_params(repetition)
def test_examples(rule):
    assert_examples(rule)


def test_pronoun_doubling_in_seed_is_quiet():
    text = "“नियामकांना हे जाणून घ्यायचे होते की त्यांना इतक्या चिप्सची आवश्यकता का आहे?” ती व्यक्ती म्हणाली. “ते ते कसे वापरणार आहेत?"
    assert [f for code in ("REP001", "REP002", "REP003") for f in _flagged(code, text)] == []


def test_or_x_closing_clause_is_error_and_open_one_warning():
    assert [f.severity.value for f in _flagged("REP002", "یہ بہتر یا بہتر ہیں۔")] == ["error"]
    assert [f.severity.value for f in _flagged("REP002", "نوول پروٹین یا پروٹین خصوصیات")] == ["warning"]


def test_repeated_phrase_needs_a_telltale():
    listy = "उच्च संसर्गाचा धोका असलेले लोक आणि मध्यम गटातील उच्च संसर्गाचा धोका असलेले रुग्ण."
    assert _flagged("REP003", listy) == []


def test_one_phrase_repeated_on_a_huge_line_stays_bounded():
    # a line of one phrase said 2,000 times: the phrase search is bounded, not quadratic in the line
    from checker.pipeline import check_text
    report = check_text("वापरल्या जाणाऱ्या चिप्स २०२३ मध्ये आहेत " * 2000 + "\n")
    assert len(report.sentences) == 1
