"""Records shared by the source readers (feeds, Telegram exports, pages) and the watcher."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputProblem
from ..model import Document
from .fetch import FetchPolicy

MetaValue = str | int | None


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A document from a followed source, with what identifies it there and what the document
    has no field for (author, site, canonical URL, forwarded-from, views, edit time ...)."""

    document: Document
    item_id: str  # unique within its source: feed guid, Telegram message id, file path
    fingerprint: str  # changes when the item does (an edit, an updated entry)
    meta: dict[str, MetaValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One item read: the item (or ``None`` when it could not be made a document) and problems
    (warnings about fallbacks, or the error that stopped it)."""

    item: SourceItem | None
    problems: tuple[InputProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """How feeds, pages and exports are read."""

    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    fetch_pages: bool = True  # fetch a feed item's linked page when the item has only a summary
    min_full_text_chars: int = 600  # a feed item's content shorter than this counts as a summary
    telegram_username: str | None = None  # the channel's @username, for t.me message links
