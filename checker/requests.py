"""What a scan is asked to do, grouped by concern, each part checked where it is built: an
impossible combination is an InputError naming the options, before anything is read."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Optional

from .errors import InputError
from .model import FAIL_ON, FORMATS, LANGUAGES, STREAMING


@dataclass(frozen=True, slots=True, kw_only=True)
class Targets:
    """What to scan: files, directories (searched for `glob`, less what is excluded: checker.discovery)
    or - for standard input. None: the configuration's choice (or the default)."""
    paths: tuple[str, ...]
    glob: str = "*.txt"
    language: Optional[str] = None  # forced instead of detected per sentence
    unfinished: str = "skip"        # translation files (checker.formats): unfinished units skipped, reported or checked
    exclude: Optional[tuple[str, ...]] = None   # replaces the configuration's (or the default) exclusions
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: Optional[bool] = None
    force_exclude: Optional[bool] = None        # exclusions apply to the files named too

    def __post_init__(self):
        from .globs import glob_error
        parts = PurePosixPath(self.glob.replace("\\", "/")).parts
        if not self.glob.strip() or self.glob.startswith(("/", "\\")) or os.path.isabs(self.glob) or ".." in parts:
            raise InputError(f"--glob: {self.glob!r} is not a pattern relative to the scanned directory "
                             "(e.g. '*.txt' or 'ur/**/*.txt')")
        for option, patterns in (("--glob", (self.glob,)), ("--exclude", self.exclude or ()),
                                 ("--extend-exclude", self.extend_exclude)):
            for pattern in patterns:
                why = glob_error(pattern)
                if why is not None:
                    raise InputError(f"{option}: invalid glob {pattern!r}: {why}")
        if self.language is not None and self.language not in LANGUAGES:
            raise InputError(f"--lang: expected one of {', '.join(LANGUAGES)}, got {self.language!r}")
        from .formats import UNFINISHED
        if self.unfinished not in UNFINISHED:
            raise InputError(f"--unfinished: expected one of {', '.join(UNFINISHED)}, got {self.unfinished!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleChoice:
    """Which rules, with what: the command line wins over the configuration files."""
    select: Optional[tuple[str, ...]] = None
    ignore: Optional[tuple[str, ...]] = None
    glossary: Optional[str] = None
    fail_on: Optional[str] = None   # None: the configuration's, else error
    config: Optional[str] = None    # one configuration file for every path
    isolated: bool = False          # ignore configuration files

    def __post_init__(self):
        if self.fail_on is not None and self.fail_on not in FAIL_ON:
            raise InputError(f"--fail-on: expected {', '.join(FAIL_ON[:-1])} or {FAIL_ON[-1]}, got {self.fail_on!r}")
        if self.config is not None and self.isolated:
            raise InputError("--config and --no-config: choose one")


@dataclass(frozen=True, slots=True, kw_only=True)
class Fixing:
    fix: bool = False           # write safe fixes into the files
    diff: bool = False          # show them as a unified diff instead
    unsafe: bool = False        # unsafe fixes too

    def __post_init__(self):
        if self.fix and self.diff:
            raise InputError("--fix and --diff: choose one (--diff shows the fixes, --fix writes them)")

    @property
    def active(self) -> bool:
        return self.fix or self.diff


@dataclass(frozen=True, slots=True, kw_only=True)
class BaselineUse:
    read: Optional[str] = None   # report only findings not recorded here
    write: Optional[str] = None  # record every finding here, report nothing


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """Line-aligned companions of the one scanned file."""
    reference: Optional[str] = None  # scores per sentence and for the corpus
    source: Optional[str] = None     # English source, carried into the report (NUM011)
    normalize_before_scoring: bool = False

    @property
    def active(self) -> bool:
        return self.reference is not None or self.source is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Output:
    format: str = "text"
    path: Optional[str] = None       # None or -: standard output
    progress: Optional[bool] = None  # None: decide from the terminal and the scan's size
    jobs: Optional[int] = None       # processes; None: the number of cores

    def __post_init__(self):
        if self.format not in FORMATS:
            raise InputError(f"--format: expected one of {', '.join(FORMATS)}, got {self.format!r}")
        if self.jobs is not None and self.jobs < 1:
            raise InputError(f"--jobs: expected at least 1, got {self.jobs}")

    @property
    def to_stdout(self) -> bool:
        return not self.path or self.path == "-"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanRequest:
    targets: Targets
    rules: RuleChoice = field(default_factory=RuleChoice)
    fixing: Fixing = field(default_factory=Fixing)
    baseline: BaselineUse = field(default_factory=BaselineUse)
    alignment: Alignment = field(default_factory=Alignment)
    output: Output = field(default_factory=Output)

    def __post_init__(self):
        if self.fixing.active and self.baseline.write:
            raise InputError("--write-baseline records findings; it does not combine with --fix or --diff")
        if self.baseline.write and self.output.path:
            raise InputError("--write-baseline writes no report; leave out --output")
        if self.fixing.fix and "-" in self.targets.paths:
            raise InputError("-: cannot fix standard input in place (use --diff)")
        if self.alignment.active and self.fixing.active:
            raise InputError("--reference and --source do not combine with --fix or --diff")
        from .formats import is_translation_file
        if self.alignment.active and any(is_translation_file(p) for p in self.targets.paths):
            raise InputError("--reference and --source: a translation file (XLIFF, PO, TMX, CSV) holds its source already")
        readers = [p for p in self.targets.paths if p == "-"]
        readers += [p for p in (self.alignment.reference, self.alignment.source) if p == "-"]
        if len(readers) > 1:
            raise InputError("-: standard input can be read only once; give the other inputs as files")

    @property
    def streams(self) -> bool:
        """Whether each file's report is written as soon as it is checked (JSON Lines to stdout)."""
        return (self.output.format in STREAMING and self.output.to_stdout and not self.fixing.diff
                and not self.baseline.write)
