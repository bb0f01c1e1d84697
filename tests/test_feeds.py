"""Feeds and pages: RSS/Atom parsing, linked pages fetched, and HTTP against a real loopback server
(conditional requests, timeouts, 500 then recovery, wrong charsets, size limits, bad input)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitrep.config import Limits
from sitrep.errors import InputProblem
from sitrep.ingest import read_inputs
from sitrep.ingest.feeds import looks_like_feed, parse_feed
from sitrep.ingest.fetch import FetchError, Fetcher, FetchPolicy, decode_body
from sitrep.ingest.items import SourceOptions
from sitrep.model import Document

from .sources_server import LoopbackServer, Route

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
ORANGE = "https://actu.orange.fr"


def quick(**kw) -> FetchPolicy:
    """A policy for tests: short timeouts, few retries, no waiting between requests, loopback only."""
    base = dict(timeout_s=0.5, deadline_s=10, retries=2, backoff_s=0.01, max_backoff_s=0.05, per_host_interval_s=0.0,
                trust_env=False)
    base.update(kw)
    return FetchPolicy(**base)


def served_feed(server: LoopbackServer) -> None:
    """feed-fr.rss on the server, its links pointing at the server's copies of the article pages."""
    rss = (FIXTURES / "feed-fr.rss").read_text(encoding="utf-8").replace(ORANGE, server.base)
    server.routes["/feed.rss"] = Route(rss.encode(), "application/rss+xml; charset=utf-8", etag='"v1"',
                                       last_modified="Sat, 27 Jun 2020 10:00:00 GMT")
    for page in ("fr-os-3139", "fr-os-1436"):
        html = (FIXTURES / "pages" / f"{page}.html").read_text(encoding="utf-8").replace(ORANGE, server.base)
        path = "/monde/" + next(line for line in html.splitlines() if 'rel="canonical"' in line).split("/monde/")[1].split('"')[0]
        server.routes[path] = Route(html.encode())
        server.routes[path + "?xtor=RSS-3"] = Route(html.encode())


def docs_and_problems(items):
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    return docs, problems


# -- parsing ------------------------------------------------------------------------------------------
def test_rss_items_full_text_and_summaries():
    feed = parse_feed((FIXTURES / "feed-fr.rss").read_bytes(), "feed-fr.rss")
    assert feed.kind == "rss" and feed.title == "Actu Orange - Monde" and feed.lang == "fr"
    assert len(feed.items) == 5
    first = feed.items[0]
    assert first.id == "orange-fr-os-16344"
    assert first.published == "2018-01-12" and first.author == "AFP" and first.categories == ("Monde",)
    assert first.content.startswith("Une attaque contre un convoi blindé français a blessé trois soldats")
    assert first.content.count("\n") == 3  # one line per paragraph
    assert [bool(i.content) for i in feed.items] == [True, True, True, False, False]
    assert feed.items[3].summary.startswith("Un berger irakien a été tué")


def test_rss_file_documents_strip_tracking_and_embeds():
    items = list(read_inputs([str(FIXTURES / "feed-fr.rss")], sources=SourceOptions(fetch_pages=False)))
    docs, problems = docs_and_problems(items)
    assert len(docs) == 5 and not problems
    rockets = docs[2]
    assert rockets.id == ORANGE + "/monde/tensions-etats-unis-iran-des-roquettes-s-abattent-pres-de-l-ambassade-americaine-a-bagdad-magic-CNT000001mClyO.html"
    assert rockets.url.endswith("?xtor=RSS-3")  # the link as given; the id without the tracking parameter
    assert "Ce post ne peut être affiché" not in rockets.text and "twitter.com" not in rockets.text
    assert "roquettes se sont abattues près de l'ambassade américaine" in rockets.text
    assert (rockets.published, rockets.source, rockets.line) == ("2020-01-05", "Actu Orange - Monde", 28)
    assert docs[3].text.startswith("Un berger irakien")  # summary kept: fetching was off


def test_atom_entries():
    feed = parse_feed((FIXTURES / "feed-en.atom").read_bytes(), "feed-en.atom")
    assert feed.kind == "atom" and len(feed.items) == 3
    entry = feed.items[0]
    assert entry.id == "tag:wikievents.example,2021:road_ied_8"
    assert entry.link == "https://news.example.org/road_ied_8"
    assert entry.title == "Roadside IED kills Russian major general in Syria"
    assert entry.published == "2018-03-10" and entry.author == "Staff"
    assert "Major General Vyacheslav Gladkikh" in entry.content
    assert "<p>" not in entry.content


def test_feed_declared_in_windows_1256_reads_arabic():
    docs, problems = docs_and_problems(list(read_inputs([str(FIXTURES / "feed-ar-cp1256.rss")], sources=SourceOptions(fetch_pages=False))))
    assert len(docs) == 3 and not problems
    assert docs[0].title == "«داعش» يتبنى تفجيرًا ببغداد أوقع 20 قتيلاً"
    assert "أعلن تنظيم داعش أمس الخميس مسؤوليته" in docs[0].text


