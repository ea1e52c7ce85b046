from checker.rules import punctuation

from rule_examples import assert_examples, family_params
from rule_examples import flagged as _flagged


@family_params(punctuation)
def test_examples(rule):
    assert_examples(rule)


def test_space_before_comma_is_a_warning_even_once_and_before_a_colon_only_as_a_habit():
    once = "یہ آغاز ، جس کا، وہ ہے۔\nاور یہ، وہ، کل۔\n"
    assert {f.severity.value for f in _flagged("PUN001", once)} == {"warning"}
    label = "नाव : राम. गाव: पुणे. वय: ४०.\n"
    assert {f.severity.value for f in _flagged("PUN001", label)} == {"info"}
    habit = "नाव : राम. गाव : पुणे. वय: ४०.\n"
    assert {f.severity.value for f in _flagged("PUN001", habit)} == {"warning"}


def test_quote_may_close_in_a_later_sentence_or_line():
    assert _flagged("PUN004", "ते म्हणाले, “हे खरे आहे. आम्ही येऊ.”\n") == []
    assert _flagged("PUN004", 'ते म्हणाले, "हे खरे आहे.\nआम्ही उद्या येऊ."\n') == []


def test_mismatched_quotes_seed_shape():
    found = _flagged("PUN005", 'یہ "دوبارہ شروع ہو رہا ہے” ، "AGI کے لئے” ایک۔')
    assert [f.text for f in found] == ['"دوبارہ شروع ہو رہا ہے”', '"AGI کے لئے”']
    assert [f.fix.replacement for f in found] == ['"دوبارہ شروع ہو رہا ہے"', '"AGI کے لئے"']


def test_mismatched_quotes_across_sentences_flag_the_closer():
    found = _flagged("PUN005", 'وہ بولا "ہم جیتیں گے۔ سب دیکھیں گے” اور چلا گیا۔')
    assert [f.text for f in found] == ["”"] and found[0].fix.replacement == '"'


def test_tokenised_text_gets_info_not_warnings():
    def severity(text):
        return _flagged("PUN001", text)[0].severity.value
    mt_style = "".join(f"ماڈل {i} کا آغاز ، جس کے مطابق ہے۔\n" for i in range(6))
    tokenised = "".join(f"तो आला , आणि {i} गेला .\n" for i in range(6))
    assert severity(mt_style) == "warning"
    assert severity(tokenised) == "info"
