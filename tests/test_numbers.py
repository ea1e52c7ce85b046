from checker.pipeline import check_text
from checker.rules import numbers
from checker.rules.numbers import (ArabicIndicDigits, BrokenDigitGrouping, DanglingDecimalPoint,
                                   EnglishMagnitudeWord, EnglishOrdinalSuffix, InconsistentNumberFormat,
                                   SpelledEnglishDigit, WrongDigitSeparator)

from rule_examples import assert_examples, family_params, findings_of


@family_params(numbers)
def test_examples(rule):
    assert_examples(rule)


def test_codes_and_names_are_unique_and_numbered():
    codes = [r.code for r in numbers.RULES]
    assert len(set(codes)) == len(codes) and all(c.startswith("NUM") and len(c) == 6 for c in codes)
    assert len({r.name for r in numbers.RULES}) == len(codes)


def test_arabic_indic_fix_is_safe_and_covers_the_original_digits():
    (f,) = findings_of(ArabicIndicDigits(), "قیمت ٤٥,٠٠٠ روپے ہے")
    assert f.text == "٤٥,٠٠٠" and f.fix.replacement == "۴۵,۰۰۰" and f.fix.safe


def test_regrouping_fix_keeps_digit_script_and_separator():
    (f,) = findings_of(BrokenDigitGrouping(), "सुमारे ८,७२,००,३० कोटी")
    assert f.fix.replacement == "८७,२०,०३०" and not f.fix.safe
    (f,) = findings_of(BrokenDigitGrouping(), "قیمت ۸٬۷۲٬۰۰٬۳۰ روپے")
    assert f.fix.replacement == "۸۷٬۲۰٬۰۳۰"


def test_arabic_comma_fix_uses_the_cldr_separator_with_urdu_digits():
    (f,) = findings_of(WrongDigitSeparator(), "تقریباً ۱۰،۰۰۰ افراد")
    assert f.fix.replacement == "۱۰٬۰۰۰"
    (f,) = findings_of(WrongDigitSeparator(), "دسمبر 31،2019 کو")
    assert f.severity == "warning"


def test_dangling_point_across_a_sentence_break():
    # the splitter cuts `3. अब्ज` in two: the document rule still sees the lost decimal
    (f,) = findings_of(DanglingDecimalPoint(), "खर्च सीएनवाय 3. अब्ज झाला.")
    assert f.text == "3." and f.severity == "error"
    assert not findings_of(DanglingDecimalPoint(), "हे 2025 मध्ये घडले. लाख लोक आले.")


def test_english_magnitude_alone_is_a_warning_beside_a_number_an_error():
    (f,) = findings_of(EnglishMagnitudeWord(), "सुमारे million लोक")
    assert f.severity == "warning" and f.fix.replacement == "दशलक्ष"
    (f,) = findings_of(EnglishMagnitudeWord(), "قیمت 2 billion ڈالر")
    assert f.severity == "error" and f.fix.replacement == "ارب"


def test_spelled_digit_after_a_single_plain_letter_is_a_warning():
    (f,) = findings_of(SpelledEnglishDigit(), "ایم ٹو چپ")
    assert f.severity == "warning"
    assert not findings_of(SpelledEnglishDigit(), "پاکستان کے ون ڈے کپتان")


def test_inconsistent_format_is_info_and_reported_once_per_variant():
    text = "सन 2020 मध्ये.\nसन २०२० मध्ये.\nपुन्हा २०२० मध्ये.\n"
    found = findings_of(InconsistentNumberFormat(), text)
    assert [(f.line, f.severity) for f in found] == [(2, "info")]


def test_quiet_on_what_the_issue_lists():
    quiet = ("1985 मध्ये", "20 جنوری کو", "2023-24 मध्ये", "20 سے 50 گنا", "20 ते 40", "5.58 ملین ڈالر",
             "0.25 टक्के", "१.२ अब्ज", "50% لوگ", "70 टक्के", "A100 H800 V3 GPT-4 चिप्स", "सकाळी 10:30 वाजता",
             "फोन 0300-1234567 करा", "1. पहिला मुद्दा", "“996” कामाची पद्धत", "https://x.com/10,000/a येथे",
             "सुमारे 10,000 चिप्स", "१,२५,००,००० रुपये", "۲٬۵۰٬۰۰۰ افراد")
    for text in quiet:
        report = check_text(text, rules=[cls() for cls in numbers.RULES])
        assert not [f for s in report.sentences for f in s.findings], text


def _digit_findings(text):
    return [(f.text, f.severity) for f in findings_of(SpelledEnglishDigit(), text)]


def test_spelled_digit_severity_follows_the_evidence():
    # without a source: a hyphenated letter or a Latin code is an error, a letter run a warning
    # (MI6, BBC Two are names written that way), a name-like word an info (top five, Women to Drive)
    assert _digit_findings("ڈیپسیک-آر ون جاری ہوا") == [("ون", "error")]
    assert _digit_findings("GPT फोर मॉडेल") == [("फोर", "error")]
    assert _digit_findings("ایم آئی سکس کے ایجنٹ") == [("سکس", "warning")]
    assert _digit_findings("چیٹ جی پی ٹی فور ماڈل") == [("فور", "warning")]
    assert _digit_findings("زورانیکس ٹو ڈرائیو مہم") == [("ٹو", "info")]  # an invented name-like word


def test_spelled_digit_with_a_source():
    # the digit in a code of the source: an error; the English word there: nothing; neither: info
    assert _digit_findings("The R1 model.\tڈیپسیک آر ون ماڈل") == [("ون", "error")]
    assert _digit_findings("He spoke to BBC Two.\tبی بی سی ٹو سے بات کی") == []
    assert _digit_findings("The Women to Drive campaign.\tویمن ٹو ڈرائیو مہم") == []
    assert _digit_findings("He won the fourball.\tاس نے گالف فور بال جیتا") == []
    assert _digit_findings("A new model.\tنیا ایم ٹو ماڈل") == [("ٹو", "info")]


def test_english_ordinal_suffix():
    rule = EnglishOrdinalSuffix()
    (f,) = findings_of(rule, "वह 9th वर्गात आहे")
    assert f.severity == "warning" and f.fix is None  # वा / वी / वे: the gender decides
    (f,) = findings_of(rule, "1990s میں موسیقی")
    assert f.text == "1990s میں" and f.fix.replacement == "1990 کی دہائی میں"
    (f,) = findings_of(rule, "१९९०’s मध्ये")
    assert f.fix.replacement == "१९९० च्या दशकात"
    (f,) = findings_of(rule, "1990's کی موسیقی")
    assert f.fix.replacement == "1990 کی دہائی"
    assert [f.text for f in findings_of(rule, "یہ ۲۱st اور 11th")] == ["۲۱st", "11th"]
    for quiet in ("फिल्म The 6th Day पाहिली", "https://x.com/9th पहा", "747s طیارے", "1th", "گانا 21st Century Boy سنا",
                  "(#1860s)"):
        assert not findings_of(rule, quiet), quiet
