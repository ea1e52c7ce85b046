"""Property tests: the invariants of the fuzz campaign (scripts/fuzz_campaign.py) on hypothesis'
inputs, which shrink a failure to a small example.

Inputs are realistic, damaged Urdu and Marathi: words of both scripts, digits of three scripts
joined by separators, punctuation, Latin words and addresses, ZWJ/ZWNJ, tatweel, harakat, bidi and
control characters, now and then any code point; files with a BOM or not and LF, CRLF or lone-CR
endings. The budget is bounded (a few hundred examples in all); hypothesis' per-example deadline
is generous (a busy shared machine) and only catches a hang or super-linear blow-up. The D items
of issue 22 have their own regression tests in test_reliability.py; the long campaign runs the
same checks a million times.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from checker import check_text, fixer, pipeline
from checker.engine import run as engine_run
from checker.parallel import ProcessPool
from checker.cli import app
from checker.loader import decode, lone_cr_as_lf
from test_reliability import alarm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import fuzz_campaign as fc  # noqa: E402

runner = CliRunner()
HANG = 120  # seconds of an alarm around each example: hypothesis' deadline only judges an example that ends
DEADLINE = timedelta(seconds=20)  # a scan of these inputs takes milliseconds; a hang takes for ever
FAST = settings(max_examples=60, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=8, deadline=timedelta(seconds=60), suppress_health_check=[HealthCheck.too_slow])

def no_hang(test):
    """Run each example under an alarm: a hang fails the example instead of blocking the suite."""
    @functools.wraps(test)
    def guarded(*args, **kwargs):
        with alarm(HANG):
            return test(*args, **kwargs)
    return guarded


# -- strategies ------------------------------------------------------------------------------------

_any = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\n\r")
_digits = st.sampled_from(fc.DIGITS).flatmap(lambda d: st.text(d, min_size=1, max_size=6))
_number = st.builds(lambda parts, sep: sep.join(parts), st.lists(_digits, min_size=1, max_size=4),
                    st.sampled_from(fc.SEPARATORS))
_word = st.one_of(st.sampled_from(fc.MR_WORDS + fc.UR_WORDS),
                  st.text(fc.MR_CONSONANTS + fc.MR_SIGNS + "्", min_size=1, max_size=8),
                  st.text(fc.UR_LETTERS, min_size=1, max_size=8))
token = st.one_of(_word, _word, _number, st.sampled_from(fc.PUNCTUATION), st.sampled_from(fc.LATIN_WORDS),
                  st.sampled_from(fc.ADDRESSES), st.sampled_from(fc.INVISIBLE + fc.MARKS + fc.CONTROLS),
                  st.text(_any, min_size=1, max_size=3))
_glue = st.sampled_from([" ", " ", " ", "", "  ", "\t"])
_damaged = st.lists(st.tuples(token, _glue), max_size=14).map(lambda ts: "".join(t + g for t, g in ts))
_repeated = st.builds(lambda t, n: " ".join([t] * n), token, st.integers(2, 6))  # doubled words, loops
line = st.one_of(_damaged, _damaged, _damaged, _repeated, st.just(""),
                 st.text(st.sampled_from(fc.INVISIBLE + fc.MARKS + [" "]), min_size=1, max_size=4))
ending = st.sampled_from(fc.ENDINGS)


@st.composite
def texts(draw, max_lines: int = 5) -> str:
    """A text with mixed line endings (lone CR included), and perhaps no final one."""
    lines = draw(st.lists(st.tuples(line, ending), min_size=1, max_size=max_lines))
    text = "".join(x + e for x, e in lines)
    return text[:-len(lines[-1][1])] if draw(st.booleans()) else text


@st.composite
def files(draw, max_lines: int = 5) -> bytes:
    """A file's bytes: one line-ending style or mixed, with or without a BOM."""
    style = draw(st.sampled_from(["\n", "\r\n", "\r", None]))
    text = draw(texts(max_lines))
    if style is not None:
        text = "".join(x + style for x in pipeline.split_lines(lone_cr_as_lf(text)[0]))
    return (("\ufeff" if draw(st.booleans()) else "") + text).encode("utf-8")


# -- library: spans, sentences, no exception ---------------------------------------------------------

@FAST
@given(text=texts())
@no_hang
def test_spans_read_the_original_text_and_every_line_has_a_sentence(text):
    report = check_text(text)  # a lone CR ends a line, as in a file
    as_read = lone_cr_as_lf(text)[0]
    fc.check_spans(as_read, report)
    fc.check_sentences(as_read, report)


