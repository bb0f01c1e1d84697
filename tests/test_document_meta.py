"""Where a document came from is kept: the source's metadata travels with the document into the store."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from sitrep.ingest import read_inputs
from sitrep.model import Document, Extraction
from sitrep.store import schema

EXPORT = Path(__file__).parent / "fixtures" / "sources" / "telegram" / "ChatExport_2023-10-20" / "result.json"


def test_telegram_message_metadata_is_stored(store):
    docs = [d for d in read_inputs([str(EXPORT)]) if isinstance(d, Document)]
    forwarded = next(d for d in docs if d.meta.get("forwarded_from"))
    assert forwarded.meta["forwarded_from"] == "Sabereen News"
    assert forwarded.meta["channel"] == "Résistance Info (fixture)" and forwarded.meta["message_id"] == 6
    store.save(forwarded, Extraction(forwarded.id, "fr", forwarded.published, None))
    with store.engine.connect() as conn:
        meta = conn.execute(select(schema.documents.c.meta).where(schema.documents.c.doc_key == forwarded.key())).scalar()
    assert json.loads(meta) == forwarded.meta


def test_plain_documents_have_no_meta(store):
    (doc,) = [d for d in read_inputs([str(Path(__file__).parents[1] / "samples" / "fr-iraq-bases-2023-10.txt")])]
    assert doc.meta == {}
    store.save(doc, Extraction(doc.id, "fr", doc.published, None))
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.documents.c.meta)).scalar() is None
