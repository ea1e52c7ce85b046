from checker.rules import orthography

from rule_examples import assert_examples, family_params
from rule_examples import flagged as _flagged


@family_params(orthography)
def test_examples(rule):
    assert_examples(rule)


def test_eyelash_severity_follows_evidence():
    # participle and attested eyelash stems: certain; Sanskrit stems: quiet; both readings: info
    assert [f.severity.value for f in _flagged("ORT001", "करणार्या लोकांना")] == ["error"]
    assert _flagged("ORT001", "आचार्यांनी धैर्याने सौंदर्याचा कार्याला") == []
    assert [f.severity.value for f in _flagged("ORT001", "सहकार्यांवरील निर्बंध")] == ["info"]
    [f] = _flagged("ORT001", "दुसर्या दिवशी")
    assert f.fix.replacement == "दुसऱ्या" and f.fix.safe


def test_eyelash_zwj_encoding_is_quiet_and_conjunct_ra_ignored():
    assert _flagged("ORT001", "जाणार\u094d\u200dया कुत्र्याला राष्ट्र्य") == []


def test_visarga_real_colon_quiet():
    assert _flagged("ORT003", "खालीलप्रमाणे: पहिले, दुसरे") == []
    [f] = _flagged("ORT003", "विशेषत: आरोग्य")
    assert f.fix.replacement == "विशेषतः" and f.severity.value == "warning" and f.fix.safe


def test_arabic_heh_fix_uses_word_evidence():
    [f] = _flagged("ORT004", "وہ بهی آیا۔")
    assert f.fix.replacement == "ھ" and f.severity.value == "info"
    [f] = _flagged("ORT004", "وه آیا۔")
    assert f.fix.replacement == "ہ"


def test_bidi_control_is_error_and_joiner_after_virama_quiet():
    [f] = _flagged("ORT007", "हे \u202eठीक आहे")
    assert f.severity.value == "error" and f.fix.replacement == ""
    assert _flagged("ORT006", "क्\u200dष आणि अ\u200dॅप") == []
