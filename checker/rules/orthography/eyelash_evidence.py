"""Which Marathi र्य spellings need eyelash ra: morphology first, real-text word evidence second.

Not a rule: the judgement ORT001 (missing-eyelash-ra) and ORT002 (split-ra-cluster) share.

A र्य whose र starts the cluster (no virama before it) is either Sanskrit र्य (कार्य, पर्याय,
सूर्य) or the oblique of a word in -रा/-री/-र (जाणारा → जाणाऱ्या, कर्मचारी → कर्मचाऱ्यांनी),
which Marathi spells ऱ्य. The oblique shape is stem + र्य + ा/ां + case ending; the evidence
(checker/data/lexicon.mr.tsv: a word list and human text) says whether the stem's -रा/-री word exists, whether
real writers spell stem + ऱ्य, and whether stem + र्य is a Sanskrit word of its own.
"""
from __future__ import annotations

import enum
from functools import lru_cache

import regex

from ...data import word_frequencies

EYELASH, RA_YA = "\u0931\u094d\u092f", "\u0930\u094d\u092f"   # ऱ्य, र्य
# र्य with र opening the cluster (a virama before र means त्र्य, द्र्य: no eyelash possible).
RA_YA_IN_WORD = regex.compile(r"(?<=[\u0900-\u0963](?<!\u094d))\u0930\u094d\u092f")
_OBLIQUE = regex.compile(r"\u093e\u0902?")  # ा or ां right after य
# Case endings and postpositions written on the oblique (always accepted; the table adds more).
CASE_ENDINGS = ("", "च", "ची", "चा", "चे", "च्या", "ने", "नी", "ना", "ला", "स", "त", "ंत", "शी",
                "वर", "वरील", "वरचा", "कडे", "कडून", "मध्ये", "मधील", "साठी", "पासून", "पर्यंत",
                "तील", "बरोबर", "सोबत", "सह", "ही", "नाही", "प्रमाणे", "सारखा", "सारखी", "सारखे",
                "सारख्या", "विषयी", "बद्दल", "पैकी", "पेक्षा", "मुळे", "नुसार", "प्रति", "कडील")
# Sanskrit र्य words whose oblique looks like an eyelash candidate; the table usually shows them
# too, this keeps them quiet when it does not.
SANSKRIT_STEMS = ("कार्य", "सहकार्य", "आचार्य", "प्राचार्य", "आश्चर्य", "सूर्य", "धैर्य", "शौर्य",
                  "सौंदर्य", "माधुर्य", "औदार्य", "ऐश्वर्य", "चातुर्य", "गांभीर्य", "वीर्य", "तात्पर्य",
                  "अनिवार्य", "कौमार्य", "ब्रह्मचर्य", "पर्याय", "मर्यादा", "आर्य", "भार्या", "स्थैर्य")


class Verdict(enum.Enum):
    CERTAIN = "certain"      # eyelash ra needed; safe fix
    LIKELY = "likely"        # morphology says so, no direct spelling evidence
    AMBIGUOUS = "ambiguous"  # both an eyelash oblique and a Sanskrit word fit
    NONE = "none"


@lru_cache(maxsize=1)
def _evidence() -> tuple[frozenset, dict, frozenset, dict]:
    freq = word_frequencies("mr")
    endings, eyelash_stems = set(CASE_ENDINGS), {}
    sanskrit_stems = {s[:s.index(RA_YA) + 3] for s in SANSKRIT_STEMS}
    with_ra_ya = [word for word, _ in freq.containing(RA_YA)]
    for word, n in freq.containing(EYELASH):  # a C substring search, not a walk of every word
        at = word.find(EYELASH)
        while at >= 0:  # ऱ्य cannot overlap itself: the matches of regex.finditer
            stem, rest = word[:at], word[at + 3:]
            eyelash_stems[stem] = eyelash_stems.get(stem, 0) + n
            o = _OBLIQUE.match(rest)
            if o:
                endings.add(rest[o.end():])
            at = word.find(EYELASH, at + 3)
    for word in with_ra_ya:  # after the loop above: `endings` must be complete
        for m in RA_YA_IN_WORD.finditer(word):
            rest = word[m.end():]
            o = _OBLIQUE.match(rest)
            if not o or rest[o.end():] not in endings:
                sanskrit_stems.add(word[:m.end()])  # कार्य, कार्यक्रम, पर्याय: र्य of its own
    return frozenset(endings), eyelash_stems, frozenset(sanskrit_stems), freq


def judge(word: str, at: int) -> Verdict:
    """Verdict for the र्य starting at offset `at` of `word` (normalised text)."""
    endings, eyelash_stems, sanskrit, words = _evidence()
    stem, rest = word[:at], word[at + 3:]
    o = _OBLIQUE.match(rest)
    if not stem or not o or rest[o.end():] not in endings:
        return Verdict.NONE
    if stem.endswith("णा"):  # participle -णारा/-णारी: no Sanskrit word ends so
        return Verdict.CERTAIN
    base = any(stem + end in words for end in ("रा", "री", "र"))
    seen_eyelash = eyelash_stems.get(stem, 0) > 0
    if stem + RA_YA in sanskrit:
        return Verdict.AMBIGUOUS if seen_eyelash else Verdict.NONE
    if seen_eyelash:
        return Verdict.CERTAIN
    return Verdict.LIKELY if base or _marathi_oblique_shape(stem, rest) else Verdict.NONE


def _marathi_oblique_shape(stem: str, rest: str) -> bool:
    """A stem the evidence has never seen, ending in ा, े or ो before र्य: the shape of a Marathi
    -ारी/-ारा/-ेरी/-ोरी noun (उतारा → उताऱ्यावर, सुपारी → सुपाऱ्या, फेरी → फेऱ्या, चोरी → चोऱ्या).
    Sanskrit र्य follows these vowels only in कार्य and its compounds (बचावकार्यात), the -चार्य
    titles and the -हार्य gerundives (आहार्य, अपरिहार्य): after का/चा/हा only the personal plural
    (-ांना, -ांनी: भिकाऱ्यांना, मांसाहाऱ्यांनी) counts. ी ू ै ौ
    (सूर्य, धैर्य, शौर्य) and consonants (आश्चर्य, पर्याय) never count."""
    if len(stem) < 3 or stem[-1] not in "\u093e\u0947\u094b":
        return False
    return not stem.endswith(("का", "चा", "हा")) or rest in ("\u093e\u0902\u0928\u093e", "\u093e\u0902\u0928\u0940")


def with_eyelash(word: str, at: int) -> str:
    return word[:at] + EYELASH + word[at + 3:]
