"""Every user setting, declared once: name, type, default, environment variable and help.

Values come, in increasing priority, from the defaults below (also shipped, commented, as
`marsad/default_config.toml`), a user config file (`$MARSAD_CONFIG`, else `./marsad.toml`, else
`~/.config/marsad/config.toml`), environment variables, and finally command-line options.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from marsad.errors import UsageError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    type: type
    default: Any
    help: str
    # returns what is wrong with a converted value (a phrase that says what to do), or None when it is fine
    check: Callable[[Any], str | None] | None = None

    @property
    def env(self) -> str:
        return "MARSAD_" + self.name.upper()


TILE_PLACEHOLDERS = ("{z}", "{x}", "{y}")
MAX_TILE_ZOOM = 24
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_HOST_NAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")


def tile_url_problem(template: str) -> str | None:
    """What is wrong with a tile URL template, or None when it is usable (an empty one means no tiles)."""
    if not template:
        return None
    example = "e.g. https://tiles.example.org/{z}/{x}/{y}.png"
    if any(ch.isspace() or ord(ch) < 32 or ch in "\"'<>\\" for ch in template):
        return f"must be a URL without spaces, quotes, angle brackets or backslashes ({example})"
    parts = urlsplit(template)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return f"must be an http:// or https:// URL template ({example})"
    if "{s}" in parts.netloc:
        return ("uses {s} (rotating subdomains), which marsad does not support: write one host instead, "
                "e.g. a.tile.example.org")
    if "{" in parts.netloc or "}" in parts.netloc:
        return f"may use {{z}}, {{x}} and {{y}} only in the path or query, not in the host ({example})"
    if "@" in parts.netloc:
        return "must not carry a user name or password before the host; browsers refuse such image URLs"
    host = parts.hostname or ""
    if ":" in host:
        return "names an IPv6 address, which a Content-Security-Policy cannot list; use a host name such as localhost"
    if not _HOST_NAME.match(host):
        return f"has a host '{host}' that is not a plain ASCII host name (write internationalised names as xn--…)"
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        return f"has an invalid port in '{parts.netloc}'; use a number from 1 to 65535"
    missing = [p for p in TILE_PLACEHOLDERS if p not in template]
    if missing:
        return f"must contain {', '.join(TILE_PLACEHOLDERS)} (missing {', '.join(missing)}; {example})"
    unknown = sorted(set(_PLACEHOLDER.findall(template)) - set(TILE_PLACEHOLDERS))
    if unknown:
        return f"has {', '.join(unknown)}, which marsad does not fill in; use only {', '.join(TILE_PLACEHOLDERS)}"
    return None


def tile_url_origin(template: str) -> str | None:
    """The origin (scheme://host[:port]) a valid tile URL template loads from, or None when it is empty."""
    if not template:
        return None
    parts = urlsplit(template)
    scheme, host, port = parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
    default_port = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port is not None and port != default_port else "")


def _tile_zoom_problem(zoom: int) -> str | None:
    if 0 <= zoom <= MAX_TILE_ZOOM:
        return None
    return f"must be between 0 and {MAX_TILE_ZOOM} (the highest zoom your tile server serves, often 18 or 19)"


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
    Setting(
        "mention_filter",
        str,
        "on",
        "The learned mention filter after the coding rules: on (fewer false events, a few real ones lost) or off.",
        lambda value: None if value in ("on", "off") else "must be on or off",
    ),
    Setting(
        "tile_url",
        str,
        "",
        "Dashboard base map: an http(s) tile URL template with {z}, {x}, {y}; empty keeps the map offline.",
        tile_url_problem,
    ),
    Setting("tile_attribution", str, "", "Credit shown on the map for the tiles of tile_url (their terms ask for it)."),
    Setting("tile_max_zoom", int, 19, "Highest zoom level the tile_url server provides (0-24).", _tile_zoom_problem),
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
    mention_filter: str = "on"
    tile_url: str = ""
    tile_attribution: str = ""
    tile_max_zoom: int = 19

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
        converted = setting.type(value)
    except (TypeError, ValueError):
        raise UsageError(
            f"{origin}: setting '{setting.name}' must be a {setting.type.__name__}, got {value!r}; fix the value"
        ) from None
    problem = setting.check(converted) if setting.check else None
    if problem:
        raise UsageError(f"{origin}: setting '{setting.name}' {problem}; got {value!r}")
    return converted


def check_settings(settings: Settings) -> Settings:
    """Raise UsageError when a value built in code (not by `load_settings`) would be refused from a config file."""
    for setting in SETTINGS:
        value = getattr(settings, setting.name)
        problem = setting.check(value) if setting.check else None
        if problem:
            raise UsageError(f"setting '{setting.name}' {problem}; got {value!r}")
    return settings


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
