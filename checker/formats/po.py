"""Gettext PO/POT, read with translate-toolkit (pypo.pofile) and placed by a scanner of the file's lines.

translate-toolkit gives the units (header and obsolete `#~` entries left out), flags (fuzzy),
translator comments and the `Language:` header; the scanner finds each entry's msgstr (or
msgstr[n] for plural forms) strings with their offsets and decodes their escapes, each decoded
character spanning its escape. A unit whose reading differs from translate-toolkit's is unmapped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import FIXED, PO, Builder, Target, TranslationFile, Unit, normalize_language

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]*(?=\")")
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")


@dataclass
class Entry:
    fields: dict = field(default_factory=dict)   # keyword → (Builder, keyword start, keyword end)


def scan(text: str) -> list[Entry]:
    """Entries in file order, obsolete ones left out."""
    entries: list[Entry] = []
    current, last = None, None
    for m in _LINE.finditer(text):
        line, start = m.group().rstrip("\r\n"), m.start()
        if m.start() == m.end():
            break
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            if not stripped:
                current, last = None, None
            continue
        k = _KEYWORD.match(stripped)
        offset = start + len(line) - len(stripped)
        if k:
            key = k.group(1)
            if current is None or key in ("msgctxt", "msgid") and ("msgid" in current.fields or key == "msgctxt"
                                                                   and "msgctxt" in current.fields):
                current = Entry()
                entries.append(current)
            builder = Builder(track=key.startswith("msgstr"))  # sources need no offsets
            current.fields[key] = (builder, offset, offset + len(key))
            last = builder
            _strings(builder, text, offset + k.end(), start + len(line))
        elif stripped.startswith('"') and last is not None:
            _strings(last, text, offset, start + len(line))
    return entries


def _strings(out: Builder, text: str, start: int, stop: int) -> None:
    for s in _STRING.finditer(text, start, stop):
        body_start = s.start(1)
        pos = body_start
        for e in _ESCAPE.finditer(text, body_start, s.end(1)):
            out.add(text[pos:e.start()], pos, PO)
            code = e.group(1)
            if code[0] == "x":
                char = chr(int(code[1:], 16))
            elif code[0] in "01234567":
                char = chr(int(code, 8))
            else:
                char = _ESCAPES.get(code, code)
            out.one(char, e.start(), e.end(), PO if code in ('"', "\\", "t") else FIXED)
            pos = e.end()
        out.add(text[pos:s.end(1)], pos, PO)


def read(path: str, text: str, data: bytes) -> TranslationFile:
    from translate.storage.pypo import pofile
    store = pofile.parsestring(data)
    out = TranslationFile(path, text, "po", normalize_language(store.gettargetlanguage()))
    units = [u for u in store.units if not u.isobsolete()]
    entries = scan(text)
    trusted = len(entries) == len(units)
    for k, u in enumerate(units):
        if u.isheader():
            continue
        entry = entries[k] if trusted else None
        out.units.append(_unit(u, entry))
        out.units[-1].language, out.units[-1].declared = out.language, store.gettargetlanguage() or None
    return out


def _unit(u, entry) -> Unit:
    plural = u.hasplural()
    sources = list(u.source.strings) if plural else [str(u.source)]
    wanted = [str(t) for t in u.target.strings] if plural else [str(u.target)]
    context = u.getcontext()
    msgid = sources[0] if len(sources[0]) <= 60 else sources[0][:59] + "…"
    ident = f"{context}/{msgid}" if context else msgid
    targets = []
    for n, want in enumerate(wanted):
        key = f"msgstr[{n}]" if plural else "msgstr"
        found = entry.fields.get(key) if entry is not None else None
        if found is None or found[0].raw != want or entry.fields.get("msgid", (Builder(),))[0].raw != sources[0]:
            anchor = (found[1], found[2]) if found is not None else (0, 0)
            targets.append(Target(" ".join(want.split()), [], [], anchor, plural=n if plural else None,
                                  unmapped="the msgstr could not be matched to the file's characters"))
        else:
            targets.append(found[0].target((found[1], found[2]), plural=n if plural else None))
    state = "fuzzy" if u.isfuzzy() else "translated"
    if not any(t.text for t in targets):
        state = "untranslated"
    notes = tuple(x.strip() for x in (u.getnotes("translator") or "").splitlines() if x.strip())
    source = " ".join(sources[0].split())
    return Unit(ident, source, targets, state, state == "translated", notes, (), None,
                tuple(" ".join(s.split()) for s in sources[1:]))
