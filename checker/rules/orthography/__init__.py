"""ORT: spelling damage (eyelash ra, visarga, Urdu letters, invisible characters)."""
from .ascii_colon_visarga import AsciiColonForVisarga
from .missing_eyelash_ra import MissingEyelashRa
from .split_ra_cluster import SplitRaCluster

RULES = [MissingEyelashRa, SplitRaCluster, AsciiColonForVisarga]
