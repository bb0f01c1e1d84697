"""The typed records that cross module boundaries.

Every extracted value carries the character span of the words that support it (``start``/``end``
are Python ``str`` indices into the document text exactly as given) and a ``confidence`` in [0, 1].
Records serialise to the JSON output contract of DESIGN.md through :func:`to_jsonable`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A range of characters in a document's text."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Document:
    """One input document, as read by ``ingest``.

    ``origin`` names the file it came from and ``line`` its line there (JSON Lines), so that every
    message about the document can point a user at it.
    """

    id: str
    text: str
    published: str | None = None
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "<memory>"
    line: int | None = None
    id_given: bool = True  # False when ``id`` defaulted to the line number
    meta: dict[str, str | int | None] = field(default_factory=dict)  # what the source adds: author, channel, views...

    def key(self) -> str:
        """The document's identity in the store: its id, or file and line when it had none."""
        return self.id if self.id_given else f"{self.origin}#{self.line}"

    def where(self) -> str:
        return f"{self.origin}:{self.line}" if self.line is not None else self.origin


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class CleanDocument:
    """A document after ``clean``: language known, boilerplate ranges masked, sentences split.

    ``masked`` has the same length as ``document.text``; characters of boilerplate ranges are
    replaced by spaces so that every later offset is still an offset into the original text.
    """

    document: Document
    lang: str
    masked: str
    boilerplate: list[Span]
    sentences: list[Sentence]
    lang_confidence: float = 1.0
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    """A named-entity span from the NLP model (or a rule), before resolution."""

    start: int
    end: int
    label: str  # PER, ORG, LOC, GPE, MISC ...
    text: str


@dataclass(slots=True)
class Mention:
    """Plain evidence: some words of the text, with a confidence."""

    text: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass(slots=True)
class Actor:
    """An actor as ACLED would name it (``name``), and the words that mention it (``text``)."""

    name: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0
    kind: str | None = None  # state, police, rebel, militia, civilians, protesters, unidentified, ...
    country: str | None = None  # ISO 3166-1 alpha-2 of the actor's home, when known
    # A pronoun's antecedent: ``text`` is the pronoun in the event's sentence ("they", "ils"), ``name``
    # the actor of the words it stands for, quoted here as their evidence.
    refers_to: Mention | None = None


@dataclass(slots=True)
class Place:
    """A toponym found in the text, resolved to coordinates where possible."""

    text: str
    start: int
    end: int
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None  # country, admin1, city, base, airport, region, demonym ...
    geonameid: int | None = None
    confidence: float = 0.0
    geo_precision: int | None = None


@dataclass(slots=True)
class Location:
    """Where an event happened, with ACLED's ``geo_precision`` (1 town/site, 2 district/near, 3 province/country)."""

    name: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    confidence: float = 0.0


@dataclass(slots=True)
class Weapon:
    name: str
    text: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass(slots=True)
class Event:
    """One event mention, coded with ACLED's types."""

    event_type: str
    sub_event_type: str
    trigger: Mention
    date: str | None = None
    time_precision: int | None = None
    date_text: Mention | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    # Actors named together with actor1 / actor2 ("the United States and France"): ACLED's
    # assoc_actor_1 / assoc_actor_2.
    assoc_actor1: list[Actor] = field(default_factory=list)
    assoc_actor2: list[Actor] = field(default_factory=list)
    target: Mention | None = None
    location: Location | None = None
    weapons: list[Weapon] = field(default_factory=list)
    fatalities: int | None = None
    fatalities_text: Mention | None = None
    # True when ``fatalities`` is ACLED's coding of a vague figure ("dozens" 12, "hundreds" 100), not a
    # number the source gave.
    fatalities_estimated: bool = False
    injuries: int | None = None
    injuries_text: Mention | None = None
    casualties_text: Mention | None = None
    count: int | None = None
    count_text: Mention | None = None
    claimed_by: Actor | None = None
    confidence: float = 0.5
    evidence: list[Span] = field(default_factory=list)
    notes: str | None = None
    modality: str = "asserted"  # asserted, threatened, denied, planned, hypothetical, background


@dataclass(slots=True)
class Claim:
    """A claim of responsibility (or a denial, or an attribution by others)."""

    claimant: Actor
    claimed: str | None
    start: int
    end: int
    kind: str = "claim"  # claim, denial, attribution
    medium: str | None = None
    medium_text: Mention | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Speaker:
    name: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    role: str | None = None
    organisation: str | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Statement:
    speaker: Speaker
    quote: str | None
    stance: str | None
    start: int
    end: int
    quote_start: int | None = None
    quote_end: int | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document: the output contract's line."""

    id: str
    lang: str
    published: str | None
    primary: str | None
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    primary_confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form of this record (the output contract of DESIGN.md)."""
        return to_jsonable(self)


def to_jsonable(value: Any) -> Any:
    """Convert records to plain JSON values, keeping ``None`` (unknown stays ``null``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value
