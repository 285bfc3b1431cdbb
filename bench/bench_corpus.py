"""The built-in sample corpus, ingested and cleaned in memory, shared by the benchmarks."""

from __future__ import annotations

from marsad.clean import clean_document
from marsad.corpus import corpus_files
from marsad.errors import InputRejected
from marsad.ingest import IngestOptions, plan_inputs, read_input
from marsad.models import CleanArticle, RawDocument


def cleaned_corpus() -> list[tuple[str, CleanArticle]]:
    """(article id, cleaned article) for every sample article that cleans."""
    articles = []
    options = IngestOptions()
    for input_file in plan_inputs([str(p) for p in corpus_files()], options).files:
        for item in read_input(input_file, options):
            if isinstance(item, RawDocument):
                try:
                    articles.append((item.doc_id, clean_document(item)))
                except InputRejected:
                    continue
    return articles
