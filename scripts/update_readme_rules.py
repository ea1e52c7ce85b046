#!/usr/bin/env python3
"""Regenerate the rules table in README.md from the rule registry (between the rules markers).

Usage: python scripts/update_readme_rules.py [--check]

The table is `checker rules --format markdown`; --check exits 1 when the README is out of date.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.rules.catalog import markdown_table  # noqa: E402

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{START}\n{markdown_table()}\n{END}{tail}"
    if "--check" in sys.argv[1:]:
        return 0 if new == text else 1
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
