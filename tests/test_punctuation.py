from checker.rules import punctuation

from rule_examples import assert_examples, family_params


@family_params(punctuation)
def test_examples(rule):
    assert_examples(rule)
