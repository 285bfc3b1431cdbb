"""Loading the cleaning stage's YAML data files, with errors that name the file and the fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from marsad.datafile import load_yaml
from marsad.errors import MarsadError

SUPPORTED_VERSION = 1


class DataFileError(MarsadError):
    """A shipped or user-supplied data file (word list, outlet registry) is malformed."""


def load_yaml_mapping(path: Path) -> dict[str, Any]:
    """Read a YAML data file that must be a mapping with `version: 1`; raise DataFileError otherwise."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = load_yaml(handle)
    except OSError as error:
        raise DataFileError(f"{path}: cannot read the data file ({error.strerror}); check the path") from error
    except yaml.YAMLError as error:
        raise DataFileError(f"{path}: not valid YAML ({error}); fix the syntax at the line shown") from error
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected a mapping with a `version:` key at the top; rewrite the file as one")
    if data.get("version") != SUPPORTED_VERSION:
        raise DataFileError(
            f"{path}: `version: {data.get('version')!r}` is not supported; set `version: {SUPPORTED_VERSION}`"
        )
    return data


def string_list(value: Any) -> bool:
    """True when `value` is a non-empty list of non-empty strings."""
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) and item.strip() for item in value)
