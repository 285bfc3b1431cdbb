"""Alert channel registry.

A channel type is a factory `factory(name, options) -> Channel` registered under a type name. The built-in types
(webhook, email, atom) are registered below with the same `register_channel` call a plugin makes; a package can
also expose factories under the `marsad.alert_channels` entry-point group, which is read the first time a type is
looked up. A factory validates its own options and raises `OptionError(option, message)`; the registry adds the
config key (`channels[1].url: ...`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from typing import Any

from marsad.errors import UsageError
from marsad.watch.alerts import Channel

ENTRY_POINT_GROUP = "marsad.alert_channels"
ChannelFactory = Callable[[str, Mapping[str, Any]], Channel]

_REGISTRY: dict[str, ChannelFactory] = {}
_entry_points_loaded = False


class OptionError(UsageError):
    """A channel option is missing or wrong; `option` names it."""

    def __init__(self, option: str, message: str):
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message


def register_channel(type_name: str, factory: ChannelFactory, *, replace: bool = False) -> None:
    """Make `type_name` usable as `type:` in the channels section of the watch config."""
    if type_name in _REGISTRY and not replace and _REGISTRY[type_name] is not factory:
        raise ValueError(f"an alert channel type {type_name!r} is already registered; pass replace=True to "
                         "override it")
    _REGISTRY[type_name] = factory


def channel_types() -> list[str]:
    _load_entry_points()
    return sorted(_REGISTRY)


def create_channel(type_name: str, name: str, options: Mapping[str, Any], key: str = "channel") -> Channel:
    """Build a channel of a registered type; bad options raise UsageError naming `key.option`."""
    _load_entry_points()
    factory = _REGISTRY.get(type_name)
    if factory is None:
        raise UsageError(f"{key}.type: unknown channel type {type_name!r}; known: {', '.join(sorted(_REGISTRY))} "
                         f"(plugins register more under the {ENTRY_POINT_GROUP!r} entry point)")
    try:
        return factory(name, options)
    except OptionError as error:
        raise UsageError(f"{key}.{error.option}: {error.message}") from error


def validate_channel_spec(spec: Any, key: str) -> None:
    """Check a config `ChannelSpec` by building it (factories do no I/O)."""
    create_channel(spec.type, spec.name, spec.options, key)


def build_channels(config: Any) -> list[Channel]:
    """The channels of a `WatchConfig`, ready for `AlertEngine(..., channels=...)`."""
    return [create_channel(spec.type, spec.name, spec.options, f"channels[{i}]")
            for i, spec in enumerate(config.channels)]


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name not in _REGISTRY:
            register_channel(entry_point.name, entry_point.load())


def _register_builtins() -> None:
    from marsad.watch.channels import atom, email, webhook

    register_channel("webhook", webhook.WebhookChannel.from_options)
    register_channel("email", email.EmailChannel.from_options)
    register_channel("atom", atom.AtomChannel.from_options)


_register_builtins()
