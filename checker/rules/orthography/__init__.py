"""ORT: spelling damage (eyelash ra, visarga, Urdu letters, invisible characters)."""
from .arabic_letters import ArabicLetterInUrdu
from .ascii_colon_visarga import AsciiColonForVisarga
from .bidi_controls import BidiControl
from .invisible_characters import InvisibleCharacter
from .missing_eyelash_ra import MissingEyelashRa
from .split_conjunct import SplitConjunct
from .split_ra_cluster import SplitRaCluster
from .tatweel import Tatweel

RULES = [MissingEyelashRa, SplitRaCluster, AsciiColonForVisarga, ArabicLetterInUrdu, Tatweel,
         InvisibleCharacter, BidiControl, SplitConjunct]
