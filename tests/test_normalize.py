"""Normalisation keeps a faithful way back to the original text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.normalize import normalize_line
from checker.pipeline import check_text

# Characters that normalisation rewrites, mixed with ordinary letters, digits and spaces.
TRICKY = list("كيىهـ٠١٢٣\u064e\u0651\u200b\u200c\u200d\u00ad\ufeff\u00a0\u202e\u2066"
              "र्\u093cक\u0958ऱयाांकी1 ,.،۔।\"“”") + ["र्\u200dय", "क\u093c", "\u0915\u094d\u200d"]


def _line():
    return st.lists(st.sampled_from(TRICKY + list("abc کےمیںआहे")), max_size=40).map("".join)


@given(_line())
@settings(max_examples=400, deadline=None)
def test_every_normalised_char_maps_inside_the_original(line):
    lm = normalize_line(line)
    for i in range(len(lm.text)):
        a, b = lm.to_original(i, i + 1)
        assert 0 <= a < b <= len(line)
    for i in range(len(lm.text) + 1):
        a, b = lm.to_original(i, i)
        assert 0 <= a <= b <= len(line)
    if lm.text:
        assert lm.to_original(0, len(lm.text))[1] <= len(line)


@given(_line())
@settings(max_examples=400, deadline=None)
def test_spans_are_monotonic(line):
    lm = normalize_line(line)
    starts = [lm.to_original(i, i + 1)[0] for i in range(len(lm.text))]
    assert starts == sorted(starts)


@given(st.lists(_line(), min_size=1, max_size=4).map("\n".join))
@settings(max_examples=200, deadline=None)
def test_finding_text_is_the_original_slice(text):
    lines = text.split("\n")
    report = check_text(text)
    for s in report.sentences:
        assert s.text == lines[s.line - 1][s.col - 1:s.end_col - 1]
        for f in s.findings:
            assert f.text == lines[f.line - 1][f.col - 1:f.end_col - 1]
            assert f.end_col > f.col
            assert s.col <= f.col and f.end_col <= s.end_col, "a finding lies inside its sentence"


def test_urdu_letters_unified():
    lm = normalize_line("كيا ہے ٤٥")
    assert lm.text == "کیا ہے ۴۵"
    kinds = {c.kind for c in lm.changes}
    assert {"arabic-kaf", "arabic-yeh", "arabic-indic-digit"} <= kinds


def test_tatweel_and_diacritics_removed_and_recorded():
    lm = normalize_line("کـتاب مُحَمَّد")
    assert lm.text == "کتاب محمد"
    change = next(c for c in lm.changes if c.kind == "tatweel")
    assert (change.orig_start, change.orig_end) == (1, 2)
    assert lm.to_original(1, 1) == (1, 2)  # the empty span maps to the removed tatweel


def test_both_eyelash_encodings_become_one():
    a = normalize_line("कर्मचा\u0931\u094dयांनी").text
    b = normalize_line("कर्मचा\u0930\u094d\u200dयांनी").text
    c = normalize_line("कर्मचा\u0930\u093c\u094dयांनी").text
    assert a == b == c


def test_nukta_letters_one_form():
    assert normalize_line("\u095b").text == normalize_line("\u091c\u093c").text


def test_zwj_elsewhere_is_removed_but_recorded():
    lm = normalize_line("क्\u200dष")
    assert lm.text == "क्ष"
    assert [c.kind for c in lm.changes] == ["zwj"]


def test_ascii_and_clean_lines_keep_identity():
    assert normalize_line("plain ascii").ostart is None
    assert normalize_line("साधी ओळ").ostart is None


def test_a_removed_character_opening_a_sentence_belongs_to_it():
    report = check_text("हे घर आहे. \u202eउलट\u202c आहे.\n")
    second = report.sentences[1]
    assert second.text.startswith("\u202e")
    assert all(second.col <= f.col for f in second.findings) and second.findings
