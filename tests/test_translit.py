from checker.rules import translit

from rule_examples import assert_examples, family_params


@family_params(translit)
def test_examples(rule):
    assert_examples(rule)


from checker.analysis.latin import fused_english  # noqa: E402
from checker.analysis.phonetic import letter_runs  # noqa: E402
from checker.analysis.tokens import tokenize  # noqa: E402
from checker.rules.translit.spelled_letters import spells_a_word  # noqa: E402


def test_postposition_ke_never_joins_a_letter_run():
    text = "اسکیل اے آئی کے سی ای او نے کہا"
    assert [r.letters for r in letter_runs(text, tokenize(text), "ur")] == ["AI", "CEO"]


def test_initialisms_versus_spelled_words():
    for initialism in ("CEO", "NDTV", "CNBC", "GPT", "AI", "ARDS", "HCOV", "ECMO", "CEPI", "MOE"):
        assert not spells_a_word(initialism)
    for word in ("DEPSEEC", "NVIDIA", "MICROSOFT"):
        assert spells_a_word(word)


def test_fused_english_span_covers_the_broken_word():
    text = "असे अधिका officials ्यांच्या विचारांचे"
    [f] = fused_english(text, tokenize(text))
    assert text[f.start:f.end] == "अधिका officials ्यांच्या" and f.english == "officials"
