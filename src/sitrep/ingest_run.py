"""Ingesting into the store: skip what is stored unchanged, extract the rest in batches, save each document."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .model import Document
from .pipeline import Pipeline
from .store import SaveHook, Store


@dataclass
class IngestSummary:
    """What an ingest run did, by document."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    keys: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (f"{self.new} new, {self.changed} updated, {self.unchanged} unchanged, {self.duplicates} duplicate "
                f"document(s); {self.events} event(s) extracted")


def default_hooks() -> list[SaveHook]:
    """The save hooks every ingest runs: cross-document merging of event reports into incidents."""
    from .store.incidents import IncidentMerger

    return [IncidentMerger()]


def ingest_documents(
    store: Store, pipeline: Pipeline, docs: Iterable[Document], progress: bool = False,
    warn: Callable[[str], None] = lambda message: None, batch_size: int = 32, hooks: Sequence[SaveHook] = (),
) -> IngestSummary:
    """Store each document's extraction (one transaction per document); already-stored ones are skipped.

    ``hooks`` run inside each document's transaction (e.g. cross-document merging).
    """
    summary = IngestSummary()
    todo = _needing_extraction(store, docs, summary, warn)
    if progress:
        from tqdm import tqdm

        todo = iter(tqdm(todo, unit="doc", desc="ingest"))
    pending: list[tuple[Document, str]] = []
    for item in todo:
        pending.append(item)
        if len(pending) >= batch_size:
            _flush(store, pipeline, pending, summary, warn, hooks)
            pending = []
    if pending:
        _flush(store, pipeline, pending, summary, warn, hooks)
    return summary


def _needing_extraction(store: Store, docs: Iterable[Document], summary: IngestSummary,
                        warn: Callable[[str], None]) -> Iterator[tuple[Document, str]]:
    seen: set[str] = set()
    for doc in docs:
        key = doc.key()
        if key in seen:
            warn(f"{doc.where()}: id {doc.id!r} appears twice in this run; the later document replaces the earlier")
        seen.add(key)
        status = store.status(doc)
        summary.keys.append(key if status.kind != "duplicate" else (status.other_key or key))
        if status.kind == "unchanged":
            summary.unchanged += 1
        elif status.kind == "duplicate":
            summary.duplicates += 1
            warn(f"{doc.where()}: same text as stored document {status.other_key!r}; not stored again")
        else:
            yield doc, status.kind


def _flush(store: Store, pipeline: Pipeline, pending: list[tuple[Document, str]], summary: IngestSummary,
           warn: Callable[[str], None], hooks: Sequence[SaveHook]) -> None:
    for (doc, kind), extraction in zip(pending, pipeline.pipe([d for d, _ in pending])):
        for message in extraction.warnings:
            warn(message)
        store.save(doc, extraction, hooks)
        summary.events += len(extraction.events)
        if kind == "changed":
            summary.changed += 1
        else:
            summary.new += 1
