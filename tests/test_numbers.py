from checker.rules import numbers

from rule_examples import assert_examples, family_params


@family_params(numbers)
def test_examples(rule):
    assert_examples(rule)
