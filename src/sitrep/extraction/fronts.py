"""The side a group's fire across a front is aimed at when the report names no one hit (``front_targets.tsv``):
ACLED codes Hezbollah's rockets at northern Israel as attacks on Israel's forces, whether the note names a military
post or only the town the rockets fell toward. Only an event with no second side, of the table's types, in its
country and period, by its group, takes one; the side carries no words of the text (it is the convention's)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..model import Actor, Event
from ..resolve.countries import read_tsv

__all__ = ["FrontTarget", "load_front_targets", "fill_front_target"]

# The confidence of a side given by convention, not read in the text.
CONVENTION_CONFIDENCE = 0.3


@dataclass(frozen=True, slots=True)
class FrontTarget:
    """One row of ``front_targets.tsv``."""

    actor1: str
    country: str
    sub_event_types: frozenset[str]
    since: str
    until: str
    actor2: str
    kind: str

    def applies(self, ev: Event) -> bool:
        """Whether ``ev`` is this group's fire across this front, in its period."""
        date = (ev.date or "")[:10]
        return (ev.actor1 is not None and ev.actor1.name == self.actor1 and ev.sub_event_type in self.sub_event_types
                and ev.location is not None and ev.location.country == self.country
                and bool(date) and self.since <= date and (not self.until or date < self.until))


def load_front_targets() -> tuple[FrontTarget, ...]:
    """The rows of ``data/actors/front_targets.tsv``."""
    folder = resources.files("sitrep") / "data" / "actors"
    rows = read_tsv(Path(str(folder / "front_targets.tsv")),
                    ("actor1", "country", "sub_event_types", "since", "until", "actor2", "kind", "source"))
    return tuple(FrontTarget(r["actor1"], r["country"], frozenset(r["sub_event_types"].split("|")), r["since"],
                             r["until"], r["actor2"], r["kind"]) for r in rows)


def fill_front_target(ev: Event, targets: tuple[FrontTarget, ...]) -> None:
    """Give ``ev`` the side its front's convention names, when it has none (see the module docstring)."""
    if ev.actor2 is not None and ev.actor2.name:
        return
    row = next((t for t in targets if t.applies(ev)), None)
    if row is not None:
        ev.actor2 = Actor(row.actor2, None, confidence=CONVENTION_CONFIDENCE, kind=row.kind, country=row.country)
