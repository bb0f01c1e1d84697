"""The command line end to end: extract (output contract), ingest (idempotent), events, export, bad input."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from sitrep.cli import main

from .conftest import REFERENCE, SAMPLES

pytestmark = pytest.mark.slow


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "sitrep", *map(str, args)], capture_output=True, text=True, input=stdin, timeout=600)


def test_extract_batch_with_bad_inputs_keeps_going(tmp_path):
    bad_jsonl = tmp_path / "mixed.jsonl"
    bad_jsonl.write_text(
        json.dumps({"id": "ok-1", "text": "Trois soldats maliens ont été tués lundi dans une embuscade près de Gao.", "published": "2023-10-24"})
        + "\n{not json\n"
        + json.dumps({"id": "ok-2", "text": "A car bomb killed five people in Mogadishu on Friday, police said.", "published": "2023-10-21"})
        + "\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01\x02PNG" * 100)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Un policier a été tué à Bamako.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    proc = run("extract", bad_jsonl, empty, binary, latin, tmp_path / "missing.txt", REFERENCE, "-o", out)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {bad_jsonl}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2) — fix or remove that line (each line must be one complete JSON object)",
        f"error: {empty}: is empty — give a file with text in it",
        f"error: {binary}: looks like a binary file, not text — give a UTF-8 .txt, .html or .jsonl file (convert PDFs or Word files to text first)",
        f"error: {latin}:1: is not valid utf-8 (byte 0xe9 at offset 14) — re-encode it to UTF-8 (e.g. iconv -f latin1 -t utf-8 {latin}) or pass --encoding latin-1",
        f"error: {tmp_path / 'missing.txt'}: no such file — check the path (or use - to read standard input)",
    ]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == ["ok-1", "ok-2", "fr-iraq-bases-2023-10"]
    for d in lines:
        assert set(d) >= {"id", "lang", "published", "primary", "events", "claims", "statements", "places"}
    gao, mogadishu = lines[0], lines[1]
    assert gao["events"] and gao["events"][0]["fatalities"] == 3
    assert mogadishu["events"] and mogadishu["events"][0]["fatalities"] == 5


def test_extract_reads_standard_input():
    proc = run("extract", "-", stdin=json.dumps({"id": "s", "text": "Des hommes armés ont enlevé deux humanitaires à Ménaka mardi."}) + "\n")
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    assert json.loads(line)["id"] == "s"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "sitrep.db"
    inputs = [REFERENCE, *sorted(SAMPLES.glob("*.jsonl"))]
    first = run("ingest", *inputs, "--db", db)
    assert first.returncode == 0, first.stderr
    return db, inputs, first


def test_ingest_prints_table_and_database(ingested):
    db, _, first = ingested
    assert "sub_event_type" not in first.stdout  # a table for people, not JSON
    assert "claimed by" in first.stdout and "Islamic Resistance in Iraq" in first.stdout
    assert f"database: {db.resolve()}" in first.stdout
    assert "20 new, 0 updated, 0 unchanged" in first.stdout


def test_reingest_adds_nothing(ingested):
    db, inputs, first = ingested
    before = run("events", "--db", db, "--json").stdout
    again = run("ingest", *inputs, "--db", db)
    assert again.returncode == 0
    assert "0 new, 0 updated, 20 unchanged" in again.stdout
    assert run("events", "--db", db, "--json").stdout == before


def test_events_filters_and_exports(ingested, tmp_path):
    db, _, _ = ingested
    iraq = [json.loads(line) for line in run("events", "--db", db, "--json", "--country", "IQ").stdout.splitlines()]
    assert iraq and all(e["location"]["country"] == "IQ" for e in iraq)
    claimed = run("events", "--db", db, "--actor", "Islamic Resistance").stdout
    assert "Islamic Resistance in Iraq" in claimed
    csv_path = tmp_path / "events.csv"
    proc = run("export", "--db", db, "--format", "csv", "-o", csv_path)
    assert proc.returncode == 0 and "incidents written" in proc.stderr
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert rows and rows[0].keys() >= {"event_id_cnty", "event_date", "sub_event_type", "actor1", "latitude", "fatalities", "evidence",
                                       "incident_id", "source_count", "sources"}
    assert all(int(r["source_count"]) >= 1 for r in rows)
    reports_path = tmp_path / "reports.csv"
    assert run("export", "--db", db, "--view", "reports", "-o", reports_path).returncode == 0
    reports = list(csv.DictReader(reports_path.open(encoding="utf-8")))
    assert len(reports) >= len(rows)  # merging never adds rows
    assert {r["incident_id"] for r in reports if r["incident_id"]} == set(r["incident_id"] for r in rows if r["incident_id"])
    incident_ids = [r["incident_id"] for r in rows if r["incident_id"]]
    assert len(incident_ids) == len(set(incident_ids))  # one row per incident
    geo = json.loads(run("export", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]


def test_library_api_and_frame(pipeline):
    import sitrep

    result = sitrep.extract("Un kamikaze a tué douze soldats nigérians dimanche à Maiduguri.", published="2023-10-23", pipeline=pipeline)
    record = result.to_dict()
    assert record["events"] and record["events"][0]["fatalities"] == 12
    frame = sitrep.to_frame([result])
    assert list(frame["fatalities"]) [0] == 12


def test_usage_error_exit_code(capsys):
    assert main([]) == 2
