"""Report formats: the JSON contract keeps its shape; sarif, github and html say the same as json."""
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

from checker.baseline import fingerprint, keyed
from checker.cli import app
from checker.model import Category, Fix, Reported, Severity
from checker.pipeline import check_text
from checker.report import FORMATS, writer
from conftest import CORPORA, ROOT

MR = CORPORA / "mr-deepseek-news.txt"
UR = CORPORA / "ur-deepseek-news.txt"
runner = CliRunner()


def run(fmt, *paths):
    r = runner.invoke(app, ["scan", "--format", fmt, *map(str, paths)])
    assert r.exit_code in (0, 1), r.output
    return r.stdout


def json_findings(*paths):
    report = json.loads(run("json", *paths))
    return [(f["path"], x) for f in report["files"] for s in f["sentences"] for x in s["findings"]]


def test_every_format_is_listed_and_loads():
    assert set(FORMATS) == {"text", "json", "jsonl", "csv", "sarif", "github", "html"}
    for fmt in FORMATS:
        assert callable(writer(fmt))


def test_json_shape_is_the_contract():
    report = json.loads(run("json", MR))
    assert set(report) >= {"checker", "files", "summary"}
    assert set(report["summary"]) >= {"files", "sentences", "findings"}
    assert set(report["summary"]["findings"]) == {"error", "warning", "info"}
    f = report["files"][0]
    assert set(f) >= {"path", "language", "sentences"}
    s = f["sentences"][0]
    assert set(s) >= {"index", "line", "col", "end_col", "language", "text", "findings"}
    x = next(x for s in f["sentences"] for x in s["findings"] if x["fix"])
    assert set(x) >= {"rule", "name", "category", "severity", "line", "col", "end_col", "text", "message", "fix"}
    assert set(x["fix"]) >= {"replacement", "safe"}


# ---- SARIF

def test_sarif_matches_json():
    sarif = json.loads(run("sarif", MR, UR))
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (r,) = sarif["runs"]
    assert r["columnKind"] == "unicodeCodePoints"
    driver = r["tool"]["driver"]
    assert driver["name"] == "checker" and driver["version"]
    ids = [d["id"] for d in driver["rules"]]
    for d in driver["rules"]:
        assert d["shortDescription"]["text"] and d["defaultConfiguration"]["level"] in ("error", "warning", "note")
    expected = json_findings(MR, UR)
    assert len(r["results"]) == len(expected)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for res, (path, x) in zip(r["results"], expected):
        assert res["ruleId"] == x["rule"] and ids[res["ruleIndex"]] == x["rule"]
        assert res["level"] == levels[x["severity"]]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == Path(path).as_uri()  # absolute paths become file: URIs
        reg = loc["region"]
        assert (reg["startLine"], reg["startColumn"], reg["endColumn"], reg["snippet"]["text"]) == \
            (x["line"], x["col"], x["end_col"], x["text"])
        assert res["message"]["text"]
        assert list(res["partialFingerprints"]) == ["checker/v1"]
        if x["fix"]:
            (fix,) = res["fixes"]
            (rep,) = fix["artifactChanges"][0]["replacements"]
            assert rep["insertedContent"]["text"] == x["fix"]["replacement"]
            assert rep["deletedRegion"]["startColumn"] == x["col"]


