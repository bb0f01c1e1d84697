"""Document-level near-duplicate detection: wire copy republished by several sites.

A document's *shingles* are its runs of 5 consecutive words (folded: case, accents and Arabic
letter variants unified). A MinHash signature (128 hash functions) estimates the Jaccard
similarity of two documents' shingle sets; LSH banding (32 bands of 4 rows, stored in
``doc_signature_bands``) finds the candidates of a new document among millions in a few indexed
lookups. A document is a *copy* of a stored one when nearly all of it is found there (estimated
containment ≥ 0.8): a wire dispatch republished with another headline, intro or footer, or cut
short. A document that adds much of its own (an updated dispatch with new paragraphs) is not a
copy: it is extracted.

A copy is stored as a document (its text stays searchable, its URL listed) with no extraction of
its own, and linked to its original in ``near_duplicates``: its events are the original's, never
extracted twice. Very short documents (under 30 shingles, e.g. one-line posts) are left to the
store's exact-duplicate check.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol, Sequence

import numpy as np
from sqlalchemy import Connection, delete, select

from .model import Document, Extraction
from .store import SaveHook, Store
from .store.sources import doc_signature_bands, doc_signatures, near_duplicates, now_iso
from .textnorm import fold, tokens

if TYPE_CHECKING:
    from .ingest_run import IngestSummary

_MASK62 = (1 << 62) - 1


class Extractor(Protocol):
    """What ingesting needs of a :class:`~sitrep.pipeline.Pipeline`."""

    def pipe(self, docs: Iterable[Document]) -> Iterator[Extraction]: ...


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Tunables of near-duplicate detection."""

    shingle_words: int = 5
    num_perm: int = 128
    bands: int = 32  # num_perm / bands rows per band: 32 x 4 finds pairs from Jaccard ~0.4 up
    min_shingles: int = 30  # shorter documents are not compared (exact duplicates are caught elsewhere)
    min_containment: float = 0.8  # share of the new document found in the original to call it a copy
    min_similarity: float = 0.3  # estimated Jaccard floor, against noise on very unequal lengths
    seed: int = 20231018


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash signature of a document and the number of distinct shingles it was built from."""

    values: np.ndarray  # uint32, num_perm values
    shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> "Signature":
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), shingles)


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A document found to be a copy of a stored (or earlier in this run) original."""

    key: str
    original_key: str
    similarity: float  # estimated Jaccard of shingle sets
    containment: float  # estimated share of the document found in the original


@dataclass
class MinHasher:
    """Computes signatures and band buckets; holds its random permutations (built once, seeded)."""

    config: DedupConfig = field(default_factory=DedupConfig)
    _a: np.ndarray = field(init=False, repr=False)
    _b: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.config.num_perm % self.config.bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.default_rng(self.config.seed)
        self._a = rng.integers(1, 2**63, size=self.config.num_perm, dtype=np.uint64) | np.uint64(1)  # odd multipliers
        self._b = rng.integers(0, 2**63, size=self.config.num_perm, dtype=np.uint64)

    def shingles(self, text: str) -> set[str]:
        """Distinct runs of ``shingle_words`` folded words."""
        words = [w for _, _, w in tokens(fold(text))]
        k = self.config.shingle_words
        return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}

    def signature(self, text: str) -> Signature | None:
        """The signature of ``text``, or ``None`` when it is too short to compare."""
        shingles = self.shingles(text)
        if len(shingles) < self.config.min_shingles:
            return None
        hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
                              for s in shingles), dtype=np.uint64, count=len(shingles))
        result = np.full(self.config.num_perm, np.iinfo(np.uint32).max, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for start in range(0, len(hashes), 2048):  # bounded memory on very long texts
                block = hashes[start:start + 2048, None] * self._a[None, :] + self._b[None, :]  # multiply-shift, mod 2^64
                result = np.minimum(result, (block >> np.uint64(32)).min(axis=0))
        return Signature(result.astype(np.uint32), len(shingles))

    def buckets(self, signature: Signature) -> list[tuple[int, int]]:
        """(band, bucket) pairs of a signature for the LSH index."""
        rows = self.config.num_perm // self.config.bands
        data = signature.values.astype("<u4")
        out = []
        for band in range(self.config.bands):
            digest = hashlib.blake2b(data[band * rows:(band + 1) * rows].tobytes(), digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little") & _MASK62))
        return out


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a.values == b.values))


def containment(doc: Signature, original: Signature, jaccard: float) -> float:
    """Estimated share of ``doc``'s shingles found in ``original`` (from their Jaccard and sizes)."""
    if jaccard <= 0:
        return 0.0
    shared = jaccard * (doc.shingles + original.shingles) / (1 + jaccard)
    return min(1.0, shared / doc.shingles)


