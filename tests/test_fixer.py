"""Fixes: safe/unsafe, --diff, and the write guarantees (atomic, BOM, line endings, bytes outside the
fixed spans, idempotence, undecodable files never written, overlapping fixes). The property tests
use made-up rules so that they hold for any rule, not only today's."""
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

import checker.rules
from checker import fixer
from checker.cli import app
from checker.model import Category, Fix, Reported, Severity
from checker.rules.base import Rule
from checker.requests import Fixing, RuleChoice, ScanRequest, Targets
from checker.workflow import scan


def _request(path: str, fix: bool = False, unsafe: bool = False) -> ScanRequest:
    return ScanRequest(targets=Targets(paths=(path,)), rules=RuleChoice(isolated=True),
                       fixing=Fixing(fix=fix, unsafe=unsafe))
from conftest import CORPORA

runner = CliRunner()
DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"
SAFE_FIXED = "वापरल्या जाणाऱ्या चिप्स २०२23 मध्ये.\n"
ALL_FIXED = "वापरल्या जाणाऱ्या चिप्स २०२२३ मध्ये.\n"


def invoke(*args):
    """Only the two rules these texts are written for: rules added later must not change them."""
    return runner.invoke(app, ["scan", "--select", "NUM001,ORT001", *map(str, args)])


# ---- the command line on real rules

