"""REP: words and phrases said twice."""
from .doubled_word import DoubledWord
from .repeated_phrase import RepeatedPhrase
from .same_alternative import SameAlternative

RULES = [DoubledWord, SameAlternative, RepeatedPhrase]
