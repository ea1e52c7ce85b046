"""The document rules' two passes over a document's analysed lines: pass one collects every
line's facts into each rule's state (`collect`), pass two turns each line's facts into findings
with the concluded state (`reports`), and the sentences' reports come out in order.

A repeated line (corpora and translation memories repeat many) brings the same facts object;
a rule that `counts_repeats` sees it collected once and then counted, and a rule that is not
`positional` gives a repeated line the findings it gave the first time."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..model import FileReport, Finding, Reported, SentenceReport
from ..rules.base import At, Repeats
from .lines import LineFacts, LineResult, RuleSet

REPEATS_LIMIT = 1 << 14  # distinct facts (lines) a pass keeps to count or reuse repeats
START = At(1, 0, 0)


def counts(results: Iterable[LineResult]) -> Iterator[tuple[int, tuple[LineFacts, ...]]]:
    """(number of sentences, document facts) of each line: all pass one needs of it."""
    return ((len(r.sentences), r.facts) for r in results)


def file_report(path: str, rules: RuleSet, results: list[LineResult]) -> FileReport:
    """The report of a document held whole: both passes over its analysed lines."""
    passes = DocumentPasses(rules)
    states = passes.collect(counts(results))
    return FileReport(path, rules.doc_language, list(passes.reports(results, states)))


class DocumentPasses:
    """The document rules of one rule set over one document."""

    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.document_rules = rules.document_rules

    def collect(self, lines: Iterable[tuple[int, tuple[LineFacts, ...]]]) -> list:
        """Pass one over each line's (number of sentences, document facts), from the first line:
        each rule's concluded state."""
        return Collection(self.document_rules).feed(self.document_rules, lines).conclude(self.document_rules)

    def reports(self, results: Iterable[LineResult], states: list, start: At = START) -> Iterator[SentenceReport]:
        """Pass two: each sentence's report, document findings included, in order; `start`: where
        the first of `results` sits in the document (a block of a file checked elsewhere)."""
        reused: dict = {}  # id(line result) -> (line result, placed findings): not positional
        _, first, ordinal = start
        for number, res in enumerate(results, start.line):
            sentences = res.sentences
            if not sentences:
                continue
            placed_line = self._placed_line(res, states, At(number, first, ordinal), reused) if res.facts else None
            for k, s in enumerate(sentences):
                placed = s.findings if placed_line is None else placed_line[k]
                index = first + k
                yield SentenceReport(index, number, s.orig_start + 1, s.orig_end + 1, s.language, s.text,
                                     [Reported(p.rule, p.name, p.category, p.severity, number, p.col, p.end_col,
                                               p.text, p.message, p.fix, index) for p in placed] if placed else [])
            first += len(sentences)
            ordinal += 1

    def _placed_line(self, res: LineResult, states: list, at: At, reused: dict) -> tuple:
        cached = reused.get(id(res))
        if cached is not None:
            return cached[1]
        placed, positional = self._document_findings(res, states, at)
        if not positional:
            if len(reused) >= REPEATS_LIMIT:
                reused.clear()
            reused[id(res)] = (res, placed)  # holding the result keeps its id from being reused
        return placed

    def _document_findings(self, res: LineResult, states: list, at: At) -> tuple[tuple, bool]:
        """Each sentence's placed findings with the document rules' findings on this line, and
        whether any of those rules read the line's place."""
        sentences = res.sentences
        extra: dict[int, list[Finding]] = {}
        positional = False
        for i, facts in res.facts:
            rule = self.document_rules[i]
            positional = positional or rule.reads_place
            for f in rule.findings(states[i], facts, at):
                if rule.applies_to(sentences[f.sentence].language):
                    extra.setdefault(f.sentence, []).append(f)
        place = self.rules.place
        return tuple(place(extra[k], s.start, res.line_map, {(p.rule, p.col, p.end_col): p for p in s.findings})
                     if k in extra else s.findings for k, s in enumerate(sentences)), positional


