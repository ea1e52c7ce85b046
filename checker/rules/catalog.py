"""The rule catalogue as a Markdown table: `checker rules --format markdown` and the README's Rules section."""
from __future__ import annotations

from . import all_rules

HEADER = "| code | name | category | severity | languages | fix | what it finds |\n|---|---|---|---|---|---|---|"


def markdown_table() -> str:
    rows = [HEADER]
    for r in all_rules():
        rows.append(f"| {r.code} | {r.name} | {r.category.value} | {r.severity.value} | "
                    f"{', '.join(r.languages)} | {'yes' if r.fixable else ''} | {r.summary()} |")
    return "\n".join(rows)
