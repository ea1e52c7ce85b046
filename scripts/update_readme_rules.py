#!/usr/bin/env python3
"""Regenerate the rules table in README.md from the rule registry (between the rules markers).

Usage: python scripts/update_readme_rules.py [--check]   (--check: exit 1 when the README is out of date)
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules import all_rules  # noqa: E402

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def table() -> str:
    rows = ["| code | name | category | severity | languages | fix | what it finds |",
            "|---|---|---|---|---|---|---|"]
    for r in all_rules():
        rows.append(f"| {r.code} | {r.name} | {r.category.value} | {r.severity.value} | "
                    f"{', '.join(r.languages)} | {'yes' if r.fixable else ''} | {r.summary()} |")
    return "\n".join(rows)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{START}\n{table()}\n{END}{tail}"
    if "--check" in sys.argv[1:]:
        return 0 if new == text else 1
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
