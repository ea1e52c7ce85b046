"""One standalone HTML page: counts per category and rule at the top, then every sentence of every
file with its findings highlighted by category (hover a highlight for the message). Urdu sentences
run right to left in a Nastaliq/Naskh font, Marathi ones left to right in a Devanagari font. No
scripts, no external resources: the page can be mailed or attached to a ticket as it is."""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import TextIO

from .. import __version__
from ..model import Category, FileReport, Reported, SentenceReport
from . import summary

COLOURS = {  # background of a highlighted span, per category
    "number": "#ffd08a", "transliteration": "#b9f0a8", "consistency": "#a9cbff",
    "terminology": "#d7c4ff", "orthography": "#ffb3b3", "punctuation": "#fff08a", "repetition": "#9eeef5",
}
SEVERITIES = ("error", "warning", "info")

CSS = """
:root { --ink: #1d2433; --muted: #5d6677; --line: #d9dde5; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 16px 24px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0; padding: 10px 16px; border-bottom: 1px solid var(--line); background: #fbfbfc; }
h2 small, .muted { color: var(--muted); font-weight: normal; }
main { padding: 16px 24px; }
.tables { display: flex; flex-wrap: wrap; gap: 24px; margin-top: 12px; align-items: flex-start; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 10px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f0f2f5; font-weight: 600; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-inline-end: 6px; vertical-align: -1px; }
.file { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 20px; }
ol.sentences { list-style: none; margin: 0; padding: 0; }
li.s { display: grid; grid-template-columns: 5.5em 1fr; gap: 4px 12px; padding: 6px 16px; border-bottom: 1px solid #eef0f3; }
li.s:last-child { border-bottom: 0; }
li.s:not(.hit) { color: #7a8190; }
a.loc { color: var(--muted); text-decoration: none; font: 12px/2.2 ui-monospace, monospace; direction: ltr; }
a.loc:hover { text-decoration: underline; }
.text { margin: 0; font-size: 17px; line-height: 1.9; overflow-wrap: anywhere; }
.text[lang=mr] { font-family: "Noto Sans Devanagari", "Noto Serif Devanagari", "Lohit Devanagari", "Mukta", sans-serif; }
.text[lang=ur] { font-family: "Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 19px; line-height: 2.4; }
mark { color: inherit; border-radius: 3px; padding: 1px 0; border-bottom: 2px solid transparent; cursor: help; }
mark.error { border-bottom: 2px solid #c62828; }
mark.warning { border-bottom: 2px dashed #b26a00; }
mark.info { border-bottom: 2px dotted #2e6da4; }
mark.multi { box-shadow: inset 0 -5px 0 rgba(198, 40, 40, .25); }
ul.findings { grid-column: 2; margin: 0; padding: 0; list-style: none; font-size: 13px; direction: ltr; text-align: left; }
ul.findings li { margin: 1px 0; }
.badge { display: inline-block; font: 600 11px/1.6 ui-monospace, monospace; padding: 0 6px; border-radius: 3px; margin-inline-end: 6px; }
.sev { font-weight: 600; margin-inline-end: 4px; }
.sev.error { color: #c62828; } .sev.warning { color: #b26a00; } .sev.info { color: #2e6da4; }
.toolbar { margin-top: 10px; font-size: 14px; }
body:has(#only-hits:checked) li.s:not(.hit), body:has(#hits:target) li.s:not(.hit) { display: none; }
"""
CSS += "".join(f".c-{c} {{ background: {v}; }}\n" for c, v in COLOURS.items())


