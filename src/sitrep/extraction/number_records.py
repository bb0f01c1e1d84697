"""Records of the number and casualty readers: quantities, casualty statements and their summary, event
counts, and the elements a scanned window is made of."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Mention


@dataclass(slots=True)
class NumberMention:
    """A quantity in the text: ``value`` is what ACLED would code (the lower bound of a range)."""

    text: str
    start: int
    end: int
    value: int | None
    low: int | None
    high: int | None
    approx: bool
    confidence: float
    vague: bool = False  # "plusieurs", "dozens", "عشرات": no number stated
    acled: int | None = None  # the value ACLED's convention gives a vague figure
    article: bool = False  # an article read as one ("un soldat"): weak

    @property
    def year_like(self) -> bool:
        """Written as a year ("2019"): four digits between 1900 and 2100, no range or approximation."""
        return self.value is not None and 1900 <= self.value <= 2100 and not self.approx \
            and self.text.isdigit() and len(self.text) == 4


@dataclass(slots=True)
class CasualtyStatement:
    """One figure tied to a casualty word ("7 tués", "قتل 12 شخصا", "des blessés légers")."""

    kind: str  # fatal, injury, casualty
    value: int | None
    text: str
    start: int
    end: int
    confidence: float
    vague: bool = False
    acled: int | None = None
    attacker: bool = False
    tier: str = "main"  # main, background, cumulative
    rival: bool = False  # another source's figure for the same toll ("activists put the toll at over 90")
    denial: bool = False  # a death denied ("n'est pas décédé"): the one death told is none


@dataclass(slots=True)
class Casualties:
    """Fatalities and injuries stated in a window of text, with their evidence."""

    fatalities: int | None = None
    fatalities_text: Mention | None = None
    injuries: int | None = None
    injuries_text: Mention | None = None
    casualties_text: Mention | None = None
    confidence: float = 0.0
    attacker_fatalities: int | None = None
    attacker_text: Mention | None = None
    fatalities_acled: int | None = None
    statements: list[CasualtyStatement] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CountMention:
    """An aggregate: how many events one mention covers ("au moins cinq attaques" -> 5)."""

    count: int | None
    text: str
    start: int
    end: int
    approx: bool
    confidence: float
    vague: bool = False
    cumulative: bool = False  # "14 attacks since October": a tally, not this report's events


@dataclass(slots=True)
class Entry:
    kind: str
    role: str
    value: int | None


@dataclass(slots=True)
class Element:
    """One element of a scanned window: a number, a lexicon phrase, a word or a punctuation mark."""

    cat: str  # num, digits, lex, cue, zero, person, attacker, event, subset, rival, other, conj, since,
    #           background, unit, month, modmin, hard, soft, word
    start: int  # offsets into the full text
    end: int
    word: str = ""
    entries: list[Entry] = field(default_factory=list)
    kind: str = ""
    roles: frozenset[str] = frozenset()
    value: int | None = None
    num: NumberMention | None = None
    wa: bool = False  # the Arabic conjunction wa- was attached ("وأربعة")
    kset: frozenset[str] = frozenset()

    def has(self, *kinds: str) -> bool:
        """Whether one of the element's lexicon entries is of one of ``kinds``."""
        return not self.kset.isdisjoint(kinds)

    def val(self, *kinds: str) -> int | None:
        """The value of the element's first lexicon entry of one of ``kinds``."""
        return next((e.value for e in self.entries if e.kind in kinds), None)
