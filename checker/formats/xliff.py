"""XLIFF 1.2 and 2.0, read with translate-toolkit (xliff.xlifffile, xliff2.Xliff2File).

Units are trans-units (1.2) or segments (2.0); translate="no" units are left out. Inline markup
is never text: <x/>, <bx/>, <ex/>, <ph>, <bpt>, <ept>, <it> (1.2) and <ph/>, <sc/>, <ec/>, <cp/>
(2.0) are left out with their content, <g> and <pc> are read into (their text is translatable),
<mrk> is an annotation, read as text. Each <file> has its own target-language (1.2); in 2.0 the
root's trgLang holds for every <file>.
"""
from __future__ import annotations

from typing import Optional

from .model import TranslationFile, Unit, normalize_language
from .xmlscan import Reader

UNFINISHED_12 = frozenset({"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                           "needs-review-adaptation", "needs-review-l10n"})
KEEP_12, DROP_12 = frozenset({"mrk"}), frozenset({"x", "bx", "ex", "ph", "bpt", "ept", "it"})
KEEP_20, DROP_20 = frozenset({"mrk", "sm", "em"}), frozenset({"ph", "sc", "ec", "cp"})


def is_v2(data: bytes) -> bool:
    head = data[:4096]
    return b"urn:oasis:names:tc:xliff:document:2." in head or b'version="2.' in head or b"version='2." in head


def read(path: str, text: str, data: bytes) -> TranslationFile:
    v2 = is_v2(data)
    if v2:
        from translate.storage.xliff2 import Xliff2File as Store
    else:
        from translate.storage.xliff import xlifffile as Store
    store = Store.parsestring(data)
    root = store.document.getroot()
    reader = Reader(text, root, *((KEEP_20, DROP_20) if v2 else (KEEP_12, DROP_12)))
    files = [el for el in root.iter() if _local(el) == "file"]
    several = len(files) > 1
    language = normalize_language(root.get("trgLang")) if v2 else None
    out = TranslationFile(path, text, "xliff2" if v2 else "xliff", language)
    for u in store.units:
        if not u.istranslatable() or u.isheader():
            continue
        unit = _unit_v2(u, reader, several, language) if v2 else _unit_v12(u, reader, several)
        if unit is not None:
            out.units.append(unit)
    if not v2:
        out.language = next((x.language for x in out.units if x.language), None) or \
            next((normalize_language(f.get("target-language")) for f in files if f.get("target-language")), None)
    return out


def _local(el) -> str:
    from lxml import etree
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _child(el, name: str):
    return next((c for c in el if _local(c) == name), None)


def _ancestor(el, name: str):
    while el is not None and _local(el) != name:
        el = el.getparent()
    return el


def _notes(el) -> tuple[str, ...]:
    return tuple(n.text.strip() for n in el.iter() if _local(n) == "note" and n.text and n.text.strip())


def _unit_v12(u, reader: Reader, several: bool) -> Optional[Unit]:
    el = u.xmlelement
    file_el = _ancestor(el, "file")
    ident = el.get("id") or str(u.getid()).split("\x04")[-1]
    if several and file_el is not None:
        ident = f"{file_el.get('original') or file_el.get('id') or ''}/{ident}"
    # a gettext plural (po2xliff): a <group restype="x-gettext-plurals"> of one trans-unit per form
    forms = [c for c in el if _local(c) == "trans-unit"] if _local(el) == "group" else [el]
    sources, targets, states, source_markup = [], [], [], ()
    for k, tu in enumerate(forms):
        anchor = reader.element(tu)
        source, markup = reader.text(_child(tu, "source"), anchor, track=False)
        node = _child(tu, "target")
        target, _ = reader.text(node, anchor, plural=k if len(forms) > 1 else None)
        sources.append(source.text), targets.append(target)
        source_markup = source_markup or markup
        states.append((node.get("state") if node is not None else None) or "translated")
    if not forms:
        return None
    node = _child(forms[0], "target")
    state = next((s for s in states if s in UNFINISHED_12), states[0])
    if not any(t.text for t in targets):
        state = "untranslated"
    finished = state not in UNFINISHED_12 and state != "untranslated"
    declared = file_el.get("target-language") if file_el is not None else None
    if node is not None and node.get("{http://www.w3.org/XML/1998/namespace}lang"):
        declared = node.get("{http://www.w3.org/XML/1998/namespace}lang")
    return Unit(ident, sources[0], targets, state, finished, _notes(el), source_markup,
                normalize_language(declared), tuple(sources[1:]), declared)


def _unit_v2(u, reader: Reader, several: bool, language: Optional[str]) -> Optional[Unit]:
    seg = u.xmlelement
    unit_el = seg.getparent()
    ident = str(u.getid())
    if several:
        file_el = _ancestor(seg, "file")
        ident = f"{file_el.get('id') if file_el is not None else ''}/{ident}"
    anchor = reader.element(seg)
    source, source_markup = reader.text(_child(seg, "source"), anchor, track=False)
    node = _child(seg, "target")
    target, _ = reader.text(node, anchor)
    state = seg.get("state") or "translated"
    if not target.text:
        state = "untranslated"
    finished = state not in ("initial", "untranslated")
    notes = _notes(unit_el) if unit_el is not None else ()
    return Unit(ident, source.text, [target], state, finished, notes, source_markup, language,
                declared=seg.getroottree().getroot().get("trgLang"))
