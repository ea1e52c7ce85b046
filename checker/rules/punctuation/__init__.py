"""PUN: spacing, quotes and brackets."""
from .brackets import UnbalancedBracket
from .detached_hyphen import DetachedHyphen
from .doubled_punctuation import DoubledPunctuation
from .glued_sentences import GluedSentences
from .latin_full_stop import LatinFullStopInUrdu
from .quotes import MismatchedQuotes, UnclosedQuote
from .space_before import SpaceBeforePunctuation

RULES = [SpaceBeforePunctuation, DetachedHyphen, DoubledPunctuation, UnclosedQuote, MismatchedQuotes,
         UnbalancedBracket, GluedSentences, LatinFullStopInUrdu]
