from __future__ import annotations

from ...model import Category, Severity
from ..base import DocumentRule

TIMES = 3     # unlike sources one target line stands for that make it a warning (two: info)
ALIKE = 0.5   # sources sharing this share of their words (Jaccard) are one source said two ways
LONG = 8      # words of each of two sources for info: short ones are often one thing said two ways


class RepeatedAcrossSources(DocumentRule):
    """The same target line recurring for sources that differ: a hallucinated stock sentence (needs `--source`).

    Why: an MT system that cannot translate a segment falls back on a sentence it has learnt by
    heart (`या आजाराचे प्रमाण सतत वाढत आहे.` for two unrelated sentences) or
    repeats an earlier line; each occurrence stands for a different source, so all but one
    translate nothing they render. A line of five words or more is compared without case, spaces
    and punctuation; sources with the same numbers that share half their words or more (words of
    two letters or less aside: `you're` and `you are`) count as one source said two ways
    (`Urdu is his mother tongue` and `… her …` may well share a translation). Three unlike sources
    or more: a warning at every occurrence; two of eight words or more each: info (a memory may
    give two phrasings one translation: `I tried to escape.`, `I tried to run away.`). Silent
    without a source.
    Instead: translate each source line.
    """

    code = "SRC005"
    name = "repeated-across-sources"
    category = Category.REPETITION
    severity = Severity.WARNING
    needs_source = True
    good = ("Wash your hands.\tआपले हात वारंवार साबणाने धुवा.\nWash your hands.\tआपले हात वारंवार साबणाने धुवा.\n"
            "Wash your hands.\tआपले हात वारंवार साबणाने धुवा.",
            "You are the most important person in my life.\tتم میری زندگی کے سب سے اہم شخص ہو۔\nYou're the most "
            "important person in my life.\tتم میری زندگی کے سب سے اہم شخص ہو۔")
    bad = (("The virus spread fast.\tیہ معلومات صرف حوالہ کے لیے ہے۔\nSchools were closed.\tیہ معلومات صرف حوالہ "
            "کے لیے ہے۔\nMasks help.\tیہ معلومات صرف حوالہ کے لیے ہے۔", "یہ معلومات صرف حوالہ کے لیے ہے۔"),
           ("Scans of the lungs show patches that grow as the illness goes on.\tया आजाराचे प्रमाण सतत वाढत "
            "आहे.\nThe outbreak was blamed for empty shelves and panic buying.\tया आजाराचे प्रमाण सतत वाढत आहे.",
            "या आजाराचे प्रमाण सतत वाढत आहे."))

    # Facts: the target line's key and the source (None: no source, or a short line). Pass one
    # gathers the sources of each key; conclude keeps the keys of two unlike sources or more,
    # with how many; pass two flags their lines.
    State = dict  # the target line's key -> the sources it stands for (after conclude: how many unlike)
    reads_place, reads_source = False, True

    def line_facts(self, sentences, source=None):
        if source is None or not self.applies_to(sentences[0].language):
            return None
        from ...analysis.source_tokens import line_key
        key = line_key(sentences[0].line_map.text)
        if key is None:
            return None
        return key, line_key(source, 1) or source.strip().lower(), len(sentences[0].text)

    def collect(self, state, facts, at):
        key, source, _ = facts
        state.setdefault(key, set()).add(source)

    def conclude(self, state):
        for key, sources in list(state.items()):
            n = unlike(sources) if len(sources) > 1 else 1
            if n < 2 or n < TIMES and min(len(x.split()) for x in sources) < LONG:
                del state[key]
            else:
                state[key] = n

    def findings(self, state, facts, at):
        n = state.get(facts[0])
        if n:
            yield self.finding(0, facts[2], f"this target line stands for {n} unlike source lines",
                               severity=Severity.WARNING if n >= TIMES else Severity.INFO, sentence=0)


def unlike(sources) -> int:
    """How many of `sources` differ: each joins the first earlier one with the same numbers that it
    shares ALIKE of its words with (words of three letters or more), else counts as a new one."""
    kept: list[tuple[set, set]] = []
    for source in sorted(sources):
        tokens = source.split()
        numbers = {w for w in tokens if any(c.isdigit() for c in w)}
        words = {w for w in tokens if len(w) > 2} or set(tokens)
        if not any(numbers == n and len(words & k) >= ALIKE * len(words | k) for n, k in kept):
            kept.append((numbers, words))
    return len(kept)


__all__ = ["RepeatedAcrossSources"]
