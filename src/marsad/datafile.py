"""Reading the shipped YAML data files quickly: libyaml's C loader when PyYAML has it (it parses the lexicons about
ten times faster than the pure-Python loader), the safe pure-Python loader otherwise. Both are safe loaders."""

from __future__ import annotations

from typing import IO, Any

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO) -> Any:
    """Parse YAML with a safe loader (no arbitrary Python objects)."""
    return yaml.load(source, Loader=_SafeLoader)  # noqa: S506 - a safe loader, C or Python
