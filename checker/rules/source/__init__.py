"""SRC: source-aware checks beyond numbers (need `--source`): what must survive translation, what MT adds or drops."""
from .length_off_source import LengthOffSource
from .list_marker import ListMarkerMismatch
from .lost_token import SourceTokenLost
from .one_sided_marks import OneSidedMarks
from .padded_whitespace import PaddedWhitespace
from .repeated_across_sources import RepeatedAcrossSources
from .sentence_dropped import SentenceDropped
from .untranslated_segment import UntranslatedSegment

RULES: list = [SourceTokenLost, UntranslatedSegment, LengthOffSource, OneSidedMarks, RepeatedAcrossSources,
               SentenceDropped, ListMarkerMismatch, PaddedWhitespace]
