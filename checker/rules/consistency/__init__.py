"""CON: the same thing written differently within one document."""
from .name_script import NameWrittenInBothScripts
from .name_spelling import NameSpelledSeveralWays

RULES: list = [NameSpelledSeveralWays, NameWrittenInBothScripts]
