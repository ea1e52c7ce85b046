"""Translation files: each format scans, findings sit at the right line:col (the file's characters
there, unescaped, are the flagged text), unfinished units and suppressions, language from the file."""
import shutil

import pytest

from conftest import ROOT
from formats_helpers import file_chars, findings, scan_json, unescape

DATA = ROOT / "corpora" / "formats"
KIND = {"sample.xlf": "xml", "sample2.xlf": "xml", "sample.tmx": "xml", "sample.po": "po", "po2csv.csv": "csv",
        "po2xliff.xlf": "xml", "po2tmx.tmx": "xml"}


@pytest.mark.parametrize("name", sorted(KIND))
def test_findings_point_at_their_text_in_the_file(name):
    r, doc = scan_json(DATA / name)
    assert r.exit_code in (0, 1), r.output
    text = (DATA / name).read_text(encoding="utf-8")
    found = findings(doc)
    assert found
    for f in found:
        assert f["unit"], f
        if f["rule"] == "TAG001":  # points at the target element (or the extra markup) as written
            assert file_chars(text, f) == f["text"]
            continue
        assert unescape(KIND[name], file_chars(text, f)) == f["text"], f
    for s in doc["files"][0]["sentences"]:
        assert s["unit"]


def test_xliff_12_states_notes_language_and_markup():
    r, doc = scan_json(DATA / "sample.xlf")
    file = doc["files"][0]
    assert file["language"] == "mr"
    units = [s["unit"] for s in file["sentences"]]
    assert "t4" not in units and "t7" not in units       # needs-review-translation; translate="no"
    by_unit = {}
    for s in file["sentences"]:
        by_unit.setdefault(s["unit"], []).extend(f["rule"] for f in s["findings"])
    assert "NUM006" in by_unit["t1"]
    assert "TAG001" in by_unit["t2"]                   # <g id="1"> lost
    assert "NUM001" not in by_unit["t5"]               # <note>checker: ignore NUM001</note>
    cdata = [s["text"] for s in file["sentences"] if s["unit"] == "t3"]
    assert cdata[-1].endswith("<b>")                   # CDATA is text, not markup
    assert "1 unfinished unit" in r.stderr


def test_unfinished_units_reported_one_by_one_on_request():
    r, doc = scan_json(DATA / "sample2.xlf", "--unfinished", "report")
    assert "f2/u1" not in [s["unit"] for s in doc["files"][0]["sentences"]]
    assert "sample2.xlf:22:5: unit f2/u1 is initial; not checked" in r.stderr


def test_unfinished_units_checked_on_request():
    _, doc = scan_json(DATA / "sample.xlf", "--unfinished", "check")
    assert "t4" in [s["unit"] for s in doc["files"][0]["sentences"]]
    _, doc = scan_json(DATA / "sample.po", "--unfinished", "check")
    assert any(s["unit"] == "Prices fell 12 percent." for s in doc["files"][0]["sentences"])


def test_po_plural_forms_context_fuzzy_obsolete_and_comment_suppression():
    _, doc = scan_json(DATA / "sample.po")
    file = doc["files"][0]
    units = [s["unit"] for s in file["sentences"]]
    assert "menu/%d file[0]" in units and "menu/%d file[1]" in units
    assert "Prices fell 12 percent." not in units      # fuzzy
    assert not any("Old" in u for u in units)          # obsolete
    minister = next(s for s in file["sentences"] if s["unit"].startswith("The minister"))
    assert "NUM001" not in [f["rule"] for f in minister["findings"]]   # # checker: ignore NUM001
    wrapped = [f for f in findings(doc) if f["unit"].startswith("Sales rose")]
    assert wrapped and wrapped[0]["line"] == 20        # the second string of a wrapped msgstr


def test_translate_toolkit_exports_of_the_po_file_give_its_findings():
    """po2xliff and po2tmx (translate-toolkit's own converters) wrote po2xliff.xlf and po2tmx.tmx
    from sample.po: the same targets get the same findings (the PO suppression travels as a note)."""
    key = lambda d: sorted((f["rule"], f["text"]) for f in findings(d))  # noqa: E731
    _, po = scan_json(DATA / "sample.po")
    _, xlf = scan_json(DATA / "po2xliff.xlf")
    assert key(xlf) == sorted(key(po) + [("PUN001", " .")])   # po2xliff keeps the obsolete entry as a unit
    units = [s["unit"] for s in xlf["files"][0]["sentences"]]
    assert "7[0]" in units and "7[1]" in units                 # the x-gettext-plurals group: one unit, two forms
    _, tmx = scan_json(DATA / "po2tmx.tmx")
    assert ("NUM001", "५5") in key(tmx)                        # po2tmx drops translator comments


def test_xliff_20_several_files_and_segments():
    _, doc = scan_json(DATA / "sample2.xlf")
    file = doc["files"][0]
    assert file["language"] == "ur"
    units = [s["unit"] for s in file["sentences"]]
    assert units == ["f1/u1", "f1/u2", "f2/u2::s1", "f2/u2::s2"]   # f2/u1 is state="initial"
    rules = {(f["unit"], f["rule"]) for f in findings(doc)}
    assert ("f1/u1", "NUM011") in rules                # 39,768 → 3,768, against the source
    assert ("f1/u2", "TAG001") in rules                # <ph id="1"/> lost
    assert ("f1/u1", "PUN001") not in rules            # suppressed by the unit's <note>


