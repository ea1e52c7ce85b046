"""`checker filter`: every input row ends in exactly one output, in input order; malformed rows are
rejected with their row number and reason, and the run goes on; each input format."""
import io
import json

import pytest

from checker.corpus import engine
from checker.corpus import filter as flt

GOOD = ("About 20,000 people came.", "सुमारे 20,000 लोक आले.")
BAD = ("It was 2024.", "२०२23 मध्ये")                    # NUM001, an error
INFO = ("It was fine.", "क्वारलिंटने योजना आणली. क्वारलिंटच्या योजनेवर टीका झाली. क्वारलेंटने माघार घेतली नाही.")  # CON001, info
MISMATCH = ("The company raised 1.5 million dollars.", "कंपनीने १. million दशलक्ष डॉलर्स उभे केले.")  # NUM011 and others


def _filter(run_cli, tmp_path, name, data: bytes, *args):
    path = tmp_path / name
    path.write_bytes(data)
    kept, rejected = tmp_path / f"kept-{name}", tmp_path / "rejected.jsonl"
    done = run_cli("filter", path, "--kept", kept, "--rejected", rejected, *args)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in rejected.read_text(encoding="utf-8").splitlines()]
    return kept.read_bytes(), rows, done.stderr.decode()


def test_text(run_cli, tmp_path):
    data = "\n".join([GOOD[1], BAD[1], INFO[1], ""]).encode() + b"\xff\xfe broken\n" + b"a\x00b\n" + GOOD[1].encode()
    kept, rejected, summary = _filter(run_cli, tmp_path, "c.txt", data)
    assert kept == "\n".join([GOOD[1], INFO[1], ""]).encode() + GOOD[1].encode()  # byte for byte, the last without LF
    assert [r["row"] for r in rejected] == [2, 4, 5]
    assert rejected[0]["reasons"][0]["rule"] == "NUM001" and rejected[0]["text"] == BAD[1]
    assert rejected[1]["error"].startswith("invalid UTF-8 at byte 1") and rejected[1]["raw"] == "\\xff\\xfe broken"
    assert "NUL" in rejected[2]["error"]
    assert "6 rows: 3 kept, 3 rejected (2 malformed" in summary


def test_reject_on_and_select(run_cli, tmp_path):
    data = "\n".join([GOOD[1], BAD[1], INFO[1]]).encode() + b"\n"
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.txt", data, "--reject-on", "info")
    assert kept == (GOOD[1] + "\n").encode() and [r["row"] for r in rejected] == [2, 3]
    assert {x["rule"] for x in rejected[1]["reasons"]} == {"CON001"}
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.txt", data, "--select", "CON", "--reject-on", "info")
    assert [r["row"] for r in rejected] == [3]
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.txt", data, "--ignore", "NUM001")
    assert rejected == []


def test_tsv_with_its_source(run_cli, tmp_path):
    rows = ["\t".join(GOOD), "one column", "\t".join(MISMATCH), "a\tb\tc", "", "\t".join(BAD)]
    data = ("\r\n".join(rows) + "\r\n").encode()
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.tsv", data)
    assert kept == ("\t".join(GOOD) + "\r\n\r\n").encode()  # a blank line is an empty pair, kept
    assert [(r["row"], r.get("error", "").split(";")[0]) for r in rejected] == \
           [(2, "1 tab-separated column"), (3, ""), (4, "3 tab-separated columns"), (6, "")]
    assert "NUM011" in {x["rule"] for x in rejected[1]["reasons"]} and rejected[1]["source"] == MISMATCH[0]


def test_jsonl_named_fields(run_cli, tmp_path):
    objs = [{"en": GOOD[0], "mr": GOOD[1], "id": 1}, {"en": "x"}, {"en": "y", "mr": 3}, {"en": MISMATCH[0], "mr": MISMATCH[1]}]
    lines = [json.dumps(o, ensure_ascii=False) for o in objs] + ["not json", "[1, 2]", json.dumps({"mr": GOOD[1]})]
    data = ("\n".join(lines) + "\n").encode()
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.jsonl", data, "--text-field", "mr", "--source-field", "en")
    assert kept == (lines[0] + "\n").encode()
    assert [(r["row"], r.get("error")) for r in rejected] == [
        (2, "missing field 'mr'"), (3, "field 'mr' is int, not a string"), (4, None),
        (5, rejected[3]["error"]), (6, "a JSON list, not an object"), (7, "missing field 'en'")]
    assert rejected[3]["error"].startswith("invalid JSON")
    # without a source field, the row that lacks one is fine (and row 4 has errors of its own)
    kept, rejected, _ = _filter(run_cli, tmp_path, "c.jsonl", data, "--text-field", "mr")
    assert kept == (lines[0] + "\n" + lines[6] + "\n").encode()
    assert [r["row"] for r in rejected] == [2, 3, 4, 5, 6] and "NUM011" not in json.dumps(rejected)


