"""Configuration: discovery from the scanned file upwards, every key, command-line precedence, errors."""
import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.config import Resolver, glob_match

runner = CliRunner()
DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"   # ORT001 (safe fix) and NUM001 (unsafe fix)


def scan(*args):
    r = runner.invoke(app, ["scan", "--format", "json", *map(str, args)])
    report = json.loads(r.stdout) if r.stdout.strip().startswith("{") else None
    return r, report


KNOWN = {"NUM001", "ORT001"}  # the two rules DAMAGED is written for; rules added later may fire too


def codes(report):
    return sorted({x["rule"] for f in report["files"] for s in f["sentences"] for x in s["findings"]} & KNOWN)


def severities(report):
    return {x["rule"]: x["severity"] for f in report["files"] for s in f["sentences"] for x in s["findings"]
            if x["rule"] in KNOWN}


@pytest.fixture
def project(tmp_path):
    (tmp_path / "docs" / "legacy").mkdir(parents=True)
    for p in ("a.txt", "docs/b.txt", "docs/legacy/c.txt"):
        (tmp_path / p).write_text(DAMAGED, encoding="utf-8")
    return tmp_path


def test_no_configuration_all_rules(project):
    r, report = scan(project / "a.txt")
    assert r.exit_code == 1 and codes(report) == ["NUM001", "ORT001"]


def test_pyproject_tool_checker_found_upwards(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.checker]\nselect = ["NUM"]\n')
    r, report = scan(project / "docs" / "legacy" / "c.txt")
    assert codes(report) == ["NUM001"]


def test_pyproject_without_section_is_skipped_and_checker_toml_preferred(project):
    (project / ".checker.toml").write_text('ignore = ["number"]\n')
    (project / "docs" / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.checker]: skipped
    r, report = scan(project / "docs" / "b.txt")
    assert codes(report) == ["ORT001"]
    (project / "pyproject.toml").write_text('[tool.checker]\nignore = ["orthography"]\n')
    r, report = scan(project / "a.txt")  # .checker.toml wins over pyproject.toml in one directory
    assert codes(report) == ["ORT001"]


def test_nearest_configuration_wins(project):
    (project / ".checker.toml").write_text('ignore = ["NUM"]\n')
    (project / "docs" / ".checker.toml").write_text('ignore = ["ORT"]\n')
    _, report = scan(project / "a.txt", project / "docs" / "b.txt")
    by_file = {f["path"]: {x["rule"] for s in f["sentences"] for x in s["findings"]} & KNOWN for f in report["files"]}
    assert by_file == {str(project / "a.txt"): {"ORT001"}, str(project / "docs" / "b.txt"): {"NUM001"}}


def test_per_file_ignores_and_language_globs(project):
    (project / ".checker.toml").write_text(
        '[per-file-ignores]\n"**/legacy/*" = ["NUM001"]\n"a.txt" = ["orthography"]\n'
        '[language]\n"docs/**" = "ur"\n')
    _, report = scan(project)
    by_file = {f["path"]: (f["language"], {x["rule"] for s in f["sentences"] for x in s["findings"]} & KNOWN)
               for f in report["files"]}
    assert by_file[str(project / "a.txt")] == ("mr", {"NUM001"})
    assert by_file[str(project / "docs" / "legacy" / "c.txt")] == ("ur", set())  # ORT001 is Marathi only
    assert by_file[str(project / "docs" / "b.txt")] == ("ur", {"NUM001"})


def test_severity_overrides_and_fail_on(project):
    (project / ".checker.toml").write_text('[severity]\nALL = "info"\nnumber = "info"\nORT001 = "warning"\n')
    r, report = scan(project / "a.txt")
    assert severities(report) == {"NUM001": "info", "ORT001": "warning"}
    assert r.exit_code == 0  # nothing reaches the default fail-on (error)
    (project / ".checker.toml").write_text('fail-on = "warning"\n[severity]\nALL = "info"\nORT001 = "warning"\n')
    assert scan(project / "a.txt")[0].exit_code == 1
    assert scan("--fail-on", "error", project / "a.txt")[0].exit_code == 0  # the command line wins


def test_most_specific_severity_override_wins(project):
    (project / ".checker.toml").write_text('[severity]\nALL = "info"\nNUM = "warning"\nNUM001 = "error"\n')
    _, report = scan(project / "a.txt")
    assert severities(report) == {"NUM001": "error", "ORT001": "info"}


