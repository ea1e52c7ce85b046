"""The data model shared by every layer: severities, categories, spans, findings, sentences."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from .lazy import cached_property
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # imported lazily: the analysis layer is only built when a rule asks for it
    from .analysis.numbers import Number
    from .analysis.phonetic import LetterRun, NameCandidate
    from .analysis.tokens import Token
    from .textmap import Change, LineMap


RANK = {"info": 1, "warning": 2, "error": 3}  # severities by rank: the one table of their order
FAIL_ON = ("error", "warning", "info", "never")  # what --fail-on and `fail-on` accept
FORMATS = ("text", "json", "jsonl", "csv", "sarif", "github", "html")  # report formats: checker.report.<f>_report
STREAMING = ("jsonl",)  # formats written file by file as files are checked (report.stream)


def fail_threshold(fail_on: str) -> Optional[int]:
    """The lowest rank that fails a scan with `fail_on` (None: "never")."""
    return RANK.get(fail_on)


class Severity(str, enum.Enum):
    ERROR = "error"      # certainly wrong; safe to block a commit
    WARNING = "warning"  # probably wrong
    INFO = "info"        # worth a look

    @property
    def rank(self) -> int:
        return RANK[self.value]


class Category(str, enum.Enum):
    NUMBER = "number"
    TRANSLITERATION = "transliteration"
    CONSISTENCY = "consistency"
    TERMINOLOGY = "terminology"
    ORTHOGRAPHY = "orthography"
    PUNCTUATION = "punctuation"
    REPETITION = "repetition"


class Scope(str, enum.Enum):
    SENTENCE = "sentence"  # sees one sentence at a time
    LINE = "line"          # sees the sentences of each line together (check_line)
    DOCUMENT = "document"  # sees every line of a file in two passes (consistency across a document)
    UNIT = "unit"          # sees one unit of a translation file (checker.formats; the text pipeline skips it)


LANGUAGES = ("ur", "mr")


@dataclass(frozen=True)
class Fix:
    """Replace the finding's span of the *original* text by `replacement`.

    `safe` fixes cannot change meaning and are applied by `--fix`; the others need `--unsafe-fixes`.
    """
    replacement: str
    safe: bool = False


@dataclass
class Finding:
    """A rule's verdict on a span of one sentence.

    `start`/`end` are code-point offsets into the sentence's *normalised* text; the pipeline maps
    them to the original line. An empty span stands for characters normalisation removed there.
    """
    rule: str
    start: int
    end: int
    message: str
    fix: Optional[Fix] = None
    severity: Optional[Severity] = None  # None: the rule's default
    sentence: Optional[int] = None       # set by document rules: index of the sentence in the file


@dataclass
class Sentence:
    """One sentence of one line, in normalised form, with lazily computed analysis facts."""
    index: int          # 0-based position in the file (in the line while a line is analysed)
    line: int           # 1-based line number (0 while a line is analysed: the analysis is memoised by text)
    start: int          # offset of the sentence in the normalised line
    end: int
    text: str           # normalised text of the sentence
    language: str
    line_map: "LineMap" = field(repr=False)

    @property
    def orig_start(self) -> int:
        """Where the sentence starts in the original line, characters normalisation removed just
        before its first one included (a bidi control opening it belongs to it)."""
        return self.line_map.to_original(self.start, self.start)[0]

    @property
    def orig_end(self) -> int:
        """Where it ends; removed characters right after it belong to it, unless the next
        sentence starts there (no space between: they open that one)."""
        text = self.line_map.text
        if self.end == len(text) or text[self.end].isspace():
            return self.line_map.to_original(self.end, self.end)[1]
        return self.line_map.to_original(self.start, self.end)[1]

    @property
    def original(self) -> str:
        """The sentence exactly as in the file."""
        return self.line_map.original[self.orig_start:self.orig_end]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original-line offsets of a span given in this sentence's normalised coordinates."""
        return self.line_map.to_original(self.start + start, self.start + end)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.line_map.original[a:b]

    @cached_property
    def changes(self) -> list["Change"]:
        """What normalisation changed inside this sentence (Arabic kaf, ZWJ, tatweel, ...)."""
        if not self.line_map.changes:
            return []
        a, b = self.orig_start, self.orig_end  # a removed character between two sentences has one owner
        return [c.shifted(-self.start) for c in self.line_map.changes if a <= c.orig_start and c.orig_end <= b]

    # The facts below depend only on the normalised text (and language): a repeated sentence
    # reuses them from a bounded memo (see _facts) instead of analysing it again.
    @cached_property
    def tokens(self) -> list["Token"]:
        return list(_facts().tokens(self.text))

    @cached_property
    def letter_runs(self) -> list["LetterRun"]:
        """Latin letters spelled by their names (سی این بی سی, सीईओ)."""
        return list(_facts().letter_runs(self.text, self.language))

    @cached_property
    def name_candidates(self) -> list["NameCandidate"]:
        """Words that may be a transliterated name, keyed by phonetic skeleton."""
        return list(_facts().name_candidates(self.text, self.language))

    @cached_property
    def numbers(self) -> list["Number"]:
        return list(_facts().numbers(self.text))

    @cached_property
    def latin_words(self) -> list:
        """Latin phrases with each word classified (English, term, name…), words kept on purpose out."""
        return list(_facts().latin_words(self.text))

    @cached_property
    def latin_names(self) -> list:
        """Capitalised Latin words that are names, with the skeletons their transliteration may have."""
        return list(_facts().latin_names(self.text, self.language))


