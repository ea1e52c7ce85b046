"""Baselines: record today's findings, then report only new ones.

A finding's key is (file, rule, flagged text, hash of its sentence, occurrence): the n-th finding of
that rule on that text in a sentence with that text. It holds no line or column, so adding, removing
or editing *other* sentences of the file does not bring recorded findings back; editing the
sentence itself does (it was touched, so it is looked at again). The file is JSON with sorted keys,
one entry per finding, so a baseline diffs well in review.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import FileReport, Reported

VERSION = 1
Key = tuple[str, str, str, str, int]


def sentence_hash(text: str) -> str:
    """Hash of a sentence, blind to surrounding white space."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def file_key(path: str, base: Path) -> str:
    """The file as the baseline names it: relative to the baseline's directory, with slashes."""
    if path in ("-", "<stdin>", "<text>"):
        return path
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute, os.path.abspath(base))).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(absolute).as_posix()


def keyed(report: FileReport, path_key: str) -> Iterator[tuple[Key, Reported]]:
    """Every finding of a file with its key, in report order."""
    seen: Counter = Counter()
    for s in report.sentences:
        h = sentence_hash(s.text)
        for f in s.findings:
            base = (path_key, f.rule, f.text, h)
            seen[base] += 1
            yield (*base, seen[base]), f


def fingerprint(key: Key) -> str:
    """A stable string for one key (SARIF partialFingerprints use it)."""
    return hashlib.sha256("\x1f".join(map(str, key)).encode("utf-8")).hexdigest()[:32]


class Baseline:
    def __init__(self, keys: Iterable[Key] = (), base: Path = Path(".")):
        self.keys = set(keys)
        self.base = base

    @classmethod
    def read(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            raise InputError(f"{path}: no such baseline file (create it with --write-baseline)") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read the baseline ({e.strerror or e})") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: not a checker baseline (invalid JSON: {e})") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise InputError(f"{path}: not a checker baseline (expected version {VERSION} and a findings list)")
        keys = []
        for i, e in enumerate(data["findings"]):
            try:
                keys.append((str(e["path"]), str(e["rule"]), str(e["text"]), str(e["sentence"]), int(e["occurrence"])))
            except (KeyError, TypeError, ValueError):
                raise InputError(f"{path}: findings[{i}]: expected path, rule, text, sentence and occurrence") from None
        return cls(keys, Path(os.path.abspath(path)).parent)

    def filter(self, report: FileReport) -> int:
        """Drop the findings recorded in the baseline from `report`; return how many were dropped."""
        drop = {id(f) for k, f in keyed(report, file_key(report.path, self.base)) if k in self.keys}
        for s in report.sentences:
            s.findings = [f for f in s.findings if id(f) not in drop]
        return len(drop)

    def contains(self, report: FileReport) -> set[int]:
        """ids of the findings of `report` that the baseline records."""
        return {id(f) for k, f in keyed(report, file_key(report.path, self.base)) if k in self.keys}


def write(path: str, reports: list[FileReport]) -> int:
    """Record every finding of `reports` in `path` (atomically); return how many."""
    from .files import write_atomic
    base = Path(os.path.abspath(path)).parent
    entries = []
    for r in reports:
        for (p, rule, text, h, n), f in keyed(r, file_key(r.path, base)):
            entries.append({"path": p, "rule": rule, "text": text, "sentence": h, "occurrence": n,
                            "line": f.line, "message": f.message})
    entries.sort(key=lambda e: (e["path"], e["line"], e["rule"], e["text"], e["occurrence"]))
    data = json.dumps({"version": VERSION, "tool": "checker", "findings": entries},
                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    try:
        write_atomic(path, data.encode("utf-8"))
    except OSError as e:
        raise InputError(f"{path}: cannot write the baseline ({e.strerror or e})") from None
    return len(entries)
