from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import whole_line


class LengthOffSource(Rule):
    """A target line far shorter or longer than human translations of its source are: content dropped or added (needs `--source`).

    Why: MT stops half-way through a long sentence (`वूहान आणि हुबेई येथील सार्वजनिक वाहतुकीचे प्रभावी
    क्षेत्र म्हणून ओळखले जात आहे.` for a three-clause source) or loops and pads (`کے سینے کے سینے کے
    سینے …`). How long a human Marathi or Urdu translation is against its English source was
    learnt from human parallel text (scripts/build_length_ratios.py, per band of source length:
    short sources spread more); a target beyond the 0.5 % or 99.5 % point of that spread by a
    further factor of 1.57 is flagged. Sources under 20 letters are not judged. Silent without a source.
    Instead: translate the whole source, and only the source.
    """

    code = "SRC003"
    name = "length-off-source"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    good = ("Owing to the quarantine of public transport in Wuhan, several countries planned to evacuate "
            "their citizens.\tवूहानमधील सार्वजनिक वाहतुकीच्या विलगीकरणामुळे अनेक देशांनी आपल्या नागरिकांना "
            "बाहेर काढण्याची योजना आखली.",
            "The test is usually done on respiratory samples taken from the nose.\tیہ ٹیسٹ عام طور پر ناک "
            "سے لیے گئے سانس کے نمونوں پر کیا جاتا ہے۔",
            "Yes.\tहोय.")
    bad = (("Owing to the effective quarantine of public transport in Wuhan and Hubei, several countries "
            "have planned to evacuate their citizens and diplomatic staff from the area, primarily through "
            "chartered flights.\tवूहान आणि हुबेई येथील वाहतूक बंद आहे.", "वूहान आणि हुबेई येथील वाहतूक बंद आहे."),
           "The test is done on samples from the nose.\tیہ ٹیسٹ ناک کے سینے کے سینے کے سینے کے سینے کے "
           "سینے کے سینے کے سینے کے سینے کے سینے کے سینے کے سینے کے سینے کے سینے کے سینے پر کیا جاتا ہے۔")

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_length import length_off  # the table: only with a source
        off = length_off(context.source, sentences[0].line_map.text, sentences[0].language)
        if off is None:
            return
        if off.direction == "short":
            message = (f"the target is {off.share:.0%} of the length a translation of this source has "
                       f"(human ones: {off.bound:.0%} and more): content dropped?")
        else:
            message = (f"the target is {off.share:.1f} times the length a translation of this source has "
                       f"(human ones: {off.bound:.1f} times at most): content added?")
        yield whole_line(self, sentences, message)


__all__ = ["LengthOffSource"]