_FACTS = None


def _facts():
    """checker.analysis.facts, imported on first use (an import statement per call costs)."""
    global _FACTS
    if _FACTS is None:
        from .analysis import facts
        _FACTS = facts
    return _FACTS


@dataclass(frozen=True)
class Options:
    """Settings that rules may read (line rules, through `LineContext.options`)."""
    glossary: Optional[str] = None  # path of a glossary TSV (terminology rules)


@dataclass
class Document:
    path: str
    language: str
    sentences: list[Sentence]
    lines: list[str]  # original lines without their line endings
    options: Options = field(default_factory=Options)
    sources: Optional[list[str]] = None  # the aligned English source, one per line (`--source`, .tsv)


@dataclass(slots=True)  # one per finding per line of a corpus report: slots build and read faster
class Reported:
    """A finding placed in the original file: what reporters print."""
    rule: str
    name: str
    category: Category
    severity: Severity
    line: int
    col: int       # 1-based code-point column of the first character
    end_col: int   # one past the last
    text: str
    message: str
    fix: Optional[Fix]
    sentence: int
    # translation files (checker.formats): the unit, and the line `end_col` is on when not `line`
    unit: Optional[str] = None
    end_line: Optional[int] = None

    def to_json(self) -> dict:
        out = {
            "rule": self.rule, "name": self.name, "category": self.category.value,
            "severity": self.severity.value, "line": self.line, "col": self.col,
            "end_col": self.end_col, "text": self.text, "message": self.message,
            "fix": None if self.fix is None else {"replacement": self.fix.replacement, "safe": self.fix.safe},
        }
        if self.unit is not None:  # optional fields of translation files: the contract is unchanged
            out["unit"] = self.unit
        if self.end_line is not None:
            out["end_line"] = self.end_line
        return out


@dataclass(slots=True)  # one per sentence of a corpus report
class SentenceReport:
    index: int
    line: int
    col: int
    end_col: int
    language: str
    text: str
    findings: list[Reported]
    source: Optional[str] = None     # the line of the aligned English source, when given
    reference: Optional[str] = None  # the line of the aligned reference, when given
    scores: Optional[dict] = None    # {"chrF", "chrF++", "BLEU"} of the line against its reference
    unit: Optional[str] = None       # translation files (checker.formats): the unit's id
    end_line: Optional[int] = None   # ... and the line `end_col` is on, when not `line`

    def to_json(self) -> dict:
        out = {"index": self.index, "line": self.line, "col": self.col, "end_col": self.end_col,
               "language": self.language, "text": self.text,
               "findings": [f.to_json() for f in self.findings]}
        out.update({k: v for k, v in (("source", self.source), ("reference", self.reference),
                                      ("scores", self.scores), ("unit", self.unit),
                                      ("end_line", self.end_line)) if v is not None})
        return out


@dataclass
class FileReport:
    path: str
    language: str
    sentences: list[SentenceReport]  # an iterator when the file is streamed (checker.engine.run.check_lines)
    error: Optional[str] = None  # set when the file could not be read
    scores: Optional[dict] = None  # corpus scores against a reference (see checker.scoring)
    # the source-aware rules the file was checked with (NUM011, SRC…): they ran on the sentences
    # that carry a source and were skipped on the others (the summary says which)
    source_rules: tuple[str, ...] = ()

    @property
    def findings(self) -> list[Reported]:
        return [f for s in self.sentences for f in s.findings]

    def to_json(self) -> dict:
        return {"path": self.path, "language": self.language,
                "sentences": [s.to_json() for s in self.sentences]}


@dataclass
class Rendered:
    """A file's report already written out in a streaming format by a worker process (`--jobs`),
    in a spool file (see checker.report.stream.copy_spool)."""
    path: str
    spool: str  # the file holding the report, written as a text file in UTF-8
    worst: int  # highest severity rank among its findings (0: none)
