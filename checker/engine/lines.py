"""Line analysis: a line normalised, split into sentences, checked by the sentence and line rules,
its findings placed in the original line, and the document rules' facts taken from it. The result
depends only on the line's text (and source), so a repeated line is analysed once (memo.LINES)."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, NamedTuple, Optional, Sequence

from ..analysis.scripts import detect_language
from ..model import Category, Document, Finding, Fix, Options, Scope, Sentence, Severity
from ..normalize import normalize_line
from ..normalize.segment import split_sentences
from ..rules import Rule
from ..rules.base import LineContext
from ..textmap import LineMap
from . import memo


def split_lines(text: str) -> list[str]:
    """Lines without their endings (LF or CRLF); a final line ending adds no empty line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [x[:-1] if x.endswith("\r") else x for x in lines]


LANGUAGE_SAMPLE = 200  # lines with letters that decide a document's language


def document_language(lines: Iterable[str], forced: Optional[str] = None) -> str:
    """The language of a file: forced, or the majority of its first lines that have letters
    (a prefix, so that a file split into blocks for `--jobs` gets the same answer)."""
    if forced:
        return forced
    seen: list[str] = []
    for line in lines:
        lang = detect_language(line)
        if lang:
            seen.append(lang)
            if len(seen) >= LANGUAGE_SAMPLE:
                break
    return Counter(seen).most_common(1)[0][0] if seen else "mr"


def line_sentences(lm: LineMap, language: Optional[str], doc_language: str) -> list[Sentence]:
    """The sentences of one normalised line (`index`: position in the line, `line`: 0); a sentence
    without letters of either script takes the document's language."""
    out: list[Sentence] = []
    # a line that normalisation emptied (only tatweel, harakat, invisible characters) is still
    # one sentence: it must be reported, and the rules that report removed characters see it
    spans = split_sentences(lm.text) or ([(0, len(lm.text))] if lm.original.strip() else [])
    for a, b in spans:
        text = lm.text[a:b]
        out.append(Sentence(len(out), 0, a, b, text, language or detect_language(text) or doc_language, lm))
    return out


def build_sentences(lines: Sequence[str], first_line: int, language: Optional[str], doc_language: str,
                    first_index: int = 0) -> list[Sentence]:
    """Normalise and split `lines` (numbered from `first_line`), sentences numbered through the document."""
    sentences: list[Sentence] = []
    for number, line in enumerate(lines, first_line):
        for s in line_sentences(normalize_line(line), language, doc_language):
            s.index, s.line = first_index + len(sentences), number
            sentences.append(s)
    return sentences


def build_document(text: str, path: str = "<text>", language: Optional[str] = None,
                   options: Optional[Options] = None, sources: Optional[list[str]] = None) -> Document:
    lines = split_lines(text)
    doc_language = document_language(lines, language)
    return Document(path, doc_language, build_sentences(lines, 1, language, doc_language), lines,
                    options or Options(), sources)


class Placed(NamedTuple):
    """A finding placed in its original line: a `Reported` less the line and sentence number."""
    rule: str
    name: str
    category: Category
    severity: Severity
    col: int
    end_col: int
    text: str
    message: str
    fix: Optional[Fix]


class SentenceResult(NamedTuple):
    """One sentence of an analysed line, independent of where the line sits in its file."""
    start: int           # normalised offsets in the line
    end: int
    orig_start: int      # original offsets in the line
    orig_end: int
    language: str
    text: str            # as written
    findings: tuple[Placed, ...]  # of the sentence and line rules


class LineFacts(NamedTuple):
    """What one document rule takes from a line: the rule's index in the rule set, its facts."""
    rule: int
    facts: object


class LineResult(NamedTuple):
    line_map: LineMap
    sentences: tuple[SentenceResult, ...]
    facts: tuple[LineFacts, ...]  # for each document rule that sees something on the line


