"""Reference scoring (sacrebleu chrF, chrF++, BLEU) and line-aligned source/reference inputs.

`reference` computes the scores, `aligned` reads and aligns the files and annotates a scan report,
`render` prints the `checker score` table or JSON. `run_score` is what that command does.
"""
from __future__ import annotations

from typing import Optional, TextIO

from .reference import TOKENIZERS, Scores, score_lines


def run_score(hyp: str, reference: str, out: TextIO, source: Optional[str] = None, normalize: bool = False,
              tokenize: str = "intl", fmt: str = "text", width: int = 1) -> Scores:
    """Read, align, score and print; raises checker.errors.InputError for unreadable or misaligned files."""
    from ..errors import InputError
    from ..loader import read
    from . import render
    if [hyp, reference, source].count("-") > 1:
        raise InputError("-: standard input can be read only once; give the other inputs as files")
    from .aligned import load
    aligned = load(read(hyp), reference, source)
    scores = score_lines(aligned.targets, aligned.references, tokenize, normalize)
    if fmt == "json":
        render.write_json(aligned, scores, out, reference, source)
    else:
        render.write_table(aligned, scores, out, width)
    return scores


__all__ = ["TOKENIZERS", "Scores", "score_lines", "run_score"]
