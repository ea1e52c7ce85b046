"""Where every element of an XML file sits: a small scanner over the file's own characters.

translate-toolkit (through lxml) tells which elements are units and targets; lxml keeps no
columns, so this scanner finds the same elements, in document order, with their offsets, and reads
an element's text character by character: entities and character references decoded (each decoded
character spans its reference), CDATA taken literally, CRLF read as LF as XML parsers do, inline
markup left out or read into, as the format says. The reading is checked against lxml's own text
of the element: where they differ, the target is marked unmapped (never a guessed position).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Optional

from .model import CDATA, FIXED, XML, Builder

_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
                    r"|</[^>]*>|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAME = re.compile(r"</?\s*([^\s/>]+)")
_ATTR = re.compile(r"([^\s=/>]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


@dataclass
class Element:
    name: str                   # local name (no namespace prefix)
    start: int                  # offset of '<'
    open_end: int               # one past the start tag's '>'
    first: int                  # index of the first token after the start tag
    attrs: dict = field(default_factory=dict)
    close_start: Optional[int] = None   # offset of its end tag ('<' of '</x>'); None: self-closing
    close_end: Optional[int] = None
    last: Optional[int] = None          # index of its end tag token


class Scan:
    def __init__(self, text: str):
        self.text = text
        self.tokens: list[tuple[int, int, str]] = []   # (start, end, kind): text cdata open close empty other
        self.elements: list[Element] = []
        self.by_token: dict[int, Element] = {}
        stack: list[Element] = []
        pos = 0
        for m in _TOKEN.finditer(text):
            if m.start() > pos:
                self.tokens.append((pos, m.start(), "text"))
            tok = m.group()
            kind = ("cdata" if tok.startswith("<![CDATA[") else "other" if tok[1] in "!?"
                    else "close" if tok.startswith("</") else "empty" if tok.endswith("/>") else "open")
            index = len(self.tokens)
            self.tokens.append((m.start(), m.end(), kind))
            if kind in ("open", "empty"):
                name = _NAME.match(tok).group(1).split(":")[-1]
                attrs = {k.split(":")[-1] if not k.startswith("xml:") else k: html.unescape(v[1:-1])
                         for k, v in _ATTR.findall(tok[len(name):])}
                el = Element(name, m.start(), m.end(), index + 1, attrs)
                self.elements.append(el)
                self.by_token[index] = el
                if kind == "open":
                    stack.append(el)
                else:
                    el.last = index
            elif kind == "close" and stack:
                el = stack.pop()
                el.close_start, el.close_end, el.last = m.start(), m.end(), index
            pos = m.end()
        if pos < len(text):
            self.tokens.append((pos, len(text), "text"))

    def read(self, el: Element, keep: frozenset, drop_text: frozenset, track: bool = True
             ) -> tuple[Builder, list[Element]]:
        """The text of `el`: child elements named in `keep` are read into, others are markup
        (their text too when named in `drop_text`, e.g. the native code inside <ph>). Returns the
        characters and the markup elements met."""
        out, markup = Builder(track), []
        if el.close_start is None:
            return out, markup
        i, end = el.first, el.last
        while i < end:
            start, stop, kind = self.tokens[i]
            if kind == "text":
                _text(out, self.text, start, stop)
            elif kind == "cdata":
                _literal(out, self.text, start + 9, stop - 3, CDATA)
            elif kind in ("open", "empty"):
                child = self.by_token[i]
                if child.name not in keep:
                    markup.append(child)
                    if child.name in drop_text or kind == "empty":
                        i = child.last + 1 if child.last is not None else i + 1
                        continue
                    # markup whose text is translatable (<g>, <pc>, <hi>): read into it
            i += 1
        return out, markup


def _text(out: Builder, text: str, start: int, stop: int) -> None:
    pos = start
    for m in _ENTITY.finditer(text, start, stop):
        _literal(out, text, pos, m.start())
        ref = m.group(1)
        char = _PREDEFINED.get(ref) or chr(int(ref[2:], 16) if ref[1:2] in "xX" else int(ref[1:]))
        out.one(char, m.start(), m.end(), XML)
        pos = m.end()
    _literal(out, text, pos, stop)


def _literal(out: Builder, text: str, start: int, stop: int, how: str = XML) -> None:
    chunk = text[start:stop]
    if "\r" not in chunk:
        out.add(chunk, start, how)
        return
    k = 0
    while k < len(chunk):  # CRLF and a lone CR read as LF (XML end-of-line handling)
        if chunk[k] == "\r":
            n = 2 if chunk[k + 1:k + 2] == "\n" else 1
            out.one("\n", start + k, start + k + n, FIXED)
            k += n
        else:
            out.add(chunk[k], start + k, how)
            k += 1


def markup_key(el: Element) -> str:
    """How a piece of inline markup is matched between source and target: its name and id."""
    ident = el.attrs.get("id") or el.attrs.get("i") or el.attrs.get("x")
    return f'<{el.name} id="{ident}">' if ident else f"<{el.name}>"


def lxml_text(el, keep: frozenset, drop_text: frozenset) -> str:
    """What `Scan.read` should read, from lxml's element (the check of the scanner's reading)."""
    from lxml import etree
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            name = etree.QName(child).localname
            if name in keep or name not in drop_text:
                parts.append(lxml_text(child, keep, drop_text))
        parts.append(child.tail or "")
    return "".join(parts)


def order(root) -> dict:
    """lxml element → its position among the document's elements (the scanner's order)."""
    from lxml import etree
    return {el: k for k, el in enumerate(root.iter(etree.Element))}


def xml_error(path: str, e: Exception) -> str:
    """A one-line message for an XML syntax error, with its position."""
    pos = getattr(e, "position", None)
    where = f" at line {pos[0]}, column {pos[1]}" if pos else ""
    msg = str(getattr(e, "msg", "") or e).split(" (line")[0].split(", line ")[0]
    return f"{path}: malformed XML{where}: {msg}; not scanned"


class Reader:
    """Reads elements that lxml found (via translate-toolkit) at their place in the file."""

    def __init__(self, text: str, root, keep: frozenset, drop_text: frozenset):
        self.scan = Scan(text)
        self.position = order(root)
        self.keep, self.drop_text = keep, drop_text

    def element(self, node) -> Optional[Element]:
        """The scanner's element for an lxml element (None when the two disagree)."""
        from lxml import etree
        k = self.position.get(node)
        if k is None or k >= len(self.scan.elements):
            return None
        el = self.scan.elements[k]
        return el if el.name == etree.QName(node).localname else None

    def text(self, node, anchor: Optional[Element] = None, track: bool = True, **kw):
        """(Target, markup keys) of an lxml element; `anchor`: where findings about the unit point
        when the element itself is missing or cannot be placed."""
        from .model import Target
        el = self.element(node) if node is not None else None
        if el is None:
            where = (anchor.start, anchor.open_end) if anchor is not None else (0, 0)
            text = lxml_text(node, self.keep, self.drop_text) if node is not None else ""
            reason = "its element could not be found in the file" if node is not None else None
            t = Target(" ".join(text.split()), [], [], where, unmapped=reason, **kw)
            return t, ()
        built, markup = self.scan.read(el, self.keep, self.drop_text, track)
        target = built.target((el.start, el.open_end), markup=tuple(markup_key(m) for m in markup),
                              markup_spans=tuple((m.start, m.open_end) for m in markup), **kw)
        if built.raw != lxml_text(node, self.keep, self.drop_text):
            target.unmapped = "the file's characters could not be matched to the parsed text"
            target.text = " ".join(lxml_text(node, self.keep, self.drop_text).split())
            target.spans, target.how = [], []
        return target, target.markup
