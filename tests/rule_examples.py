"""Shared driver for the per-family tests: every rule's good and bad examples."""
from __future__ import annotations

from checker.pipeline import check_text


def findings_of(rule, text: str, options=None):
    """Findings of `rule` on `text`; a `source<TAB>target` example is checked with its source."""
    sources = None
    lines = text.split("\n")
    if len(lines) > 1 and all("	" in line for line in lines):  # several `source<TAB>target` lines
        sources, lines = zip(*(line.split("	", 1) for line in lines))
        sources, text = list(sources), "\n".join(lines)
    elif "	" in text:
        source, text = text.split("	", 1)
        sources = [source]
    report = check_text(text, rules=[rule], options=options, sources=sources)
    return [f for s in report.sentences for f in s.findings if f.rule == rule.code]


def flagged(code: str, text: str):
    """Findings of the rule with this code on `text`."""
    from checker.rules import rule_by_code
    return findings_of(rule_by_code(code), text)


def assert_examples(rule, options=None) -> None:
    """`options` (e.g. a glossary) for rules whose examples need one."""
    assert rule.bad, f"{rule.code} has no bad examples"
    assert rule.good, f"{rule.code} has no good examples"
    assert rule.doc() and rule.summary(), f"{rule.code} has no docstring"
    for example in rule.bad:
        text, flagged = example if isinstance(example, tuple) else (example, None)
        found = findings_of(rule, text, options)
        assert found, f"{rule.code} missed its bad example: {text!r}"
        if flagged is not None:
            assert any(f.text == flagged for f in found), \
                f"{rule.code} flagged {[f.text for f in found]} in {text!r}, expected {flagged!r}"
        for f in found:
            if f.fix is not None:
                assert f.fix.replacement != f.text, f"{rule.code}: fix changes nothing in {text!r}"
    for text in rule.good:
        found = findings_of(rule, text, options)
        assert not found, f"{rule.code} fired on its good example {text!r}: {[(f.text, f.message) for f in found]}"


def family_params(family):
    import pytest
    return pytest.mark.parametrize("rule", [cls() for cls in family.RULES], ids=lambda r: r.code)
