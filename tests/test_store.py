"""The store on SQLite and PostgreSQL: one transaction per document, no duplicates, replace on change,
filters, migrations recorded — and the exports read from it."""
from __future__ import annotations

import csv
import io
import json

import pytest

from sitrep.export import ACLED_COLUMNS, write_csv, write_geojson, write_jsonl
from sitrep.ingest import read_inputs
from sitrep.model import Actor, Claim, Event, Extraction, Location, Mention, Place, Span, Weapon
from sitrep.store import EventFilter, SaveHook, Store

from .conftest import REFERENCE


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def reference_extraction(text: str) -> Extraction:
    """Records built on the reference article's real words (the store's input, independent of the extractors)."""
    t0, t1 = _span(text, "attaques au drone")
    a0, a1 = _span(text, "Résistance islamique en Irak")
    l0, l1 = _span(text, "Irak", 200)
    b0, b1 = _span(text, "Bagdad")
    w0, w1 = _span(text, "drone")
    event = Event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        trigger=Mention(text[t0:t1], t0, t1, 0.9), date="2023-10", time_precision=3,
        actor1=Actor("Islamic Resistance in Iraq", text[a0:a1], a0, a1, 0.9, kind="militia", country="IQ"),
        actor2=Actor("Military Forces of the United States", "troupes américaines", *_span(text, "troupes américaines"), 0.8,
                     kind="state_military", country="US"),
        location=Location("Iraq", text[l0:l1], l0, l1, 33.0, 44.0, "IQ", None, 3, 0.7),
        weapons=[Weapon("drone", "drone", w0, w1)], count=5, confidence=0.8, evidence=[Span(t0 - 40, t1 + 60)],
        notes="Drone and rocket attacks targeted Iraqi bases hosting US troops.",
        claimed_by=Actor("Islamic Resistance in Iraq", text[a0:a1], a0, a1, 0.9),
    )
    claim = Claim(claimant=event.actor1, claimed="attaques", start=a0 - 60, end=a1 + 40, medium="Telegram", confidence=0.9)
    place = Place(text[b0:b1], b0, b1, "Baghdad", 33.34, 44.40, "IQ", "Baghdad", "city", 98182, 0.9)
    return Extraction(id="ref", lang="fr", published="2023-10", primary="Air/drone strike", events=[event], claims=[claim], places=[place])






@pytest.fixture
def reference_doc():
    (doc,) = list(read_inputs([str(REFERENCE)]))
    return doc


def test_migrations_recorded(store):
    assert [v for v, _, _ in store.migrations()][:2] == [1, 2]


def test_save_once_then_unchanged_then_replaced(store, reference_doc):
    assert store.status(reference_doc).kind == "new"
    store.save(reference_doc, reference_extraction(reference_doc.text))
    assert store.status(reference_doc).kind == "unchanged"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 1, "statements": 0, "places": 1}
    # the same document, changed: its old extraction is replaced, not added to
    reference_doc.text = reference_doc.text.replace("au moins cinq", "au moins six")
    assert store.status(reference_doc).kind == "changed"
    store.save(reference_doc, reference_extraction(reference_doc.text))
    assert store.counts() == {"documents": 1, "events": 1, "claims": 1, "statements": 0, "places": 1}


def test_same_text_under_another_id_is_a_duplicate(store, reference_doc):
    store.save(reference_doc, reference_extraction(reference_doc.text))
    reference_doc.id = "copy-of-reference"
    status = store.status(reference_doc)
    assert (status.kind, status.other_key) == ("duplicate", "fr-iraq-bases-2023-10")


class _Crash(SaveHook):
    def after_save(self, conn, document_id, doc, extraction):
        raise RuntimeError("power cut")


def test_crash_mid_save_leaves_old_version_whole(store, reference_doc):
    store.save(reference_doc, reference_extraction(reference_doc.text))
    changed = reference_doc.text.replace("cinq", "sept")
    reference_doc.text = changed
    with pytest.raises(RuntimeError, match="power cut"):
        store.save(reference_doc, reference_extraction(changed), hooks=[_Crash()])
    assert store.counts()["events"] == 1
    (stored,) = store.events()
    assert stored.event["count"] == 5 and store.status(reference_doc).kind == "changed"


def test_filters_and_evidence_round_trip(store, reference_doc):
    store.save(reference_doc, reference_extraction(reference_doc.text))
    (stored,) = store.events(EventFilter(country="iq", event_type="drone", actor="resistance", since="2023-10-01"))
    actor = stored.event["actor1"]
    assert reference_doc.text[actor["start"]:actor["end"]] == "Résistance islamique en Irak"
    assert store.events(EventFilter(text="Erbil"))  # full-text search over the source document
    assert store.events(EventFilter(text="Mogadiscio")) == []
    assert store.events(EventFilter(until="2023-09")) == []
    assert store.events(EventFilter(country="SY")) == []


def test_exports(store, reference_doc):
    store.save(reference_doc, reference_extraction(reference_doc.text))
    out = io.StringIO()
    assert write_csv(store.iter_events(), out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    row = rows[0]
    assert (row["event_id_cnty"].startswith("IRQ"), row["event_date"], row["year"], row["time_precision"]) == (True, "2023-10-01", "2023", "3")
    assert (row["country"], row["iso"], row["disorder_type"], row["fatalities"]) == ("Iraq", "368", "Political violence", "0")
    assert (row["claimed_by"], row["event_count"]) == ("Islamic Resistance in Iraq", "5")
    assert {e["field"] for e in json.loads(row["evidence"])} >= {"actor1", "location", "trigger"}
    out = io.StringIO()
    assert write_geojson(store.iter_events(), out) == 1
    feature = json.loads(out.getvalue())["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [44.0, 33.0]}
    out = io.StringIO()
    write_jsonl(store.iter_events(), out)
    assert json.loads(out.getvalue())["actor1"]["text"] == "Résistance islamique en Irak"


def test_unusable_db_path_says_what_to_do(tmp_path):
    from sitrep.errors import StoreError

    with pytest.raises(StoreError) as err:
        Store.open(tmp_path / "missing" / "x.db")
    assert str(err.value) == f"{tmp_path / 'missing' / 'x.db'}: folder {tmp_path / 'missing'} does not exist — create it or choose another --db path"
