"""What every extraction step reads: one document after cleaning, parsing and resolution of names.

The pipeline builds one :class:`DocContext` per document and hands it to the extraction steps
(events, claims, statements, classification). Steps read it and return new records; they never
mutate it and never do I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Actor, CleanDocument, Entity, Place, Sentence

if TYPE_CHECKING:  # imported for type checking only: loading them is the pipeline's job
    from ..resolve.actors import ActorTable
    from ..resolve.geo import Geoparser


@dataclass(slots=True)
class DocContext:
    """A cleaned document with everything the extractors need.

    - ``text``: the document text with boilerplate masked by spaces (same length and offsets as the
      original ``clean.document.text``); extractors read this, never the raw text.
    - ``parsed``: the spaCy ``Doc`` of ``text`` for French and English (``None`` when no model is
      installed for the language, e.g. Arabic): tokens with ``idx`` offsets into ``text``, lemmas,
      POS tags, dependency parse, sentence boundaries.
    - ``sentences``: sentence spans (always present, from spaCy or a rule splitter).
    - ``entities``: named-entity spans from spaCy (PER, ORG, LOC, GPE, MISC, ...).
    - ``places``: toponyms found and resolved by the geoparser.
    - ``actors``: actor mentions found by the actor table (named groups, state forces, generic).
    - ``published``: ``YYYY-MM-DD`` or ``YYYY-MM`` or ``None``.
    """

    clean: CleanDocument
    text: str
    lang: str
    published: str | None
    sentences: list[Sentence]
    parsed: Any = None
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    actor_table: "ActorTable | None" = None
    geoparser: "Geoparser | None" = None

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (the last one before it when between sentences)."""
        best = self.sentences[0] if self.sentences else Sentence(0, len(self.text))
        for s in self.sentences:
            if s.start <= offset:
                best = s
            else:
                break
        return best
