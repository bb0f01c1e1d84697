"""Plain-text documents, and the byte-level checks shared by every reader."""
from __future__ import annotations

import re

from ..errors import InputProblem
from ..model import Document

# The reference corpus marks a publication date on the first line: "date 2023-10 La plupart ...".
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b")


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: a NUL byte, or many control characters, in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 50)


def decode(data: bytes, origin: str, encoding: str = "utf-8") -> str | InputProblem:
    """Decode bytes, or say precisely where they are not in ``encoding`` and how to fix it."""
    if data.startswith(b"\xef\xbb\xbf") and encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        data = data[3:]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return InputProblem(
            origin, line,
            f"is not valid {encoding} (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            f"re-encode it to UTF-8 (e.g. iconv -f latin1 -t utf-8 {origin}) or pass --encoding latin-1",
        )
    except LookupError:
        return InputProblem(origin, None, f"unknown encoding {encoding!r}", "pass an encoding Python knows, e.g. utf-8 or latin-1")


def read_text(text: str, origin: str, doc_id: str) -> Document:
    """A plain-text document; a first line ``date YYYY-MM[-DD]`` gives its publication date.

    The text is kept exactly as read (offsets are offsets into the file's text); the date marker
    is masked later by ``clean`` so it never reaches events.
    """
    match = _DATE_LINE.match(text)
    return Document(id=doc_id, text=text, published=match.group(1) if match else None, origin=origin)
