"""Every report byte-identical to the goldens made from main before the engine redesign: each
format on the seeds, corpora/ and the shared data, with --fix, --diff, --jobs 2, baselines,
--source/--reference and .tsv input (see tests/golden/cases.py). The slow cases (the shared data
in every format, a streamed 18 MB file) run with CHECKER_GOLDEN_FULL=1."""
import json
import os

import pytest

from golden.cases import DATA, DIGESTS, SEEDS, digests

FULL = bool(os.environ.get("CHECKER_GOLDEN_FULL"))
EXPECTED = json.loads(DIGESTS.read_text(encoding="utf-8"))
pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and DATA.is_dir()), reason="needs ../shared beside the checkout")


def test_every_report_is_the_golden_one():
    made = digests(slow=FULL)  # the generator's own loop: the test compares what it would record
    wrong = [name for name, digest in made.items() if digest != EXPECTED[name]]
    assert not wrong, f"reports differ from the goldens: {wrong} (python tests/golden/cases.py DIR keeps the outputs)"
