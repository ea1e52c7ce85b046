#!/usr/bin/env python3
"""Build checker/data/lexicon.ur.tsv and lexicon.mr.tsv: the words of real Urdu and Marathi, with a weight.

Usage: python scripts/build_lexicons.py [--tessdata DIR] [--data ../shared/data]

Needs, at build time only (checker never imports them):
- `wordfreq` (PyPI; data CC BY-SA 4.0): Urdu word frequencies from Wikipedia, subtitles, news, web text.
  It has no Marathi list (asked for `mr` it falls back to Hindi), so it is used for Urdu only.
- tesseract's Marathi and Urdu LSTM word lists (Debian `tesseract-ocr-mar`, `tesseract-ocr-urd`,
  `tesseract-ocr` for combine_tessdata/dawg2wordlist; tessdata licence Apache-2.0): words from web text,
  presence only.
- the *tuning* part of ../shared/data (scripts/data_split.py): word counts of TICO-19's first half, Tatoeba,
  COUNTER and MahaNER's first half, so that the domain's words (health, news) are known. The measuring part
  is never read: false-alarm figures are quoted on it.

Every word is passed through checker's own normaliser and tokeniser (so the table matches what rules see),
letters of the language's script only. Weight: wordfreq frequency × 10^7 (1 per million → 10), 2 for a
word that a word list has without a frequency, plus the tuning counts. A word list made from web text holds
common misspellings too; a र्य spelling whose ऱ्य spelling is also listed is dropped (eyelash ra is the
standard spelling, र्य there the old font encoding's slip), so that ORT001 keeps its evidence.
Output: a header naming this script, the sources and their licences, the 2,000 heaviest words (`#top`) and
the weight of a bare word (`#listed`), then one word a line sorted by code point (checker binary-searches
the bytes), `<TAB>weight` after it unless it has the listed weight.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from checker.pipeline import build_document  # noqa: E402
from data_split import default_data, part_lines  # noqa: E402

TESSDATA = Path("/usr/share/tesseract-ocr/5/tessdata")
TESS_NAMES = {"mr": "mar", "ur": "urd"}
SCRIPT = {"mr": "devanagari", "ur": "arabic"}
LISTED = 2  # the weight of a word that a word list has without a frequency
TOP = 2000  # the heaviest words named in the header (rules ask for the 120 or 2,000 commonest)
RA_YA, EYELASH = "\u0930\u094d\u092f", "\u0931\u094d\u092f"


def tesseract_words(lang: str, tessdata: Path) -> list[str]:
    """The words of tesseract's LSTM dictionary for `lang` (combine_tessdata -u, then dawg2wordlist)."""
    code = TESS_NAMES[lang]
    with tempfile.TemporaryDirectory() as tmp:
        prefix = f"{tmp}/{code}."
        subprocess.run(["combine_tessdata", "-u", str(tessdata / f"{code}.traineddata"), prefix],
                       check=True, capture_output=True)
        out = f"{tmp}/words.txt"
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, capture_output=True)
        return Path(out).read_text(encoding="utf-8").split()


def wordfreq_weights(lang: str) -> dict[str, float]:
    if lang != "ur":  # no Marathi list; its fallback for mr is Hindi
        return {}
    import wordfreq
    return {w: f * 1e7 for w, f in wordfreq.get_frequency_dict(lang, wordlist="best").items()}


def normalised_counts(lines: list[str], lang: str, weights: list[float] | None = None) -> Counter:
    """Tokens of the language's script in the normalised lines, each line counted with its weight."""
    doc = build_document("\n".join(lines), "<lexicon>", lang)
    counts: Counter = Counter()
    for s in doc.sentences:
        w = 1.0 if weights is None else weights[s.line - 1]
        for t in s.tokens:
            if t.script == SCRIPT[lang] and not any(map(str.isdigit, t.text)):
                counts[t.text] += w
    return counts


def build(lang: str, tessdata: Path, data: Path) -> Counter:
    weights = wordfreq_weights(lang)
    words = list(weights)
    table = normalised_counts(words, lang, list(weights.values())) if words else Counter()
    listed = tesseract_words(lang, tessdata)
    for w in normalised_counts(listed, lang):
        table[w] = max(table.get(w, 0), LISTED)
    tuning = [ln.rstrip("\n") for name, lines in part_lines(data, "tuning", "clean").items()
              if name.endswith(f".{lang}.txt") for ln in lines]
    table.update(normalised_counts(tuning, lang))
    for w in [w for w in table if RA_YA in w and w.replace(RA_YA, EYELASH) in table]:
        del table[w]
    return table


def write(lang: str, table: Counter) -> Path:
    out = ROOT / "checker" / "data" / f"lexicon.{lang}.tsv"
    sources = ("wordfreq 3 'best' Urdu list (CC BY-SA 4.0), " if lang == "ur" else "") + \
        f"tesseract {TESS_NAMES[lang]}.traineddata word list (Apache-2.0), tuning part of ../shared/data"
    weights = {w: max(1, round(n)) for w, n in table.items()}
    heaviest = sorted(((w, n) for w, n in weights.items() if n != LISTED), key=lambda kv: (-kv[1], kv[0]))
    with out.open("w", encoding="utf-8") as f:
        f.write(f"# generated by scripts/build_lexicons.py from {sources}; #top: the heaviest words, heaviest "
                "first; #listed: the weight of a bare word; then one word a line, sorted, with <TAB>weight "
                "unless it is the listed weight\n")
        f.write("#top\t" + " ".join(w for w, _ in heaviest[:TOP]) + "\n")
        f.write(f"#listed\t{LISTED}\n")
        f.writelines(f"{w}\n" if weights[w] == LISTED else f"{w}\t{weights[w]}\n" for w in sorted(weights))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tessdata", type=Path, default=TESSDATA)
    ap.add_argument("--data", type=Path, default=default_data())
    a = ap.parse_args()
    for lang in ("ur", "mr"):
        table = build(lang, a.tessdata, a.data)
        print(f"{write(lang, table).relative_to(ROOT)}: {len(table)} words")


if __name__ == "__main__":
    main()
