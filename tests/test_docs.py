"""Documentation: every rule is documented and listed in the README, and the README's commands work."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.rules import all_rules
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def blocks(lang):
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def rules_table():
    section = README.split("## Rules", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in section.splitlines() if line.startswith("|")]
    return {r[0]: r for r in rows[2:]}


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.doc()
    assert rule.summary() and not rule.summary().startswith(("Why:", "Instead:")), rule.code
    assert "Why:" in doc, f"{rule.code}: docstring has no 'Why:' paragraph"
    assert "Instead:" in doc, f"{rule.code}: docstring has no 'Instead:' paragraph"
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    r = runner.invoke(app, ["explain", rule.code])
    assert r.exit_code == 0 and rule.name in r.stdout and "Why:" in r.stdout


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_is_in_the_readme_table(rule):
    table = rules_table()
    assert rule.code in table, f"{rule.code} is missing from README's rules table (`checker rules --format markdown`)"
    assert table[rule.code][1] == rule.name


def test_rules_markdown_has_the_readme_columns():
    out = runner.invoke(app, ["rules", "--format", "markdown"]).stdout.splitlines()
    section = README.split("## Rules", 1)[1]
    assert out[0] in section and out[1] in section
    assert len(out) == 2 + len(all_rules())


def readme_commands():
    cmds = []
    for block in blocks("sh"):
        for line in block.splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()
            if line.startswith("checker "):
                cmds.append(line)
    return cmds


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "corpora", d / "corpora")
    return d


@pytest.mark.parametrize("command", readme_commands())
def test_readme_command_works(sandbox, command):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_COLOR": "1"}
    env.pop("CHECKER_DEBUG", None)
    proc = subprocess.run(["bash", "-c", command], cwd=sandbox, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode in (0, 1), f"{command}: exit {proc.returncode}: {proc.stderr}"
    assert "Traceback" not in proc.stderr and "error:" not in proc.stderr, proc.stderr


def test_readme_has_commands_for_each_feature():
    text = " ".join(readme_commands())
    for needle in ("--fix", "--unsafe-fixes", "--diff", "--baseline", "--write-baseline", "explain", "rules",
                   "normalize", "--format html", "--select"):
        assert needle in text, needle


def test_readme_library_example_runs(sandbox, monkeypatch, capsys):
    (code,) = blocks("python")
    monkeypatch.chdir(sandbox)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "NUM001" in out and "sentences," in out


def test_readme_configuration_example_is_valid(tmp_path):
    (toml,) = blocks("toml")
    (tmp_path / "terms.tsv").write_text("english\tur\tmr\treject\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text("२०२23\n", encoding="utf-8")
    r = runner.invoke(app, ["scan", str(tmp_path / "a.txt")])
    assert r.exit_code in (0, 1), r.output


def test_readme_pre_commit_example_names_the_hooks():
    (snippet,) = blocks("yaml")
    hook_ids = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    config = yaml.safe_load(snippet)
    used = {h["id"] for r in config["repos"] for h in r["hooks"]}
    assert used <= hook_ids and "checker-fix" in snippet


def test_rules_table_is_up_to_date():
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_readme_rules.py"), "--check"])
    assert proc.returncode == 0, "README's rules table is stale: run python scripts/update_readme_rules.py"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[dev,formats,dask,parquet]' && .venv/bin/python -m pytest"
    assert command in README
    assert command.replace("pip install", "pip install -q") in ci
