from __future__ import annotations

from functools import lru_cache

from ...analysis.phonetic import is_common, is_function_word
from ...analysis.scripts import LATIN
from ...langs.letters import spelling_to_letter
from ...langs.number_words import COMMON_WORD_LETTERS, ENGLISH_DIGIT_WORDS, NATIVE_DIGIT_HOMOGRAPHS
from ...model import Category, Fix, Severity
from ..base import Rule


class SpelledEnglishDigit(Rule):
    """A digit of a model or product name spelled as a transliterated English word: `آر ون` (R1).

    Why: MT read `R1` or `GPT-4` aloud and wrote the English number word in Urdu or Devanagari
    letters (`ڈیپسیک-آر ون`, `جی پی ٹی فور`, `जीपीटी फोर`); the name no longer matches the
    product and the number is hidden. Only words right after letter names or a Latin code count.
    Instead: the digit, as the name is written (`آر 1`, `GPT-4`, `जीपीटी-4`).
    """

    code = "NUM009"
    name = "spelled-english-digit"
    category = Category.NUMBER
    severity = Severity.ERROR
    fixable = True
    good = ("ڈیپسیک-آر 1 جاری ہوا", "ژاو ایٹ آل نے کہا", "हे वन विभागाचे काम आहे", "ان کے ون ڈے میچ",
            "जीपीटी-4 मॉडेल", "ایلا نائن امینو",
            "जे वन विभागाचे आहे", "اس کے ون ڈے میچ", "नवीन फोर व्हीलर घेतली", "पावसाळी वन विभाग")
    bad = (("ڈیپسیک-آر ون جاری ہوا", "ون"), ("چیٹ جی پی ٹی فور ماڈل", "فور"), ("जीपीटी फोर मॉडेल", "फोर"),
           ("डीपसीक-आर वन मॉडेल", "वन"), ("GPT फोर मॉडेल", "फोर"), ("ایم ٹو چپ", "ٹو"),
           ("नवी आवृत्ती के थ्री बाजारात", "थ्री"), ("ماڈل جی فائیو لانچ", "فائیو"),
           ("नवीन क्वारफोन सिक्स बाजारात", "सिक्स"), ("نیا زارکوفون سکس لانچ", "سکس"))

    def check(self, sentence):
        lang = sentence.language
        words = ENGLISH_DIGIT_WORDS.get(lang, {})
        tokens = sentence.tokens
        text = sentence.text
        for i, t in enumerate(tokens[1:], 1):
            if t.text not in words:
                continue
            strength = self._name_before(tokens, i, text, lang)
            if strength is None:
                continue
            digit = words[t.text]
            yield self.finding(t.start, t.end, f"'{t.text}' is the English word for {digit} after a "
                               f"name: write the digit ({digit})", Fix(digit, safe=False),
                               severity=None if strength else Severity.WARNING)

    @staticmethod
    def _name_before(tokens, i, text, lang):
        """True: surely a name (letter run, Latin code, hyphenated letter); False: probably; None: no."""
        p = tokens[i - 1]
        if text[p.end:tokens[i].start].strip(" -") != "":
            return None
        if p.script == LATIN:
            return True if (p.text.isupper() or any(c.isdigit() for c in p.text)) else None
        names = spelling_to_letter(lang)
        if p.text not in names:
            if len(_letters_in(p.text, lang)) >= (2 if lang == "mr" else 3):
                return True
            # a product name read aloud (आयफोन सिक्स, آئی فون سکس): an English-only digit word after
            # a name-like word (one real text does not use) is probably its number
            english_only = tokens[i].text not in NATIVE_DIGIT_HOMOGRAPHS[lang]
            return False if english_only and len(p.text) >= 3 and not is_common(p.text, lang) and \
                not is_function_word(p.text, lang) else None
        run = 1
        while i - 1 - run >= 0 and tokens[i - 1 - run].text in names \
                and not text[tokens[i - 1 - run].end:tokens[i - run].start].strip():
            run += 1
        hyphenated = i >= 2 and text[tokens[i - 2].end:p.start] == "-"
        if run >= 2 or hyphenated:
            return True
        if p.text in COMMON_WORD_LETTERS[lang]:  # के 'did', کے 'of': only an English-only digit word tells
            return None if tokens[i].text in NATIVE_DIGIT_HOMOGRAPHS[lang] else False
        return False


@lru_cache(maxsize=2048)
def _letters_in(word: str, lang: str) -> tuple[str, ...]:
    """`जीपीटी` → (G, P, T): the word read as letter names run together; () when it is not."""
    names = spelling_to_letter(lang)
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if start in best and word[start:end] in names:
                best[end] = best[start] + (names[word[start:end]],)
                break
    return best.get(len(word), ())
