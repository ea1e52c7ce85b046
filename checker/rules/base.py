"""What every rule declares, and the helpers rules use to build findings."""
from __future__ import annotations

import enum
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


class Repeats(enum.Enum):
    """What pass one does with a line met again (its facts are the same object: corpora and
    translation memories repeat many lines); one declaration per document rule."""
    EVERY = "every"      # collect sees every occurrence: the rule reads each one's place
    FIRST = "first"      # collect sees the first occurrence only: a repeat adds nothing
    COUNTED = "counted"  # collect sees the first, then collect_repeats(state, facts, times) the others


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
    # A rule that compares the target with its English source (`--source`, a .tsv, a translation
    # file) and is silent without one; the report says which of them ran (checker.report.summary).
    needs_source: ClassVar[bool] = False

    def check(self, sentence: "Sentence") -> Iterable[Finding]:
        """Sentence-scope rules override this."""
        return ()

    def check_line(self, sentences: Sequence["Sentence"], context: LineContext) -> Iterable[Finding]:
        """Line-scope rules override this: the sentences of one line (`Sentence.index` is the
        position in the line, which findings name as `sentence`)."""
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


class DocumentRule(Rule):
    """A rule that sees a whole document, in two passes over its lines, so that a file is streamed
    rather than held (memory does not grow with its size) and repeated lines cost nothing.

    A document rule declares:
      Facts: what it needs of one line, made by `Facts.of(sentences)` (None: nothing to see), or
          by its own `line_facts(sentences)`; compact, frozen and picklable (it may come from a
          worker process), a pure function of the line's text: it is memoised with the line;
      State: what it keeps across the document; `State()` is a fresh one;
      collect(state, facts, at): pass one, for each line with facts, in order;
      findings(state, facts, at): pass two, its findings on the line, naming sentences by their
          position in the line (`Finding.sentence`).
    And where it needs them: conclude(state) after pass one; `repeats` (Repeats.FIRST or COUNTED
    with collect_repeats); `reads_place = False` when findings do not read `at` (a repeated
    line's findings are then computed once); `reads_source = True` for line_facts(sentences,
    source), the aligned English source line (None without one).
    """

    scope = Scope.DOCUMENT
    Facts: ClassVar[Any] = None
    State: ClassVar[type] = dict
    repeats: ClassVar[Repeats] = Repeats.EVERY
    reads_place: ClassVar[bool] = True
    reads_source: ClassVar[bool] = False

    def line_facts(self, sentences: Sequence["Sentence"], *source: Optional[str]) -> Any:
        return self.Facts.of(sentences, *source)

    def start(self) -> Any:
        return self.State()

    def collect(self, state: Any, facts: Any, at: At) -> None:
        pass

    def collect_repeats(self, state: Any, facts: Any, times: int) -> None:
        """Repeats.COUNTED: the `times` further occurrences of a line whose facts pass one collected."""
        raise NotImplementedError

    def conclude(self, state: Any) -> None:
        pass

    def findings(self, state: Any, facts: Any, at: At) -> Iterable[Finding]:
        return ()


class FirstFormWins:
    """The "first form wins" consistency of a document: the first form a key (a quantity, a name)
    is met in is the document's; each other form contradicting it is flagged at its first place.
    State for document rules; `contradicts(form, first)` is the rule's data."""
    __slots__ = ("first", "flagged")

    def __init__(self):
        self.first: dict = {}    # key -> (first form, what the rule keeps of its first place)
        self.flagged: dict = {}  # (key, form) -> the place it is flagged at

    def meet(self, key, form, first_place, place, contradicts) -> None:
        """Pass one: `key` met in `form` at `place` (`first_place`: kept when it is the first)."""
        first = self.first.get(key)
        if first is None:
            self.first[key] = (form, first_place)
        elif (key, form) not in self.flagged and contradicts(form, first[0]):
            self.flagged[(key, form)] = place

    def flagged_at(self, key, form, place):
        """Pass two: the first form's place when (key, form) is flagged at `place`, else None."""
        return self.first[key][1] if self.flagged.get((key, form)) == place else None
