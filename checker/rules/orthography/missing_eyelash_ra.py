"""ORT001: र्य written where Marathi spells the oblique of a -रा/-री word with eyelash ra."""
from __future__ import annotations

from ...model import Category, Fix, Severity
from ..base import Rule
from .eyelash_evidence import RA_YA_IN_WORD, Verdict, judge, with_eyelash

_SEVERITY = {Verdict.CERTAIN: Severity.ERROR, Verdict.LIKELY: Severity.WARNING,
             Verdict.AMBIGUOUS: Severity.INFO}


class MissingEyelashRa(Rule):
    """Marathi र्य written where the spelling needs eyelash ra (ऱ्य).

    Why: oblique forms of words in -रा/-री (जाणारा → जाणाऱ्या, कर्मचारी → कर्मचाऱ्यांची, बरा →
    बऱ्याच, चेहरा → चेहऱ्यावरील) take the eyelash ra; MT and some keyboards write र्य, which spells a
    Sanskrit cluster (कार्य, पर्याय, सूर्य) instead. The rule reads the word's shape (stem + र्य +
    ा/ां + case ending) and checks real Marathi text for the -रा/-री word and for either spelling:
    an error with a safe fix when real writers use ऱ्य for that stem or the word is a -णारा
    participle; a warning when only the -रा/-री word is attested; info when the stem is also a
    Sanskrit र्य word (सहकार्य "cooperation" / सहकाऱ्यां "colleagues").
    Instead: ऱ्य (either encoding is fine: ऱ + virama, or र + virama + ZWJ).
    """

    code = "ORT001"
    name = "missing-eyelash-ra"
    category = Category.ORTHOGRAPHY
    severity = Severity.ERROR
    trigger = "\u0930\u094d\u092f"  # र्य
    languages = ("mr",)
    fixable = True
    good = ("वापरल्या जाणाऱ्या चिप्स", "हे कार्य महत्त्वाचे आहे", "कार्यालय उघडले", "जाणाऱ्या लोकांना",
            "सूर्याला पाहिले", "पर्यायाने", "मर्यादित", "कुत्र्याला", "आश्चर्याने",
            "वापरल्या जाणा\u0930\u094d\u200dया चिप्स",
            "बचावकार्यात मदत केली", "प्राचार्यांनी सांगितले", "धैर्याने लढले")
    bad = (("वापरल्या जाणार्या चिप्स", "जाणार्या"), ("पुस्तक वाचणार्यांनी सांगितले", "वाचणार्यांनी"),
           ("माजी कर्मचार्यांची मुलाखत", "कर्मचार्यांची"), ("बर्याच गुंतवणूकदारांना", "बर्याच"),
           ("दुसर्या दिवशी", "दुसर्या"), ("ग्राहक-चेहर्यावरील आवृत्ती", "चेहर्यावरील"),
           ("भिकार्यांना मदत मिळाली", "भिकार्यांना"), ("घाटातील उतार्यावर गाडी घसरली", "उतार्यावर"))

    def check(self, sentence):
        for tok in sentence.tokens:
            for m in RA_YA_IN_WORD.finditer(tok.text):
                verdict = judge(tok.text, m.start())
                if verdict is Verdict.NONE:
                    continue
                fixed = with_eyelash(tok.text, m.start())
                msg = f"missing eyelash ra: write {fixed}"
                if verdict is Verdict.AMBIGUOUS:
                    msg += f" if this is the oblique of a -री/-रा word (keep {tok.text} for the Sanskrit र्य word)"
                yield self.finding(tok.start, tok.end, msg,
                                   Fix(fixed, safe=verdict is Verdict.CERTAIN), _SEVERITY[verdict])
                break  # one finding per word