def test_command_line_wins_over_configuration(project):
    (project / ".checker.toml").write_text('select = ["NUM"]\nlanguage = "ur"\n')
    _, report = scan("--select", "ORT001", "--lang", "mr", project / "a.txt")
    assert codes(report) == ["ORT001"]          # --select starts afresh, --lang replaces "ur"
    _, report = scan("--lang", "mr", project / "a.txt")
    assert report["files"][0]["language"] == "mr"
    _, report = scan(project / "a.txt")
    assert report["files"][0]["language"] == "ur"
    _, report = scan("--no-config", project / "a.txt")
    assert codes(report) == ["NUM001", "ORT001"]


def test_ignore_on_command_line_adds_to_configuration(project):
    (project / ".checker.toml").write_text('select = ["NUM", "ORT"]\n')
    _, report = scan("--ignore", "ORT", project / "a.txt")
    assert codes(report) == ["NUM001"]


def test_explicit_config_file(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("cfg") / "strict.toml"
    other.write_text('select = ["ORT001"]\n')
    (project / ".checker.toml").write_text('select = ["NUM"]\n')
    _, report = scan("--config", other, project / "a.txt")
    assert codes(report) == ["ORT001"]


def test_glossary_path_relative_to_config(project, monkeypatch):
    (project / "terms.tsv").write_text("english\tur\tmr\treject\n", encoding="utf-8")
    (project / ".checker.toml").write_text('glossary = "terms.tsv"\n')
    seen = []
    import checker.engine.run as engine
    original = engine.check_text

    def spy(*a, **k):
        seen.append(k["options"].glossary)
        return original(*a, **k)
    monkeypatch.setattr(engine, "check_text", spy)
    monkeypatch.chdir(project / "docs")
    scan(project / "a.txt")
    assert seen == [str(project / "terms.tsv")]
    seen.clear()
    other = project / "docs" / "mine.tsv"
    other.write_text("english\tur\tmr\treject\n", encoding="utf-8")
    scan("--glossary", other, project / "a.txt")
    assert seen == [str(other)]


@pytest.mark.parametrize("name, text, needle", [
    (".checker.toml", 'selcet = ["NUM"]\n', "selcet"),
    (".checker.toml", 'per_file_ignores = {}\n', "per-file-ignores"),
    (".checker.toml", 'select = ["NUM999X"]\n', "select"),
    (".checker.toml", 'ignore = ["nonsense"]\n', "nonsense"),
    (".checker.toml", '[per-file-ignores]\n"x/**" = ["ZZZ1"]\n', "per-file-ignores"),
    (".checker.toml", '[severity]\nNUM001 = "fatal"\n', "severity.NUM001"),
    (".checker.toml", '[severity]\nBOGUS9 = "error"\n', "severity.BOGUS9"),
    (".checker.toml", 'fail-on = "sometimes"\n', "fail-on"),
    (".checker.toml", 'language = "hi"\n', "language"),
    (".checker.toml", 'glossary = "missing.tsv"\n', "glossary"),
    (".checker.toml", 'select = "NUM" "x"\n', "invalid TOML"),
    (".checker.toml", 'select = 3\n', "select"),
    ("pyproject.toml", '[tool.checker]\nfail_on = "error"\n', "tool.checker.fail_on"),
])
def test_configuration_errors_name_file_and_key(project, run_cli, name, text, needle):
    cfg = project / name
    cfg.write_text(text, encoding="utf-8")
    proc = run_cli("scan", project / "a.txt")
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and str(cfg) in lines[0] and needle in lines[0], lines


def test_missing_explicit_config(run_cli, tmp_path):
    proc = run_cli("scan", "--config", tmp_path / "nope.toml", tmp_path)
    assert proc.returncode == 2 and b"nope.toml" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("pattern, path, hit", [
    ("*.txt", "a.txt", True), ("*.txt", "docs/deep/b.txt", True), ("docs/*.txt", "docs/b.txt", True),
    ("docs/*.txt", "docs/x/b.txt", False), ("docs/**", "docs/x/b.txt", True), ("docs/", "docs/b.txt", True),
    ("**/legacy/*.txt", "legacy/c.txt", True), ("a?.txt", "ab.txt", True), ("[ab].txt", "c.txt", False),
    ("./a.txt", "a.txt", True), ("docs", "docs/b.txt", True), ("doc", "docs/b.txt", False),
])
def test_glob_match(pattern, path, hit):
    assert glob_match(pattern, path) is hit


def test_resolver_reads_each_directory_once(project, monkeypatch):
    (project / ".checker.toml").write_text('select = ["NUM"]\n')
    import checker.config as config
    calls = []
    original = config.load
    monkeypatch.setattr(config, "load", lambda p: calls.append(p) or original(p))
    resolver = Resolver()
    for p in ("a.txt", "docs/b.txt", "docs/legacy/c.txt", "docs/legacy/c.txt"):
        assert resolver.for_file(str(project / p)).select == ("NUM",)
    assert calls == [project / ".checker.toml"]
