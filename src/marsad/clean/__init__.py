"""Cleaning stage: page dumps and HTML pages to article text with offsets and page metadata.

    from marsad.clean import clean_document, CleanOptions
    article = clean_document(raw_document, CleanOptions(), outlets=registry)
"""

from marsad.clean.boilerplate import BoilerplateRules, load_rules, validate_rules
from marsad.clean.core import CleanOptions, clean_document, clean_text
from marsad.clean.datafiles import DataFileError
from marsad.clean.offsets import to_source
from marsad.clean.outlets import Outlet, OutletRegistry, default_registry, validate_outlet_data

__all__ = [
    "BoilerplateRules",
    "CleanOptions",
    "DataFileError",
    "Outlet",
    "OutletRegistry",
    "clean_document",
    "clean_text",
    "default_registry",
    "load_rules",
    "to_source",
    "validate_outlet_data",
    "validate_rules",
]
