"""REP: words and phrases said twice."""
from .doubled_word import DoubledWord
from .repeated_phrase import RepeatedPhrase
from .repetition_loop import RepetitionLoop
from .same_alternative import SameAlternative
from .same_conjunct import SameConjunct
from .stuttered_letters import StutteredLetters

RULES = [DoubledWord, SameAlternative, RepeatedPhrase, RepetitionLoop, SameConjunct, StutteredLetters]
