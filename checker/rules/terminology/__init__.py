"""TRM: glossary terms (preferred and rejected forms)."""
from .glossary_terms import RejectedGlossaryTerm

RULES: list = [RejectedGlossaryTerm]