@FAST
@given(text=st.text(_any | st.sampled_from("\n\r"), max_size=200))
@no_hang
def test_no_exception_on_any_unicode(text):
    report = check_text(text)
    fc.check_spans(lone_cr_as_lf(text)[0], report)


@FAST
@given(text=st.text(st.sampled_from(fc.INVISIBLE + fc.MARKS + fc.CONTROLS + ["\u0640", " ", "ـ", "۔", "।"]),
                    min_size=1, max_size=12))
@no_hang
def test_lines_of_marks_and_controls_only(text):
    report = check_text(f"یہ کتاب ہے۔\n{text}\n")
    fc.check_spans(f"یہ کتاب ہے۔\n{text}\n", report)
    fc.check_sentences(f"یہ کتاب ہے۔\n{text}\n", report)


@FAST
@given(text=texts(), language=st.sampled_from(["ur", "mr"]))
@no_hang
def test_forced_language_and_one_rule_family_keep_the_invariants(text, language):
    as_read = lone_cr_as_lf(text)[0]
    for select in (None, "NUM", "PUN", "ORT"):
        report = check_text(text, language, select=select)
        fc.check_spans(as_read, report)
        fc.check_sentences(as_read, report)


# -- library: fixes ---------------------------------------------------------------------------------

@FAST
@given(data=files(), unsafe=st.booleans())
@no_hang
def test_fixes_local_idempotent_and_the_file_kept(data, unsafe):
    """The whole file check of the campaign: spans, sentences, fixes local and idempotent, BOM
    and line endings kept, the diff applied equal to the fix."""
    fc.check_file_bytes(data, unsafe=unsafe)


@FAST
@given(text=texts())
@no_hang
def test_memo_does_not_change_a_report(text):
    fc.check_memo(lone_cr_as_lf(text)[0])


# -- --jobs ----------------------------------------------------------------------------------------

@settings(max_examples=15, deadline=timedelta(seconds=60), suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(line, min_size=2, max_size=12))
@no_hang
def test_jobs_two_is_jobs_one(lines):
    """The blocks of a text on two processes (the threshold lowered so a small text is split)."""
    text = "\n".join(lines) + "\n"
    with mock.patch.object(engine_run, "PARALLEL_MIN_LINES", 1):
        fc.check_jobs(text)


def test_jobs_a_line_of_paired_quotes_ends_the_window_in_a_worker_too():
    """Found by the campaign: PUN004's 'paired quotes' facts compared by identity lost their
    meaning when a --jobs worker pickled them; an unclosed quote was then dropped."""
    text = "ते «क्ष आहे.\nते \"ने\" आहे.\nڈاکٹر’’ ہے۔\n"
    with mock.patch.object(engine_run, "PARALLEL_MIN_LINES", 1):
        one = pipeline.check_text(text)
        assert [f.rule for f in one.findings if f.rule == "PUN004"] == ["PUN004", "PUN004"]
        assert pipeline.check_text(text, executor=ProcessPool(2)).to_json() == one.to_json()


# -- the command line ------------------------------------------------------------------------------

@contextmanager
def _in_tmp():
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        try:
            yield Path(d)
        finally:
            os.chdir(old)


def _expected_fix(data: bytes) -> bytes:
    source = decode(data, "a.txt")
    fixed = fixer.fix_text(source.text, fc._check, nonempty=frozenset(k + 1 for k in source.cr_lines))
    return fixer.encode(source.restore(fixed.text), source.bom)


@FEW
@given(data=files(max_lines=4))
@no_hang
def test_cli_fix_keeps_bom_and_endings_and_diff_applies_to_the_fix(data):
    with _in_tmp() as d:
        (d / "a.txt").write_bytes(data)
        diff = runner.invoke(app, ["scan", "--diff", "a.txt"])
        assert diff.exit_code in (0, 1), diff.output
        fixed = runner.invoke(app, ["scan", "--fix", "a.txt"])
        assert fixed.exit_code in (0, 1, 2), fixed.output
        after = (d / "a.txt").read_bytes()
        assert after == _expected_fix(data)
        assert fc._ENDING.findall(after.decode()) == fc._ENDING.findall(data.decode())
        assert after.startswith(b"\xef\xbb\xbf") == data.startswith(b"\xef\xbb\xbf")
        (d / "b.txt").write_bytes(data)
        # the bytes: CliRunner's text output turns CR LF into LF
        patch = diff.stdout_bytes.replace(b"a/a.txt", b"a/b.txt").replace(b"b/a.txt", b"b/b.txt")
        if patch.strip() and shutil.which("patch"):
            done = subprocess.run(["patch", "-p1", "--binary", "-s"], input=patch, cwd=d,
                                  capture_output=True, timeout=60)
            assert done.returncode == 0, done.stdout + done.stderr
            assert (d / "b.txt").read_bytes() == after
        assert runner.invoke(app, ["scan", "--diff", "a.txt"]).stdout.strip() == ""  # fixed: nothing left


