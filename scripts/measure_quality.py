#!/usr/bin/env python3
"""Print the checker's quality figures on the measuring part of the data (for the README and notes).

Usage: python scripts/measure_quality.py [--data ../shared/data] [--cmd CMD] [--top 5]
                                         [--judged-human benchmarks/judged/human-sample.tsv]
                                         [--skip-eval] [--skip-tags] [--show-unmatched N]

Writes the measuring part of scripts/data_split.py to a temporary folder (so the figures never come
from stale files) and prints, in order:
  1. human text (ud-marathi, mahaner-valid, tico19.mr, tico19.ur, uner, ilner-dev) per language:
     sentences, errors / warnings / info per 1,000 sentences, the rules that fire most; and, when a
     judged sample of human findings exists (scripts/sample_findings.py --tsv, verdicts filled in),
     the estimated false errors and warnings per 1,000 sentences;
  2. seed recall at warning+ and corpora/challenge recall (at warning+ and at any severity), by
     calling ../shared/eval/score.py;
  3. MT recall per defect class at warning+ on the judged defect lists benchmarks/judged/*.defects.tsv
     (a defect is found when a warning or error overlaps its span and is at most twice as wide plus
     10 code points, so a finding on a whole sentence does not find every defect in it by accident;
     the figure for any overlap is printed too; the MT file is scanned with
     `--source tico19.en.txt`), and the warning+ findings on the judged lines that overlap no defect,
     listed so a person can judge them;
  4. the WMT22 word-tag agreement of scripts/mt_tag_agreement.py on the measuring half (lines 501-1000).
CMD defaults to this Python's `-m checker` (run from a worktree root it imports that worktree's code).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from data_split import default_data, part_lines  # noqa: E402
from sample_findings import RANK, default_cmd, judged_figures, read_judged, run_scan  # noqa: E402

HUMAN = ("ud-marathi.mr.txt", "mahaner-valid.mr.txt", "tico19.mr.txt", "tico19.ur.txt", "uner.ur.txt",
         "ilner-dev.ur.txt")
SOURCE = "tico19.en.txt"
JUDGED = ROOT / "benchmarks" / "judged"


def shared_dir() -> Path:
    """../shared seen from the repository, or from a worktree folder below the main checkout's parent."""
    for up in ROOT.parents:
        if (up / "shared" / "data").is_dir():
            return up / "shared"
    return ROOT.parent / "shared"


def write_measuring(data: Path, folder: Path) -> None:
    for name, lines in part_lines(data, "measuring").items():
        (folder / name).write_text("".join(lines), encoding="utf-8")


# --- 1. human text ---------------------------------------------------------------------------------

def human_figures(scan, top: int) -> dict[str, dict]:
    """{language: {sentences, per_1k: {severity: rate}, top: [(rule, severity, count)]}}."""
    out = {}
    for lang, n in sorted(scan.sentences.items()):
        sev = Counter(f.severity for f in scan.findings if f.language == lang)
        rules = Counter((f.rule, f.severity) for f in scan.findings if f.language == lang)
        out[lang] = {"sentences": n, "per_1k": {s: 1000 * sev[s] / max(n, 1) for s in RANK},
                     "top": [(r, s, c) for (r, s), c in rules.most_common(top)]}
    return out


def print_human(fig: dict) -> None:
    for lang, f in fig.items():
        p = f["per_1k"]
        print(f"{lang}: {f['sentences']} sentences; errors {p['error']:.1f}/1k, warnings {p['warning']:.1f}/1k, "
              f"info {p['info']:.1f}/1k")
        print("    top: " + ", ".join(f"{r} {s} {c}" for r, s, c in f["top"]))


# --- 3. judged MT defects ---------------------------------------------------------------------------

def read_defects(path) -> tuple[dict, list[dict]]:
    """({'lines': (lo, hi)}, rows) of a defect list: `# lines: A-B` header, then TSV rows."""
    meta, rows = {}, []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\s*lines:\s*(\d+)-(\d+)", raw)
        if m:
            meta["lines"] = (int(m.group(1)), int(m.group(2)))
        if not raw.strip() or raw.startswith("#") or raw.startswith("file\t"):
            continue
        file, line, col, end_col, cls, *note = raw.split("\t")
        rows.append({"file": file, "line": int(line), "col": int(col), "end_col": int(end_col),
                     "class": cls, "note": note[0] if note else ""})
    if "lines" not in meta and rows:
        meta["lines"] = (1, max(r["line"] for r in rows))
    return meta, rows


def overlaps(f, d) -> bool:
    return f.line == d["line"] and f.col < d["end_col"] and d["col"] < f.end_col


def finds(f, d) -> bool:
    """The finding points at the defect: it overlaps it and is not much wider (a finding on a whole
    sentence, e.g. a number the target lost, overlaps every defect of that sentence by accident)."""
    width = d["end_col"] - d["col"]
    return overlaps(f, d) and f.end_col - f.col <= 2 * width + 10


