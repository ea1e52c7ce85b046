"""Output of `checker score`: a readable table (per line and corpus) or one JSON object."""
from __future__ import annotations

import json
from typing import Optional, TextIO

from .. import __version__
from .aligned import Aligned
from .reference import METRICS, Scores, corpus_json, segment_json

TEXT_ROOM = 48  # characters of the hypothesis shown per line of the table


def _fmt(x: float, width: int) -> str:
    return f"{x:.{width}f}"


def corpus_line(c: dict, width: int = 1) -> str:
    """One line of corpus scores (the summary's `scores` object), with the raw figures when normalised."""
    parts = []
    for k in METRICS:
        part = f"{k} {_fmt(c[k], width)}"
        if c.get("unnormalized"):
            part += f" (unnormalised {_fmt(c['unnormalized'][k], width)}, {c['delta'][k]:+.{width}f})"
        parts.append(part)
    how = "after normalisation, " if c.get("normalized") else ""
    return f"corpus scores ({how}{c['lines']} lines against the reference): " + ", ".join(parts)


def _short(text: str) -> str:
    return text if len(text) <= TEXT_ROOM else text[:TEXT_ROOM - 1] + "…"


def write_table(aligned: Aligned, scores: Scores, out: TextIO, width: int = 1) -> None:
    normalized = scores.raw is not None
    head = ["line", *METRICS] + (["Δ chrF"] if normalized else []) + ["hypothesis"]
    rows = []
    for i, seg in enumerate(scores.segments):
        row = [str(i + 1), *(_fmt(seg[k], width) for k in METRICS)]
        if normalized:
            row.append(f"{seg['chrF'] - scores.raw.segments[i]['chrF']:+.{width}f}")
        rows.append(row + [_short(aligned.targets[i])])
    widths = [max(len(r[j]) for r in [head, *rows]) for j in range(len(head) - 1)]
    for r in [head, *rows]:
        out.write("  ".join(c.rjust(w) for c, w in zip(r, widths)) + "  " + r[-1] + "\n")
    c = corpus_json(scores)
    out.write("\n" + corpus_line(c, width) + "\n")
    if normalized:
        out.write("(scores after checker's normalisation of both sides; Δ = normalised − unnormalised)\n")
    out.write("segment: the line (a line holding several sentences is scored as one segment)\n")
    for k, sig in c["signatures"].items():
        out.write(f"{k:<16} {sig}\n")


def document(aligned: Aligned, scores: Scores, reference: str, source: Optional[str]) -> dict:
    segments = []
    for i, target in enumerate(aligned.targets):
        seg = {"line": i + 1, "text": target}
        if aligned.sources is not None:
            seg["source"] = aligned.sources[i]
        seg["reference"] = aligned.references[i]
        seg["scores"] = segment_json(scores, i)
        segments.append(seg)
    files = {"hypothesis": aligned.path, "reference": reference}
    if source is not None or aligned.sources is not None:
        files["source"] = source if source is not None else aligned.path
    return {"checker": {"version": __version__}, "files": files, "segments": segments,
            "summary": {"scores": corpus_json(scores)}}


def write_json(aligned: Aligned, scores: Scores, out: TextIO, reference: str, source: Optional[str]) -> None:
    json.dump(document(aligned, scores, reference, source), out, ensure_ascii=False, indent=1)
    out.write("\n")
