"""--fix and --diff on translation files: only target characters change, every other byte stays
(BOM, CRLF, entities, CDATA, comments, attributes), fixes are idempotent, and a fix the file
cannot take is listed with the reason instead of applied."""
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from checker.cli import app
from conftest import ROOT

DATA = ROOT / "corpora" / "formats"
runner = CliRunner()


def fix(path, *extra):
    return runner.invoke(app, ["scan", "--no-config", "--fix", *extra, str(path)])


def test_xliff_fix_changes_only_the_target(tmp_path):
    path = tmp_path / "a.xlf"
    original = (DATA / "sample.xlf").read_bytes()
    path.write_bytes(original)
    r = fix(path)
    assert "not applied" in r.stderr and "crosses inline markup" in r.stderr   # t2: the space before <x/>
    after = path.read_bytes()
    expected = original.replace("हे  एक चाचणी आहे .</target>".encode(), "हे  एक चाचणी आहे.</target>".encode())
    assert after == expected
    before = path.read_bytes()
    fix(path)
    assert path.read_bytes() == before   # idempotent


def test_po_fix_keeps_bom_wraps_escapes_and_obsolete_entries(tmp_path):
    path = tmp_path / "a.po"
    original = (DATA / "sample.po").read_bytes()
    path.write_bytes(original)
    fix(path)
    after = path.read_bytes()
    expected = (original
                .replace('नोकरी दिली ."'.encode(), 'नोकरी दिली."'.encode())
                .replace('"%d फाईल ."'.encode(), '"%d फाईल."'.encode())
                .replace('आहेत ."'.encode(), 'आहेत."'.encode()))
    assert after == expected
    assert after.startswith(b"\xef\xbb\xbf") and '#~ msgstr "जुने ."'.encode() in after
    assert 'घसरल्या ."'.encode() in after   # fuzzy: not checked, not fixed


def test_diff_shows_the_fix_and_writes_nothing(tmp_path):
    path = tmp_path / "a.tmx"
    original = (DATA / "sample.tmx").read_bytes()
    path.write_bytes(original)
    r = runner.invoke(app, ["scan", "--no-config", "--diff", str(path)])
    assert r.exit_code == 1
    assert "-   <tuv xml:lang=\"mr\"><seg>प्रकरणे: 1,727 &amp; अधिक .</seg></tuv>" in r.stdout
    assert "+   <tuv xml:lang=\"mr\"><seg>प्रकरणे: 1,727 &amp; अधिक.</seg></tuv>" in r.stdout
    assert path.read_bytes() == original


def test_csv_fix_keeps_quotes_and_line_breaks_in_cells(tmp_path):
    path = tmp_path / "a.csv"
    original = (DATA / "po2csv.csv").read_bytes()
    path.write_bytes(original)
    fix(path)
    after = path.read_bytes()
    expected = original.replace('""हो"" म्हणाली ."'.encode(), '""हो"" म्हणाली."'.encode()) \
                       .replace('ओळी ."'.encode(), 'ओळी."'.encode())
    assert after == expected


# Property: whatever surrounds the targets (comments, notes with entities, attributes, CDATA,
# CRLF, a BOM), a fix changes the target's characters and nothing else.
_TEXT = st.sampled_from(["", "a &amp; b", "&lt;x&gt;", "नोंद &#x0915;", "<!-- टिप्पणी . -->", "\n    "])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_TEXT, note=_TEXT, crlf=st.booleans(), bom=st.booleans(), cdata=st.booleans(),
       entity=st.sampled_from(["&amp;", "&#x2014;", "&quot;", "'"]))
