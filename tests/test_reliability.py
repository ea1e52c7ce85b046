"""Reliability: no input may hang or crash a scan, lose bytes on --fix, or lose a line.

Defects found by fuzzing (~300,000 library inputs, 9,400 files through the CLI). Time is never
asserted in absolute terms: a scan of a long token is compared with one ten times shorter, and
an alarm only turns a hang into a failure.
"""
from __future__ import annotations

import gc
import json
import os
import signal
import stat
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from checker import InputError, check_file, check_text
from checker.analysis.numbers import parse_numbers
from checker.cli import app
from checker.normalize.segment import split_sentences
from checker.pipeline import clear_memos
from conftest import CORPORA

runner = CliRunner()
RATIO = 50  # linear work grows 10x from 10k to 100k characters, quadratic 100x: room for a busy machine
HANG = 120  # seconds: not a bound on speed (a linear 100k scan takes about one), only on hanging


@contextmanager
def alarm(seconds: float):
    """A hang becomes a TimeoutError (the test fails instead of blocking the suite)."""
    def expired(*_):
        raise TimeoutError(f"still running after {seconds:.0f} s")
    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _scan_time(text: str, **kw) -> float:
    """CPU seconds to scan `text` (a busy machine's other processes do not count), the garbage
    collector paused: its full passes walk every object loaded (lexicons, tables), so their cost
    follows the allocations (linear) but lands on the long scan in a few large, noisy lumps."""
    clear_memos()
    gc.collect()
    gc.disable()
    try:
        t = time.process_time()
        check_text(text, **kw)
        return time.process_time() - t
    finally:
        gc.enable()


def growth(make, short: int = 10_000, long: int = 100_000, **kw) -> float:
    """How much longer a scan of `make(long)` takes than one of `make(short)` (best of three and
    of two: the first large scan of a process also pays for growing its memory)."""
    with alarm(HANG):
        _scan_time(make(100), **kw)  # lazy tables loaded before anything is timed
        base = min(_scan_time(make(short), **kw) for _ in range(3))
        return min(_scan_time(make(long), **kw) for _ in range(2)) / max(base, 1e-3)


def run(unit: str, prefix: str = "आहे "):
    """`n` characters of `unit` repeated, after a word that sets the language."""
    return lambda n: prefix + (unit * n)[:n]


# -- linear time on long tokens (property) --------------------------------------------------------

_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DEVANAGARI = "कखगचजटडतदनपबमयरलवशसह" + "ािीुूेैोौं्"
_URDU = "ابپتٹثجچحخدڈذرڑزسشصطعغفقکگلمنوہیے"
_DIGITS = "0123456789०१२३४५६७८९۰۱۲۳۴۵۶۷۸۹"
_SEPARATORS = "-_.,/:،٫٬'"


def _units():
    digit = st.sampled_from(_DIGITS)
    return st.one_of(
        st.tuples(st.just("latin"), st.text(_LATIN, min_size=1, max_size=3)),
        st.tuples(st.just("devanagari"), st.text(_DEVANAGARI, min_size=1, max_size=4)),
        st.tuples(st.just("urdu"), st.text(_URDU, min_size=1, max_size=4)),
        st.tuples(st.just("digits"), st.text(_DIGITS, min_size=1, max_size=3)),
        st.tuples(st.just("chain"), st.builds(lambda d, s: d + s, st.text(_DIGITS, min_size=1, max_size=2),
                                              st.sampled_from(_SEPARATORS))),
        st.tuples(st.just("chain"), st.builds(lambda d, s: d + s, digit, st.sampled_from(_SEPARATORS))),
    )


@settings(max_examples=12, deadline=timedelta(seconds=120), suppress_health_check=[HealthCheck.too_slow])
@given(unit=_units(), prefix=st.sampled_from(["आहे ", "ہے "]))
def test_scan_time_grows_linearly_on_long_tokens(unit, prefix):
    _, text = unit
    assert growth(run(text, prefix)) <= RATIO


@pytest.mark.parametrize("unit", ["a", "a-", "a_", "1,", "a,"])  # D2: the address pattern; REP005's lists
def test_whole_scan_linear_on_a_long_latin_word_and_comma_chain(unit):
    assert growth(run(unit), short=2_000, long=20_000) <= RATIO


# -- D1: NUM004's URL test on number chains --------------------------------------------------------

@pytest.mark.parametrize("sep", ["-", "_", "."])
def test_d1_in_url_linear_on_a_number_chain(sep):
    assert growth(run("1" + sep), short=1_000, long=10_000) <= RATIO


@pytest.mark.parametrize("text, inside", [
    ("https://x.com/a/10,000", True), ("www.1-2", True), ("see abc.de/12", True), ("abc.de/x-1-2-3", True),
    ("x.com/a 10", False), ("1-1-1-1", False), ("abc.de 12", False), ("12 https://x.com", False),
    ("x.com/1 2", False),
])
def test_d1_in_url_still_reads_the_run_before_the_number(text, inside):
    assert parse_numbers(text)[-1].in_url is inside


