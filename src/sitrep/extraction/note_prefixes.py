"""The heading an ACLED coder writes before a note ("Security measures: On 9 May 2020, the governorship
announced ..."): it names the sub-event type the note is coded as, which its words often do not (a decree, a
release of prisoners). Read only where the document opens with a known heading and a colon; the table is
``data/lexicons/note_prefixes.tsv``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..resolve.countries import read_tsv
from .triggers import Hit


@dataclass(frozen=True, slots=True)
class NotePrefix:
    """A heading and the sub-event type its notes are coded as."""

    prefix: str
    sub_event_type: str
    weight: float


def load_note_prefixes() -> tuple[NotePrefix, ...]:
    """The headings of ``note_prefixes.tsv``."""
    path = Path(str(resources.files("sitrep") / "data" / "lexicons" / "note_prefixes.tsv"))
    rows = read_tsv(path, ("prefix", "sub_event_type", "weight", "source"))
    return tuple(NotePrefix(r["prefix"], r["sub_event_type"], float(r["weight"])) for r in rows)


_HEADING = re.compile(r"\s*([A-Za-z][A-Za-z /-]{2,60}?)\s*:\s")


def heading_hit(text: str, prefixes: tuple[NotePrefix, ...]) -> Hit | None:
    """A trigger on the heading the document opens with, when it is a known one; ``None`` otherwise."""
    m = _HEADING.match(text)
    if m is None:
        return None
    found = m.group(1).lower()
    p = next((p for p in prefixes if p.prefix.lower() == found), None)
    if p is None:
        return None
    return Hit(m.start(1), m.end(1), m.group(1), p.sub_event_type, p.weight, "trigger", 0, len(m.group(1).split()))


def clause_after_heading(text: str, doc: Any, anchor: Hit) -> Hit | None:
    """For a heading's trigger, the first verb after the colon that has a subject ("Security measures: On 9
    May 2020, Aydin Governorship announced ..."), as a trigger whose roles are the note's; ``None`` for any
    other trigger."""
    colon = re.compile(r"\s*:").match(text, anchor.end)
    if colon is None or anchor.start > 2 or doc is None:
        return None
    after = doc.char_span(colon.end(), min(len(text), colon.end() + 400), alignment_mode="expand")
    if after is None:
        return None
    for tok in after:
        if tok.is_sent_start and tok.i > after.start:
            break
        if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return Hit(tok.idx, tok.idx + len(tok.text), tok.text, anchor.label, anchor.weight, anchor.kind,
                       anchor.token, 1)
    return None
