"""Reference scores with sacrebleu: sentence and corpus chrF, chrF++ and BLEU (0–100 scale).

The segment is the line: files are line-aligned, so line n of the hypothesis is scored against
line n of the reference, also when it holds several sentences (a sentence split of the reference
would not align with the hypothesis's). Corpus scores are sacrebleu's corpus statistics over every
line, blank ones included, so they equal `sacrebleu REF -i HYP -m chrf bleu [--chrf-word-order 2]`.

BLEU uses a tokeniser that needs no download: `intl` by default (it splits off Unicode punctuation
such as । ۔ ، ؟, which `13a` leaves glued to the word), or `13a`. Sentence BLEU uses
`effective_order=True` (as sacrebleu's `--sentence-level` does); corpus BLEU does not.
With `normalize=True` both sides go through checker's normalisation first and the raw figures are
kept beside the normalised ones, so the report shows how much normalisation moves the score.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

TOKENIZERS = ("intl", "13a")
METRICS = ("chrF", "chrF++", "BLEU")


@dataclass
class Scores:
    """Per-line scores (one dict per line, blank lines included) and the corpus scores."""
    segments: list[dict]
    corpus: dict
    normalized: bool = False
    tokenize: str = "intl"
    raw: Optional["Scores"] = field(default=None, repr=False)  # the unnormalised figures, when normalized


class _Metrics:
    def __init__(self, tokenize: str):
        from sacrebleu.metrics import BLEU, CHRF
        if tokenize not in TOKENIZERS:
            raise ValueError(f"tokenize must be one of {', '.join(TOKENIZERS)}")
        self.chrf = CHRF()
        self.chrfpp = CHRF(word_order=2)
        self.bleu = BLEU(tokenize=tokenize)
        self.sent_bleu = BLEU(tokenize=tokenize, effective_order=True)

    def sentence(self, hyp: str, ref: str) -> dict:
        return {"chrF": self.chrf.sentence_score(hyp, [ref]).score,
                "chrF++": self.chrfpp.sentence_score(hyp, [ref]).score,
                "BLEU": self.sent_bleu.sentence_score(hyp, [ref]).score}

    def corpus(self, hyps: Sequence[str], refs: Sequence[str]) -> dict:
        scores = {"chrF": self.chrf.corpus_score(hyps, [refs]).score,
                  "chrF++": self.chrfpp.corpus_score(hyps, [refs]).score,
                  "BLEU": self.bleu.corpus_score(hyps, [refs]).score}
        scores["signatures"] = {"chrF": str(self.chrf.get_signature()),
                                "chrF++": str(self.chrfpp.get_signature()),
                                "BLEU": str(self.bleu.get_signature()),
                                "BLEU (sentence)": str(self.sent_bleu.get_signature())}
        return scores


def normalize_for_scoring(line: str) -> str:
    from ..normalize import normalize_line
    return normalize_line(line).text


def _score(hyps: Sequence[str], refs: Sequence[str], tokenize: str) -> Scores:
    m = _Metrics(tokenize)
    return Scores([m.sentence(h, r) for h, r in zip(hyps, refs)], m.corpus(hyps, refs), tokenize=tokenize)


def score_lines(hyps: Sequence[str], refs: Sequence[str], tokenize: str = "intl",
                normalize: bool = False) -> Scores:
    """Score line-aligned hypothesis and reference lines (equal counts; checked by the caller)."""
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} hypothesis lines but {len(refs)} reference lines")
    raw = _score(hyps, refs, tokenize)
    if not normalize:
        return raw
    norm = _score([normalize_for_scoring(h) for h in hyps], [normalize_for_scoring(r) for r in refs], tokenize)
    norm.normalized, norm.raw = True, raw
    return norm


def segment_json(scores: Scores, i: int) -> dict:
    """The `scores` object of line i (0-based) as the JSON report carries it."""
    out = dict(scores.segments[i])
    if scores.raw is not None:
        out["unnormalized"] = dict(scores.raw.segments[i])
    return out


def corpus_json(scores: Scores) -> dict:
    """The summary's `scores` object: corpus figures, signatures, what the segment is."""
    out = {k: scores.corpus[k] for k in METRICS}
    out["signatures"] = scores.corpus["signatures"]
    out["segment"] = "line"
    out["lines"] = len(scores.segments)
    out["normalized"] = scores.normalized
    if scores.raw is not None:
        out["unnormalized"] = {k: scores.raw.corpus[k] for k in METRICS}
        out["delta"] = {k: scores.corpus[k] - scores.raw.corpus[k] for k in METRICS}
    return out
