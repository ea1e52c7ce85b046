"""The one number parser: every digit run of a sentence with its scripts, separators and groups.

Rules read `Number` objects and never scan digits themselves.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from .scripts import DIGITS, digit_script, digit_value

# Separators that may sit between digit runs of one number (correct or not: the rules judge).
SEPARATORS = ",.،٫٬'"
DECIMAL_POINTS = ".٫"
_NUMBER = regex.compile(rf"[{DIGITS}]+(?:[{regex.escape(SEPARATORS)}][{DIGITS}]+)*")
_SPLIT = regex.compile(rf"([{regex.escape(SEPARATORS)}])")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    groups: tuple[str, ...]      # digit runs, in order
    separators: tuple[str, ...]  # what stands between consecutive groups
    before: str                  # the character before the number ('' at the start)
    after: str                   # the character after it

    @cached_property
    def scripts(self) -> tuple[str, ...]:
        """Digit scripts in order of first appearance."""
        seen: dict[str, None] = {}
        for c in self.text:
            s = digit_script(c)
            if s:
                seen.setdefault(s, None)
        return tuple(seen)

    @property
    def is_mixed(self) -> bool:
        return len(self.scripts) > 1

    @property
    def digits(self) -> str:
        return "".join(self.groups)

    @cached_property
    def decimal_index(self) -> int | None:
        """Index of the separator that is a decimal point: the only point-like one, and last."""
        points = [i for i, s in enumerate(self.separators) if s in DECIMAL_POINTS]
        if len(points) == 1 and points[0] == len(self.separators) - 1:
            return points[0]
        return None

    @property
    def integer_groups(self) -> tuple[str, ...]:
        i = self.decimal_index
        return self.groups if i is None else self.groups[: i + 1]

    @property
    def fraction(self) -> str | None:
        i = self.decimal_index
        return None if i is None else self.groups[i + 1]

    @property
    def group_separators(self) -> tuple[str, ...]:
        i = self.decimal_index
        return self.separators if i is None else self.separators[:i]

    @property
    def attached(self) -> bool:
        """Glued to a letter (A100, H800, V3): part of a code, not a quantity."""
        return self.before.isalpha() or self.after.isalpha()

    @cached_property
    def integer_value(self) -> int:
        return int("".join(str(digit_value(c)) for c in "".join(self.integer_groups)))


def parse_numbers(text: str) -> list[Number]:
    out = []
    for m in _NUMBER.finditer(text):
        parts = _SPLIT.split(m.group())
        a, b = m.span()
        out.append(Number(a, b, m.group(), tuple(parts[0::2]), tuple(parts[1::2]),
                          text[a - 1] if a else "", text[b] if b < len(text) else ""))
    return out
