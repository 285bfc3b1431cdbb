"""Typed errors of the library. The CLI turns each into a one-line message and an exit code."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: `str(error)` is a one-line message that says what to do."""

    exit_code = 1


class UsageError(MarsadError):
    """The command was called wrongly (bad option, missing path, unknown format)."""

    exit_code = 2


class StoreError(MarsadError):
    """The store cannot be opened or written (bad URL, server down, newer schema)."""

    exit_code = 3


class InputRejected(MarsadError):
    """One input cannot become an article; `code` names the reason (see marsad.models.Rejection)."""

    def __init__(self, source: str, code: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.code = code
        self.message = message
