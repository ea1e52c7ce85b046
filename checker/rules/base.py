"""What every rule declares, and the helpers rules use to build findings."""
from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, ClassVar, Iterable, Optional

from ..model import LANGUAGES, Category, Finding, Fix, Scope, Severity

if TYPE_CHECKING:
    from ..model import Document, Sentence


class Rule:
    """Base class. A rule's docstring is its documentation (`checker explain CODE`): a one-line
    summary, then paragraphs headed "Why:" and "Instead:"."""

    code: ClassVar[str]
    name: ClassVar[str]                      # kebab-case, names the defect
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    languages: ClassVar[tuple[str, ...]] = LANGUAGES
    scope: ClassVar[Scope] = Scope.SENTENCE
    fixable: ClassVar[bool] = False
    # Examples the tests run: each `bad` text must get a finding of this rule, each `good` none.
    # A bad example may be a pair (text, flagged) where `flagged` is the text the finding covers.
    good: ClassVar[tuple[str, ...]] = ()
    bad: ClassVar[tuple] = ()
    # Fast path: a regex that every sentence this rule can flag matches (e.g. a digit for number
    # rules). Sentences it does not match are skipped without calling `check`.
    trigger: ClassVar[Optional[str]] = None
    # Document rules: the Sentence facts (cached properties) they read, computed in the worker
    # processes of `--jobs` so that the parent does not compute them again.
    facts: ClassVar[tuple[str, ...]] = ()

    def check(self, sentence: "Sentence") -> Iterable[Finding]:
        """Sentence-scope rules override this."""
        return ()

    def check_document(self, doc: "Document") -> Iterable[Finding]:
        """Document-scope rules override this; their findings name the sentence they sit in."""
        return ()

    @property
    def trigger_pattern(self):
        cls = type(self)
        if "_trigger_re" not in cls.__dict__:
            import regex
            cls._trigger_re = regex.compile(cls.trigger) if cls.trigger else None
        return cls._trigger_re

    def applies_to(self, language: str) -> bool:
        return language in self.languages

    def finding(self, start: int, end: int, message: str, fix: Optional[Fix] = None,
                severity: Optional[Severity] = None, sentence: Optional[int] = None) -> Finding:
        return Finding(self.code, start, end, message, fix, severity, sentence)

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().split("\n", 1)[0]