def test_tmx_several_target_languages_and_lang_picks_one():
    _, doc = scan_json(DATA / "sample.tmx")
    units = {s["unit"]: s["language"] for s in doc["files"][0]["sentences"]}
    assert units["1@mr"] == "mr" and units["1@ur"] == "ur"
    _, doc = scan_json(DATA / "sample.tmx", "--lang", "ur")
    assert all(s["unit"].endswith("@ur") for s in doc["files"][0]["sentences"])


def test_bom_and_crlf_keep_positions(tmp_path):
    for name in ("sample.xlf", "sample.po", "sample.tmx"):
        text = (DATA / name).read_text(encoding="utf-8").lstrip("\ufeff")
        path = tmp_path / name
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
        _, plain = scan_json(DATA / name)
        _, crlf = scan_json(path)
        key = lambda d: [(f["rule"], f["line"], f["col"], f["end_col"], f["text"]) for f in findings(d)]  # noqa: E731
        assert key(plain) == key(crlf), name


def test_malformed_files_are_one_line_errors_and_others_still_scan(tmp_path):
    bad_xml = tmp_path / "bad.xlf"
    bad_xml.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n <file><body>\n</xliff>\n', encoding="utf-8")
    bad_po = tmp_path / "bad.po"
    bad_po.write_text('msgid "a\nmsgstr "b"\n', encoding="utf-8")
    good = tmp_path / "good.po"
    shutil.copy(DATA / "sample.po", good)
    r, doc = scan_json(bad_xml, bad_po, good)
    assert r.exit_code == 2
    errors = [x for x in r.stderr.splitlines() if "not scanned" in x]
    assert len(errors) == 2
    assert any("bad.xlf: malformed XML at line 4" in e for e in errors)
    assert any("bad.po: malformed PO" in e and "line 1" in e for e in errors)
    assert [f["path"] for f in doc["files"]] == [str(good)]


def test_missing_translate_toolkit_names_the_extra(monkeypatch):
    import builtins
    real = builtins.__import__

    def fake(name, *a, **k):
        if name.startswith("translate"):
            raise ImportError(name)
        return real(name, *a, **k)
    monkeypatch.setattr(builtins, "__import__", fake)
    r, _ = scan_json(DATA / "sample.po")
    assert r.exit_code == 2
    assert "checker-ur-mr[formats]" in r.stderr and r.stderr.count("\n") == 1


def test_plain_text_and_tsv_are_read_as_before():
    from checker.formats import is_translation_file
    assert not is_translation_file("a.txt") and not is_translation_file("a.tsv") and not is_translation_file("-")
    assert all(is_translation_file(f"a.{e}") for e in ("xlf", "XLIFF", "po", "pot", "tmx", "csv"))


def test_suppression_silences_only_the_named_rule_of_its_unit(tmp_path):
    text = (DATA / "sample.xlf").read_text(encoding="utf-8")
    path = tmp_path / "a.xlf"
    path.write_text(text.replace("<note>checker: ignore NUM001</note>", ""), encoding="utf-8")
    _, doc = scan_json(path)
    assert ("t5", "NUM001") in {(f["unit"], f["rule"]) for f in findings(doc)}
    path.write_text(text.replace("ignore NUM001", "ignore mixed-digit-scripts"), encoding="utf-8")
    _, doc = scan_json(path)
    assert ("t5", "NUM001") not in {(f["unit"], f["rule"]) for f in findings(doc)}
    path.write_text(text.replace("ignore NUM001", "ignore"), encoding="utf-8")
    _, doc = scan_json(path)
    assert not [f for f in findings(doc) if f["unit"] == "t5"]


def test_other_target_languages_are_not_checked_unless_forced(tmp_path):
    path = tmp_path / "de.xlf"
    path.write_text((DATA / "sample.xlf").read_text(encoding="utf-8").replace('"mr-IN"', '"de-DE"'), encoding="utf-8")
    r, doc = scan_json(path)
    assert not doc["files"][0]["sentences"] and "target language de-DE not checked" in r.stderr
    _, doc = scan_json(path, "--lang", "mr")
    assert doc["files"][0]["sentences"]


def test_a_csv_without_source_and_target_columns_is_not_guessed(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("city,population\nPune,3000000\n", encoding="utf-8")
    r, _ = scan_json(path)
    assert r.exit_code == 2 and "needs a header row naming its source and target columns" in r.stderr


def test_pre_commit_hooks_cover_the_translation_formats():
    import re
    import yaml
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    for hook in ("checker-translations", "checker-translations-fix"):
        files = re.compile(hooks[hook]["files"])
        assert all(files.search(f"l10n/mr.{e}") for e in ("xlf", "xliff", "po", "pot", "tmx"))
        assert not files.search("notes.txt")
        assert any(d.startswith("translate-toolkit") for d in hooks[hook]["additional_dependencies"])
    assert hooks["checker-translations-fix"]["entry"] == "checker scan --force-exclude --fix"


def test_baseline_hides_recorded_findings_of_translation_files(tmp_path):
    for name in ("sample.xlf", "sample.po"):
        shutil.copy(DATA / name, tmp_path / name)
    files = [tmp_path / "sample.xlf", tmp_path / "sample.po"]
    base = tmp_path / "base.json"
    r, _ = scan_json(*files, "--write-baseline", base)
    assert r.exit_code == 0
    r, doc = scan_json(*files, "--baseline", base)
    assert r.exit_code == 0 and not findings(doc)        # TAG001 (a unit rule) too
    assert "findings in the baseline not shown" in r.stderr
