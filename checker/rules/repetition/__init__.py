"""REP: words and phrases said twice."""
from .doubled_word import DoubledWord
from .repeated_phrase import RepeatedPhrase
from .repetition_loop import RepetitionLoop
from .same_alternative import SameAlternative
from .same_conjunct import SameConjunct

RULES = [DoubledWord, SameAlternative, RepeatedPhrase, RepetitionLoop, SameConjunct]