class NearDuplicates:
    """Finds copies among documents being ingested into ``store``, stores them linked to their
    originals, and indexes the signatures of documents stored by extraction (as a save hook).

    Use :func:`ingest_with_dedup`, or: ``ingest_documents(store, pipeline, detector.filter(docs),
    hooks=[detector.hook, ...])`` then ``detector.finish()`` (see there).
    """

    def __init__(self, store: Store, config: DedupConfig | None = None,
                 warn: Callable[[str], None] = lambda message: None) -> None:
        self.store = store
        self.hasher = MinHasher(config or DedupConfig())
        self.warn = warn
        self.found: list[NearDuplicate] = []
        self._pending: dict[str, Signature] = {}  # documents of this run sent to extraction, not saved yet
        self._deferred: list[tuple[Document, NearDuplicate]] = []
        self._signatures: dict[str, Signature | None] = {}
        self.hook = _IndexHook(self)

    # -- finding ----------------------------------------------------------------------------------
    def check(self, doc: Document) -> NearDuplicate | None:
        """The original ``doc`` is a copy of (stored, or sent to extraction earlier in this run), or ``None``."""
        sig = self._signature(doc)
        if sig is None:
            return None
        key = doc.key()
        best: NearDuplicate | None = None
        for other_key, other in self._candidates(sig, key):
            jac = similarity(sig, other)
            share = containment(sig, other, jac)
            cfg = self.hasher.config
            if jac >= cfg.min_similarity and share >= cfg.min_containment and (best is None or jac > best.similarity):
                best = NearDuplicate(key, other_key, round(jac, 4), round(share, 4))
        return best

    def _signature(self, doc: Document) -> Signature | None:
        key = doc.key()
        if key not in self._signatures:
            self._signatures[key] = self.hasher.signature(doc.text)
        return self._signatures[key]

    def _candidates(self, sig: Signature, key: str) -> Iterator[tuple[str, Signature]]:
        buckets = self.hasher.buckets(sig)
        b, s = doc_signature_bands, doc_signatures
        keys: set[str] = set()
        with self.store.engine.connect() as conn:
            for band, bucket in buckets:
                keys.update(conn.execute(select(b.c.doc_key).where(b.c.band == band, b.c.bucket == bucket)).scalars())
            keys.discard(key)
            stored = {}
            for chunk in _chunks(sorted(keys), 500):
                for row in conn.execute(select(s.c.doc_key, s.c.signature, s.c.shingles).where(s.c.doc_key.in_(chunk))):
                    stored[row.doc_key] = Signature.from_bytes(row.signature, row.shingles)
        yield from stored.items()
        mine = set(buckets)
        for other_key, other in self._pending.items():
            if other_key != key and other_key not in stored and mine & set(self.hasher.buckets(other)):
                yield other_key, other

    # -- ingesting --------------------------------------------------------------------------------
    def filter(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents that need extraction; copies of stored documents are stored linked to
        them as they come, copies of documents of this run wait for :meth:`finish`."""
        for doc in docs:
            status = self.store.status(doc)
            if status.kind in ("unchanged", "duplicate"):
                yield doc  # the ingest run counts and reports these
                continue
            match = self.check(doc)
            if match is None:
                sig = self._signature(doc)
                if sig is not None:
                    self._pending[doc.key()] = sig
                yield doc
            elif match.original_key in self._pending:
                self._deferred.append((doc, match))
            else:
                self._store_copy(doc, match)

    def finish(self) -> list[Document]:
        """Store the copies of documents of this run; returns those whose original was not stored
        after all (they need extraction: ingest them)."""
        leftovers = []
        deferred, self._deferred = self._deferred, []
        for doc, match in deferred:
            if self._stored_lang(match.original_key) is not None:
                self._store_copy(doc, match)
            else:
                leftovers.append(doc)
        self._pending.clear()
        return leftovers

    def _stored_lang(self, key: str) -> str | None:
        from .store import schema

        d = schema.documents
        with self.store.engine.connect() as conn:
            row = conn.execute(select(d.c.lang).where(d.c.doc_key == key)).first()
        return None if row is None else (row.lang or "")

    def _store_copy(self, doc: Document, match: NearDuplicate) -> None:
        lang = self._stored_lang(match.original_key) or doc.lang or ""
        empty = Extraction(id=doc.id, lang=doc.lang or lang, published=doc.published, primary=None)
        self.store.save(doc, empty, hooks=[_LinkHook(match)])
        self.found.append(match)
        self.warn(f"{doc.where()}: copy of stored document {match.original_key!r} "
                  f"({match.containment:.0%} of it found there); stored linked to it, not extracted again")

    def index(self, conn: Connection, doc: Document) -> None:
        """Store ``doc``'s signature and bands (inside the transaction that saves it)."""
        key = doc.key()
        conn.execute(delete(near_duplicates).where(near_duplicates.c.doc_key == key))
        _unindex(conn, key)
        sig = self._signature(doc)
        self._pending.pop(key, None)
        if sig is None:
            return
        conn.execute(doc_signatures.insert().values(doc_key=key, shingles=sig.shingles, signature=sig.to_bytes(),
                                                    created_at=now_iso()))
        conn.execute(doc_signature_bands.insert(), [dict(band=band, bucket=bucket, doc_key=key)
                                                    for band, bucket in self.hasher.buckets(sig)])


    def backfill(self, batch: int = 200) -> int:
        """Index the stored documents that have no signature yet (stored before this feature, or by
        a run without it); copies stay unindexed. Returns how many were indexed."""
        from .store import schema

        d, s, n = schema.documents, doc_signatures, near_duplicates
        done = 0
        last_id = 0
        while True:
            with self.store.engine.connect() as conn:
                rows = list(conn.execute(
                    select(d.c.id, d.c.doc_key, d.c.text).where(d.c.id > last_id)
                    .where(d.c.doc_key.not_in(select(s.c.doc_key))).where(d.c.doc_key.not_in(select(n.c.doc_key)))
                    .order_by(d.c.id).limit(batch)))
            if not rows:
                return done
            with self.store.engine.begin() as conn:
                for row in rows:
                    doc = Document(id=row.doc_key, text=row.text)
                    self._signatures.pop(doc.key(), None)
                    self.index(conn, doc)
                    self._signatures.pop(doc.key(), None)
                    done += 1
            last_id = rows[-1].id


class _IndexHook(SaveHook):
    """Indexes each document saved by extraction (and unlinks it if it was a copy before)."""

    def __init__(self, detector: NearDuplicates) -> None:
        self.detector = detector

    def after_save(self, conn: Connection, document_id: int, doc: Document, extraction: Extraction) -> None:
        self.detector.index(conn, doc)


class _LinkHook(SaveHook):
    """Links a copy to its original in the transaction that stores the copy."""

    def __init__(self, match: NearDuplicate) -> None:
        self.match = match

    def after_save(self, conn: Connection, document_id: int, doc: Document, extraction: Extraction) -> None:
        _unindex(conn, self.match.key)
        conn.execute(delete(near_duplicates).where(near_duplicates.c.doc_key == self.match.key))
        conn.execute(near_duplicates.insert().values(doc_key=self.match.key, original_key=self.match.original_key,
                                                     similarity=self.match.similarity, containment=self.match.containment,
                                                     detected_at=now_iso()))


def _unindex(conn: Connection, key: str) -> None:
    conn.execute(delete(doc_signature_bands).where(doc_signature_bands.c.doc_key == key))
    conn.execute(delete(doc_signatures).where(doc_signatures.c.doc_key == key))


def _chunks(values: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield list(values[start:start + size])


def copies_of(store: Store, key: str) -> list[NearDuplicate]:
    """The stored copies of the document ``key`` (other sites' republications of it)."""
    n = near_duplicates
    with store.engine.connect() as conn:
        rows = conn.execute(select(n.c.doc_key, n.c.original_key, n.c.similarity, n.c.containment)
                            .where(n.c.original_key == key).order_by(n.c.doc_key))
        return [NearDuplicate(r.doc_key, r.original_key, r.similarity, r.containment) for r in rows]


def original_of(store: Store, key: str) -> NearDuplicate | None:
    """The link of a stored copy to its original, or ``None`` when ``key`` is not a copy."""
    n = near_duplicates
    with store.engine.connect() as conn:
        r = conn.execute(select(n.c.doc_key, n.c.original_key, n.c.similarity, n.c.containment)
                         .where(n.c.doc_key == key)).first()
    return NearDuplicate(r.doc_key, r.original_key, r.similarity, r.containment) if r else None


@dataclass
class DedupIngest:
    """What :func:`ingest_with_dedup` did: the ingest summary and the copies found."""

    summary: "IngestSummary"
    copies: list[NearDuplicate]


def ingest_with_dedup(store: Store, pipeline: "Extractor", docs: Iterable[Document], *,
                      warn: Callable[[str], None] = lambda message: None, hooks: Sequence[SaveHook] = (),
                      progress: bool = False, config: DedupConfig | None = None) -> DedupIngest:
    """``ingest_documents`` with near-duplicate detection: copies of stored documents (or of
    documents earlier in ``docs``) are stored linked to their original and not extracted."""
    from .ingest_run import ingest_documents

    detector = NearDuplicates(store, config, warn)
    summary = ingest_documents(store, pipeline, detector.filter(docs), progress=progress, warn=warn,  # type: ignore[arg-type]
                               hooks=[detector.hook, *hooks])
    leftovers = detector.finish()
    if leftovers:
        more = ingest_documents(store, pipeline, leftovers, warn=warn, hooks=[detector.hook, *hooks])  # type: ignore[arg-type]
        summary.new += more.new
        summary.changed += more.changed
        summary.unchanged += more.unchanged
        summary.duplicates += more.duplicates
        summary.events += more.events
        summary.keys.extend(more.keys)
    return DedupIngest(summary, list(detector.found))
