"""Dispatch inputs to the reader of their kind, with the checks every input gets."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..config import Limits
from ..errors import InputProblem
from ..model import Document
from .fetch import Fetcher, FetchPolicy, is_url
from .html import read_html
from .items import SourceOptions
from .jsonl import read_jsonl
from .text import decode, looks_binary, read_text

Item = Document | InputProblem

_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md"}
_FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}


def read_inputs(
    paths: Iterable[str], limits: Limits | None = None, encoding: str = "utf-8", stdin: BinaryIO | None = None,
    sources: SourceOptions | None = None,
) -> Iterator[Item]:
    """Documents (and problems) from each path in turn; ``-`` reads standard input, ``http(s)://``
    addresses are fetched (pages and feeds; ``sources`` says how)."""
    limits = limits or Limits()
    sources = sources or SourceOptions(fetch=FetchPolicy(max_bytes=limits.max_file_bytes))
    with Fetcher(sources.fetch) as fetcher:  # connects only if something is fetched
        for path in paths:
            if path == "-":
                yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>", limits, encoding)
            elif is_url(path):
                from .sources import read_url

                yield from read_url(path, limits, sources, fetcher)
            else:
                yield from read_path(Path(path), limits, encoding, sources, fetcher)


def read_path(path: Path, limits: Limits, encoding: str = "utf-8", sources: SourceOptions | None = None,
              fetcher: Fetcher | None = None) -> Iterator[Item]:
    """Documents from one file, chosen by its suffix (or its first bytes when the suffix says nothing)."""
    origin = str(path)
    if not path.exists():
        yield InputProblem(origin, None, "no such file", "check the path (or use - to read standard input)")
        return
    if path.is_dir():
        yield InputProblem(origin, None, "is a folder, not a file", "pass the files inside it, e.g. FOLDER/*.jsonl")
        return
    try:
        size = path.stat().st_size
        kind = _kind(path)
        if kind in ("feed", "telegram"):
            from .sources import read_feed_file, read_telegram_documents

            sources = sources or SourceOptions()
            if kind == "telegram":
                yield from read_telegram_documents(path, sources)
            elif fetcher is None:
                with Fetcher(sources.fetch) as own:
                    yield from read_feed_file(path, limits, sources, own)
            else:
                yield from read_feed_file(path, limits, sources, fetcher)
            return
        if kind == "jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream, origin, limits, encoding)
            return
        if size > limits.max_file_bytes:
            yield InputProblem(
                origin, None,
                f"{size / 1e6:.1f} MB is over the {limits.max_file_bytes / 1e6:.0f} MB limit for one document",
                "split it into smaller documents (one JSON object per line in a .jsonl file)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, None, f"cannot be read ({exc.strerror or exc})", "check its permissions")
        return
    yield from _read_bytes(data, origin, kind, limits, encoding, stem=path.stem)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _FEED_SUFFIXES:
        return "feed"
    if suffix == ".json" or path.name.lower() == "result.json":
        from .telegram import looks_like_export

        with path.open("rb") as stream:
            if path.name.lower() == "result.json" or looks_like_export(stream.read(4096)):
                return "telegram"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "text"
    with path.open("rb") as stream:
        head = stream.read(512)
    return _sniff(head)


def _sniff(head: bytes) -> str:
    from .feeds import looks_like_feed

    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<") and looks_like_feed(stripped):
        return "feed"
    if stripped.startswith(b"{"):
        return "jsonl"
    lowered = stripped[:64].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<div", b"<p")):
        return "html"
    return "text"


def _read_stream(stream: BinaryIO, origin: str, limits: Limits, encoding: str) -> Iterator[Item]:
    head = stream.peek(512)[:512] if hasattr(stream, "peek") else b""
    kind = _sniff(head) if head else "text"
    if kind == "jsonl":
        yield from read_jsonl(stream, origin, limits, encoding)
        return
    data = stream.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        yield InputProblem(
            origin, None, f"standard input is over the {limits.max_file_bytes / 1e6:.0f} MB limit for one document",
            "send JSON Lines (one document per line) instead",
        )
        return
    yield from _read_bytes(data, origin, kind, limits, encoding, stem="stdin")


def _read_bytes(data: bytes, origin: str, kind: str, limits: Limits, encoding: str, stem: str) -> Iterator[Item]:
    if not data.strip():
        yield InputProblem(origin, None, "is empty", "give a file with text in it")
        return
    if looks_binary(data):
        yield InputProblem(
            origin, None, "looks like a binary file, not text",
            "give a UTF-8 .txt, .html or .jsonl file (convert PDFs or Word files to text first)",
        )
        return
    text = decode(data, origin, encoding)
    if isinstance(text, InputProblem):
        yield text
        return
    if len(text) > limits.max_document_chars:
        yield InputProblem(
            origin, None, f"{len(text):,} characters is over the {limits.max_document_chars:,}-character limit for one document",
            "split it into smaller documents",
        )
        return
    if kind == "feed":
        from .sources import read_feed_bytes

        yield from read_feed_bytes(data, origin, limits)
    elif kind == "html":
        yield read_html(text, origin, doc_id=stem)
    else:
        yield read_text(text, origin, doc_id=stem)