class Collection:
    """Pass one fed in blocks of lines, in order, and then concluded: the states between the blocks
    pickle, so that the blocks of one document can be fed in different processes (a chain of tasks
    on a cluster, each holding one block's facts). `rules`: the document rules, given at each step."""

    def __init__(self, rules: list):
        self.states = [r.start() for r in rules]
        self.seen: list[Optional[dict]] = [None if r.repeats is Repeats.EVERY else {} for r in rules]
        self.number = self.first = self.ordinal = 0

    def feed(self, rules: list, lines: Iterable[tuple[int, tuple[LineFacts, ...]]]) -> "Collection":
        if not rules:
            return self
        repeats, states = _Repeats(rules, self.states, self.seen), self.states
        number, first, ordinal = self.number, self.first, self.ordinal
        for number, (count, line_facts) in enumerate(lines, number + 1):
            if not count:
                continue
            at = None
            for i, facts in line_facts:
                if repeats.seen_again(i, facts):
                    continue
                if at is None:
                    at = At(number, first, ordinal)
                rules[i].collect(states[i], facts, at)
            first += count
            ordinal += 1
        self.number, self.first, self.ordinal = number, first, ordinal
        return self

    def conclude(self, rules: list) -> list:
        """Each rule's concluded state (the collection is spent)."""
        _Repeats(rules, self.states, self.seen).flush()
        for rule, state in zip(rules, self.states):
            rule.conclude(state)
        return self.states

    def __getstate__(self) -> dict:
        # the repeats are keyed by id(facts): ids do not survive pickling, the entries do
        return {**self.__dict__, "seen": [None if d is None else list(d.values()) for d in self.seen]}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.seen = [None if d is None else {id(e[0]): e for e in d} for d in self.seen]


class _Repeats:
    """Pass one's count of repeated facts, per rule that counts repeats: id(facts) -> [facts,
    times met again]; holding the facts keeps the id from being reused while it is a key."""

    def __init__(self, rules: list, states: list, seen: list[Optional[dict]]):
        self.rules, self.states, self.seen = rules, states, seen

    def seen_again(self, i: int, facts) -> bool:
        """Whether `facts` met rule i before (now counted); a first meeting is recorded."""
        seen = self.seen[i]
        if seen is None:
            return False
        entry = seen.get(id(facts))
        if entry is not None:
            entry[1] += 1
            return True
        if len(seen) >= REPEATS_LIMIT:
            self._flush(i)
        seen[id(facts)] = [facts, 0]
        return False

    def flush(self) -> None:
        for i, seen in enumerate(self.seen):
            if seen:
                self._flush(i)

    def _flush(self, i: int) -> None:
        rule, state, seen = self.rules[i], self.states[i], self.seen[i]
        if rule.repeats is Repeats.COUNTED:
            for facts, times in seen.values():
                if times:
                    rule.collect_repeats(state, facts, times)
        seen.clear()


def interned_facts(blocks: Iterable[tuple[int, list]], starts: list[At]) -> Iterator[tuple[int, tuple]]:
    """Pass one's (count, facts) of each line of blocks (first line number, lines) analysed apart
    (worker processes, cluster partitions), noting where each block starts (see Interner)."""
    interner = Interner(starts)
    for number, lines in blocks:
        yield from interner.block(number, lines)


class Interner:
    """A repeated line's facts arrive as a fresh copy in each block analysed apart: made one object
    again, so that pass one counts them as repeats, as within one process (facts that cannot be
    hashed are taken as they are). Block by block; it pickles with the Collection it feeds (one
    pickle keeps an interned facts object and the repeats' entry for it one object)."""

    def __init__(self, starts: list[At]):
        self.starts, self.first, self.ordinal, self.interned = starts, 0, 0, {}

    def block(self, number: int, lines: Iterable[tuple[int, tuple]]) -> Iterator[tuple[int, tuple]]:
        self.starts.append(At(number, self.first, self.ordinal))
        if len(self.interned) > REPEATS_LIMIT:
            self.interned.clear()
        interned = self.interned
        for count, facts in lines:
            if count:
                self.first, self.ordinal = self.first + count, self.ordinal + 1
                if facts:
                    try:
                        facts = interned.setdefault(facts, facts)
                    except TypeError:
                        pass
            yield count, facts
