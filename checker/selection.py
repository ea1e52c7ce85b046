"""Choose rules by code, code prefix, name or category (`--select`, `--ignore`, configuration).

Selections stack like ruff's: the configuration first, then the command line. A layer that has
`select` starts afresh from what it selects; its `ignore` then removes rules. So `--select NUM001`
on the command line brings back a rule the configuration ignored, and `--ignore` alone only removes.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from .errors import InputError
from .model import Category, Severity
from .rules import Rule, all_rules


def _matches(rule: Rule, token: str) -> bool:
    t = token.strip()
    return (rule.code.startswith(t.upper()) or t.lower() in (rule.name, rule.category.value)
            or t.upper() == "ALL")


def _specificity(rule: Rule, token: str) -> int:
    """How precisely `token` names `rule`: exact code or name > longer prefix > category > ALL."""
    t = token.strip()
    if t.upper() == rule.code or t.lower() == rule.name:
        return 100
    if t.upper() == "ALL":
        return -1
    if t.lower() == rule.category.value:
        return 0
    return len(t)


def unknown_tokens(tokens: Iterable[str], rules: Optional[Sequence[Rule]] = None) -> list[str]:
    """Tokens that name no rule. A category is always known, even while no rule belongs to it."""
    rules = all_rules() if rules is None else rules
    categories = {c.value for c in Category}
    return [t for t in tokens if t.strip().lower() not in categories and not any(_matches(r, t) for r in rules)]


def _check_known(tokens: Iterable[str], rules: Sequence[Rule], option: str) -> None:
    bad = unknown_tokens(tokens, rules)
    if bad:
        raise InputError(f"{option}: unknown rule code, name or category '{bad[0]}' (see `checker rules`)")


def select_rules(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> list[Rule]:
    _check_known(select, rules, "--select")
    _check_known(ignore, rules, "--ignore")
    chosen = [r for r in rules if not select or any(_matches(r, t) for t in select)]
    return [r for r in chosen if not any(_matches(r, t) for t in ignore)]


Layer = tuple[Optional[Sequence[str]], Sequence[str]]  # (select or None, ignore)


def resolve(rules: Sequence[Rule], layers: Sequence[Layer]) -> list[Rule]:
    """Apply (select, ignore) layers in order, later layers winning (see the module docstring)."""
    chosen = set(r.code for r in rules)
    for select, ignore in layers:
        if select:
            chosen = {r.code for r in rules if any(_matches(r, t) for t in select)}
        chosen -= {r.code for r in rules if any(_matches(r, t) for t in ignore)}
    return [r for r in rules if r.code in chosen]


def severity_for(rule: Rule, overrides: Sequence[tuple[str, Severity]]) -> Optional[Severity]:
    """The override that names `rule` most precisely, or None."""
    best, level = -2, None
    for token, sev in overrides:
        if _matches(rule, token):
            s = _specificity(rule, token)
            if s >= best:
                best, level = s, sev
    return level


def split_csv(values: Sequence[str] | None) -> list[str]:
    return [t.strip() for v in (values or ()) for t in v.split(",") if t.strip()]


def apply_severity(findings: Iterable, overrides: dict) -> int:
    """Give each finding its overridden severity (rule code -> Severity); the highest rank among
    the findings afterwards (0: none)."""
    worst = 0
    for f in findings:
        if f.rule in overrides:
            f.severity = overrides[f.rule]
        worst = max(worst, f.severity.rank)
    return worst