def defect_recall(findings, defects, lines: tuple[int, int], floor: str = "warning") -> dict:
    """Recall per class, and the findings at `floor`+ on the judged lines that overlap no defect."""
    lo, hi = lines
    live = [f for f in findings if RANK.get(f.severity, 0) >= RANK[floor] and lo <= f.line <= hi]
    by_class, rules, loose = defaultdict(lambda: [0, 0]), defaultdict(Counter), 0
    for d in defects:
        hits = {f.rule for f in live if finds(f, d)}
        by_class[d["class"]][1] += 1
        by_class[d["class"]][0] += bool(hits)
        rules[d["class"]].update(hits)
        loose += any(overlaps(f, d) for f in live)
    unmatched = [f for f in live if not any(overlaps(f, d) for d in defects)]
    return {"classes": dict(sorted(by_class.items())), "rules": rules, "loose": loose,
            "found": sum(v[0] for v in by_class.values()),
            "defects": len(defects), "findings": len(live), "unmatched": unmatched}


def print_recall(name: str, r: dict, show: int) -> None:
    on = r["findings"] - len(r["unmatched"])
    print(f"{name}: recall at warning+ {r['found']}/{r['defects']} (any overlap: {r['loose']}); findings at warning+ on the judged lines: "
          f"{on}/{r['findings']} on a defect (precision at least {on / max(r['findings'], 1):.2f}); "
          f"the rest, to judge:")
    for c, (a, b) in r["classes"].items():
        by = ", ".join(f"{rule} {n}" for rule, n in sorted(r["rules"][c].items()))
        print(f"    {c}: {a}/{b}" + (f" (found by {by})" if by else ""))
    for f in r["unmatched"][:show]:
        print(f"    not on a defect: {Path(f.path).name}:{f.line}:{f.col} {f.rule} {f.severity} «{f.text}» "
              f"{f.message[:70]}")


# --- 2 and 4: the other scripts -------------------------------------------------------------------

def last_line(args: list[str]) -> str:
    p = subprocess.run(args, capture_output=True, text=True, timeout=900, cwd=ROOT)
    lines = [x for x in p.stdout.splitlines() if x.strip()]
    return lines[-1] if lines else f"(no output; exit {p.returncode}: {p.stderr.strip()[-200:]})"


def eval_lines(cmd: str) -> list[str]:
    seeds = shared_dir() / "seeds"
    chal = ROOT / "corpora" / "challenge"
    base = [sys.executable, str(shared_dir() / "eval" / "score.py"), "--cmd", cmd]
    return [
        "seeds at warning+: " + last_line(base + ["--files", str(seeds), "--gold", str(seeds / "gold.tsv"),
                                                   "--clean", str(seeds / "clean.tsv"), "--min-severity", "warning"]),
        "challenge at warning+: " + last_line(base + ["--files", str(chal), "--gold", str(chal / "expected-errors.tsv"),
                                                       "--clean", str(chal / "expected-clean.tsv"),
                                                       "--min-severity", "warning"]),
        "challenge at any severity: " + last_line(base + ["--files", str(chal), "--gold",
                                                           str(chal / "expected-errors.tsv"),
                                                           "--clean", str(chal / "expected-clean.tsv")]),
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="default: ../shared/data")
    ap.add_argument("--cmd", default=None, help="checker command (default: this Python -m checker)")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--judged-human", type=Path, default=JUDGED / "human-sample.tsv")
    ap.add_argument("--skip-eval", action="store_true", help="leave out seeds and challenge")
    ap.add_argument("--skip-tags", action="store_true", help="leave out the WMT22 tag agreement")
    ap.add_argument("--show-unmatched", type=int, default=40)
    a = ap.parse_args(argv)
    cmd = a.cmd or default_cmd()
    with tempfile.TemporaryDirectory(prefix="measure-") as tmp:
        folder = Path(tmp)
        write_measuring(a.data or (shared_dir() / "data" if not default_data().is_dir() else default_data()), folder)
        print("== human text, measuring part")
        scan = run_scan([folder / n for n in HUMAN], cmd)
        print_human(human_figures(scan, a.top))
        if a.judged_human.exists():
            fig = judged_figures(scan, read_judged(a.judged_human))
            for lang, e in fig["languages"].items():
                print(f"{lang}: estimated false errors {e['false_error_per_1k']:.2f}/1k, false warnings "
                      f"{e['false_warning_per_1k']:.2f}/1k from {a.judged_human.name} (unjudged findings: "
                      f"{e['unjudged_errors']} errors, {e['unjudged_warnings']} warnings)")
        if not a.skip_eval:
            print("== seeds and challenge")
            for line in eval_lines(cmd):
                print(line)
        print("== judged MT defects (--source tico19.en.txt)")
        for path in sorted(JUDGED.glob("*.defects.tsv")):
            meta, defects = read_defects(path)
            name = defects[0]["file"] if defects else path.name.replace(".defects.tsv", ".txt")
            mt = run_scan([folder / name], cmd, source=str(folder / SOURCE))
            print_recall(name, defect_recall(mt.findings, defects, meta["lines"]), a.show_unmatched)
        if not a.skip_tags:
            print("== WMT22 en-mr word tags, measuring half (lines 501-1000)")
            print(last_line([sys.executable, str(ROOT / "scripts" / "mt_tag_agreement.py"), str(folder)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
