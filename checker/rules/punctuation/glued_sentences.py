"""PUN007: two sentences glued together, no space after the full stop (`ہے.یہ`, `आहे.तो`)."""
from __future__ import annotations

import re

import regex

from ...model import Category, Fix, Scope, Severity
from ..base import Rule

# a stop between two letters; the look-behind keeps digits (5.5) and spaces out
_GLUED = regex.compile(r"(?<=[\p{L}\p{M}])[.۔।?؟](?=\p{L})")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+\Z")
_WORD_AFTER = regex.compile(r"[\p{L}\p{M}]+")
_SCRIPT = {"ur": regex.compile(r"\p{Arabic}+\Z"), "mr": regex.compile(r"\p{Devanagari}+\Z")}
# a token with Latin letters, digits or address signs is a URL, an e-mail, a file or a code
_NOT_PROSE = regex.compile(r"[A-Za-z\d@/\\:_#=&%]")
_TOKEN = re.compile(r"\S+")  # `re`: its \s is str.isspace, as the token is cut elsewhere
_ABBREVIATION_DOTS = ".۔"
_DOMAINS = frozenset(("कॉम", "ऑर्ग", "नेट", "इन", "गव्ह"))  # news.com written `न्यूज.कॉम`
# abbreviations of two aksharas (one-akshara ones, डॉ. प्रा. श्री., need no list): advocate, Inc.
_ABBREVIATIONS = frozenset(("अॅड", "ॲड", "ऍड", "इन्क"))
_DEVANAGARI_LETTER = regex.compile(r"(?<!\u094d)[\u0904-\u0939\u0958-\u0961\u0972-\u097f]")
# case endings and postpositions: after the stop they end the word before it (`दिल्या.ने`), so
# the stop may be the stray mark and a space would not mend it
_SUFFIXES = {"mr": frozenset("ने ला ना ची चा चे च्या चं त तील मध्ये वर साठी कडे कडून पासून पर्यंत शी नी स ही च".split()),
             "ur": frozenset("کا کی کے نے کو سے میں پر تک".split())}


class GluedSentences(Rule):
    """Two sentences glued together, no space after the stop (`ہے.یہ`, `آیا۔اب`, `आहे.तो`).

    The stop is a full stop (`.` `۔` `।`) or a question mark (`?` `؟`) between two words.

    Why: MT joins the sentences it translates one by one and drops the space; readers stumble and
    tools that split sentences take the two for one. Human news almost never does it. Numbers
    (5.5), abbreviations and initials (डॉ.आंबेडकर, ई.स., यू.एस., ایم۔کیو۔ایم: a word of one
    akshara or letter, a letter name, a chain of dots), URLs, e-mails, file names and Latin text
    stay quiet.
    Instead: put a space after the stop (the fix does; not before a case ending or postposition,
    `दिल्या.ने`, where the stop itself may be the stray mark).
    """

    code = "PUN007"
    name = "glued-sentences"
    category = Category.PUNCTUATION
    severity = Severity.WARNING
    scope = Scope.LINE  # `۔` always ends a sentence: the glue sits between two sentences of a line
    fixable = True
    good = ("قیمت 5.5 فیصد بڑھی۔ یہ اچھا ہے۔", "डॉ.आंबेडकर यांनी ई.स.१९५० मध्ये लिहिले.",
            "यू.एस.मध्ये पाऊस पडला.", "ایم۔کیو۔ایم نے جلسہ کیا۔", "पहा न्यूज.कॉम वर", "see www.x.com/a.b",
            "ن۔لیگ جیت گئی۔", "तो आला. मग गेला.", "एम.एस्सी. झाले", "ॲड.प्रकाश आंबेडकर आले.")
    bad = (("بارش ہوئی ہے.یہ اچھا ہے۔", "."), ("پانی آ گیا۔اب سب خوش ہیں۔", "۔"),
           ("पाऊस पडला आहे.तो थांबला नाही.", "."), ("काय झाले?सगळे ठीक आहे.", "?"),
           ("काम पूर्ण झाले।आता घरी जाऊ।", "।"))

    def check_line(self, sentences, context):
        text = sentences[0].line_map.text
        if not _GLUED.search(text):
            return
        tokens, k = _Tokens(text), 0
        for m in _GLUED.finditer(text):
            p = m.start()
            while k < len(sentences) and sentences[k].end <= p:  # stops in order: one walk, not one per stop
                k += 1
            s = sentences[k] if k < len(sentences) and sentences[k].start <= p else None
            if s is None or not _glued(text, p, s.language, tokens):
                continue
            safe = _WORD_AFTER.match(text, p + 1).group() not in _SUFFIXES[s.language]
            yield self.finding(p - s.start, p - s.start + 1, f"no space after '{m.group()}': "
                               "two sentences glued together", Fix(m.group() + " ", safe=safe), sentence=s.index)


class _Tokens:
    """The whitespace-delimited token around each stop, asked in order: a long token of many
    stops (`कम.कम.कम.…`) is cut and searched once, not once per stop (that was quadratic)."""

    def __init__(self, text: str):
        self._found = _TOKEN.finditer(text)
        self._text = text
        self._current = (0, 0, False)

    def around(self, p: int) -> tuple[int, int, bool]:
        """(start, end, has a Latin letter, digit or address sign) of the token holding text[p]."""
        while self._current[1] <= p:
            m = next(self._found)
            self._current = (m.start(), m.end(), _NOT_PROSE.search(self._text, m.start(), m.end()) is not None)
        return self._current


def _glued(text: str, p: int, language: str, tokens: _Tokens) -> bool:
    """Does the stop at text[p] end a sentence glued to the next one (not an abbreviation, a
    number, an address)?"""
    script = _SCRIPT.get(language)
    before = _WORD_BEFORE.search(text, max(0, p - 40), p).group()
    after = _WORD_AFTER.match(text, p + 1).group()
    if script is None or not script.search(before) or not script.search(after):
        return False  # Latin or mixed: abbreviations and names, not this rule's
    if tokens.around(p)[2]:
        return False
    if text[p] in _ABBREVIATION_DOTS:
        prev, nxt = text[p - len(before) - 1:p - len(before)], text[p + 1 + len(after):p + 2 + len(after)]
        if (prev and prev in _ABBREVIATION_DOTS) or (nxt and nxt in _ABBREVIATION_DOTS):
            return False  # ई.स., ایم۔کیو۔ایم: initials in a chain of dots
        if _length(before, language) < 2 or before in _ABBREVIATIONS or after in _DOMAINS \
                or _letter_name(before, language):
            return False  # डॉ., ن۔لیگ, ॲड.प्रकाश, एम.कॉम
    return True


def _length(word: str, language: str) -> int:
    """Aksharas of a Devanagari word (a conjunct counts once), letters of an Urdu one."""
    if language == "mr":
        return len(_DEVANAGARI_LETTER.findall(word))
    return sum(ch.isalpha() for ch in word)


def _letter_name(word: str, language: str) -> bool:
    from ...analysis.phonetic import decode_joined  # tables load on first use
    return decode_joined(word, language) is not None
