"""REP001: the same word twice in a row, unless the language reduplicates it on purpose."""
from __future__ import annotations

from ...langs.letters import letter_spellings
from ...langs.reduplication import FUNCTION_WORDS, HOMOGRAPHS, PARTICIPLE_ENDINGS, REDUPLICATING
from ...model import Category, Fix, Severity
from ..base import Rule
from .runs import in_loop, loops


_SCRIPT_LANGUAGE = {"devanagari": "mr", "arabic": "ur"}


class DoubledWord(Rule):
    """A word written twice in a row (`आहे आहे`, `کے کے`, `the the`).

    Why: MT and editing leave a word doubled; readers stumble. Both languages reduplicate on
    purpose (लहान लहान, कधी कधी, آہستہ آہستہ, کبھی کبھی, ساتھ ساتھ) and pronouns meet themselves
    across a phrase boundary (ते ते कसे वापरणार, اصل میں میں): those stay quiet, and so do spelled
    initialisms (پی پی ای), an initialism's last letter before the postposition it spells like
    (`پی کے کے` "of PK"), numerals and reflexives said distributively (تین تین, اپنی اپنی, दोन दोन),
    and participles said twice inside a clause ("while / almost": चलते चलते, ٹوٹتے ٹوٹتے, बघता बघता,
    होता होता राहिला). A word said three or more times is a loop (REP004). A doubled function word (auxiliary, conjunction, postposition) or
    Latin word is a warning; another doubled word is info, since reduplication may be meant.
    Instead: delete the second word (the fix does, unsafe: check that no other word was lost).
    """

    code = "REP001"
    name = "doubled-word"
    category = Category.REPETITION
    severity = Severity.WARNING
    fixable = True
    good = ("लहान लहान मुले", "कधी कधी येतो", "आम्ही आत्ताच आलो", "وہ آہستہ آہستہ چلا۔", "وہ کبھی کبھی آتا ہے۔",
            "“ते ते कसे वापरणार आहेत?”", "اصل میں میں ٹیچر ہوں۔", "پی پی ای کٹس", "हळूहळू",
            "ایس ڈی کے کے نئے ورژن", "अपघात होता होता राहिला", "وہ چلتے چلتے تھک گیا", "सर्वांनी आपापल्या आपापल्या घरी",
            "تین تین بچے", "बोलता बोलता थांबला", "اپنی اپنی رائے", "ہاں ہاں ہاں")
    bad = (("ते घरी गेले आहे आहे.", "आहे आहे"), ("کمپنی کے کے ماڈل", "کے کے"), ("the the model", "the the"),
           ("नवीन कंपनी कंपनी सुरू केली", "कंपनी कंपनी"), ("तो घरी होता होता.", "होता होता"))

    def check(self, sentence):
        text, toks = sentence.text, sentence.tokens
        runs = None
        for i, (a, b) in enumerate(zip(toks, toks[1:])):
            if a.text != b.text or text[a.end:b.start].strip() or a.text.isdigit():
                continue
            if runs is None:
                runs = loops([t.text for t in toks])
            if in_loop(runs, i):
                continue  # three copies or more: REP004's
            word = a.text
            # the word's own script picks the tables: a sentence may quote the other language
            lang = _SCRIPT_LANGUAGE.get(a.script, sentence.language)
            letters = letter_spellings(lang)
            if word in letters and i and toks[i - 1].text in letters and not text[toks[i - 1].end:a.start].strip():
                continue  # پی کے کے: an initialism ends with the letter its postposition spells
            nxt = toks[i + 2] if i + 2 < len(toks) and not text[b.end:toks[i + 2].start].strip() else None
            if nxt is not None and word.endswith(PARTICIPLE_ENDINGS.get(lang, ())):
                continue  # होता होता राहिला, چلتے چلتے تھک گیا: "almost", "while"; the clause goes on
            if word in FUNCTION_WORDS.get(lang, ()) or a.is_latin:
                severity = Severity.WARNING
            elif (word in REDUPLICATING.get(lang, ()) or word in HOMOGRAPHS.get(lang, ())
                  or word in letters or len(word) == 1):
                continue
            else:
                severity = Severity.INFO
            yield self.finding(a.start, b.end, f"'{word}' twice in a row: delete one",
                               Fix(word, safe=False), severity)
