from __future__ import annotations

from ...model import Category, Severity
from ..base import DocumentRule

TIMES = 3    # occurrences of one target line, each for a different source, that make it suspect


class RepeatedAcrossSources(DocumentRule):
    """The same target line recurring for sources that differ: a hallucinated stock sentence (needs `--source`).

    Why: an MT system that cannot translate a segment falls back on a sentence it has learnt by
    heart (`यह जानकारी केवल संदर्भ के लिए है।`) or repeats an earlier line; each occurrence stands
    for a different source, so all but one translate nothing they render. A line of five words or
    more that recurs three times or more, each time for a different source (compared without
    case, spaces and punctuation), is flagged at every occurrence; a line that recurs for the same
    source (a memory's repeated segment) is fine. Silent without a source.
    Instead: translate each source line.
    """

    code = "SRC005"
    name = "repeated-across-sources"
    category = Category.REPETITION
    severity = Severity.WARNING
    good = ("Wash your hands.\tआपले हात वारंवार साबणाने धुवा.\nWash your hands.\tआपले हात वारंवार साबणाने धुवा.\n"
            "Wash your hands.\tआपले हात वारंवार साबणाने धुवा.",)
    bad = (("The virus spread fast.\tیہ معلومات صرف حوالہ کے لیے ہے۔\nSchools were closed.\tیہ معلومات صرف حوالہ "
            "کے لیے ہے۔\nMasks help.\tیہ معلومات صرف حوالہ کے لیے ہے۔", "یہ معلومات صرف حوالہ کے لیے ہے۔"),)

    # Facts: the target line's key and the source (None: no source, or a short line). Pass one
    # gathers the sources of each key; pass two flags the lines whose key has TIMES of them.
    State = dict  # the target line's key -> the sources it stands for
    reads_place, reads_source = False, True

    def line_facts(self, sentences, source=None):
        if source is None or not self.applies_to(sentences[0].language):
            return None
        from ...analysis.source_tokens import line_key
        key = line_key(sentences[0].line_map.text)
        if key is None:
            return None
        return key, line_key(source) or source.strip().lower(), len(sentences[0].text)

    def collect(self, state, facts, at):
        key, source, _ = facts
        state.setdefault(key, set()).add(source)

    def conclude(self, state):
        for key in [k for k, sources in state.items() if len(sources) < TIMES]:
            del state[key]

    def findings(self, state, facts, at):
        sources = state.get(facts[0])
        if sources:
            yield self.finding(0, facts[2], f"this target line stands for {len(sources)} different source lines",
                               sentence=0)


__all__ = ["RepeatedAcrossSources"]