def test_sniffing_feeds_without_suffix(tmp_path):
    path = tmp_path / "download"
    path.write_bytes((FIXTURES / "feed-en.atom").read_bytes())
    assert looks_like_feed(path.read_bytes())
    docs, problems = docs_and_problems(list(read_inputs([str(path)])))
    assert len(docs) == 3 and not problems


# -- bad feeds ----------------------------------------------------------------------------------------
def test_feed_that_is_not_xml_then_the_run_goes_on(tmp_path):
    bad = tmp_path / "news.rss"
    bad.write_text("Breaking: this is plain text, not a feed.\n", encoding="utf-8")
    page = tmp_path / "page.xml"
    page.write_text("<!DOCTYPE html><html><body><p>Hello<br></p></body></html>", encoding="utf-8")
    items = list(read_inputs([str(bad), str(page), str(FIXTURES / "feed-en.atom")]))
    docs, problems = docs_and_problems(items)
    assert len(docs) == 3
    assert [p.message() for p in problems] == [
        f"error: {bad}:1: is not a feed: not XML (Start tag expected, '<' not found, line 1, column 1) — "
        "check the feed address (it must be an RSS or Atom feed)",
        f"error: {page}:1: is a web page, not a feed — check the feed address (it must be an RSS or Atom feed)",
    ]


def test_truncated_feed_keeps_the_undamaged_items(tmp_path):
    data = (FIXTURES / "feed-fr.rss").read_bytes()
    cut = tmp_path / "cut.rss"
    cut.write_bytes(data[: data.index(b"<item>", data.index(b"orange-fr-os-13542")) + 200])  # inside the 4th item
    docs, problems = docs_and_problems(list(read_inputs([str(cut)], sources=SourceOptions(fetch_pages=False))))
    assert [d.id.rsplit("-", 1)[1] for d in docs] == ["CNT000000VoHKC.html", "CNT000001kG0gC.html", "CNT000001mClyO.html"]
    (problem,) = problems
    assert problem.origin == str(cut) and "3 item(s) read from the undamaged part" in problem.what


# -- HTTP on loopback ---------------------------------------------------------------------------------
def test_feed_over_http_fetches_pages_of_summary_only_items():
    with LoopbackServer() as server:
        served_feed(server)
        items = list(read_inputs([server.url("/feed.rss")], sources=SourceOptions(fetch=quick())))
        docs, problems = docs_and_problems(items)
        assert len(docs) == 5 and not problems
        raid = docs[3]
        assert raid.text.startswith("Irak: un civil tué dans un raid aérien turc")
        assert "Le PKK livre une sanglante guérilla sur le sol turc depuis 1984." in raid.text  # the page's full text
        assert "Ce post ne peut être affiché" not in raid.text and "cookies" not in raid.text
        assert raid.source == "Orange Actu"  # the page's site name
        assert raid.url == server.base + "/monde/irak-un-civil-tue-dans-un-raid-aerien-turc-CNT000001qYN2W.html"  # canonical
        assert raid.published == "2020-06-19" and raid.title == "Irak: un civil tué dans un raid aérien turc"
        assert docs[0].text.startswith("Une attaque contre un convoi")  # full content from the feed: no fetch
        fetched = [h.path for h in server.hits]
        assert fetched[0] == "/feed.rss" and len(fetched) == 3  # the feed and the two summary-only pages
        assert all(h.headers["User-Agent"].startswith("sitrep/") for h in server.hits)


def test_conditional_request_gets_304():
    with LoopbackServer() as server:
        served_feed(server)
        with Fetcher(quick()) as fetcher:
            first = fetcher.get(server.url("/feed.rss"))
            assert first.status == 200 and first.etag == '"v1"'
            again = fetcher.get(server.url("/feed.rss"), etag=first.etag, last_modified=first.last_modified)
        assert again.not_modified and again.body == b""
        assert server.hits[-1].headers["If-None-Match"] == '"v1"'
        assert server.hits[-1].headers["If-Modified-Since"] == "Sat, 27 Jun 2020 10:00:00 GMT"


def test_timeout_is_retried_then_reported():
    waits: list[float] = []
    with LoopbackServer() as server:
        server.routes["/slow"] = Route(b"<p>late</p>", delay_s=1.5)
        started = time.monotonic()
        with Fetcher(quick(timeout_s=0.3, retries=1), sleep=waits.append) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.get(server.url("/slow"))
        assert time.monotonic() - started < 5
        assert len(server.hits_for("/slow")) == 2  # one try and one retry, no more
    error = caught.value
    assert error.transient
    assert str(error) == (f"{server.url('/slow')}: timed out (ReadTimeout, limit 0.3 s) (after 2 attempts) — "
                          "the server is slow or unreachable; it is tried again later")
    assert waits == [0.01]


def test_500_then_recovers_with_backoff():
    waits: list[float] = []
    with LoopbackServer() as server:
        served_feed(server)
        server.routes["/feed.rss"].statuses = [500, 503]
        with Fetcher(quick(retries=3), sleep=waits.append) as fetcher:
            result = fetcher.get(server.url("/feed.rss"))
    assert result.status == 200 and result.attempts == 3
    assert waits == [0.01, 0.02]  # exponential backoff


