"""Helpers of the translation-file tests: scanning, decoding a file's characters at a span, and
writing line pairs as XLIFF, PO and TMX."""
from __future__ import annotations

import html
import json
import re
from xml.sax.saxutils import escape

from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def scan_json(*args):
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", *map(str, args)])
    return r, (json.loads(r.stdout) if r.stdout.strip().startswith("{") else None)


def findings(doc):
    return [f for file in doc["files"] for s in file["sentences"] for f in s["findings"]]


def file_chars(text: str, f: dict) -> str:
    """The file's characters at a finding's span, as written (escapes and all)."""
    lines = re.split(r"\r\n|\n|\r", text.lstrip("\ufeff"))
    end_line = f.get("end_line", f["line"])
    if end_line == f["line"]:
        return lines[f["line"] - 1][f["col"] - 1:f["end_col"] - 1]
    parts = [lines[f["line"] - 1][f["col"] - 1:]] + lines[f["line"]:end_line - 1] + \
        [lines[end_line - 1][:f["end_col"] - 1]]
    return "\n".join(parts)


_PO_ESC = re.compile(r'\\(.)')


def unescape(kind: str, raw: str) -> str:
    """What a reader makes of `raw` characters of a file: XML entities and CDATA, PO escapes
    and wraps, CSV doubled quotes; a run of white space with a line break as one space."""
    if kind == "xml":  # inline markup out, entities decoded, CDATA taken as it is
        raw = "".join(m.group(1) if m.group(1) is not None else html.unescape(m.group(2) or "")
                      for m in re.finditer(r"<!\[CDATA\[(.*?)\]\]>|<[^>]*>|([^<]+)", raw, re.S))
    elif kind == "po":
        raw = re.sub(r'"\s*\n\s*"', "", raw)
        raw = _PO_ESC.sub(lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), raw)
    elif kind == "csv":
        raw = raw.replace('""', '"')
    return re.sub(r"\s*\n\s*", " ", raw)


def xliff12(pairs, lang="mr", notes=None) -> str:
    units = []
    for k, (src, tgt) in enumerate(pairs, 1):
        note = f"\n    <note>{escape(notes[k - 1])}</note>" if notes and notes[k - 1] else ""
        units.append(f'   <trans-unit id="u{k}">\n    <source>{escape(src)}</source>\n'
                     f'    <target state="translated">{escape(tgt)}</target>{note}\n   </trans-unit>\n')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            f' <file original="t.txt" source-language="en" target-language="{lang}" datatype="plaintext">\n  <body>\n'
            + "".join(units) + "  </body>\n </file>\n</xliff>\n")


def _po(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def po(pairs, lang="mr") -> str:
    out = [f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for k, (src, tgt) in enumerate(pairs, 1):
        out.append(f"\n#: t.txt:{k}\nmsgctxt \"line {k}\"\nmsgid {_po(src)}\nmsgstr {_po(tgt)}\n")
    return "".join(out)


def tmx(pairs, lang="mr") -> str:
    tus = "".join(f'  <tu tuid="{k}">\n   <tuv xml:lang="en"><seg>{escape(s)}</seg></tuv>\n'
                  f'   <tuv xml:lang="{lang}"><seg>{escape(t)}</seg></tuv>\n  </tu>\n'
                  for k, (s, t) in enumerate(pairs, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n <header creationtool="t" creationtoolversion="1" '
            'segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>\n <body>\n'
            + tus + " </body>\n</tmx>\n")
