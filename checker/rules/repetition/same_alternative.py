"""REP002: the same word or phrase on both sides of "or" / "to" (بہتر یا بہتر, इटली ते इटली)."""
from __future__ import annotations

from ...langs.reduplication import ALTERNATIVES, AUXILIARIES, CONTINUES_ALTERNATIVE, FROM_TO, HOMOGRAPHS
from ...model import Category, Severity
from ..base import Rule

_OR = {"किंवा", "अथवा", "वा", "یا"}


def _name_goes_on(after, last, text) -> bool:
    """A Latin word or a digit right after the second X: a model or name continues it (X5 या X5 Pro)."""
    return bool(after) and not text[last.end:after[0].start].strip() and \
        (after[0].is_latin or after[0].text[0].isdigit())


class SameAlternative(Rule):
    """The same word or phrase on both sides of a conjunction or postposition: "X or X", "X to X",
    "from X to X" (`بہتر یا بہتر`, `کراچی سے کراچی تک`, `इटली ते इटली`, `पुणेपासून पुणेपर्यंत`).

    Why: MT collapses two different words into one ("better or equal" → بہتر یا بہتر, "from South
    Korea to Italy" → इटली ते इटली): the sentence says nothing and the lost word must come back
    from the source. "X or X" closing a clause and "X ते X पर्यंत" are errors; other cases are
    warnings ("X سے X تک" is also the idiom انسان سے انسان تک "human to human"). A negation,
    comparison or genitive after the second X (दिसली किंवा दिसली नाही, ایک یا ایک سے زیادہ) stays quiet,
    and so does a name or model going on after it (`X5 किंवा X5 Pro`).
    Instead: restore the second term from the source text.
    """

    code = "REP002"
    name = "same-alternative"
    category = Category.REPETITION
    severity = Severity.ERROR
    good = ("20 ते 40 पट स्वस्त", "पुणे ते मुंबई प्रवास", "بہتر یا برابر ہیں۔", "کراچی سے لاہور تک",
            "हे किंवा ते", "ते ते कसे वापरणार", "इटलीपासून जर्मनीपर्यंत", "ती दिसली किंवा दिसली नाही",
            "ایک یا ایک سے زیادہ", "نوول لحمیات یا لحمیات کی خصوصیات", "X5 किंवा X5 Pro घ्या")
    bad = (("ماڈل سے بہتر یا بہتر ہیں۔", "بہتر یا بہتر"), ("कोरियापासून इटली ते इटली पर्यंतच्या", "इटली ते इटली"),
           ("کراچی سے کراچی تک سفر", "کراچی سے کراچی تک"), ("पुणेपासून पुणेपर्यंत रस्ता", "पुणेपासून पुणेपर्यंत"),
           ("नवीन मॉडेल किंवा नवीन मॉडेल", "नवीन मॉडेल किंवा नवीन मॉडेल"))

    def check(self, sentence):
        lang, text, toks = sentence.language, sentence.text, sentence.tokens
        words = [t.text for t in toks]
        plain = lambda i, j: all(not text[toks[k].end:toks[k + 1].start].strip() for k in range(i, j))
        src, dst = FROM_TO.get(lang, ("", ""))
        if ALTERNATIVES.get(lang, frozenset()).isdisjoint(words) and not (
                src and (src in words if lang == "ur" else lang == "mr" and src in text)):
            return  # most sentences: no "or", no "from … to"
        for i, w in enumerate(words):
            if lang == "mr" and w.endswith(src) and i + 1 < len(words) and len(w) > len(src):
                stem = w[:-len(src)]
                if words[i + 1].startswith(stem + dst) and plain(i, i + 1):  # पुणेपासून पुणेपर्यंत
                    yield self.finding(toks[i].start, toks[i + 1].end, f"from '{stem}' to '{stem}': a term is lost")
                continue
            is_from = lang == "ur" and w == src
            if not (w in ALTERNATIVES.get(lang, ()) or is_from):
                continue
            for k in (3, 2, 1):
                left, right = words[i - k:i], words[i + 1:i + 1 + k]
                if i - k < 0 or left != right or not plain(i - k, i + k):
                    continue
                after = toks[i + 1 + k:i + 2 + k]
                nxt = after[0].text if after else ""
                if all(x.isdigit() or x in HOMOGRAPHS.get(lang, ()) for x in left) or \
                        nxt in CONTINUES_ALTERNATIVE.get(lang, ()) or _name_goes_on(after, toks[i + k], text):
                    break
                if is_from and nxt != dst:
                    break
                end = (after[0] if is_from else toks[i + k]).end
                phrase = " ".join(left)
                # certain: "X or X" that ends the clause (punctuation, auxiliary or the end follows)
                closed = not after or text[toks[i + k].end:after[0].start].strip() or \
                    nxt in AUXILIARIES.get(lang, ())
                strong = (w in _OR and closed) or (lang == "mr" and nxt.startswith(dst))
                yield self.finding(toks[i - k].start, end, f"'{phrase}' on both sides of '{w}': a term is lost",
                                   severity=None if strong else Severity.WARNING)
                break
