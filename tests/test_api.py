"""The REST API against a real ``sitrep serve`` process on 127.0.0.1 (a database built from the samples)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import httpx
import pytest

from sitrep.export import ACLED_COLUMNS
from sitrep.store import Store

from .api_corpus import ROOT, build_corpus, english, running_server
from .postgres_server import fresh_database




@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus(request, tmp_path_factory):
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("api") / "api.db")
    else:
        db = fresh_database(request.getfixturevalue("postgres_url"), "api_tests")
    ids = build_corpus(db)
    return db, ids


@pytest.fixture(scope="module")
def server(corpus):
    db, _ = corpus
    with running_server(db) as base:
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client


def _error(response: httpx.Response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}, body
    assert body["error"]["status"] == status and body["error"]["code"] == code, body
    assert len(body["error"]["message"]) > 10
    return body["error"]["message"]


def _all(client: httpx.Client, **params) -> list[dict]:
    items, cursor = [], None
    for _ in range(100):
        page = client.get("/api/events", params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("pagination did not end")


def test_health_and_counts(server):
    body = server.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["documents"] == 4 and body["counts"]["events"] == 5
    assert body["writes"] == "token required"


def test_events_newest_first_with_document_fields(server):
    page = server.get("/api/events").json()
    assert page["total"] == 5 and page["next_cursor"] is None and page["sort"] == "-date"
    dates = [e["date"] for e in page["items"]]
    assert dates == sorted(dates, reverse=True)
    first = page["items"][0]
    assert first["sub_event_type"] == "Other" and first["location"] == "Baghdad" and first["document"] == "fr-iraq-bases-2023-10"
    assert first["latitude"] == pytest.approx(33.3406)


def test_cursor_pagination_is_complete_and_stable_under_inserts(server, corpus):
    everything = [e["id"] for e in _all(server, limit=100)]
    first = server.get("/api/events", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    # A newer event arrives between two pages: it is not on the next pages, and nothing repeats.
    db, _ = corpus
    store = Store.open(db)
    try:
        doc, extraction = english()[0]
        doc.id = "road_ied_8_copy"
        extraction.events[0].date = "2030-01-01"
        new_doc_id = store.save(doc, extraction)
        rest, cursor = [], first["next_cursor"]
        while cursor:
            page = server.get("/api/events", params={"limit": 2, "cursor": cursor}).json()
            rest.extend(e["id"] for e in page["items"])
            cursor = page["next_cursor"]
        assert [e["id"] for e in first["items"]] + rest == everything
        assert server.get("/api/events").json()["total"] == 6
    finally:
        with store.engine.begin() as conn:  # put the database back as the other tests expect it
            from sitrep.store.database import _delete_document

            _delete_document(conn, new_doc_id)
        store.close()
    assert server.get("/api/events").json()["total"] == 5


@pytest.mark.parametrize("sort", ["date", "-date", "-fatalities", "fatalities", "-confidence", "id", "-id"])
def test_every_sort_pages_through_everything_once(server, sort):
    ids = [e["id"] for e in _all(server, limit=2, sort=sort)]
    assert sorted(ids) == sorted(e["id"] for e in _all(server, limit=100))
    assert len(ids) == len(set(ids)) == 5


def test_sort_by_fatalities(server):
    items = server.get("/api/events", params={"sort": "-fatalities"}).json()["items"]
    assert [e["fatalities"] for e in items][:3] == [12, 6, 1]


def test_bad_cursors_are_refused(server):
    cursor = server.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    assert "another query" in _error(server.get("/api/events", params={"limit": 1, "cursor": cursor, "country": "IQ"}),
                                     400, "invalid_cursor")
    _error(server.get("/api/events", params={"cursor": "not-a-cursor!"}), 400, "invalid_cursor")
    _error(server.get("/api/claims", params={"cursor": cursor}), 400, "invalid_cursor")


@pytest.mark.parametrize("params, expected", [
    ({"country": "AF"}, {"Bagram"}),
    ({"country": "af,sy"}, {"Bagram", "Deir ez-Zor"}),
    ({"type": "suicide"}, {"Bagram", "Tuz Khurmatu"}),
    ({"type": "Explosions/Remote violence"}, {"Iraq", "Deir ez-Zor", "Bagram", "Tuz Khurmatu"}),
    ({"actor": "résistance"}, set()),
    ({"actor": "resistance in iraq"}, {"Iraq"}),
    ({"text": "Gladkikh"}, {"Deir ez-Zor"}),
    ({"text": "مسبح"}, {"Tuz Khurmatu"}),
    ({"bbox": "38,29,49,38"}, {"Iraq", "Baghdad", "Deir ez-Zor", "Tuz Khurmatu"}),
    ({"bbox": "60,30,75,40"}, {"Bagram"}),
    ({"since": "2023-10-19"}, {"Baghdad"}),
    ({"since": "2015-01-01", "until": "2015-12"}, {"Bagram", "Tuz Khurmatu"}),
    ({"until": "2015-07-25"}, {"Tuz Khurmatu"}),
    ({"min_confidence": 0.82}, {"Iraq", "Bagram"}),
])
def test_filters(server, params, expected):
    page = server.get("/api/events", params=params).json()
    assert {e["location"] for e in page["items"]} == expected
    assert page["total"] == len(expected)


def test_event_detail_has_fields_with_evidence_in_the_source_text(server, corpus):
    _, ids = corpus
    event_id = next(e["id"] for e in server.get("/api/events", params={"type": "drone"}).json()["items"])
    detail = server.get(f"/api/events/{event_id}").json()
    assert detail["event"]["claimed_by"] == "Islamic Resistance in Iraq"
    assert detail["record"]["count"] == 5 and detail["record"]["actor1"]["text"] == "Résistance islamique en Irak"
    assert [s["id"] for s in detail["sources"]] == [ids["fr-iraq-bases-2023-10"]]
    text = server.get(f"/api/documents/{detail['sources'][0]['id']}").json()["text"]
    fields = {f["field"]: f for f in detail["fields"]}
    assert fields["actor1"]["value"] == "Islamic Resistance in Iraq"
    assert [s["text"] for s in fields["weapons"]["spans"]] == ["drone", "roquette"]
    assert fields["fatalities"]["value"] is None  # unknown stays unknown
    assert fields["casualties_text"]["value"] == "blessés légers"
    for f in detail["fields"]:
        for span in f["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_arabic_event_spans(server):
    event = server.get("/api/events", params={"text": "مسبح"}).json()["items"][0]
    fields = {f["field"]: f for f in server.get(f"/api/events/{event['id']}").json()["fields"]}
    assert fields["location"]["spans"][0]["text"] == "طوز خورماتو"
    assert fields["fatalities"]["value"] == "12" and fields["fatalities"]["spans"][0]["text"] == "قتل 12 شخصا"


def test_documents_claims_statements_places(server, corpus):
    _, ids = corpus
    docs = server.get("/api/documents", params={"limit": 3}).json()
    assert len(docs["items"]) == 3 and docs["next_cursor"]
    rest = server.get("/api/documents", params={"limit": 3, "cursor": docs["next_cursor"]}).json()
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    assert server.get("/api/documents", params={"key": "road_ied_8"}).json()["items"][0]["events"] == 1
    doc = server.get(f"/api/documents/{ids['fr-iraq-bases-2023-10']}").json()
    assert doc["document"]["lang"] == "fr" and doc["document"]["published"] == "2023-10" and len(doc["event_ids"]) == 2
    (claim,) = doc["claims"]
    assert claim["claimant"] == "Islamic Resistance in Iraq" and claim["medium"] == "Telegram"
    assert claim["text"].startswith("La plupart des attaques ont été revendiquées") and claim["text"] == doc["text"][claim["start"]:claim["end"]]
    (statement,) = doc["statements"]
    assert statement["speaker"] == "Yahya Rassoul" and statement["stance"] == "condemn"
    assert {p["name"] for p in doc["places"]} == {"Baghdad", "Erbil"}
    claims = server.get("/api/claims", params={"claimant": "resistance"}).json()["items"]
    assert [c["id"] for c in claims] == [claim["id"]] and claims[0]["text"] == claim["text"]
    assert server.get("/api/statements", params={"stance": "condemn"}).json()["items"][0]["quote"].startswith("Les attaques")
    assert len(server.get("/api/places", params={"country": "IQ"}).json()["items"]) == 2
    _error(server.get("/api/documents/99999"), 404, "not_found")


def test_stats(server):
    total = 5
    by_type = server.get("/api/stats", params={"group": "type"}).json()
    assert by_type["total"] == total and sum(b["count"] for b in by_type["buckets"]) == total
    assert {"key": "Suicide bomb", "count": 2, "fatalities": 18, "label": "Explosions/Remote violence"} in by_type["buckets"]
    by_day = server.get("/api/stats", params={"group": "day"}).json()
    assert [b["key"] for b in by_day["buckets"]] == sorted(b["key"] for b in by_day["buckets"])
    assert sum(b["count"] for b in by_day["buckets"]) + by_day["other"] == total
    by_country = server.get("/api/stats", params={"group": "country"}).json()
    assert by_country["buckets"][0] == {"key": "IQ", "count": 3, "fatalities": 12, "label": None}
    by_actor = server.get("/api/stats", params={"group": "actor", "country": "IQ"}).json()
    assert {b["key"] for b in by_actor["buckets"]} >= {"Islamic Resistance in Iraq", "Civilians (Iraq)"}
    by_month = server.get("/api/stats", params={"group": "month", "since": "2023-01-01"}).json()
    assert by_month["buckets"] == [{"key": "2023-10", "count": 2, "fatalities": 0, "label": None}]
    _error(server.get("/api/stats", params={"group": "weekday"}), 400, "invalid_parameter")


def test_map_points(server):
    points = server.get("/api/map").json()
    assert len(points["points"]) == 5 and points["unplaced"] == 0 and not points["truncated"]
    assert {p["location"] for p in server.get("/api/map", params={"country": "SY"}).json()["points"]} == {"Deir ez-Zor"}


def test_exports_reuse_the_acled_writers(server):
    response = server.get("/api/export", params={"format": "csv", "country": "IQ"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS) and len(rows) == 3
    assert {r["location"] for r in rows} == {"Iraq", "Baghdad", "Tuz Khurmatu"}
    geo = server.get("/api/export", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 5
    lines = server.get("/api/export", params={"format": "jsonl", "limit": 2}).text.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["event_id"] for line in lines)
    _error(server.get("/api/export", params={"format": "xlsx"}), 400, "invalid_parameter")


def test_bounds_and_one_error_shape(server):
    assert "500" in _error(server.get("/api/events", params={"limit": 100000}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"limit": 0}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"text": "x" * 201}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"bbox": "1,2,3"}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"bbox": "0,50,10,40"}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"since": "yesterday"}), 400, "invalid_parameter")
    _error(server.get("/api/events", params={"sort": "random()"}), 400, "invalid_parameter")
    _error(server.get("/api/events/12345"), 404, "not_found")
    _error(server.get("/api/events/abc"), 400, "invalid_parameter")
    _error(server.get("/api/no/such/thing"), 404, "not_found")
    _error(server.delete("/api/events/1"), 405, "method_not_allowed")


def test_writing_needs_a_token(server, corpus):
    db, _ = corpus
    event_id = server.get("/api/events").json()["items"][0]["id"]
    review = {"status": "confirmed", "note": "two wires agree"}
    assert "sitrep token create" in _error(server.post(f"/api/events/{event_id}/reviews", json=review), 401, "token_required")
    _error(server.post(f"/api/events/{event_id}/reviews", json=review, headers={"Authorization": "Bearer nope"}),
           403, "invalid_token")
    made = subprocess.run([sys.executable, "-m", "sitrep", "token", "create", "analyst-1", "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    auth = {"Authorization": f"Bearer {token}"}
    created = server.post(f"/api/events/{event_id}/reviews", json=review, headers=auth)
    assert created.status_code == 201, created.text
    assert created.json()["author"] == "analyst-1" and created.json()["status"] == "confirmed"
    assert server.get(f"/api/events/{event_id}").json()["reviews"][0]["note"] == "two wires agree"
    _error(server.post(f"/api/events/{event_id}/reviews", json={"status": "maybe"}, headers=auth), 400, "invalid_parameter")
    _error(server.post("/api/events/99999/reviews", json=review, headers=auth), 404, "not_found")
    revoked = subprocess.run([sys.executable, "-m", "sitrep", "token", "revoke", "analyst-1", "--db", str(db)],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert revoked.returncode == 0, revoked.stderr
    _error(server.post(f"/api/events/{event_id}/reviews", json=review, headers=auth), 403, "invalid_token")


def test_openapi_description(server):
    spec = server.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "sitrep API"
    for path in ("/api/events", "/api/events/{event_id}", "/api/events/{event_id}/reviews", "/api/documents",
                 "/api/documents/{document_id}", "/api/claims", "/api/statements", "/api/places", "/api/stats",
                 "/api/export", "/api/map"):
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert names >= {"since", "until", "country", "type", "actor", "text", "bbox", "limit", "cursor", "sort"}
    assert "ErrorResponse" in spec["components"]["schemas"] and "EventDetail" in spec["components"]["schemas"]


def test_ui_and_basemap_are_served_offline(server):
    page = server.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for ref in ("/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css", "/static/app.js", "/static/app.css"):
        assert ref in page.text and server.get(ref).status_code == 200, ref
    assert "http" not in page.text.replace("http-equiv", "")  # nothing loaded from elsewhere
    basemap = server.get("/api/basemap.geojson").json()
    assert basemap["type"] == "FeatureCollection" and len(basemap["features"]) > 150
    assert any(f["properties"]["iso"] == "IQ" for f in basemap["features"])


def test_serve_without_a_database_says_what_to_do(tmp_path):
    done = subprocess.run([sys.executable, "-m", "sitrep", "serve", "--db", str(tmp_path / "none.db")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1 and "sitrep ingest" in done.stderr
    assert not (tmp_path / "none.db").exists()


def test_event_lists_the_other_reports_of_its_incident(tmp_path):
    from sitrep.model import Actor, Document, Event, Extraction, Location, Mention
    from sitrep.store.incidents import IncidentMerger, incident_reports, join
    from sqlalchemy import select

    db = tmp_path / "incidents.db"
    store = Store.open(db)
    try:
        doc, extraction = english()[0]
        first = store.save(doc, extraction, hooks=[IncidentMerger()])
        text = "A roadside bomb killed a Russian major general near Deir ez-Zor, the Russian Defence Ministry said."
        wire = Document("wire-1", text, "2017-10-06", "en", title="Russian general killed in Syria", source="Wire")
        ev = Event("Explosions/Remote violence", "Remote explosive/landmine/IED", Mention("roadside bomb", 2, 15),
                   date="2017-10-06", time_precision=1, actor2=Actor("Military Forces of Russia", "Russian", 18, 25),
                   location=Location("Deir ez-Zor", "Deir ez-Zor", 52, 63, 35.3359, 40.1408, "SY", None, 2, 0.8),
                   fatalities=1, confidence=0.7)
        second = store.save(wire, Extraction("wire-1", "en", "2017-10-06", ev.sub_event_type, [ev]), hooks=[IncidentMerger()])
        ir = incident_reports
        with store.engine.connect() as conn:
            held = {r.doc_key: r.incident_id for r in conn.execute(select(ir.c.doc_key, ir.c.incident_id).where(ir.c.role == "report"))}
        if held["road_ied_8"] != held["wire-1"]:  # the merger kept them apart: an analyst joins them
            join(store, held["road_ied_8"], held["wire-1"])
    finally:
        store.close()
    with running_server(db) as base, httpx.Client(base_url=base, timeout=30) as client:
        event_id = next(e["id"] for e in client.get("/api/events", params={"document": first}).json()["items"])
        detail = client.get(f"/api/events/{event_id}").json()
        assert detail["incident_id"] is not None
        assert [s["key"] for s in detail["sources"]] == ["road_ied_8", "wire-1"]
        assert [(r["document_id"], r["title"]) for r in detail["reports"]] == [(second, "Russian general killed in Syria")]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_query_past_the_time_limit_is_stopped(backend, request, tmp_path):
    import threading

    import uvicorn

    from sitrep.api import ApiSettings, create_app
    from sitrep.model import Document, Event, Extraction, Mention

    from .api_corpus import free_port

    if backend == "sqlite":
        db = str(tmp_path / "slow.db")
    else:
        db = fresh_database(request.getfixturevalue("postgres_url"), "api_time_limit")
    store = Store.open(db)
    try:  # enough rows that the query runs more than a few thousand SQLite instructions
        text = "attaques " * 50
        events = [Event("Battles", "Armed clash", Mention("attaques", 0, 8), date=f"2020-01-{1 + i % 28:02d}",
                        confidence=0.5, notes=f"clash {i}") for i in range(400)]
        store.save(Document("bulk", text, "2020-01"), Extraction("bulk", "fr", "2020-01", "Armed clash", events))
    finally:
        store.close()
    app = create_app(db, ApiSettings(query_seconds=0.0))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(300):
            if server.started:
                break
            threading.Event().wait(0.05)
        assert server.started, "uvicorn did not start"
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            message = _error(client.get("/api/events", params={"text": "attaques"}), 503, "query_too_costly")
            assert "narrow" in message
            assert client.get("/api/health").status_code == 200  # the server goes on
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def test_report_command(corpus, tmp_path):
    db, _ = corpus
    out = tmp_path / "iq.html"

    def report(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "sitrep", "report", "--db", str(db), *args], capture_output=True,
                              text=True, cwd=ROOT, timeout=300)

    done = report("--since", "2015-01-01", "--country", "iq", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "3 event(s) from 2 document(s)" in done.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("<tr><td>") == 3 and "Tuz Khurmatu" in html and "Bagram" not in html
    assert "Yahya Rassoul" in html and "Islamic Resistance in Iraq" in html
    assert "default-src 'none'" in html
    bad = report("--since", "last week", "-o", str(out))
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr
    bad = report("--since", "2015-01-01", "--country", "Iraq", "-o", str(out))
    assert bad.returncode == 1 and "alpha-2" in bad.stderr
    bad = report("--since", "2015-01-01", "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert bad.returncode == 1 and "choose another -o path" in bad.stderr
