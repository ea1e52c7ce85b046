"""Project configuration: `[tool.checker]` in pyproject.toml or a `.checker.toml`, found from each
scanned file upwards (the nearest wins, like ruff). Command-line options win over the file.

Keys (all optional)::

    select = ["NUM", "orthography"]      # codes, code prefixes, rule names or categories
    ignore = ["ORT001"]
    fail-on = "warning"                  # error | warning | info | never
    glossary = "terms.tsv"               # relative to the configuration file
    language = "mr"                      # or a table of globs: {"ur/**" = "ur", "*.mr.txt" = "mr"}
    [per-file-ignores]                   # globs relative to the configuration file
    "legacy/**" = ["NUM"]
    [severity]                           # severity overrides: code, prefix, name or category
    NUM001 = "warning"
    exclude = [".venv", "build/"]        # replaces the default exclusions (checker.discovery)
    extend-exclude = ["drafts/"]         # adds to them
    respect-gitignore = true             # skip what the repository's .gitignore files ignore
    force-exclude = false                # true: exclusions apply to files named on the command line

Globs are checker.globs's dialect. A UTF-8 BOM at the start of the file is allowed. Every error names the file and the key and becomes exit status 2.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Sequence

from .errors import InputError
from .globs import glob_error, glob_match
from .model import FAIL_ON, LANGUAGES, Severity

CONFIG_FILES = (".checker.toml", "pyproject.toml")
KEYS = ("select", "ignore", "per-file-ignores", "language", "glossary", "fail-on", "severity",
        "exclude", "extend-exclude", "respect-gitignore", "force-exclude")


@dataclass(frozen=True)
class FileChoice:
    """Which files a directory's search takes (checker.discovery); None: not said in this file."""
    exclude: Optional[tuple[str, ...]] = None  # replaces the default exclusions
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: Optional[bool] = None
    force_exclude: Optional[bool] = None       # exclusions apply to files named on the command line too


@dataclass(frozen=True)
class Config:
    path: Optional[Path] = None            # the file it came from (None: defaults)
    select: Optional[tuple[str, ...]] = None
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    language: Optional[str] = None         # one language for every file
    language_globs: tuple[tuple[str, str], ...] = ()
    glossary: Optional[str] = None         # absolute path
    fail_on: Optional[str] = None
    severity: tuple[tuple[str, Severity], ...] = ()
    files: FileChoice = field(default_factory=FileChoice)

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def relative(self, file: str) -> Optional[str]:
        """The file's path relative to the configuration's directory, or None when outside it."""
        try:
            return Path(os.path.abspath(file)).relative_to(os.path.abspath(self.root)).as_posix()
        except ValueError:
            return None

    def ignores_for(self, file: str) -> list[str]:
        rel = self.relative(file)
        if rel is None:
            return []
        return [t for pattern, tokens in self.per_file_ignores if glob_match(pattern, rel) for t in tokens]

    def language_for(self, file: str) -> Optional[str]:
        rel = self.relative(file)
        if rel is not None:
            for pattern, lang in self.language_globs:
                if glob_match(pattern, rel):
                    return lang
        return self.language


DEFAULT = Config()


# ---- loading and validation

