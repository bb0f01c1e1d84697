"""Near-duplicate detection: wire copy republished by several sites is linked to the original and
never extracted twice; updated dispatches that add news are extracted; restarts keep the index."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select

from sitrep.dedup import DedupConfig, MinHasher, NearDuplicates, copies_of, ingest_with_dedup, original_of, similarity
from sitrep.model import Document, Extraction
from sitrep.store import Store
from sitrep.store.sources import doc_signatures

from .conftest import sample_docs

FR = sample_docs("news-fr.jsonl")
AR = sample_docs("news-ar.jsonl")


@dataclass
class RecordingPipeline:
    """Stands in for the extraction pipeline and records which documents it was asked to extract."""

    extracted: list[str] = field(default_factory=list)

    def pipe(self, docs):
        for doc in docs:
            self.extracted.append(doc.key())
            yield Extraction(id=doc.id, lang=doc.lang or "fr", published=doc.published, primary=None)


def wire(key: str, **kw) -> Document:
    d = FR[key]
    return Document(id=kw.pop("id", key), text=kw.pop("text", d["text"]), published=d["published"], lang="fr", **kw)


def republished(text: str, site: str) -> str:
    """The same dispatch as another site runs it: its own headline line, intro and footer, last paragraph cut."""
    paragraphs = text.split("\n")
    body = "\n".join(paragraphs[1:-1])
    return f"{paragraphs[0]} | {site}\nPar la rédaction de {site} avec AFP\n{body}\nRetrouvez toute l'actualité internationale sur {site}."






def test_signatures_estimate_similarity():
    hasher = MinHasher()
    a = hasher.signature(FR["fr-os-3139"]["text"])
    b = hasher.signature(republished(FR["fr-os-3139"]["text"], "Le Courrier"))
    c = hasher.signature(FR["fr-os-1436"]["text"])
    assert similarity(a, a) == 1.0
    assert similarity(a, b) > 0.6
    assert similarity(a, c) < 0.1
    assert hasher.signature("Explosion à Kaboul.") is None  # too short to compare


def test_wire_copy_is_linked_not_extracted(store):
    pipeline = RecordingPipeline()
    original = wire("fr-os-3139", url="https://actu.orange.fr/a.html", source="Orange")
    copy = wire("fr-os-3139", id="lecourrier-1", text=republished(original.text, "Le Courrier"), source="Le Courrier")
    other = wire("fr-os-1436")
    first = ingest_with_dedup(store, pipeline, [original, other])
    assert first.summary.new == 2 and not first.copies
    messages: list[str] = []
    second = ingest_with_dedup(store, pipeline, [copy], warn=messages.append)
    assert pipeline.extracted == ["fr-os-3139", "fr-os-1436"]  # the copy never reached extraction
    (found,) = second.copies
    assert (found.key, found.original_key) == ("lecourrier-1", "fr-os-3139") and found.containment >= 0.85
    assert messages == [f"<memory>: copy of stored document 'fr-os-3139' ({found.containment:.0%} of it found there); "
                        "stored linked to it, not extracted again"]
    assert copies_of(store, "fr-os-3139") == [found] and original_of(store, "lecourrier-1") == found
    assert store.counts()["documents"] == 3  # the copy is stored (searchable, its URL listed) ...
    again = ingest_with_dedup(store, pipeline, [copy])  # ... and a re-run adds nothing
    assert again.summary.unchanged == 1 and not again.copies and len(pipeline.extracted) == 2


def test_copy_of_a_document_earlier_in_the_same_run(store):
    pipeline = RecordingPipeline()
    original = wire("fr-os-1436")
    copy = wire("fr-os-1436", id="copy", text=republished(original.text, "Le Journal"))
    result = ingest_with_dedup(store, pipeline, [original, copy])
    assert pipeline.extracted == ["fr-os-1436"]
    assert [c.original_key for c in result.copies] == ["fr-os-1436"]
    assert original_of(store, "copy").original_key == "fr-os-1436"


def test_updated_dispatch_with_news_of_its_own_is_extracted(store):
    pipeline = RecordingPipeline()
    original = wire("fr-os-3139")
    update = wire("fr-os-3139", id="update", text=original.text + "\n" + FR["fr-os-1436"]["text"])  # much added
    ingest_with_dedup(store, pipeline, [original])
    result = ingest_with_dedup(store, pipeline, [update])
    assert not result.copies and pipeline.extracted == ["fr-os-3139", "update"]


def test_short_and_unrelated_texts_are_not_compared(store):
    pipeline = RecordingPipeline()
    docs = [Document(id=f"p{i}", text=t, lang="fr") for i, t in enumerate(["Explosion à Kaboul.", "Explosion à Kaboul ce matin."])]
    docs += [Document(id=k, text=d["text"], lang="ar") for k, d in AR.items()]
    result = ingest_with_dedup(store, pipeline, docs)
    assert not result.copies and len(pipeline.extracted) == len(docs)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(doc_signatures)).scalar() == len(AR)  # short ones not indexed


def test_index_survives_a_restart_and_a_changed_copy_is_unlinked(tmp_path):
    path = tmp_path / "restart.db"
    store = Store.open(path)
    original = wire("fr-os-11471")
    ingest_with_dedup(store, RecordingPipeline(), [original])
    store.close()
    store = Store.open(path)  # a new process: the detector reads the stored signatures
    pipeline = RecordingPipeline()
    copy = wire("fr-os-11471", id="copy", text=republished(original.text, "Le Soir"))
    assert [c.original_key for c in ingest_with_dedup(store, pipeline, [copy]).copies] == ["fr-os-11471"]
    rewritten = wire("fr-os-11471", id="copy", text=FR["fr-os-10580"]["text"])  # the copy's page now carries another story
    result = ingest_with_dedup(store, pipeline, [rewritten])
    assert result.summary.changed == 1 and pipeline.extracted == ["copy"]
    assert original_of(store, "copy") is None
    store.close()


def test_reindex_documents_stored_without_signatures(store, capsys):
    from sitrep.ingest_run import ingest_documents

    pipeline = RecordingPipeline()
    original = wire("fr-os-16426")
    ingest_documents(store, pipeline, [original, wire("fr-os-14687")])  # stored by a run without detection
    detector = NearDuplicates(store)
    assert detector.check(wire("fr-os-16426", id="copy", text=republished(original.text, "X"))) is None
    assert detector.backfill() == 2 and detector.backfill() == 0
    found = detector.check(wire("fr-os-16426", id="copy", text=republished(original.text, "X")))
    assert found is not None and found.original_key == "fr-os-16426"


def test_detector_config_threshold():
    detector_config = DedupConfig(min_containment=0.99)
    hasher = MinHasher(detector_config)
    text = FR["fr-os-13542"]["text"]
    a, b = hasher.signature(text), hasher.signature(republished(text, "X"))
    assert similarity(a, b) < 0.99


@pytest.mark.slow
def test_events_of_a_wire_copy_are_not_extracted_twice(tmp_path, pipeline):
    store = Store.open(tmp_path / "events.db")
    original = wire("fr-os-10580")
    ingest_with_dedup(store, pipeline, [original])
    alone = store.counts()["events"]
    result = ingest_with_dedup(store, pipeline, [wire("fr-os-10580", id="copy", text=republished(original.text, "Le Soir"))])
    assert result.copies and store.counts()["events"] == alone and alone > 0
    store.close()


@pytest.mark.slow
def test_sitrep_ingest_links_a_republished_page(tmp_path, capsys):
    from sitrep.cli import main

    from .test_feeds import FIXTURES

    original = tmp_path / "orange.html"
    original.write_bytes((FIXTURES / "pages" / "fr-os-3139.html").read_bytes())
    html = original.read_text(encoding="utf-8")
    copy = tmp_path / "courrier.html"
    copy.write_text(html.replace("Orange Actu", "Le Courrier").replace("actu.orange.fr", "www.lecourrier.example")
                    .replace("<h1>", "<p>Par la rédaction du Courrier, avec AFP.</p><h1>"), encoding="utf-8")
    db = tmp_path / "cli.db"
    assert main(["ingest", str(original), str(copy), "--db", str(db), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "1 new, 0 updated, 0 unchanged, 0 duplicate document(s)" in captured.out
    assert "1 near-duplicate(s) linked to their original" in captured.out
    assert f"{copy}: copy of stored document 'orange'" in captured.err
    store = Store.open(db)
    assert original_of(store, "courrier").original_key == "orange"
    store.close()