def test_per_host_rate_limit_waits_between_requests():
    waits: list[float] = []
    with LoopbackServer() as server:
        server.routes["/a"] = Route(b"a", content_type="text/plain")
        with Fetcher(quick(per_host_interval_s=2.0), sleep=waits.append) as fetcher:
            fetcher.get(server.url("/a"))
            fetcher.get(server.url("/a"))
    assert len(waits) == 1 and 1.5 < waits[0] <= 2.0


def test_wrong_charsets_are_read_right():
    arabic = "<html><head><title>خبر</title></head><body><article><p>قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق، حسبما قال مسؤول محلي ومصادر في الشرطة.</p></article></body></html>"
    french = "<html><body><article><p>Trois soldats irakiens ont été tués vendredi dans une attaque à Mossoul, a annoncé l'armée irakienne à la télévision d'État.</p></article></body></html>"
    with LoopbackServer() as server:
        # says UTF-8, is windows-1256 / says latin-1, is UTF-8 / says nothing, is latin-1
        server.routes["/ar.html"] = Route(arabic.encode("cp1256"), "text/html; charset=utf-8")
        server.routes["/fr.html"] = Route(french.encode("utf-8"), "text/html; charset=iso-8859-1")
        server.routes["/fr-latin1.html"] = Route(french.encode("latin-1"), "text/html")
        items = list(read_inputs([server.url(p) for p in ("/ar.html", "/fr.html", "/fr-latin1.html")], sources=SourceOptions(fetch=quick())))
    docs, problems = docs_and_problems(items)
    assert "قتل 12 شخصا على الأقل" in docs[0].text
    assert "ont été tués vendredi" in docs[1].text and "ont été tués vendredi" in docs[2].text
    assert all(p.severity == "warning" for p in problems) and len(problems) == 3
    assert "declared charset iso8859-1 is wrong: the body is UTF-8" in problems[1].what


def test_decode_body_prefers_meta_charset_when_header_is_missing():
    html = '<html><head><meta charset="windows-1256"></head><body>حلب</body></html>'.encode("cp1256")
    text, warning = decode_body(html, None)
    assert "حلب" in text and warning is None


def test_30_mb_page_is_refused_while_read_and_the_run_goes_on():
    with LoopbackServer() as server:
        server.routes["/huge.html"] = Route(stream_bytes=30_000_000)
        served_feed(server)
        started = time.monotonic()
        items = list(read_inputs([server.url("/huge.html"), server.url("/feed.rss")], limits=Limits(),
                                 sources=SourceOptions(fetch=quick(timeout_s=5))))
        assert time.monotonic() - started < 30
    docs, problems = docs_and_problems(items)
    assert len(docs) == 5
    assert [p.message() for p in problems] == [
        f"error: {server.url('/huge.html')}: is over the 20 MB limit for one page (download stopped) — "
        "check that it is an article or a feed; raise the limit with --max-mb if it is"]


def test_page_with_no_main_text_and_missing_page():
    with LoopbackServer() as server:
        server.routes["/empty.html"] = Route(b"<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>")
        server.routes["/consent.html"] = Route(
            "<html><body><article><p>Ce post ne peut être affiché car les cookies pour les réseaux sociaux sont désactivés. "
            "Vous pouvez les réactiver en cliquant sur gérer mes préférences .</p></article></body></html>".encode())
        items = list(read_inputs([server.url("/empty.html"), server.url("/consent.html"), server.url("/gone.html")],
                                 sources=SourceOptions(fetch=quick())))
    assert [i.message() for i in items] == [
        f"error: {server.url('/empty.html')}: no main text found in this HTML page — check that it is an article page, "
        "not an index, a login or a consent page",
        f"error: {server.url('/consent.html')}: the main text of this HTML page is only embeds or consent notices — "
        "save the page after accepting the site's cookies, or ingest the article's text",
        f"error: {server.url('/gone.html')}: server answered HTTP 404 — the address is gone: check it, or remove it "
        "from the sources file",
    ]


def test_summary_kept_when_linked_page_is_gone():
    with LoopbackServer() as server:
        served_feed(server)
        for path in [p for p in server.routes if "raid-aerien" in p]:
            del server.routes[path]
        items = list(read_inputs([server.url("/feed.rss")], sources=SourceOptions(fetch=quick())))
    docs, problems = docs_and_problems(items)
    assert len(docs) == 5
    assert docs[3].text.startswith("Un berger irakien") and "PKK livre" not in docs[3].text
    (warning,) = problems
    assert warning.severity == "warning" and "server answered HTTP 404; the item of" in warning.what
    assert "is kept with its summary" in warning.what


def test_unreachable_host_is_one_line():
    with LoopbackServer() as server:
        dead = server.url("/feed.rss")
    items = list(read_inputs([dead], sources=SourceOptions(fetch=quick(retries=0))))
    (problem,) = items
    assert problem.origin == dead and problem.what.startswith("cannot connect (ConnectError")
    assert problem.todo == "check the address and the network; it is tried again later"