def test_fix_property_only_target_characters_change(tmp_path, before, note, crlf, bom, cdata, entity):
    target = "किमती 12 टक्क्यांनी घसरल्या ." if not cdata else "<![CDATA[किमती 12 टक्क्यांनी घसरल्या .]]>"
    fixed = target.replace(" .", ".")
    head = f' {before}\n' if not before.strip().startswith("<!--") and before.strip() else f" {before}\n"
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            ' <file original="x" source-language="en" target-language="mr" datatype="plaintext"><body>\n'
            f'  <trans-unit id="1"><source>Prices fell 12 percent {entity} more.</source>\n'
            f'   <target>{entity} {target}</target>\n   <note>{note if "<!--" not in note else ""}</note>\n'
            '  </trans-unit>\n </body></file>\n' + (head if "<" not in before or "<!--" in before else "")
            + '</xliff>\n')
    if crlf:
        body = body.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")
    path = tmp_path / "p.xlf"
    path.write_bytes(data)
    fix(path)
    assert path.read_bytes() == data.replace(target.encode(), fixed.encode())
    fix(path)
    assert path.read_bytes() == data.replace(target.encode(), fixed.encode())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=30), crlf=st.booleans(), bom=st.booleans(),
       comment=st.sampled_from(["", "# टीप .\n", "#. \"quoted\" .\n", "#| msgid \"old .\"\n"]))
def test_fix_property_po_wraps_and_escapes(tmp_path, cut, crlf, bom, comment):
    target = 'किमती \\"12\\" टक्क्यांनी\\t घसरल्या .'
    k = min(cut, len(target))
    if target[k - 1:k] == "\\":  # never cut an escape in two
        k += 1
    nl = "\r\n" if crlf else "\n"

    def po_file(t: str) -> bytes:
        wrapped = f'"{t[:k]}"\n"{t[k:]}"' if 0 < k < len(t) else f'"{t}"'
        body = (f'msgid ""\nmsgstr ""\n"Language: mr\\n"\n\n{comment}msgid "Prices fell \\"12\\" percent."\n'
                f'msgstr {wrapped}\n\n#~ msgid "x ."\n#~ msgstr "य ."\n')
        return (b"\xef\xbb\xbf" if bom else b"") + body.replace("\n", nl).encode("utf-8")
    data = po_file(target)
    path = tmp_path / "p.po"
    path.write_bytes(data)
    r = fix(path)
    after = path.read_bytes()
    if k == len(target) - 1:  # the wrap falls between the space and the stop: listed, not applied
        assert after == data and "not applied" in r.stderr
    else:
        assert after == po_file(target.replace(" .", "."))
    assert after.endswith(f'#~ msgstr "य ."{nl}'.encode())
    fix(path)
    assert path.read_bytes() == after


def test_xliff_20_fix_respects_suppressions_and_unfinished_segments(tmp_path):
    path = tmp_path / "a.xlf"
    original = (DATA / "sample2.xlf").read_bytes()
    path.write_bytes(original)
    fix(path)
    expected = original.replace("ملازمین ہیں ۔</target>".encode(), "ملازمین ہیں۔</target>".encode())
    assert path.read_bytes() == expected   # f1/u1 (PUN001 suppressed) and f2/u1 (initial) untouched


def _one_unit(tmp_path, target, doctype=""):
    path = tmp_path / "u.xlf"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype +
                    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                    '<file original="x" source-language="en" target-language="ur" datatype="plaintext"><body>\n'
                    f'<trans-unit id="1"><source>Hello.</source>\n<target>{target}</target></trans-unit>\n'
                    '</body></file></xliff>\n', encoding="utf-8")
    return path


def test_a_span_over_a_line_break_has_an_end_line_and_its_fix_is_listed_not_applied(tmp_path):
    import json
    path = _one_unit(tmp_path, "ہیلو\n   ۔")
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", str(path)])
    f = json.loads(r.stdout)["files"][0]["sentences"][0]["findings"][0]
    assert (f["rule"], f["line"], f["col"], f["end_line"], f["end_col"]) == ("PUN001", 5, 13, 6, 5)
    before = path.read_bytes()
    r = fix(path)
    assert path.read_bytes() == before and "holds a line break" in r.stderr


def test_a_target_that_cannot_be_placed_points_at_its_element_and_is_never_fixed(tmp_path):
    import json
    path = _one_unit(tmp_path, "ہیلو &co; ۔", '<!DOCTYPE xliff [ <!ENTITY co "ACME"> ]>\n')
    r = runner.invoke(app, ["scan", "--no-config", "-f", "json", str(path)])
    f = json.loads(r.stdout)["files"][0]["sentences"][0]["findings"][0]
    assert (f["rule"], f["line"], f["col"], f["text"]) == ("PUN001", 6, 1, " ۔")
    before = path.read_bytes()
    r = fix(path)
    assert path.read_bytes() == before and "not applied" in r.stderr
