"""CON: one name spelled several ways in one document."""

RULES: list = []