@settings(max_examples=2, deadline=timedelta(seconds=300), suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(line, min_size=20, max_size=40))
@no_hang
def test_cli_jobs_two_report_is_jobs_one(lines):
    """A file long enough to be checked in line blocks (4,000 lines: its distinct lines repeat)."""
    body = "\n".join(lines[k % len(lines)] + ("" if k % 7 else f" {k}") for k in range(4_100)) + "\n"
    with _in_tmp() as d:
        (d / "big.txt").write_text(body, encoding="utf-8")
        one = runner.invoke(app, ["scan", "--format", "json", "--jobs", "1", "big.txt"])
        two = runner.invoke(app, ["scan", "--format", "json", "--jobs", "2", "big.txt"])
    assert one.exit_code == two.exit_code and one.exit_code in (0, 1)
    assert json.loads(two.stdout) == json.loads(one.stdout)


# -- a defect the campaign found: a fix that would empty the line after a lone CR ---------------------

def test_fix_keeps_a_lone_cr_before_a_line_the_fix_empties():
    """The campaign's lone-CR defect: the fix that would empty the line is not applied."""
    with _in_tmp() as d:
        data = "हे ठीक आहे.\r\u200b\nदुसरी ओळ.\n".encode()
        (d / "a.txt").write_bytes(data)
        runner.invoke(app, ["scan", "--fix", "a.txt"])
        after = (d / "a.txt").read_bytes()
        assert fc._ENDING.findall(after.decode()) == fc._ENDING.findall(data.decode())


# -- found by benchmarks/long_tokens.py: PUN007 on a long token of glued words -------------------------

@pytest.mark.parametrize("unit", ["कम.", "حک۔", "कम?", "कम।"])
def test_glued_sentences_linear_on_a_long_token_of_stops(unit):
    """PUN007 cut the token around each stop afresh: quadratic (20,000 characters of `कम.` took
    42 s); the token is now cut once."""
    from test_reliability import RATIO, growth, run
    assert growth(run(unit), short=2_000, long=20_000) <= RATIO
    assert [f.rule for f in check_text("पाऊस पडला आहे.तो थांबला.", select="PUN007").findings] == ["PUN007"]


# -- the campaign script --------------------------------------------------------------------------

def test_campaign_counts_every_invariant_and_replays(tmp_path, capsys):
    code = fc.main(["-n", "40", "--seed", "3", "--jobs-every", "0", "--memo-every", "10", "--out", str(tmp_path)])
    summary = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert summary["inputs"] == 40 and summary["seed"] == 3
    assert summary["counts"]["spans"]["checked"] == 40 and summary["counts"]["memo"]["checked"] == 4
    assert code == (1 if summary["failed"] else 0) and summary["failed_unknown"] == 0
    assert fc.make_input(3, 17) == fc.make_input(3, 17) != fc.make_input(3, 18)
    assert fc.main(["--replay", "3:17"]) in (0, 1) and "'" in capsys.readouterr().out


def test_unsafe_fixes_converge_on_a_chain_of_split_conjuncts():
    """ORT008 joined one pair of a chain of virama-split tokens per pass (the pairs overlap): 24 tokens
    needed more than fixer.MAX_PASSES passes (campaign seed 22, input 535365). A chain is one finding."""
    text = "हे " + " ".join(("कखगघचछजझटठडढतथदधनपफबभम" * 2)[k] + "्" for k in range(24)) + " आहे.\n"
    result = fixer.fix_text(text, fc._check, unsafe=True)
    assert result.converged and result.text.count(" ") == 2


def test_safe_fixes_converge_on_a_run_of_mismatched_closers():
    """PUN005 rewrote one closer of `"»»»…` per pass, and each rewrite paired the rest anew: 24 marks
    needed more than fixer.MAX_PASSES passes (campaign seed 22, input 961634). A closer that touches
    another quote mark is still reported, without a fix."""
    text = 'وہ "' + "»" * 24 + ' کہا۔\n'
    result = fixer.fix_text(text, fc._check, unsafe=False)
    assert result.converged and result.text == text
    assert "PUN005" in [f.rule for f in check_text(text).findings]
    assert fixer.fix_text('یہ "دوبارہ” ہے۔\n', fc._check).text == 'یہ "دوبارہ" ہے۔\n'
