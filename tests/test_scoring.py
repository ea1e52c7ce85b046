"""Reference scoring (checker score, scan --reference/--source, .tsv input) against sacrebleu's own command line."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.scoring.reference import score_lines
from conftest import ROOT

runner = CliRunner()
TICO = ROOT.parent / "shared" / "data" / "clean"

# Short lines written for these tests; line 2 holds two sentences; line 4 of the hypothesis is blank.
MR_REF = ["मुंबईत आज जोरदार पाऊस पडला.",
          "शाळा बंद राहतील. उद्या परीक्षा होणार नाही.",
          "सरकारने ५० कोटी रुपयांची मदत जाहीर केली.",
          "रस्त्यावर पाणी साचले आहे."]
MR_HYP = ["मुंबईमध्ये आज जोरदार पाऊस झाला.",
          "शाळा बंद असतील. उद्या परीक्षा नाही.",
          "सरकारने 50 कोटी रुपये मदत जाहीर केली.",
          ""]
UR_REF = ["کراچی میں آج تیز بارش ہوئی۔", "حکومت نے امداد کا اعلان کیا۔", "سکول کل بند رہیں گے۔"]
UR_HYP = ["کراچی میں آج بہت بارش ہوئی۔", "حکومت نے مدد کا اعلان کیا ہے۔", "اسکول کل بند رہیں گے۔"]
EN = ["Heavy rain fell in Mumbai today.", "Schools will stay closed. There will be no exam tomorrow.",
      "The government announced aid of Rs 50 crore.", "Water has collected on the roads."]


def _write(path: Path, lines) -> Path:
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return path


def _sacrebleu(*args) -> str:
    proc = subprocess.run([sys.executable, "-m", "sacrebleu", *map(str, args)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _cli_corpus(ref, hyp, width=1) -> dict:
    """Corpus chrF, chrF++ and BLEU as sacrebleu's command line prints them."""
    out = {}
    for metric, extra, key in (("chrf", [], "chrF"), ("chrf", ["--chrf-word-order", "2"], "chrF++"),
                               ("bleu", ["-tok", "intl"], "BLEU")):
        out[key] = json.loads(_sacrebleu(ref, "-i", hyp, "-m", metric, *extra, "-w", width, "-f", "json"))["score"]
    return out


def _cli_sentences(ref, hyp, width=1) -> dict:
    out = {}
    for metric, extra, key in (("chrf", [], "chrF"), ("chrf", ["--chrf-word-order", "2"], "chrF++"),
                               ("bleu", ["-tok", "intl"], "BLEU")):
        text = _sacrebleu(ref, "-i", hyp, "-m", metric, *extra, "-w", width, "--sentence-level")
        out[key] = [float(re.match(r"\S+ = (\S+)", x).group(1)) for x in text.splitlines()]
    return out


@pytest.mark.parametrize("lang", ["mr", "ur"])
def test_scores_match_sacrebleu_command_line(tmp_path, lang):
    ref_lines, hyp_lines = (MR_REF, MR_HYP) if lang == "mr" else (UR_REF, UR_HYP)
    ref, hyp = _write(tmp_path / "ref.txt", ref_lines), _write(tmp_path / "hyp.txt", hyp_lines)
    r = runner.invoke(app, ["score", "--format", "json", str(hyp), "--reference", str(ref)])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    summary = report["summary"]["scores"]
    for width in (1, 4):
        cli = _cli_corpus(ref, hyp, width)
        assert {k: round(summary[k], width) for k in cli} == pytest.approx(cli, abs=1e-9)
    assert "tok:intl" in summary["signatures"]["BLEU"] and "eff:no" in summary["signatures"]["BLEU"]
    assert "nw:2" in summary["signatures"]["chrF++"] and "nw:0" in summary["signatures"]["chrF"]
    cli = _cli_sentences(ref, hyp, 4)
    for key, values in cli.items():
        assert [round(s["scores"][key], 4) for s in report["segments"]] == pytest.approx(values, abs=1e-9)
    assert len(report["segments"]) == len(ref_lines)


