"""The CLI reference in docs/ is generated from --help and must not go stale (STYLE #17)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "cli_reference.py"


def test_cli_reference_matches_the_commands_help():
    spec = importlib.util.spec_from_file_location("cli_reference", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text(encoding="utf-8") == module.render(), (
        "docs/cli.md is stale: run `python scripts/cli_reference.py` and commit the result")
