"""REP: words and phrases said twice."""

RULES: list = []
