"""The rule registry: an explicit list per family, no import side effects."""
from __future__ import annotations

from functools import lru_cache

from .base import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    from . import consistency, markup, numbers, orthography, punctuation, repetition, source, terminology, translit
    families = (numbers, translit, consistency, terminology, orthography, punctuation, repetition, source, markup)
    rules = [cls() for family in families for cls in family.RULES]
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes)), "duplicate rule code"
    return tuple(sorted(rules, key=lambda r: r.code))


def rule_by_code(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code), None)


__all__ = ["Rule", "all_rules", "rule_by_code"]
