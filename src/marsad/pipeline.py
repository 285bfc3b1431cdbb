"""The orchestrator: inputs → documents → cleaned articles → identity and duplicates → store.

`run_pipeline` is what `marsad run` and `marsad demo` call. Each stage lives in its own module; this one only
strings them together, decides an article's status, and commits in batches so that a killed run leaves the
store consistent and a re-run completes it (unchanged inputs are recognised by id and raw hash and skipped).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from marsad.clean import clean_document
from marsad.dedup import (
    ArticleBody,
    NearDuplicateIndex,
    Provenance,
    content_words,
    original_first,
    text_fingerprint,
)
from marsad.errors import InputRejected, MarsadError, StoreError
from marsad.ingest import IngestOptions, InputFile, plan_inputs, read_input
from marsad.lang.identify import identify_language
from marsad.link.persist import LinkSummary, link_store
from marsad.events.coder import EventCoder, coding_input
from marsad.models import CleanArticle, RawDocument, Rejection, Segment
from marsad.settings import Settings
from marsad.store import ArticleRecord, Store

ProgressCallback = Callable[[InputFile, int], None]
# Near-duplicate candidates verified per article; beyond the best few, a copy is vanishingly unlikely.
MAX_DUPLICATE_CANDIDATES = 8


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the CLI summary and the runs table."""

    run_id: int | None = None
    inputs: int = 0
    documents: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (copy, original, similarity)
    released: list[str] = field(default_factory=list)  # copies freed because their original's text changed
    non_arabic: list[tuple[str, str]] = field(default_factory=list)  # (article id, language)
    rejected: list[Rejection] = field(default_factory=list)
    per_outlet: Counter = field(default_factory=Counter)
    per_language: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    mentions: int = 0
    claims: int = 0
    link: LinkSummary | None = None
    sources_by_id: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def cleaned(self) -> int:
        return self.new + self.updated

    @property
    def exit_code(self) -> int:
        """0 when every input was fine, 1 when some were rejected or not Arabic."""
        return 1 if self.rejected or self.non_arabic else 0

    def as_dict(self) -> dict:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": len(self.duplicates),
            "released_copies": len(self.released),
            "non_arabic": len(self.non_arabic),
            "rejected": len(self.rejected),
            "mentions": self.mentions,
            "claims": self.claims,
            "events": self.link.events if self.link else None,
            "incidents": self.link.incidents if self.link else None,
            "per_outlet": dict(self.per_outlet.most_common()),
            "per_language": dict(self.per_language.most_common()),
            "seconds": round(self.seconds, 3),
        }


