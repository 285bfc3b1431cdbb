"""Coding is deterministic: the same articles give the same mentions whatever Python's hash seed.

Set and dict iteration over strings varies with PYTHONHASHSEED; a rule that picks "the first" of a set would make
re-running the same input change stored events. Two interpreters with different seeds must agree exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GOLD_DEV = Path(__file__).resolve().parent / "gold_dev"

_CODE_ALL = """
import json, sys
from pathlib import Path
from marsad.events.coder import EventCoder
from marsad.events.predict import code_text
coder = EventCoder.default()
out = {}
for path in sorted(Path(sys.argv[1]).glob("*.json")):
    gold = json.loads(path.read_text(encoding="utf-8"))
    result = code_text(gold["id"], gold["text"], url=gold.get("url"), coder=coder)
    out[gold["id"]] = [repr(m) for m in result.mentions]
    out[gold["id"] + "/claims"] = [repr(c) for c in result.claims]
print(json.dumps(out, ensure_ascii=False, sort_keys=True, default=str))
"""


def _code_under_seed(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    completed = subprocess.run([sys.executable, "-c", _CODE_ALL, str(GOLD_DEV)], env=env, capture_output=True,
                               text=True, check=True)
    return json.loads(completed.stdout)


def test_coding_the_dev_set_does_not_depend_on_the_hash_seed():
    first, second = _code_under_seed("1"), _code_under_seed("4242")
    assert first.keys() == second.keys() and len(first) > 200
    differing = [key for key in first if first[key] != second[key]]
    assert not differing, f"coding differs between hash seeds for {differing[:5]}"
    assert sum(len(v) for k, v in first.items() if not k.endswith("/claims")) > 100
