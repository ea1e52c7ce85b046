"""The engine and the command line read top-down: short functions, and a CLI that only maps
options to a request and a result to an exit status (see ARCHITECTURE.md)."""
import ast
from pathlib import Path

import checker

PACKAGE = Path(checker.__file__).parent
TOP_DOWN = sorted(PACKAGE.glob("engine/*.py")) + [PACKAGE / n for n in (
    "cli.py", "workflow.py", "planning.py", "requests.py", "parallel.py", "pipeline.py",
    "report/stream.py", "report/output.py")]
LONGEST = 60  # lines of a function


def test_functions_are_short():
    long = []
    for path in TOP_DOWN:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= LONGEST:
                long.append(f"{path.relative_to(PACKAGE)}:{node.name}")
    assert not long


def test_cli_holds_no_scanning_logic():
    """The CLI reaches the scan only through the workflow: no engine, executor or reporter."""
    imported = set()
    for node in ast.walk(ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            imported.add((node.module or "").split(".")[0])
    assert not imported & {"engine", "pipeline", "parallel", "report", "selection", "baseline", "fixer", "planning"}
