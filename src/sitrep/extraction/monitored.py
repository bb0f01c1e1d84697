"""Fire a ceasefire monitor observed, with no party named: "the OSCE SMM observed a total of 422 explosions/bursts of
fire involving small arms ... near Komsomolets". The monitor watches one conflict in one country, so the fire is
between that conflict's parties there (``data/actors/monitored_conflicts.tsv``): ACLED codes such notes between
the Ukrainian forces and the NAF, in Ukraine. Only the sides left unnamed or unidentified are filled."""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Actor, Event, Location
from ..resolve.countries import read_tsv
from ..resolve.gazetteer import km
from ..resolve.geo_locate import country_location
from ..textnorm import key

__all__ = ["Monitor", "load_monitors", "fill_monitored_sides"]


@dataclass(frozen=True, slots=True)
class Monitor:
    """One row of ``monitored_conflicts.tsv``."""

    observer: re.Pattern[str]
    country: str
    since: str
    until: str
    actor1: str
    actor2: str
    area: str  # the region of the gazetteer the monitor watches ("Donbas")
    # (folded settlement name, the party that held it, since, until) on this conflict's contact line
    held: tuple[tuple[str, str, str, str], ...] = ()

    def watches(self, text: str, date: str | None) -> bool:
        """Whether ``text`` names this monitor as the observer of an event on ``date`` (ISO)."""
        return date is not None and self.since <= date[:10] < self.until and bool(self.observer.search(text))


def load_monitors() -> tuple[Monitor, ...]:
    """The monitors of ``monitored_conflicts.tsv``, each with the settlements of its contact line
    (``contact_line.tsv``) and the party that held each."""
    folder = resources.files("sitrep") / "data" / "actors"
    rows = read_tsv(Path(str(folder / "monitored_conflicts.tsv")),
                    ("observer", "country", "since", "until", "actor1", "actor2", "area", "source"))
    line = read_tsv(Path(str(folder / "contact_line.tsv")), ("place", "country", "side", "since", "until", "source"))
    return tuple(Monitor(re.compile(r["observer"], re.IGNORECASE), r["country"], r["since"], r["until"], r["actor1"],
                         r["actor2"], r["area"], tuple((key(p["place"]), p["side"], p["since"], p["until"]) for p in line
                                            if p["country"] == r["country"])) for r in rows)


def _unnamed(a: Actor | None) -> bool:
    return a is None or not a.name or a.kind == "unidentified" or a.name.startswith("Unidentified")


def fill_monitored_sides(ev: Event, sentence_text: str, monitors: tuple[Monitor, ...], geoparser: Any,
                         named: set[str]) -> None:
    """Give ``ev``, told in ``sentence_text``, the parties and country of the monitor that observed it, where
    its sides are unnamed and the report (whose actors' names are ``named``) names neither party, or both (see
    the module docstring)."""
    monitor = next((m for m in monitors if m.watches(sentence_text, ev.date)), None)
    if monitor is None or not (_unnamed(ev.actor1) and _unnamed(ev.actor2)):
        return
    parties = {monitor.actor1, monitor.actor2}
    if parties & named and not parties <= named:
        return  # (one party named beside another actor: the monitor's pair is not the report's)
    if geoparser is not None:
        area = _area(geoparser.gaz, monitor)
        loc = ev.location
        # ("near Komsomolets": a village of the contact line, not Kazakhstan's namesake; "near Khutir Stavky", a
        # village the gazetteer lacks, not Ukraine at large; "near Stavky", not the Stavky 500 km from the line)
        abroad = loc is None or loc.country != monitor.country
        if area is not None and (abroad or loc.geo_precision == 3 or loc.lat is None or loc.lon is None
                                 or km(loc.lat, loc.lon, area.lat, area.lon) > _AREA_REACH_KM):
            ev.location = Location(name=area.name, text=None, start=None, end=None, lat=area.lat, lon=area.lon,
                                   country=monitor.country, admin1=None, geo_precision=2, confidence=0.3)
        elif abroad:
            ev.location = country_location(geoparser.gaz, monitor.country, None, 0.3)
    first, second = (monitor.actor1, monitor.actor2)
    holder = _holder(monitor, sentence_text, ev.date)
    if holder == monitor.actor1:
        # fire seen near a village one party held came from the other side of the line (ACLED's coding of such
        # observations: "near Luhanske", a government-held village, is the NAF's fire)
        first, second = second, first
    kinds = {monitor.actor1: "state_military", monitor.actor2: "rebel"}
    ev.actor1 = Actor(first, None, None, None, 0.4, kinds[first], monitor.country)
    ev.actor2 = Actor(second, None, None, None, 0.4, kinds[second], monitor.country)


# How far from the middle of its area a place a monitor's report names may lie (Donbas spans about 250 km).
_AREA_REACH_KM = 250.0


def _area(gaz: Any, monitor: Monitor) -> Any | None:
    """The gazetteer's entry for the region the monitor watches, as a candidate (name, point), or None."""
    entry = next((i for i in gaz.entries(monitor.area) if gaz.data.country[i] == monitor.country
                  and gaz.feature(i) == "region"), None) if monitor.area else None
    return gaz.candidate(entry) if entry is not None else None


# "near Luhanske", "near Zolote-4": the settlement the monitor observed the fire near.
_NEAR = re.compile(r"\bnear\s+((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)", re.IGNORECASE)


def _holder(monitor: Monitor, text: str, date: str | None) -> str | None:
    """The party that held the settlement the fire was seen near (``contact_line.tsv``), or None."""
    m = _NEAR.search(text)
    if m is None or date is None:
        return None
    place = key(m.group(1))
    return next((side for name, side, since, until in monitor.held
                 if name == place and since <= date[:10] < until), None)
