"""Ingestion: plan the inputs, then read each into RawDocuments (or Rejections saying why not).

Formats (sniffed by content, then name; any of them gzip-compressed): plain-text page dumps, HTML pages,
JSON Lines, RSS/Atom feeds and WARC archives, from files, directories or stdin ("-").
"""

from marsad.ingest.encoding import DecodedText, decode_document
from marsad.ingest.formats import INPUT_FORMATS, document_stem
from marsad.ingest.planning import DEFAULT_MAX_DOCUMENT_BYTES, IngestOptions, InputFile, InputPlan, plan_inputs
from marsad.ingest.readers import read_input

__all__ = [
    "DEFAULT_MAX_DOCUMENT_BYTES",
    "INPUT_FORMATS",
    "DecodedText",
    "IngestOptions",
    "InputFile",
    "InputPlan",
    "decode_document",
    "document_stem",
    "plan_inputs",
    "read_input",
]
