from checker.rules import consistency

from rule_examples import assert_examples, family_params


@family_params(consistency)
def test_examples(rule):
    assert_examples(rule)
