"""Text → lines → normalised lines → sentences → rule findings → findings in the original file."""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator, NamedTuple, Optional, Sequence

from .analysis.scripts import detect_language
from .model import Document, FileReport, Finding, Options, Reported, Scope, Sentence, SentenceReport
from .normalize import normalize_line
from .normalize.segment import split_sentences
from .rules import Rule, all_rules
from .rules.base import At, LineContext
from .textmap import LineMap


def split_lines(text: str) -> list[str]:
    """Lines without their endings (LF or CRLF); a final line ending adds no empty line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [x[:-1] if x.endswith("\r") else x for x in lines]


LANGUAGE_SAMPLE = 200  # lines with letters that decide a document's language


def document_language(lines: Sequence[str], forced: Optional[str] = None) -> str:
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
    return _majority(seen) or "mr"


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


def _majority(items: list[str]) -> Optional[str]:
    return Counter(items).most_common(1)[0][0] if items else None


class Memo:
    """A bounded memo: when it holds `size` entries, or keys weighing `weight` in all (the
    characters of the lines they name), the oldest go first."""

    def __init__(self, size: int, weight: Optional[int] = None):
        self.size, self.weight = size, weight
        self._store: dict = {}
        self._weights: dict = {}
        self._held = 0

    def get(self, key):
        return self._store.get(key)

    def clear(self) -> None:
        self._store.clear()
        self._weights.clear()
        self._held = 0

    def put(self, key, value, weight: int = 0) -> None:
        store = self._store
        if key in store:
            del store[key]
            self._held -= self._weights.pop(key, 0)
        while store and (len(store) >= self.size or
                         (self.weight is not None and self._held + weight > self.weight)):
            oldest = next(iter(store))
            del store[oldest]
            self._held -= self._weights.pop(oldest, 0)
        store[key] = value
        if weight:
            self._weights[key] = weight
            self._held += weight


# Translation memories and MT corpora repeat segments (headlines, boilerplate, bylines): a line
# whose text, language and rules are the same gets the same analysis, findings and document-rule
# facts without running anything again; a repeated sentence inside a new line, its sentence findings.
# A streamed file goes through the lines twice: a memo that holds its distinct lines spares the
# second pass their analysis (a 50 MB corpus with 32,000 distinct lines: 15 s -> 10 s). The
# weight bounds the memory whatever the lines' length (about 15 bytes per character held).
MEMO = Memo(1 << 15, weight=4_000_000)  # line -> LineResult
SENTENCE_MEMO = Memo(1 << 15)            # sentence as written -> its sentence-rule findings


_SETTINGS: dict = {}


def _setting_id(setting) -> int:
    """A number standing for `setting` (a rule set with its options) in memo keys: equal
    settings get the same number in one process."""
    return _SETTINGS.setdefault(setting, len(_SETTINGS))


class SentenceResult(NamedTuple):
    """One sentence of an analysed line, independent of where the line sits in its file."""
    start: int           # normalised offsets in the line
    end: int
    orig_start: int      # original offsets in the line
    orig_end: int
    language: str
    text: str            # as written
    findings: tuple      # placed sentence- and line-rule findings: Reported fields less line and sentence


class LineResult(NamedTuple):
    line_map: LineMap
    sentences: tuple[SentenceResult, ...]
    facts: tuple         # (index of a document rule, its line facts) for each rule that sees something


REPEATS_LIMIT = 1 << 14  # distinct facts (lines) a document pass keeps to count or reuse repeats


class _ChecksByLanguage(dict):
    """language -> (trigger, check) of the sentence rules that apply to it, looked up once."""

    def __init__(self, rules: Sequence[Rule]):
        super().__init__()
        self.rules = rules

    def __missing__(self, language: str) -> list:
        checks = self[language] = [(r.trigger_pattern, r.check) for r in self.rules if r.applies_to(language)]
        return checks


class LineChecker:
    """Checks the lines of one document with one rule set: each distinct line is analysed once;
    document rules then see compact line facts in two passes (collect, then findings)."""

    def __init__(self, rules: Sequence[Rule], language: Optional[str], doc_language: str,
                 options: Optional[Options] = None, sources: Optional[Sequence[str]] = None):
        self.sentence_rules = [r for r in rules if r.scope is Scope.SENTENCE]
        self._checks = _ChecksByLanguage(self.sentence_rules)
        self.line_rules = [r for r in rules if r.scope is Scope.LINE]
        self.doc_rules = [r for r in rules if r.scope is Scope.DOCUMENT]
        self.by_code = {r.code: r for r in rules}
        self.language, self.doc_language = language, doc_language
        self.options = options or Options()
        self.sources = sources
        # memo keys name the rule set and settings by a small number: hashing the tuples of
        # codes and the options for every line would cost more than the look-up saves
        self.codes = _setting_id(tuple(r.code for r in self.sentence_rules))
        self._key = _setting_id((language, doc_language, tuple(r.code for r in rules), self.options))

    def source(self, number: int) -> Optional[str]:
        sources = self.sources
        return sources[number - 1] if sources is not None and number <= len(sources) else None

    def analyse(self, line: str, number: int) -> LineResult:
        """The line's sentences with their sentence- and line-rule findings, and its document facts."""
        source = self.source(number) if self.sources is not None else None
        key = (line, source, self._key)
        found = MEMO.get(key)
        if found is None:
            found = self._analyse(line, source)
            MEMO.put(key, found, len(line))
        return found

    def _analyse(self, line: str, source: Optional[str]) -> LineResult:
        lm = normalize_line(line)
        sentences = line_sentences(lm, self.language, self.doc_language)
        if not sentences:
            return LineResult(lm, (), ())
        spans = [(s.orig_start, s.orig_end) for s in sentences]
        found = [list(self._sentence_findings(s, line[a:b])) for s, (a, b) in zip(sentences, spans)]
        if self.line_rules:
            context = LineContext(self.options, source)
            for rule in self.line_rules:
                for f in rule.check_line(sentences, context):
                    if rule.applies_to(sentences[f.sentence].language):
                        found[f.sentence].append(f)
        results = tuple(SentenceResult(s.start, s.end, a, b, s.language, line[a:b], self._place(fs, s.start, lm))
                        for s, (a, b), fs in zip(sentences, spans, found))
        facts = ((i, r.line_facts(sentences, source) if r.reads_source else r.line_facts(sentences))
                 for i, r in enumerate(self.doc_rules))
        return LineResult(lm, results, tuple(pair for pair in facts if pair[1] is not None))

    def _sentence_findings(self, s: Sentence, original: str) -> tuple:
        key = (original, s.language, self.codes)
        found = SENTENCE_MEMO.get(key)
        if found is None:
            out: list[Finding] = []
            text = s.text
            for trigger, check in self._checks[s.language]:
                if trigger is None or trigger.search(text):
                    out.extend(check(s))
            found = tuple(out)
            SENTENCE_MEMO.put(key, found)
        return found

    def _place(self, findings: Iterable[Finding], offset: int, lm: LineMap, placed: Optional[dict] = None
               ) -> tuple:
        """Findings placed in the original line, one per rule and span, in reading order; never an
        empty or cross-line span."""
        placed = {} if placed is None else placed
        line = lm.original
        for f in findings:
            a, b = lm.to_original(offset + f.start, offset + f.end)
            if a == b:
                a, b = (a, a + 1) if a < len(line) else (max(a - 1, 0), a)
            rule = self.by_code[f.rule]
            placed.setdefault((rule.code, a + 1, b + 1), (rule.code, rule.name, rule.category, f.severity or rule.severity,
                                                          a + 1, b + 1, line[a:b], f.message, f.fix))
        return tuple(sorted(placed.values(), key=lambda r: (r[4], r[5], r[0])))

    def collect(self, results: Iterable[LineResult]) -> list:
        """Pass one of the document rules over the document's analysed lines: their states."""
        return self.collect_facts((len(r.sentences), r.facts) for r in results)

    def collect_facts(self, lines: Iterable[tuple[int, tuple]]) -> list:
        """Pass one over each line's (number of sentences, document facts), from the first line.
        A facts object met again (a repeated line) is only counted for the rules that allow it."""
        rules = self.doc_rules
        states = [r.start() for r in rules]
        if not rules:
            return states
        pairs = list(zip(rules, states))
        # per rule that counts repeats: id(facts) -> [facts, times met again]; holding the facts
        # keeps the id from being reused while it is a key
        repeats = [{} if r.counts_repeats else None for r in rules]
        first = ordinal = 0
        for number, (count, line_facts) in enumerate(lines, 1):
            if not count:
                continue
            at = None
            for i, facts in line_facts:
                seen = repeats[i]
                if seen is not None:
                    entry = seen.get(id(facts))
                    if entry is not None:
                        entry[1] += 1
                        continue
                    if len(seen) >= REPEATS_LIMIT:
                        self._count_repeats(pairs[i], seen)
                    seen[id(facts)] = [facts, 0]
                if at is None:
                    at = At(number, first, ordinal)
                rule, state = pairs[i]
                rule.collect(state, facts, at)
            first += count
            ordinal += 1
        for pair, seen in zip(pairs, repeats):
            if seen:
                self._count_repeats(pair, seen)
        for rule, state in pairs:
            rule.conclude(state)
        return states

    @staticmethod
    def _count_repeats(pair: tuple, seen: dict) -> None:
        rule, state = pair
        for facts, times in seen.values():
            if times:
                rule.collect_repeats(state, facts, times)
        seen.clear()

    def reports(self, results: Iterable[LineResult], states: list, start: At = At(1, 0, 0)
                ) -> Iterator[SentenceReport]:
        """Pass two: each sentence's report, document findings included, in order; `start`: where
        the first of `results` sits in the document (a block of a file checked in parallel)."""
        pairs = list(zip(self.doc_rules, states))
        # a repeated line whose document rules do not read its place gets the same findings:
        # id(line result) -> (line result, placed findings of each sentence)
        placed_lines: dict = {}
        _, first, ordinal = start
        for number, res in enumerate(results, start.line):
            sentences = res.sentences
            if not sentences:
                continue
            placed_line = None
            if res.facts:
                cached = placed_lines.get(id(res))
                if cached is not None:
                    placed_line = cached[1]
                else:
                    placed_line, positional = self._document_findings(res, pairs, At(number, first, ordinal))
                    if not positional:
                        if len(placed_lines) >= REPEATS_LIMIT:
                            placed_lines.clear()
                        placed_lines[id(res)] = (res, placed_line)
            for k, s in enumerate(sentences):
                placed = s.findings if placed_line is None else placed_line[k]
                index = first + k
                yield SentenceReport(index, number, s.orig_start + 1, s.orig_end + 1, s.language, s.text,
                                     [Reported(r[0], r[1], r[2], r[3], number, r[4], r[5], r[6], r[7], r[8], index)
                                      for r in placed] if placed else [])
            first += len(sentences)
            ordinal += 1

    def _document_findings(self, res: LineResult, pairs: list, at: At) -> tuple[tuple, bool]:
        """Each sentence's placed findings with the document rules' findings on this line, and
        whether any of those rules read the line's place."""
        sentences = res.sentences
        extra: dict[int, list[Finding]] = {}
        positional = False
        for i, facts in res.facts:
            rule, state = pairs[i]
            positional = positional or rule.positional
            for f in rule.findings(state, facts, at):
                if rule.applies_to(sentences[f.sentence].language):
                    extra.setdefault(f.sentence, []).append(f)
        return tuple(self._place(extra[k], s.start, res.line_map, {(r[0], r[4], r[5]): r for r in s.findings})
                     if k in extra else s.findings for k, s in enumerate(sentences)), positional


