from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import whole_line


class SentenceDropped(Rule):
    """A target with fewer sentences than its source and shorter than human translations are: a sentence dropped (needs `--source`).

    Why: MT given two or three sentences on one line often renders one and drops the others
    (`The bridge was closed. Traffic moved to the old road.` becomes the second sentence alone). Translators merge sentences too, but then the target keeps the length of the
    whole: so a target is flagged when the source has two sentences or more, the target fewer,
    and its length is below what 99.5 % of human translations of a source that long have
    (checker/langs/length_ratios.py). A target far shorter still is SRC003's. More sentences in
    the target are not flagged: translators split long sentences all the time. Abbreviations and
    initials (`Dr.`, `U.S.`, `J.`) do not end a source sentence. Silent without a source.
    Instead: translate every sentence of the source.
    """

    code = "SRC006"
    name = "sentence-dropped"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    good = ("Wash your hands often. Stay at home when you are ill.\tआपले हात वारंवार धुवा आणि आजारी असताना "
            "घरीच राहा.",
            "Wash your hands often. Stay at home when you are ill.\tاپنے ہاتھ اکثر دھوئیں۔ بیمار ہوں تو گھر پر "
            "رہیں۔",
            "Dr. Smith met the U.S. team in Wuhan on Monday.\tडॉ. स्मिथ यांनी सोमवारी वूहानमध्ये अमेरिकेच्या "
            "पथकाची भेट घेतली.")
    bad = ("The old bridge over the river was closed for repairs last week. Since then, all traffic "
           "between the two towns has moved to the narrow road along the hills.\tतेव्हापासून दोन्ही गावांमधील "
           "सर्व वाहतूक डोंगरालगतच्या अरुंद रस्त्याने होत आहे.",
           "The virus spread quickly in the city. Schools and offices were closed for two months.\tشہر میں یہ "
           "وائرس بہت ہی تیزی کے ساتھ پھیل گیا تھا۔")

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_structure import source_sentences, target_sentence_count  # only with a source
        parts = source_sentences(context.source)
        if len(parts) < 2:
            return  # (almost every line: one sentence, found without splitting)
        found = target_sentence_count(sentences)
        if found >= len(parts):
            return
        from ...analysis.source_length import length_share
        length = length_share(context.source, sentences[0].line_map.text, sentences[0].language)
        if length is None or not length.short <= length.share < length.low:
            return
        yield whole_line(self, sentences, f"the source has {len(parts)} sentences, the target {found} and "
                                          f"{length.share:.0%} of the length a translation has: a sentence dropped?")


__all__ = ["SentenceDropped"]
