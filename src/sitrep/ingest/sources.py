"""Reading followed sources — URLs (pages or feeds), feed files, Telegram exports — as
:class:`~sitrep.ingest.items.SourceItem` records (for the watcher) or plain documents (for
``read_inputs``). Problems come back as :class:`~sitrep.errors.InputProblem`; nothing raises for
bad input."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..config import Limits
from ..errors import InputProblem
from ..model import Document
from .feeds import Feed, feed_items, looks_like_feed, parse_feed, strip_tracking
from .fetch import FetchError, Fetcher, FetchPolicy, FetchResult
from .html import ParagraphFilter, read_page
from .items import ItemResult, SourceItem, SourceOptions
from .telegram import ExportStats, read_telegram
from .text import looks_binary, read_text

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
               "application/feed+xml"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5"


def documents(results: Iterator[ItemResult]) -> Iterator[Document | InputProblem]:
    """The documents of item results, each after its problems."""
    for result in results:
        yield from result.problems
        if result.item is not None:
            yield result.item.document


def read_url(url: str, limits: Limits, options: SourceOptions, fetcher: Fetcher) -> Iterator[Document | InputProblem]:
    """Documents of a URL: a page is one document, a feed one per item."""
    try:
        fetched = fetcher.get(url, accept=ACCEPT)
    except FetchError as exc:
        yield exc.problem()
        return
    yield from documents(fetched_items(fetched, url, limits, options, fetcher))


def fetched_items(fetched: FetchResult, url: str, limits: Limits, options: SourceOptions,
                  fetcher: Fetcher | None) -> Iterator[ItemResult]:
    """Items of a fetched response: a feed's items, or the page (or text) itself."""
    body = fetched.body
    if not body.strip():
        yield ItemResult(None, (InputProblem(url, None, "server sent an empty body", "check the address in a browser"),))
        return
    if fetched.content_type in _FEED_TYPES or looks_like_feed(body[:2048]):
        feed = parse_feed(body, url, fetched.charset)
        yield from _feed_results(feed, url, options, fetcher)
        return
    if looks_binary(body):
        yield ItemResult(None, (InputProblem(url, None, f"is not text ({fetched.content_type or 'unknown type'})",
                                             "give the address of an article page or a feed"),))
        return
    text, warning = fetched.text()
    problems = (InputProblem(url, None, warning, "nothing to do", severity="warning"),) if warning else ()
    if len(text) > limits.max_document_chars:
        yield ItemResult(None, problems + (InputProblem(url, None, f"{len(text):,} characters is over the "
                                                        f"{limits.max_document_chars:,}-character limit for one document",
                                                        "give the address of one article"),))
        return
    if fetched.content_type in _HTML_TYPES or text.lstrip()[:1] == "<":
        page = read_page(text, url, strip_tracking(fetched.url), url=fetched.url)
        if isinstance(page, InputProblem):
            yield ItemResult(None, problems + (page,))
            return
        doc = page.document
        doc.id = strip_tracking(page.canonical_url or fetched.url)
        meta = {k: v for k, v in (("site", page.site), ("author", page.author), ("canonical_url", page.canonical_url))
                if v is not None}
        yield ItemResult(SourceItem(doc, doc.id, _digest(doc.text, doc.title), meta), problems)
        return
    doc = read_text(text, url, strip_tracking(fetched.url))
    doc.url = fetched.url
    yield ItemResult(SourceItem(doc, doc.id, _digest(doc.text, None)), problems)


def _feed_results(feed: Feed | InputProblem, origin: str, options: SourceOptions,
                  fetcher: Fetcher | None) -> Iterator[ItemResult]:
    if isinstance(feed, InputProblem):
        yield ItemResult(None, (feed,))
        return
    if feed.problems:
        yield ItemResult(None, feed.problems)
    yield from feed_items(feed, origin, options, fetcher, ParagraphFilter.load())


def read_feed_file(path: Path, limits: Limits, options: SourceOptions,
                   fetcher: Fetcher | None) -> Iterator[Document | InputProblem]:
    """Documents of a feed saved as a file (linked pages fetched when items have only summaries)."""
    yield from documents(feed_file_items(path, limits, options, fetcher))


def feed_file_items(path: Path, limits: Limits, options: SourceOptions, fetcher: Fetcher | None) -> Iterator[ItemResult]:
    """Items of a feed file."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield ItemResult(None, (InputProblem(origin, None, f"{size / 1e6:.1f} MB is over the "
                                                 f"{limits.max_file_bytes / 1e6:.0f} MB limit for one feed",
                                                 "check that it is a feed; raise the limit with --max-mb if it is"),))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ItemResult(None, (InputProblem(origin, None, f"cannot be read ({exc.strerror or exc})", "check its permissions"),))
        return
    yield from _feed_results(parse_feed(data, origin), origin, options, fetcher)


def read_feed_bytes(data: bytes, origin: str, limits: Limits,
                    options: SourceOptions | None = None) -> Iterator[Document | InputProblem]:
    """Documents of a feed given as bytes (standard input)."""
    options = options or SourceOptions(fetch=FetchPolicy(max_bytes=limits.max_file_bytes))
    with Fetcher(options.fetch) as fetcher:
        yield from documents(_feed_results(parse_feed(data, origin), origin, options, fetcher))


def telegram_items(path: Path, options: SourceOptions, stats: ExportStats | None = None) -> Iterator[ItemResult]:
    """Items of a Telegram Desktop export (``result.json``), then a note of what was skipped."""
    stats = stats if stats is not None else ExportStats()
    for message in read_telegram(path, options.telegram_username, stats):
        if isinstance(message, InputProblem):
            yield ItemResult(None, (message,))
            continue
        meta: dict[str, str | int | None] = {
            "channel": message.chat.name, "channel_id": message.chat.id, "message_id": message.message_id,
            "date": message.date, "edited": message.edited, "forwarded_from": message.forwarded_from,
            "views": message.views, "author": message.author, "reply_to": message.reply_to, "media": message.media,
        }
        yield ItemResult(SourceItem(message.document(), message.key, message.fingerprint(),
                                    {k: v for k, v in meta.items() if v is not None}))
    note = stats.note(str(path))
    if note is not None:
        yield ItemResult(None, (note,))


def read_telegram_documents(path: Path, options: SourceOptions) -> Iterator[Document | InputProblem]:
    """Documents of a Telegram Desktop export, one per message with text."""
    yield from documents(telegram_items(path, options))


def _digest(text: str, title: str | None) -> str:
    import hashlib

    return hashlib.sha256(f"{title}\n{text}".encode("utf-8")).hexdigest()[:32]
