"""The real pre-commit client runs checker's hooks (.pre-commit-hooks.yaml) in a temporary git
repository: a damaged file blocks the commit with the findings printed, a clean file passes, warnings
alone pass unless the project's configuration says otherwise, and the fix hook fixes.

pre-commit clones a snapshot of this working tree (tracked and untracked files, committed in a
temporary repository, so uncommitted work is what is tested) and installs it with pip into its own
virtual environment, from the package index the machine is configured with.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"
CLEAN = "ही एक साधी ओळ आहे.\nدوسری سطر ٹھیک ہے۔\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _pre_commit() -> list[str]:
    exe = Path(sys.executable).parent / "pre-commit"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    gitconfig = base / "gitconfig"
    gitconfig.write_text("[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n"
                         "[commit]\n\tgpgsign = false\n")
    e = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    e.update(GIT_CONFIG_GLOBAL=str(gitconfig), GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(base / "cache"),
             NO_COLOR="1", PRE_COMMIT_COLOR="never")
    e.pop("VIRTUAL_ENV", None)
    return base, e


def git(cwd, env, *args, check=True):
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def hook_repo(env):
    """A commit of the working tree as it is now, in a repository pre-commit can clone."""
    base, e = env
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True)
    if listed.returncode != 0:
        pytest.skip("the project is not a git checkout")
    repo = base / "hooks"
    for name in filter(None, listed.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, repo / name)
    git(repo, e, "init", "-q")
    git(repo, e, "add", "-A")
    git(repo, e, "commit", "-q", "-m", "snapshot")
    return repo, git(repo, e, "rev-parse", "HEAD").stdout.strip()


@pytest.fixture(scope="module")
def installed(env, hook_repo):
    """Install the hook environment once (pip install of checker and its dependencies)."""
    base, e = env
    project = make_project(base / "warmup", e, hook_repo, ["checker", "checker-fix"])
    proc = subprocess.run([*_pre_commit(), "install-hooks"], cwd=project, env=e, capture_output=True,
                          text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return True


def make_project(path, e, hook_repo, hooks, checker_toml=None):
    repo, rev = hook_repo
    path.mkdir(parents=True)
    git(path, e, "init", "-q")
    config = {"repos": [{"repo": str(repo), "rev": rev, "hooks": [{"id": h} for h in hooks]}]}
    (path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    if checker_toml:
        (path / ".checker.toml").write_text(checker_toml)
    git(path, e, "add", "-A")
    git(path, e, "commit", "-q", "--no-verify", "-m", "configuration")
    proc = subprocess.run([*_pre_commit(), "install"], cwd=path, env=e, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return path


def commit(project, e, name, text):
    (project / name).parent.mkdir(parents=True, exist_ok=True)
    (project / name).write_text(text, encoding="utf-8")
    git(project, e, "add", name)
    proc = git(project, e, "commit", "-m", f"add {name}", check=False)
    return proc.returncode, proc.stdout + proc.stderr


def head_files(project, e):
    return git(project, e, "ls-tree", "-r", "--name-only", "HEAD").stdout.split()


def test_hooks_file_declares_both_hooks():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["checker"]["entry"] == "checker scan --force-exclude" and hooks["checker"]["language"] == "python"
    assert hooks["checker-fix"]["entry"] == "checker scan --force-exclude --fix"
    assert all(h["types"] == ["text"] for h in hooks.values())


def test_damaged_file_blocks_the_commit(env, hook_repo, installed, tmp_path):
    _, e = env
    project = make_project(tmp_path / "p", e, hook_repo, ["checker"])
    code, out = commit(project, e, "docs/bad.txt", DAMAGED)
    assert code != 0, out
    assert "Failed" in out and "docs/bad.txt:1:" in out and "NUM001" in out and "ORT001" in out
    assert "docs/bad.txt" not in head_files(project, e)


def test_excluded_files_pass_though_staged(env, hook_repo, installed, tmp_path):
    """pre-commit names each staged file; the hook's --force-exclude keeps the project's exclusions."""
    _, e = env
    project = make_project(tmp_path / "p", e, hook_repo, ["checker"], 'extend-exclude = ["legacy/"]\n')
    code, out = commit(project, e, "legacy/old.txt", DAMAGED)
    assert code == 0 and "legacy/old.txt" in head_files(project, e), out
    code, out = commit(project, e, "new/bad.txt", DAMAGED)
    assert code != 0 and "new/bad.txt:1:" in out, out


def test_clean_file_passes(env, hook_repo, installed, tmp_path):
    _, e = env
    project = make_project(tmp_path / "p", e, hook_repo, ["checker"])
    code, out = commit(project, e, "good.txt", CLEAN)
    assert code == 0, out
    assert "Passed" in out and "good.txt" in head_files(project, e)


def test_warnings_alone_pass_unless_configured(env, hook_repo, installed, tmp_path):
    _, e = env
    as_warnings = '[severity]\nALL = "warning"\n'
    project = make_project(tmp_path / "p", e, hook_repo, ["checker"], as_warnings)
    code, out = commit(project, e, "w.txt", DAMAGED)
    assert code == 0, out
    strict = make_project(tmp_path / "q", e, hook_repo, ["checker"], 'fail-on = "warning"\n' + as_warnings)
    code, out = commit(strict, e, "w.txt", DAMAGED)
    assert code != 0 and "NUM001 warning" in out, out


def test_fix_hook_fixes_safe_findings(env, hook_repo, installed, tmp_path):
    _, e = env
    project = make_project(tmp_path / "p", e, hook_repo, ["checker-fix"], 'select = ["NUM001", "ORT001"]\n')
    code, out = commit(project, e, "f.txt", DAMAGED)
    assert code != 0 and "files were modified by this hook" in out, out
    assert (project / "f.txt").read_text(encoding="utf-8") == DAMAGED.replace("जाणार्या", "जाणाऱ्या")
