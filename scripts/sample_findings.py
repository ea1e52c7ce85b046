#!/usr/bin/env python3
"""Sample the checker's findings for judging by hand, and turn the judged sample into figures.

Usage:
  python scripts/sample_findings.py FILE... [-n 5] [--seed 1] [--min-severity warning]
         [--tsv SAMPLE.tsv] [--judged JUDGED.tsv] [--cmd CMD] [--source EN.txt] [-- SCAN OPTIONS]

Runs `CMD scan --format jsonl [--source EN.txt] [SCAN OPTIONS] FILE...` (CMD defaults to this Python's
`-m checker`; options after `--` go to `scan` unchanged), then:
  * prints N findings per rule, drawn with a seeded random generator (the same seed, files and code
    give the same sample), each with file:line, rule, severity, its sentence with the flagged text
    marked «like this», and the previous and next line;
  * --tsv OUT writes the sample as TSV: file, line, col, end_col, rule, severity, verdict, note.
    The verdict column is blank, or filled from --judged where an old verdict matches;
  * --judged TSV (verdicts `ok`, `false` or `unsure`) prints per rule the findings per 1,000 sentences
    and the judged precision, and per language the estimated false errors and false warnings per
    1,000 sentences (each rule's rate at that severity times its judged false share at that
    severity, or over all its judged rows when none has that severity; `unsure` rows are left out
    of the share; a rule with no judged row counts as unjudged, not as clean). The share is pooled
    over languages: judge enough rows of each language for a rule that behaves differently in each.
Judged rows are matched to findings by (file basename, line, col, rule), so verdicts survive a re-run
as long as the finding is still reported at the same place. The language of a file is its suffix
(NAME.ur.txt, NAME.mr.txt); other files count under the sentences' detected language.
"""
from __future__ import annotations

import argparse
import json
import random
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

RANK = {"info": 0, "warning": 1, "error": 2}
VERDICTS = ("ok", "false", "unsure")
TSV_HEAD = ("file", "line", "col", "end_col", "rule", "severity", "verdict", "note")


@dataclass
class Finding:
    path: str
    line: int
    col: int
    end_col: int
    rule: str
    severity: str
    language: str
    text: str
    message: str
    sentence: str
    sentence_col: int

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (Path(self.path).name, self.line, self.col, self.rule)


@dataclass
class Scan:
    findings: list[Finding] = field(default_factory=list)
    sentences: Counter = field(default_factory=Counter)  # language -> sentences


def default_cmd() -> str:
    return f"{shlex.quote(sys.executable)} -m checker"


def file_language(path: str) -> str | None:
    parts = Path(path).name.split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in ("ur", "mr") else None


def parse_jsonl(lines) -> Scan:
    """Findings and sentence counts from `scan --format jsonl` output (one sentence per line)."""
    out = Scan()
    for raw in lines:
        if not raw.strip():
            continue
        rec = json.loads(raw)
        lang = file_language(rec.get("path", "")) or rec.get("language") or "?"
        out.sentences[lang] += 1
        for x in rec.get("findings", []):
            out.findings.append(Finding(
                rec.get("path", ""), int(x["line"]), int(x["col"]), int(x["end_col"]), x["rule"],
                x["severity"], lang, x.get("text", ""), x.get("message", ""), rec.get("text", ""),
                int(rec.get("col", 1))))
    return out


def run_scan(files, cmd: str | None = None, extra=(), source: str | None = None) -> Scan:
    args = shlex.split(cmd or default_cmd()) + ["scan", "--format", "jsonl", "--fail-on", "never"]
    if source:
        args += ["--source", str(source)]
    args += list(extra) + [str(f) for f in files]
    p = subprocess.run(args, capture_output=True, text=True, timeout=900)
    if p.returncode not in (0, 1):
        raise SystemExit(f"scan failed (exit {p.returncode}): {p.stderr.strip()[-400:]}")
    return parse_jsonl(p.stdout.splitlines())


def sample(findings, n: int, seed: int, min_severity: str = "info") -> list[Finding]:
    """N findings per rule (all when fewer), in a reproducible order."""
    floor = RANK[min_severity]
    by_rule = defaultdict(list)
    for f in findings:
        if RANK.get(f.severity, 0) >= floor:
            by_rule[f.rule].append(f)
    rng = random.Random(seed)
    picked = []
    for rule in sorted(by_rule):
        pool = sorted(by_rule[rule], key=lambda f: (f.key, f.end_col))
        picked += sorted(rng.sample(pool, min(n, len(pool))), key=lambda f: f.key)
    return picked


def marked(f: Finding) -> str:
    """The finding's sentence with its span marked «…» (clipped to the sentence)."""
    s = f.sentence
    lo = max(0, min(len(s), f.col - f.sentence_col))
    hi = max(lo, min(len(s), f.end_col - f.sentence_col))
    return f"{s[:lo]}«{s[lo:hi]}»{s[hi:]}"


def show(f: Finding, lines: dict[str, list[str]]) -> str:
    text = lines.setdefault(f.path, _read_lines(f.path))
    prev = text[f.line - 2] if f.line >= 2 and f.line - 2 < len(text) else ""
    nxt = text[f.line] if f.line < len(text) else ""
    return (f"{Path(f.path).name}:{f.line}:{f.col} {f.rule} {f.severity}  {f.message}\n"
            f"  prev: {prev}\n  this: {marked(f)}\n  next: {nxt}\n")


