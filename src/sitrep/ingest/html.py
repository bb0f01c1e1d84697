"""HTML pages: main text with trafilatura, our own filter for the embed placeholders and consent
notices it keeps, and the page's metadata (title, date, site, author, canonical URL)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from importlib import resources

import trafilatura

from ..errors import InputProblem
from ..model import Document

_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")
_MIN_WORDS = 5  # less is a menu or a title, not an article


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML page read as a document, with the metadata a :class:`Document` has no field for."""

    document: Document
    site: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    dropped: tuple[str, ...] = ()  # paragraphs removed by the filter (embeds, consent notices)


@dataclass(frozen=True, slots=True)
class ParagraphFilter:
    """Paragraphs trafilatura keeps but that are not the article: embed placeholders, consent
    notices, cross-links. The patterns are the whole-line rows of ``data/boilerplate.tsv``."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls) -> "ParagraphFilter":
        """Compile the ``line``-scope rows of ``data/boilerplate.tsv``."""
        text = resources.files("sitrep.data").joinpath("boilerplate.tsv").read_text(encoding="utf-8")
        rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
        return cls(tuple(re.compile(r["pattern"], re.IGNORECASE) for r in rows if r.get("scope") == "line"))

    def split(self, text: str) -> tuple[str, tuple[str, ...]]:
        """The text without the paragraphs (lines) that match, and the paragraphs dropped."""
        kept: list[str] = []
        dropped: list[str] = []
        for line in text.split("\n"):
            if line.strip() and any(p.search(line) for p in self.patterns):
                dropped.append(line)
            else:
                kept.append(line)
        return "\n".join(kept).strip("\n"), tuple(dropped)


def read_page(html: str, origin: str, doc_id: str, url: str | None = None,
              paragraph_filter: ParagraphFilter | None = None) -> Page | InputProblem:
    """The main text of an HTML page as a document, with title, date, site, author, canonical URL.

    ``url`` is where the page was fetched from (used when the page names no canonical URL).
    Offsets of a document read from HTML are offsets into the extracted text (the document's
    ``text``), not into the markup. Embed placeholders and consent notices are removed from that
    text (``Page.dropped`` lists them).
    """
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(result, "text", None) if result is not None else None
    title = _clean(getattr(result, "title", None))
    if not text or len(text.split()) < _MIN_WORDS or " ".join(text.split()) == title:  # trafilatura falls back to menus
        return InputProblem(origin, None, "no main text found in this HTML page",
                            "check that it is an article page, not an index, a login or a consent page")
    text, dropped = (paragraph_filter or ParagraphFilter.load()).split(text)
    if not text.strip():
        return InputProblem(origin, None, "the main text of this HTML page is only embeds or consent notices",
                            "save the page after accepting the site's cookies, or ingest the article's text")
    published = getattr(result, "date", None)
    match = _DATE.match(published or "")
    canonical = _clean(getattr(result, "url", None))
    site = _clean(getattr(result, "sitename", None)) or _clean(getattr(result, "hostname", None))
    doc = Document(
        id=doc_id,
        text=text,
        published=match.group(0) if match else None,
        title=title,
        url=canonical or url,
        source=site,
        origin=origin,
        meta={k: v for k, v in (("site", site), ("author", _clean(getattr(result, "author", None))),
                                ("canonical_url", canonical)) if v},
    )
    return Page(doc, site=site, author=_clean(getattr(result, "author", None)), canonical_url=canonical,
                description=_clean(getattr(result, "description", None)), dropped=dropped)


def read_html(html: str, origin: str, doc_id: str, url: str | None = None) -> Document | InputProblem:
    """The main text of an HTML page as a document (see :func:`read_page` for its metadata)."""
    page = read_page(html, origin, doc_id, url)
    return page if isinstance(page, InputProblem) else page.document


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
