"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, VS Code's viewer).

Columns are counted in Unicode code points (`columnKind`), like every other checker report. Each
result carries the baseline key as a partial fingerprint, so dashboards follow a finding across
edits elsewhere in the file, and its fix, when it has one, as a SARIF `fix`.
"""
from __future__ import annotations

import json
import os
from pathlib import PurePath
from typing import TextIO
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint, keyed
from ..model import FileReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def uri(path: str) -> str:
    if os.path.isabs(path):
        return "file://" + quote(PurePath(path).as_posix())
    return quote(PurePath(path).as_posix())


def _rule_descriptor(rule) -> dict:
    doc = rule.doc()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value, *rule.languages],
                       "languages": list(rule.languages), "fixable": rule.fixable},
    }


def document(reports: list[FileReport]) -> dict:
    from ..rules import all_rules
    rules = list(all_rules())
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for r in reports:
        location_uri = uri(r.path)
        for key, f in keyed(r, PurePath(r.path).as_posix()):
            region = {"startLine": f.line, "startColumn": f.col, "endLine": f.line, "endColumn": f.end_col,
                      "snippet": {"text": f.text}}
            result = {
                "ruleId": f.rule,
                "level": LEVELS[f.severity.value],
                "message": {"text": f"{f.message} «{f.text}»"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": location_uri},
                                                    "region": region}}],
                "partialFingerprints": {"checker/v1": fingerprint(key)},
                "properties": {"category": f.category.value, "name": f.name, "sentence": f.sentence},
            }
            if f.rule in index:
                result["ruleIndex"] = index[f.rule]
            if f.unit is not None:  # translation files: the unit, as a logical location
                result["locations"][0]["logicalLocations"] = [{"name": f.unit, "kind": "translationUnit"}]
                result["properties"]["unit"] = f.unit
            if f.end_line is not None:
                region["endLine"] = f.end_line
            if f.fix is not None:
                result["fixes"] = [{
                    "description": {"text": f"replace «{f.text}» by «{f.fix.replacement}»"
                                            + ("" if f.fix.safe else " (unsafe: check the meaning)")},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": location_uri},
                        "replacements": [{"deletedRegion": {k: region[k] for k in
                                                            ("startLine", "startColumn", "endLine", "endColumn")},
                                          "insertedContent": {"text": f.fix.replacement}}],
                    }],
                }]
            results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "checker", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule_descriptor(r) for r in rules]}},
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": uri(r.path)}, "encoding": "utf-8",
                           "properties": {"language": r.language}} for r in reports],
            "results": results,
        }],
    }


def write(reports: list[FileReport], out: TextIO) -> None:
    json.dump(document(reports), out, ensure_ascii=False, indent=1)
    out.write("\n")
