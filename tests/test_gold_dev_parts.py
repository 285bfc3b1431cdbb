"""Every part of the dev gold set is valid and equal to its build script (tests/gold_dev/_build_*.py --check), and
every gold file on disk belongs to a part."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

GOLD_DEV = Path(__file__).resolve().parent / "gold_dev"
BUILDERS = sorted(GOLD_DEV.glob("_build_*.py"))


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda path: path.stem)
def test_each_dev_part_validates_against_its_build_script(builder):
    checked = subprocess.run([sys.executable, str(builder), "--check"], capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr[-2000:]


def test_every_dev_gold_file_belongs_to_a_part():
    parts = {builder.stem.removeprefix("_build_") for builder in BUILDERS}
    orphans = [path.name for path in GOLD_DEV.glob("*.json") if path.name.split("_", 1)[0] not in parts]
    assert len(BUILDERS) >= 5 and not orphans, orphans
