from __future__ import annotations

from ...analysis.latin import fused_english
from ...model import Category, Severity
from ..base import Rule


class EnglishFusedIntoWord(Rule):
    """English letters inside a Devanagari word, or a vowel sign with no letter to sit on.

    Why: `अधिका officials ्यांच्या` is MT that broke the word `अधिकाऱ्यांच्या` at the eyelash ra and
    pushed an English word into the gap; `would्या` and a line starting `ाचे` are the same damage.
    A dependent sign (ा, ि, ्…) cannot stand after a space or a Latin letter, so the text is
    certainly broken and no reader can recover the word.
    Instead: rewrite the word whole, in Devanagari (`अधिकाऱ्यांच्या`), and drop the English.
    """

    code = "TRL002"
    name = "english-fused-into-word"
    category = Category.TRANSLITERATION
    severity = Severity.ERROR
    trigger = r"\p{Latin}|(?:^|\s)(?=\p{M})[\u0900-\u097f]"  # English, or a sign with no letter
    languages = ("mr",)
    good = ("अधिकाऱ्यांच्या विचारांचे ज्ञान", "Google च्या मिथुनने", "AIचे मॉडेल", "SARS-CoV-2 चे स्थानिक होस्ट",
            "कॉम्प्यूटिंग एआय क्लस्टर्स")
    bad = (("असे अधिका officials ्यांच्या विचारांचे", "अधिका officials ्यांच्या"),
           ("चिनी अधिका experience ्याच्या विचारसरणीशी", "अधिका experience ्याच्या"),
           ("ते would्या होते", "would्या"), ("अधिकाspec्यांचा निर्णय", "अधिकाspec्यांचा"),
           ("हे ाचे आहे", "हे ाचे"))

    def check(self, sentence):
        for f in fused_english(sentence.text, sentence.tokens):
            if f.english:
                msg = (f"English '{f.english}' inside a Marathi word: MT split the word and left the "
                       "English in the gap; write the whole word in Devanagari")
            else:
                msg = "a vowel sign or virama with no letter before it: part of the word is missing"
            yield self.finding(f.start, f.end, msg)
