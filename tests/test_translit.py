from checker.rules import translit

from rule_examples import assert_examples, family_params


@family_params(translit)
def test_examples(rule):
    assert_examples(rule)


from checker.analysis.latin import fused_english  # noqa: E402
from checker.analysis.phonetic import letter_runs  # noqa: E402
from checker.analysis.tokens import tokenize  # noqa: E402
from checker.rules.translit.spelled_letters import spells_a_word  # noqa: E402


def test_postposition_ke_never_joins_a_letter_run():
    text = "اسکیل اے آئی کے سی ای او نے کہا"
    assert [r.letters for r in letter_runs(text, tokenize(text), "ur")] == ["AI", "CEO"]


def test_initialisms_versus_spelled_words():
    for initialism in ("CEO", "NDTV", "CNBC", "GPT", "AI", "ARDS", "HCOV", "ECMO", "CEPI", "MOE"):
        assert not spells_a_word(initialism)
    for word in ("DEPSEEC", "NVIDIA", "MICROSOFT"):
        assert spells_a_word(word)


def test_fused_english_span_covers_the_broken_word():
    text = "असे अधिका officials ्यांच्या विचारांचे"
    [f] = fused_english(text, tokenize(text))
    assert text[f.start:f.end] == "अधिका officials ्यांच्या" and f.english == "officials"


# ---- TRL003: English left untranslated --------------------------------------------------------
from checker.analysis.latin import FUNCTION, NAME, TERM, english_entry, english_lexicon, word_kind  # noqa: E402
from rule_examples import flagged  # noqa: E402


def _severities(code, text):
    return [(f.text, f.severity.value) for f in flagged(code, text)]


def test_english_lexicon_is_the_generated_table():
    from checker.data import lines
    assert len(english_lexicon()) >= 50000
    the, committee, vaccination = english_entry("the"), english_entry("committee"), english_entry("vaccination")
    assert the[0] > committee[0] > vaccination[0] and english_entry("qzvx") is None
    assert english_entry("london")[1] and not committee[1]  # international: a name in other languages too
    assert "build_english_lexicon.py" in open(lines.__globals__["DATA"] + "/english.tsv", encoding="utf-8").readline()
    rows = [r for r in lines("english.tsv")]
    assert [r.split("\t")[0] for r in rows] == sorted(r.split("\t")[0] for r in rows)  # binary-searched
    table = dict(r.split("\t") for r in rows)
    for word in list(table)[::97]:
        assert english_lexicon().get(word) == table[word] and word in english_lexicon()
        assert english_lexicon().get(word + "q") == table.get(word + "q")


def test_word_kinds():
    assert word_kind("the") == FUNCTION and word_kind("Climate") == TERM and word_kind("London") == NAME
    assert word_kind("Zorbanix") == NAME and word_kind("Committee", initial=True) == "english"


def test_single_english_word_is_a_warning():
    assert _severities("TRL003", "یہ فیصلہ vaccination کے بعد ہوا") == [("vaccination", "warning")]
    assert _severities("TRL003", "हा निर्णय committee ने घेतला") == [("committee", "warning")]


def test_rare_or_misspelt_word_is_a_warning_too():
    assert _severities("TRL003", "हा निर्णय comittee ने घेतला") == [("comittee", "warning")]
    assert _severities("TRL003", "हा निर्णय qzv ने घेतला") == [("qzv", "info")]  # short: an abbreviation?


def test_single_capitalised_common_word_is_worth_a_look():
    assert _severities("TRL003", "یہ Committee کا فیصلہ ہے") == [("Committee", "info")]


def test_hyphen_to_native_letters_is_a_half_translated_compound():
    assert _severities("TRL003", "WHO चे Director-जनरल म्हणाले") == [("Director", "info")]
    assert _severities("TRL003", "हा vice-president म्हणाला") == []


def test_clause_and_english_sentence_are_errors():
    assert _severities("TRL003", "ते म्हणाले की the virus spreads in the air असे") == \
        [("the virus spreads in the air", "error")]
    assert _severities("TRL003", "Wash your hands with soap and water.") == \
        [("Wash your hands with soap and water", "error")]


def test_a_run_of_terms_without_grammar_is_a_warning_not_an_error():
    assert _severities("TRL003", "حکومت نے Climate Change Act منظور کیا") == [("Climate Change Act", "warning")]
    assert _severities("TRL003", "यासाठी isothermal nucleic acid amplification तंत्र वापरले") == \
        [("isothermal nucleic acid amplification", "warning")]


