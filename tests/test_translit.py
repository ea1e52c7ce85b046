from checker.rules import translit

from rule_examples import assert_examples, family_params


@family_params(translit)
def test_examples(rule):
    assert_examples(rule)
