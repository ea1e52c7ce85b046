"""What checker says when it cannot do what it is asked (issue 22, D12): one line that names the
real cause, and exit status 2 for an input error; a warning where the scan is still right."""
from __future__ import annotations

import json
import os

import pytest

TEXT = "हे वाक्य ठीक आहे.\n"
DAMAGED = "वापरल्या जाणार्या चिप्स २०२23 मध्ये.\n"
GLOSSARY = "english\tur\tmr\treject\nDeepSeek\tڈیپ سیک\tडीपसीक\tदीप शोध\n"


def _line(proc) -> str:
    err = proc.stderr.decode("utf-8")
    lines = [x for x in err.splitlines() if x.strip()]
    assert "Traceback" not in err and len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_is_named_not_called_binary(tmp_path, run_cli, encoding):
    p = tmp_path / "u.txt"
    p.write_bytes(("हे वाक्य ठीक आहे.\nदुसरी ओळ आहे.\n" * 3).encode(encoding))
    wide = "UTF-32" if "32" in encoding else "UTF-16"
    proc = run_cli("scan", p)
    assert proc.returncode == 2
    line = _line(proc)
    assert f"{p}: {wide} text, not UTF-8: save it as UTF-8" in line and "binary" not in line, line


def test_utf16_streamed_is_named_too(tmp_path, monkeypatch):
    from checker.errors import InputError
    from checker.loader import line_reader
    p = tmp_path / "u.txt"
    p.write_bytes(("दुसरी ओळ आहे.\n" * 3).encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16 text, not UTF-8"):
        list(line_reader(str(p))())


def test_binary_is_still_binary(tmp_path, run_cli):
    p = tmp_path / "b.txt"
    p.write_bytes(bytes(range(256)) * 4)
    assert "binary file (contains NUL bytes)" in _line(run_cli("scan", p))


@pytest.mark.parametrize("name, text", [(".checker.toml", 'select = ["NUM"]\n'),
                                        ("pyproject.toml", '[tool.checker]\nselect = ["NUM"]\n')])
def test_configuration_with_a_bom_is_read(tmp_path, run_cli, name, text):
    (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", "--format", "json", tmp_path / "a.txt")
    assert proc.returncode == 1, proc.stderr
    rules = {f["rule"] for s in json.loads(proc.stdout)["files"][0]["sentences"] for f in s["findings"]}
    assert rules and all(r.startswith("NUM") for r in rules)


def test_glossary_with_a_bom_is_read(tmp_path, run_cli):
    g = tmp_path / "terms.tsv"
    g.write_bytes(b"\xef\xbb\xbf" + GLOSSARY.encode())
    (tmp_path / "a.txt").write_text("दीप शोध हे नवीन आहे.\n", encoding="utf-8")
    proc = run_cli("scan", "--format", "json", "--glossary", g, tmp_path / "a.txt")
    assert proc.returncode == 1, proc.stderr
    assert '"rule": "TRM001"' in proc.stdout.decode()


def test_glossary_that_is_a_directory(tmp_path, run_cli):
    (tmp_path / "terms").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    line = _line(run_cli("scan", "--glossary", tmp_path / "terms", tmp_path / "a.txt"))
    assert "is a directory" in line and "no such" not in line, line
    (tmp_path / ".checker.toml").write_text('glossary = "terms"\n', encoding="utf-8")
    line = _line(run_cli("scan", tmp_path / "a.txt"))
    assert ".checker.toml: glossary: is a directory" in line, line


def test_config_that_is_a_directory(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    line = _line(run_cli("scan", "--config", tmp_path, tmp_path / "a.txt"))
    assert "is a directory" in line and "--config" in line, line


def test_symlink_loop_is_named_as_such(tmp_path, run_cli):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    line = _line(run_cli("scan", loop))
    assert f"{loop}: symbolic link loop" in line and "broken" not in line, line
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert "symbolic link loop" in _line(run_cli("scan", a))


def test_per_file_ignores_glob_that_is_not_one(tmp_path, run_cli):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".checker.toml").write_text('[per-file-ignores]\n"[" = ["NUM"]\n', encoding="utf-8")
    proc = run_cli("scan", tmp_path / "a.txt")
    assert proc.returncode == 2
    assert "per-file-ignores.\"[\": invalid glob '[': a '[' is never closed" in _line(proc)


def test_unsafe_fixes_without_fix_is_a_warning(tmp_path, run_cli):
    p = tmp_path / "a.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    before = p.read_bytes()
    proc = run_cli("scan", "--unsafe-fixes", p)
    assert proc.returncode == 1 and p.read_bytes() == before  # the scan is what it would be
    assert _line(proc) == "checker: warning: --unsafe-fixes does nothing without --fix or --diff"
    assert run_cli("scan", "--diff", "--unsafe-fixes", p).stderr == b""


def test_text_report_escapes_control_characters_in_names(tmp_path, run_cli):
    d = tmp_path / "odd"
    d.mkdir()
    (d / "a\nb.txt").write_text(DAMAGED, encoding="utf-8")
    proc = run_cli("scan", d)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert all(line.startswith(("  |", f'"{d}/a\\nb.txt":', "source checks", "1 file"))
               for line in out.splitlines()), out
    proc = run_cli("scan", "--format", "json", d)  # the JSON contract: the name as it is
    assert json.loads(proc.stdout)["files"][0]["path"] == f"{d}/a\nb.txt"


def test_errors_naming_such_a_file_stay_one_line(tmp_path, run_cli):
    p = tmp_path / "x\ny.txt"
    p.write_bytes(b"\xff\n")
    line = _line(run_cli("scan", p))
    assert "x\\ny.txt: invalid UTF-8" in line, line


def test_symlinked_directory_is_named_once(tmp_path, run_cli):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text(TEXT, encoding="utf-8")
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    (project / "linked").symlink_to(outside, target_is_directory=True)
    (project / "again").symlink_to(project / "docs", target_is_directory=True)  # inside: scanned anyway
    proc = run_cli("scan", "--format", "json", project)
    assert proc.returncode == 0
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [str(project / "docs" / "a.txt")]
    line = _line(proc)
    assert line.startswith(f"checker: {project / 'linked'}: a symbolic link to a directory") and "not followed" in line
    proc = run_cli("scan", "--format", "json", project / "linked")  # named: followed
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [str(project / "linked" / "o.txt")]


def test_a_directory_of_only_excluded_files(tmp_path, run_cli):
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "x.txt").write_text(TEXT, encoding="utf-8")
    proc = run_cli("scan", tmp_path)
    assert proc.returncode == 2 and "no files matching '*.txt'" in _line(proc)
    assert os.path.exists(tmp_path / ".venv" / "x.txt")
