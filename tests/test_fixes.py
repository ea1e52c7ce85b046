"""Property tests for the ORT/PUN/REP fixes: applied to the original line, a fix is idempotent
(re-scanning does not raise the same finding there again) and leaves the rest of the line alone
(findings of the rule elsewhere in the line survive, unchanged)."""
from hypothesis import given, settings, strategies as st

from checker.pipeline import check_text
from checker.rules import orthography, punctuation, repetition

FIXABLE = [cls() for fam in (orthography, punctuation, repetition) for cls in fam.RULES if cls.fixable]
FILLERS = {
    "mr": ["", "आज", "ते म्हणाले", "कंपनीने नवीन मॉडेल आणले", "लहान लहान मुले", "(एआय)", "१० ते २०"],
    "ur": ["", "آج", "اس نے کہا", "کمپنی نے نیا ماڈل جاری کیا", "آہستہ آہستہ", "(اے آئی)", "10 سے 20"],
}


def _examples(rule):
    return [b[0] if isinstance(b, tuple) else b for b in rule.bad]


def _findings(rule, line):
    return [f for s in check_text(line + "\n", rules=[rule]).sentences for f in s.findings if f.rule == rule.code]


def _apply(line, f):
    return line[:f.col - 1] + f.fix.replacement + line[f.end_col - 1:]


def _check_rule(rule, line):
    before = _findings(rule, line)
    for f in [f for f in before if f.fix is not None]:
        fixed = _apply(line, f)
        lo, hi = f.col - 1, f.col - 1 + len(f.fix.replacement)
        shift = len(f.fix.replacement) - (f.end_col - f.col)
        after = _findings(rule, fixed)
        again = [g for g in after if g.col - 1 <= hi and lo <= g.end_col - 1 and g.text == f.text
                 and g.message == f.message]
        assert not again, f"{rule.code}: fix {f.fix.replacement!r} of {f.text!r} not idempotent in {line!r}"
        # findings wholly outside the fixed span survive (shifted by the length change)
        outside = {(g.col if g.end_col <= f.col else g.col + shift, g.text) for g in before
                   if g is not f and (g.end_col <= f.col or g.col >= f.end_col)}
        kept = {(g.col, g.text) for g in after}
        lost = outside - kept
        assert not lost, f"{rule.code}: fixing {f.text!r} in {line!r} changed findings outside its span: {lost}"


def _lines(rule):
    langs = [lang for lang in ("mr", "ur") if rule.applies_to(lang)]
    fill = st.sampled_from([w for lang in langs for w in FILLERS[lang]])
    return st.builds(lambda a, b, c, d: " ".join(x for x in (a, b, c, d) if x),
                     fill, st.sampled_from(_examples(rule)), fill, st.sampled_from([""] + _examples(rule)))


def _property(rule):
    @settings(max_examples=25, deadline=None)
    @given(_lines(rule))
    def run(line):
        _check_rule(rule, line)
    return run


def test_every_fixable_rule_has_a_property():
    assert {r.code for r in FIXABLE} >= {"ORT001", "ORT003", "PUN001", "REP001"}


def test_fixes_idempotent_and_local():
    for rule in FIXABLE:
        _property(rule)()


def test_fix_applied_to_seed_line():
    line = "वापरल्या जाणार्या सुमारे 10,000 चिप्स, मुख्यत: एआय संशोधनात."
    fixed = line
    for rule in FIXABLE:
        for f in sorted(_findings(rule, fixed), key=lambda f: -f.col):
            if f.fix is not None and f.fix.safe:
                fixed = _apply(fixed, f)
    assert "जाणाऱ्या" in fixed and fixed.endswith("एआय संशोधनात.")
