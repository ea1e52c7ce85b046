import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed so a red run can be reproduced; locally they explore.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"


@pytest.fixture
def run_cli():
    """Run the real `python -m checker` in a subprocess."""
    import subprocess

    def run(*args, stdin=None, cwd=None):
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("CHECKER_DEBUG", None)
        return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], input=stdin,
                              capture_output=True, cwd=cwd, env=env, timeout=300)
    return run


@pytest.fixture(autouse=True)
def _fresh_sentence_memo():
    """Each test sees rules run afresh (a test may patch a rule's data)."""
    from checker.analysis import facts
    from checker.pipeline import clear_memos
    clear_memos()
    facts.clear()
    yield
