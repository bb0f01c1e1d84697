"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item (entry) becomes a document.

An item that carries its full text (``content:encoded``, Atom ``content``) is read from the feed;
one that carries only a summary has its linked page fetched and read with the HTML reader (main
text, site, author, canonical URL). When the page cannot be had for good (gone, refused, no main
text) the summary is kept and a warning says so; when it fails for now (timeout, 5xx) the caller
decides — a one-off ingest keeps the summary, the watcher retries on its next poll.

Feeds are parsed with lxml without entity expansion or network access; a malformed feed is
reported with its line, and the items before the damage are still read.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from html import unescape
from typing import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputProblem
from .fetch import FetchError, Fetcher, decode_body, is_url
from .html import Page, ParagraphFilter, read_page
from .items import ItemResult, SourceItem, SourceOptions

_NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rss1": "http://purl.org/rss/1.0/",
}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "figcaption", "section", "article"}
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_TRACKING = re.compile(r"^(?:utm_\w+|xtor|at_\w+|fbclid|gclid|ocid|cmpid)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed, as the feed gives it."""

    id: str
    title: str | None
    link: str | None
    published: str | None  # YYYY-MM-DD, in the item's own time zone
    updated: str | None  # the date as written (for change detection)
    summary: str  # plain text
    content: str  # plain text of the full content, "" when the feed has none
    author: str | None
    categories: tuple[str, ...] = ()
    line: int | None = None

    def fingerprint(self) -> str:
        """Changes when the item is updated."""
        payload = json.dumps([self.id, self.title, self.updated, self.summary, self.content], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title and link, its items, and the problems met while parsing."""

    kind: str  # rss, rdf, atom
    title: str | None
    link: str | None
    lang: str | None
    items: tuple[FeedItem, ...]
    problems: tuple[InputProblem, ...] = ()


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes are an RSS, RDF or Atom document."""
    text = head[:2048].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    text = _XML_DECL.sub("", text)
    text = re.sub(r"^(?:\s*<!--.*?-->|\s*<\?xml-stylesheet[^>]*\?>|\s*<!DOCTYPE[^>]*>)*", "", text, flags=re.DOTALL)
    return bool(re.match(r"\s*<(?:rss\b|feed\b|rdf:RDF\b|[\w-]+:feed\b)", text))


def parse_feed(data: bytes, origin: str, charset: str | None = None) -> Feed | InputProblem:
    """Parse feed bytes (``charset``: what the server declared, if anything)."""
    if not data.strip():
        return InputProblem(origin, None, "feed is empty", "check the feed address or file")
    text, warning = decode_body(data, charset)
    body = _XML_DECL.sub("", text, count=1).lstrip("\ufeff").encode("utf-8")
    problems: list[InputProblem] = []
    if warning:
        problems.append(InputProblem(origin, None, warning, "nothing to do; tell the site its charset is wrong", severity="warning"))
    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(body, strict)
    except etree.XMLSyntaxError as exc:
        recovered = _recover(body)
        kept = _undamaged(_items(recovered), exc.lineno) if recovered is not None else []
        if not kept:
            head = text.lstrip()[:60].lower()
            if head.startswith(("<!doctype html", "<html")):
                what = "is a web page, not a feed"
            elif not head.startswith("<"):
                what = f"is not a feed: not XML ({exc.msg})"
            else:
                what = f"feed is not well-formed XML ({exc.msg})"
            return InputProblem(origin, exc.lineno, what, "check the feed address (it must be an RSS or Atom feed)")
        problems.append(InputProblem(origin, exc.lineno, f"feed is not well-formed XML ({exc.msg}); "
                                     f"{len(kept)} item(s) read from the undamaged part",
                                     "tell the site, or retry later (it may have been cut off in transfer)"))
        for node in _items(recovered):
            if node not in kept:
                node.getparent().remove(node)
        root = recovered
    kind = _kind(root)
    if kind is None:
        return InputProblem(origin, root.sourceline, f"is XML but not RSS or Atom (root element <{etree.QName(root).localname}>)",
                            "give an RSS or Atom feed")
    feed_title, feed_link, lang = _feed_meta(root, kind)
    items: list[FeedItem] = []
    for node in _items(root):
        item = _atom_item(node) if kind == "atom" else _rss_item(node)
        if item is not None:
            items.append(item)
    if not items:
        problems.append(InputProblem(origin, None, "feed has no items", "nothing to do if the feed is new; else check its address",
                                     severity="warning"))
    return Feed(kind, feed_title, feed_link, lang, tuple(items), tuple(problems))


def feed_items(feed: Feed, origin: str, options: SourceOptions, fetcher: Fetcher | None,
               paragraph_filter: ParagraphFilter | None = None) -> Iterator[ItemResult]:
    """Each item of ``feed`` made a document (see :func:`item_result`)."""
    paragraph_filter = paragraph_filter or ParagraphFilter.load()
    for item in feed.items:
        try:
            yield item_result(item, feed, origin, options, fetcher, paragraph_filter)
        except FetchError as exc:  # transient: a one-off read keeps the summary
            yield _summary_result(item, feed, origin, paragraph_filter, exc.problem(), transient=True)


def item_result(item: FeedItem, feed: Feed, origin: str, options: SourceOptions, fetcher: Fetcher | None,
                paragraph_filter: ParagraphFilter) -> ItemResult:
    """The item as a document: its full content, or its linked page when it has only a summary.

    Raises :class:`FetchError` when the page fails for now (timeout, 5xx): the caller retries
    later or falls back to the summary (:func:`feed_items` does).
    """
    content, _ = paragraph_filter.split(item.content)
    wants_page = (len(content) < options.min_full_text_chars and options.fetch_pages and fetcher is not None
                  and item.link is not None and is_url(item.link))
    if not wants_page:
        if content.strip():
            return ItemResult(_source_item(item, feed, origin, content, None))
        return _summary_result(item, feed, origin, paragraph_filter, None)
    assert fetcher is not None and item.link is not None
    try:
        fetched = fetcher.get(item.link, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
    except FetchError as exc:
        if exc.transient:
            raise
        return _summary_result(item, feed, origin, paragraph_filter, exc.problem())
    html, _ = fetched.text()
    page = read_page(html, fetched.url, _doc_id(item), url=fetched.url, paragraph_filter=paragraph_filter)
    if isinstance(page, InputProblem):
        return _summary_result(item, feed, origin, paragraph_filter, page)
    return ItemResult(_source_item(item, feed, origin, page.document.text, page))


def _summary_result(item: FeedItem, feed: Feed, origin: str, paragraph_filter: ParagraphFilter,
                    why: InputProblem | None, transient: bool = False) -> ItemResult:
    text = paragraph_filter.split(item.content)[0] or paragraph_filter.split(item.summary)[0]
    where = f"{origin}:{item.line}" if item.line else origin
    if not text.strip():
        reason = f" ({why.what})" if why else ""
        return ItemResult(None, (InputProblem(origin, item.line, f"item {item.title or item.id!r} has no text{reason}",
                                              "nothing to do if the item is only a link; ingest the page itself otherwise"),))
    if why is None:
        return ItemResult(_source_item(item, feed, origin, text, None))
    later = " for now" if transient else ""
    warning = InputProblem(why.origin, None, f"{why.what}; the item of {where} is kept with its summary{later}",
                           "ingest again later to get the full article" if transient else why.todo, severity="warning")
    return ItemResult(_source_item(item, feed, origin, text, None, summary_only=True), (warning,))


def _source_item(item: FeedItem, feed: Feed, origin: str, text: str, page: Page | None,
                 summary_only: bool = False) -> SourceItem:
    from ..model import Document

    doc = Document(
        id=_doc_id(item), text=text, published=item.published or (page.document.published if page else None),
        title=item.title or (page.document.title if page else None),
        url=(page.canonical_url if page and page.canonical_url else None) or item.link,
        source=(page.site if page and page.site else None) or feed.title, origin=origin, line=item.line,
    )
    meta: dict[str, str | int | None] = {"feed": feed.title, "guid": item.id, "link": item.link,
                                         "author": item.author or (page.author if page else None),
                                         "categories": ", ".join(item.categories) or None,
                                         "text_from": "page" if page else ("summary" if summary_only or not item.content else "feed")}
    if page is not None:
        meta.update(site=page.site, canonical_url=page.canonical_url, page_author=page.author)
    doc.meta = {k: v for k, v in meta.items() if v is not None}
    return SourceItem(doc, item.id, item.fingerprint(), dict(doc.meta))


def _doc_id(item: FeedItem) -> str:
    return strip_tracking(item.link) if item.link and is_url(item.link) else item.id


def strip_tracking(url: str) -> str:
    """The URL without tracking parameters (utm_*, xtor, fbclid ...) and fragment."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


# -- parsing --------------------------------------------------------------------------------------
def _recover(body: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def _undamaged(items: list[etree._Element], error_line: int | None) -> list[etree._Element]:
    """Items of a recovered feed, without the one the damage is in (it may be cut short)."""
    if error_line is None:
        return items[:-1]
    kept = []
    for i, node in enumerate(items):
        following = items[i + 1].sourceline if i + 1 < len(items) else None
        damaged = (node.sourceline or 0) <= error_line and (following is None or error_line < following)
        if not damaged:
            kept.append(node)
    return kept


def _kind(root: etree._Element) -> str | None:
    name = etree.QName(root).localname.lower()
    if name == "rss":
        return "rss"
    if name == "feed":
        return "atom"
    if name == "rdf":
        return "rdf"
    return None


def _items(root: etree._Element) -> list[etree._Element]:
    return [el for el in root.iter() if isinstance(el.tag, str) and etree.QName(el).localname in ("item", "entry")]


def _child(node: etree._Element, *names: str) -> etree._Element | None:
    for el in node:
        if isinstance(el.tag, str) and _qualified(el) in names:
            return el
    return None


def _qualified(el: etree._Element) -> str:
    q = etree.QName(el)
    for prefix, uri in _NS.items():
        if q.namespace == uri:
            return f"{prefix}:{q.localname}"
    return q.localname


def _text(node: etree._Element | None) -> str | None:
    if node is None:
        return None
    value = " ".join("".join(node.itertext()).split())
    return value or None


def _feed_meta(root: etree._Element, kind: str) -> tuple[str | None, str | None, str | None]:
    channel = root if kind == "atom" else _child(root, "channel", "rss1:channel")
    if channel is None:
        channel = root
    title = _text(_child(channel, "title", "atom:title", "rss1:title", "dc:title"))
    link_el = _child(channel, "link", "rss1:link")
    link = _text(link_el)
    if kind == "atom":
        link = _atom_link(channel)
    lang = _text(_child(channel, "language", "dc:language")) or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return title, link, lang


def _rss_item(node: etree._Element) -> FeedItem | None:
    title = _text(_child(node, "title", "rss1:title", "dc:title"))
    link = _text(_child(node, "link", "rss1:link")) or _atom_link(node)
    guid = _text(_child(node, "guid")) or node.get(f"{{{_NS['rdf']}}}about")
    date_raw = _text(_child(node, "pubDate", "dc:date", "atom:published", "atom:updated"))
    summary = html_to_text(_raw(_child(node, "description", "rss1:description", "atom:summary")))
    content = html_to_text(_raw(_child(node, "content:encoded", "atom:content")))
    author = _text(_child(node, "dc:creator", "author", "atom:author"))
    categories = tuple(t for t in (_text(c) for c in node if isinstance(c.tag, str) and _qualified(c) in ("category", "dc:subject")) if t)
    return _item(guid, title, link, date_raw, summary, content, author, categories, node.sourceline)


def _atom_item(node: etree._Element) -> FeedItem | None:
    title = _text(_child(node, "atom:title", "title"))
    link = _atom_link(node)
    guid = _text(_child(node, "atom:id", "id"))
    published = _text(_child(node, "atom:published", "published"))
    updated = _text(_child(node, "atom:updated", "updated"))
    summary = html_to_text(_atom_content(_child(node, "atom:summary", "summary")))
    content = html_to_text(_atom_content(_child(node, "atom:content", "content")))
    author_el = _child(node, "atom:author", "author")
    author = _text(_child(author_el, "atom:name", "name")) if author_el is not None else None
    categories = tuple(c.get("label") or c.get("term") or "" for c in node
                       if isinstance(c.tag, str) and etree.QName(c).localname == "category")
    item = _item(guid, title, link, published or updated, summary, content, author, tuple(c for c in categories if c),
                 node.sourceline)
    if item is not None and updated and updated != published:
        item = dataclasses.replace(item, updated=f"{published or ''}|{updated}")
    return item


def _item(guid: str | None, title: str | None, link: str | None, date_raw: str | None, summary: str, content: str,
          author: str | None, categories: tuple[str, ...], line: int | None) -> FeedItem | None:
    if not (guid or link or title or summary or content):
        return None
    ident = guid or link or "sha1:" + hashlib.sha1(f"{title}\n{summary}\n{content}".encode("utf-8")).hexdigest()
    return FeedItem(ident, title, link, _date(date_raw), date_raw, summary, content, author, categories, line)


def _atom_link(node: etree._Element) -> str | None:
    fallback = None
    for el in node:
        if isinstance(el.tag, str) and etree.QName(el).localname == "link" and el.get("href"):
            rel = el.get("rel", "alternate")
            if rel == "alternate" and el.get("type", "text/html").startswith(("text/html", "application/xhtml")):
                return el.get("href").strip()
            fallback = fallback or (el.get("href").strip() if rel == "alternate" else None)
    return fallback


def _raw(node: etree._Element | None) -> str:
    """An element's content as markup text (RSS descriptions are escaped HTML, or CDATA)."""
    if node is None:
        return ""
    inner = (node.text or "") + "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in node)
    return inner


def _atom_content(node: etree._Element | None) -> str:
    if node is None:
        return ""
    if node.get("type") == "xhtml":
        return "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in node)
    if node.get("type") in (None, "text"):
        return unescape_text(node.text or "")
    return _raw(node)


def unescape_text(text: str) -> str:
    """Plain text content, escaped so that :func:`html_to_text` keeps it as is."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per line, scripts and styles dropped."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _tidy(unescape(fragment))
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(unescape(re.sub(r"<[^>]+>", " ", fragment)))
    for bad in root.xpath(".//script|.//style|.//noscript|.//iframe"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _date(raw: str | None) -> str | None:
    if not raw:
        return None
    match = _ISO_DATE.match(raw)
    if match:
        return match.group(1)
    try:
        return parsedate_to_datetime(raw).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None
