"""The one number parser: every digit run of a sentence with its scripts, separators and groups.

Rules read `Number` and `Magnitude` objects and never scan digits themselves. The parser is
lenient (it keeps `8,72,00,30` or `50،000` whole) and says what is wrong; the rules judge.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..lazy import cached_property
from ..langs.magnitudes import has_magnitude_stem, lookup_magnitude
from .scripts import DIGITS, digit_script, digit_value, to_digit_script
from .tokens import memoised as memoised_tokens

# Separators that may sit between digit runs of one number (correct or not: the rules judge).
SEPARATORS = ",.،٫٬'"
DECIMAL_POINTS = ".٫"
GROUP_SEPARATORS = ",٬،"    # what people (or MT) put between digit groups
_NUMBER = regex.compile(rf"[{DIGITS}]+(?:[{regex.escape(SEPARATORS)}][{DIGITS}]+)*")
_SPLIT = regex.compile(rf"([{regex.escape(SEPARATORS)}])")
# A point right after the digits, then spaces and a word: `१. million`, not `… in 2025.`
_DANGLING = regex.compile(r"[.٫][^\S\n]+(?=[\p{L}])")
# Between a number and its magnitude word: a dangling point, the `+` of `$300+ billion`, spaces
GAP_TO_MAGNITUDE = regex.compile(r"[.٫]?\+?[^\S\n]*")
_GROUP_GAP = regex.compile(rf"[{DIGITS}][,،][^\S\n]+$")
# What makes a run of non-space characters a URL from there on. One character before the
# `.tld/` is as good as many (`[\w.-]+` would retry every start: cubic on `1-1-1-…`).
_URL_MARK = regex.compile(r"https?://|www\.|[\w.-]\.[a-z]{2,}+/")
_RUN = regex.compile(r"\S+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
CONTEXT = 200  # characters before a number that its context facts look at
# A numeral longer than this is not a quantity anyone reads: its value is not computed (Python
# refuses int() on 4,301+ digits) and value-comparing rules treat it as text.
MAX_DIGITS = 100

WESTERN, INDIAN = "western", "indian"


def grouping_styles(groups: tuple[str, ...]) -> frozenset[str]:
    """Styles under which integer `groups` are a valid grouping; empty when broken.

    Western: 1–3 digits, then groups of three (1,234,567). Indian: 1–2 digits, groups of two,
    a last group of three (1,25,00,000). `10,000` is valid in both.
    """
    if len(groups) < 2:
        return frozenset((WESTERN, INDIAN))
    head, middle, last = groups[0], groups[1:-1], groups[-1]
    if len(last) != 3 or not head:
        return frozenset()
    styles = set()
    if len(head) <= 3 and all(len(g) == 3 for g in middle):
        styles.add(WESTERN)
    if len(head) <= 2 and all(len(g) == 2 for g in middle):
        styles.add(INDIAN)
    return frozenset(styles)


def group_digits(digits: str, style: str, separator: str = ",") -> str:
    """`digits` regrouped in `style` (digits keep their script)."""
    if len(digits) <= 3:
        return digits
    head, last = digits[:-3], digits[-3:]
    size = 3 if style == WESTERN else 2
    parts = []
    while len(head) > size:
        parts.insert(0, head[-size:])
        head = head[:-size]
    return separator.join([head, *parts, last])


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    text: str
    groups: tuple[str, ...]      # digit runs, in order
    separators: tuple[str, ...]  # what stands between consecutive groups
    before: str                  # the character before the number ('' at the start)
    after: str                   # the character after it
    # The whole sentence, shared by its numbers (not copied: a long line has many numbers);
    # facts about the context read a bounded window of it.
    sentence: str = field(default="", repr=False, compare=False)

    @property
    def prefix(self) -> str:
        """The sentence text before the number."""
        return self.sentence[:self.start]

    @property
    def suffix(self) -> str:
        """The sentence text after the number."""
        return self.sentence[self.end:]

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
    def is_grouped(self) -> bool:
        return len(self.integer_groups) > 1

    @cached_property
    def grouping(self) -> frozenset[str]:
        """Valid styles of the integer part (`WESTERN`, `INDIAN`); empty when the grouping is broken.
        Only meaningful when every group separator is comma-like (see `group_separators`)."""
        return grouping_styles(self.integer_groups)

    @property
    def comma_grouped(self) -> bool:
        """Grouped with comma-like separators only (, ٬ ،)."""
        return self.is_grouped and all(s in GROUP_SEPARATORS for s in self.group_separators)

    @property
    def looks_like_list(self) -> bool:
        """`1,2,3` or `10,20`: short groups and no zero-padded one — a list, not a grouping."""
        groups = self.integer_groups
        return all(len(g) <= 2 for g in groups) and not any(len(g) == 2 and digit_value(g[0]) == 0
                                                            for g in groups)

    @property
    def leading_zero(self) -> bool:
        """The first digit is a zero that a grouping cannot have: `000,000`, `0,000`, `000००,०००`."""
        head = self.groups[0]
        if digit_value(head[0]) != 0 or not self.comma_grouped:
            return False
        return len(head) > 1 or len(self.integer_groups[1]) == 3

    @property
    def all_zeros(self) -> bool:
        return all(digit_value(c) == 0 for c in self.digits)

    def regrouped(self) -> str | None:
        """The integer part regrouped, when only one reading is plausible: both styles agree, or
        the broken groups show which style was meant (two-digit middle groups: Indian)."""
        digits = "".join(self.integer_groups)
        western, indian = group_digits(digits, WESTERN), group_digits(digits, INDIAN)
        middle = [len(g) for g in self.integer_groups[1:-1]]
        if western == indian:
            out = western
        elif middle and all(n == 2 for n in middle):
            out = indian
        elif middle and all(n == 3 for n in middle):
            out = western
        else:
            return None
        return out if self.fraction is None else out + "." + self.fraction

    @property
    def attached(self) -> bool:
        """Glued to a letter (A100, H800, V3): part of a code, not a quantity."""
        return self.before.isalpha() or self.after.isalpha()

    @property
    def in_url(self) -> bool:
        """After `http://`, `www.` or `name.tld/` in the same run of non-space characters."""
        starts, ends, marks = _url_runs(self.sentence)
        i = bisect_right(starts, self.start) - 1
        return i >= 0 and self.start < ends[i] and marks[i] <= self.start

    @property
    def split_group(self) -> bool:
        """Three digits led by a zero right after `<digits>, ` — a group cut off its number by a
        space (`२०, ०००`); a listed number never starts with 0."""
        return (len(self.groups) == 1 and len(self.digits) == 3 and digit_value(self.digits[0]) == 0
                and bool(_GROUP_GAP.search(self.sentence, max(0, self.start - CONTEXT), self.start)))

    @property
    def european_grouping(self) -> bool:
        """`1.234.567`: points between groups of three (not a version, date or IP address)."""
        groups = self.groups
        return (len(groups) > 2 and set(self.separators) == {"."} and 1 <= len(groups[0]) <= 3
                and all(len(g) == 3 for g in groups[1:])
                and not (len(groups) == 4 and all(int(to_digit_script(g, "ascii")) <= 255 for g in groups)))

    @property
    def at_sentence_start(self) -> bool:
        """Only brackets, quotes or spaces before it: list numbering (`1.`, `(2)`)."""
        return not _WORD_CHAR.search(self.sentence, 0, self.start)

    @cached_property
    def dangling_point(self) -> tuple[int, int] | None:
        """Span of a point that follows the digits and is followed by a word in the same sentence:
        `१. million` (or list numbering `1. पहिला`: see `at_sentence_start`). None for decimals
        and sentence ends."""
        if not _DANGLING.match(self.sentence, self.end):
            return None
        return self.end, self.end + 1

    @cached_property
    def magnitude_after(self) -> "Magnitude | None":
        """The magnitude word right after the number (spaces and a dangling point between, or the
        `+` of `$300+ billion`)."""
        for mag in magnitudes(self.sentence):
            if mag.start >= self.end:
                return mag if GAP_TO_MAGNITUDE.fullmatch(self.sentence, self.end, mag.start) else None
        return None

    @cached_property
    def integer_value(self) -> int | None:
        """The integer part's value; None for a numeral of more than `MAX_DIGITS` digits."""
        digits = "".join(self.integer_groups)
        if len(digits) > MAX_DIGITS:
            return None
        return int("".join(str(digit_value(c)) for c in digits))

    @property
    def value_key(self) -> tuple[int | None, str]:
        """The quantity, whatever the digits and grouping: (integer, fraction in ASCII)."""
        return self.integer_value, to_digit_script(self.fraction or "", "ascii")