def test_table_output(tmp_path):
    ref, hyp = _write(tmp_path / "ref.txt", MR_REF), _write(tmp_path / "hyp.txt", MR_HYP)
    r = runner.invoke(app, ["score", str(hyp), "-r", str(ref)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["line", "chrF", "chrF++", "BLEU"]
    corpus = score_lines(MR_HYP, MR_REF).corpus
    assert f"chrF {corpus['chrF']:.1f}, chrF++ {corpus['chrF++']:.1f}, BLEU {corpus['BLEU']:.1f}" in r.stdout
    assert "nrefs:1|case:mixed|eff:no|tok:intl" in r.stdout
    r = runner.invoke(app, ["score", str(hyp), "-r", str(ref), "--tokenize", "13a"])
    assert "tok:13a" in r.stdout


def test_scan_carries_source_reference_and_line_scores(tmp_path):
    ref, hyp = _write(tmp_path / "ref.txt", MR_REF), _write(tmp_path / "hyp.txt", MR_HYP)
    src = _write(tmp_path / "src.txt", EN)
    r = runner.invoke(app, ["scan", "--format", "json", "--fail-on", "never", str(hyp), "--reference", str(ref),
                            "--source", str(src)])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    sentences = report["files"][0]["sentences"]
    expected = score_lines(MR_HYP, MR_REF)
    assert [s["line"] for s in sentences] == [1, 2, 2, 3]  # line 2 holds two sentences, line 4 is blank
    for s in sentences:
        assert s["source"] == EN[s["line"] - 1] and s["reference"] == MR_REF[s["line"] - 1]
        assert s["scores"] == expected.segments[s["line"] - 1]  # the segment is the line
        assert set(s["scores"]) == {"chrF", "chrF++", "BLEU"}
    scores = report["summary"]["scores"]
    assert {k: scores[k] for k in ("chrF", "chrF++", "BLEU")} == {k: expected.corpus[k] for k in ("chrF", "chrF++", "BLEU")}
    assert set(scores["signatures"]) >= {"chrF", "chrF++", "BLEU"} and scores["segment"] == "line"
    # text report ends with the corpus scores; without --reference there are no score keys at all
    r = runner.invoke(app, ["scan", "--fail-on", "never", str(hyp), "--reference", str(ref)])
    assert r.stdout.splitlines()[-1].startswith("corpus scores (4 lines")
    r = runner.invoke(app, ["scan", "--format", "json", "--fail-on", "never", str(hyp)])
    report = json.loads(r.stdout)
    assert "scores" not in report["summary"]
    assert not any({"source", "reference", "scores"} & set(s) for s in report["files"][0]["sentences"])


def test_tsv_input_carries_source_and_keeps_columns_in_the_file(tmp_path):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("".join(f"{e}\t{m}\n" for e, m in zip(EN[:3], ["२०२23 मध्ये पाऊस पडला.", *MR_HYP[1:3]])),
                   encoding="utf-8")
    ref = _write(tmp_path / "ref.txt", MR_REF[:3])
    r = runner.invoke(app, ["scan", "--format", "json", str(tsv), "--reference", str(ref)])
    report = json.loads(r.stdout)
    lines = tsv.read_text(encoding="utf-8").splitlines()
    sentences = report["files"][0]["sentences"]
    assert sentences[0]["text"] == "२०२23 मध्ये पाऊस पडला." and sentences[0]["source"] == EN[0]
    findings = [f for s in sentences for f in s["findings"]]
    assert findings and r.exit_code == 1
    for s in sentences:
        assert s["text"] == lines[s["line"] - 1][s["col"] - 1:s["end_col"] - 1]
        for f in s["findings"]:
            assert f["text"] == lines[f["line"] - 1][f["col"] - 1:f["end_col"] - 1]
    r = runner.invoke(app, ["score", "-f", "json", str(tsv), "-r", str(ref)])
    assert [x["source"] for x in json.loads(r.stdout)["segments"]] == EN[:3]
    # without --reference a .tsv is still read as two columns
    r = runner.invoke(app, ["scan", "--format", "json", str(tsv)])
    assert [s["source"] for s in json.loads(r.stdout)["files"][0]["sentences"]][:1] == [EN[0]]


@pytest.mark.parametrize("case", ["score-ref", "scan-ref", "scan-source", "tsv-columns", "two-files", "empty"])
def test_misaligned_input_is_one_line_and_exit_2(tmp_path, run_cli, case):
    hyp, ref = _write(tmp_path / "hyp.txt", MR_HYP), _write(tmp_path / "ref.txt", MR_REF[:3])
    src = _write(tmp_path / "src.txt", EN[:2])
    args, name = {
        "score-ref": (["score", hyp, "--reference", ref], "ref.txt"),
        "scan-ref": (["scan", hyp, "--reference", ref], "ref.txt"),
        "scan-source": (["scan", hyp, "--source", src], "src.txt"),
        "tsv-columns": (["scan", _write(tmp_path / "bad.tsv", ["only one column"])], "bad.tsv"),
        "two-files": (["scan", hyp, ref, "--reference", hyp], "--reference"),
        "empty": (["score", _write(tmp_path / "e.txt", []), "-r", _write(tmp_path / "f.txt", [])], "nothing to score"),
    }[case]
    proc = run_cli(*args)
    assert proc.returncode == 2
    err = [x for x in proc.stderr.decode("utf-8").splitlines() if x.strip()]
    assert len(err) == 1 and name in err[0] and "Traceback" not in err[0], err
    if case in ("score-ref", "scan-ref"):
        assert "3 lines" in err[0] and "4" in err[0]


@pytest.mark.parametrize("hyp,ref", [
    # Arabic kaf and yeh (U+0643, U+064A) where Urdu has keheh and farsi yeh
    ("پاكستان ميں بارش", "پاکستان میں بارش"),
    # eyelash ra in its two encodings: RRA + virama, and RA + virama + ZWJ
    ("दर्\u200dया आणि त्यांच्या घर्\u200dयात", "दऱ्या आणि त्यांच्या घऱ्यात"),
])
def test_normalisation_moves_the_score(tmp_path, hyp, ref):
    raw = score_lines([hyp], [ref])
    norm = score_lines([hyp], [ref], normalize=True)
    assert raw.corpus["chrF"] < 100 and norm.corpus["chrF"] == pytest.approx(100)
    assert norm.raw.corpus["chrF"] == raw.corpus["chrF"]
    h, r = _write(tmp_path / "h.txt", [hyp]), _write(tmp_path / "r.txt", [ref])
    out = runner.invoke(app, ["score", "-f", "json", "--normalize-before-scoring", str(h), "-r", str(r)])
    scores = json.loads(out.stdout)["summary"]["scores"]
    assert scores["normalized"] is True
    assert scores["delta"]["chrF"] == pytest.approx(scores["chrF"] - scores["unnormalized"]["chrF"])
    assert scores["delta"]["chrF"] > 0
    assert scores["unnormalized"]["chrF"] == pytest.approx(raw.corpus["chrF"])
    seg = json.loads(out.stdout)["segments"][0]["scores"]
    assert seg["chrF"] > seg["unnormalized"]["chrF"]
    out = runner.invoke(app, ["score", "--normalize-before-scoring", str(h), "-r", str(r)])
    assert "unnormalised" in out.stdout and "Δ chrF" in out.stdout


@pytest.mark.skipif(not (TICO / "tico19.mr.txt").exists(), reason="../shared/data/clean not beside the checkout")
def test_tico19_matches_sacrebleu_command_line(tmp_path):
    """Real human Marathi against a perturbed copy of itself (every 7th word dropped), first 300 lines."""
    ref_lines = (TICO / "tico19.mr.txt").read_text(encoding="utf-8").splitlines()[:300]
    hyp_lines = [" ".join(w for i, w in enumerate(x.split()) if i % 7 != 3) for x in ref_lines]
    ref, hyp = _write(tmp_path / "ref.txt", ref_lines), _write(tmp_path / "hyp.txt", hyp_lines)
    r = runner.invoke(app, ["score", "--format", "json", str(hyp), "--reference", str(ref)])
    summary = json.loads(r.stdout)["summary"]["scores"]
    cli = _cli_corpus(ref, hyp, 2)
    assert {k: round(summary[k], 2) for k in cli} == pytest.approx(cli, abs=1e-9)
    assert 0 < summary["BLEU"] < 100
