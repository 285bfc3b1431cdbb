"""The built-in sample corpus: original, fictional Arabic news pages used by `marsad demo` and as dev gold.

See README.md in this folder for what it contains and its licence.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".jsonl", ".xml")


def corpus_dir() -> Path:
    """Folder holding the sample articles (inside the installed package)."""
    return Path(str(resources.files("marsad.corpus")))


def corpus_files() -> list[Path]:
    """The sample article files, sorted by name."""
    return sorted(
        path
        for path in corpus_dir().iterdir()
        if path.is_file() and path.suffix in ARTICLE_SUFFIXES and not path.name.startswith(("_", "."))
    )
