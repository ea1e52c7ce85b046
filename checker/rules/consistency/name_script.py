from __future__ import annotations

import regex

from ...analysis.latin import enclosed, english_lexicon
from ...model import Category, Severity
from ..base import DocumentRule

_CAPITAL = regex.compile(r"[A-Z]")


def _telling(name) -> frozenset[str]:
    """Skeletons long enough to tell a name: three consonants meet ordinary words too often
    (`News` / `निवासा`, `Pilate` / `پھیلتے`) unless the Latin word is no English word at all."""
    if name.text.lower() not in english_lexicon():
        return name.keys
    return frozenset(k for k in name.keys if len(k.strip("A")) >= 4)


class NameWrittenInBothScripts(DocumentRule):
    """A name written in Latin letters in one sentence and transliterated in another.

    Why: MT copies a name it does not know in one sentence and transliterates it in the next, so
    one document has `Halvorsen` and `ہالورسن` (or `हॅल्वर्सन`), and a reader cannot tell they are
    one person. The Latin name is matched to the document's transliterated name candidates by a
    phonetic skeleton (consonant classes; English spellings' ambiguities tried: `ch` as چ or ک, `g`
    as گ or ج), of four classes or more unless the Latin word is no English word at all. A name
    glossed in the same sentence (`لیپٹن (Leptin)`) is not flagged; a warning when the
    transliteration is in two other sentences or more (then it is the document's spelling of the
    name), else only worth a look (a rare word may share the consonants by chance).
    Instead: write the name one way throughout, normally in the language's own letters.
    """

    code = "CON002"
    name = "name-written-in-both-scripts"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    good = ("ہالورسن نے کہا۔ ہالورسن کے مطابق یہ درست ہے۔", "Halvorsen نے کہا۔ Halvorsen کے مطابق یہ درست ہے۔",
            "ہارمون لیپٹن (Leptin) دماغ پر اثر کرتا ہے۔ لیپٹن کی مقدار بڑھتی ہے۔")
    bad = (("ہالورسن نے کہا۔ ہالورسن نے لکھا۔ Halvorsen کے مطابق یہ درست ہے۔", "Halvorsen"),
           ("क्वारलिंटने योजना आणली. Quarlint च्या योजनेवर टीका झाली.", "Quarlint"))

    def line_facts(self, sentences):
        found = []
        for s in sentences:
            if not self.applies_to(s.language):
                continue
            native = tuple((c.key, c.surface) for c in s.name_candidates if not c.split and not c.letters)
            here = {key for key, _ in native}  # a name transliterated beside its Latin is a gloss
            names = s.latin_names if _CAPITAL.search(s.text) else ()
            latin = tuple(n for n in names if not n.keys & here and not enclosed(s.text, n.start, n.end))
            if latin or native:
                found.append((s.index, latin, native))
        return tuple(found) or None

    State = dict  # skeleton of a transliterated name -> (its first spelling, sentences it is in)

    def collect(self, state, facts, at):
        for k, _, native in facts:
            for key, surface in native:
                entry = state.setdefault(key, (surface, set()))
                if len(entry[1]) < 3:  # two places are enough to know one is another sentence
                    entry[1].add(at.first + k)

    def findings(self, state, facts, at):
        for k, latin, _ in facts:
            here = at.first + k
            for n in latin:
                match = next((state[key] for key in sorted(_telling(n))
                              if key in state and state[key][1] - {here}), None)
                if match:
                    # twice elsewhere: the document's spelling of a name, not an ordinary word met by chance
                    sev = None if len(match[1] - {here}) >= 2 else Severity.INFO
                    yield self.finding(n.start, n.end, f"'{n.text}' in Latin letters: this document writes "
                                       f"the name '{match[0]}' elsewhere; write it one way", sentence=k, severity=sev)
