"""SRC: source-aware checks beyond numbers (need `--source`): what must survive translation, what MT adds or drops."""
from .length_off_source import LengthOffSource
from .lost_token import SourceTokenLost
from .one_sided_marks import OneSidedMarks
from .repeated_across_sources import RepeatedAcrossSources
from .untranslated_segment import UntranslatedSegment

RULES: list = [SourceTokenLost, UntranslatedSegment, LengthOffSource, OneSidedMarks, RepeatedAcrossSources]
