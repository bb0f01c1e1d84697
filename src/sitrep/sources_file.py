"""The sources file of ``sitrep watch``: YAML or TOML, each source with its own interval.

YAML::

    interval: 30m              # default for every source (s, m, h, d; a bare number is seconds)
    sources:
      - name: france24-middle-east
        feed: https://www.france24.com/fr/moyen-orient/rss
        interval: 10m
      - name: sabereen
        telegram: ~/Telegram Desktop/ChatExport_2023-10-20   # a result.json, or a folder of exports
        username: sabereen_news                              # for https://t.me/<username>/<id> links
        interval: 1h
      - page: https://www.example.org/article.html
      - folder: ~/news/incoming                              # .jsonl, .txt, .html, feeds, result.json

TOML: the same keys, sources as ``[[sources]]`` tables. Every problem is reported with the file
and the source's number and what to write instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import SitrepError

KINDS = ("feed", "page", "telegram", "folder")
DEFAULT_INTERVAL_S = 1800
MIN_INTERVAL_S = 10
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hrs|d|days?)?\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SourcesFileError(SitrepError):
    """The sources file cannot be used; the message names the file, the source and what to do."""


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One source to follow."""

    name: str
    kind: str  # feed, page, telegram, folder
    location: str  # URL or path
    interval_s: int = DEFAULT_INTERVAL_S
    username: str | None = None  # Telegram channel username (for message links)
    fetch_pages: bool = True  # fetch a feed item's page when it carries only a summary


@dataclass(frozen=True, slots=True)
class SourcesFile:
    """A parsed sources file."""

    path: Path
    sources: tuple[SourceSpec, ...]
    db: str | None = None  # ``database:`` in the file (``--db`` wins)


def parse_duration(value: Any, where: str) -> int:
    """Seconds from ``90``, ``"90s"``, ``"15m"``, ``"2h"``, ``"1d"``."""
    if isinstance(value, bool):
        raise SourcesFileError(f"{where}: interval {value!r} is not a duration — write e.g. 15m, 2h or 900")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise SourcesFileError(f"{where}: interval {value!r} is not a duration — write e.g. 15m, 2h or 900")
        seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s")[0].lower()]
    if seconds < MIN_INTERVAL_S:
        raise SourcesFileError(f"{where}: interval of {seconds:g} s is too short — use at least {MIN_INTERVAL_S} s (be polite to sites)")
    return int(seconds)


def load_sources(path: Path) -> SourcesFile:
    """Read and check a sources file (``.yaml``/``.yml`` or ``.toml``)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourcesFileError(f"{path}: no such file — write a sources file (see `sitrep watch --help`)") from None
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot be read ({exc.strerror or exc}) — check its permissions") from exc
    data = _parse(path, raw)
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, dict):
        raise SourcesFileError(f"{path}: expected a mapping with a `sources` list — see `sitrep watch --help`")
    default_interval = parse_duration(data["interval"], f"{path}") if "interval" in data else DEFAULT_INTERVAL_S
    entries = data.get("sources")
    if not isinstance(entries, list) or not entries:
        raise SourcesFileError(f"{path}: no `sources` list (or it is empty) — add at least one feed, page, telegram or folder")
    specs: list[SourceSpec] = []
    for number, entry in enumerate(entries, 1):
        specs.append(_spec(path, number, entry, default_interval))
    names = [s.name for s in specs]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise SourcesFileError(f"{path}: source name(s) used twice: {', '.join(twice)} — give each source its own `name`")
    db = data.get("database")
    return SourcesFile(path, tuple(specs), str(db) if db else None)


def _parse(path: Path, raw: bytes) -> Any:
    text = raw.decode("utf-8", "replace")
    if path.suffix.lower() == ".toml":
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise SourcesFileError(f"{path}: not valid TOML ({exc}) — fix the file") from exc
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise SourcesFileError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc}) — fix the file") from exc


def _spec(path: Path, number: int, entry: Any, default_interval: int) -> SourceSpec:
    where = f"{path}: source #{number}"
    if not isinstance(entry, dict):
        raise SourcesFileError(f"{where}: expected a mapping such as `feed: URL` — see `sitrep watch --help`")
    kinds = [k for k in KINDS if entry.get(k)]
    if len(kinds) != 1:
        said = "none" if not kinds else " and ".join(kinds)
        raise SourcesFileError(f"{where}: needs exactly one of {', '.join(KINDS)} (found {said})")
    kind = kinds[0]
    location = str(entry[kind]).strip()
    if kind == "page" and not location.lower().startswith(("http://", "https://")):
        raise SourcesFileError(f"{where}: page {location!r} is not an http(s) address — use `folder:` for saved pages")
    if kind in ("telegram", "folder") and location.lower().startswith(("http://", "https://")):
        raise SourcesFileError(f"{where}: {kind} {location!r} must be a path on this machine, not a URL")
    if kind in ("telegram", "folder") or (kind == "feed" and "://" not in location):
        local = Path(location).expanduser()
        location = str(local if local.is_absolute() else (path.parent / local).resolve())  # relative to the sources file
    name = entry.get("name") or _default_name(kind, location)
    unknown = sorted(set(entry) - set(KINDS) - {"name", "interval", "username", "fetch_pages"})
    if unknown:
        raise SourcesFileError(f"{where}: unknown key(s) {', '.join(unknown)} — allowed: name, interval, username, fetch_pages, "
                               + ", ".join(KINDS))
    interval = parse_duration(entry["interval"], f"{where}") if "interval" in entry else default_interval
    username = entry.get("username")
    return SourceSpec(name=str(name), kind=kind, location=location, interval_s=interval,
                      username=str(username).lstrip("@") if username else None,
                      fetch_pages=bool(entry.get("fetch_pages", True)))


def _default_name(kind: str, location: str) -> str:
    if "://" in location:
        parts = urlsplit(location)
        return f"{parts.netloc}{parts.path}".rstrip("/")
    return f"{kind}:{Path(location).name or location}"
