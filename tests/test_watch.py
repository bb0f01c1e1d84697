"""``sitrep watch``: sources files, polling feeds over a real loopback server, Telegram export folders,
only what is new ingested, network errors recorded and survived, and a watcher killed mid-run
(SIGKILL) then restarted: nothing lost, nothing twice."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from sitrep.cli import main
from sitrep.ingest.fetch import Fetcher
from sitrep.model import Extraction
from sitrep.sources_file import SourceSpec, SourcesFileError, load_sources
from sitrep.store import Store
from sitrep.store.sources import SourceStore
from sitrep.watch import WatchOptions, Watcher

from .sources_server import LoopbackServer, Route
from .test_feeds import FIXTURES, quick, served_feed

EXPORT = FIXTURES / "telegram" / "ChatExport_2023-10-20" / "result.json"


@dataclass
class RecordingPipeline:
    """Stands in for the extraction pipeline; records what it was asked to extract."""

    extracted: list[str] = field(default_factory=list)

    def pipe(self, docs):
        for doc in docs:
            self.extracted.append(doc.key())
            yield Extraction(id=doc.id, lang=doc.lang or "fr", published=doc.published, primary=None)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "watch.db")
    yield s
    s.close()




def watcher(store, sources, pipeline=None, **kw) -> Watcher:
    options = WatchOptions(fetch=quick(), retry_min_s=60)
    return Watcher(store, pipeline or RecordingPipeline(), sources, options, fetcher=Fetcher(quick()), **kw)


# -- the sources file -------------------------------------------------------------------------------
def test_sources_file_yaml_and_toml(tmp_path):
    yaml_file = tmp_path / "sources.yaml"
    yaml_file.write_text(
        "interval: 20m\ndatabase: news.db\nsources:\n"
        "  - name: orange\n    feed: https://actu.orange.fr/monde/rss.xml\n    interval: 5m\n"
        "  - telegram: exports/\n    username: '@resistance_info'\n    interval: 1h\n"
        "  - page: https://www.example.org/a.html\n", encoding="utf-8")
    parsed = load_sources(yaml_file)
    assert parsed.db == "news.db"
    assert parsed.sources == (
        SourceSpec("orange", "feed", "https://actu.orange.fr/monde/rss.xml", 300),
        SourceSpec("telegram:exports", "telegram", str(tmp_path / "exports"), 3600, username="resistance_info"),
        SourceSpec("www.example.org/a.html", "page", "https://www.example.org/a.html", 1200),
    )
    toml_file = tmp_path / "sources.toml"
    toml_file.write_text('interval = "2h"\n[[sources]]\nname = "orange"\nfeed = "https://actu.orange.fr/monde/rss.xml"\n'
                         '[[sources]]\nfolder = "/data/incoming"\ninterval = 900\n', encoding="utf-8")
    assert load_sources(toml_file).sources == (
        SourceSpec("orange", "feed", "https://actu.orange.fr/monde/rss.xml", 7200),
        SourceSpec("folder:incoming", "folder", "/data/incoming", 900),
    )


@pytest.mark.parametrize("body, message", [
    ("sources:\n  - name: x\n", "source #1: needs exactly one of feed, page, telegram, folder (found none)"),
    ("sources:\n  - feed: https://a.org/rss\n    interval: soon\n", "source #1: interval 'soon' is not a duration — write e.g. 15m, 2h or 900"),
    ("sources:\n  - feed: https://a.org/rss\n    interval: 2\n", "source #1: interval of 2 s is too short — use at least 10 s (be polite to sites)"),
    ("sources:\n  - {feed: https://a.org/rss, name: a}\n  - {feed: https://b.org/rss, name: a}\n",
     "source name(s) used twice: a — give each source its own `name`"),
    ("sources:\n  - feed: https://a.org/rss\n    every: 5m\n", "source #1: unknown key(s) every — allowed: name, interval, username, fetch_pages, feed, page, telegram, folder"),
    ("sources:\n  - page: saved/a.html\n", "source #1: page 'saved/a.html' is not an http(s) address — use `folder:` for saved pages"),
    ("sources: [\n", "not valid YAML"),
    ("interval: 5m\n", "no `sources` list (or it is empty) — add at least one feed, page, telegram or folder"),
])
def test_sources_file_errors_say_what_to_do(tmp_path, body, message):
    path = tmp_path / "sources.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(SourcesFileError) as caught:
        load_sources(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


# -- feeds over HTTP ----------------------------------------------------------------------------------
def test_feed_polls_ingest_only_what_is_new(store, caplog, capsys):
    caplog.set_level("INFO", logger="sitrep.watch")
    with LoopbackServer() as server:
        served_feed(server)
        spec = SourceSpec("orange", "feed", server.url("/feed.rss"), 600)
        pipeline = RecordingPipeline()
        w = watcher(store, [spec], pipeline)
        first = w.poll(spec)
        assert (first.ok, first.items, first.new, first.events) == (True, 5, 5, 0)
        assert len(server.hits) == 3  # the feed and the pages of its two summary-only items
        second = w.poll(spec)
        assert second.not_modified and len(pipeline.extracted) == 5
        assert server.hits[-1].headers.get("If-None-Match") == '"v1"'
        # the feed gets a new item (and a new ETag): only that item is read; it is the first one rewritten: a copy
        rss = server.routes["/feed.rss"].body.decode()
        extra = rss[rss.index("    <item>"):rss.index("</item>") + len("</item>")].replace("orange-fr-os-16344", "orange-new-1")
        extra = extra.replace("<title>Trois soldats", "<title>Encore trois soldats").replace(
            "blesses-dans-un-attentat-au-mali-magic", "encore-blesses-magic").replace("Une attaque contre", "Une nouvelle attaque contre")
        server.routes["/feed.rss"] = Route(rss.replace("    <item>", extra + "\n    <item>", 1).encode(), "application/rss+xml", etag='"v2"')
        third = w.poll(spec)
        assert (third.items, third.skipped, third.new, third.copies) == (6, 5, 0, 1)
        assert len(server.hits) == 5  # the feed twice more, no page again
        w.close()
    state = SourceStore(store.engine).get("orange")
    assert (state.documents, state.items_seen, state.etag, state.failures, state.last_error) == (6, 6, '"v2"', 0, None)
    assert store.counts()["documents"] == 6 and len(pipeline.extracted) == 5  # the copy was not extracted
    items = {i["item_id"]: i for i in SourceStore(store.engine).items("orange")}
    assert items["orange-fr-os-3139"]["meta"]["text_from"] == "page" and items["orange-fr-os-3139"]["meta"]["site"] == "Orange Actu"
    assert items["orange-new-1"]["outcome"] == "near-duplicate"
    assert items["orange-new-1"]["meta"]["copy_of"] == items["orange-fr-os-16344"]["doc_key"]
    logged = [r.getMessage() for r in caplog.records]
    assert logged[:2] + logged[3:] == [
        "orange: 5 item(s), 0 already seen, 5 new, 0 updated; 0 event(s)",
        "orange: not modified since last poll",
        "orange: 6 item(s), 5 already seen, 0 new, 0 updated, 1 near-duplicate(s) linked; 0 event(s)",
    ]
    assert logged[2].endswith("(99% of it found there); stored linked to it, not extracted again")
    assert main(["sources", "--db", str(store.engine.url.database), "--copies"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(items["orange-new-1"]["doc_key"] + "  copy of  " + items["orange-fr-os-16344"]["doc_key"])


def test_page_source(store):
    with LoopbackServer() as server:
        served_feed(server)
        path = next(p for p in server.routes if "raid-aerien" in p and "xtor" not in p)
        spec = SourceSpec("raid", "page", server.url(path), 3600)
        w = watcher(store, [spec])
        first, second = w.poll(spec), w.poll(spec)
        server.routes[path].etag = '"p1"'
        third, fourth = w.poll(spec), w.poll(spec)
        w.close()
    assert (first.new, second.skipped, third.skipped, fourth.not_modified) == (1, 1, 1, True)
    item = SourceStore(store.engine).items("raid")[0]
    assert item["meta"] == {"site": "Orange Actu", "author": "Rédaction avec AFP", "canonical_url": server.url(path)}


def test_page_failing_for_now_waits_for_the_next_poll(store):
    with LoopbackServer() as server:
        served_feed(server)
        broken = next(p for p in server.routes if "raid-aerien" in p and "xtor" in p)
        server.routes[broken].statuses = [500] * 3  # every try of the first poll (1 + 2 retries)
        spec = SourceSpec("orange", "feed", server.url("/feed.rss"), 600)
        w = watcher(store, [spec])
        first = w.poll(spec)
        assert (first.new, first.retry_later) == (4, 1)
        state = SourceStore(store.engine).get("orange")
        assert state.etag is None and "1 item(s) could not be fetched for now" in state.last_error  # no 304 next time
        second = w.poll(spec)  # the server has recovered
        assert (second.skipped, second.new, second.retry_later) == (4, 1, 0)
        w.close()
    with store.engine.connect() as conn:
        raid = conn.execute(text("SELECT text FROM documents WHERE doc_key LIKE '%raid-aerien%'")).scalar()
    assert "Le PKK livre une sanglante guérilla" in raid  # the full page, not the summary


def test_network_errors_are_recorded_and_the_loop_goes_on(store, tmp_path):
    with LoopbackServer() as server:
        dead = server.url("/feed.rss")  # nothing listens there once the server is closed
    with LoopbackServer() as server:
        served_feed(server)
        server.routes["/notxml"] = Route(b"Breaking: not a feed", "text/plain")
        server.routes["/slow.rss"] = Route(b"<rss/>", "application/rss+xml", delay_s=1.0)
        now = [1_000_000.0]
        specs = [SourceSpec("dead", "feed", dead, 600), SourceSpec("orange", "feed", server.url("/feed.rss"), 600),
                 SourceSpec("notxml", "feed", server.url("/notxml"), 600), SourceSpec("slow", "feed", server.url("/slow.rss"), 600)]
        w = watcher(store, specs, clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
        w.fetcher = Fetcher(quick(retries=0, timeout_s=0.3))
        polls = w.run(max_polls=8)  # four polls at once; then the failing ones retried after 60 s, 120 s ...
        w.close()
    assert polls == 8
    table = SourceStore(store.engine)
    dead_state, orange, notxml = table.get("dead"), table.get("orange"), table.get("notxml")
    assert dead_state.last_success_at is None and dead_state.failures >= 3
    assert dead_state.last_error.startswith("cannot connect (ConnectError")
    assert notxml.last_error.startswith("is not a feed: not XML")
    assert table.get("slow").last_error.startswith("timed out (ReadTimeout, limit 0.3 s)")
    assert orange.documents == 5 and orange.failures == 0
    assert now[0] - 1_000_000.0 >= 60  # failing sources wait (60 s, then 120 s ...): the loop never spins


def test_sources_command_lists_last_success_error_and_counts(store, tmp_path, capsys):
    with LoopbackServer() as server:
        served_feed(server)
        dead = SourceSpec("dead", "feed", "http://127.0.0.1:9/feed.rss", 600)
        good = SourceSpec("orange", "feed", server.url("/feed.rss"), 600)
        w = watcher(store, [dead, good])
        w.poll_all()
        w.close()
    db = str(store.engine.url.database)
    assert main(["sources", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["name", "kind", "every", "last", "success", "docs", "items", "last", "error"]
    dead_row, orange_row = out[2], out[3]
    assert dead_row.startswith("dead") and "never" in dead_row and "cannot connect" in dead_row
    assert orange_row.split()[:3] == ["orange", "feed", "10m"] and orange_row.split()[4:6] == ["5", "5"]
    assert main(["sources", "--db", db, "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["name"] for r in rows] == ["dead", "orange"] and rows[1]["documents"] == 5
    assert main(["sources", "--db", db, "--items", "orange"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5


# -- Telegram exports and folders ---------------------------------------------------------------------
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_telegram_folder_reads_new_and_edited_messages_only(backend, tmp_path, request):
    from .postgres_server import fresh_database

    store = Store.open(tmp_path / "watch.db" if backend == "sqlite"
                       else fresh_database(request.getfixturevalue("postgres_url"), request.node.name.replace("[", "_").rstrip("]")))
    folder = tmp_path / "exports" / "ChatExport_2023-10-20"
    folder.mkdir(parents=True)
    export = folder / "result.json"
    export.write_bytes(EXPORT.read_bytes())
    spec = SourceSpec("resistance", "telegram", str(tmp_path / "exports"), 3600, username="resistance_info")
    pipeline = RecordingPipeline()
    w = watcher(store, [spec], pipeline)
    assert w.poll(spec).new == 5
    again = w.poll(spec)
    assert (again.items, again.new) == (0, 0)  # the file did not change: not even read
    raw = json.loads(export.read_text(encoding="utf-8"))
    message = next(m for m in raw["messages"] if m["id"] == 2)
    message["text"] += " Mise à jour : deux nouvelles attaques revendiquées."
    message["edited"] = "2023-10-20T10:00:00"
    raw["messages"].append({**message, "id": 10, "text": "Communiqué numéro 10 de la Résistance islamique en Irak.", "edited": None})
    export.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    third = w.poll(spec)
    w.close()
    assert (third.items, third.skipped, third.changed, third.new) == (6, 4, 1, 1)
    assert pipeline.extracted[5:] == ["telegram:1692735411/2", "telegram:1692735411/10"]
    with store.engine.connect() as conn:
        url, body = conn.execute(text("SELECT url, text FROM documents WHERE doc_key = 'telegram:1692735411/2'")).first()
    assert url == "https://t.me/resistance_info/2" and body.endswith("deux nouvelles attaques revendiquées.")
    items = {i["item_id"]: i for i in SourceStore(store.engine).items("resistance")}
    assert items["telegram:1692735411/6"]["meta"]["forwarded_from"] == "Sabereen News"
    assert items["telegram:1692735411/2"]["outcome"] == "changed"
    assert SourceStore(store.engine).get("resistance").documents == 6
    store.close()


def test_folder_source_and_missing_folder(store, tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a.jsonl").write_text(json.dumps({"id": "a1", "text": "Trois soldats maliens ont été tués lundi près de Gao."}) + "\n", encoding="utf-8")
    (incoming / "page.html").write_bytes((FIXTURES / "pages" / "fr-os-1436.html").read_bytes())
    (incoming / "notes.bin").write_bytes(b"\x00\x01")
    specs = [SourceSpec("incoming", "folder", str(incoming), 600), SourceSpec("nowhere", "folder", str(tmp_path / "nope"), 600)]
    w = watcher(store, specs)
    reports = w.poll_all()
    assert reports[0].new == 2 and reports[1].error.endswith("no such folder — check the folder: path in the sources file")
    (incoming / "b.txt").write_text("date 2023-10-20 Une roquette s'est abattue près de l'ambassade américaine à Bagdad.", encoding="utf-8")
    assert w.poll(specs[0]).new == 1
    w.close()


# -- killed mid-run, restarted ------------------------------------------------------------------------
@pytest.mark.slow
def test_watch_killed_mid_run_then_restarted_loses_nothing_and_adds_nothing_twice(tmp_path, pipeline):
    with LoopbackServer() as server:
        served_feed(server)
        for path, route in server.routes.items():
            if path != "/feed.rss":
                route.delay_s = 1.0  # slow pages: the kill lands while the feed is being worked through
        exports = tmp_path / "exports" / "ChatExport_2023-10-20"
        exports.mkdir(parents=True)
        (exports / "result.json").write_bytes(EXPORT.read_bytes())
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"interval: 10m\nsources:\n  - name: orange\n    feed: {server.url('/feed.rss')}\n"
                           f"  - name: resistance\n    telegram: exports\n", encoding="utf-8")
        db = tmp_path / "watch.db"
        env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
        command = [sys.executable, "-m", "sitrep", "watch", str(sources), "--db", str(db), "--batch", "1"]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
        try:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and _documents(db) < 2 and proc.poll() is None:
                time.sleep(0.05)
            assert proc.poll() is None, proc.stderr.read().decode()
            os.kill(proc.pid, signal.SIGKILL)  # no chance to clean up
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        stored_at_kill = _documents(db)
        assert 2 <= stored_at_kill < 10
        killed = Store.open(db)
        orange_at_kill = SourceStore(killed.engine).get("orange")
        killed.close()
        assert orange_at_kill.last_success_at is None and orange_at_kill.etag is None  # killed in the middle of the feed
        done = subprocess.run(command + ["--once"], capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        assert "orange: 5 item(s)" in done.stderr and "resistance: 5 item(s)" in done.stderr
    # everything stored exactly once: the same documents and events as one uninterrupted run
    reference = Store.open(tmp_path / "reference.db")
    with LoopbackServer() as server:
        served_feed(server)
        specs = [SourceSpec("orange", "feed", server.url("/feed.rss"), 600), SourceSpec("resistance", "telegram", str(exports.parent), 600)]
        w = watcher(reference, specs, pipeline)
        w.poll_all()
        w.close()
    restarted = Store.open(db)
    assert restarted.counts()["documents"] == reference.counts()["documents"] == 10
    assert restarted.counts()["events"] == reference.counts()["events"]
    assert _keys(restarted) == _keys(reference)
    table = SourceStore(restarted.engine)
    assert [(s.name, s.items_seen, s.failures) for s in table.all()] == [("orange", 5, 0), ("resistance", 5, 0)]
    assert sum(s.documents for s in table.all()) == 10
    restarted.close()
    reference.close()


def _documents(db: Path) -> int:
    if not db.exists():
        return 0
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0)
    except OperationalError:  # the schema is not created yet
        return 0
    finally:
        engine.dispose()


def _keys(store: Store) -> list[str]:
    """Document keys, the loopback port left out (each run had its own server)."""
    with store.engine.connect() as conn:
        return sorted(re.sub(r"127\.0\.0\.1:\d+", "HOST", r[0]) for r in conn.execute(text("SELECT doc_key FROM documents")))


def test_watch_command_follows_sources_file_changes_and_stops_on_sigterm(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - name: a\n    folder: a\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "watch", str(sources), "--db", str(tmp_path / "w.db")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: _documents_sources(tmp_path / "w.db") == ["a"])
        time.sleep(0.1)
        sources.write_text("sources:\n  - name: a\n    folder: a\n  - name: b\n    folder: b\n    interval: 1h\n", encoding="utf-8")
        _wait_for(lambda: _documents_sources(tmp_path / "w.db") == ["a", "b"])
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    lines = [line.split(" ", 2)[2] for line in err.splitlines()]
    assert lines[0].startswith("watching 1 source(s) into ") and lines[0].endswith(": a")
    assert "sources file changed: now watching 2 source(s): a, b" in lines
    assert lines[-1] == "stopped: everything stored so far is kept; run the same command to go on"


def _wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def _documents_sources(db: Path) -> list[str]:
    if not db.exists():
        return []
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT name FROM sources WHERE last_success_at IS NOT NULL ORDER BY name"))]
    except OperationalError:  # not created yet
        return []
    finally:
        engine.dispose()
