"""Before a scan: the files it reads, the outputs it may write, and the settings each file is
checked with (its configuration under the command line's choices)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from .config import Config, Resolver
from .errors import InputError
from .model import Options, Severity
from .requests import ScanRequest


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything one file is checked with."""
    rules: tuple
    language: Optional[str]
    options: Options
    severity: tuple[tuple[str, Severity], ...]   # rule code -> overriding severity
    fail_on: str


class Planner:
    """Turns the request and each file's configuration into `Settings`, caching them."""

    def __init__(self, request: ScanRequest):
        from .rules import all_rules
        from .selection import split_csv, unknown_tokens
        choice = request.rules
        self.request = request
        self.rules = all_rules()
        self.select = split_csv(choice.select) or None
        if choice.select is not None and self.select is None:
            raise InputError("--select: no rule named (give codes, code prefixes, names or categories, "
                             "or leave --select out for every rule)")
        self.ignore = split_csv(choice.ignore)
        for option, tokens in (("--select", self.select or ()), ("--ignore", self.ignore)):
            bad = unknown_tokens(tokens, self.rules)
            if bad:
                raise InputError(f"{option}: unknown rule code, name or category '{bad[0]}' (see `checker rules`)")
        if choice.glossary is not None:
            from .analysis.glossary import load_glossary
            if os.path.isdir(choice.glossary):
                raise InputError(f"{choice.glossary}: is a directory, not a glossary file (--glossary)")
            if not os.path.isfile(choice.glossary):
                raise InputError(f"{choice.glossary}: no such glossary file (--glossary)")
            load_glossary(choice.glossary)  # an unusable glossary is an input error before any scan
        self.resolver = Resolver(choice.config, choice.isolated)
        self._cache: dict = {}

    def settings(self, path: str) -> Settings:
        cfg: Config = self.resolver.for_file(path)
        per_file = tuple(cfg.ignores_for(path)) if path != "-" else ()
        language = self.request.targets.language or (cfg.language_for(path) if path != "-" else cfg.language)
        key = (id(cfg), per_file, language)
        if key not in self._cache:
            self._cache[key] = self._settings(cfg, per_file, language)
        return self._cache[key]

    def _settings(self, cfg: Config, per_file: tuple, language: Optional[str]) -> Settings:
        from .selection import resolve, severity_for
        layers = [(cfg.select, cfg.ignore), (self.select, self.ignore), (None, per_file)]
        rules = tuple(resolve(self.rules, layers))
        severity = tuple((r.code, s) for r in rules if (s := severity_for(r, cfg.severity)) is not None)
        options = Options(glossary=self.request.rules.glossary or cfg.glossary)
        if options.glossary:
            from .analysis.glossary import load_glossary
            load_glossary(options.glossary)  # InputError naming the file, before any rule runs
        fail_on = self.request.rules.fail_on or cfg.fail_on or "error"
        return Settings(rules, language, options, severity, fail_on)


def files(request: ScanRequest, errors: list[str], notes: Optional[list[str]] = None,
          resolver: Optional[Resolver] = None) -> list[str]:
    """The files to scan, in order; what cannot be scanned goes to `errors`, what the user should
    know (a symbolic link not followed) to `notes`."""
    from .discovery import FileOptions, Note, expand
    t, choice = request.targets, request.rules
    options = FileOptions(t.glob, t.exclude, t.extend_exclude, t.respect_gitignore, t.force_exclude,
                          skip_english=t.language is None)
    found = []
    for item in expand(list(t.paths), options, resolver or Resolver(choice.config, choice.isolated)):
        if isinstance(item, InputError):
            errors.append(str(item))
        elif isinstance(item, Note):
            if notes is not None:
                notes.append(str(item))
        else:
            found.append(item)
    return found


def size(path: str) -> int:
    try:
        return os.stat(path).st_size if path != "-" else 0
    except OSError:
        return 0


def _same_file(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def check_targets(request: ScanRequest, scanned: list[str]) -> None:
    """Refuse, before anything is written, a report or baseline that would replace a scanned file,
    the baseline being read or any file that is not a checker baseline."""
    out, baseline, alignment, choice = request.output, request.baseline, request.alignment, request.rules
    inputs = [p for p in (*scanned, alignment.reference, alignment.source, choice.glossary, choice.config)
              if p and p != "-"]
    for target, option, what in [(out.path, "--output", "the report"), (baseline.write, "--write-baseline", "the baseline")]:
        if not target or target == "-":
            continue
        if any(_same_file(target, p) for p in inputs):
            raise InputError(f"{target}: {option} would overwrite a file this scan reads; write {what} elsewhere")
        if os.path.isdir(target):
            raise InputError(f"{target}: {option} names a directory; give a file name")
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent):
            raise InputError(f"{target}: {option}: no such directory {parent}")
    if out.path and baseline.read and _same_file(out.path, baseline.read):
        raise InputError(f"{out.path}: --output would overwrite the baseline given with --baseline")
    target = baseline.write
    if target and os.path.isfile(target) and os.path.getsize(target) > 0:
        from .baseline import Baseline
        try:
            Baseline.read(target)
        except InputError:
            raise InputError(f"{target}: exists and is not a checker baseline; not overwritten "
                             "(--write-baseline replaces only a baseline)") from None
