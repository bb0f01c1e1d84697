"""Shared fixtures: the bundled samples, and one pipeline per test session (models load once)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "fr-iraq-bases-2023-10.txt"


def sample_docs(name: str) -> dict[str, dict]:
    """The documents of a bundled JSON Lines sample, by id."""
    with (SAMPLES / name).open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def top_event(text: str, lang: str = "en", published: str | None = None):
    """The most confident event :func:`sitrep.extract` finds in ``text``, no publication date unless given (failing
    the test when there is none)."""
    from sitrep import extract

    result = extract(text, lang=lang, published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def side_names(ev) -> tuple[str | None, str | None]:
    """The names of an event's two sides, ``None`` for a side it lacks."""
    return (ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None)


def main_event(pipeline, text: str, lang: str = "en", published: str = "2024-06-01"):
    """The most confident event the pipeline finds in ``text`` (failing the test when there is none)."""
    from sitrep import Document

    result = pipeline.process(Document(id="t", text=text, lang=lang, published=published))
    assert result.events, "no event found"
    return max(result.events, key=lambda e: e.confidence)


@pytest.fixture(scope="session")
def pipeline():
    from sitrep import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer, loaded once (built into the cache on first use)."""
    from sitrep.config import Config
    from sitrep.resolve.gazetteer import Gazetteer

    return Gazetteer.load(Config().cache_dir)


@pytest.fixture(scope="session")
def event_location(pipeline):
    """``event_location(text, lang="en")``: where the pipeline puts the first located event of ``text``."""
    from sitrep.model import Document

    def locate(text: str, lang: str = "en"):
        result = pipeline.process(Document(id="located", text=text, lang=lang, published="2024-03-10"))
        located = [e.location for e in result.events if e.location is not None]
        assert located, [p.text for p in result.places]
        return located[0]

    return locate


@pytest.fixture(scope="session")
def reference_result(pipeline):
    from sitrep.ingest import read_inputs

    (doc,) = list(read_inputs([str(REFERENCE)]))
    return doc, pipeline.process(doc)


@pytest.fixture(scope="session")
def postgres_url():
    """A throw-away PostgreSQL server for the whole test session (see postgres_server.py)."""
    from .postgres_server import PostgresUnavailable, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as exc:  # only when the machine can neither find nor install PostgreSQL
        pytest.skip(str(exc))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """An empty store, once on a SQLite file and once on a fresh PostgreSQL database."""
    from sitrep.store import Store

    from .postgres_server import fresh_database

    if request.param == "sqlite":
        s = Store.open(tmp_path / "test.db")
    else:
        s = Store.open(fresh_database(request.getfixturevalue("postgres_url"), request.node.name))
    yield s
    s.close()
