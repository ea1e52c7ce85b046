#!/usr/bin/env python3
"""Throughput, scaling, memory and latency of `checker scan` on text as users run it, and pofilter's
speed on the same units.

Usage: python benchmarks/throughput.py [--mb 50 | --quick] [--files 4] [--repeat 3]
                                      [--clean ../shared/data/clean] [--json out.json] [--keep DIR]

Headline: a corpus of --mb megabytes in which no line repeats (benchmarks/corpus.py: the human Urdu and
Marathi text of --clean once, then new sentences recombined from its word trigrams, lightly damaged so
that rules fire), --files files per language, scanned with `--format jsonl` at --jobs 1 and --jobs 2.
Beside it: the older corpus of real sentences repeated ~30 times (the line memo's best case, labelled
so); peak memory on one file of a quarter of the corpus and one of all of it; TICO-19 en->ur and en->mr
as source<TAB>target for checker and as PO files for pofilter (all its checks); and one pre-commit-style
run on a small file against `python -c "import regex"`. Every measurement runs --repeat times,
interleaved; the fastest counts; every run (wall and CPU seconds, peak MB) goes into --json.
--quick: a 5 MB corpus, so that a run takes a few minutes.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import measure  # noqa: E402
from measure import Measurement, interleaved, load, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
POFILTER = Path(sys.executable).with_name("pofilter")
# ../shared beside the repository (or beside a folder holding its worktrees)
CLEAN = next((d / "shared" / "data" / "clean" for d in ROOT.parents if (d / "shared" / "data" / "clean").is_dir()),
             ROOT.parent / "shared" / "data" / "clean")


def scan(paths: list[Path], jobs: int = 1) -> list[str]:
    return [sys.executable, "-m", "checker", "scan", "--format", "jsonl", "--fail-on", "never", "--no-progress",
            "--jobs", str(jobs), *map(str, paths)]


def concat(paths: list[Path], out: Path) -> Path:
    with out.open("wb") as f:
        for p in paths:
            f.write(p.read_bytes())
    return out


def report_counts(path: Path) -> tuple[int, int]:
    """Sentences and findings in a JSON Lines report."""
    sentences = findings = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            sentences += 1
            findings += len(json.loads(line)["findings"])
    return sentences, findings


def tico(clean: Path, work: Path) -> dict:
    """TICO-19 en->ur and en->mr as PO files and as source<TAB>target files, per language."""
    en = (clean / "tico19.en.txt").read_text(encoding="utf-8").splitlines()
    out = {}
    for lang in ("ur", "mr"):
        target = (clean / f"tico19.{lang}.txt").read_text(encoding="utf-8").splitlines()
        po, tsv = work / f"tico.{lang}.po", work / f"tico.{lang}.tsv"
        units = corpus.write_po(en, target, po, lang)
        assert corpus.write_tsv(en, target, tsv) == units
        txt = work / f"tico.{lang}.txt"  # the same targets without their source
        txt.write_text("".join(x.split("\t")[1] + "\n" for x in tsv.read_text(encoding="utf-8").splitlines()),
                       encoding="utf-8")
        out[lang] = {"po": po, "tsv": tsv, "txt": txt, "units": units}
    return out


def mb(paths: list[Path]) -> float:
    return sum(os.path.getsize(p) for p in paths) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--quick", action="store_true", help="a 5 MB corpus (a run of a few minutes)")
    ap.add_argument("--clean", default=str(CLEAN))
    ap.add_argument("--json")
    ap.add_argument("--keep", help="build the corpora here and keep them")
    ap.add_argument("--files", type=int, default=4, help="files per language (default 4)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement, the fastest counts (default 3)")
    a = ap.parse_args()
    if a.quick:
        a.mb = 5.0
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="checker-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(a, work)
    finally:
        if not a.keep:  # the corpora and reports take several times --mb
            shutil.rmtree(work, ignore_errors=True)
    print_table(result)
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def run(a: argparse.Namespace, work: Path) -> dict:
    clean = Path(a.clean)
    for d in ("distinct", "repeated"):
        (work / d).mkdir(exist_ok=True)
    load_before = load()
    distinct, dstats = corpus.distinct_corpus(clean, work / "distinct", a.mb, a.files)
    repeated, rstats = corpus.repeated_corpus(clean, work / "repeated", a.mb, a.files)
    # Memory against input size: one file of a quarter of the corpus (the first file of each
    # language) and one of all of it.
    quarter = concat([distinct[0], distinct[a.files]], work / "quarter.txt")
    whole = concat(distinct, work / "whole.txt")
    pairs = tico(clean, work)
    if not POFILTER.exists():
        raise SystemExit(f"{POFILTER} missing: pip install -e '.[bench]' (translate-toolkit)")

    m = {
        "distinct_j1": Measurement("no line repeats, --jobs 1", scan(distinct, 1), work / "r.d1.jsonl"),
        "distinct_j2": Measurement("no line repeats, --jobs 2", scan(distinct, 2), work / "r.d2.jsonl"),
        "repeated_j1": Measurement("repeated corpus, --jobs 1", scan(repeated, 1), work / "r.r1.jsonl"),
        "repeated_j2": Measurement("repeated corpus, --jobs 2", scan(repeated, 2), work / "r.r2.jsonl"),
        "quarter_file": Measurement("one file, a quarter of the corpus, --jobs 1", scan([quarter], 1)),
        "whole_file": Measurement("one file, all of the corpus, --jobs 1", scan([whole], 1)),
    }
    for lang, p in pairs.items():
        m[f"checker_tico_{lang}"] = Measurement(f"checker, TICO-19 en-{lang} (tsv), --jobs 1", scan([p["tsv"]], 1),
                                                work / f"r.tico.{lang}.jsonl")
        m[f"checker_plain_tico_{lang}"] = Measurement(f"checker, TICO-19 {lang} target only (txt), --jobs 1",
                                                      scan([p["txt"]], 1), work / f"r.tico.{lang}.txt.jsonl")
        m[f"pofilter_tico_{lang}"] = Measurement(
            f"pofilter, TICO-19 en-{lang} (po), all checks",
            [str(POFILTER), "--progress=none", f"--language={lang}", "-i", str(p["po"]), "-o",
             str(work / f"pofilter.{lang}.po")])
    small = ROOT / "corpora" / "mr-deepseek-news.txt"
    measure.ENV = measure.user_env(work / "pycache")
    for cmd in (scan([small]), scan([pairs["ur"]["tsv"]]), m["pofilter_tico_ur"].cmd, [sys.executable, "-c", "import regex"]):
        timed(cmd)  # compiles and caches the bytecode, as an installed program has it
    interleaved(list(m.values()), a.repeat, progress=lambda s: print(s, file=sys.stderr, flush=True))
    lat = {"small_file": Measurement("checker scan corpora/mr-deepseek-news.txt",
                                     [sys.executable, "-m", "checker", "scan", "--fail-on", "never", str(small)]),
           "import_regex": Measurement("python -c 'import regex'", [sys.executable, "-c", "import regex"])}
    interleaved(list(lat.values()), max(5, a.repeat))
    return figures(a, m, lat, distinct, repeated, quarter, whole, pairs, dstats, rstats, load_before)


def throughput(meas: Measurement, megabytes: float, jobs: int) -> dict:
    sentences, findings = report_counts(meas.output)
    return {"sentences": sentences, "findings": findings, "sentences_per_s": round(sentences / meas.wall),
            "sentences_per_s_per_core": round(sentences / meas.wall / jobs),
            "sentences_per_cpu_s": round(sentences / meas.cpu), "mb_per_s": round(megabytes / meas.wall, 2)}


def figures(a, m, lat, distinct, repeated, quarter, whole, pairs, dstats, rstats, load_before) -> dict:
    dmb, rmb = mb(distinct), mb(repeated)
    fig: dict = {}
    for key, size in (("distinct", dmb), ("repeated", rmb)):
        one, two = m[f"{key}_j1"], m[f"{key}_j2"]
        fig[key] = {"jobs1": throughput(one, size, 1), "jobs2": throughput(two, size, 2),
                    "speedup_jobs2": round(one.wall / two.wall, 2),
                    "cpu_jobs2_over_jobs1": round(two.cpu / one.cpu, 2)}
    fig["pofilter"] = {}
    for lang, p in pairs.items():
        c, f, t = m[f"checker_tico_{lang}"], m[f"pofilter_tico_{lang}"], m[f"checker_plain_tico_{lang}"]
        fig["pofilter"][lang] = {"units": p["units"], "checker_units_per_s": round(p["units"] / c.wall),
                                 "pofilter_units_per_s": round(p["units"] / f.wall),
                                 "ratio": round(f.wall / c.wall, 2), "ratio_cpu": round(f.cpu / c.cpu, 2),
                                 "checker_target_only_units_per_s": round(p["units"] / t.wall),
                                 "ratio_target_only": round(f.wall / t.wall, 2)}
    units = sum(p["units"] for p in pairs.values())
    cw = sum(m[f"checker_tico_{x}"].wall for x in pairs)
    fw = sum(m[f"pofilter_tico_{x}"].wall for x in pairs)
    fig["pofilter"]["both"] = {"units": units, "checker_units_per_s": round(units / cw),
                               "pofilter_units_per_s": round(units / fw), "ratio": round(fw / cw, 2)}
    q, w = m["quarter_file"], m["whole_file"]
    fig["memory"] = {"quarter_mb": round(mb([quarter]), 1), "whole_mb": round(mb([whole]), 1),
                     "quarter_peak_mb": q.peak_mb, "whole_peak_mb": w.peak_mb,
                     "input_ratio": round(mb([whole]) / mb([quarter]), 2),
                     "peak_ratio": round(w.peak_mb / q.peak_mb, 2), "target_peak_ratio": 1.3}
    base = lat["import_regex"].wall
    cbase = lat["import_regex"].cpu
    fig["latency"] = {"small_file_s": lat["small_file"].wall, "import_regex_s": base,
                      "target_s": round(2 * base + 0.1, 3), "small_file_cpu_s": lat["small_file"].cpu,
                      "import_regex_cpu_s": cbase, "target_cpu_s": round(2 * cbase + 0.1, 3)}
    return {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "mode": "quick" if a.quick else "full", "repeat": a.repeat,
            "bytecode": "cached (PYTHONPYCACHEPREFIX in the work folder, warmed before the first run)",
            "load_average_before": load_before, "load_average_after": load(),
            "corpus": {"distinct_mb": round(dmb, 1), "distinct": dstats, "repeated_mb": round(rmb, 1),
                       "repeated": rstats},
            "figures": fig,
            "measurements": {k: v.summary() for k, v in {**m, **lat}.items()}}


def print_table(r: dict) -> None:
    f, c = r["figures"], r["corpus"]
    d, rep = f["distinct"], f["repeated"]
    print(f"{r['machine']}; load average {r['load_average_before']} -> {r['load_average_after']}")
    print(f"corpus without repeats: {c['distinct_mb']} MB, {c['distinct']['lines']} lines "
          f"(real: mr {c['distinct']['mr']['real_lines']}, ur {c['distinct']['ur']['real_lines']}; "
          f"the rest new); repeated corpus: {c['repeated_mb']} MB, {c['repeated']['repeats_per_line']}x per line")
    rows = [("measure", "figure", "target")]
    for name, x in (("no line repeats", d), ("repeated corpus", rep)):
        j1, j2 = x["jobs1"], x["jobs2"]
        rows.append((f"sentences/s, --jobs 1, {name} ({j1['sentences']} sentences)",
                     f"{j1['sentences_per_s']} ({j1['mb_per_s']} MB/s; {j1['sentences_per_cpu_s']}/CPU-s)",
                     "25000 per core"))
        rows.append((f"sentences/s, --jobs 2, {name}",
                     f"{j2['sentences_per_s']} ({j2['sentences_per_s_per_core']} per core; {j2['mb_per_s']} MB/s)", ""))
        rows.append((f"--jobs 2 speed-up, {name}", f"{x['speedup_jobs2']}x (CPU {x['cpu_jobs2_over_jobs1']}x)", "1.8x"))
    for lang, p in f["pofilter"].items():
        rows.append((f"TICO-19 en-{lang} ({p['units']} units): checker (with source) / pofilter units/s",
                     f"{p['checker_units_per_s']} / {p['pofilter_units_per_s']} = {p['ratio']}x"
                     + (f" (CPU {p['ratio_cpu']}x; target only {p['ratio_target_only']}x)" if "ratio_cpu" in p else ""),
                     ""))
    mem = f["memory"]
    rows.append((f"peak memory, one file {mem['quarter_mb']} MB -> {mem['whole_mb']} MB",
                 f"{mem['quarter_peak_mb']} -> {mem['whole_peak_mb']} MB ({mem['peak_ratio']}x)", "<= 1.3x"))
    lat = f["latency"]
    rows.append(("small file (pre-commit run) / import regex", f"{lat['small_file_s']} s / {lat['import_regex_s']} s",
                 f"<= {lat['target_s']} s"))
    rows.append(("the same in CPU seconds", f"{lat['small_file_cpu_s']} s / {lat['import_regex_cpu_s']} s",
                 f"<= {lat['target_cpu_s']} s"))
    width = [max(len(str(row[i])) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, width)))
    noisy = {k: (v["wall_spread"], v["cpu_spread"]) for k, v in r["measurements"].items()}
    print("run-to-run spread (wall, CPU):", ", ".join(f"{k} {w:.0%}/{c:.0%}" for k, (w, c) in noisy.items()))


if __name__ == "__main__":
    main()
