"""The pipeline: clean → parse → resolve names → extract, over typed records.

A :class:`Pipeline` loads its models and tables once (lazily, on first use) and then processes
documents one by one (:meth:`Pipeline.process`) or in batches (:meth:`Pipeline.pipe`, which lets
spaCy parse many short texts at once). Engines: inline (default) or a local process pool
(:func:`run_parallel`), each worker holding its own pipeline.
"""
from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .clean import SUPPORTED, CleanRules, clean
from .config import Config
from .extraction import Extractor
from .extraction.context import DocContext
from .model import CleanDocument, Document, Extraction, Place
from .nlp import entities_of, for_the_parser, load_model, parse, sentences_of

_MISSING = object()


def dominant_country(places: list[Place]) -> str | None:
    """The country most of the document's places lie in (more than half of those with a country), else
    ``None``: a text about one country, where its forces' local names apply."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if 2 * n > sum(counts.values()) else None


@dataclass
class Pipeline:
    """Turns documents into :class:`~sitrep.model.Extraction` records. Build once, reuse for every document."""

    config: Config = field(default_factory=Config)
    _clean_rules: CleanRules | None = field(default=None, init=False, repr=False)
    _models: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _extractor: Extractor | None = field(default=None, init=False, repr=False)
    _actors: Any = field(default=None, init=False, repr=False)
    _geoparser: Any = field(default=None, init=False, repr=False)

    # -- resources, loaded on first use -------------------------------------------------------
    @property
    def clean_rules(self) -> CleanRules:
        if self._clean_rules is None:
            self._clean_rules = CleanRules.load()
        return self._clean_rules

    def model(self, lang: str) -> Any | None:
        """The spaCy pipeline for ``lang`` (``None`` when none is installed: rules alone then)."""
        if lang not in self._models:
            candidates = self.config.spacy_models.get(lang, ())
            self._models[lang] = load_model(lang, candidates) if candidates else None
        return self._models[lang]

    @property
    def actors(self) -> Any:
        if self._actors is None:
            from .resolve.actors import ActorTable

            self._actors = ActorTable.load(self.config.user_aliases)
        return self._actors

    @property
    def geoparser(self) -> Any:
        if self._geoparser is None:
            from .resolve.gazetteer import Gazetteer
            from .resolve.geo import Geoparser

            self._geoparser = Geoparser(Gazetteer.load(self.config.cache_dir))
        return self._geoparser

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor.load()
        return self._extractor

    def warm_up(self, langs: Iterable[str] = SUPPORTED) -> None:
        """Load every model and table now (e.g. before timing, or before forking workers)."""
        self.clean_rules, self.actors, self.geoparser, self.extractor  # noqa: B018 - properties load
        for lang in langs:
            self.model(lang)

    # -- processing ----------------------------------------------------------------------------
    def process(self, doc: Document) -> Extraction:
        """Extract events, claims, statements and places from one document."""
        return next(self.pipe([doc], batch_size=1))

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Extraction]:
        """Process documents in order; short texts of one language are parsed together."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def context(self, cleaned: CleanDocument, parsed: Any = _MISSING) -> DocContext:
        """Parse (unless ``parsed`` is given) and resolve names: the record every extractor reads."""
        if parsed is _MISSING:
            nlp = self.model(cleaned.lang)
            parsed = parse(nlp, cleaned.masked, self.config.limits.chunk_chars, cleaned.lang) if nlp is not None else None
        text = cleaned.masked
        entities = entities_of(parsed) if parsed is not None else []
        sentences = sentences_of(parsed) if parsed is not None else cleaned.sentences
        places = self.geoparser.parse(text, cleaned.lang, entities)
        return DocContext(
            clean=cleaned,
            text=text,
            lang=cleaned.lang,
            published=cleaned.document.published,
            sentences=sentences or cleaned.sentences,
            parsed=parsed,
            entities=entities,
            places=places,
            # names read one way in one country ("FDS", "SAA", "الاحتلال") are found in a text about it
            actors=self.actors.find(text, cleaned.lang, doc_country=dominant_country(places)),
            actor_table=self.actors,
            geoparser=self.geoparser,
        )

    def _run_batch(self, docs: list[Document]) -> Iterator[Extraction]:
        cleaned = [clean(doc, self.clean_rules) for doc in docs]
        parsed: dict[int, Any] = {}
        by_lang: dict[str, list[int]] = {}
        for i, c in enumerate(cleaned):
            if c.lang in SUPPORTED and len(c.masked) <= self.config.limits.chunk_chars:
                by_lang.setdefault(c.lang, []).append(i)
        for lang, indexes in by_lang.items():
            nlp = self.model(lang)
            if nlp is None:
                continue
            for i, doc in zip(indexes, nlp.pipe(for_the_parser(cleaned[i].masked, lang) for i in indexes)):
                parsed[i] = doc
        for i, c in enumerate(cleaned):
            if c.lang not in SUPPORTED:
                yield Extraction(
                    id=c.document.id, lang=c.lang, published=c.document.published, primary=None, warnings=list(c.warnings)
                )
                continue
            ctx = self.context(c, parsed.get(i, _MISSING))
            yield self.extractor.extract(ctx)


def extract(text: str, published: str | None = None, lang: str | None = None, pipeline: Pipeline | None = None) -> Extraction:
    """Extract events, claims, statements and places from one text.

    Builds a :class:`Pipeline` unless one is given; loading models takes seconds, so for many texts
    build one ``Pipeline`` and call :meth:`Pipeline.process` or :meth:`Pipeline.pipe`.
    """
    pipeline = pipeline or Pipeline()
    return pipeline.process(Document(id="1", text=text, published=published, lang=lang))


def _worker_init(config: Config) -> None:
    global _WORKER_PIPELINE  # one pipeline per worker process, never shared: process-local by design
    _WORKER_PIPELINE = Pipeline(config)


def _worker_run(docs: list[Document]) -> list[Extraction]:
    return list(_WORKER_PIPELINE.pipe(docs))


_WORKER_PIPELINE: Pipeline


def run_parallel(docs: Iterable[Document], config: Config, workers: int | None = None, batch_size: int = 32) -> Iterator[Extraction]:
    """Process documents in a local process pool (each worker loads its own models); output keeps input order."""
    workers = workers or max(1, (os.cpu_count() or 2))
    batches: list[list[Document]] = []
    current: list[Document] = []
    for doc in docs:
        current.append(doc)
        if len(current) >= batch_size:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(config,)) as pool:
        for result in pool.map(_worker_run, batches):
            yield from result
