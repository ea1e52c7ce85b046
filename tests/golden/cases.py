"""The scans whose reports must stay byte-identical: every format on the seeds, corpora/ and the
shared data, and --fix, --diff, --jobs 2, baselines, --source/--reference and .tsv input.

`python tests/golden/cases.py` records each case's digest (exit status, stdout, stderr and any
file the scan wrote) in tests/golden/digests.json; tests/test_golden.py compares against it.
The goldens were made from main before the engine redesign (issue 18: commit a46899d, with this
file); the four SARIF cases were made again when TAG001 joined the rules, after checking that its
rule descriptor (and the rule indexes after it) is the only difference. The corpora and data
cases were made again when a directory scan began to leave out .txt files with no Urdu or
Marathi letters (English sources), after checking that those files and the stderr notes about
them are the only difference; the data cases also when ORT008 began to report a chain of torn
tokens as one finding.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIGESTS = Path(__file__).with_name("digests.json")
SHARED = ROOT.parent / "shared"  # ../shared beside the checkout
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
FORMATS = ["text", "json", "jsonl", "csv", "sarif", "github", "html"]

# (name, arguments, files copied into the scan's working folder, files to digest after, slow)
CASES: list[tuple[str, list[str], dict, list[str], bool]] = []


def case(name, args, copies=None, written=(), slow=False):
    CASES.append((name, list(args), dict(copies or {}), list(written), slow))


for fmt in FORMATS:
    case(f"seeds-{fmt}", ["scan", "-f", fmt, str(SEEDS)])
    case(f"corpora-{fmt}", ["scan", "-f", fmt, "--glob", "**/*.txt", str(ROOT / "corpora")])
    case(f"data-{fmt}-j2", ["scan", "-f", fmt, "-j", "2", "--glob", "**/*.txt", str(DATA)],
         slow=fmt not in ("json", "jsonl"))
case("data-json-j1", ["scan", "-f", "json", "-j", "1", "--glob", "**/*.txt", str(DATA)], slow=True)
case("tico-mr-json-j2", ["scan", "-f", "json", "-j", "2", str(DATA / "clean/tico19.mr.txt")])
case("tico-ur-jsonl-j2", ["scan", "-f", "jsonl", "-j", "2", str(DATA / "mt/tico19.nllb600m.ur.txt")])
case("corpora-json-j2", ["scan", "-f", "json", "-j", "2", "--glob", "**/*.txt", str(ROOT / "corpora")])
case("seeds-lang-ur", ["scan", "-f", "json", "--lang", "ur", str(SEEDS)])
case("seeds-select", ["scan", "-f", "text", "--select", "NUM,punctuation", "--ignore", "NUM001", str(SEEDS)])
case("seeds-fail-warning", ["scan", "-f", "github", "--fail-on", "warning", str(SEEDS)])
case("seeds-fail-never", ["scan", "-f", "csv", "--fail-on", "never", str(SEEDS)])
case("glossary", ["scan", "-f", "json", "--glossary", str(ROOT / "corpora/glossary.example.tsv"),
                  "--glob", "**/*.txt", str(ROOT / "corpora")])
case("stdin", ["scan", "-f", "json", "-"])  # stdin: the first seed
SCORING = ROOT / "corpora/scoring"
for fmt in ("text", "json", "jsonl", "html", "csv"):
    case(f"aligned-{fmt}", ["scan", "-f", fmt, "--reference", str(SCORING / "reference.mr.txt"),
                            "--source", str(SCORING / "source.en.txt"), str(SCORING / "hypothesis.mr.txt")])
    case(f"tsv-{fmt}", ["scan", "-f", fmt, str(SCORING / "pairs.tsv")])
case("aligned-normalized", ["scan", "-f", "json", "--reference", str(SCORING / "reference.mr.txt"),
                            "--normalize-before-scoring", str(SCORING / "hypothesis.mr.txt")])
case("source-only", ["scan", "-f", "json", "--source", str(SCORING / "source.en.txt"),
                     str(SCORING / "hypothesis.mr.txt")])
case("score", ["score", "-f", "json", "--reference", str(SCORING / "reference.mr.txt"),
               str(SCORING / "hypothesis.mr.txt")])
case("diff-seeds", ["scan", "--diff", str(SEEDS)])
case("diff-unsafe-corpora", ["scan", "--diff", "--unsafe-fixes", "--glob", "**/*.txt", str(ROOT / "corpora")])
case("diff-tsv", ["scan", "--diff", "--unsafe-fixes", str(SCORING / "pairs.tsv")])
seed_copies = {f"s/{p.name}": p for p in sorted(SEEDS.glob("*.txt"))}
challenge = {f"c/{p.name}": p for p in sorted((ROOT / "corpora/challenge").glob("*.txt"))}
case("fix-seeds", ["scan", "--fix", "-f", "json", "s"], seed_copies, list(seed_copies))
case("fix-unsafe-challenge", ["scan", "--fix", "--unsafe-fixes", "c"], challenge, list(challenge))
case("fix-tsv", ["scan", "--fix", "--unsafe-fixes", "-f", "json", "p.tsv"], {"p.tsv": SCORING / "pairs.tsv"}, ["p.tsv"])
case("write-baseline", ["scan", "--write-baseline", "b.json", "c"], challenge, ["b.json"])
case("baseline", ["scan", "-f", "json", "--baseline", "b.json", "c", "s"],
     {**challenge, **seed_copies, "b.json": "@write-baseline"})
case("output-file", ["scan", "-f", "sarif", "-o", "r.sarif", "s"], seed_copies, ["r.sarif"])
case("config", ["scan", "-f", "json", "s"],
     {**seed_copies, "s/.checker.toml": 'fail-on = "warning"\n[severity]\nNUM001 = "info"\n'
                         '[per-file-ignores]\n"004*" = ["PUN"]\n'})
case("missing-file", ["scan", "-f", "json", "nope.txt", "s"], seed_copies)
case("big-streamed-jsonl-j1", ["scan", "-f", "jsonl", "-j", "1", "big.txt"], {"big.txt": "@big"}, slow=True)
# main lost PUN004 findings in blocks that one process gives (its paired-line facts were compared by
# identity after pickling): the golden of this case is the one-process report
case("big-streamed-jsonl-j2", ["scan", "-f", "jsonl", "-j", "2", "big.txt"], {"big.txt": "@big"}, slow=True)


def _big(path: Path) -> None:
    """A file past the streaming size (16 MB): the shared text three times over."""
    parts = [p.read_bytes() for p in sorted(DATA.glob("**/*.txt"))]
    with open(path, "wb") as out:
        for _ in range(3):
            for p in parts:
                out.write(p if p.endswith(b"\n") else p + b"\n")


def _setup(folder: Path, copies: dict, made: dict) -> None:
    for target, source in copies.items():
        dest = folder / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source == "@big":
            _big(dest)
        elif isinstance(source, str) and source.startswith("@"):
            dest.write_bytes(made[source[1:]])
        elif isinstance(source, Path):
            shutil.copyfile(source, dest)
        else:
            dest.write_text(source, encoding="utf-8")


def _local(arg: str, folder: Path) -> str:
    """An argument naming a file or folder of the checkout or of ../shared, copied into the scan's
    folder and named relative to it: reports (SARIF fingerprints too) must not depend on where the
    checkout and ../shared are on this machine."""
    for base, name in ((SHARED, "shared"), (ROOT, "root")):
        if arg.startswith(str(base) + os.sep):
            rel = Path(arg).relative_to(base)
            dest = folder / name / rel
            if not dest.exists():
                dest.parent.mkdir(parents=True, exist_ok=True)
                if Path(arg).is_dir():
                    shutil.copytree(arg, dest)
                else:
                    shutil.copyfile(arg, dest)
            return f"{name}/{rel.as_posix()}"
    return arg


def run(name: str, args: list, copies: dict, written: list, made: dict) -> tuple[str, dict]:
    """(digest of everything the case produced, files it wrote by name)."""
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        folder = Path(tmp)
        _setup(folder, copies, made)
        args = [_local(a, folder) for a in args]
        env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
        env.pop("CHECKER_DEBUG", None)
        stdin = (SEEDS / "000_5d90b263e9166116.txt").read_bytes() if args[-1] == "-" else None
        p = subprocess.run([sys.executable, "-m", "checker", *args], input=stdin, capture_output=True,
                           cwd=folder, env=env, timeout=900)
        here = str(folder).encode()  # a temporary folder's name differs from run to run
        p.stdout, p.stderr = p.stdout.replace(here, b"<tmp>"), p.stderr.replace(here, b"<tmp>")
        h = hashlib.sha256(f"exit {p.returncode}\n".encode())
        h.update(p.stdout)
        h.update(b"\0stderr\0" + p.stderr)
        files = {}
        for w in written:
            data = (folder / w).read_bytes() if (folder / w).exists() else b"<missing>"
            files[w] = data
            h.update(f"\0{w}\0".encode() + data)
        return h.hexdigest(), files, p


def digests(slow: bool = True, keep: Path | None = None) -> dict:
    out, made = {}, {}
    for name, args, copies, written, is_slow in CASES:
        if is_slow and not slow:
            continue
        digest, files, p = run(name, args, copies, written, made)
        if name == "write-baseline":
            made[name] = files["b.json"]
        out[name] = digest
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{name}.out").write_bytes(p.stdout + b"\n--stderr--\n" + p.stderr)
    return out


if __name__ == "__main__":
    keep = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    DIGESTS.write_text(json.dumps(digests(keep=keep), indent=1, sort_keys=True) + "\n", encoding="utf-8")
