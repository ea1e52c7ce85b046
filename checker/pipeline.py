"""Text → lines → normalised lines → sentences → rule findings → findings in the original file."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional, Sequence

from .analysis.scripts import detect_language
from .model import Document, FileReport, Finding, Options, Reported, Scope, Sentence, SentenceReport
from .normalize import normalize_line
from .normalize.segment import split_sentences
from .rules import Rule, all_rules


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


def build_sentences(lines: Sequence[str], first_line: int, language: Optional[str], doc_language: str,
                    first_index: int = 0) -> list[Sentence]:
    """Normalise and split `lines` (numbered from `first_line`); a sentence without letters of
    either script takes the document's language."""
    sentences: list[Sentence] = []
    for number, line in enumerate(lines, first_line):
        lm = normalize_line(line)
        for a, b in split_sentences(lm.text):
            s_text = lm.text[a:b]
            sentences.append(Sentence(first_index + len(sentences), number, a, b, s_text,
                                      language or detect_language(s_text) or doc_language, lm))
    return sentences


def build_document(text: str, path: str = "<text>", language: Optional[str] = None,
                   options: Optional[Options] = None, sources: Optional[list[str]] = None) -> Document:
    lines = split_lines(text)
    doc_language = document_language(lines, language)
    return Document(path, doc_language, build_sentences(lines, 1, language, doc_language), lines,
                    options or Options(), sources)


def _majority(items: list[str]) -> Optional[str]:
    return Counter(items).most_common(1)[0][0] if items else None


class SentenceMemo:
    """Sentence-rule findings keyed by the sentence as written, its language and the rules run.

    Translation memories and MT corpora repeat segments (headlines, boilerplate, bylines); a
    sentence rule sees nothing but its sentence, so a repeated one gets the same findings (with
    sentence-relative offsets) without running the rules again. Bounded: oldest entries go first.
    """

    def __init__(self, size: int = 1 << 15):
        self.size = size
        self._store: dict = {}

    def get(self, key):
        return self._store.get(key)

    def clear(self) -> None:
        self._store.clear()

    def put(self, key, findings: tuple) -> None:
        if len(self._store) >= self.size:
            del self._store[next(iter(self._store))]
        self._store[key] = findings


MEMO = SentenceMemo()


def _sentence_findings(s: Sentence, rules: Sequence[Rule]) -> tuple:
    out: list[Finding] = []
    text = s.text
    for rule in rules:
        if rule.applies_to(s.language):
            trigger = rule.trigger_pattern
            if trigger is None or trigger.search(text):
                out.extend(rule.check(s))
    return tuple(out)


def run_rules(doc: Document, rules: Sequence[Rule],
              scopes: Sequence[Scope] = (Scope.SENTENCE, Scope.LINE, Scope.DOCUMENT)) -> list[list[Finding]]:
    """Findings per sentence: sentence rules first, then line and document rules (of `scopes`)."""
    per_sentence: list[list[Finding]] = [[] for _ in doc.sentences]
    if Scope.SENTENCE in scopes:
        sentence_rules = [r for r in rules if r.scope is Scope.SENTENCE]
        codes = tuple(r.code for r in sentence_rules)
        for s in doc.sentences:
            key = (s.original, s.language, codes)
            found = MEMO.get(key)
            if found is None:
                found = _sentence_findings(s, sentence_rules)
                MEMO.put(key, found)
            per_sentence[s.index].extend(found)
    for rule in rules:
        if rule.scope is not Scope.SENTENCE and rule.scope in scopes:
            for f in rule.check_document(doc):
                s = doc.sentences[f.sentence]
                if rule.applies_to(s.language):
                    per_sentence[f.sentence].append(f)
    return per_sentence


def place(finding: Finding, sentence: Sentence, rule: Rule) -> Reported:
    """Map a finding's normalised span to the original line; never an empty or cross-line span."""
    line = sentence.line_map.original
    a, b = sentence.original_span(finding.start, finding.end)
    if a == b:
        a, b = (a, a + 1) if a < len(line) else (max(a - 1, 0), a)
    return Reported(rule.code, rule.name, rule.category, finding.severity or rule.severity,
                    sentence.line, a + 1, b + 1, line[a:b], finding.message, finding.fix, sentence.index)


def report_sentences(doc: Document, per_sentence: list[list[Finding]], rules: Sequence[Rule]
                     ) -> list[SentenceReport]:
    by_code = {r.code: r for r in rules}
    reports = []
    for s, findings in zip(doc.sentences, per_sentence):
        a, b = s.orig_start, s.orig_end
        reports.append(SentenceReport(s.index, s.line, a + 1, b + 1, s.language, s.line_map.original[a:b],
                                      place_all(findings, s, by_code)))
    return reports


def place_all(findings: Iterable[Finding], s: Sentence, by_code: dict, placed: Optional[dict] = None
              ) -> list[Reported]:
    """Findings placed in the original line, one per rule and span, in reading order."""
    placed = {} if placed is None else placed
    for f in findings:
        r = place(f, s, by_code[f.rule])
        placed.setdefault((r.rule, r.col, r.end_col), r)
    return sorted(placed.values(), key=lambda r: (r.col, r.end_col, r.rule))


def check_document(doc: Document, rules: Optional[Sequence[Rule]] = None) -> FileReport:
    rules = all_rules() if rules is None else rules
    return FileReport(doc.path, doc.language, report_sentences(doc, run_rules(doc, rules), rules))


PARALLEL_MIN_LINES = 4000  # below this a file is checked in one process: a pool costs more than it saves


def check_text(text: str, path: str = "<text>", language: Optional[str] = None,
               rules: Optional[Iterable[Rule]] = None, options: Optional[Options] = None,
               sources: Optional[list[str]] = None, jobs: int = 1) -> FileReport:
    """`sources`: the English source line by line, for the source-aware rules (NUM011).
    `jobs` > 1 checks a large text in line blocks on that many processes; the result is the same."""
    rules = all_rules() if rules is None else list(rules)
    if jobs > 1 and text.count("\n") >= PARALLEL_MIN_LINES:
        from .parallel import check_text_parallel
        return check_text_parallel(text, path, language, rules, options or Options(), sources, jobs)
    return check_document(build_document(text, path, language, options, sources), rules)