class Pipeline:
    """Ingest, clean, identify and store articles into one store."""

    def __init__(self, store: Store, settings: Settings, *, outlets=None, input_format: str = "auto",
                 coder: EventCoder | None = None, code_events: bool = True, link_events: bool = True):
        self.store = store
        self.settings = settings
        self.outlets = outlets
        self.code_events = code_events
        self.link_events = link_events and code_events
        self._coder = coder
        self.ingest_options = IngestOptions(
            max_document_bytes=int(settings.max_document_mb * 1024 * 1024), input_format=input_format
        )
        self._index: NearDuplicateIndex | None = None

    @property
    def coder(self) -> EventCoder:
        if self._coder is None:
            self._coder = EventCoder.default(mention_filter=self.settings.mention_filter == "on")
        return self._coder

    def recode(self, *, article_ids: Sequence[str] | None = None) -> RunSummary:
        """Code the events of stored articles again (after a lexicon or coder change)."""
        summary = RunSummary()
        started = time.perf_counter()
        run_id = self.store.begin_run("recode")
        summary.run_id = run_id
        rows = self.store.list_articles(status="ok", limit=None, with_text=True)
        wanted = set(article_ids) if article_ids else None
        with self.store.transaction() as conn:
            for row in rows:
                if wanted is not None and row["id"] not in wanted:
                    continue
                segments = [Segment(*triple) for triple in row["segments"]]
                result = self.coder.code(coding_input(row["id"], row["clean_text"], row["source_text"], segments,
                                                      row["published"], row["url"], row["outlet"], self.outlets,
                                                      gazetteer=self.coder.places.gazetteer, title=row["title"]))
                self.store.replace_coding(conn, row["id"], result.mentions, result.claims, self.coder.version,
                                          result.set_aside)
                summary.documents += 1
                summary.mentions += len(result.mentions)
                summary.claims += len(result.claims)
        if self.link_events:
            summary.link = link_store(self.store)
        summary.seconds = time.perf_counter() - started
        self.store.finish_run(run_id, summary.as_dict())
        return summary

    def _load_index(self) -> NearDuplicateIndex:
        index = NearDuplicateIndex(
            threshold=self.settings.dedup_threshold,
            num_perm=self.settings.minhash_permutations,
            shingle_words=self.settings.shingle_words,
        )
        for article_id, blob in self.store.iter_signatures():
            signature = index.from_bytes(blob)
            if signature is None:
                article = self.store.get_article(article_id)
                if article is None:
                    continue
                signature = index.signature(article["clean_text"])
            index.add(article_id, signature)
        return index

    def run(
        self, paths: Sequence[str], *, command: str = "run", progress: ProgressCallback | None = None
    ) -> RunSummary:
        """Ingest, clean, code and link the files, directories or stdin (`-`) in `paths`."""
        plan = plan_inputs(list(paths), self.ingest_options)

        def items() -> Iterator[tuple[RawDocument | Rejection, InputFile | None]]:
            for rejection in plan.rejections:
                yield rejection, None
            for input_file in plan.files:
                for item in read_input(input_file, self.ingest_options):
                    yield item, None
                yield None, input_file  # the file is done: report progress

        return self._run(items(), len(plan.files) + len(plan.rejections), command, progress)

    def run_documents(self, documents: Sequence[RawDocument | Rejection], *, command: str = "run") -> RunSummary:
        """The same for documents already in memory (fetched by `marsad watch`, posted to the API).

        A `Rejection` among them (a posted record that failed its checks) is counted and stored as rejected.
        """
        return self._run(((document, None) for document in documents), len(documents), command, None)

    def _run(self, items: Iterable[tuple], inputs: int, command: str,
             progress: ProgressCallback | None) -> RunSummary:
        summary = RunSummary()
        started = time.perf_counter()
        summary.inputs = inputs
        run_id = self.store.begin_run(command)
        summary.run_id = run_id
        if self._index is None:
            self._index = self._load_index()
        pending = 0
        conn = self.store.engine.connect()
        transaction = conn.begin()
        try:
            for item, finished_file in items:
                if finished_file is not None:
                    if progress is not None:
                        progress(finished_file, finished_file.size_bytes)
                    continue
                if isinstance(item, Rejection):
                    self._reject(conn, run_id, summary, item)
                else:
                    summary.documents += 1
                    self._process(conn, run_id, summary, item)
                pending += 1
                if pending >= self.settings.batch_size:
                    transaction.commit()
                    transaction = conn.begin()
                    pending = 0
            transaction.commit()
        except sa.exc.SQLAlchemyError as exc:
            transaction.rollback()
            self._index = None
            raise StoreError(
                f"writing to {self.store.display} failed ({str(exc).splitlines()[0]}); articles committed "
                "before this point are kept; fix the store and run again to complete"
            ) from None
        except BaseException:
            transaction.rollback()
            self._index = None  # rolled-back articles may be in it; rebuild from the store next time
            raise
        finally:
            conn.close()
        if self.link_events:
            # incremental: links what this run (or a run killed before linking) queued; nothing queued costs a query
            summary.link = link_store(self.store)
        summary.seconds = time.perf_counter() - started
        self.store.finish_run(run_id, summary.as_dict())
        return summary

    def _reject(self, conn: sa.Connection, run_id: int, summary: RunSummary, rejection: Rejection) -> None:
        summary.rejected.append(rejection)
        self.store.add_rejection(conn, run_id, rejection)

    def _process(self, conn: sa.Connection, run_id: int, summary: RunSummary, doc: RawDocument) -> None:
        first_source = summary.sources_by_id.setdefault(doc.doc_id, doc.source)
        if first_source != doc.source:
            message = (
                f"{doc.source}: article id '{doc.doc_id}' is already used by {first_source} in this run; "
                "rename one of the files (ids are file stems) or give JSONL records distinct ids"
            )
            self._reject(conn, run_id, summary, Rejection(doc.source, "duplicate-id", message))
            return
        stored = self.store.article_state(conn, doc.doc_id)
        if stored is not None and stored["raw_sha256"] == doc.raw_sha256:
            summary.unchanged += 1
            summary.per_outlet[stored["outlet"] or "(unknown)"] += 1
            summary.per_language[stored["language"] or "und"] += 1
            return
        try:
            article = clean_document(doc, outlets=self.outlets)
        except InputRejected as rejected:
            message = rejected.message
            if not message.startswith(doc.source):
                message = f"{doc.source}: {message}"
            self._reject(conn, run_id, summary, Rejection(doc.source, rejected.code, message))
            return
        except MarsadError as exc:
            self._reject(conn, run_id, summary, Rejection(doc.source, "clean-failed", f"{doc.source}: {exc}"))
            return
        language = identify_language(article.text, min_arabic_ratio=self.settings.min_arabic_ratio)
        words = content_words(article.text)
        record = _record(doc, article, language.language, language.score, text_fingerprint(article.text, words=words))
        signature = None
        assert self._index is not None
        if language.is_arabic:
            signature = self._index.signature(article.text, words=words)
            self._link_duplicate(conn, record, signature, summary)
        else:
            record.status = "non_arabic"
            summary.non_arabic.append((record.id, language.language))
            self.store.add_rejection(
                conn,
                run_id,
                Rejection(
                    doc.source,
                    "non-arabic",
                    f"article {record.id} is not Arabic (detected '{language.language}'); stored and flagged, "
                    "skipped by Arabic event extraction",
                ),
            )
        if stored is not None:
            self._index.remove(record.id)
        self.store.save_article(
            conn, record, NearDuplicateIndex.to_bytes(signature) if signature is not None else None, run_id
        )
        if record.status == "ok" and signature is not None:
            self._index.add(record.id, signature)
        if record.status == "ok" and self.code_events:
            self._code(conn, record, article.segments, summary)
        elif stored is not None:
            self.store.delete_coding(conn, record.id)  # a new article has no coding to remove
        if stored is not None and stored["status"] == "ok":
            self._recheck_copies(conn, run_id, record, signature, summary)
        summary.updated += stored is not None
        summary.new += stored is None
        summary.per_outlet[record.outlet or "(unknown)"] += 1
        summary.per_language[record.language or "und"] += 1

    def _code(self, conn: sa.Connection, record: ArticleRecord, segments: Sequence[Segment],
              summary: RunSummary) -> None:
        result = self.coder.code(coding_input(record.id, record.clean_text, record.source_text, segments,
                                              record.published, record.url, record.outlet, self.outlets,
                                              gazetteer=self.coder.places.gazetteer, title=record.title))
        self.store.replace_coding(conn, record.id, result.mentions, result.claims, self.coder.version,
                                  result.set_aside)
        summary.mentions += len(result.mentions)
        summary.claims += len(result.claims)

    def _recheck_copies(self, conn: sa.Connection, run_id: int, original: ArticleRecord, signature,
                        summary: RunSummary) -> None:
        """An original saved again with another text (a corrected story, a URL reused for a new one) may no longer
        match its copies. A copy that is not a near-duplicate of the new text any more is checked again as if it
        had just arrived: it may copy another stored article, or else it is an original and is coded."""
        assert self._index is not None
        for copy, blob in self.store.copies_with_signatures(conn, original.id):
            copy_signature = self._index.from_bytes(blob) if blob is not None else None
            if copy_signature is None:
                copy_signature = self._index.signature(copy.clean_text)
            if original.status == "ok" and signature is not None and self._index.copy_similarity(
                    ArticleBody(copy.text_sha256, copy.clean_text, copy_signature),
                    ArticleBody(original.text_sha256, original.clean_text, signature)) is not None:
                continue
            copy.status, copy.duplicate_of, copy.similarity = "ok", None, None
            self._link_duplicate(conn, copy, copy_signature, summary)
            self.store.save_article(conn, copy, NearDuplicateIndex.to_bytes(copy_signature), run_id)
            if copy.status == "ok":
                self._index.add(copy.id, copy_signature)
                if self.code_events:
                    self._code(conn, copy, [Segment(*triple) for triple in copy.segments], summary)
            summary.released.append(copy.id)
            self.store.queue_link(conn, [original.id, copy.id])

    def _link_duplicate(self, conn: sa.Connection, record: ArticleRecord, signature, summary: RunSummary) -> None:
        assert self._index is not None
        match_id, similarity = None, 0.0
        exact = self.store.find_by_text_hash(conn, record.text_sha256, record.id)
        if exact is not None:
            match_id, similarity = exact["id"], 1.0
        else:
            incoming = ArticleBody(record.text_sha256, record.clean_text, signature)
            for candidate in self._index.query(signature, exclude=record.id)[:MAX_DUPLICATE_CANDIDATES]:
                stored = self.store.article_text_and_hash(conn, candidate.article_id)
                candidate_signature = self._index.signature_of(candidate.article_id)
                if stored is None or candidate_signature is None:
                    continue
                text, text_sha256 = stored
                found = self._index.copy_similarity(incoming, ArticleBody(text_sha256, text, candidate_signature))
                if found is not None:
                    match_id, similarity = candidate.article_id, found
                    break
        if match_id is None:
            return
        original = self.store.article_brief(conn, match_id)
        if original is None:
            return
        if original["status"] == "duplicate" and original["duplicate_of"]:
            original = self.store.article_brief(conn, original["duplicate_of"]) or original
        if original["id"] == record.id:
            return
        stored_text = self.store.article_text(conn, original["id"]) or ""
        stored_copy = Provenance(original["id"], original["published"], stored_text)
        incoming = Provenance(record.id, record.published, record.source_text)
        if original_first(stored_copy, incoming):
            record.status = "duplicate"
            record.duplicate_of = original["id"]
            record.similarity = similarity
            summary.duplicates.append((record.id, original["id"], similarity))
        else:
            self.store.mark_duplicate(conn, original["id"], record.id, similarity)
            self._index.remove(original["id"])
            summary.duplicates.append((original["id"], record.id, similarity))


def _record(
    doc: RawDocument, article: CleanArticle, language: str, score: float, fingerprint: str
) -> ArticleRecord:
    return ArticleRecord(
        id=doc.doc_id,
        source=doc.source,
        input_format=doc.input_format,
        content_type=doc.content_type,
        encoding=doc.encoding,
        raw_sha256=doc.raw_sha256,
        text_sha256=fingerprint,
        url=article.url or doc.url,
        canonical_url=article.canonical_url,
        outlet=article.outlet or doc.outlet,
        title=article.title or doc.title,
        byline=article.byline,
        dateline=article.dateline,
        published=article.published or doc.published,
        published_from=article.published_from or ("input" if doc.published else None),
        language=language,
        language_score=score,
        status="ok",
        duplicate_of=None,
        similarity=None,
        n_chars=len(article.text),
        source_text=article.source_text,
        clean_text=article.text,
        segments=[[s.clean_start, s.source_start, s.length] for s in article.segments],
        removed=[list(r) for r in article.removed],
    )


def run_pipeline(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    input_format: str = "auto",
    command: str = "run",
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Run the pipeline over `paths` into `store`."""
    return Pipeline(store, settings, input_format=input_format).run(paths, command=command, progress=progress)
