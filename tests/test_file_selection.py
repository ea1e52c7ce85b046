"""Which files a scan reads (checker.discovery): default exclusions, .gitignore, exclude and
extend-exclude (configuration and command line), force-exclude for named files, and one glob
dialect (checker.globs) for --glob, exclusions, per-file-ignores and the language table."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.config import Resolver
from checker.discovery import FileOptions, Note, expand
from checker.globs import glob_error, glob_match

TEXT = "हे वाक्य ठीक आहे.\n"
DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"


def _tree(root: Path, files) -> None:
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(TEXT, encoding="utf-8")


def _repo(root: Path) -> Path:
    """A project in a git repository (a bare .git folder is what git's own look-up finds)."""
    (root / ".git" / "info").mkdir(parents=True)
    _tree(root, [".venv/lib/python3.11/site-packages/pkg/LICENSE.txt", "node_modules/x/README.txt",
                 "build/out.txt", "logs/a.log.txt", "docs/a.txt", "b.txt"])
    (root / ".gitignore").write_text("build/\n*.log.txt\n", encoding="utf-8")
    return root


def _found(paths, root: Path, cwd: Path | None = None, **options) -> list[str]:
    old = os.getcwd()
    os.chdir(cwd or root)
    try:
        items = list(expand([str(p) for p in paths], FileOptions(**options), Resolver()))
    finally:
        os.chdir(old)
    return sorted(Path(os.path.abspath(os.path.join(cwd or root, p))).relative_to(root).as_posix()
                  for p in items if isinstance(p, str) and not isinstance(p, Note))


def test_a_repository_scan_reads_only_the_project_text(tmp_path):
    root = _repo(tmp_path)
    assert _found([root], root) == ["b.txt", "docs/a.txt"]
    assert _found(["."], root) == ["b.txt", "docs/a.txt"]


def test_an_english_source_beside_its_translation_is_left_out_of_a_directory_scan(tmp_path):
    (tmp_path / "a.mr.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "source.en.txt").write_text("The 2023 figures are in.\n", encoding="utf-8")
    (tmp_path / "numbers.txt").write_text("2023 12\n", encoding="utf-8")  # no letters: not English
    items = list(expand([str(tmp_path)], FileOptions(), Resolver()))
    assert [n for n in items if isinstance(n, Note)] == [
        f"{tmp_path / 'source.en.txt'}: no Urdu or Marathi letters in its opening (an English source?); not scanned "
        "(name it, or give --lang, to scan it)"]
    assert _found([tmp_path], tmp_path) == ["a.mr.txt", "numbers.txt"]
    assert _found([tmp_path / "source.en.txt"], tmp_path) == ["source.en.txt"]  # named: read
    assert _found([tmp_path], tmp_path, skip_english=False) == ["a.mr.txt", "numbers.txt", "source.en.txt"]


def test_through_the_command_line(tmp_path, run_cli):
    root = _repo(tmp_path)
    proc = run_cli("scan", "--format", "json", ".", cwd=root)
    report = json.loads(proc.stdout)
    assert proc.returncode == 0, proc.stderr
    assert sorted(f["path"] for f in report["files"]) == ["b.txt", "docs/a.txt"]
    proc = run_cli("scan", "--format", "json", "--no-respect-gitignore", ".", cwd=root)
    assert sorted(f["path"] for f in json.loads(proc.stdout)["files"]) == [
        "b.txt", "build/out.txt", "docs/a.txt", "logs/a.log.txt"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignore_is_read_as_git_reads_it(tmp_path):
    """git's own answer (git ls-files) is the reference: nested files, negation, info/exclude."""
    root = tmp_path
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    _tree(root, ["a.txt", "gen/x.txt", "gen/keep.txt", "sub/y.txt", "sub/z.txt", "sub/deep/w.txt",
                 "private/p.txt", "top.txt", "sub/top.txt"])
    (root / ".gitignore").write_text("gen/*\n!gen/keep.txt\n/top.txt\n", encoding="utf-8")
    (root / "sub" / ".gitignore").write_text("\ufeffz.txt\ndeep/\n", encoding="utf-8")  # (a BOM, as git allows)
    (root / ".git" / "info" / "exclude").write_text("private/\n", encoding="utf-8")
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=root, capture_output=True,
                            text=True, check=True).stdout.split()
    expected = sorted(p for p in listed if p.endswith(".txt"))
    assert expected == ["a.txt", "gen/keep.txt", "sub/top.txt", "sub/y.txt"]
    assert _found([root], root) == expected
    assert _found([root / "sub"], root) == ["sub/top.txt", "sub/y.txt"]  # the parents' .gitignore apply


def test_a_named_directory_that_git_ignores_is_searched(tmp_path):
    root = _repo(tmp_path)
    _tree(root, ["build/sub/deep.txt"])
    assert _found([root / "build"], root) == ["build/out.txt", "build/sub/deep.txt"]
    assert _found([root / "build" / "sub"], root) == ["build/sub/deep.txt"]


def test_gitignore_outside_a_repository_is_not_read(tmp_path):
    _tree(tmp_path, ["build/out.txt", "a.txt"])
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    assert _found([tmp_path], tmp_path) == ["a.txt", "build/out.txt"]


def test_gitignore_in_a_worktree(tmp_path):
    """A worktree's .git is a file naming its git directory; info/exclude is the common one's."""
    common = tmp_path / "main.git"
    (common / "info").mkdir(parents=True)
    (common / "info" / "exclude").write_text("drafts/\n", encoding="utf-8")
    (common / "worktrees" / "w").mkdir(parents=True)
    (common / "worktrees" / "w" / "commondir").write_text("../..\n", encoding="utf-8")
    wt = tmp_path / "w"
    _tree(wt, ["drafts/d.txt", "a.txt"])
    (wt / ".git").write_text(f"gitdir: {common / 'worktrees' / 'w'}\n", encoding="utf-8")
    assert _found([wt], wt) == ["a.txt"]


def test_exclude_and_extend_exclude_in_the_configuration(tmp_path):
    root = _repo(tmp_path)
    _tree(root, ["drafts/d.txt", "docs/old/o.txt"])
    (root / ".checker.toml").write_text('extend-exclude = ["drafts", "docs/old/"]\n', encoding="utf-8")
    assert _found([root], root) == ["b.txt", "docs/a.txt"]
    (root / ".checker.toml").write_text('exclude = ["drafts"]\nrespect-gitignore = false\n', encoding="utf-8")
    assert _found([root], root) == [  # exclude replaces the defaults: .venv and node_modules come back
        ".venv/lib/python3.11/site-packages/pkg/LICENSE.txt", "b.txt", "build/out.txt", "docs/a.txt",
        "docs/old/o.txt", "logs/a.log.txt", "node_modules/x/README.txt"]


def test_configuration_patterns_are_relative_to_its_file(tmp_path):
    root = _repo(tmp_path)
    _tree(root, ["docs/old/o.txt", "old/o.txt"])
    (root / "docs" / ".checker.toml").write_text('extend-exclude = ["old/"]\n', encoding="utf-8")
    (root / ".checker.toml").write_text('extend-exclude = ["/nothing"]\n', encoding="utf-8")
    assert _found([root], root) == ["b.txt", "docs/a.txt", "old/o.txt"]  # docs/old only: anchored in docs/


def test_command_line_exclusions_are_relative_to_the_current_directory(tmp_path):
    root = _repo(tmp_path)
    _tree(root, ["docs/old/o.txt"])
    assert _found(["docs"], root, extend_exclude=("docs/old",)) == ["docs/a.txt"]
    assert _found(["."], root, cwd=root / "docs", extend_exclude=("old",)) == ["docs/a.txt"]
    everything = _found([root], root, exclude=(), respect_gitignore=False)
    assert "node_modules/x/README.txt" in everything and len(everything) == 7


def test_a_named_path_is_scanned_even_if_excluded_unless_forced(tmp_path):
    root = _repo(tmp_path)
    named = root / "node_modules" / "x" / "README.txt"
    assert _found([named], root) == ["node_modules/x/README.txt"]
    assert _found([named], root, force_exclude=True) == []
    assert _found([root / "docs" / "a.txt", named], root, force_exclude=True) == ["docs/a.txt"]
    # a named directory is searched: the patterns that match it do not apply inside it
    named_dir = root / ".venv" / "lib" / "python3.11" / "site-packages"
    assert _found([named_dir], root) == [".venv/lib/python3.11/site-packages/pkg/LICENSE.txt"]
    # force-exclude from the configuration; gitignore does not apply to named files (as in ruff)
    (root / ".checker.toml").write_text('force-exclude = true\nextend-exclude = ["docs/"]\n', encoding="utf-8")
    assert _found([root / "docs" / "a.txt", named, root / "build" / "out.txt"], root) == ["build/out.txt"]
    assert _found([root / "docs" / "a.txt"], root, force_exclude=False) == ["docs/a.txt"]


def test_force_exclude_through_the_command_line(tmp_path, run_cli):
    root = _repo(tmp_path)
    (root / "legacy").mkdir()
    (root / "legacy" / "old.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--extend-exclude", "legacy", "legacy/old.txt", cwd=root)
    assert proc.returncode == 1  # named: scanned
    proc = run_cli("scan", "--force-exclude", "--extend-exclude", "legacy", "legacy/old.txt", "b.txt", cwd=root)
    assert proc.returncode == 0 and b"1 file," in proc.stdout, proc.stdout


@pytest.mark.parametrize("pattern, path, hit", [
    ("*.txt", "a.txt", True), ("*.txt", "docs/deep/b.txt", True), ("docs/*.txt", "docs/b.txt", True),
    ("docs/*.txt", "x/docs/b.txt", False), ("**/*.txt", "a.txt", True), ("ur/**", "ur/x/y.txt", True),
    ("[!a].txt", "b.txt", True), ("[!a].txt", "a.txt", False), ("[]]x", "]x", True), ("a[[]b", "a[b", True),
])
def test_one_dialect(pattern, path, hit):
    assert glob_match(pattern, path) is hit


def test_glob_is_the_same_dialect_as_the_configuration(tmp_path):
    _tree(tmp_path, ["docs/a.txt", "docs/x/b.txt", "x/docs/c.txt", "d.txt"])
    assert _found([tmp_path], tmp_path, glob="docs/*.txt") == ["docs/a.txt"]  # anchored: it has a slash
    assert _found([tmp_path], tmp_path, glob="docs/**") == ["docs/a.txt", "docs/x/b.txt"]
    assert _found([tmp_path], tmp_path, glob="*.txt") == ["d.txt", "docs/a.txt", "docs/x/b.txt", "x/docs/c.txt"]
    from checker.config import parse
    cfg = parse({"per-file-ignores": {"docs/*.txt": ["NUM"]}, "language": {"docs/**": "ur"}}, tmp_path / ".checker.toml")
    assert cfg.ignores_for(str(tmp_path / "docs" / "a.txt")) == ["NUM"]
    assert cfg.ignores_for(str(tmp_path / "docs" / "x" / "b.txt")) == []
    assert cfg.language_for(str(tmp_path / "docs" / "x" / "b.txt")) == "ur"


@pytest.mark.parametrize("pattern", ["[", "a[b", "[]", "[z-a].txt", " "])
def test_invalid_globs_are_named(pattern):
    assert glob_error(pattern)


@pytest.mark.parametrize("args", [["--glob", "a["], ["--exclude", "["], ["--extend-exclude", "x,[z-a]"]])
def test_invalid_glob_on_the_command_line_is_exit_2(tmp_path, run_cli, args):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    proc = run_cli("scan", *args, tmp_path)
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and args[0] in lines[0] and "invalid glob" in lines[0], lines


@pytest.mark.parametrize("text, key", [
    ('[per-file-ignores]\n"[" = ["NUM"]\n', 'per-file-ignores."["'),
    ('[language]\n"ur/[" = "ur"\n', 'language."ur/["'),
    ('exclude = ["["]\n', "exclude"), ('extend-exclude = ["a", "[z-a]"]\n', "extend-exclude"),
    ('respect-gitignore = "yes"\n', "respect-gitignore"), ('force-exclude = 1\n', "force-exclude"),
])
def test_invalid_file_choice_in_the_configuration_is_exit_2(tmp_path, run_cli, text, key):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".checker.toml").write_text(text, encoding="utf-8")
    proc = run_cli("scan", tmp_path / "a.txt")
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and f".checker.toml: {key}" in lines[0], lines


def test_pathspec_is_imported_only_for_a_gitignore(tmp_path):
    """pre-commit starts checker per commit: the .gitignore reader costs nothing where none is read."""
    _tree(tmp_path, ["a.txt"])
    code = ("import sys; from checker.discovery import expand; from checker.config import Resolver; "
            f"list(expand([{str(tmp_path)!r}], resolver=Resolver())); print('pathspec' in sys.modules)")
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,  # noqa: E731
                                 check=True).stdout.strip()
    (tmp_path / ".git").mkdir()
    assert run() == "False"
    (tmp_path / ".gitignore").write_text("b/\n", encoding="utf-8")
    assert run() == "True"
