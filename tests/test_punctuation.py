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


# PUN004: quotes as Urdu and Marathi writers pair them

def test_urdu_quotes_pair_in_either_direction():
    for text in ("انہوں نے کہا ”وقت کم ہے“ اور چلے گئے۔", "انہوں نے کہا “وقت کم ہے” اور چلے گئے۔",
                 "وہ انہیں ”قوم کا مسیحا” قرار دیتے تھے۔", "اسے’’ نیا دور ‘‘کہا گیا۔",
                 "انہوں نے کہا کہ” ہمارا ماحول مربوط ہے ‘‘۔", 'اس نے کہا "ٹھیک ہے" اور ‘اچھا’ بھی۔'):
        assert _flagged("PUN004", text) == [], text


def test_nested_quotes_are_balanced():
    assert _flagged("PUN004", "ते म्हणाले, “हा ‘नवा’ आणि “मोठा” प्रकल्प आहे.”") == []
    assert _flagged("PUN004", 'ते म्हणाले, “हा "नवा" प्रकल्प आहे.”') == []


def test_quotation_over_lines_closes_within_the_window():
    urdu = "اس نے کہا ”ہم آئیں گے۔\nسب ساتھ چلیں گے۔\nپھر دیکھیں گے“۔\n"
    assert _flagged("PUN004", urdu) == []
    assert _flagged("PUN004", "“सुरुवात\n" + "मधली ओळ.\n" * 7 + "शेवट.”\n") == []
    late = _flagged("PUN004", "“सुरुवात\n" + "मधली ओळ.\n" * 9 + "शेवट.”\n")
    assert [f.severity.value for f in late] == ["warning", "info"]  # 9 lines on: out of the window
    # a blank line (a new paragraph or article) ends the window for a closer
    assert _flagged("PUN004", "“सुरुवात आहे.\n\nशेवट आहे.”\n") != []


def test_brackets_over_lines_are_balanced():
    assert _flagged("PUN006", "हे (पहिले\nदुसरे) आहे.\n") == []


def test_one_stray_quote_is_one_finding_on_it_at_info():
    for text, want in (("ते म्हणाले “पाणी” आले” आणि गेले.", 2), ("ते a” b “पाणी” आले.", 0),
                       ('اس نے "ہاں" کہا اور چلا گیا"۔', 2)):
        found = _flagged("PUN004", text)
        assert len(found) == 1, (text, found)
        assert found[0].severity.value == "info"
        marks = [i for i, ch in enumerate(text) if ch in '"“”']
        assert found[0].col - 1 == marks[want], (text, found[0].col)


def test_an_opener_never_closed_stays_a_warning():
    found = _flagged("PUN004", "स्टीफन वू म्हणाले, “जर चिनी संस्था हे मॉडेल बनले तर.\nदुसरी ओळ.\n")
    assert [(f.text, f.severity.value) for f in found] == [("“", "warning")]


# PUN003: the two-dot suspension

def test_two_dot_suspension_is_info_without_fix():
    found = _flagged("PUN003", "नेते काय सांगतात..\n")
    assert [(f.text, f.severity.value, f.fix) for f in found] == [("..", "info", None)]
    for text, mark in (("हे खरे आहे,, चला.", ",,"), ("وہ چلا گیا۔۔", "۔۔"), ("हे असे होते।।", "।।"),
                       ("یہ ہے ، ، وہ۔", "، ،"), ("ठीक आहे,.", ",.")):
        found = _flagged("PUN003", text)
        assert [(f.text, f.severity.value) for f in found] == [(mark, "warning")], text
        assert found[0].fix.safe


# PUN007: glued sentences

def test_glued_sentences_flag_the_stop_in_its_own_sentence():
    found = _flagged("PUN007", "بارش ہوئی ہے.یہ اچھا ہے۔")
    assert [(f.text, f.fix.replacement, f.fix.safe) for f in found] == [(".", ". ", True)]
    found = _flagged("PUN007", "پانی آ گیا۔اب سب خوش ہیں۔")  # `۔` always ends a sentence
    assert [(f.text, f.severity.value, f.sentence) for f in found] == [("۔", "warning", 0)]


def test_glued_sentences_fix_inserts_a_space():
    from checker import fixer
    from checker.pipeline import check_text
    from checker.rules import rule_by_code
    rule = rule_by_code("PUN007")
    for text, want in (("पाऊस पडला आहे.तो थांबला नाही.\n", "पाऊस पडला आहे. तो थांबला नाही.\n"),
                       ("پانی آ گیا۔اب سب خوش ہیں؟کیوں نہیں۔\n", "پانی آ گیا۔ اب سب خوش ہیں؟ کیوں نہیں۔\n")):
        assert fixer.fix_text(text, lambda t: check_text(t, rules=[rule])).text == want


def test_glued_sentences_non_cases():
    for text in ("قیمت 5.5 فیصد بڑھی۔", "डॉ.आंबेडकर यांनी ई.स.१९५० मध्ये लिहिले.", "यू.एस.मध्ये पाऊस पडला.",
                 "एम.कॉम झाले.", "ایم۔کیو۔ایم نے جلسہ کیا۔", "اے.آر.رحمان آئے۔", "पहा न्यूज.कॉम वर",
                 "फाइल report.pdf पहा", "लिहा a@b.com वर", "The U.S.A. is big.", "तो आला. मग गेला.", "ن۔لیگ جیت گئی۔"):
        assert _flagged("PUN007", text) == [], text


def test_glued_one_akshara_suffix_gets_no_safe_fix():
    found = _flagged("PUN007", "त्यांनी मदत दिल्या.ने सर्व खूश झाले.")
    assert len(found) == 1 and not found[0].fix.safe


def test_a_line_of_paired_quotes_ends_the_window():
    # a quotation still open cannot hold a later line's own "…": the opener above stays unclosed
    text = 'तो म्हणाला "सुरुवात.\nती म्हणाली "हो" आणि गेली.\nशेवट."\n'
    assert [(f.text, f.severity.value) for f in _flagged("PUN004", text)] == [('"', "warning"), ('"', "info")]


def test_quotes_spaced_inside_pair():
    # Indian Urdu often spaces the inside of a quotation and glues the outside
    for text in ("اسے’’ نیا دور ’’کہا گیا۔", "کہ” ہمارا ماحول مربوط ہے ”اور سب خوش ہیں۔"):
        assert _flagged("PUN004", text) == [], text