PARALLEL_MIN_LINES = 4000  # below this a file is checked in one process: a pool costs more than it saves


def check_text(text: str, path: str = "<text>", language: Optional[str] = None,
               rules: Optional[Iterable[Rule]] = None, options: Optional[Options] = None,
               sources: Optional[list[str]] = None, jobs: int = 1) -> FileReport:
    """`sources`: the English source line by line, for the source-aware rules (NUM011).
    `jobs` > 1 checks a large text in line blocks on that many processes; the result is the same."""
    rules = all_rules() if rules is None else list(rules)
    lines = split_lines(text)
    doc_language = document_language(lines, language)
    checker = LineChecker(rules, language, doc_language, options, sources)
    if jobs > 1 and len(lines) >= PARALLEL_MIN_LINES:
        from .parallel import analyse_parallel
        results = analyse_parallel(lines, checker, jobs)
    else:
        results = [checker.analyse(line, number) for number, line in enumerate(lines, 1)]
    states = checker.collect(results)
    return FileReport(path, doc_language, list(checker.reports(results, states)))



def check_lines(read_lines: Callable[[], Iterable[str]], path: str, language: Optional[str] = None,
                rules: Optional[Iterable[Rule]] = None, options: Optional[Options] = None) -> FileReport:
    """A text too large to hold, given as a function that reads its lines afresh on each call: the
    first reading decides the language and runs the document rules' first pass (and so meets any
    unreadable line before a report starts); the report's `sentences` is an iterator that reads the
    lines again. Memory stays flat whatever the size; repeated lines come from the memo."""
    rules = all_rules() if rules is None else list(rules)
    doc_language = document_language(read_lines(), language)
    checker = LineChecker(rules, language, doc_language, options)

    def analysed() -> Iterator[LineResult]:
        return (checker.analyse(line, number) for number, line in enumerate(read_lines(), 1))
    states = checker.collect(analysed())
    return FileReport(path, doc_language, checker.reports(analysed(), states))


def clear_memos() -> None:
    """Forget every memoised line and sentence (a test may patch a rule's data)."""
    MEMO.clear()
    SENTENCE_MEMO.clear()
