"""The command line, through typer's CliRunner and through real subprocesses."""
import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from checker.cli import app
from conftest import CORPORA

MR = CORPORA / "mr-deepseek-news.txt"
UR = CORPORA / "ur-deepseek-news.txt"
runner = CliRunner()


def test_json_contract_every_sentence_and_exact_spans():
    result = runner.invoke(app, ["scan", "--format", "json", str(MR), str(UR)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["checker"]["version"]
    assert report["summary"]["files"] == 2
    for f in report["files"]:
        lines = open(f["path"], encoding="utf-8").read().split("\n")
        assert f["language"] in ("ur", "mr")
        indices = [s["index"] for s in f["sentences"]]
        assert indices == list(range(len(indices)))
        covered = {s["line"] for s in f["sentences"]}
        assert covered == {i for i, x in enumerate(lines, 1) if x.strip()}
        for s in f["sentences"]:
            assert s["text"] == lines[s["line"] - 1][s["col"] - 1:s["end_col"] - 1]
            for x in s["findings"]:
                assert set(x) >= {"rule", "name", "category", "severity", "line", "col", "end_col", "text", "message", "fix"}
                assert x["text"] == lines[x["line"] - 1][x["col"] - 1:x["end_col"] - 1]
    total = sum(report["summary"]["findings"].values())
    assert total == sum(len(s["findings"]) for f in report["files"] for s in f["sentences"])


def test_text_format_has_location_and_marker():
    result = runner.invoke(app, ["scan", str(MR)])
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    # any rule may report first: check the location and code shape, not which rule it is
    assert re.match(rf"{re.escape(str(MR))}:\d+:\d+: [A-Z]{{3}}\d{{3}} (error|warning|info): ", first)
    assert "^" in result.stdout
    assert "errors" in result.stdout.splitlines()[-1]


def test_jsonl_one_sentence_per_line():
    result = runner.invoke(app, ["scan", "--format", "jsonl", str(MR)])
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == len([1 for r in rows]) and all(r["path"] == str(MR) for r in rows)
    assert sum(len(r["findings"]) for r in rows) > 0


def test_csv_one_row_per_finding():
    result = runner.invoke(app, ["scan", "--format", "csv", str(MR)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["rule"] and r["sentence"] for r in rows)


def test_fail_on_never_and_output_file(tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["scan", "--format", "json", "--fail-on", "never", "-o", str(out), str(MR)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["path"] == str(MR)


def test_clean_file_exits_zero(tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("ही एक साधी ओळ आहे.\nدوسری سطر ٹھیک ہے۔\n", encoding="utf-8")
    assert runner.invoke(app, ["scan", str(p)]).exit_code == 0


def test_select_and_ignore(tmp_path):
    r = runner.invoke(app, ["scan", "--format", "json", "--select", "NUM", str(MR)])
    rules = {x["rule"] for f in json.loads(r.stdout)["files"] for s in f["sentences"] for x in s["findings"]}
    assert rules and all(c.startswith("NUM") for c in rules)
    r = runner.invoke(app, ["scan", "--format", "json", "--ignore", "number", str(MR)])
    rules = {x["rule"] for f in json.loads(r.stdout)["files"] for s in f["sentences"] for x in s["findings"]}
    assert not any(c.startswith("NUM") for c in rules)
    r = runner.invoke(app, ["scan", "--select", "XYZ999", str(MR)])
    assert r.exit_code == 2


def test_lang_forced(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("plain words only\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", "--format", "json", "--lang", "ur", str(p)])
    assert json.loads(r.stdout)["files"][0]["sentences"][0]["language"] == "ur"


def test_rules_and_explain():
    r = runner.invoke(app, ["rules"])
    assert r.exit_code == 0 and "NUM001" in r.stdout and "mixed-digit-scripts" in r.stdout
    r = runner.invoke(app, ["explain", "num001"])
    assert r.exit_code == 0 and "Why:" in r.stdout
    assert runner.invoke(app, ["explain", "NOPE1"]).exit_code == 2


# ---- real subprocesses: bad input gives exit 2, one line naming the file, never a traceback ----

def _one_line_error(proc, name):
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.strip()]
    assert any(name in x for x in lines), err
    return lines


@pytest.mark.parametrize("case", ["missing", "invalid-utf8", "binary", "directory-without-text", "huge-line"])
def test_bad_input_exit_2_and_other_files_still_scanned(tmp_path, run_cli, case):
    good = tmp_path / "good.txt"
    good.write_text("२०२23 मध्ये\n", encoding="utf-8")
    bad = tmp_path / "sub" / "bad.txt"
    bad.parent.mkdir()
    if case == "invalid-utf8":
        bad.write_bytes("ठीक आहे\nदुसरी \xff ओळ\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    elif case == "binary":
        bad.write_bytes(b"abc\x00def\n")
    elif case == "huge-line":
        bad.write_bytes(b"a" * (10 * 1024 * 1024) + b"\n")
    elif case == "directory-without-text":
        bad = bad.parent
        (bad / "notes.md").write_text("x", encoding="utf-8")
    proc = run_cli("scan", "--format", "json", bad, good)
    assert proc.returncode == 2
    lines = _one_line_error(proc, str(bad))
    assert len(lines) == 1
    report = json.loads(proc.stdout)
    assert [f["path"] for f in report["files"]] == [str(good)]
    assert report["files"][0]["sentences"][0]["findings"]
    if case == "invalid-utf8":
        assert "line 2" in lines[0]


def test_unreadable_file(tmp_path, run_cli):
    import os
    p = tmp_path / "locked.txt"
    p.write_text("x", encoding="utf-8")
    p.chmod(0)
    if os.access(p, os.R_OK):  # running as root: permissions do not apply
        pytest.skip("cannot make a file unreadable as root")
    proc = run_cli("scan", p)
    assert proc.returncode == 2
    _one_line_error(proc, str(p))


def test_unreadable_path_is_a_directory_entry(tmp_path, run_cli):
    # a path that exists but cannot be read as a file (a FIFO would block; use a dangling symlink)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    proc = run_cli("scan", link)
    assert proc.returncode == 2
    _one_line_error(proc, str(link))


def test_empty_file_is_fine(tmp_path, run_cli):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    proc = run_cli("scan", "--format", "json", p)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["files"][0]["sentences"] == []


def test_stdin_bom_and_crlf(run_cli):
    data = "\ufeffपहिली ओळ २०२23.\r\nدوسری ۲۰19 سطر\r\n".encode("utf-8")
    proc = run_cli("scan", "--format", "json", "-", stdin=data)
    report = json.loads(proc.stdout)
    sentences = report["files"][0]["sentences"]
    assert [s["text"] for s in sentences] == ["पहिली ओळ २०२23.", "دوسری ۲۰19 سطر"]
    found = [x["text"] for s in sentences for x in s["findings"]]
    assert found == ["२०२23", "۲۰19"]
    assert proc.returncode == 1


def test_console_script_and_module_agree(run_cli):
    import subprocess
    import sys
    from pathlib import Path
    exe = Path(sys.executable).parent / "checker"
    assert exe.exists(), "the console script is installed beside the interpreter"
    a = subprocess.run([exe, "--version"], capture_output=True, text=True)
    b = run_cli("--version")
    assert a.stdout == b.stdout.decode() and "checker" in a.stdout


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_report_whole_and_in_order_with_or_without_pythonunbuffered(tmp_path, unbuffered):
    """Under PYTHONUNBUFFERED (set in many containers) stdout is still written in chunks; the
    report is the same, and an unreadable file's error still goes to stderr."""
    import os
    import subprocess
    import sys
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\n")
    files = [CORPORA / "mr-deepseek-news.txt", bad, CORPORA / "ur-deepseek-news.txt"]
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    proc = subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "jsonl", *map(str, files)],
                          capture_output=True, env=env, timeout=300)
    expected = subprocess.run([sys.executable, "-m", "checker", "scan", "--format", "jsonl", str(files[0]),
                               str(files[2])], capture_output=True, timeout=300).stdout
    assert proc.returncode == 2 and b"bad.txt: invalid UTF-8" in proc.stderr
    assert proc.stdout == expected and expected.count(b"\n") > 50


def test_bad_option_is_exit_2(run_cli):
    proc = run_cli("scan", "--format", "nope", CORPORA / "mr-deepseek-news.txt")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


# ---- commands added for the translator workflow

def test_normalize_prints_and_keeps_line_endings(tmp_path, run_cli):
    p = tmp_path / "k.txt"
    data = "\ufeffكتاب ہے\r\nजाणार\u200dया\n".encode("utf-8")
    p.write_bytes(data)
    proc = run_cli("normalize", p)
    assert proc.returncode == 0
    assert proc.stdout == "کتاب ہے\r\nजाणारया\n".encode("utf-8")
    assert p.read_bytes() == data
    assert run_cli("normalize", tmp_path / "missing.txt").returncode == 2


def test_rules_formats():
    rows = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert {"NUM001", "ORT001"} <= {r["code"] for r in rows}
    assert set(rows[0]) >= {"code", "name", "category", "severity", "languages", "fix", "summary"}
    md = runner.invoke(app, ["rules", "--format", "markdown"]).stdout.splitlines()
    assert md[0] == "| code | name | category | severity | languages | fix | what it finds |"
    assert any(line.startswith("| NUM001 | mixed-digit-scripts | number |") for line in md)


def test_no_command_changes_a_file_unless_asked(tmp_path):
    import shutil
    d = tmp_path / "c"
    d.mkdir()
    for p in (MR, UR):
        shutil.copy(p, d / p.name)
    (d / "crlf.txt").write_bytes("\ufeffवापरल्या जाणार्या चिप्स २०२23.\r\n".encode())
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in d.iterdir()}
    commands = [["scan", "--format", f, str(d)] for f in ("text", "json", "jsonl", "csv", "sarif", "github", "html")]
    commands += [["scan", "--diff", "--unsafe-fixes", str(d)], ["scan", "--unsafe-fixes", str(d)],
                 ["scan", "--write-baseline", str(tmp_path / "b.json"), str(d)],
                 ["scan", "--baseline", str(tmp_path / "b.json"), str(d)],
                 ["normalize", str(d / "crlf.txt")], ["rules"], ["explain", "ORT001"]]
    for c in commands:
        assert runner.invoke(app, c).exit_code in (0, 1), c
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in d.iterdir()} == before


def test_report_formats_to_output_files(tmp_path):
    for fmt in ("sarif", "github", "html"):
        out = tmp_path / f"r.{fmt}"
        r = runner.invoke(app, ["scan", "--format", fmt, "-o", str(out), str(MR)])
        assert r.exit_code == 1 and r.stdout == "" and out.stat().st_size > 100


def test_missing_glossary_is_exit_2(run_cli, tmp_path):
    proc = run_cli("scan", "--glossary", tmp_path / "none.tsv", MR)
    assert proc.returncode == 2 and b"none.tsv" in proc.stderr and b"Traceback" not in proc.stderr


# ---- progress bar: only for an interactive scan of many or large files

class Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_only_on_a_terminal_for_big_scans():
    from checker import progress
    assert progress.wanted(100, 0, Tty(), env={})
    assert progress.wanted(1, 10_000_000, Tty(), env={})
    assert not progress.wanted(3, 1000, Tty(), env={})              # small: ends before anyone looks
    assert not progress.wanted(100, 0, io.StringIO(), env={})      # piped
    assert not progress.wanted(100, 0, Tty(), env={"PRE_COMMIT": "1"})
    assert not progress.wanted(100, 0, Tty(), env={"CI": "true"})
    assert not progress.wanted(100, 0, Tty(), env={"TERM": "dumb"})


def test_progress_draws_and_clears():
    from checker.progress import Progress
    out = Tty()
    with Progress(2, 200, stream=out) as bar:
        bar.advance("a.txt", 100)
        bar.advance("b.txt", 100)
    text = out.getvalue()
    assert "2/2 files" in text and "[" + "#" * 24 + "]" in text and text.endswith("\r")


def test_progress_never_when_piped(tmp_path, run_cli):
    for i in range(25):
        (tmp_path / f"{i}.txt").write_text("ठीक आहे.\n", encoding="utf-8")
    proc = run_cli("scan", tmp_path)
    assert proc.returncode == 0 and b"\r" not in proc.stderr
    proc = run_cli("scan", "--progress", tmp_path)
    assert b"25/25 files" in proc.stderr


# ---- library API and start-up cost

def test_library_api_typed_findings(tmp_path):
    import checker
    report = checker.check_text("२०२23 मध्ये वापरल्या जाणार्या चिप्स", select=["NUM001"])
    assert [f.rule for f in report.findings] == ["NUM001"]
    f = report.findings[0]
    assert isinstance(f, checker.Reported) and isinstance(f.severity, checker.Severity)
    assert (f.line, f.col, f.end_col, f.text) == (1, 1, 6, "२०२23") and isinstance(f.fix, checker.Fix)
    assert not [f for f in checker.check_text("२०२23", ignore=["number"]).findings if f.rule == "NUM001"]
    p = tmp_path / "x.txt"
    p.write_bytes("\ufeffसाधारणतः १.8 लाख\r\n".encode())
    assert [x.text for x in checker.check_file(str(p), select=["NUM001"]).findings] == ["१.8"]
    p.write_bytes(b"\xff")
    with pytest.raises(checker.InputError):
        checker.check_file(str(p))
    with pytest.raises(checker.InputError):
        checker.check_text("x", select=["NOPE42"])


def test_imports_stay_lazy():
    import subprocess
    import sys
    probe = ("import sys, checker; a = sorted(m for m in sys.modules if m.startswith(('checker.', 'typer', 'regex')));"
             "import checker.cli; b = sorted(m for m in sys.modules if m.startswith(('checker.report', 'checker.pipeline', 'rich', 'checker.rules.', 'checker.workflow')));"
             "print(a, b)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip()
    assert out == "[] []", out


def test_explain_shows_the_fixes_of_the_examples():
    r = runner.invoke(app, ["explain", "ORT001"])
    assert "«जाणार्या» → «जाणाऱ्या» (safe)" in r.stdout


# ---- QA pass: each test below pins a bug that was found and fixed

DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"


def _stderr_line(proc):
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err and "╭" not in err, err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("args, needle", [
    (["scan", "--lang", "hi", "x.txt"], "'--lang'"),
    (["scan", "--format", "xml", "x.txt"], "'--format'"),
    (["scan", "--wat", "x.txt"], "--wat"),
    (["scan"], "PATH"),
    (["score", "x.txt"], "--reference"),
    (["sacn", "x.txt"], "scan"),
])
def test_usage_errors_are_one_line_and_exit_2(run_cli, args, needle):
    proc = run_cli(*args)
    assert proc.returncode == 2
    line = _stderr_line(proc)
    assert line.startswith("checker: error: ") and needle in line and "Value error" not in line


def test_help_is_plain_and_names_every_option_in_full(run_cli):
    proc = run_cli("scan", "--help")
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0 and "╭" not in out and "--normalize-before-scoring" in out
    assert "<str>" not in out and "-o, --output FILE" in out


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_report_or_baseline_never_overwrites_a_scanned_file(tmp_path, run_cli, option):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    for target, scanned in ((p, p), (p, tmp_path), (tmp_path / "." / "doc.txt", p)):
        proc = run_cli("scan", option, target, scanned)
        assert proc.returncode == 2 and "doc.txt" in _stderr_line(proc)
        assert p.read_text(encoding="utf-8") == DAMAGED


def test_write_baseline_never_replaces_a_file_that_is_not_a_baseline(tmp_path, run_cli):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n", encoding="utf-8")
    proc = run_cli("scan", "--write-baseline", notes, p)
    assert proc.returncode == 2 and "not a checker baseline" in _stderr_line(proc)
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    b = tmp_path / "b.json"
    assert run_cli("scan", "--write-baseline", b, p).returncode == 0
    assert run_cli("scan", "--write-baseline", b, p).returncode == 0   # a baseline is replaced


def test_output_into_a_missing_directory_fails_before_scanning(tmp_path, run_cli):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "-o", tmp_path / "no" / "r.json", "--format", "json", p)
    assert proc.returncode == 2 and "no such directory" in _stderr_line(proc) and proc.stdout == b""
    proc = run_cli("scan", "-o", tmp_path, p)
    assert proc.returncode == 2 and "directory" in _stderr_line(proc)


def test_output_to_dev_stdout_and_dash(tmp_path, run_cli):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    for target in ("-", "/dev/stdout"):
        proc = run_cli("scan", "--format", "json", "-o", target, p)
        assert proc.returncode == 1 and json.loads(proc.stdout)["summary"]["files"] == 1


def test_empty_select_is_an_error_not_every_rule(tmp_path, run_cli):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    for value in ("", " , "):
        proc = run_cli("scan", "--select", value, p)
        assert proc.returncode == 2 and "--select" in _stderr_line(proc)


@pytest.mark.parametrize("glob", ["/abs/*.txt", "../*.txt", ""])
def test_glob_must_be_relative(tmp_path, run_cli, glob):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--glob", glob, tmp_path / "sub")
    assert proc.returncode == 2 and "--glob" in _stderr_line(proc) and proc.stdout == b""


def test_a_file_named_twice_is_scanned_once(tmp_path, run_cli):
    p = tmp_path / "doc.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--format", "json", p, p, tmp_path, tmp_path / "." / "doc.txt")
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [str(p)]
    proc = run_cli("scan", "--fix", p, p)
    assert b"in 1 file" in proc.stderr and "जाणाऱ्या" in p.read_text(encoding="utf-8")


def test_standard_input_is_read_once(tmp_path, run_cli):
    ref = tmp_path / "r.txt"
    ref.write_text("x\n", encoding="utf-8")
    for args in (["scan", "-", "-"], ["scan", "-", "--reference", "-"], ["score", "-", "-r", "-"]):
        proc = run_cli(*args, stdin=b"x\n")
        assert proc.returncode == 2 and "standard input" in _stderr_line(proc)


def test_explain_accepts_a_rule_name(run_cli):
    proc = run_cli("explain", "mixed-digit-scripts")
    assert proc.returncode == 0 and proc.stdout.startswith(b"NUM001 mixed-digit-scripts")
    proc = run_cli("explain", "nope")
    assert proc.returncode == 2 and "unknown rule 'nope'" in _stderr_line(proc)


def test_broken_symlink_is_named_as_such(tmp_path, run_cli):
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    proc = run_cli("scan", link)
    assert proc.returncode == 2 and "broken symbolic link" in _stderr_line(proc)


def test_text_report_of_only_errors_has_no_empty_summary(tmp_path, run_cli):
    proc = run_cli("scan", tmp_path / "missing.txt")
    assert proc.returncode == 2 and proc.stdout == b""
    _stderr_line(proc)


def test_invalid_toml_encoding_is_named(tmp_path, run_cli):
    (tmp_path / ".checker.toml").write_bytes(b"\xff = 1\n")
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", tmp_path / "a.txt")
    assert proc.returncode == 2 and "not UTF-8" in _stderr_line(proc)


def test_config_and_no_config_conflict(tmp_path, run_cli):
    (tmp_path / "c.toml").write_text("select = ['NUM']\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--config", tmp_path / "c.toml", "--no-config", tmp_path / "a.txt")
    assert proc.returncode == 2 and "--no-config" in _stderr_line(proc)


def test_write_baseline_with_output_is_an_error(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--write-baseline", tmp_path / "b.json", "-o", tmp_path / "r.txt", tmp_path / "a.txt")
    assert proc.returncode == 2 and "--output" in _stderr_line(proc)
    assert not (tmp_path / "b.json").exists() and not (tmp_path / "r.txt").exists()


def test_reports_are_utf8_whatever_the_locale(tmp_path):
    """A latin-1 or ASCII stdout made every report an internal error (UnicodeEncodeError)."""
    import os
    import subprocess
    import sys
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    for encoding in ("latin-1", "ascii"):
        env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
        for fmt in ("json", "text"):
            proc = subprocess.run([sys.executable, "-m", "checker", "scan", "--format", fmt, str(tmp_path / "a.txt")],
                                  capture_output=True, env=env)
            assert proc.returncode == 1 and b"internal error" not in proc.stderr, proc.stderr
            assert "जाणार्या" in proc.stdout.decode("utf-8")
