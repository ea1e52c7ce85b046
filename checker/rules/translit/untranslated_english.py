from __future__ import annotations

from ...analysis.latin import ENGLISH, FUNCTION, NAME, TERM, UNKNOWN, glossed, latin_share
from ...model import Category, Severity
from ..base import Rule

_LOWER = (ENGLISH, FUNCTION, UNKNOWN)


def _terms(words) -> int:
    """Capitalised English common words in a row (`Climate Change Act`, `Ministry of Health`);
    a row that follows or precedes a name is a brand's product (`Dettol Hand Wash`)."""
    best = run = 0
    for i, w in enumerate(words):
        if w.kind == TERM:
            run += 1
            named = (i + 1 < len(words) and words[i + 1].kind == NAME) or \
                (i - run >= 0 and words[i - run].kind == NAME)
            best = max(best, 0 if named else run)
        elif not (w.kind == FUNCTION and run):
            run = 0
    return best


def _inside_name(words, i: int) -> bool:
    """A lowercase word between two capitalised ones, one a name: `Produkt und Umwelt`."""
    if i == 0 or i + 1 == len(words) or words[i].kind == FUNCTION:
        return False
    sides = (words[i - 1].kind, words[i + 1].kind)
    return NAME in sides and all(k in (NAME, TERM) for k in sides)


def judge(words, whole: bool, gloss: bool) -> tuple[Severity, str] | None:
    """Severity and kind of the English in one Latin phrase (words kept on purpose left out)."""
    lower = [w for i, w in enumerate(words) if w.kind in _LOWER and not _inside_name(words, i)]
    known = [w for w in lower if w.kind != UNKNOWN]
    grammar = any(w.kind == FUNCTION for w in words)
    english = len(known) + sum(w.kind == TERM for w in words)
    if whole and english >= 3:
        return Severity.ERROR, "the sentence is in English"
    if len(lower) >= 3 and len(known) >= 2 and grammar and not gloss:
        return Severity.ERROR, "an English clause"
    # a word the lexicon lacks is a rare word or a misspelt one (`specimans`): MT's, as often
    if known or _terms(words) >= 2 or any(len(w.text) >= 4 for w in lower):
        return (Severity.INFO if gloss else Severity.WARNING), "English"
    if lower or (any(w.kind == TERM for w in words) and not any(w.kind == NAME for w in words)):
        return Severity.INFO, "English"  # a capitalised common word alone may be a name's part
    return None  # names (TRL005 looks at those)


class EnglishLeftUntranslated(Rule):
    """English words, clauses or sentences left untranslated in Urdu or Marathi text.

    Why: MT copies what it cannot translate (`officials`, `vaccination`, `Climate Change Act`) or
    whole clauses of the source into the output; a reader of Urdu or Marathi gets a gap. Words are
    checked against an English lexicon (scripts/build_english_lexicon.py). A lowercase word in
    running text is a warning (one the lexicon lacks is rare or misspelt English: MT's too); a
    clause (three words, two of them English, one a grammar word) or a sentence that is English as
    a whole is an error; capitalised common words in a row are an untranslated term (a warning,
    an error never: no grammar word), a single capitalised word a name. Units, codes, acronyms,
    brands and their products (`Qualcomm Snapdragon`), URLs, e-mail addresses, hashtags, @handles and
    markup are Latin on purpose; a gloss (in parentheses or quotes, next to `یعنی` / `म्हणजे`, or
    before `کہتے ہیں` / `म्हणतात`) is only worth a look.
    Instead: translate the words (`अधिकारी`, `ملازمین`); for a technical term, transliterate it
    and give the English in parentheses.
    """

    code = "TRL003"
    name = "english-left-untranslated"
    category = Category.TRANSLITERATION
    severity = Severity.WARNING
    trigger = r"\p{Latin}"
    good = ("त्याने Google च्या मिथुनने सांगितले", "ओपनईने o1 मॉडेल जारी केले", "ہماری ویب سائٹ www.example.com پر",
            "ای میل info@example.org پر بھیجیں", "5 km अंतर", "#covid ट्रेंड करत आहे", "NVIDIA H800 چپس",
            "@sahyadri_news ने ट्वीट केले", "फोनमध्ये Zentrix Prime X5 प्रोसेसर आहे", "کانفرنس میں Halvorsen نے کہا")
    bad = (("कंपनीच्या employees ने सांगितले", "employees"), ("حکومت کے officials نے کہا", "officials"),
           ("یہ فیصلہ committee نے کیا", "committee"),
           ("सरकारने Climate Change Act मंजूर केला", "Climate Change Act"),
           ("डॉक्टरांनी सांगितले की the patients were treated at home लवकरच", "the patients were treated at home"),
           ("The vaccine is safe for children.", "The vaccine is safe for children"))

    def check(self, sentence):
        text, tokens = sentence.text, sentence.tokens
        phrases = sentence.latin_words
        whole = len(phrases) > 0 and latin_share(tokens) >= 0.8
        language = "Marathi" if sentence.language == "mr" else "Urdu"
        for words in phrases:
            start, end = words[0].start, words[-1].end
            verdict = judge(words, whole, glossed(text, tokens, start, end))
            if verdict is None:
                continue
            sev, what = verdict
            yield self.finding(start, end, f"{what} left untranslated in a {language} sentence: "
                               f"'{text[start:end]}'; translate it", severity=None if sev == self.severity else sev)