def test_parquet_column(run_cli, tmp_path):
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'checker-ur-mr[parquet]')")
    import pyarrow.parquet as pq
    table = pa.table({"id": [1, 2, 3, 4], "en": [GOOD[0], BAD[0], None, MISMATCH[0]],
                      "mr": [GOOD[1], BAD[1], GOOD[1], None]})
    path = tmp_path / "c.parquet"
    pq.write_table(table, path, row_group_size=2)
    kept, rejected = tmp_path / "kept.parquet", tmp_path / "rejected.jsonl"
    done = run_cli("filter", path, "--text-field", "mr", "--source-field", "en", "--kept", kept, "--rejected", rejected)
    assert done.returncode == 0, done.stderr
    assert pq.read_table(kept).to_pylist() == [{"id": 1, "en": GOOD[0], "mr": GOOD[1]}]
    rows = [json.loads(x) for x in rejected.read_text(encoding="utf-8").splitlines()]
    assert [(r["row"], r.get("error")) for r in rows] == [(2, None), (3, "missing field 'en'"), (4, "missing field 'mr'")]
    done = run_cli("filter", path, "--text-field", "nope", "--rejected", rejected, "-o", kept)
    assert done.returncode == 2 and b"no column 'nope'" in done.stderr


def test_stdin_and_stdout(run_cli, tmp_path):
    rejected = tmp_path / "r.jsonl"
    done = run_cli("filter", "-", "--rejected", rejected, "-q", stdin="\n".join([BAD[1], GOOD[1]]).encode())
    assert done.returncode == 0 and done.stdout == GOOD[1].encode() and done.stderr == b""
    assert json.loads(rejected.read_text())["row"] == 1


def test_usage_errors(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("x\n")
    done = run_cli("filter", tmp_path / "missing.txt", "--rejected", tmp_path / "r.jsonl")
    assert done.returncode == 2 and b"no such file" in done.stderr
    done = run_cli("filter", tmp_path / "a.txt", "--rejected", tmp_path / "r", "--kept", tmp_path / "r")
    assert done.returncode == 2 and b"the same output" in done.stderr
    done = run_cli("filter", tmp_path / "a.txt", "--rejected", tmp_path / "r", "--select", "NOPE999")
    assert done.returncode == 2 and b"unknown rule" in done.stderr


@pytest.mark.parametrize("document", [False, True])
def test_partitions_change_nothing(tmp_path, document):
    """Rows cut into many small partitions (as Dask gets them) give the same outputs, in order."""
    rows = [GOOD[1], BAD[1], INFO[1].split(". ")[0] + ".", "क्वारलेंटने माघार घेतली नाही.", "x\ty"] * 40
    path = tmp_path / "c.txt"
    path.write_bytes(("\n".join(rows) + "\n").encode() + b"\xff\n")
    opts = flt.FilterOptions(engine.setup_for(), "info", document=document)
    outputs = []
    for size in (1 << 30, 97, 1000):
        kept, rejected = io.BytesIO(), io.BytesIO()
        stats = flt.filter_file(str(path), opts, kept, rejected, partition_bytes=size)
        outputs.append((kept.getvalue(), rejected.getvalue()))
        assert stats.rows == 201 and stats.kept + stats.rejected == 201 and stats.malformed == 1
    assert outputs[0] == outputs[1] == outputs[2]
    kept_rows = outputs[0][0].decode().splitlines()
    rejected_rows = [json.loads(x)["row"] for x in outputs[0][1].decode().splitlines()]
    assert sorted([i + 1 for i, r in enumerate(rows) if r in kept_rows] + rejected_rows) == list(range(1, 202))
    # the name spelled two ways in different rows is a finding only in one document
    assert (b"CON001" in outputs[0][1]) == document