def test_fix_applies_only_safe_fixes_and_reports_the_rest(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    r = invoke("--fix", "--format", "json", p)
    assert p.read_text(encoding="utf-8") == SAFE_FIXED
    report = json.loads(r.stdout)
    assert [x["rule"] for s in report["files"][0]["sentences"] for x in s["findings"]] == ["NUM001"]
    assert r.exit_code == 1 and "fixed 1 finding in 1 file" in r.stderr


def test_unsafe_fixes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    r = invoke("--fix", "--unsafe-fixes", p)
    assert p.read_text(encoding="utf-8") == ALL_FIXED
    assert r.exit_code == 0


def test_diff_shows_and_does_not_write(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    before = p.stat().st_mtime_ns
    r = invoke("--diff", "--unsafe-fixes", p)
    assert r.exit_code == 1
    assert f"--- a/{p}" in r.stdout and f"-{DAMAGED}" in r.stdout and f"+{ALL_FIXED}" in r.stdout
    assert p.read_text(encoding="utf-8") == DAMAGED and p.stat().st_mtime_ns == before
    clean = tmp_path / "clean.txt"
    clean.write_text(ALL_FIXED, encoding="utf-8")
    r = invoke("--diff", clean)
    assert r.exit_code == 0 and r.stdout == ""


def test_fix_and_diff_together_is_a_usage_error(tmp_path, run_cli):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--fix", "--diff", p)
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    proc = run_cli("scan", "--fix", "-", stdin=DAMAGED.encode())
    assert proc.returncode == 2 and b"standard input" in proc.stderr


def test_bom_crlf_and_other_bytes_kept(tmp_path):
    p = tmp_path / "a.txt"
    original = ("\ufeff" + "पहिली ओळ\u200d ठीक.\r\n" + DAMAGED.rstrip("\n") + "\r\nशेवट  \t\n\nno newline").encode()
    p.write_bytes(original)
    invoke("--fix", "--unsafe-fixes", p)
    expected = original.replace("जाणार्या".encode(), "जाणाऱ्या".encode()).replace("२०२23".encode(), "२०२२३".encode())
    assert p.read_bytes() == expected


def test_fix_twice_changes_nothing_on_the_seeds(tmp_path):
    def fix(p):  # every rule, today's and tomorrow's
        return runner.invoke(app, ["scan", "--fix", "--unsafe-fixes", str(p)])
    for seed in ("mr-deepseek-news.txt", "ur-deepseek-news.txt"):
        p = tmp_path / seed
        shutil.copy(CORPORA / seed, p)
        fix(p)
        once = p.read_bytes()
        r = fix(p)
        assert p.read_bytes() == once and "fixed 0 findings" in r.stderr
        # every line without a fixable finding is byte for byte the seed's
        report = json.loads(runner.invoke(app, ["scan", "--format", "json", str(CORPORA / seed)]).stdout)
        fixable = {x["line"] for s in report["files"][0]["sentences"] for x in s["findings"] if x["fix"]}
        seed_lines = (CORPORA / seed).read_bytes().split(b"\n")
        fixed_lines = once.split(b"\n")
        assert len(seed_lines) == len(fixed_lines)
        for n, (a, b) in enumerate(zip(seed_lines, fixed_lines), 1):
            assert (a == b) or n in fixable


def test_undecodable_file_is_never_written(tmp_path, run_cli):
    p = tmp_path / "bad.txt"
    data = DAMAGED.encode() + b"\xff\xfe broken\n"
    p.write_bytes(data)
    proc = run_cli("scan", "--fix", "--unsafe-fixes", p)
    assert proc.returncode == 2 and b"invalid UTF-8" in proc.stderr
    assert p.read_bytes() == data


def test_write_is_atomic(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    calls = []
    real_replace = os.replace

    def failing_replace(src, dst):
        calls.append((src, dst))
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", failing_replace)
    r = invoke("--fix", p)
    assert r.exit_code == 2 and "cannot write the fixes" in r.stderr
    assert p.read_text(encoding="utf-8") == DAMAGED
    assert os.listdir(tmp_path) == ["a.txt"]               # the temporary file is gone
    src, dst = calls[0]
    assert os.path.dirname(src) == str(tmp_path) and dst == str(p.resolve())
    monkeypatch.setattr(os, "replace", real_replace)
    assert invoke("--fix", p).exit_code == 1 and p.read_text(encoding="utf-8") == SAFE_FIXED


def test_permissions_and_symlinks_kept(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DAMAGED, encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    invoke("--fix", link)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == SAFE_FIXED
    assert (target.stat().st_mode & 0o777) == 0o640


def test_changed_while_checked_is_not_overwritten(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"new content\n")
    with pytest.raises(OSError):
        fixer.write_atomic(str(p), b"fixed\n", expect=b"old content\n")
    assert p.read_bytes() == b"new content\n"


# ---- made-up rules: the fixer must hold for any rule

class AsciiDigits(Rule):
    """Made up: ASCII digits.

    Why: a test. Instead: Devanagari digits."""
    code, name, category, severity, fixable = "TST001", "ascii-digits", Category.NUMBER, Severity.ERROR, True

    def check(self, sentence):
        for m in regex.finditer(r"[0-9]+", sentence.text):
            fixed = "".join(chr(0x966 + int(c)) for c in m.group())
            yield self.finding(m.start(), m.end(), "ascii digits", Fix(fixed, safe=True))


class DigitsBeforeX(Rule):
    """Made up: overlaps TST001 (a number followed by x).

    Why: a test. Instead: X."""
    code, name, category, severity, fixable = "TST002", "digits-before-x", Category.NUMBER, Severity.WARNING, True

    def check(self, sentence):
        for m in regex.finditer(r"[0-9]+x", sentence.text):
            yield self.finding(m.start(), m.end(), "number and x", Fix("X", safe=True))


class Foo(Rule):
    """Made up: the word foo, unsafe.

    Why: a test. Instead: bar."""
    code, name, category, severity, fixable = "TST003", "foo", Category.TERMINOLOGY, Severity.INFO, True

    def check(self, sentence):
        for m in regex.finditer(r"foo", sentence.text):
            yield self.finding(m.start(), m.end(), "foo", Fix("bar", safe=False))


FAKE = (AsciiDigits(), DigitsBeforeX(), Foo())


@pytest.fixture
def fake_rules(monkeypatch):
    monkeypatch.setattr(checker.rules, "all_rules", lambda: FAKE)


def test_overlapping_fixes_on_one_line_skip_the_later(fake_rules):
    def reported(col, end, text, repl, rule):
        return Reported(rule, rule, Category.NUMBER, Severity.ERROR, 1, col, end, text, "", Fix(repl, True), 0)
    text = "ab 12x cd\n"
    edits = fixer.plan(text, [reported(4, 7, "12x", "X", "TST002"), reported(4, 6, "12", "१२", "TST001"),
                              reported(5, 7, "2x", "Y", "TST009")])
    assert [(e.start, e.end, e.rule) for e in edits] == [(3, 5, "TST001")]
    assert fixer.apply(text, edits) == "ab १२x cd\n"


LINE_ALPHABET = st.sampled_from(list("ab x09 foo.।") + ["\u200d", "क", "ा", "्", "र", "य", "۔", "ی", "ک", "\r"])
LINE = st.text(LINE_ALPHABET, max_size=25)


@st.composite
def documents(draw):
    lines = draw(st.lists(LINE, max_size=6))
    endings = draw(st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(lines), max_size=len(lines)))
    text = "".join(l + e for l, e in zip(lines, endings))
    if lines and draw(st.booleans()):
        text = text[:-len(endings[-1])]  # no final line break
    return text, draw(st.booleans())


def _endings(data: bytes) -> list[bytes]:
    return [b"\r\n" if i > 0 and data[i - 1:i] == b"\r" else b"\n" for i, c in enumerate(data) if c == 10]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=documents(), unsafe=st.booleans())
def test_fix_properties_for_any_rule(fake_rules, doc, unsafe):
    text, bom = doc
    original = fixer.encode(text, bom)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "doc.txt"
        p.write_bytes(original)
        scan(_request(str(p), fix=True, unsafe=unsafe))
        once = p.read_bytes()
        # BOM and every line ending stay; lines without digits, x or foo stay byte for byte
        assert once.startswith(b"\xef\xbb\xbf") == bom
        assert _endings(once) == _endings(original)
        for a, b in zip(original.split(b"\n"), once.split(b"\n")):
            if not regex.search(rb"[0-9]|foo", a):
                assert a == b
        assert not regex.search(r"[0-9]", once.decode("utf-8-sig").replace("\u200d", ""))
        # fixing again changes nothing, and a scan without --fix never writes
        scan(_request(str(p), fix=True, unsafe=unsafe))
        assert p.read_bytes() == once
        mtime = p.stat().st_mtime_ns
        scan(_request(str(p)))
        assert p.stat().st_mtime_ns == mtime


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from(list("abc\r\n")), max_size=30),
       spans=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 4), st.text("XYZ\n", max_size=3)), max_size=8))
