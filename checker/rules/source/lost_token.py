from __future__ import annotations

from ...model import Category, Scope, Severity
from ..base import Rule
from .placing import at, where_lost

_NAMES = {"url": "URL", "email": "e-mail address", "handle": "handle", "hashtag": "hashtag",
          "file": "file name", "code": "code"}


class SourceTokenLost(Rule):
    """A URL, e-mail address, @handle, #hashtag, file name or code of the source that the target lost or garbled (needs `--source`).

    Why: these must reach the reader as they are: a translator keeps an address letter for letter,
    may transliterate a hashtag or a handle (`#चायनिझडोन्टकमटूजपान`) and may transliterate a code
    but keeps its digits (`कोविड-19`, `سارس-کوو-2`, `के४७९एन`). MT garbles them
    (`ncbi.nlm.nilm.gov`, `#remoits`, `ACE2-BAT1` for `ACE2-B0AT1`) or drops them with the clause
    around them. A garbled address is an error (it leads nowhere); a garbled code, or a token the
    target has no trace of, a warning. Measures (`5km`, `10mg`), ordinals (`2nd`) and number
    compounds (`2-week`) are numbers, left to NUM011. Silent without a source.
    Instead: copy the token from the source (a code may be transliterated, its digits kept).
    """

    code = "SRC001"
    name = "source-token-lost"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    needs_source = True
    scope = Scope.LINE
    # Examples are `source<TAB>target` lines (see tests/rule_examples.py).
    good = ("See https://www.who.int/news for details.\tतपशीलांसाठी https://www.who.int/news पाहा.",
            "Write to info@example.org today.\tآج ہی info@example.org پر لکھیں۔",
            "The hashtag #StayHome trended.\t#स्टेहोम हा हॅशटॅग ट्रेंड झाला.",
            "COVID-19 is caused by SARS-CoV-2.\tकोविड-19 हा सार्स-कोव्ह-2 मुळे होतो.",
            "Wear an N95 mask.\tاین 95 ماسک پہنیں۔",
            "Open report.pdf and walk 5km in 2-week steps.\treport.pdf उघडा आणि 5 किमी चाला.")
    bad = (("See https://www.ncbi.nlm.nih.gov/pubmed/ for more.\tअधिक माहितीसाठी https://www.ncbi.nlm.nilm.gov/pubmed/ पाहा.",
            "https://www.ncbi.nlm.nilm.gov/pubmed/"),
           ("Join the #remoties channel.\t#remoits चॅनलमध्ये सामील व्हा.", "#remoits"),
           ("The H1N1 strain spread.\tH5N1 स्ट्रेन पसरला.", "H5N1"),
           ("Civet SARS-CoV has the K479N mutation.\tسیویٹ سارس میں کے489این تبدیلی ہے۔", "کے489این"),
           ("Write to info@example.org today.\tآج ہی ہمیں لکھیں۔", "آج ہی ہمیں لکھیں۔"))

    def check_line(self, sentences, context):
        if context.source is None or not self.applies_to(sentences[0].language):
            return
        from ...analysis.source_tokens import lost_tokens  # only with a source
        for s in lost_tokens(context.source, sentences[0].line_map.text):
            what = _NAMES[s.kind]
            if s.verdict == "changed":
                severity = Severity.ERROR if s.kind != "code" else Severity.WARNING
                yield at(self, sentences, s.start, s.end,
                         f"source has the {what} {s.token}; target has {s.found}", severity)
            else:
                yield where_lost(self, sentences, context.source, s.token,
                                 f"source has the {what} {s.token}; target has no trace of it")


__all__ = ["SourceTokenLost"]
