#!/usr/bin/env python3
"""Split ../shared/data into a tuning part and a measuring part, and write both as files.

Usage: python scripts/data_split.py [--data ../shared/data] [--out /tmp/checker-split]

Tables, thresholds and examples may be built or picked on the *tuning* part only; false-alarm and
recall figures are quoted on the *measuring* part only. Files that are line-aligned (TICO-19 and its
MT outputs, WMT22 QE) are cut at the same line, so a source stays with its target. The split is by
whole files where a collection is large enough, and by halves where a language or genre has one file.

Writes OUT/tuning/NAME and OUT/measuring/NAME (NAME keeps the language suffix, e.g. tico19.mr.txt),
and prints the paths. Blank lines are kept, so an article boundary stays where it was.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (path under data/, tuning lines, measuring lines): ranges are 1-based and inclusive; None = none
HALF_TICO = ((1, 1050), (1051, 2100))
HALF_WMT = ((1, 500), (501, 1000))
SPLIT = [
    ("clean/tico19.mr.txt", *HALF_TICO),
    ("clean/tico19.ur.txt", *HALF_TICO),
    ("clean/tico19.en.txt", *HALF_TICO),
    ("clean/tatoeba.mr.txt", (1, None), None),
    ("clean/tatoeba.mr-en.txt", (1, None), None),
    ("clean/tatoeba.ur.txt", (1, None), None),
    ("clean/tatoeba.ur-en.txt", (1, None), None),
    ("clean/ud-marathi.mr.txt", None, (1, None)),
    ("clean/news/counter.ur.txt", (1, None), None),
    ("clean/news/uner.ur.txt", None, (1, None)),
    ("clean/news/ilner-dev.ur.txt", None, (1, None)),
    ("clean/news/mahaner-valid.mr.txt", (1, 750), (751, 1500)),
    ("mt/tico19.nllb600m.ur.txt", *HALF_TICO),
    ("mt/tico19.opusmt.mr.txt", *HALF_TICO),
    ("mt/wordlevel_dev_2022.src", *HALF_WMT),
    ("mt/wordlevel_dev_2022.mt", *HALF_WMT),
    ("mt/wordlevel_dev_2022.tags", *HALF_WMT),
]
PARTS = ("tuning", "measuring")


def default_data() -> Path:
    return ROOT.parent / "shared" / "data"


def part_lines(data: Path, part: str, kind: str | None = None) -> dict[str, list[str]]:
    """{file name: its lines in `part`} (lines keep their endings); `kind` "clean" or "mt" keeps
    only human or only machine-translated files."""
    which = PARTS.index(part)
    out = {}
    for rel, *ranges in SPLIT:
        span = ranges[which]
        if span is None or (kind is not None and not rel.startswith(kind + "/")):
            continue
        lines = (data / rel).read_text(encoding="utf-8").splitlines(keepends=True)
        lo, hi = span
        out[Path(rel).name] = lines[lo - 1:hi]
    return out


def write_split(data: Path, out: Path) -> dict[str, list[Path]]:
    written: dict[str, list[Path]] = {}
    for part in PARTS:
        folder = out / part
        folder.mkdir(parents=True, exist_ok=True)
        for name, lines in part_lines(data, part).items():
            path = folder / name
            path.write_text("".join(lines), encoding="utf-8")
            written.setdefault(part, []).append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=default_data())
    ap.add_argument("--out", type=Path, default=Path("/tmp/checker-split"))
    a = ap.parse_args()
    for part, paths in write_split(a.data, a.out).items():
        print(f"{part}: " + " ".join(str(p) for p in paths))


if __name__ == "__main__":
    main()
