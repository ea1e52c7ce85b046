"""Bilingual CSV, read with translate-toolkit (csvl10n.csvfile: header detection, dialect, columns
location/id, source, target, context, fuzzy, translator_comments), placed by a scanner of the
file's records (quoted cells with doubled quotes, line breaks inside quotes)."""
from __future__ import annotations

from ..errors import InputError
from .model import CSV, CSV_BARE, Builder, Target, TranslationFile, Unit


def records(text: str, delimiter: str = ",", quote: str = '"') -> list[list[tuple[Builder, int, int]]]:
    """Each record's cells: (characters, cell start, cell end)."""
    out, row = [], []
    i, n = 0, len(text)
    while i <= n:
        cell, start = Builder(), i
        if i < n and text[i] == quote:
            i += 1
            while i < n:
                if text[i] == quote:
                    if text[i + 1:i + 2] == quote:
                        cell.one(quote, i, i + 2, CSV)
                        i += 2
                        continue
                    i += 1
                    break
                cell.add(text[i], i, CSV)
                i += 1
        while i < n and text[i] not in (delimiter, "\r", "\n"):
            cell.add(text[i], i, CSV_BARE)
            i += 1
        row.append((cell, start, i))
        if i < n and text[i] == delimiter:
            i += 1
            continue
        if any(c[0].raw for c in row) or len(row) > 1:
            out.append(row)
        row = []
        if i >= n:
            break
        i += 2 if text[i:i + 2] == "\r\n" else 1
    return out


def read(path: str, text: str, data: bytes) -> TranslationFile:
    from translate.storage.csvl10n import csvfile, fieldname_map
    store = csvfile()
    store.parse(data)
    dialect = store.dialect
    delimiter = getattr(dialect, "delimiter", ",") if not isinstance(dialect, str) else ","
    rows = records(text, delimiter)
    head = [fieldname_map.get(c[0].raw.strip().lower(), c[0].raw.strip().lower()) for c in rows[0]] if rows else []
    if "source" not in head or "target" not in head:  # a data CSV, not a bilingual one: never guess columns
        raise InputError(f"{path}: a bilingual CSV needs a header row naming its source and target columns "
                         "(e.g. location,source,target); not scanned")
    units = list(store.units)
    header = len(rows) - len(units)
    out = TranslationFile(path, text, "csv", None)
    ti = head.index("target")
    for k, u in enumerate(units):
        row = rows[header + k] if 0 <= header and header + k < len(rows) else None
        want = str(u.target or "")
        cell = row[ti] if row is not None and ti is not None and ti < len(row) else None
        if cell is not None and cell[0].raw == want:
            target = cell[0].target((cell[1], cell[2]))
        else:
            anchor = (cell[1], cell[2]) if cell is not None else (0, 0)
            target = Target(" ".join(want.split()), [], [], anchor,
                            unmapped="the target cell could not be matched to the file's characters")
        located = [x for x in u.getlocations() if x]
        ident = " ".join(located) if located else str(u.getid() or "") or f"row {header + k + 1}"
        fuzzy = u.isfuzzy()
        state = "untranslated" if not target.text else "fuzzy" if fuzzy else "translated"
        notes = tuple(x.strip() for x in (u.getnotes() or "").splitlines() if x.strip())
        out.units.append(Unit(ident, " ".join(str(u.source or "").split()), [target], state,
                              state == "translated", notes))
    return out
