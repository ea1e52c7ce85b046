from checker.rules import repetition

from rule_examples import assert_examples, family_params


@family_params(repetition)
def test_examples(rule):
    assert_examples(rule)
