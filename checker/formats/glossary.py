"""Glossaries as TBX or CSV, turned into the rows of the TSV glossary (checker.analysis.glossary).

TBX (read with translate-toolkit's tbx.tbxfile): each concept (termEntry/conceptEntry) gives one
row; its English term is the first one in the `en` language set, the preferred Urdu and Marathi
forms the first terms of those languages that are not deprecated (administrativeStatus
deprecatedTerm-admn-sts), and the deprecated ones are the rejected forms. CSV: the TSV's columns
`english,ur,mr,reject` with a header row, comma-separated (quotes as spreadsheets write them).
"""
from __future__ import annotations

import csv
import io

from ..errors import InputError
from .model import normalize_language

HEADER = "english\tur\tmr\treject"


def glossary_rows(path: str) -> list[str]:
    try:
        with open(path, "rb") as f:
            data = f.read()
        return _tbx(data) if path.lower().endswith(".tbx") else _csv(data.decode("utf-8-sig"))
    except InputError:
        raise
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the glossary ({getattr(e, 'strerror', None) or e})") from None
    except Exception as e:  # lxml and csv raise their own types
        raise InputError(f"{path}: cannot read the glossary ({type(e).__name__}: {' '.join(str(e).split())})") from None


def _cell(text: str) -> str:
    return " ".join(text.split())


def _csv(text: str) -> list[str]:
    rows = [r for r in csv.reader(io.StringIO(text)) if any(c.strip() for c in r) and not r[0].startswith("#")]
    return ["\t".join(_cell(c) for c in r) for r in rows]


def _tbx(data: bytes) -> list[str]:
    from .load import require
    require("glossary.tbx")
    from translate.storage.tbx import tbxfile
    store = tbxfile.parsestring(data, sourcelanguage="en")
    rows = [HEADER]
    for unit in store.units:
        languages = {_lang(el) for el in unit.xmlelement.iter() if _local(el) in ("langSet", "langSec")}
        english = next((t.text for t in _terms(unit, languages, "en") if not t.deprecated), "")
        if not english:
            continue
        preferred, reject = {"ur": "", "mr": ""}, []
        for lang in ("ur", "mr"):
            terms = _terms(unit, languages, lang)
            preferred[lang] = next((t.text for t in terms if not t.deprecated), "")
            reject += [t.text for t in terms if t.deprecated]
        rows.append("\t".join(_cell(x) for x in (english, preferred["ur"], preferred["mr"], "|".join(reject))))
    return rows


def _terms(unit, languages: set, want: str) -> list:
    out = []
    for lang in sorted(languages):
        if (normalize_language(lang) if want != "en" else lang.lower().split("-")[0]) == want:
            out += unit.get_target_terms(lang) if want != "en" or lang != unit._get_source_language() \
                else unit.get_source_terms()
    return out


def _local(el) -> str:
    from lxml import etree
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _lang(el) -> str:
    return el.get("{http://www.w3.org/XML/1998/namespace}lang") or el.get("lang") or ""