def _read_lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def read_judged(path) -> dict[tuple, dict]:
    """{(basename, line, col, rule): row} of a judged TSV (header and # lines skipped)."""
    rows = {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("file\t"):
            continue
        cells = (raw.split("\t") + [""] * len(TSV_HEAD))[:len(TSV_HEAD)]
        row = dict(zip(TSV_HEAD, cells))
        row["verdict"] = row["verdict"].strip().lower()
        rows[(Path(row["file"]).name, int(row["line"]), int(row["col"]), row["rule"])] = row
    return rows


def write_tsv(path, picked, judged=None) -> None:
    judged = judged or {}
    out = ["\t".join(TSV_HEAD)]
    for f in picked:
        old = judged.get(f.key, {})
        out.append("\t".join([Path(f.path).name, str(f.line), str(f.col), str(f.end_col), f.rule,
                              f.severity, old.get("verdict", ""), old.get("note", "")]))
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def judged_figures(scan: Scan, judged: dict) -> dict:
    """Per rule: count, per-1k rate, judged ok/false/unsure; per language: estimated false errors and
    warnings per 1k, and the findings of unjudged rules at that severity."""
    total = sum(scan.sentences.values())
    count = Counter((f.rule, f.language, f.severity) for f in scan.findings)
    live = {f.key: f.severity for f in scan.findings}
    verdicts, by_sev = defaultdict(Counter), defaultdict(Counter)
    for key, row in judged.items():
        if key in live and row["verdict"] in VERDICTS:
            verdicts[key[3]][row["verdict"]] += 1
            by_sev[(key[3], live[key])][row["verdict"]] += 1
    rules = {}
    for rule in sorted({r for r, _, _ in count}):
        n = sum(v for (r, _, _), v in count.items() if r == rule)
        v = verdicts[rule]
        sev = Counter()
        for (r, _, s), k in count.items():
            sev[s] += k if r == rule else 0
        rules[rule] = {"findings": n, "per_1k": 1000 * n / max(total, 1), "ok": v["ok"],
                       "severities": "/".join(f"{sev[s]}{s[0]}" for s in ("error", "warning", "info") if sev[s]),
                       "false": v["false"], "unsure": v["unsure"],
                       "precision": _share(v)}
    langs = {}
    for lang, n_sent in sorted(scan.sentences.items()):
        est = {"sentences": n_sent}
        for sev in ("error", "warning"):
            false, unjudged = 0.0, 0
            for (rule, lg, s), n in count.items():
                if lg != lang or s != sev:
                    continue
                p = _share(by_sev[(rule, sev)])
                p = rules[rule]["precision"] if p is None else p
                if p is None:
                    unjudged += n
                else:
                    false += n * (1 - p)
            est[f"false_{sev}_per_1k"] = 1000 * false / max(n_sent, 1)
            est[f"unjudged_{sev}s"] = unjudged
        langs[lang] = est
    stale = sum(1 for k, r in judged.items() if k not in live and r["verdict"] in VERDICTS)
    return {"rules": rules, "languages": langs, "stale_verdicts": stale}


def _share(v: Counter) -> float | None:
    decided = v["ok"] + v["false"]
    return v["ok"] / decided if decided else None


def print_figures(fig: dict) -> None:
    print("rule      findings  per 1k   ok false unsure  precision  severities")
    for rule, r in fig["rules"].items():
        p = "-" if r["precision"] is None else f"{r['precision']:.2f}"
        print(f"{rule:9} {r['findings']:8} {r['per_1k']:7.1f} {r['ok']:4} {r['false']:5} {r['unsure']:6}  {p:9}  {r['severities']}")
    for lang, e in fig["languages"].items():
        print(f"{lang}: {e['sentences']} sentences; estimated false errors {e['false_error_per_1k']:.2f}/1k, "
              f"false warnings {e['false_warning_per_1k']:.2f}/1k (unjudged: {e['unjudged_errors']} errors, "
              f"{e['unjudged_warnings']} warnings)")
    if fig["stale_verdicts"]:
        print(f"{fig['stale_verdicts']} judged rows match no finding of this run (left out)")


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("-n", type=int, default=5, help="findings per rule")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-severity", choices=list(RANK), default="info")
    ap.add_argument("--tsv", help="write the sample here")
    ap.add_argument("--judged", help="filled-in TSV: print figures, and reuse its verdicts in --tsv")
    ap.add_argument("--cmd", default=None, help="checker command (default: this Python -m checker)")
    ap.add_argument("--source", help="line-aligned English source passed to scan")
    ap.add_argument("--quiet", action="store_true", help="do not print the sample")
    a = ap.parse_args(argv)
    scan = run_scan(a.files, a.cmd, extra, a.source)
    judged = read_judged(a.judged) if a.judged else {}
    picked = sample(scan.findings, a.n, a.seed, a.min_severity)
    if not a.quiet:
        cache: dict[str, list[str]] = {}
        for f in picked:
            print(show(f, cache))
    if a.tsv:
        write_tsv(a.tsv, picked, judged)
        print(f"wrote {len(picked)} rows to {a.tsv}")
    if a.judged:
        print_figures(judged_figures(scan, judged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
