"""Packaging: a distribution name of its own, a licence file and an SPDX licence expression."""
from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_distribution_name_is_not_the_taken_checker():
    assert PROJECT["name"] != "checker"  # taken on PyPI; the import package and command keep the name
    assert PROJECT["scripts"]["checker"] == "checker.cli:main"


def test_licence_is_an_spdx_expression_with_its_files():
    assert isinstance(PROJECT["license"], str) and "MIT" in PROJECT["license"]
    for name in PROJECT["license-files"]:
        assert (ROOT / name).is_file(), name
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_classifiers_name_both_languages():
    assert {"Natural Language :: Urdu", "Natural Language :: Marathi"} <= set(PROJECT["classifiers"])
