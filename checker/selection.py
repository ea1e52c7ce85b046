"""Choose rules by code, code prefix, name or category (`--select`, `--ignore`)."""
from __future__ import annotations

from typing import Iterable, Sequence

from .errors import InputError
from .rules import Rule


def _matches(rule: Rule, token: str) -> bool:
    t = token.strip()
    return (rule.code.startswith(t.upper()) or t.lower() in (rule.name, rule.category.value)
            or t.upper() == "ALL")


def _check_known(tokens: Iterable[str], rules: Sequence[Rule], option: str) -> None:
    for t in tokens:
        if not any(_matches(r, t) for r in rules):
            raise InputError(f"{option}: unknown rule code, name or category '{t}' (see `checker rules`)")


def select_rules(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    _check_known(select, rules, "--select")
    _check_known(ignore, rules, "--ignore")
    chosen = [r for r in rules if not select or any(_matches(r, t) for t in select)]
    return [r for r in chosen if not any(_matches(r, t) for t in ignore)]


def split_csv(values: Sequence[str] | None) -> list[str]:
    return [t for v in (values or ()) for t in v.split(",") if t.strip()]
