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
