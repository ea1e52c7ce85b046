from __future__ import annotations

from functools import lru_cache

from ...analysis.phonetic import is_common, is_function_word
from ...analysis.scripts import LATIN
from ...langs.letters import spelling_to_letter
from ...langs.number_words import COMMON_WORD_LETTERS, ENGLISH_DIGIT_WORDS, NATIVE_DIGIT_HOMOGRAPHS
from ...model import Category, Fix, Scope, Severity
from ..base import Rule

# English spellings of each digit, and the homophones MT writes the same way (ٹو "to", فور "for"):
# a source that has one of them, and not the digit, says the word was meant (BBC Two, fourball).
_ENGLISH = {"0": ("zero",), "1": ("one", "won"), "2": ("two", "to", "too"), "3": ("three",),
            "4": ("four", "for"), "5": ("five",), "6": ("six",), "7": ("seven",), "8": ("eight",),
            "9": ("nine",), "10": ("ten",)}


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
    scope = Scope.LINE  # reads the line's source, when there is one
    fixable = True
    good = ("ڈیپسیک-آر 1 جاری ہوا", "ژاو ایٹ آل نے کہا", "हे वन विभागाचे काम आहे", "ان کے ون ڈے میچ",
            "जीपीटी-4 मॉडेल", "ایلا نائن امینو",
            "जे वन विभागाचे आहे", "اس کے ون ڈے میچ", "नवीन फोर व्हीलर घेतली", "पावसाळी वन विभाग")
    bad = (("ڈیپسیک-آر ون جاری ہوا", "ون"), ("چیٹ جی پی ٹی فور ماڈل", "فور"), ("जीपीटी फोर मॉडेल", "फोर"),
           ("डीपसीक-आर वन मॉडेल", "वन"), ("GPT फोर मॉडेल", "फोर"), ("ایم ٹو چپ", "ٹو"),
           ("नवी आवृत्ती के थ्री बाजारात", "थ्री"), ("ماڈل جی فائیو لانچ", "فائیو"),
           ("नवीन क्वारफोन सिक्स बाजारात", "सिक्स"), ("نیا زارکوفون سکس لانچ", "سکس"),
           ("DeepSeek-R1 was released.\tڈیپسیک آر ون جاری ہوا", "ون"))

    def check_line(self, sentences, context):
        for sentence in sentences:
            if self.applies_to(sentence.language):
                for f in self._check(sentence):
                    f.sentence = sentence.index
                    if _weigh(f, context.source):
                        yield f

    def _check(self, sentence):
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
                               f"name: write the digit ({digit})", Fix(digit, safe=False), severity=strength)

    @staticmethod
    def _name_before(tokens, i, text, lang):
        """How surely a name precedes: ERROR (Latin code, hyphenated letter), WARNING (letter names),
        INFO (a name-like word), None (no name)."""
        p = tokens[i - 1]
        if text[p.end:tokens[i].start].strip(" -") != "":
            return None
        if p.script == LATIN:
            return Severity.ERROR if (p.text.isupper() or any(c.isdigit() for c in p.text)) else None
        names = spelling_to_letter(lang)
        if p.text not in names:
            if len(_letters_in(p.text, lang)) >= (2 if lang == "mr" else 3):
                return Severity.WARNING
            # a product name read aloud (आयफोन सिक्स, آئی فون سکس): an English-only digit word after
            # a name-like word (one real text does not use) is probably its number
            english_only = tokens[i].text not in NATIVE_DIGIT_HOMOGRAPHS[lang]
            return Severity.INFO if english_only and len(p.text) >= 3 and not is_common(p.text, lang) and \
                not is_function_word(p.text, lang) else None
        run = 1
        while i - 1 - run >= 0 and tokens[i - 1 - run].text in names \
                and not text[tokens[i - 1 - run].end:tokens[i - run].start].strip():
            run += 1
        hyphenated = i >= 2 and text[tokens[i - 2].end:p.start] == "-"
        if hyphenated:
            return Severity.ERROR
        if run < 2 and p.text in COMMON_WORD_LETTERS[lang]:  # के 'did', کے 'of': only an English-only digit word tells
            return None if tokens[i].text in NATIVE_DIGIT_HOMOGRAPHS[lang] else Severity.WARNING
        return Severity.WARNING


def _weigh(finding, source) -> bool:
    """The finding's severity given the English source: the digit in a code there proves it (error),
    the English word there and no such digit disproves it (dropped), neither caps it at info."""
    if source is None:
        return True
    digit = finding.fix.replacement
    if _digit_in_code(source, digit):
        finding.severity = Severity.ERROR
    elif _word_in(source, digit):
        return False
    elif not _has_digit(source, digit):
        finding.severity = Severity.INFO
    return True


@lru_cache(maxsize=256)
def _pattern(kind: str, digit: str):
    import regex  # only with a source
    if kind == "code":  # R1, GPT-4, X5, iPhone 6: Latin letters then the digit, not a longer number
        return regex.compile(rf"\p{{Latin}}[-\s]?{digit}(?![\d.,]\d|\d)")
    if kind == "digit":
        return regex.compile(rf"(?<![\d.,])(?<!\d[.,]){digit}(?![\d]|[.,]\d)")
    words = "|".join(_ENGLISH.get(digit, ()))  # also inside a compound: fourball, one-day
    return regex.compile(rf"(?i)\b(?:{words})(?=\b|ball|some)")


def _digit_in_code(source: str, digit: str) -> bool:
    return bool(_pattern("code", digit).search(source))


def _has_digit(source: str, digit: str) -> bool:
    return bool(_pattern("digit", digit).search(source))


def _word_in(source: str, digit: str) -> bool:
    return bool(_pattern("word", digit).search(source))


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
