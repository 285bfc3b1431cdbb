"""Code dev gold texts with whichever marsad is first on sys.path; write {id: coded} as JSON.

Run by scripts/build_mention_training_set.py with PYTHONPATH pointing at an older checkout's src, so it uses only
what every marsad version since the first held-out set has: clean_document, EventCoder and coding_input. The
mention filter, where the version has one, is switched off: it learns from what the rules alone code.

    python scripts/_code_gold_texts.py OUT.json GOLD.json...
"""

import hashlib
import inspect
import json
import sys

from marsad.clean import clean_document
from marsad.errors import InputRejected
from marsad.events.coder import EventCoder, coding_input
from marsad.models import RawDocument


def main(out_path: str, gold_paths: list[str]) -> None:
    coder = EventCoder.default()
    takes_title = "title" in inspect.signature(coding_input).parameters  # versions before the page-title change
    if hasattr(coder, "mention_filter"):
        coder.mention_filter = None  # the filter learns from the rules' raw output
    coded = {}
    for path in gold_paths:
        with open(path, encoding="utf-8") as handle:
            record = json.load(handle)
        text = record["text"]
        document = RawDocument(doc_id=record["id"], source=record["id"], input_format="text", content_type="text",
                               content=text, url=record.get("url"), outlet=None, published=None,
                               raw_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
        try:
            article = clean_document(document)
        except InputRejected:
            coded[record["id"]] = {"text": "", "title": None, "published": None, "mentions": []}
            continue
        extra = {"title": getattr(article, "title", None)} if takes_title else {}
        result = coder.code(coding_input(record["id"], article.text, article.source_text, article.segments,
                                         article.published, article.url or record.get("url"), article.outlet,
                                         gazetteer=coder.places.gazetteer, **extra))
        coded[record["id"]] = {"text": article.source_text, "title": getattr(article, "title", None), "published": article.published,
                               "mentions": [mention.as_dict() for mention in result.mentions]}
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(coded, handle, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
