from checker.rules import repetition

from rule_examples import assert_examples, family_params
from rule_examples import flagged as _flagged


@family_params(repetition)
def test_examples(rule):
    assert_examples(rule)


def test_pronoun_doubling_in_seed_is_quiet():
    text = "“नियामकांना हे जाणून घ्यायचे होते की त्यांना इतक्या चिप्सची आवश्यकता का आहे?” ती व्यक्ती म्हणाली. “ते ते कसे वापरणार आहेत?"
    assert [f for code in ("REP001", "REP002", "REP003") for f in _flagged(code, text)] == []


def test_or_x_closing_clause_is_error_and_open_one_warning():
    assert [f.severity.value for f in _flagged("REP002", "یہ بہتر یا بہتر ہیں۔")] == ["error"]
    assert [f.severity.value for f in _flagged("REP002", "نوول پروٹین یا پروٹین خصوصیات")] == ["warning"]


def test_repeated_phrase_needs_a_telltale():
    listy = "उच्च संसर्गाचा धोका असलेले लोक आणि मध्यम गटातील उच्च संसर्गाचा धोका असलेले रुग्ण."
    assert _flagged("REP003", listy) == []


def test_one_phrase_repeated_on_a_huge_line_stays_bounded():
    # a line of one phrase said 2,000 times: the phrase search is bounded, not quadratic in the line
    from checker.pipeline import check_text
    report = check_text("वापरल्या जाणाऱ्या चिप्स २०२३ मध्ये आहेत " * 2000 + "\n")
    assert len(report.sentences) == 1


def _sev(code, text):
    return [(f.text, f.severity.value) for f in _flagged(code, text)]


def test_doubled_word_quiet_on_intended_repetition():
    quiet = ("یاد رہے کہ پی کے کے کہلانے والی تنظیم", "गाडीचा अपघात होता होता राहिला", "دیکھتے دیکھتے وہ چلا گیا",
             "وہ کبھی کبھی آتا ہے", "तीन तीन मुले", "سب نے اپنی اپنی رائے دی", "हळू हळू चाल")
    for text in quiet:
        assert _flagged("REP001", text) == [], text
    # a doubled auxiliary that closes the clause is still a slip; a loop is REP004's alone
    assert _sev("REP001", "तो घरी होता होता.") == [("होता होता", "warning")]
    assert _flagged("REP001", "پھیپھڑوں میں کی کی کی کی") == []


def test_name_continuations_are_quiet():
    for code in ("REP002", "REP005"):
        assert _flagged(code, "नवीन X5 आणि X5 Pro फोन आणि X5 किंवा X5 Max") == []


def test_x_and_x_severity_from_the_source():
    target = "مریضوں کو دوا اور دوا دی گئی۔"
    assert _sev("REP005", target) == [("دوا اور دوا", "info")]  # no source: worth a look
    assert _sev("REP005", "Patients got medicine and vaccine.\t" + target) == [("دوا اور دوا", "warning")]
    assert _sev("REP005", "Medicine and vaccine.\tدوا اور دوا۔") == [("دوا اور دوا", "error")]
    assert _sev("REP005", "Diagnosis and prognosis.\tनिदान आणि निदान आणि उपचार") == [("निदान आणि निदान", "error")]
    # the source says the word twice: the translation may too
    assert _flagged("REP005", "Traders and traders' unions.\tव्यापारी आणि व्यापारी संघटना") == []
    # a genitive after one word: "X and X's other …" (WHO and other health bodies)
    assert _sev("REP005", "WHO and other health bodies.\tادارہ صحت اور صحت کے دیگر ادارے") == [
        ("صحت اور صحت", "info")]


def test_same_word_twice_in_a_list():
    assert _sev("REP005", "لوگوں کو بخار، کھانسی، بخار اور تھکاوٹ ہوئی") == [("بخار", "warning")]
    assert _sev("REP005", "थकवा, सूज, सूज, गंध आणि वेदना") == [("सूज", "warning")]
    assert _flagged("REP005", "رضا حسن اور طلحہ نے تین، تین، راحت نے دو وکٹیں لیں") == []
    assert _flagged("REP005", "ताप, खोकला आणि थकवा, ताप नाही") == []


def test_two_words_said_twice_in_a_row():
    assert _sev("REP003", "اس کے بعد کے بعد وہ آیا") == [("کے بعد", "warning")]
    assert _flagged("REP003", "ان کا ساتھیوں سے کم سے کم رابطہ ہے") == []


def test_repetition_loops():
    assert _sev("REP004", "اس سے زیادہ اور اور اور اور اور") == [("اور اور اور اور اور", "error")]
    assert _sev("REP004", "तीव्र तीव्र तीव्र श्वसन") == [("तीव्र तीव्र तीव्र", "warning")]
    (f,) = _flagged("REP004", "ناک " + "کے سینے " * 40 + "ہے")
    assert f.severity.value == "error" and f.fix.replacement == "کے سینے"
    for quiet in ("یورپی یونین ای ای ای اے ممالک", "ہاں ہاں ہاں", "(MVS) (MVS-MVS)", "फोन 5 5 5 5"):
        assert _flagged("REP004", quiet) == [], quiet
    # one report per loop: neither REP001 nor REP003 repeats it
    loop = "पण काही वेळा हात धुणे हात धुणे हात धुणे हात धुणे अशा गोष्टी"
    assert _flagged("REP003", loop) == [] and _flagged("REP001", loop) == []
    assert len(_flagged("REP004", loop)) == 1


def test_stutter_names_the_repeated_piece_and_stays_linear_on_long_words():
    [f] = _flagged("REP006", "مریض کا ٹیسسسٹ ہوا")
    assert "'س' written 3 times" in f.message
    assert not _flagged("REP006", "آ" + "و" * 20000 + " ہے")  # vowel letters: no finding, one pass
    assert len(_flagged("REP006", "आ" + "व" * 20000 + " आहे")) == 1
    assert not _flagged("REP006", "आ" + "ा" * 20000 + " आहे")  # marks alone: restarts stay linear
    assert len(_flagged("REP006", "कीसीसीसी केंद्र")) == 1  # a rejected match (ीस…) hides no later one