def _segments(sentence: SentenceReport) -> list[tuple[str, list[Reported]]]:
    """Cut the sentence at every span boundary; each piece with the findings covering it."""
    n = len(sentence.text)
    spans = []
    for f in sentence.findings:
        if f.unit is not None:  # a translation file: columns count the file's escapes, find the text
            k = sentence.text.find(f.text)
            a, b = (k, k + len(f.text)) if k >= 0 else (0, 0)
            if a < b:
                spans.append((a, b, f))
        elif f.line == sentence.line:
            a, b = max(0, f.col - sentence.col), min(n, f.end_col - sentence.col)
            if a < b:
                spans.append((a, b, f))
    cuts = sorted({0, n, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    return [(sentence.text[a:b], [f for s, e, f in spans if s <= a and b <= e]) for a, b in zip(cuts, cuts[1:])]


def _title(f: Reported) -> str:
    return f"{f.rule} {f.name} ({f.severity.value}): {f.message}"


def _sentence(out: list[str], file_id: int, s: SentenceReport) -> None:
    rtl = s.language == "ur"
    sid = f"f{file_id}-s{s.index}"
    out.append(f'<li class="s{" hit" if s.findings else ""}" id="{sid}">'
               f'<a class="loc" href="#{sid}" title="line {s.line}, column {s.col}">{s.line}:{s.col}</a>'
               f'<p class="text" lang="{escape(s.language)}" dir="{"rtl" if rtl else "ltr"}">')
    for piece, covering in _segments(s):
        if not covering:
            out.append(escape(piece))
            continue
        top = max(covering, key=lambda f: f.severity.rank)
        classes = f"c-{top.category.value} {top.severity.value}" + (" multi" if len(covering) > 1 else "")
        title = "\n".join(_title(f) for f in covering)
        out.append(f'<mark class="{classes}" title="{escape(title)}">{escape(piece)}</mark>')
    out.append("</p>")
    if s.findings:
        out.append('<ul class="findings">')
        for f in s.findings:
            fix = ""
            if f.fix is not None:
                fix = (f' <span class="muted">fix{"" if f.fix.safe else " (unsafe)"}: '
                       f'<bdi>{escape(f.fix.replacement)}</bdi></span>')
            out.append(f'<li><span class="badge c-{f.category.value}" title="{escape(f.category.value)}">'
                       f'{escape(f.rule)}</span><span class="sev {f.severity.value}">{f.severity.value}</span>'
                       f'{escape(f.message)} «<bdi>{escape(f.text)}</bdi>» '
                       f'<span class="muted">{f.line}:{f.col}</span>{fix}'
                       + (f' <span class="muted">unit {escape(f.unit)}</span>' if f.unit is not None else "") + "</li>")
        out.append("</ul>")
    out.append("</li>\n")


def _summary_tables(out: list[str], reports: list[FileReport]) -> None:
    by_cat: Counter = Counter()
    by_rule: Counter = Counter()
    meta: dict[str, Reported] = {}
    for r in reports:
        for f in r.findings:
            by_cat[(f.category.value, f.severity.value)] += 1
            by_rule[f.rule] += 1
            meta.setdefault(f.rule, f)
    out.append('<div class="tables"><table><thead><tr><th>category</th>'
               + "".join(f"<th>{s}</th>" for s in SEVERITIES) + "<th>total</th></tr></thead><tbody>")
    for c in Category:
        counts = [by_cat[(c.value, s)] for s in SEVERITIES]
        out.append(f'<tr><td><span class="swatch c-{c.value}"></span>{c.value}</td>'
                   + "".join(f'<td class="n">{n or ""}</td>' for n in counts)
                   + f'<td class="n">{sum(counts) or ""}</td></tr>')
    out.append("</tbody></table>")
    out.append("<table><thead><tr><th>rule</th><th>name</th><th>category</th><th>findings</th></tr></thead><tbody>")
    for code, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        f = meta[code]
        out.append(f'<tr><td><span class="badge c-{f.category.value}">{escape(code)}</span></td>'
                   f"<td>{escape(f.name)}</td><td>{f.category.value}</td><td class=\"n\">{n}</td></tr>")
    if not by_rule:
        out.append('<tr><td colspan="4" class="muted">no findings</td></tr>')
    out.append("</tbody></table></div>")


def render(reports: list[FileReport]) -> str:
    c = summary(reports)
    n = c["findings"]
    out = ['<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           f"<title>checker report: {escape(', '.join(r.path for r in reports[:3]))}"
           f"{'…' if len(reports) > 3 else ''}</title><style>{CSS}</style></head><body>\n<header id=\"hits\">"
           f"<h1>checker report</h1><div class=\"muted\">checker {__version__} · {c['files']} "
           f"file{'s' if c['files'] != 1 else ''}, {c['sentences']} sentences: "
           f"<b>{n['error']}</b> errors, <b>{n['warning']}</b> warnings, <b>{n['info']}</b> info</div>"]
    _summary_tables(out, reports)
    out.append('<div class="toolbar"><label><input type="checkbox" id="only-hits"> only sentences with '
               "findings</label> <span class=\"muted\">· hover a highlight for its message · add #hits to the address "
               "to open the page that way</span></div></header>\n<main>")
    for i, r in enumerate(reports):
        hits = sum(len(s.findings) for s in r.sentences)
        out.append(f'<section class="file" id="f{i}"><h2>{escape(r.path)} <small>{escape(r.language)} · '
                   f"{len(r.sentences)} sentences · {hits} finding{'s' if hits != 1 else ''}</small></h2>"
                   '<ol class="sentences">\n')
        for s in r.sentences:
            _sentence(out, i, s)
        out.append("</ol></section>\n")
    out.append("</main></body></html>\n")
    return "".join(out)


def write(reports: list[FileReport], out: TextIO) -> None:
    out.write(render(reports))
