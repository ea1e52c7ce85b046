"""What every rule declares, and the helpers rules use to build findings."""
from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, NamedTuple, Optional, Sequence

from ..model import LANGUAGES, Category, Finding, Fix, Options, Scope, Severity

if TYPE_CHECKING:
    from ..model import Sentence


class LineContext(NamedTuple):
    """What a line rule may read besides the line's sentences."""
    options: Options
    source: Optional[str] = None  # the aligned English source line (`--source`, .tsv), if any


class At(NamedTuple):
    """Where a line sits in its document (document rules' second pass)."""
    line: int      # 1-based line number
    first: int     # index in the document of the line's first sentence
    ordinal: int   # how many lines with sentences come before it


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

    def check(self, sentence: "Sentence") -> Iterable[Finding]:
        """Sentence-scope rules override this."""
        return ()

    def check_line(self, sentences: Sequence["Sentence"], context: LineContext) -> Iterable[Finding]:
        """Line-scope rules override this: the sentences of one line (`Sentence.index` is the
        position in the line, which findings name as `sentence`)."""
        return ()

    # Document-scope rules work in two passes over the lines, so that a file is streamed rather
    # than held (memory does not grow with its size) and repeated lines cost nothing:
    #   line_facts(sentences) -> what the rule needs of one line: compact, a pure function of the
    #       line's text, memoised with the line (None: nothing);
    #   collect(state, facts, at) for each line with facts, then conclude(state);
    #   findings(state, facts, at) for each line with facts, naming sentences by position in the line.
    # A repeated line (corpora and translation memories repeat many) brings the same facts object;
    # two declarations let the pipeline handle it once per pass instead of once per occurrence:
    #   counts_repeats: pass one calls collect for the first occurrence of a facts object only,
    #       then collect_repeats(state, facts, times) with the number of further ones (pass one
    #       only adds up, and the first places it keeps are the first occurrence's);
    #   positional = False: findings(state, facts, at) does not read `at`, so a repeated line's
    #       findings are computed once in pass two.
    #   reads_source = True: line_facts(sentences, source) also gets the aligned English source
    #       line (None without one); the memo already keys a line's analysis by its source.
    counts_repeats: ClassVar[bool] = False
    positional: ClassVar[bool] = True
    reads_source: ClassVar[bool] = False

    def line_facts(self, sentences: Sequence["Sentence"]) -> Any:
        return None

    def start(self) -> Any:
        """A fresh document state."""
        return None

    def collect(self, state: Any, facts: Any, at: At) -> None:
        pass

    def collect_repeats(self, state: Any, facts: Any, times: int) -> None:
        """Rules with `counts_repeats` override this."""
        raise NotImplementedError

    def conclude(self, state: Any) -> None:
        pass

    def findings(self, state: Any, facts: Any, at: At) -> Iterable[Finding]:
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
