"""HTML pages: main text with trafilatura, plus its metadata (title, date, site, URL)."""
from __future__ import annotations

import re

import trafilatura

from ..errors import InputProblem
from ..model import Document

_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")


def read_html(html: str, origin: str, doc_id: str) -> Document | InputProblem:
    """The main text of an HTML page as a document; its title, date, site and canonical URL when found.

    Offsets of a document read from HTML are offsets into the extracted text (which is the
    document's ``text``), not into the markup.
    """
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        return InputProblem(origin, None, "no main text found in this HTML page", "check that it is an article page, not an index or a login page")
    published = getattr(result, "date", None)
    match = _DATE.match(published or "")
    return Document(
        id=doc_id,
        text=text,
        published=match.group(0) if match else None,
        title=getattr(result, "title", None),
        url=getattr(result, "url", None),
        source=getattr(result, "sitename", None),
        origin=origin,
    )
