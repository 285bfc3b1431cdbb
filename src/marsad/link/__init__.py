"""Linking: mentions of one event across outlets become one event with all its sources; events of one operation
become one incident; every reported figure and disagreement is kept (rules: docs/linking.md)."""

from marsad.link.linker import Linker, LinkInputError, event_id_for
from marsad.link.records import (
    Claim,
    Conflict,
    ConflictValue,
    CountSummary,
    Incident,
    LinkedEvent,
    LinkInput,
    LinkOptions,
    LinkResult,
    ReportedFigure,
)

__all__ = [
    "Claim", "Conflict", "ConflictValue", "CountSummary", "Incident", "LinkInput", "LinkInputError", "LinkOptions",
    "LinkResult", "LinkedEvent", "Linker", "ReportedFigure", "event_id_for",
]