def test_sarif_fingerprints_survive_inserted_lines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n", encoding="utf-8")
    first = [r["partialFingerprints"] for r in json.loads(run("sarif", p))["runs"][0]["results"]]
    p.write_text("नवी ओळ.\n\nवापरल्या जाणार्या चिप्स २०२23 मध्ये.\n", encoding="utf-8")
    second = json.loads(run("sarif", p))["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in second] == first
    assert second[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_sarif_relative_uri(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("२०२23\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = json.loads(run("sarif", "sub/a.txt"))["runs"][0]["results"][0]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sub/a.txt"


def test_sarif_uri_escapes(tmp_path):
    p = tmp_path / "with space ü.txt"
    p.write_text("२०२23\n", encoding="utf-8")
    uri = json.loads(run("sarif", p))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and "%20" in uri and " " not in uri


# ---- GitHub annotations

def test_github_annotations():
    lines = run("github", MR).splitlines()
    expected = json_findings(MR)
    assert len(lines) == len(expected)
    for line, (path, x) in zip(lines, expected):
        m = re.fullmatch(r"::(error|warning|notice) file=([^,]+),line=(\d+),endLine=(\d+),col=(\d+),"
                         r"endColumn=(\d+),title=([^:]+)::(.+)", line)
        assert m, line
        assert m.group(2) == path and int(m.group(3)) == x["line"] and int(m.group(5)) == x["col"]
        assert int(m.group(6)) == x["end_col"] and m.group(7) == f"{x['rule']} {x['name']}"


def test_github_escaping():
    from checker.report.github_report import _data, _prop
    assert _data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert _prop("a:b,c") == "a%3Ab%2Cc"


# ---- HTML

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.texts, self.external, self.stack = [], [], [], []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark":
            self.marks.append(a)
        if tag == "p" and "text" in a.get("class", ""):
            self.texts.append(a)
        if tag == "script":
            self.scripts += 1
        for k in ("src", "href"):
            if a.get(k) and not a[k].startswith("#"):
                self.external.append(a[k])


def test_html_page_is_standalone_and_highlights_every_finding():
    html = run("html", MR, UR)
    page = Page()
    page.feed(html)
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    assert page.external == [] and page.scripts == 0
    findings = json_findings(MR, UR)
    titles = "\n".join(m["title"] for m in page.marks)
    for _, x in findings:
        assert x["message"] in titles
    categories = {m["class"].split()[0] for m in page.marks}
    assert categories == {f"c-{x['category']}" for _, x in findings}
    langs = {(t["lang"], t["dir"]) for t in page.texts}
    assert langs == {("mr", "ltr"), ("ur", "rtl")}
    total = sum(len(json.loads(run("json", p))["files"][0]["sentences"]) for p in (MR, UR))
    assert len(page.texts) == total  # every sentence
    assert "mixed-digit-scripts" in html.split("<main>")[0]  # the summary at the top names the rules


def test_html_spans_and_escaping():
    from checker.report.html_report import render
    report = check_text("<b>&</b> २०२23 आणि १.8 \"x\"\n", path="<x>.txt")
    html = render([report])
    assert "<b>&" not in html and "&lt;b&gt;&amp;&lt;/b&gt;" in html
    assert '<mark class="c-number error" title="NUM001 mixed-digit-scripts (error): ' in html
    assert ">२०२23</mark>" in html and ">१.8</mark>" in html


def test_html_overlapping_spans_are_cut_into_pieces():
    from checker.model import Category, Reported, SentenceReport, Severity
    from checker.report.html_report import _segments

    def rep(col, end, cat, sev):
        return Reported("X", "x", cat, sev, 1, col, end, "", "m", None, 0)
    s = SentenceReport(0, 1, 1, 9, "mr", "abcdefgh", [rep(2, 6, Category.NUMBER, Severity.INFO),
                                                     rep(4, 8, Category.REPETITION, Severity.ERROR)])
    pieces = [(t, sorted(f.category.value for f in fs)) for t, fs in _segments(s)]
    assert pieces == [("a", []), ("bc", ["number"]), ("de", ["number", "repetition"]), ("fg", ["repetition"]),
                      ("h", [])]


# ---- rendered in headless Chromium (skipped where no Chromium is installed)

def _screenshot_module():
    spec = importlib.util.spec_from_file_location("screenshot_html", ROOT / "scripts" / "screenshot_html.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(_screenshot_module().find_browser() is None, reason="chromium is not installed")
def test_html_renders_in_chromium_with_highlights(tmp_path):
    shot = _screenshot_module()
    png = tmp_path / "mr.png"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot_html.py"), str(MR), "-o", str(png),
                           "--height", "1200"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    width, height, _ = shot.read_png(png)
    assert (width, height) == (1280, 1200)
    from checker.report.html_report import COLOURS
    counts = shot.colour_counts(png, COLOURS)
    # the legend shows each colour in a small swatch; highlighted spans show far more of it
    swatch = min(counts.values())
    assert counts["number"] > 10 * swatch and counts["orthography"] > 10 * swatch, counts


def test_png_reader_roundtrip(tmp_path):
    import struct
    import zlib
    shot = _screenshot_module()
    rows = [bytes([255, 208, 138] * 3), bytes([0, 0, 0, 255, 208, 138, 1, 2, 3])]
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    png = tmp_path / "t.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 3, 2, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    assert shot.colour_counts(png, {"number": "#ffd08a", "none": "#123456"}) == {"number": 4, "none": 0}


# ---- the text format in a terminal (QA pass)

def _text(src: str, **kw) -> str:
    import io
    out = io.StringIO()
    writer("text")([check_text(src, path="t.txt", **kw)], out)
    return out.getvalue()


def test_text_summary_is_singular_for_one():
    last = _text("२०२23 मध्ये\n").splitlines()[-1]
    assert last.startswith("1 file, 1 sentence: 1 error, 0 warnings, 0 info")


def test_text_shows_controls_by_name_and_keeps_the_marker_under_the_span():
    out = _text("हे घर आहे. \u202eउलट\u202c आहे.\n")
    assert "\u202e" not in out and "\u202c" not in out
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if ": ORT007 " in line:
            shown = line.rsplit("«", 1)[1].rstrip("»")
            body, marker = lines[i + 1][4:], lines[i + 2][4:]
            start = len(marker) - len(marker.lstrip())
            assert shown.startswith("<U+202") and body[start:start + len(shown)] == shown, (body, marker)
    # a carriage return would send the cursor back over the sentence
    assert "\r" not in _text("हे २०२23 आहे.\rदुसरी २०२23.\n")


def test_text_names_an_invisible_span():
    out = _text("हे\u200bघर आहे.\n")
    assert "«<U+200B>»" in out and "हे<U+200B>घर" in out


def test_no_color_follows_the_spec(monkeypatch):
    import io
    from checker.report import text_report

    class Tty(io.StringIO):
        def isatty(self):
            return True
    monkeypatch.setenv("NO_COLOR", "")
    assert text_report._use_colour(Tty())          # empty: not set (https://no-color.org)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not text_report._use_colour(Tty())
    assert not text_report._use_colour(io.StringIO())


def test_text_cuts_a_long_span_and_message_in_the_middle():
    from checker.model import Category, Reported, SentenceReport, Severity
    from checker.model import FileReport
    import io
    sentence = "क " * 3000
    f = Reported("REP003", "repeated-phrase", Category.REPETITION, Severity.WARNING, 1, 3, 5001,
                 sentence[2:5000], "'" + sentence[:4000] + "' said twice", None, 0)
    report = FileReport("t.txt", "mr", [SentenceReport(0, 1, 1, len(sentence) + 1, "mr", sentence, [f])])
    out = io.StringIO()
    writer("text")([report], out)
    head, body, marker = out.getvalue().splitlines()[:3]
    assert len(head) < 500 and len(body) < 300 and "…" in head and "…" in body
    assert marker.index("^") == 6 and body[6] == "क" and len(marker) <= len(body)   # col 3: after "क "


@given(path=st.text(max_size=20), text=st.text(max_size=60), index=st.integers(0, 10 ** 9))
@settings(max_examples=200, deadline=None)
def test_jsonl_lines_without_findings_are_what_json_dumps_writes(path, text, index):
    """The JSON Lines writer formats a sentence without findings itself (speed): byte for byte
    json.dumps, whatever the path and text hold (quotes, backslashes, controls, astral)."""
    import io

    from checker.model import FileReport, SentenceReport
    from checker.report.jsonl_report import write_file
    s = SentenceReport(index, index + 1, 1, len(text) + 1, "mr", text, [])
    out = io.StringIO()
    write_file(FileReport(path, "mr", [s]), out)
    assert out.getvalue() == json.dumps({"path": path, **s.to_json()}, ensure_ascii=False) + "\n"


@given(text=st.text(max_size=40), message=st.text(max_size=40), fixes=st.lists(st.one_of(
    st.none(), st.builds(Fix, st.text(max_size=10), st.booleans())), min_size=1, max_size=3),
    numbers=st.tuples(st.integers(0, 10 ** 9), st.integers(0, 10 ** 9), st.integers(0, 10 ** 9)))
@settings(max_examples=200, deadline=None)
def test_jsonl_lines_with_findings_are_what_json_dumps_writes(text, message, fixes, numbers):
    """Findings too are formatted directly: byte for byte json.dumps, with and without a fix."""
    import io

    from checker.model import FileReport, SentenceReport
    from checker.report.jsonl_report import write_file
    line, col, end = numbers
    findings = [Reported("NUM001", "mixed-digit-scripts", Category.NUMBER, severity, line, col, end, text,
                         message, fix, 7) for fix, severity in zip(fixes, Severity)]
    s = SentenceReport(7, line, col, end, "ur", text, findings)
    out = io.StringIO()
    write_file(FileReport("a\"b.txt", "ur", [s]), out)
    assert out.getvalue() == json.dumps({"path": 'a"b.txt', **s.to_json()}, ensure_ascii=False) + "\n"