# -- D3: ORT002 after a long word --------------------------------------------------------------------

def test_d3_split_ra_linear_after_a_long_word_and_still_found():
    make = lambda n: ("चालणारी" * n)[:n] + " बर् याच."  # noqa: E731
    assert growth(make, short=2_000, long=20_000) <= RATIO
    assert "ORT002" in {f.rule for f in check_text(make(5_000)).findings}


# -- D4: numbers too long for int() ------------------------------------------------------------------

LONG = "1" * 5_000


def test_d4_long_number_is_text_for_num010():
    report = check_text(f"{LONG} आहे. {'१' * 5000} आहे.\n", select=["NUM"])
    assert len(report.sentences) == 2


def test_d4_long_number_in_the_source_is_text_for_num011():
    report = check_text("हे 12 आहे.\n", source=[f"It is {LONG} and 12."])
    assert not [f for f in report.findings if f.rule == "NUM011" and f.severity.value == "error"]


def test_d4_check_file_and_cli_go_on_after_a_long_number(tmp_path):
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text(f"आहे {LONG}\n२०२० मध्ये. 2020 मध्ये.\n", encoding="utf-8")
    good.write_text("२०२23 मध्ये\n", encoding="utf-8")
    check_file(str(big))
    result = runner.invoke(app, ["scan", "--format", "json", str(big), str(good)])
    assert result.exit_code == 1, result.output
    assert [len(f["sentences"]) for f in json.loads(result.stdout)["files"]] == [3, 1]


# -- D5: --fix and --diff on a .tsv -----------------------------------------------------------------

def test_d5_fix_on_tsv_changes_only_the_target_column(tmp_path):
    p = tmp_path / "a.tsv"
    data = "He said it.\tतो म्हणाला ठीक आहे .\r\nHe said\t، ठीक आहे.\nThird.\tतिसरे .\n".encode()
    p.write_bytes(data)
    result = runner.invoke(app, ["scan", "--fix", str(p)])
    assert result.exit_code in (0, 1), result.output
    assert p.read_bytes() == data.replace(" .".encode(), b".")  # tabs, CRLF and the source column kept


def test_d5_fix_report_on_tsv_is_the_scan_report(tmp_path):
    p = tmp_path / "pairs.tsv"
    p.write_bytes((CORPORA / "scoring" / "pairs.tsv").read_bytes())
    scan = json.loads(runner.invoke(app, ["scan", "--format", "json", str(p)]).stdout)
    fixed = json.loads(runner.invoke(app, ["scan", "--fix", "--format", "json", str(p)]).stdout)
    assert fixed["files"] == scan["files"]
    assert fixed["summary"]["sentences"] == 3
    assert "NUM011" in {x["rule"] for s in fixed["files"][0]["sentences"] for x in s["findings"]}


def test_d5_diff_on_tsv_keeps_the_tab(tmp_path):
    p = tmp_path / "a.tsv"
    p.write_text("Source.\tहे ठीक आहे .\n", encoding="utf-8")
    out = runner.invoke(app, ["scan", "--diff", str(p)]).stdout
    assert "+Source.\tहे ठीक आहे." in out


# -- D7: lone CR line endings -----------------------------------------------------------------------

def test_d7_lone_cr_ends_a_line(tmp_path):
    p = tmp_path / "cr.txt"
    p.write_bytes("पहिली ओळ.\rदुसरी ओळ २०२23 मध्ये.\r".encode())
    report = check_file(str(p))
    assert [s.line for s in report.sentences] == [1, 2]
    assert {f.line for f in report.findings if f.rule == "NUM001"} == {2}
    assert [s.line for s in check_text("एक.\rदोन.").sentences] == [1, 2]


def test_d7_fix_keeps_the_lone_cr(tmp_path):
    p = tmp_path / "cr.txt"
    p.write_bytes("पहिली ओळ .\rदुसरी ओळ .\r\nतिसरी.".encode())
    runner.invoke(app, ["scan", "--fix", str(p)])
    assert p.read_bytes() == "पहिली ओळ.\rदुसरी ओळ.\r\nतिसरी.".encode()


# -- D8: FIFOs and devices ---------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_d8_fifo_is_an_input_error_and_other_files_are_reported(tmp_path):
    fifo, good = tmp_path / "pipe.txt", tmp_path / "good.txt"
    os.mkfifo(fifo)
    good.write_text("२०२23 मध्ये\n", encoding="utf-8")
    with alarm(30):
        result = runner.invoke(app, ["scan", "--format", "json", str(fifo), str(good)])
        assert result.exit_code == 2
        errors = [x for x in result.stderr.splitlines() if str(fifo) in x]
        assert len(errors) == 1 and "not a regular file" in errors[0]
        assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(good)]
        skipped = runner.invoke(app, ["scan", "--format", "json", str(tmp_path)])  # a directory scan skips it
        assert [f["path"] for f in json.loads(skipped.stdout)["files"]] == [str(good)]
        with pytest.raises(InputError, match="named pipe"):
            check_file(str(fifo))
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_d8_device_is_an_input_error():
    with alarm(30), pytest.raises(InputError, match="character device"):
        check_file("/dev/null")


