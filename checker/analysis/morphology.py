"""How two spellings that share a phonetic skeleton differ: grammar, orthography or the name itself.

The consistency rule asks two questions of a pair of spellings:
  * `same_word(a, b)`: are they grammatical forms of one word (Urdu لڑکا/لڑکے, واقعہ/واقعات,
    ہندوستان/ہندوستانی, دنیا/دنیائے; Marathi मुलगा/मुलग्या,
    कारवाई/कारवायां)? Then they are not variants at all;
  * `difference(a, b)`: what separates them: only spaces, only letters that write one sound
    (ڈ/د, ٹ/ت, ड/द, ि/ी: "sound"), only vowels ("vowel": मार्टिन/मार्टेन, حامد/حمید: different
    names as often as variants), or both ("both").
Built from the languages' grammar (endings, letter classes), not from word lists.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from ..langs.affixes import strip_suffix

# Urdu inflection and derivation endings that replace or follow a stem's last letter: the
# ہ/ے/ا of the masculine oblique, plurals (وں, ات, یں, یاں), nisba adjectives (ی, ئی), izafat (ۂ, ئے, ِ)
_UR_ENDINGS = ("ئیاں", "یوں", "یاں", "ئیں", "ئی", "ئے", "ؤں", "وں", "یں", "ات", "ۂ", "ہ", "ے", "ا", "ی", "ِ", "ں", "ئ", "ء")
# Marathi endings that follow an oblique stem, and the final vowels the oblique changes
_MR_ENDINGS = ("ांच्या", "ांना", "ांनी", "ांचा", "ांची", "ांचे", "ांत", "ांस", "ास", "ात", "ां", "ाने", "त", "स",
               "ीत", "ेत", "ी", "ा", "े", "ो", "ू", "ु", "ि", "ं", "्या", "्याने", "्याला", "्याच्या", "्यात",
               "ई", "ऊ", "ए", "आ", "ये", "या", "यां")
_MIN_STEM = 2


@lru_cache(maxsize=1 << 16)
def stems(word: str, language: str) -> frozenset[str]:
    """The word and what is left of it when one grammatical ending is removed."""
    endings = _UR_ENDINGS if language == "ur" else _MR_ENDINGS
    if language == "mr":
        word = strip_suffix(word, language)[0]
    out = {word}
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= _MIN_STEM:
            out.add(word[:-len(e)])
    if language == "ur" and word.endswith("ت") and len(word) > 2:
        out.add(word[:-1] + "ات")  # Arabic feminine: آفت → آفات (the ت is the plural's)
    return frozenset(out)


def _word_forms(a: str, b: str, language: str) -> bool:
    if a == b:
        return True
    sa, sb = stems(a, language), stems(b, language)
    if sa & sb or a in sb or b in sa:
        return True
    return language == "ur" and (a.endswith("ات") and a in sb or b.endswith("ات") and b in sa)


@lru_cache(maxsize=1 << 16)
def same_word(a: str, b: str, language: str) -> bool:
    """Grammatical forms of one word (or phrase): word by word equal or differing only by endings."""
    wa, wb = a.replace("-", " ").split(), b.replace("-", " ").split()
    if len(wa) != len(wb) or a == b:
        return False
    return all(_word_forms(x, y, language) for x, y in zip(wa, wb))


# ---- what separates two spellings ------------------------------------------------------------

_VOWELS = set("اآأإےیيىوؤئءۓہۂةعھ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # Urdu
              "अआइईउऊऋएऐओऔऑॲऍािीुूृेैोौॅॉ्ंँःयव\u200c\u200d")  # Marathi; anusvara/virama/glides too
# letters one sound is transliterated with: a swap inside a class is a spelling, not another word
_SAME_SOUND = [set("دڈ"), set("تٹ"), set("ڑر"), set("दड"), set("तट"), set("नण"), set("लळ"),
               set("शष"), set("ذز"), set("سصث"), set("قک"), set("حہ")]


# vowel spellings of one sound: length marks Marathi writers use freely in loans (क्लोरोक्विन/
# क्लोरोक्वीन), ऑ/ओ, anusvara for a nasal consonant, Urdu hamza seats (انزائم/انزایم, ایئر/ایر)
# and the two hehs of aspiration; not ाय/ि or ा/ाय (Brighton/Britain, Baden/Biden)
_SAME_VOWEL = [set("िी"), set("ुू"), set("इई"), set("उऊ"), set("ॉो"), set("ऑओ"), set("ئی"), set("ھہ")]
_SAME_NASAL = {frozenset(("ं", "न्")), frozenset(("ं", "म्")), frozenset(("ं", "ण्")), frozenset(("ँ", "ं"))}


def _same_sound(x: str, y: str, classes=_SAME_SOUND) -> bool:
    return len(x) == len(y) and all(p == q or any(p in s and q in s for s in classes) for p, q in zip(x, y))


def _same_vowel(x: str, y: str) -> bool:
    return _same_sound(x, y, _SAME_VOWEL) or frozenset((x, y)) in _SAME_NASAL or \
        not (x and y) and all(ch in "ئء" for ch in x + y)


def _v_aspirated(x: str, y: str, before: str) -> bool:
    """व्ह against व: how Marathi writes English v (व्हिडिओ), which MT also writes plain (विडिओ)."""
    return before == "\u0935" and {x, y} == {"\u094d\u0939", ""}


@lru_cache(maxsize=1 << 16)
def difference(a: str, b: str) -> str:
    """'space' (only spaces or hyphens differ), 'sound' (only letters or vowel marks that write
    one sound swapped), 'vowel' (vowel letters, signs, glides or nasals differ), 'both' (vowels
    and letters of one sound), or 'other' (some other letter differs)."""
    a, b = a.replace(" ", "").replace("-", ""), b.replace(" ", "").replace("-", "")
    if a == b:
        return "space"
    consonant = vowel = False
    for op, i, j, k, m in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        x, y = a[i:j], b[k:m]
        if _same_vowel(x, y) or _v_aspirated(x, y, a[i - 1:i] or b[k - 1:k]):
            consonant = True
        elif all(ch in _VOWELS for ch in x + y):
            vowel = True
        elif _same_sound(x, y):
            consonant = True
        else:
            cx, cy = "".join(ch for ch in x if ch not in _VOWELS), "".join(ch for ch in y if ch not in _VOWELS)
            if not _same_sound(cx, cy):
                return "other"
            consonant = consonant or cx != cy
            vowel = True
    return "both" if consonant and vowel else "sound" if consonant else "vowel"
