"""Every user setting, declared once: name, type, default, environment variable and help.

Values come, in increasing priority, from the defaults below (also shipped, commented, as
`marsad/default_config.toml`), a user config file (`$MARSAD_CONFIG`, else `./marsad.toml`, else
`~/.config/marsad/config.toml`), environment variables, and finally command-line options.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from marsad.errors import UsageError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "MARSAD_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("db", str, "marsad.db", "Store: a SQLite file path or a postgresql:// URL."),
    Setting(
        "max_document_mb",
        float,
        50.0,
        "Largest single document (file, JSONL line, WARC record) accepted, in MB; larger ones are rejected.",
    ),
    Setting("batch_size", int, 200, "Articles written per store transaction during a run."),
    Setting(
        "dedup_threshold",
        float,
        0.6,
        "Estimated Jaccard similarity of word shingles above which two articles are syndicated copies.",
    ),
    Setting("minhash_permutations", int, 64, "MinHash permutations per article signature (more = finer, slower)."),
    Setting("shingle_words", int, 4, "Words per shingle for near-duplicate detection."),
    Setting("api_token", str, "", "Bearer token that enables the API's write endpoints; empty means read-only."),
    Setting(
        "min_arabic_ratio",
        float,
        0.5,
        "Share of letters that must be Arabic script before language identification can say Arabic.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "marsad.db"
    max_document_mb: float = 50.0
    batch_size: int = 200
    dedup_threshold: float = 0.6
    minhash_permutations: int = 64
    shingle_words: int = 4
    api_token: str = ""
    min_arabic_ratio: float = 0.5

    def replace(self, **changes: Any) -> "Settings":
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({k: v for k, v in changes.items() if v is not None})
        return Settings(**values)


def config_file_candidates() -> list[Path]:
    """Config files looked at, highest priority first."""
    explicit = os.environ.get("MARSAD_CONFIG")
    if explicit:
        return [Path(explicit)]
    home = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return [Path("marsad.toml"), home / "marsad" / "config.toml"]


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        raise UsageError(
            f"{origin}: setting '{setting.name}' must be a {setting.type.__name__}, got {value!r}; fix the value"
        ) from None


def load_settings(**overrides: Any) -> Settings:
    """Defaults, then the first config file found, then MARSAD_* environment variables, then `overrides`."""
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    for path in config_file_candidates():
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"{path}: cannot read config file ({exc}); fix or remove it") from None
            section = data.get("marsad", data)
            for key, value in section.items():
                if key not in _BY_NAME:
                    raise UsageError(
                        f"{path}: unknown setting '{key}'; known settings: {', '.join(_BY_NAME)}"
                    )
                values[key] = _coerce(_BY_NAME[key], value, str(path))
            break
    for setting in SETTINGS:
        if setting.env in os.environ:
            values[setting.name] = _coerce(setting, os.environ[setting.env], setting.env)
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(_BY_NAME[key], value, f"--{key.replace('_', '-')}")
    return Settings(**values)
