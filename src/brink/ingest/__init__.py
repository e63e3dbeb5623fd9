"""Ingest: read sources, analyse each document, store article and analysis.

An article is analysed only when the store does not have it yet, and stored in one transaction,
so re-running an ingest adds nothing and a killed run loses at most the article in flight.
Analysis can run in worker processes (`IngestSettings.workers`); storing stays in this process
and in input order, so the database does not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from brink.ingest.http import FetchError, HttpSettings, PoliteClient
from brink.ingest.sources import iter_documents
from brink.model import Analysis, Document
from brink.read import ReadFailure
from brink.store import Store, article_key

if TYPE_CHECKING:
    from brink.pipeline import Pipeline, Settings

__all__ = [
    "FetchError",
    "HttpSettings",
    "IngestCounts",
    "IngestSettings",
    "Ingester",
    "PoliteClient",
    "iter_documents",
]


@dataclass(slots=True)
class IngestSettings:
    pipeline: Settings | None = None  # None: the defaults
    http: HttpSettings = field(default_factory=HttpSettings)
    lang: str | None = None  # language of inputs that do not say
    workers: int = 1
    batch: int = 64  # documents handed to the workers at a time


@dataclass(slots=True)
class IngestCounts:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    statements: int = 0

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__slots__}


Progress = Callable[[IngestCounts], None]
FailureHook = Callable[[ReadFailure], None]

_worker_pipeline: Pipeline | None = None


def _init_worker(settings: Settings | None) -> None:
    from brink.pipeline import Pipeline

    global _worker_pipeline
    _worker_pipeline = Pipeline(settings)


def _analyse_in_worker(doc: Document) -> Analysis | str:
    assert _worker_pipeline is not None
    try:
        return _worker_pipeline.analyse(doc)
    except Exception as exc:
        return f"analysis failed: {exc.__class__.__name__}: {exc}"


class Ingester:
    def __init__(
        self,
        store: Store,
        settings: IngestSettings | None = None,
        *,
        pipeline: Pipeline | None = None,
        on_progress: Progress | None = None,
        on_failure: FailureHook | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or IngestSettings()
        self._pipeline = pipeline
        self.on_progress = on_progress
        self.on_failure = on_failure
        self.counts = IngestCounts()
        self._run_id: int | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from brink.pipeline import Pipeline

            self._pipeline = Pipeline(self.settings.pipeline)
        return self._pipeline

    def run(self, sources: list[str]) -> IngestCounts:
        """Ingest every source; failures are reported and counted, never raised."""
        with PoliteClient(self.settings.http) as client:
            return self.ingest(iter_documents(sources, client), label=sources)

    def ingest(
        self, items: Iterable[Document | ReadFailure], label: list[str] | None = None
    ) -> IngestCounts:
        self._run_id = self.store.start_run(label or [])
        status = "interrupted"
        try:
            if self.settings.workers > 1 and self._pipeline is None:
                self._ingest_parallel(items)
            else:
                for item in items:
                    if isinstance(item, ReadFailure):
                        self._failure(item)
                    elif (doc := self._prepare(item)) is not None:
                        self._store(doc, self._analyse(doc))
            status = "done"
        finally:
            self.store.finish_run(self._run_id, self.counts.as_dict(), status)
        return self.counts

    def _prepare(self, doc: Document) -> Document | None:
        """The document to analyse, or None when the store already has it."""
        self.counts.read += 1
        if self.settings.lang and not doc.lang:
            doc.lang = self.settings.lang
        if self.store.has_article(article_key(doc)):
            self.counts.duplicates += 1
            self._progress()
            return None
        return doc

    def _analyse(self, doc: Document) -> Analysis | str:
        try:
            return self.pipeline.analyse(doc)
        except Exception as exc:
            return f"analysis failed: {exc.__class__.__name__}: {exc}"

    def _store(self, doc: Document, analysis: Analysis | str) -> None:
        if isinstance(analysis, str):
            self._failure(ReadFailure(doc.source or doc.id, analysis))
            return
        try:
            result = self.store.add(analysis)
        except Exception as exc:
            self._failure(ReadFailure(doc.source or doc.id, f"not stored: {exc}"))
            return
        if result.stored:
            self.counts.stored += 1
            self.counts.statements += result.statements
        else:
            self.counts.duplicates += 1
        self._progress()

    def _ingest_parallel(self, items: Iterable[Document | ReadFailure]) -> None:
        """Workers analyse one chunk while this process stores the previous one, in order."""
        ctx = multiprocessing.get_context("fork")
        size = self.settings.batch * self.settings.workers
        with ctx.Pool(
            self.settings.workers, initializer=_init_worker, initargs=(self.settings.pipeline,)
        ) as pool:
            pending: tuple[list[Document], Any] | None = None
            for chunk in _chunks(iter(items), size):
                todo: list[Document] = []
                for item in chunk:
                    if isinstance(item, ReadFailure):
                        self._failure(item)
                    elif (doc := self._prepare(item)) is not None:
                        todo.append(doc)
                running = pool.map_async(
                    _analyse_in_worker, todo, chunksize=max(1, self.settings.batch // 4)
                )
                if pending is not None:
                    self._store_all(*pending)
                pending = (todo, running)
            if pending is not None:
                self._store_all(*pending)

    def _store_all(self, docs: list[Document], running: Any) -> None:
        for doc, analysis in zip(docs, running.get(), strict=True):
            self._store(doc, analysis)

    def _failure(self, failure: ReadFailure) -> None:
        if failure.skipped:
            self.counts.skipped += 1
        else:
            self.counts.failed += 1
            if self._run_id is not None:
                self.store.add_failure(
                    self._run_id, self.counts.failed, str(failure.source), failure.reason
                )
        if self.on_failure:
            self.on_failure(failure)
        self._progress()

    def _progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.counts)


def _chunks(
    items: Iterator[Document | ReadFailure], size: int
) -> Iterator[list[Document | ReadFailure]]:
    while chunk := list(islice(items, size)):
        yield chunk