def _error(path: Path, key: str, message: str) -> InputError:
    return InputError(f"{path}: {key}: {message}")


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(path, key, "expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _check_tokens(path: Path, key: str, tokens: Sequence[str]) -> None:
    from .selection import unknown_tokens
    bad = unknown_tokens(tokens)
    if bad:
        raise _error(path, key, f"unknown rule code, name or category '{bad[0]}' (see `checker rules`)")


def _language(path: Path, key: str, value: Any) -> str:
    if value not in LANGUAGES:
        raise _error(path, key, f"unknown language {value!r} (use {' or '.join(LANGUAGES)})")
    return value


def _glob(path: Path, key: str, pattern: str) -> str:
    why = glob_error(pattern)
    if why is not None:
        raise _error(path, key, f"invalid glob {pattern!r}: {why}")
    return pattern


def _globs(path: Path, key: str, value: Any) -> tuple[str, ...]:
    return tuple(_glob(path, key, p) for p in _strings(path, key, value))


def _table(path: Path, key: str, value: Any, expected: str) -> dict:
    if not isinstance(value, dict):
        raise _error(path, key, f"expected a table of {expected}")
    return value


def _rules(path: Path, key: str, value: Any) -> tuple[str, ...]:
    tokens = _strings(path, key, value)
    _check_tokens(path, key, tokens)
    return tokens


def _per_file_ignores(path: Path, key: str, raw: Any) -> tuple:
    return tuple((_glob(path, f"{key}.\"{pattern}\"", pattern), _rules(path, f"{key}.\"{pattern}\"", tokens))
                 for pattern, tokens in _table(path, key, raw, "glob = [codes]").items())


def _glossary(path: Path, key: str, glossary: Any) -> str:
    if not isinstance(glossary, str) or not glossary:
        raise _error(path, key, "expected a path")
    glossary = str(path.parent / glossary) if not os.path.isabs(glossary) else glossary
    if os.path.isdir(glossary):
        raise _error(path, key, f"is a directory, not a glossary file: {glossary}")
    if not os.path.isfile(glossary):
        raise _error(path, key, f"no such file: {glossary}")
    return glossary


def _severity(path: Path, key: str, raw: Any) -> tuple:
    severity = []
    for token, level in _table(path, key, raw, 'code = "error" | "warning" | "info"').items():
        _check_tokens(path, f"{key}.{token}", [token])
        if level not in ("error", "warning", "info"):
            raise _error(path, f"{key}.{token}", f"expected \"error\", \"warning\" or \"info\", got {level!r}")
        severity.append((token, Severity(level)))
    return tuple(severity)


def _flag(path: Path, key: str, value: Any) -> Optional[bool]:
    if value is not None and not isinstance(value, bool):
        raise _error(path, key, f"expected true or false, got {value!r}")
    return value


def _file_choice(table: dict, path: Path, name) -> FileChoice:
    exclude = table.get("exclude")
    return FileChoice(None if exclude is None else _globs(path, name("exclude"), exclude),
                      _globs(path, name("extend-exclude"), table.get("extend-exclude", [])),
                      _flag(path, name("respect-gitignore"), table.get("respect-gitignore")),
                      _flag(path, name("force-exclude"), table.get("force-exclude")))


def parse(table: dict, path: Path, section: str = "") -> Config:
    """Validate one configuration table; `section` prefixes key names in messages."""
    def name(key: str) -> str:
        return f"{section}{key}"

    for key in table:
        if key not in KEYS:
            close = [k for k in KEYS if k.replace("-", "_") == key or k.replace("-", "") == key.replace("_", "")]
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(KEYS)})"
            raise _error(path, name(key), f"unknown key{hint}")

    select = _rules(path, name("select"), table["select"]) if "select" in table else None
    ignore = _rules(path, name("ignore"), table["ignore"]) if "ignore" in table else ()
    pfi = _per_file_ignores(path, name("per-file-ignores"), table.get("per-file-ignores", {}))

    language, language_globs = None, []
    raw = table.get("language")
    if isinstance(raw, dict):
        for pattern, lang in raw.items():
            key = f"{name('language')}.\"{pattern}\""
            language_globs.append((_glob(path, key, pattern), _language(path, key, lang)))
    elif raw is not None:
        language = _language(path, name("language"), raw)

    glossary = table.get("glossary")
    glossary = None if glossary is None else _glossary(path, name("glossary"), glossary)

    fail_on = table.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise _error(path, name("fail-on"), f"expected one of {', '.join(FAIL_ON)}, got {fail_on!r}")

    return Config(path, select, ignore, pfi, language, tuple(language_globs), glossary, fail_on,
                  _severity(path, name("severity"), table.get("severity", {})), _file_choice(table, path, name))


def load(path: Path) -> Optional[Config]:
    """The configuration in `path`; None for a pyproject.toml without `[tool.checker]`."""
    import sys
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        with open(path, "rb") as f:
            raw = f.read()
        data = tomllib.loads(raw.decode("utf-8-sig"))  # (an editor's BOM is no reason to refuse the file)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a configuration file") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the configuration ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: invalid TOML: not UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: invalid TOML: {e}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "checker" not in tool:
            return None
        table = tool["checker"]
        if not isinstance(table, dict):
            raise InputError(f"{path}: tool.checker: expected a table")
        return parse(table, path, "tool.checker.")
    return parse(data, path)


class Resolver:
    """Finds the configuration for each scanned file, reading every directory and file once."""

    def __init__(self, explicit: Optional[str] = None, isolated: bool = False):
        self.isolated = isolated
        self.explicit: Optional[Config] = None
        if explicit is not None:
            p = Path(explicit)
            if p.is_dir():
                raise InputError(f"{explicit}: is a directory, not a configuration file (--config)")
            if not p.is_file():
                raise InputError(f"{explicit}: no such configuration file")
            if p.name == "pyproject.toml":
                self.explicit = load(p) or Config(p)
            else:
                self.explicit = load(p)
        self._by_dir: dict[Path, Config] = {}

    def for_file(self, file: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        if self.isolated:
            return DEFAULT
        start = Path.cwd() if file == "-" else Path(os.path.abspath(file)).parent
        return self._find(start)

    def for_directory(self, directory: str) -> Config:
        """The configuration of the files in `directory` (the one it holds, else the nearest above)."""
        if self.explicit is not None:
            return self.explicit
        if self.isolated:
            return DEFAULT
        return self._find(Path(os.path.abspath(directory)))

    def _find(self, directory: Path) -> Config:
        seen = []
        d: Optional[Path] = directory
        found = DEFAULT
        while d is not None:
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            seen.append(d)
            hit = next((c for c in (self._try(d / n) for n in CONFIG_FILES) if c is not None), None)
            if hit is not None:
                found = hit
                break
            d = d.parent if d.parent != d else None
        for s in seen:
            self._by_dir[s] = found
        return found

    @staticmethod
    def _try(path: Path) -> Optional[Config]:
        return load(path) if path.is_file() else None
