from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

from ...model import Category, Scope, Severity
from ..base import Rule


class MissingInlineMarkup(Rule):
    """Inline markup of the source (a tag, placeholder or code) that the target lost, or markup the target added.

    Why: in XLIFF and TMX, `<x/>`, `<ph>`, `<g>`, `<bpt>`/`<ept>` (`<ph/>`, `<pc>`, `<sc/>`/`<ec/>` in
    XLIFF 2.0) stand for formatting, links and variables of the original document. MT and hasty
    post-editing drop them (`Click <g id="1">here</g>` → `येथे क्लिक करा`), which breaks the link or
    the formatting when the file is merged back, or makes the CAT tool refuse the file. A lost one
    is an error; one the target has and the source has not is a warning (a tool may split tags).
    Markup is matched by element name and id; its order may change (word order does). Only
    translation files have markup: plain text is never flagged.
    Instead: the same markup in the target, around the words that carry it:
    `येथे <g id="1">क्लिक</g> करा`.
    """

    code = "TAG001"
    name = "missing-inline-markup"
    category = Category.CONSISTENCY
    severity = Severity.ERROR
    scope = Scope.UNIT  # a unit's target markup against its source markup (checker.formats)
    # Examples are XLIFF 1.2 `source<TAB>target` pairs (tests/test_formats_markup.py wraps each
    # into a trans-unit).
    good = ('Click <g id="1">here</g>.\tयेथे <g id="1">क्लिक</g> करा.',
            'Total: <x id="1"/> items\tکل: <x id="1"/> اشیاء',
            '<ph id="1">{0}</ph> and <ph id="2">{1}</ph>\t<ph id="2">{1}</ph> आणि <ph id="1">{0}</ph>',
            "No markup here.\tइथे मार्कअप नाही.")
    bad = ('Click <g id="1">here</g>.\tयेथे क्लिक करा.',
           'Total: <x id="1"/> items\tکل: اشیاء',
           '<bpt id="1">&lt;b&gt;</bpt>Bold<ept id="1">&lt;/b&gt;</ept> text\tठळक मजकूर',
           'Plain text.\tसाधा <x id="9"/> मजकूर.')

    def check_unit(self, source: tuple[str, ...], target: tuple[str, ...]
                   ) -> Iterable[tuple[Optional[int], str, Severity]]:
        """(index of the target markup flagged, or None for markup the target lacks; message;
        severity) for each difference between the two lists of markup keys."""
        missing = Counter(source) - Counter(target)
        for key, n in missing.items():
            yield None, f"source has {key}{f' ({n}×)' if n > 1 else ''}; the target lost it", Severity.ERROR
        extra = Counter(target) - Counter(source)
        for k, key in enumerate(target):
            if extra[key] > 0:
                extra[key] -= 1
                yield k, f"target has {key}; the source has no such markup", Severity.WARNING
