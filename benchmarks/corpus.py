"""The benchmark's corpora, built from the real human text in ../shared/data/clean (read, never copied).

- `distinct_corpus`: what users run, text in which no line repeats: the real sentences once each, then
  new sentences recombined from their word trigrams (per language, seeded) up to the asked size,
  lightly damaged so that rules fire. `assert_distinct` checks the result.
- `repeated_corpus`: the older corpus, real sentences drawn again and again (as translation memories
  repeat segments), which checker's line memo makes look fast: a second figure, labelled as such.
- `write_po` / `write_tsv`: line-aligned English source and target as a PO file (for pofilter) and as
  the source<TAB>target file that checker reads, to compare the two on the same units.
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

# Rough sentence ends (Urdu full stop and question mark, danda, Latin): enough to keep a generated
# line from carrying a sentence seen before, which checker's sentence memo would reuse.
_SENTENCE_END = re.compile(r"(?<=[۔؟!?।.])\s+")

DAMAGE: dict[str, list[Callable[[str], str]]] = {
    "mr": [lambda s: s.replace("र्‍य", "र्य").replace("ऱ्य", "र्य"), lambda s: s + " २०२23 मध्ये",
           lambda s: s.replace(",", " ,", 1), lambda s: s + " 8,72,00,30 रुपये", lambda s: s + " " + " ".join(s.split()[:3])],
    "ur": [lambda s: s.replace("ک", "ك", 2), lambda s: s + " ۲۰19 میں", lambda s: s.replace("،", " ،", 1),
           lambda s: s + " 50،000 ڈالر", lambda s: s + " بہتر یا بہتر"],
}
# Every human file of each language: the headline corpus uses them all (news included).
SOURCES = {"mr": ["tico19.mr.txt", "tatoeba.mr.txt", "ud-marathi.mr.txt", "news/mahaner-valid.mr.txt"],
           "ur": ["tico19.ur.txt", "tatoeba.ur.txt", "news/counter.ur.txt", "news/uner.ur.txt",
                  "news/ilner-dev.ur.txt"]}
# The older, repeated corpus drew from these only.
REPEATED_SOURCES = {"mr": ["tico19.mr.txt", "tatoeba.mr.txt", "ud-marathi.mr.txt"],
                    "ur": ["tico19.ur.txt", "tatoeba.ur.txt"]}
DAMAGE_RATE = 0.2
_START, _END = "\x02", "\x03"


def real_lines(clean: Path, names: Iterable[str]) -> list[str]:
    """The non-blank lines of the files, each distinct line once, in order."""
    seen: dict[str, None] = {}
    for name in names:
        for line in (clean / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(line, None)
    return list(seen)


def sentences(line: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(line.strip()) if s]


class Trigrams:
    """A word trigram model of real lines: new lines follow two real words by a word that followed
    them in some real line, so every three consecutive words occur in real text."""

    def __init__(self, lines: Iterable[str]):
        self.next: dict[tuple[str, str], list[str]] = {}
        self.lengths: list[int] = []
        for line in lines:
            words = [_START, _START, *line.split(), _END]
            self.lengths.append(len(words) - 3)
            for a, b, c in zip(words, words[1:], words[2:]):
                self.next.setdefault((a, b), []).append(c)

    def line(self, rng: random.Random) -> str:
        """One new line, at most twice as long as a real line drawn at random."""
        limit = 2 * rng.choice(self.lengths) + 2
        a, b, out = _START, _START, []
        while len(out) < limit:
            c = rng.choice(self.next[(a, b)])
            if c == _END:
                break
            out.append(c)
            a, b = b, c
        return " ".join(out)


def new_lines(real: list[str], count_bytes: float, rng: random.Random, damage: list[Callable[[str], str]],
              seen: set[str], seen_sentences: set[str]) -> Iterator[str]:
    """New distinct lines of about `count_bytes` bytes in all, a share of them damaged. A line
    that repeats a line or a (rough) sentence met before is drawn again; `seen` and
    `seen_sentences` hold what was met and grow."""
    model, size, misses = Trigrams(real), 0, 0
    while size < count_bytes:
        line = model.line(rng)
        if rng.random() < DAMAGE_RATE:
            line = rng.choice(damage)(line)
        parts = sentences(line)
        if not line.strip() or line in seen or any(s in seen_sentences for s in parts):
            misses += 1
            if misses > 1000 + size:  # the model cannot make more distinct lines: say so, do not loop
                raise RuntimeError(f"only {size} bytes of distinct new lines could be made")
            continue
        seen.add(line)
        seen_sentences.update(parts)
        size += len(line.encode("utf-8")) + 1
        yield line


def assert_distinct(paths: Iterable[Path]) -> int:
    """No line repeats across `paths` (and none is blank): raises otherwise; returns the line count."""
    seen: set[str] = set()
    n = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert line.strip(), f"{path}: blank line"
            assert line not in seen, f"{path}: line repeats: {line[:80]}"
            seen.add(line)
            n += 1
    return n


def _split(lines: list[str], parts: int) -> list[list[str]]:
    """`parts` runs of neighbouring lines of about equal size in bytes."""
    sizes = [len(x.encode("utf-8")) + 1 for x in lines]
    target, out, done = sum(sizes) / parts, [[]], 0
    for line, size in zip(lines, sizes):
        if out[-1] and done >= target * len(out) and len(out) < parts:
            out.append([])
        out[-1].append(line)
        done += size
    return out


def distinct_corpus(clean: Path, out_dir: Path, megabytes: float, files_per_language: int = 4,
                    seed: int = 7) -> tuple[list[Path], dict]:
    """Files of text in which no line repeats (real lines, then new ones), `files_per_language`
    per language, half the size each language; returns them and what they hold."""
    rng = random.Random(seed)
    paths, stats = [], {}
    seen: set[str] = set()
    per_language = megabytes * 1e6 / len(SOURCES)
    for lang, names in SOURCES.items():
        real = [x for x in real_lines(clean, names) if x not in seen]
        taken, size = [], 0
        for line in real:  # the real text first, all of it when it fits
            if size >= per_language:
                break
            taken.append(line)
            size += len(line.encode("utf-8")) + 1
        seen.update(taken)
        seen_sentences = {s for x in seen for s in sentences(x)}
        made = list(new_lines(real, per_language - size, rng, DAMAGE[lang], seen, seen_sentences))
        stats[lang] = {"real_lines": len(taken), "real_mb": round(size / 1e6, 2), "new_lines": len(made),
                       "new_mb": round((per_language - size) / 1e6, 2) if made else 0.0}
        for k, part in enumerate(_split(taken + made, files_per_language)):
            path = out_dir / f"bench.{lang}.{k}.txt"
            path.write_text("\n".join(part) + "\n", encoding="utf-8")
            paths.append(path)
    stats["lines"] = assert_distinct(paths)
    return paths, stats


def repeated_corpus(clean: Path, out_dir: Path, megabytes: float, files_per_language: int = 4,
                    seed: int = 7) -> tuple[list[Path], dict]:
    """Files of real sentences drawn at random again and again, a share of them damaged (the
    benchmark's corpus until its headline moved to `distinct_corpus`)."""
    rng = random.Random(seed)
    paths, distinct, n = [], set(), 0
    per_file = megabytes * 1e6 / (len(REPEATED_SOURCES) * files_per_language)
    for lang, names in REPEATED_SOURCES.items():
        lines = real_lines(clean, names)
        for k in range(files_per_language):
            path = out_dir / f"repeated.{lang}.{k}.txt"
            size = 0
            with path.open("w", encoding="utf-8") as f:
                while size < per_file:
                    line = rng.choice(lines)
                    if rng.random() < DAMAGE_RATE:
                        line = rng.choice(DAMAGE[lang])(line)
                    f.write(line + "\n")
                    size += len(line.encode("utf-8")) + 1
                    distinct.add(line)
                    n += 1
            paths.append(path)
    return paths, {"lines": n, "distinct_lines": len(distinct), "repeats_per_line": round(n / len(distinct), 1)}


def _po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def write_po(source: list[str], target: list[str], path: Path, language: str) -> int:
    """A PO file of the aligned pairs (pairs with an empty side or a repeated source left out, as
    a PO file has one entry per source); returns the number of units."""
    seen, n = set(), 0
    with path.open("w", encoding="utf-8") as f:
        f.write(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {language}\\n"\n\n')
        for src, tgt in zip(source, target, strict=True):
            if not src.strip() or not tgt.strip() or src in seen:
                continue
            seen.add(src)
            f.write(f"msgid {_po_string(src)}\nmsgstr {_po_string(tgt)}\n\n")
            n += 1
    return n


def write_tsv(source: list[str], target: list[str], path: Path) -> int:
    """The same pairs as `write_po`, as source<TAB>target lines (checker's aligned input)."""
    seen, rows = set(), []
    for src, tgt in zip(source, target, strict=True):
        if not src.strip() or not tgt.strip() or src in seen:
            continue
        seen.add(src)
        rows.append(f"{src.replace(chr(9), ' ')}\t{tgt.replace(chr(9), ' ')}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)
