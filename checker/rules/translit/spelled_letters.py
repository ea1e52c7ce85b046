from __future__ import annotations

from ...model import Category, Severity
from ..base import Rule

_VOWELS = set("AEIOUY")


def spells_a_word(letters: str) -> bool:
    """A pronounceable word, not an initialism: five letters or more, three of them vowels.

    Real initialisms are short or nearly all consonants (CNBC, NDTV, ARDS, HCOV, CEPI); MT that
    spells an unknown name letter by letter produces long, vowel-rich runs (DEEPSEEK, NVIDIA).
    """
    return len(letters) >= 5 and sum(c in _VOWELS for c in letters) >= 3


class LetterSpelledWord(Rule):
    """A word spelled out as a run of English letter names.

    Why: `ڈی ای پی ایس ای ای سی` or `डीईपीसीईईके` is what MT writes when it does not know a name:
    every Latin letter becomes its spoken name, and no reader recognises the word. Initialisms
    (`सीईओ`, `एनडीटीव्ही`, `سی این بی سی`) are read letter by letter and stay clean; only runs that
    spell a pronounceable word (five letters or more, three vowels) are flagged.
    Instead: write the name as it is pronounced (`दीपसीक`, `ڈیپ سیک`), the way the rest of the
    document spells it, or keep it in Latin letters.
    """

    code = "TRL001"
    name = "letter-spelled-word"
    category = Category.TRANSLITERATION
    severity = Severity.ERROR
    good = ("सीईओ अलेक्झांडर वांग यांनी सांगितले.", "एआय आणि एनडीटीव्ही", "टीसीएस आणि एमएलए",
            "سی این بی سی کے ساتھ انٹرویو", "پی ٹی آئی کے ایم این اے", "اسکیل اے آئی کے سی ای او", "جی پی ٹی اور اے آئی", "ای سی ایم او مشین", "एआरडीएस रुग्ण")
    bad = (("कंपनी डीईपीसीईईके आणि त्याची", "डीईपीसीईईके"),
           ("کہ ڈی ای پی ایس ای ای سی-وی 3 کی تربیت", "ڈی ای پی ایس ای ای سی"),
           ("ایم آئی سی آر او ایس او ایف ٹی نے کہا", "ایم آئی سی آر او ایس او ایف ٹی"),
           ("एनव्हीआयडीआयएच्या चिप्स", "एनव्हीआयडीआयए"),
           ("ब्रिटिश कंपनी जे ए जी यू ए आर ने सांगितले", "ए जी यू ए आर"))

    def check(self, sentence):
        for run in sentence.letter_runs:
            if not spells_a_word(run.letters):
                continue
            word = run.letters.capitalize()
            sev = None if len(run.letters) >= 6 else Severity.WARNING
            yield self.finding(run.start, run.end,
                               f"the letters {run.letters} spelled out one by one: this spells the word "
                               f"'{word}', not an initialism; transliterate it as pronounced",
                               severity=sev)
