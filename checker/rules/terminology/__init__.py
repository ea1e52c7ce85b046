"""TRM: glossary terms (preferred and rejected forms)."""

RULES: list = []
