import pytest

from checker.normalize.segment import split_sentences


def parts(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("तो आला. ती गेली.", ["तो आला.", "ती गेली."]),
    ("قیمت 5.58 ملین ہے۔ اور", ["قیمت 5.58 ملین ہے۔", "اور"]),
    ("डॉ. राम आले.", ["डॉ. राम आले."]),
    ("The U.S. army left. Then", ["The U.S. army left.", "Then"]),
    ("Dr. Smith came.", ["Dr. Smith came."]),
    ("“का आहे?” ती म्हणाली.", ["“का आहे?”", "ती म्हणाली."]),
    ("کیوں؟ اس لیے", ["کیوں؟", "اس لیے"]),
    ("सीएनवाय १. million दशलक्ष", ["सीएनवाय १. million दशलक्ष"]),
    ("in 2025.", ["in 2025."]),
    ("हे खरे आहे!!! नक्की", ["हे खरे आहे!!!", "नक्की"]),
    ("   ", []),
    ("", []),
])
def test_split(text, expected):
    assert parts(text) == expected
