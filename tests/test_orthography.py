from checker.rules import orthography

from rule_examples import assert_examples, family_params


@family_params(orthography)
def test_examples(rule):
    assert_examples(rule)