def test_names_brands_and_products_stay_quiet():
    for text in ("کل Halvorsen نے کہا", "Brightwell Kitchen Towel ची विक्री वाढली", "TUV Produkt und Umwelt यांनी अभ्यास केला",
                 "फोनमध्ये MediaTek Helio G70 प्रोसेसर आहे", "<title> کرکٹ کی خبریں", "فائل report_final_v2 دیکھیں",
                 "تعداد &lt; 4 ہے", "SARS-CoV-2 चे ACE2-expressing पेशी", "20 mol/L ते 200"):
        assert not flagged("TRL003", text), text


def test_a_gloss_or_an_introduced_term_is_worth_a_look():
    assert _severities("TRL003", "چکنائی (fatty acids) جڑے ہوتے ہیں") == [("fatty acids", "info")]
    assert _severities("TRL003", "اسے Stored Fat یعنی چکنائی کا ذخیرہ کہتے ہیں") == [("Stored Fat", "info")]
    assert _severities("TRL003", "اس کو resting energy کہتے ہیں") == [("resting energy", "info")]


# ---- names in Latin letters: TRL004, TRL005, CON002 ---------------------------------------------
from checker.analysis.latin_names import latin_skeletons  # noqa: E402
from checker.analysis.phonetic import skeleton  # noqa: E402


def test_latin_skeleton_meets_the_transliterations():
    for latin, urdu, marathi in (("Jordan", "جارڈن", "जॉर्डन"), ("Michael", "مائیکل", "मायकल"),
                                 ("Washington", "واشنگٹن", "वॉशिंग्टन"), ("George", "جارج", "जॉर्ज"),
                                 ("Johnson", "جانسن", "जॉन्सन"), ("Thomas", "تھامس", "थॉमस")):
        assert skeleton(urdu) in latin_skeletons(latin, "ur"), latin
        assert skeleton(marathi) in latin_skeletons(latin, "mr"), latin


def test_split_name_both_directions_and_languages():
    assert _severities("TRL004", "کل مائیکل Jordan نے کہا") == [("مائیکل Jordan", "error")]
    assert _severities("TRL004", "کل Michael جارڈن نے کہا") == [("Michael جارڈن", "error")]
    assert _severities("TRL004", "काल मायकल Jordan ने सांगितले") == [("मायकल Jordan", "error")]


def test_split_name_needs_two_names_not_a_word_and_a_drug():
    for text in ("نیوکلیوٹائڈ اینالگ Remdesivir دوا ہے", "ہارمون لیپٹن Leptin کہلاتا ہے", "Woolworths आणि Coles यांनी सांगितले",
                 "जॉर्डनने Jordan लिहिले", "یہ کام T&C Ops کے اندر Bryan کو دیں", "Facebook पोस्ट मध्ये लिहिले",
                 "سپین نے فرم Shenzhen Bioeasy سے کٹیں خریدیں"):
        assert not flagged("TRL004", text), text


def test_latin_name_is_only_worth_a_look():
    assert _severities("TRL005", "یہ بات Halvorsen نے کہی") == [("Halvorsen", "info")]
    assert not flagged("TRL005", "یہ بات NASA نے کہی") and not flagged("TRL005", "یہ Committee کا فیصلہ ہے")


def test_name_in_both_scripts_warns_on_the_documents_spelling():
    text = "ہالورسن نے کہا۔ ہالورسن نے لکھا۔ Halvorsen کے مطابق یہ درست ہے۔"
    assert _severities("CON002", text) == [("Halvorsen", "warning")]
    once = "ہالورسن نے کہا۔ Halvorsen کے مطابق یہ درست ہے۔"
    assert _severities("CON002", once) == [("Halvorsen", "info")]
    glossed = "ہالورسن (Halvorsen) نے کہا۔ ہالورسن نے لکھا۔ ہالورسن نے کہا۔"
    assert not flagged("CON002", glossed)
    marathi = "क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली. Quarlint ने माघार घेतली."
    assert _severities("CON002", marathi) == [("Quarlint", "warning")]


def test_a_word_inside_quoted_speech_is_no_gloss():
    from checker.analysis.latin import enclosed
    speech = "“भारतात प्रतिभा आहे, पण wafers साठी आम्ही परदेशावर अवलंबून आहोत,” ते म्हणाले"
    at = speech.index("wafers")
    assert not enclosed(speech, at, at + 6)
    term = 'त्याला "wafers" म्हणतात'
    at = term.index("wafers")
    assert enclosed(term, at, at + 6)
    gloss = "لیپٹن (Leptin یعنی ہارمون) کی مقدار"
    at = gloss.index("Leptin")
    assert enclosed(gloss, at, at + 6)


def test_a_tokenised_domain_is_an_address():
    from checker.analysis.latin import address_spans
    text = "ही माहिती kathalaya . org वर आहे"
    assert [text[a:b] for a, b in address_spans(text)] == ["kathalaya . org"]
    assert not flagged("TRL003", text + ".")
