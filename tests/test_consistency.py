from checker.rules import consistency

from rule_examples import assert_examples, family_params


@family_params(consistency)
def test_examples(rule):
    assert_examples(rule)


from checker.analysis.phonetic import decode_joined, inflected_forms, skeleton  # noqa: E402
from checker.pipeline import check_text  # noqa: E402
from checker.rules.consistency import NameSpelledSeveralWays  # noqa: E402


def _flagged(text):
    report = check_text(text, rules=[NameSpelledSeveralWays()])
    return [(f.text, f.severity.value, f.message) for f in report.findings]


def test_invented_name_devanagari_variants_name_the_main_spelling():
    text = ("ब्रोकाविनने नवे उत्पादन आणले. ब्रोकाविनच्या समभागांत वाढ झाली. ब्रोकाविन आता मोठी आहे. "
            "ब्रोकावीनने करार केला. ब्रोकाविनबद्दल चर्चा झाली. ब्रोका-विनला मान्यता मिळाली.\n")
    found = _flagged(text)
    assert {t for t, *_ in found} == {"ब्रोकावीन", "ब्रोका-विन"}
    assert all("ब्रोकाविन" in m and "(4 times)" in m for *_, m in found)


def test_invented_name_urdu_variants_with_spaces_and_retroflex():
    text = ("ٹرومیکس نے کہا۔ ٹرومیکس کے مطابق یہ درست ہے۔ ٹرومیکس نے انکار کیا۔ "
            "ترومیکس نے بیان دیا۔ ٹرو میکس کی کامیابی۔\n")
    assert {t for t, *_ in _flagged(text)} == {"ترومیکس", "ٹرو میکس"}


def test_letter_spelled_part_clusters_with_the_phonetic_form():
    text = "زیکوبٹ نے کہا۔ زیکوبٹ کے مطابق۔ زیکوبٹ آگے ہے۔ زیکو بی ٹی پیچھے ہے۔\n"
    assert [t for t, *_ in _flagged(text)] == ["زیکو بی ٹی"]


def test_ordinary_inflection_never_clusters():
    assert not _flagged("मुलगा आला. मुलगी आली. मुलग्याला सांगितले. मुलगा गेला.\n")
    assert not _flagged("तरतूद केली. तरतुदी लागू. तरतूद आहे. तरतूद नाही.\n")


def test_skeleton_merges_transliteration_variants():
    assert skeleton("दीपसीक") == skeleton("डीपसेक") == skeleton("दिपसिक")
    assert skeleton("ڈیپسیک") == skeleton("دیپساک") == skeleton("دیپیسیک")
    assert skeleton("फ्लायअर") == skeleton("फ्लाइयर")
    assert skeleton("रोखता") != skeleton("रक्ता")  # aspirates keep their class


def test_joined_letter_names_decode():
    assert decode_joined("एनडीटीव्ही", "mr") == "NDTV"
    assert decode_joined("सीईओ", "mr") == "CEO"
    assert decode_joined("कंपनी", "mr") is None


def test_inflected_forms():
    assert inflected_forms("मुलगा", "मुलगी") and inflected_forms("लाकूड", "लाकडी")
    assert inflected_forms("لڑکا", "لڑکے")
    assert not inflected_forms("दीपसेक", "दीपसीक") and not inflected_forms("اوپن", "اوپنائی")


# ---- grammar, evidence and scope -------------------------------------------------------------

from checker.analysis.morphology import difference, same_word  # noqa: E402


def test_grammatical_forms_are_one_word():
    assert same_word("ٹرولمبہ", "ٹرولمبے", "ur") and same_word("ٹرولمبا", "ٹرولمبے", "ur")  # ہ/ے, ا/ے
    assert same_word("کوبارت", "کوبارات", "ur") and same_word("کوبارت", "کوبارتوں", "ur")  # plurals
    assert same_word("زیمبوریا", "زیمبوریائی", "ur") and same_word("زیمبورا", "زیمبورائے", "ur")  # ی/ئی, izafat
    assert same_word("پاکستانی ٹرولمب", "پاکستان ٹرولمب", "ur")  # word by word
    assert same_word("झोरबाडा", "झोरबाड्या", "mr") and same_word("झोरबाडा", "झोरबाड्यांनी", "mr")
    assert not same_word("ڈیپسیک", "ڈیپیسیک", "ur") and not same_word("क्लोरायटन", "क्लोरिटन", "mr")


def test_what_separates_two_spellings():
    assert difference("ڈیپسیک", "دیپسیک") == "sound" and difference("डीपसीक", "दीपसीक") == "sound"
    assert difference("क्लोरोक्विन", "क्लोरोक्वीन") == "sound" and difference("انزائم", "انزایم") == "sound"
    assert difference("क्लोरायटन", "क्लोरिटन") == "vowel" and difference("حامد", "حمید") == "vowel"
    assert difference("ڈیپسیک", "دیپیسیک") == "both" and difference("बायडेन", "बाडेन") == "vowel"
    assert difference("ग्रेव्हिटास", "ग्रेविटास") == "sound" and difference("कहर", "कर") == "other"  # व्ह / व


def _repeat(main, variant, frame, times=3):
    return " ".join([frame.format(main)] * times + [frame.format(variant)]) + "\n"


def test_inflected_forms_of_an_unknown_word_are_not_variants():
    assert not _flagged(_repeat("ٹرولمبے", "ٹرولمبہ", "یہ {} ہے۔"))
    assert not _flagged(_repeat("کوبارات", "کوبارت", "یہ {} ہے۔"))
    assert not _flagged(_repeat("زیمبوریائی", "زیمبوریا", "یہ {} ہے۔"))