# -- D9: lines that normalisation empties ------------------------------------------------------------

@pytest.mark.parametrize("line, rule", [("ـــ", "ORT005"), ("\u200b", "ORT006"), ("\u061c", None),
                                        ("\u064e\u064f", None), ("ـ ـ", "ORT005")])
def test_d9_every_non_blank_line_has_a_sentence(line, rule):
    report = check_text(f"یہ کتاب ہے۔\n{line}\n\n  \n")
    assert [s.line for s in report.sentences] == [1, 2]
    assert report.sentences[1].text == line
    if rule:
        assert rule in {f.rule for f in report.sentences[1].findings}


# -- D10: a glossary row that rejects its own preferred form -----------------------------------------

def test_d10_glossary_rejecting_its_preferred_form_is_an_input_error(tmp_path):
    g = tmp_path / "terms.tsv"
    g.write_text("english\tur\tmr\treject\nBank\tبینک\tबँक\tबँक|बॅंक\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"row 2 \(Bank\).*'बँक'"):
        check_text("बँक", glossary=str(g))
    result = runner.invoke(app, ["scan", "--glossary", str(g), str(CORPORA / "mr-deepseek-news.txt")])
    assert result.exit_code == 2 and "row 2" in result.stderr


# -- D11: the library's arguments --------------------------------------------------------------------

def test_d11_unknown_language_is_an_error():
    with pytest.raises(InputError, match="unknown language 'xx'"):
        check_text("२०२23 मध्ये", language="xx")


def test_d11_select_and_ignore_take_one_string():
    as_list = [f.rule for f in check_text("२०२23 मध्ये", select=["NUM"]).findings]
    assert as_list and [f.rule for f in check_text("२०२23 मध्ये", select="NUM").findings] == as_list
    assert not [f for f in check_text("२०२23 मध्ये", ignore="NUM").findings if f.rule.startswith("NUM")]


def test_d11_source_and_reference_from_python(tmp_path):
    target, source = "सुमारे 3,768 प्रकरणे.\n", ["Some 39,768 cases."]
    report = check_text(target, source=source)
    assert [f.rule for f in report.findings if f.rule == "NUM011"] == ["NUM011"]
    assert report.sentences[0].source == source[0]
    src = tmp_path / "src.en.txt"
    src.write_text(source[0] + "\n", encoding="utf-8")
    hyp = tmp_path / "hyp.mr.txt"
    hyp.write_text(target, encoding="utf-8")
    report = check_file(str(hyp), source=str(src), reference=["सुमारे 39,768 प्रकरणे."])
    assert "NUM011" in {f.rule for f in report.findings}
    assert report.sentences[0].reference and report.sentences[0].scores
    with pytest.raises(InputError, match="line-aligned"):
        check_text(target, source=["a", "b"])


# -- D13: dotted initials ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [("U.S. मध्ये डॉ. राव आले!", 1), ("ते U.K. आणि U.S.A. ला गेले.", 1),
                                     ("हे सत्य आहे. पुढे गेले.", 2), ("तो A. आला. नंतर गेला.", 2)])
def test_d13_dotted_initials_do_not_end_a_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_d2_address_spans_linear_on_long_latin_tokens():
    from checker.analysis.latin import address_spans
    def seconds(text):
        t = time.process_time()
        address_spans(text)
        return time.process_time() - t
    for unit in ("abcdefghij", "a-", "a.", "a+", "a@"):
        with alarm(HANG):
            short = min(seconds((unit * 10_000)[:10_000]) for _ in range(5))
            long = min(seconds((unit * 100_000)[:100_000]) for _ in range(2))
        assert long / max(short, 1e-4) <= RATIO
    assert address_spans("mail a.b+c@ex-ample.co.in now") == [(5, 25)]
    assert address_spans("see foo-bar.com/x and x_y") == [(4, 17), (22, 25)]


def test_directory_scan_skips_virtualenvs_and_version_control(tmp_path):
    for rel in (".venv/lib/site-packages/pkg/LICENSE.txt", "node_modules/x/README.txt", ".git/info/a.txt",
                "docs/__pycache__/b.txt", "docs/a.txt", "b.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("हे वाक्य ठीक आहे.\n", encoding="utf-8")
    from checker.discovery import expand
    found = sorted(Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)]))
    assert found == ["b.txt", "docs/a.txt"]
    named = list(expand([str(tmp_path / ".git")]))  # named on the command line: searched
    assert [Path(p).name for p in named] == ["a.txt"]
