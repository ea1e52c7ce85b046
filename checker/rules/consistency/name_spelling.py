from __future__ import annotations

from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

from ...analysis.phonetic import inflected_forms
from ...model import Category, Scope, Severity
from ..base import Rule


@lru_cache(maxsize=1 << 14)  # the same variant meets the same main spelling on every line it is on
def _similarity(a: str, b: str) -> float:
    """Spellings of one name share most of their letters; words that merely share consonant
    classes (`रोखता`/`रक्ता`) do not."""
    a, b = a.replace(" ", "").replace("-", ""), b.replace(" ", "").replace("-", "")
    return SequenceMatcher(None, a, b).ratio()


class NameSpelledSeveralWays(Rule):
    """The same name spelled several ways in one document.

    Why: MT transliterates a name afresh in every sentence, so one company becomes `दीपसीक`, `दीपसेक`
    and `डीपसीक` (or `ڈیپسیک`, `دیپ ساک`, `دیپیسیک`) in one article, and a reader cannot tell whether
    they are one name or several. Candidates are words not found in real human text; after case
    endings are stripped they are keyed by a phonetic skeleton (vowel length, ड/द, ٹ/ت, ی/ے, व/व्ह,
    spaces and hyphens ignored), so only transliteration variants meet. A name cut in two where one
    half is an ordinary word (`وولٹ آرا` for `وولٹارا`) is flagged only when the document writes it
    as one word at least twice. Forms that differ only in a final
    vowel (inflection: `मुलगा`/`मुलगी`) are not flagged.
    Instead: use one spelling throughout, normally the one the document uses most (named in the message).
    """

    code = "CON001"
    name = "name-spelled-several-ways"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    scope = Scope.DOCUMENT
    good = ("झार्कोव्हियाने नवी योजना आणली. झार्कोव्हियाच्या योजनेवर टीका झाली. झार्कोव्हिया मागे हटली नाही.",
            "مولتانیکس نے کہا۔ مولتانیکس کے مطابق یہ درست ہے۔",
            "मुलगा आला. मुलगी आली. मुलगा गेला.")
    bad = (("क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली. क्वारलेंटने माघार घेतली नाही.", "क्वारलेंट"),
           ("ग्रेव्हिटासने योजना आणली. ग्रेविटासच्या योजनेवर टीका झाली. ग्रेव्हिटास मागे हटली नाही.", "ग्रेविटास"),
           ("مولتانیکس نے کہا۔ مولتانیکس کے مطابق یہ درست ہے۔ اور مولتان یکس نے انکار کیا۔", "مولتان یکس"),
           ("زورباکس نے کہا۔ زورباکس کے مطابق یہ درست ہے۔ ذوربکس نے انکار کیا۔", "ذوربکس"))

    # Pass one counts each spelling of each phonetic key; pass two flags the occurrences of the
    # keys written several ways. State: key -> [surface counts, first place of each, split seen].
    def line_facts(self, sentences):
        found = tuple((s.index, c) for s in sentences if self.applies_to(s.language) for c in s.name_candidates)
        return found or None

    counts_repeats, positional = True, False

    def start(self):
        return {"keys": {}, "best": {}}

    def collect(self, state, facts, at):
        keys = state["keys"]
        for k, c in facts:
            entry = keys.get(c.key)
            if entry is None:
                entry = keys[c.key] = [Counter(), {}, False]
            if c.split:
                entry[2] = True
            else:
                surface = c.surface
                entry[0][surface] += 1
                if surface not in entry[1]:
                    entry[1][surface] = (at.first + k, c.start)

    def collect_repeats(self, state, facts, times):
        keys = state["keys"]
        for _, c in facts:
            if not c.split:
                keys[c.key][0][c.surface] += times

    def conclude(self, state):
        best = state["best"]
        for key, (counts, first, split) in state["keys"].items():
            if len(counts) < (1 if split else 2):
                continue
            surface, n = max(counts.items(), key=lambda kv: (kv[1], [-x for x in first[kv[0]]]))
            if n >= 2:  # a name written twice one way is the evidence for its spelling
                best[key] = (surface, n, counts)
        state["keys"] = None  # pass two reads only the decisions

    def findings(self, state, facts, at):
        decided = state["best"]
        found = []
        for k, c in facts:
            if c.key not in decided:
                continue
            best, n, counts = decided[c.key]
            if c.split:  # a name cut in two only where the document writes it as one word
                if " " not in best and "-" not in best and _similarity(c.surface, best) >= 0.8:
                    found.append((k, c, best, n, 1))
            elif c.surface != best and not inflected_forms(c.surface, best) and \
                    (c.letters or _similarity(c.surface, best) >= 0.65):
                found.append((k, c, best, n, counts[c.surface]))
        return self._outermost(found)

    @staticmethod
    def _severity(c, best, n, m):
        """Warning only on strong evidence: the main spelling three times or more and more often
        than this one, and the two close (or this one spelled with letter names)."""
        close = c.letters or _similarity(c.surface, best) >= 0.75
        return None if n >= 3 and m < n and close else Severity.INFO

    def _outermost(self, found):
        """One finding per place: drop a variant inside a longer flagged variant."""
        in_sentence = defaultdict(list)
        for i, d, *_ in found:
            in_sentence[i].append(d)
        for i, c, best, n, m in found:
            if any(d is not c and d.start <= c.start and c.end <= d.end
                   and (d.end - d.start) > (c.end - c.start) for d in in_sentence[i]):
                continue
            yield self.finding(c.start, c.end,
                               f"'{c.surface}' spells a name this document writes '{best}' "
                               f"({n} times); use one spelling", sentence=i,
                               severity=self._severity(c, best, n, m))