def test_plan_apply_only_touch_accepted_spans(text, spans):
    starts = fixer.line_starts(text)
    findings = []
    for pos, length, repl in spans:
        a, b = pos, min(pos + length, len(text))
        if a >= b:
            continue
        line = max(i for i, s in enumerate(starts) if s <= a)
        col = a - starts[line] + 1
        findings.append(Reported("R", "r", Category.NUMBER, Severity.ERROR, line + 1, col, col + b - a,
                                 text[a:b], "", Fix(repl, True), 0))
    edits = fixer.plan(text, findings)
    for e1, e2 in zip(edits, edits[1:]):
        assert e1.end <= e2.start
    for e in edits:
        assert "\n" not in text[e.start:e.end] + e.replacement and "\r" not in text[e.start:e.end]
    out = fixer.apply(text, edits)
    # rebuild the original from the output: every character outside the edits is where it was
    pos, rebuilt, shift = 0, [], 0
    for e in edits:
        rebuilt.append(out[pos + shift:e.start + shift])
        rebuilt.append(text[e.start:e.end])
        shift += len(e.replacement) - (e.end - e.start)
        pos = e.end
    rebuilt.append(out[pos + shift:])
    assert "".join(rebuilt) == text


@pytest.mark.parametrize("data", [
    "\ufeffवापरल्या जाणार्या चिप्स.\r\nदुसरी ओळ आहे.\n",          # the BOM was left out of the diff
    "एक\u2028दोन जाणार्या चिप्स.\nतीन\x0cचार\rपाच जाणार्या",       # lines were cut at U+2028, FF, a lone CR
])
def test_diff_applies_with_patch(tmp_path, run_cli, data):
    """The diff keeps the BOM on its first line and cuts lines at LF only, so patch and git apply take it."""
    import subprocess
    data = data.encode("utf-8")
    (tmp_path / "a.txt").write_bytes(data)
    proc = run_cli("scan", "--diff", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.startswith(b"--- a/a.txt\n")
    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    subprocess.run(["patch", "-p1", "-s"], input=proc.stdout, cwd=tmp_path, check=True)
    assert (tmp_path / "a.txt").read_bytes() == data.replace("जाणार्या".encode(), "जाणाऱ्या".encode())


def test_diff_to_an_output_file(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text("वापरल्या जाणार्या चिप्स.\n", encoding="utf-8")
    proc = run_cli("scan", "--diff", "-o", tmp_path / "fix.patch", tmp_path / "a.txt")
    assert proc.returncode == 1 and proc.stdout == b""
    assert "+वापरल्या जाणाऱ्या" in (tmp_path / "fix.patch").read_text(encoding="utf-8")
