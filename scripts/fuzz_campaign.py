#!/usr/bin/env python3
"""A long fuzz campaign: seeded, damaged Urdu/Marathi text through the checker's invariants.

    python scripts/fuzz_campaign.py                       # 1,000,000 inputs, one process
    nice -n 19 python scripts/fuzz_campaign.py -n 1000000 --workers 2 --seed 22
    python scripts/fuzz_campaign.py --replay 22:12345     # print one input again (repr)

Input `i` of seed `s` comes from `random.Random(f"{s}:{i}")`: any input can be made again from its
two numbers. Each input is a file's bytes (BOM or not; LF, CRLF or lone-CR endings) of realistic,
damaged text: words of both scripts, digits of three scripts joined by separators, punctuation,
Latin words and addresses, invisible and bidi characters, tatweel, harakat, control characters,
now and then any code point. The invariants (see `check_input`) are those of
tests/test_fuzz_properties.py, which imports them; hypothesis shrinks there, this script only counts.

A per-input alarm (`--timeout` seconds) turns a hang into a failure. Every failure is written
to `--out`/failures/ (the input's bytes and a JSON note with its seed and traceback); the summary,
with counts per invariant, goes to `--out`/latest.json.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# -- generators ------------------------------------------------------------------------------------

MR_CONSONANTS = "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहळ"
MR_SIGNS = "ािीुूृेैोौंः"
UR_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھیےئءآ"
DIGITS = ("0123456789", "०१२३४५६७८९", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩")
SEPARATORS = ["-", ".", "_", ",", "/", ":", "،", "٫", "٬", "'", " ", "–"]
PUNCTUATION = ["।", "॥", "۔", "،", "؟", "؛", ".", ",", "!", "?", ";", ":", "\"", "'", "“", "”", "‘", "’",
               "(", ")", "[", "]", "{", "}", "-", "–", "—", "…", "...", "%", "/", "«", "»", "*", "&", "#"]
MR_WORDS = ["आहे", "मध्ये", "आणि", "हे", "ते", "केले", "सरकार", "कोटी", "लाख", "रुपये", "वर्ष", "शहर", "पाणी",
            "डॉ.", "श्री", "बऱ्याच", "र्‍", "क्ष", "ज्ञ", "त्र", "नाही", "होते", "च्या", "ला", "ने"]
UR_WORDS = ["ہے", "میں", "اور", "کے", "کی", "نے", "حکومت", "کروڑ", "لاکھ", "روپے", "سال", "شہر", "پانی",
            "ڈاکٹر", "نہیں", "تھا", "سے", "کو", "یہ", "وہ", "اللہ", "ﷺ", "بھی"]
LATIN_WORDS = ["the", "and", "of", "COVID-19", "India", "Mumbai", "Lahore", "DeepSeek", "U.S.", "Dr.", "km",
               "million", "billion", "1st", "2nd", "iPhone", "e-mail", "WHO", "Inc.", "a", "I", "x"]
ADDRESSES = ["https://example.com/a/1-2", "www.test.org", "a.b+c@ex-ample.co.in", "foo_bar.py", "x.com/1,000",
             "http://", "@user", "#tag", "v1.2.3", "10.0.0.1"]
INVISIBLE = ["\u200c", "\u200d", "\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c",
             "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
MARKS = ["\u0640", "\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670",
         "\u093c", "\u094d", "\u0901", "\u0902", "\u0903", "\u0962"]
CONTROLS = ["\t", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u2028", "\u2029", "\x7f", "\x01",
            "\x1b", "\xa0", "\u2009", "\u3000"]
ENDINGS = ["\n", "\r\n", "\r"]


def _syllables(rng: random.Random, script: str, n: int) -> str:
    if script == "mr":
        out = []
        for _ in range(n):
            c = rng.choice(MR_CONSONANTS)
            r = rng.random()
            out.append(c + (rng.choice(MR_SIGNS) if r < 0.55 else "्" + rng.choice(MR_CONSONANTS) if r < 0.7 else ""))
        return "".join(out)
    return "".join(rng.choice(UR_LETTERS) for _ in range(n + 1))


def _number(rng: random.Random) -> str:
    digits = rng.choice(DIGITS) if rng.random() < 0.85 else "".join(DIGITS)
    size = rng.choice([1, 1, 2, 3, 4, 4, 5, 7, 9, 12, 30])
    out = "".join(rng.choice(digits) for _ in range(size))
    if rng.random() < 0.35:  # grouped or a chain: 1,23,456 / 2020-21 / 1.5.3
        sep = rng.choice(SEPARATORS)
        out += "".join(sep + "".join(rng.choice(digits) for _ in range(rng.choice([1, 2, 2, 3, 3, 4])))
                       for _ in range(rng.randint(1, 4)))
    return out


def _any_char(rng: random.Random) -> str:
    while True:
        c = rng.choice([rng.randint(1, 0x2FFF), rng.randint(0x0600, 0x06FF), rng.randint(0x0900, 0x097F),
                        rng.randint(0xFB50, 0xFEFF), rng.randint(0x1F300, 0x1FAFF), rng.randint(1, 0x10FFFF)])
        if not 0xD800 <= c <= 0xDFFF and c not in (0, 10, 13):
            return chr(c)


def _token(rng: random.Random, script: str) -> str:
    r = rng.random()
    if r < 0.30:
        return rng.choice(MR_WORDS if script == "mr" else UR_WORDS)
    if r < 0.50:
        return _syllables(rng, script, rng.randint(1, 5))
    if r < 0.64:
        return _number(rng)
    if r < 0.72:
        return rng.choice(PUNCTUATION)
    if r < 0.80:
        return rng.choice(LATIN_WORDS)
    if r < 0.83:
        return rng.choice(ADDRESSES)
    if r < 0.88:
        return _syllables(rng, "ur" if script == "mr" else "mr", rng.randint(1, 4))
    if r < 0.93:
        return rng.choice(INVISIBLE + MARKS)
    if r < 0.96:
        return rng.choice(CONTROLS)
    return "".join(_any_char(rng) for _ in range(rng.randint(1, 3)))


def _damage(rng: random.Random, tokens: list[str]) -> list[str]:
    """What MT and copy-paste do to text: doubled words and marks, split words, glued punctuation."""
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        if not tokens:
            break
        k = rng.randrange(len(tokens))
        t = tokens[k]
        op = rng.randrange(8)
        if op == 0:
            tokens.insert(k, t)                                   # doubled word
        elif op == 1 and len(t) > 2:
            j = rng.randrange(1, len(t))
            tokens[k:k + 1] = [t[:j], t[j:]]                      # split word
        elif op == 2:
            tokens[k] = t + rng.choice(PUNCTUATION) * rng.randint(2, 4)  # doubled mark
        elif op == 3 and t:
            j = rng.randrange(len(t))
            tokens[k] = t[:j] + t[j] * rng.randint(2, 6) + t[j + 1:]  # stuttered letter
        elif op == 4:
            tokens[k] = t + rng.choice(INVISIBLE + MARKS) + (rng.choice(tokens) if rng.random() < 0.5 else "")
        elif op == 5:
            tokens[k] = " " + rng.choice(".,।۔؟!:") if rng.random() < 0.5 else t + " "  # space before a mark
        elif op == 6:
            tokens[k:k + 1] = [t] * rng.randint(3, 8)             # repetition loop
        else:
            tokens[k] = t + "्" + " "                              # broken conjunct
    return tokens


def make_line(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.04:
        return ""
    if r < 0.07:
        return rng.choice([" ", "\t", "  ", "\xa0"]) * rng.randint(1, 3)
    if r < 0.12:  # a line of only marks or invisible characters (D9's kind)
        return "".join(rng.choice(INVISIBLE + MARKS + [" "]) for _ in range(rng.randint(1, 5)))
    script = rng.choice(["mr", "ur"])
    tokens = _damage(rng, [_token(rng, script) for _ in range(rng.randint(1, 14))])
    glue = lambda: "" if rng.random() < 0.12 else rng.choice([" ", " ", " ", "  ", "\t"])  # noqa: E731
    line = "".join(t + glue() for t in tokens).rstrip(" ") if rng.random() < 0.8 else "".join(t + glue() for t in tokens)
    if rng.random() < 0.6:
        line += rng.choice(["।", "۔", ".", "?", "!", "؟", " .", "..", "।।", ""])
    return line.replace("\n", " ").replace("\r", " ")


def make_input(seed: int, i: int) -> bytes:
    """The bytes of input `i` of campaign `seed`: a small file."""
    rng = random.Random(f"{seed}:{i}")
    lines = [make_line(rng) for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 6]))]
    style = rng.random()
    endings = [rng.choice(ENDINGS) if style < 0.3 else ENDINGS[int(style * 10) % 3] for _ in lines]
    text = "".join(x + e for x, e in zip(lines, endings))
    if rng.random() < 0.3:
        text = text[:-len(endings[-1])]  # no final line ending
    bom = "\ufeff" if rng.random() < 0.15 else ""
    return (bom + text).encode("utf-8")


# -- invariants ------------------------------------------------------------------------------------

INVARIANTS = ("no-exception", "spans", "sentences", "fix-converges", "fix-idempotent", "fix-local",
              "endings-kept", "diff-is-fix", "memo", "jobs", "hang")
EVERY_INPUT = INVARIANTS[:8] + ("hang",)
MAX_REPRODUCERS = 20  # per invariant and process: one defect found 10,000 times needs a few files, not all
_ENDING = re.compile(r"\r\n|\n|\r")


# Defects known and not yet fixed, by label (a failure they explain is counted apart). Empty: the
# lone-CR one (a fix that emptied the line after a lone CR wrote CR LF) is fixed in the fixer.
KNOWN: dict[str, str] = {}


class Failure(AssertionError):
    def __init__(self, invariant: str, detail: str, known: str = ""):
        super().__init__(f"{invariant}: {detail}" + (f" [known: {known}]" if known else ""))
        self.invariant, self.known = invariant, known


def expect(ok: bool, invariant: str, detail) -> None:
    if not ok:
        raise Failure(invariant, detail() if callable(detail) else str(detail))


def _check(text: str):
    from checker.pipeline import check_text
    return check_text(text)


def check_spans(text: str, report) -> None:
    """Each finding's line/column span reads, in the text, exactly its `text`; sentences lie in
    their line, in order."""
    from checker.pipeline import split_lines
    lines = split_lines(text)
    for f in report.findings:
        expect(1 <= f.line <= len(lines) and 1 <= f.col <= f.end_col <= len(lines[f.line - 1]) + 1, "spans",
               lambda: f"{f.rule} at {f.line}:{f.col}-{f.end_col} outside the text")
        got = lines[f.line - 1][f.col - 1:f.end_col - 1]
        expect(got == f.text, "spans", lambda: f"{f.rule} at {f.line}:{f.col}: text {f.text!r}, file {got!r}")
    last = (0, 0)
    for s in report.sentences:
        expect(1 <= s.line <= len(lines) and 1 <= s.col <= s.end_col <= len(lines[s.line - 1]) + 1
               and (s.line, s.col) >= last, "spans", lambda: f"sentence {s.index} at {s.line}:{s.col}-{s.end_col}")
        last = (s.line, s.end_col)


def check_sentences(text: str, report) -> None:
    """Every line that is not blank has a sentence in the per-sentence report."""
    from checker.pipeline import split_lines
    have = {s.line for s in report.sentences}
    for n, line in enumerate(split_lines(text), 1):
        expect(not line.strip() or n in have, "sentences", lambda: f"line {n} {line!r} has no sentence")


def check_fixes(text: str, report, unsafe: bool, nonempty: frozenset = frozenset()):
    """Fixing converges, fixing the fixed text changes nothing, and the first pass changes only
    the fixed spans (every other line, every line break kept). Returns the fixed text. `nonempty`:
    lines the fixer must not empty (after a lone CR), as `checker scan --fix` passes them."""
    from checker import fixer
    edits = fixer.plan(text, report.findings, unsafe, nonempty=nonempty)
    after = fixer.apply(text, edits)
    expect(after.count("\n") == text.count("\n") and after.count("\r") == text.count("\r"), "fix-local",
           "a fix changed a line break")
    pos, pieces = 0, []
    for e in edits:
        pieces.append(text[pos:e.start])
        pieces.append(e.replacement)
        pos = e.end
    expect("".join(pieces) + text[pos:] == after, "fix-local", "text outside the fixed spans changed")
    touched = {text.count("\n", 0, e.start) for e in edits}
    for n, (a, b) in enumerate(zip(text.split("\n"), after.split("\n"))):
        expect(n in touched or a == b, "fix-local", lambda: f"line {n + 1} changed without a fix on it")
    fixed = fixer.fix_text(text, _check, unsafe=unsafe, report=report, nonempty=nonempty)
    expect(fixed.converged, "fix-converges", lambda: f"still fixing after {fixer.MAX_PASSES} passes")
    again = fixer.fix_text(fixed.text, _check, unsafe=unsafe, report=fixed.report, nonempty=nonempty)
    expect(not again.applied and again.text == fixed.text, "fix-idempotent",
           lambda: f"fixing the fixed text applied {[(e.rule, e.replacement) for e in again.applied]}")
    return fixed.text


def apply_unified_diff(before: str, diff: str) -> str:
    """Apply a unified diff as `patch` does (lines cut after LF only): the independent check of
    `--diff`."""
    old = before.split("\n")
    old = [x + "\n" for x in old[:-1]] + ([old[-1]] if old[-1] else [])
    out, pos = [], 0
    lines = diff.split("\n")
    lines = [x + "\n" for x in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    k = 0
    while k < len(lines):
        m = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@", lines[k])
        k += 1
        if not m:
            continue
        start = int(m.group(1)) - (0 if m.group(2) == "0" else 1)
        out.extend(old[pos:start])
        pos = start
        while k < len(lines) and not lines[k].startswith("@@"):
            x = lines[k]
            if x.startswith("\\"):  # "\ No newline at end of file": the previous line has no LF
                target = out if lines[k - 1].startswith((" ", "+")) else None
                if target is not None and target[-1].endswith("\n"):
                    target[-1] = target[-1][:-1]
            elif x[:1] in (" ", "-"):
                expect(pos < len(old) and old[pos].rstrip("\n") == x[1:].rstrip("\n"), "diff-is-fix",
                       lambda: f"context line {pos + 1} does not match")
                if x[0] == " ":
                    out.append(old[pos])
                pos += 1
            elif x[:1] == "+":
                out.append(x[1:])
            k += 1
    out.extend(old[pos:])
    return "".join(out)


def check_file_bytes(data: bytes, unsafe: bool = False) -> dict:
    """Every invariant on one file's bytes (as `checker scan --fix/--diff` reads and writes it).
    Raises Failure; returns how many findings and fixes it saw."""
    from checker import fixer
    from checker.loader import decode
    from checker.pipeline import clear_memos  # noqa: F401  (memo check below)
    source = decode(data, "fuzz.txt")
    report = _check(source.text)
    check_spans(source.text, report)
    check_sentences(source.text, report)
    fixed = check_fixes(source.text, report, unsafe, frozenset(k + 1 for k in source.cr_lines))
    before, after = source.restore(source.text), source.restore(fixed)
    out = fixer.encode(after, source.bom)
    expect(out.startswith(b"\xef\xbb\xbf") == source.bom, "endings-kept", "the BOM changed")
    if _ENDING.findall(out.decode("utf-8")) != _ENDING.findall(data.decode("utf-8")):
        raise Failure("endings-kept", "the line endings changed")
    if before != after:
        bom = "\ufeff" if source.bom else ""
        diff = fixer.unified_diff("fuzz.txt", bom + before, bom + after)
        expect(apply_unified_diff(bom + before, diff) == bom + after, "diff-is-fix",
               "the diff applied is not the fixed file")
    return {"findings": len(report.findings), "fixed": before != after}


def check_memo(text: str) -> None:
    """A report does not depend on what the memo holds."""
    from checker.pipeline import clear_memos
    warm = _check(text).to_json()
    clear_memos()
    expect(_check(text).to_json() == warm, "memo", "the report differs with an empty memo")


def check_jobs(text: str) -> None:
    """A large text checked in blocks on two processes gets the report of one process."""
    from checker import pipeline
    from checker.parallel import ProcessPool
    one = pipeline.check_text(text).to_json()
    expect(pipeline.check_text(text, executor=ProcessPool(2)).to_json() == one, "jobs", "--jobs 2 report differs")


# -- the campaign ----------------------------------------------------------------------------------

class Hang(Exception):
    pass


def _alarm(*_):
    raise Hang()


_written: dict = {}


def _record(out: Path, seed: int, i: int, invariant: str, data: bytes, detail: str) -> None:
    _written[invariant] = _written.get(invariant, 0) + 1
    if _written[invariant] > MAX_REPRODUCERS:
        return
    d = out / "failures"
    d.mkdir(parents=True, exist_ok=True)
    stem = f"{invariant}-{seed}-{i}"
    (d / f"{stem}.txt").write_bytes(data)
    (d / f"{stem}.json").write_text(json.dumps({"seed": seed, "input": i, "invariant": invariant, "detail": detail,
                                                 "replay": f"python scripts/fuzz_campaign.py --replay {seed}:{i}"},
                                                ensure_ascii=False, indent=1), encoding="utf-8")


def run_range(seed: int, first: int, count: int, timeout: float, out: Path, jobs_every: int,
              memo_every: int, progress: bool = False, checkpoint: Path = None) -> dict:
    """Inputs `first` … `first + count - 1`; every 1,000 the counts so far go to `checkpoint`
    (a campaign stopped early still reports what it ran)."""
    counts = {k: {"checked": 0, "failed": 0} for k in INVARIANTS}
    failures, slowest = [], []
    stats = {"findings": 0, "fixed_inputs": 0}
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGVTALRM, _alarm)
    batch: list[str] = []
    started = time.perf_counter()
    for i in range(first, first + count):
        data = make_input(seed, i)
        t = time.perf_counter()
        signal.setitimer(signal.ITIMER_VIRTUAL, timeout)  # CPU seconds: a niced, starved process is no hang
        for k in EVERY_INPUT:
            counts[k]["checked"] += 1
        try:
            seen = check_file_bytes(data, unsafe=i % 2 == 1)
            stats["findings"] += seen["findings"]
            stats["fixed_inputs"] += seen["fixed"]
            if memo_every and i % memo_every == 0:
                counts["memo"]["checked"] += 1
                check_memo(data.decode("utf-8-sig"))
        except Failure as e:
            counts[e.invariant]["failed"] += 1
            if e.known:
                counts[e.invariant]["known"] = counts[e.invariant].get("known", 0) + 1
            failures.append({"input": i, "invariant": e.invariant, "detail": str(e)[:300]})
            _record(out, seed, i, e.invariant + ("-known" if e.known else ""), data, str(e))
        except Hang:
            counts["hang"]["failed"] += 1
            failures.append({"input": i, "invariant": "hang", "detail": f"over {timeout} s"})
            _record(out, seed, i, "hang", data, f"still running after {timeout} s")
        except Exception as e:  # noqa: BLE001 — any exception is the finding
            counts["no-exception"]["failed"] += 1
            detail = "".join(traceback.format_exception_only(type(e), e)).strip()
            failures.append({"input": i, "invariant": "no-exception", "detail": detail[:300]})
            _record(out, seed, i, "no-exception", data, traceback.format_exc())
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        spent = time.perf_counter() - t
        if len(slowest) < 5 or spent > slowest[-1][0]:
            slowest = sorted(slowest + [(spent, i)], reverse=True)[:5]
        if jobs_every:
            if (i - first) % jobs_every >= jobs_every - 2000:  # the last 2,000 inputs before each check
                batch.append(data.decode("utf-8-sig").replace("\r", ""))
            if (i - first + 1) % jobs_every == 0:
                _jobs_batch(seed, i, batch, counts, failures, out)
                batch = []
        done = i - first + 1
        if done % 1_000 == 0 or done == count:
            part = {"done": done, "counts": counts, "failures": failures, "slowest": [
                {"seconds": round(s, 3), "input": k} for s, k in slowest], **stats}
            if checkpoint:
                checkpoint.write_text(json.dumps(part), encoding="utf-8")
            if progress and done % 10_000 == 0:
                rate = done / (time.perf_counter() - started)
                print(f"[{first}+] {done:,} inputs, {rate:.0f}/s, "
                      f"{sum(c['failed'] for c in counts.values())} failures", file=sys.stderr, flush=True)
    return part


def _jobs_batch(seed: int, i: int, batch: list[str], counts: dict, failures: list, out: Path) -> None:
    from checker import pipeline
    from checker.engine.run import PARALLEL_MIN_LINES
    text = "\n".join(x.rstrip("\n") for x in batch) + "\n"
    while len(pipeline.split_lines(text)) < PARALLEL_MIN_LINES:
        text += text
    counts["jobs"]["checked"] += 1
    signal.setitimer(signal.ITIMER_REAL, 600)
    try:
        check_jobs(text)
    except Failure as e:
        counts["jobs"]["failed"] += 1
        failures.append({"input": i, "invariant": "jobs", "detail": str(e)})
        _record(out, seed, i, "jobs", text.encode("utf-8"), str(e))
    except Hang:
        counts["jobs"]["failed"] += 1
        _record(out, seed, i, "jobs", text.encode("utf-8"), "hang")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _merge(parts: list[dict]) -> dict:
    counts = {k: {n: sum(p["counts"][k].get(n, 0) for p in parts) for n in ("checked", "failed", "known")}
              for k in INVARIANTS}
    slowest = sorted((s for p in parts for s in p["slowest"]), key=lambda s: -s["seconds"])[:5]
    return {"counts": counts, "failures": [f for p in parts for f in p["failures"]][:200], "slowest": slowest,
            "findings": sum(p["findings"] for p in parts), "fixed_inputs": sum(p["fixed_inputs"] for p in parts)}


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--inputs", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--first", type=int, default=0, help="index of the first input")
    ap.add_argument("--workers", type=int, default=1, help="processes (each runs a contiguous range)")
    ap.add_argument("--timeout", type=float, default=10.0, help="CPU seconds per input before it counts as a hang")
    ap.add_argument("--jobs-every", type=int, default=50_000, help="every N inputs, check --jobs 2 = --jobs 1 "
                    "on them joined (0: never)")
    ap.add_argument("--memo-every", type=int, default=50, help="every N-th input, check it with an empty memo")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "fuzz")
    ap.add_argument("--part", type=Path, help=argparse.SUPPRESS)  # a worker writes its counts here
    ap.add_argument("--replay", help="SEED:I: print input I of SEED (repr) and check it")
    args = ap.parse_args(argv)
    if args.replay:
        seed, i = map(int, args.replay.split(":"))
        data = make_input(seed, i)
        print(repr(data.decode("utf-8")))
        try:
            check_file_bytes(data, unsafe=i % 2 == 1)
        except Failure as e:
            print(f"fails: {e}")
            return 1
        print("all invariants hold")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    if args.part:
        run_range(args.seed, args.first, args.inputs, args.timeout, args.out, args.jobs_every,
                  args.memo_every, progress=True, checkpoint=args.part)
        return 0
    share = -(-args.inputs // args.workers)
    procs = []
    for w in range(args.workers):
        first, count = args.first + w * share, min(share, args.inputs - w * share)
        part = args.out / f".part{w}.json"
        procs.append((part, subprocess.Popen([sys.executable, __file__, "--part", str(part), "--seed", str(args.seed),
                                              "--first", str(first), "-n", str(count), "--timeout", str(args.timeout),
                                              "--jobs-every", str(args.jobs_every), "--memo-every",
                                              str(args.memo_every), "--out", str(args.out)])))
    stopped = False
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        codes = [p.wait() for _, p in procs]
    except KeyboardInterrupt:  # stopped early: the workers' last checkpoints are the result
        stopped = True
        for _, p in procs:
            p.terminate()
        codes = [p.wait() for _, p in procs]
    parts = [json.loads(part.read_text(encoding="utf-8")) for part, _ in procs if part.exists()]
    for part, _ in procs:
        part.unlink(missing_ok=True)
    summary = {"seed": args.seed, "first": args.first, "planned": args.inputs,
               "inputs": sum(p["done"] for p in parts), "stopped_early": stopped, "workers": args.workers,
               "ranges": [[args.first + w * share, p["done"]] for w, p in enumerate(parts)],
               "timeout_s": args.timeout, "commit": _commit(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                                          time.gmtime(started)),
               "seconds": round(time.time() - started, 1), **_merge(parts)}
    summary["failed"] = sum(c["failed"] for c in summary["counts"].values())
    summary["failed_unknown"] = summary["failed"] - sum(c["known"] for c in summary["counts"].values())
    summary["known_defects"] = KNOWN
    (args.out / "latest.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: summary[k] for k in ("seed", "inputs", "seconds", "failed", "failed_unknown")}))
    return 1 if summary["failed"] or stopped or any(codes) else 0


if __name__ == "__main__":
    sys.exit(main())