def test_vowel_only_difference_is_info_consonant_only_is_a_warning():
    # two names as often as one: a vowel apart; ड/द is one sound written two ways
    assert [s for _, s, _ in _flagged(_repeat("क्रोबिटन", "क्रोबायटन", "हे {} आहे."))] == ["info"]
    assert [s for _, s, _ in _flagged(_repeat("क्रोबिटन", "क्रोबिटण", "हे {} आहे."))] == ["warning"]


def test_a_word_with_its_neighbour_glued_on_is_no_variant():
    text = "وہ ویلارکس آیا۔ ویلارکس نے کہا۔ ویلارکس گیا۔ اور وہ ویلارکس بولا۔\n"
    assert not _flagged(text)


def test_a_blank_line_ends_the_document():
    one = "क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली. क्वारलिंट आली. क्वारलेंटने माघार घेतली नाही.\n"
    assert _flagged(one)
    apart = one.replace(" क्वारलेंटने", "\n\nक्वारलेंटने")
    assert not _flagged(apart)


def test_a_translation_memory_without_blank_lines_is_one_document():
    """Unrelated sentences one per line are one document: variants meet across lines, so only
    strong evidence (here: ड/द, one sound) makes a warning; a vowel difference stays info."""
    lines = ["हे क्रोबिटन आहे."] * 3 + ["ते दुसरे वाक्य आहे."] * 5 + ["हे क्रोबिटण आहे.", "हे क्रोबायटन आहे."]
    found = {t: s for t, s, _ in _flagged("\n".join(lines) + "\n")}
    assert found == {"क्रोबिटण": "warning", "क्रोबायटन": "warning"}  # three spellings: MT churning
    lines.remove("हे क्रोबिटण आहे.")
    assert {t: s for t, s, _ in _flagged("\n".join(lines) + "\n")} == {"क्रोबायटन": "info"}


def _flagged_with_source(pairs):
    sources = [s for s, _ in pairs]
    text = "\n".join(t for _, t in pairs) + "\n"
    report = check_text(text, rules=[NameSpelledSeveralWays()], sources=sources)
    return {f.text: f.severity.value for f in report.findings}


def test_the_source_names_the_name():
    same = [("Crobiton said so.", "क्रोबिटनने सांगितले.")] * 2 + [("Crobiton came.", "क्रोबायटन आला.")]
    assert _flagged_with_source(same) == {"क्रोबायटन": "warning"}  # one English name: one name
    other = [("Crobiton said so.", "क्रोबिटनने सांगितले.")] * 3 + [("Crobaiton came.", "क्रोबायटन आला.")]
    assert _flagged_with_source(other) == {}  # two English names: two names
    nameless = [("Crobiton said so.", "क्रोबिटनने सांगितले.")] * 3 + [("It came.", "क्रोबिटण आला.")]
    assert _flagged_with_source(nameless) == {}  # the variant's source never names Crobiton


def test_a_name_cut_in_two_is_a_warning_where_a_half_is_no_word():
    text = "ولارکسون نے کہا۔ ولارکسون آیا۔ ولارکسون گیا۔ ولار کسون بولا۔ پانی کسور گیا۔\n"
    assert [(t, s) for t, s, _ in _flagged(text)] == [("ولار کسون", "warning")]
    text = "پانیکسور نے کہا۔ پانیکسور آیا۔ پانیکسور گیا۔ پانی کسور بولا۔\n"  # پانی is a word, کسور not
    assert [(t, s) for t, s, _ in _flagged(text)] == [("پانی کسور", "warning")]
    text = "اظہرعلی نے کہا۔ اظہرعلی آیا۔ اظہرعلی گیا۔ اظہر علی بولا۔\n"  # two words: Urdu joins them too
    assert [s for _, s, _ in _flagged(text)] in ([], ["info"])


def test_articles_are_the_same_streamed_and_in_blocks(monkeypatch):
    """The article of a line comes from its place (line number less lines with text): the
    streamed and the block-parallel reports agree with the plain one."""
    from checker import pipeline
    article = "क्वारलिंटने योजना आणली.\nक्वारलिंटच्या योजनेवर टीका झाली.\nक्वारलिंट आली.\nक्वारलेंटने माघार घेतली.\n"
    text = article + "\n" + article.replace("क्वारलेंटने", "ती") + "\n\n" + "क्वारलेंटने सांगितले.\n\n" + article
    rules = [NameSpelledSeveralWays()]
    plain = [(f.line, f.text) for f in check_text(text, rules=rules).findings]
    assert plain == [(4, "क्वारलेंट"), (17, "क्वारलेंट")]  # line 12 is an article of its own
    lines = text.splitlines(keepends=True)
    streamed = pipeline.check_lines(lambda: iter(lines), "<t>", rules=rules)
    assert [(f.line, f.text) for s in streamed.sentences for f in s.findings] == plain
    from checker.engine import run
    from checker.parallel import ProcessPool
    monkeypatch.setattr(run, "PARALLEL_MIN_LINES", 1)
    pipeline.clear_memos()
    assert [(f.line, f.text) for f in check_text(text, rules=rules, executor=ProcessPool(2)).findings] == plain


def test_in_a_memory_a_variant_far_from_the_main_spelling_is_info():
    near = ["हे क्रोबिटन आहे."] * 3 + ["हे क्रोबिटण आहे."]
    far = ["हे क्रोबिटन आहे."] * 3 + ["ते दुसरे वाक्य आहे."] * 40 + ["हे क्रोबिटण आहे."]
    assert [s for _, s, _ in _flagged("\n".join(near) + "\n")] == ["warning"]
    assert [s for _, s, _ in _flagged("\n".join(far) + "\n")] == ["info"]
