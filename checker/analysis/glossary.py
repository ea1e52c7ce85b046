"""The project glossary (`--glossary FILE`): preferred and rejected forms of terms and names.

Format: UTF-8 TSV, `#` lines are comments, the first other line is the header
`english<TAB>ur<TAB>mr<TAB>reject` (a .tbx or .csv glossary is read into these rows by
checker.formats.glossary). `ur`/`mr` hold the preferred form (may be empty); `reject`
holds forms never to use, separated by `|` (literal translations of a name, old spellings, …),
in either script. Forms are normalised like the text, so they match what rules see.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError
from ..normalize import normalize_line

HEADER = ["english", "ur", "mr", "reject"]


@dataclass(frozen=True)
class Term:
    english: str
    preferred: dict[str, str]    # language → preferred form
    reject: tuple[str, ...]


def _tsv_rows(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig") as f:  # (a BOM from an editor or a spreadsheet: read past it)
            return [x.rstrip("\r\n") for x in f if x.strip() and not x.startswith("#")]
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the glossary ({getattr(e, 'strerror', None) or e})")


@lru_cache(maxsize=8)
def load_glossary(path: str) -> tuple[Term, ...]:
    if path.lower().endswith((".tbx", ".csv")):  # hook: TBX and CSV glossaries (checker.formats.glossary)
        from ..formats.glossary import glossary_rows
        rows = glossary_rows(path)
    else:
        rows = _tsv_rows(path)
    if not rows or [c.strip().lower() for c in rows[0].split("\t")] != HEADER:
        raise InputError(f"{path}: a glossary must start with the header line "
                         f"'{chr(9).join(HEADER)}' (tab-separated)")
    terms = []
    for n, row in enumerate(rows[1:], 2):
        cells = row.split("\t")
        if len(cells) != len(HEADER) or not cells[0].strip():
            raise InputError(f"{path}: glossary row {n} needs {len(HEADER)} tab-separated cells, "
                             "the English term first")
        norm = lambda s: normalize_line(s.strip()).text  # noqa: E731
        preferred = {"ur": norm(cells[1]), "mr": norm(cells[2])}
        reject = tuple(norm(r) for r in cells[3].split("|") if r.strip())
        same = next((r for r in reject if r in {v for v in preferred.values() if v}), None)
        if same is not None:  # every use of the preferred form would be flagged
            raise InputError(f"{path}: glossary row {n} ({cells[0].strip()}) rejects its own preferred "
                             f"form '{same}'")
        terms.append(Term(cells[0].strip(), preferred, reject))
    return tuple(terms)