@lru_cache(maxsize=64)
def _url_runs(text: str) -> tuple[list[int], list[int], list[int]]:
    """For each run of non-space characters holding a URL mark (a URL cannot hold a space): its
    start, end, and where its first mark ends. One linear pass per sentence, shared by its numbers."""
    starts, ends, marks = [], [], []
    if _URL_MARK.search(text) is None:
        return starts, ends, marks  # most sentences: no URL at all
    for run in _RUN.finditer(text):
        first = min((m.end() for m in _URL_MARK.finditer(text, run.start(), run.end(), overlapped=True)),
                    default=None)
        if first is not None:
            starts.append(run.start())
            ends.append(run.end())
            marks.append(first)
    return starts, ends, marks


def parse_numbers(text: str) -> list[Number]:
    out = []
    for m in _NUMBER.finditer(text):
        parts = _SPLIT.split(m.group())
        a, b = m.span()
        out.append(Number(a, b, m.group(), tuple(parts[0::2]), tuple(parts[1::2]),
                          text[a - 1] if a else "", text[b] if b < len(text) else "", text))
    return out


@dataclass(frozen=True)
class Magnitude:
    """A word that scales a number: million, दशलक्ष, لاکھ, कोटींचा…"""
    start: int
    end: int
    text: str
    exponent: int   # 10 ** exponent
    system: str     # "indian" (lakh, crore), "international" (million…), "any" (hundred, thousand)
    language: str   # "latin" for English words, else "ur" / "mr"

    @property
    def is_english(self) -> bool:
        return self.language == "latin"


@lru_cache(maxsize=512)
def magnitudes(text: str) -> tuple[Magnitude, ...]:
    """Every magnitude word of `text`, English (Latin letters) or native, in order."""
    if not has_magnitude_stem(text):  # most sentences have none: skip tokenising them
        return ()
    out = []
    for t in memoised_tokens(text):  # the sentence's memoised tokens: never tokenise a text twice
        hit = lookup_magnitude(t.text)
        if hit:
            language, exponent, system = hit
            out.append(Magnitude(t.start, t.end, t.text, exponent, system, language))
    return tuple(out)


__all__ = ["Number", "Magnitude", "parse_numbers", "magnitudes", "grouping_styles", "group_digits",
           "WESTERN", "INDIAN"]
