"""The one number parser (checker/analysis/numbers.py) and the grouping property of NUM002."""
from hypothesis import given, settings, strategies as st

from checker.analysis.numbers import (INDIAN, WESTERN, group_digits, grouping_styles, magnitudes,
                                      parse_numbers)
from checker.analysis.scripts import to_digit_script
from checker.rules.numbers import BrokenDigitGrouping, LostLeadingDigits, WrongDigitSeparator

from rule_examples import findings_of


def one(text):
    numbers = parse_numbers(text)
    assert len(numbers) == 1, numbers
    return numbers[0]


def test_groups_separators_and_decimal():
    n = one("कुल 1,234,567.89 रुपये")
    assert n.groups == ("1", "234", "567", "89")
    assert n.integer_groups == ("1", "234", "567") and n.fraction == "89"
    assert n.grouping == {WESTERN} and n.integer_value == 1234567
    assert n.value_key == (1234567, "89")


def test_indian_and_both_styles():
    assert one("८७,२०,०३० कोटी").grouping == {INDIAN}
    assert one("10,000 चिप्स").grouping == {WESTERN, INDIAN}
    assert one("۱,۲۵,۰۰,۰۰۰").grouping == {INDIAN}


def test_broken_groupings():
    for text in ("8,72,00,30", "4,50,00,00", "12,5000", "3,4,5,000", "1,2345"):
        assert one(text).grouping == frozenset(), text


def test_regrouped_only_when_unambiguous():
    assert one("8,72,00,30").regrouped() == "87,20,030"
    assert one("1,2345").regrouped() == "12,345"          # both styles agree below a lakh
    assert one("3,4,5,000").regrouped() is None          # 345,000 or 3,45,000?


def test_lists_leading_zeros_and_orphans():
    assert one("1,2,3").looks_like_list
    assert not one("8,72,00,30").looks_like_list
    assert one("000००,०००").leading_zero and one("0,000").leading_zero
    assert not one("0,5").leading_zero and not one("0.25").leading_zero and not one("007").leading_zero
    a, b = parse_numbers("सुमारे २०, ००० पुस्तके")
    assert b.split_group and not a.split_group
    assert not parse_numbers("पाने 10, 20, 300")[2].split_group


def test_dangling_point_and_magnitude_after():
    n = parse_numbers("सीएनवाय १. million दशलक्ष")[0]
    assert n.dangling_point == (n.end, n.end + 1)
    assert n.magnitude_after.text == "million" and n.magnitude_after.is_english
    assert parse_numbers("in 2025.")[0].dangling_point is None
    assert parse_numbers("قیمت 5.58 ملین")[0].dangling_point is None
    assert parse_numbers("قیمت 5.58 ملین")[0].magnitude_after.text == "ملین"
    assert parse_numbers("1. पहिला")[0].at_sentence_start


def test_context_flags():
    assert one("https://x.com/a/10,000").in_url
    assert one("A100 चिप्स").attached
    assert one("1.234.567").european_grouping
    assert not one("12.03.2020").european_grouping and not one("192.168.100.200").european_grouping


def test_magnitude_words_and_inflections():
    found = [(m.text, m.exponent, m.language) for m in magnitudes("दशलक्षांहून अधिक, लाखो लोक, ५ कोटींचा, ۳ اربوں، 2 Million")]
    assert found == [("दशलक्षांहून", 6, "mr"), ("लाखो", 5, "mr"), ("कोटींचा", 7, "mr"),
                     ("اربوں", 9, "ur"), ("Million", 6, "latin")]
    assert magnitudes("लक्ष द्या, कोट घाला") == ()


SCRIPTS = ("ascii", "devanagari", "urdu", "arabic-indic")
CONTEXT = {"ascii": "सुमारे {} लोक", "devanagari": "सुमारे {} लोक", "urdu": "تقریباً {} افراد",
           "arabic-indic": "تقریباً {} افراد"}


@settings(max_examples=300, deadline=None)
@given(value=st.integers(min_value=0, max_value=10 ** 15), style=st.sampled_from((WESTERN, INDIAN)),
       script=st.sampled_from(SCRIPTS), fraction=st.one_of(st.none(), st.integers(0, 999)),
       urdu_separator=st.booleans())
def test_any_valid_grouping_keeps_the_grouping_rules_silent(value, style, script, fraction, urdu_separator):
    sep = "٬" if urdu_separator and script in ("urdu", "arabic-indic") else ","
    text = group_digits(str(value), style, sep)
    assert style in grouping_styles(tuple(text.split(sep)))
    if fraction is not None:
        text += "." + str(fraction)
    text = to_digit_script(text, script)
    sentence = CONTEXT[script].format(text)
    for rule in (BrokenDigitGrouping(), WrongDigitSeparator(), LostLeadingDigits()):
        assert not findings_of(rule, sentence), (rule.code, sentence)
