"""TMX (translation memory exchange), read with translate-toolkit (tmx.tmxfile).

Each <tu> holds one <tuv> per language: the header's srclang (or the first <tuv>) is the source,
every other <tuv> in a language checker checks (Urdu, Marathi) is a target, so a TMX with several
target languages gives one unit per <tu> and language. Inline <bpt>, <ept>, <ph>, <it>, <ut> are
markup (left out with their content); <hi> is read into.
"""
from __future__ import annotations

from .model import TranslationFile, Unit, normalize_language
from .xmlscan import Reader

KEEP, DROP = frozenset(), frozenset({"bpt", "ept", "ph", "it", "ut"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _local(el) -> str:
    from lxml import etree
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def read(path: str, text: str, data: bytes) -> TranslationFile:
    from translate.storage.tmx import tmxfile
    store = tmxfile.parsestring(data)
    root = store.document.getroot()
    reader = Reader(text, root, KEEP, DROP)
    header = next((el for el in root.iter() if _local(el) == "header"), None)
    srclang = (header.get("srclang") if header is not None else "") or ""
    tus = [u.xmlelement for u in store.units]
    languages = {normalize_language(_lang(t)) for tu in tus for t in tu if _local(t) == "tuv"} - {None}
    out = TranslationFile(path, text, "tmx", next(iter(languages)) if len(languages) == 1 else None)
    for n, tu in enumerate(tus, 1):
        tuvs = [t for t in tu if _local(t) == "tuv"]
        if not tuvs:
            continue
        source = next((t for t in tuvs if _lang(t).lower() == srclang.lower()), tuvs[0])
        src, src_markup = reader.text(_seg(source), reader.element(source), track=False)
        notes = tuple(x.text.strip() for x in tu.iter() if _local(x) == "note" and x.text and x.text.strip())
        for tuv in tuvs:
            language = normalize_language(_lang(tuv))
            if tuv is source or language is None:
                continue
            target, _ = reader.text(_seg(tuv), reader.element(tuv))
            ident = tu.get("tuid") or f"tu {n}"
            if len(languages) > 1:
                ident += f"@{_lang(tuv)}"
            state = "translated" if target.text else "untranslated"
            out.units.append(Unit(ident, src.text, [target], state, bool(target.text), notes, src_markup, language))
    return out


def _seg(tuv):
    return next((c for c in tuv if _local(c) == "seg"), None)
