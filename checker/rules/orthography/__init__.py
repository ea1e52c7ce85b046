"""ORT: spelling damage (eyelash ra, visarga, Urdu letters, invisible characters)."""
from .missing_eyelash_ra import MissingEyelashRa

RULES = [MissingEyelashRa]
