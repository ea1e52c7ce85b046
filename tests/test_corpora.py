"""Golden tests over corpora/ (the seeds) and corpora/challenge/ (documents on other topics and
names, written to measure how the rules generalise): recall on the annotated errors, no error on
the clean spans.

The recall floors only ever rise: raise them when a rule family lands or improves.
"""
import collections
import json

from typer.testing import CliRunner

from checker.cli import app
from conftest import CORPORA

RECALL_FLOOR = 1.0  # every seed error (47 of 47)
CHALLENGE = CORPORA / "challenge"
CHALLENGE_RECALL_FLOOR = 0.98  # 82 of 83 at the time of writing


def _tsv(name, directory=CORPORA):
    rows = []
    for raw in (directory / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            rows.append(raw.split("\t"))
    return rows


def _overlaps(x, lo, hi):
    return x["col"] - 1 < hi and lo < x["end_col"] - 1


def _needle_spans(line, needle):
    i = line.find(needle)
    while i >= 0:
        yield i, i + len(needle)
        i = line.find(needle, i + 1)


def _score(directory=CORPORA):
    files = sorted(directory.glob("*.txt"))
    out = CliRunner().invoke(app, ["scan", "--format", "json", *map(str, files)]).stdout
    findings = collections.defaultdict(list)
    for f in json.loads(out)["files"]:
        name = f["path"].rsplit("/", 1)[-1]
        for s in f["sentences"]:
            for x in s["findings"]:
                findings[(name, x["line"])].append(x)
    text = {p.name: p.read_text(encoding="utf-8").split("\n") for p in files}
    items = collections.defaultdict(list)
    for row in _tsv("expected-errors.tsv", directory):
        items[row[0]].append(row)
    found = set()
    for iid, alts in items.items():
        for _, fn, ln, needle, cats, *_ in alts:
            for lo, hi in _needle_spans(text[fn][int(ln) - 1], needle):
                if any(x["category"] in cats.split(",") and _overlaps(x, lo, hi) for x in findings[(fn, int(ln))]):
                    found.add(iid)
    false_errors = []
    for fn, ln, needle, *_ in _tsv("expected-clean.tsv", directory):
        for lo, hi in _needle_spans(text[fn][int(ln) - 1], needle):
            false_errors += [(needle, x["rule"]) for x in findings[(fn, int(ln))]
                             if x["severity"] == "error" and _overlaps(x, lo, hi)]
    return found, items, false_errors


def test_recall_and_no_error_on_clean_spans():
    found, items, false_errors = _score()
    recall = len(found) / len(items)
    print(f"corpora recall {len(found)}/{len(items)} = {recall:.2f}")
    assert not false_errors
    assert recall >= RECALL_FLOOR


def test_challenge_recall_and_no_error_on_clean_spans():
    found, items, false_errors = _score(CHALLENGE)
    recall = len(found) / len(items)
    print(f"challenge recall {len(found)}/{len(items)} = {recall:.2f}; missed {sorted(set(items) - found)}")
    assert not false_errors
    assert recall >= CHALLENGE_RECALL_FLOOR


def test_challenge_annotations_point_at_their_lines():
    """Every needle of the challenge annotations is on the line it names (a typo would hide a miss)."""
    text = {p.name: p.read_text(encoding="utf-8").split("\n") for p in CHALLENGE.glob("*.txt")}
    for _, fn, ln, needle, *_ in _tsv("expected-errors.tsv", CHALLENGE):
        assert needle in text[fn][int(ln) - 1], (fn, ln, needle)
    for fn, ln, needle, *_ in _tsv("expected-clean.tsv", CHALLENGE):
        assert needle in text[fn][int(ln) - 1], (fn, ln, needle)