class RuleSet:
    """The rules one document is checked with, split by scope, with the memo keys that name them."""

    def __init__(self, rules: Sequence[Rule], language: Optional[str], doc_language: str,
                 options: Optional[Options] = None):
        self.rules = list(rules)
        self.sentence_rules = [r for r in rules if r.scope is Scope.SENTENCE]
        self.line_rules = [r for r in rules if r.scope is Scope.LINE]
        self.document_rules = [r for r in rules if r.scope is Scope.DOCUMENT]
        self.by_code = {r.code: r for r in rules}
        self.codes = tuple(self.by_code)
        self.language, self.doc_language = language, doc_language
        self.options = options or Options()
        self._checks: dict[str, list] = {}
        # memo keys name the rule set and settings by a small number: hashing the tuples of
        # codes and the options for every line would cost more than the look-up saves
        self.sentence_key = memo.key_of(tuple(r.code for r in self.sentence_rules))
        self.line_key = memo.key_of((language, doc_language, self.codes, self.options))

    def checks(self, language: str) -> list:
        """(trigger, check) of the sentence rules that apply to `language`, looked up once."""
        checks = self._checks.get(language)
        if checks is None:
            checks = self._checks[language] = [(r.trigger_pattern, r.check) for r in self.sentence_rules
                                               if r.applies_to(language)]
        return checks

    def place(self, findings: Iterable[Finding], offset: int, lm: LineMap, placed: Optional[dict] = None
              ) -> tuple[Placed, ...]:
        """Findings placed in the original line, one per rule and span, in reading order; never an
        empty or cross-line span. `placed`: findings placed already, by (rule, col, end_col)."""
        placed = {} if placed is None else placed
        line = lm.original
        for f in findings:
            a, b = lm.to_original(offset + f.start, offset + f.end)
            if a == b:
                a, b = (a, a + 1) if a < len(line) else (max(a - 1, 0), a)
            rule = self.by_code[f.rule]
            placed.setdefault((rule.code, a + 1, b + 1), Placed(rule.code, rule.name, rule.category,
                                                                f.severity or rule.severity,
                                                                a + 1, b + 1, line[a:b], f.message, f.fix))
        return tuple(sorted(placed.values(), key=lambda p: (p.col, p.end_col, p.rule)))


class LineAnalyser:
    """Analyses the lines of one document with one rule set, each distinct line once."""

    def __init__(self, rules: RuleSet, sources: Optional[Sequence[str]] = None):
        self.rules, self.sources = rules, sources

    def source(self, number: int) -> Optional[str]:
        sources = self.sources
        return sources[number - 1] if sources is not None and number <= len(sources) else None

    def analyse(self, line: str, number: int) -> LineResult:
        """The line's sentences with their sentence- and line-rule findings, and its document facts."""
        source = self.source(number) if self.sources is not None else None
        key = (line, source, self.rules.line_key)
        found = memo.LINES.get(key)
        if found is None:
            found = self._analyse(line, source)
            memo.LINES.put(key, found, len(line))
        return found

    def _analyse(self, line: str, source: Optional[str]) -> LineResult:
        rules = self.rules
        lm = normalize_line(line)
        sentences = line_sentences(lm, rules.language, rules.doc_language)
        if not sentences:
            return LineResult(lm, (), ())
        spans = [(s.orig_start, s.orig_end) for s in sentences]
        found = [list(self._sentence_findings(s, line[a:b])) for s, (a, b) in zip(sentences, spans)]
        if rules.line_rules:
            context = LineContext(rules.options, source)
            for rule in rules.line_rules:
                for f in rule.check_line(sentences, context):
                    if rule.applies_to(sentences[f.sentence].language):
                        found[f.sentence].append(f)
        results = tuple(SentenceResult(s.start, s.end, a, b, s.language, line[a:b], rules.place(fs, s.start, lm))
                        for s, (a, b), fs in zip(sentences, spans, found))
        facts = (LineFacts(i, r.line_facts(sentences, source) if r.reads_source else r.line_facts(sentences))
                 for i, r in enumerate(rules.document_rules))
        return LineResult(lm, results, tuple(f for f in facts if f.facts is not None))

    def _sentence_findings(self, s: Sentence, original: str) -> tuple[Finding, ...]:
        key = (original, s.language, self.rules.sentence_key)
        found = memo.SENTENCES.get(key)
        if found is None:
            out: list[Finding] = []
            text = s.text
            for trigger, check in self.rules.checks(s.language):
                if trigger is None or trigger.search(text):
                    out.extend(check(s))
            found = tuple(out)
            memo.SENTENCES.put(key, found)
        return found
