"""README.md is the front door: its rules table matches the registry and its two set-up commands are the ones CI runs."""
import subprocess
import sys

from conftest import ROOT


def test_rules_table_is_up_to_date():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme_rules.py"), "--check"])
    assert proc.returncode == 0, "run: python scripts/update_readme_rules.py"


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m pytest"
    assert command in readme
    assert command.replace("pip install", "pip install -q") in ci
