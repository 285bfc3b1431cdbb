"""Cheaper construction for the frozen records the resolvers build for every mention they report."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T", bound=type)


def fast_init(cls: T) -> T:
    """Give a frozen, slotted dataclass an `__init__` that fills its slots through their descriptors.

    The `__init__` a frozen dataclass gets sets every field through `object.__setattr__`, whose generic checks
    cost several times the store itself. Each slot's own descriptor does the same store directly: the class
    stays frozen, hashable and comparable, and builds the same instances, nearly twice as fast.
    Apply it above `@dataclass(frozen=True, slots=True)`; fields with a default factory are not supported.
    """
    params, lines = [], []
    namespace: dict[str, object] = {}
    for item in fields(cls):
        if not item.init or item.default_factory is not MISSING or item.kw_only:
            raise TypeError(f"fast_init: field {cls.__name__}.{item.name} needs the dataclass __init__")
        namespace[f"_set_{item.name}"] = getattr(cls, item.name).__set__
        if item.default is MISSING:
            params.append(item.name)
        else:
            namespace[f"_default_{item.name}"] = item.default
            params.append(f"{item.name}=_default_{item.name}")
        lines.append(f"    _set_{item.name}(self, {item.name})")
    if hasattr(cls, "__post_init__") or not hasattr(cls, "__slots__"):
        raise TypeError(f"fast_init: {cls.__name__} must be a slotted dataclass without __post_init__")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls
