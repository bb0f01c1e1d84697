"""JSON Lines documents: one JSON object per line, ``text`` required (input contract of DESIGN.md)."""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Iterator

from ..config import Limits
from ..errors import InputProblem
from ..model import Document
from .text import decode

_PUBLISHED = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)(?:[T ].*)?$")
_OPTIONAL_STR = ("title", "url", "source", "lang")


def read_jsonl(stream: BinaryIO, origin: str, limits: Limits, encoding: str = "utf-8") -> Iterator[Document | InputProblem]:
    """Stream documents from a JSON Lines file; a bad line is reported and skipped, the rest still read."""
    number = 0
    saw_any = False
    while True:
        raw = stream.readline(limits.max_line_bytes + 1)
        if not raw:
            break
        number += 1
        if len(raw) > limits.max_line_bytes and not raw.endswith(b"\n"):
            while True:  # skip the rest of the oversized line without holding it in memory
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield InputProblem(
                origin, number, f"line is over the {limits.max_line_bytes / 1e6:.0f} MB limit for one document",
                "split that document into smaller ones",
            )
            saw_any = True
            continue
        if not raw.strip():
            continue
        saw_any = True
        yield from _parse_line(raw, origin, number, limits, encoding)
    if not saw_any:
        yield InputProblem(origin, None, "is empty", "give a JSON Lines file with one {\"text\": ...} object per line")


def _parse_line(raw: bytes, origin: str, number: int, limits: Limits, encoding: str) -> Iterator[Document | InputProblem]:
    item = _parse_record(raw, origin, number, limits, encoding)
    yield item
    if isinstance(item, Document) and item.published is None:
        published = _raw_published(raw)
        if published:
            yield InputProblem(
                origin, number, f'"published" {published!r} is not YYYY-MM-DD or YYYY-MM; read as unknown',
                "write the date as 2023-10-23 or 2023-10", severity="warning",
            )


def _parse_record(raw: bytes, origin: str, number: int, limits: Limits, encoding: str) -> Document | InputProblem:
    if b"\x00" in raw:
        return InputProblem(origin, number, "contains binary data (NUL bytes)", "remove that line or fix the file")
    line = decode(raw, origin, encoding)
    if isinstance(line, InputProblem):
        return InputProblem(origin, number, line.what, line.todo)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(
            origin, number, f"not valid JSON ({re.sub(r' at$', '', exc.msg)} at column {exc.colno})",
            "fix or remove that line (each line must be one complete JSON object)",
        )
    if not isinstance(record, dict):
        return InputProblem(origin, number, f"is a JSON {type(record).__name__}, not an object", 'write one {"text": ...} object per line')
    text = record.get("text")
    if not isinstance(text, str):
        what = 'has no "text" field' if text is None else f'"text" is a {type(text).__name__}, not a string'
        return InputProblem(origin, number, what, 'give each line a "text" string')
    if not text.strip():
        return InputProblem(origin, number, '"text" is empty', "remove that line or give it text")
    if len(text) > limits.max_document_chars:
        return InputProblem(
            origin, number, f"text of {len(text):,} characters is over the {limits.max_document_chars:,}-character limit",
            "split that document into smaller ones",
        )
    doc_id = record.get("id")
    doc = Document(
        id=str(doc_id) if doc_id not in (None, "") else str(number),
        text=text,
        origin=origin,
        line=number,
        id_given=doc_id not in (None, ""),
    )
    for name in _OPTIONAL_STR:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            setattr(doc, name, value.strip())
    published = record.get("published")
    if published not in (None, ""):
        match = _PUBLISHED.match(str(published).strip())
        doc.published = match.group(1) if match else None
    return doc


def _raw_published(raw: bytes) -> str | None:
    """The ``published`` value of a line that parsed, as given (for the warning about its format)."""
    value = json.loads(raw.decode("utf-8", "replace")).get("published")
    return None if value in (None, "") else str(value)
