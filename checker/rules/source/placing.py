"""Placing a finding of a line rule (line offsets) in the sentence of the line that holds it."""
from __future__ import annotations


def at(rule, sentences, a: int, b: int, message: str, severity=None):
    """A finding for line offsets [a, b), placed in the sentence that holds `a`."""
    s = next((x for x in sentences if a < x.end), sentences[-1])
    start = min(max(a - s.start, 0), len(s.text))
    end = max(min(b, s.end) - s.start, start)
    return rule.finding(start, end, message, severity=severity, sentence=s.index)


def whole_line(rule, sentences, message: str, severity=None):
    """A finding over the line's first sentence (a defect of the line as a whole)."""
    s = sentences[0]
    return rule.finding(0, len(s.text), message, severity=severity, sentence=s.index)


def where_lost(rule, sentences, source: str, token: str, message: str, severity=None):
    """A finding over the target sentence where `token` of the source would stand (proportionally:
    a lost token has no span of its own)."""
    target = sentences[0].line_map.text
    offset = max(source.find(token), 0) / max(len(source), 1) * len(target)
    s = next((x for x in sentences if offset < x.end), sentences[-1])
    return rule.finding(0, len(s.text), message, severity=severity, sentence=s.index)


def between(rule, sentences, a: int, b: int, message: str, severity=None):
    """A finding for line offsets [a, b) that may lie outside every sentence (whitespace at the
    line's edges or between two sentences), placed in the nearest sentence as it is."""
    s = next((x for x in sentences if a < x.end), sentences[-1])
    return rule.finding(a - s.start, b - s.start, message, severity=severity, sentence=s.index)
