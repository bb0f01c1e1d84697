"""Where an event happened: the places of a document that can locate an event, and the one a mention's sentence
gives it, with the larger places written after it ("Aleppo, Syria") and the site before it."""
from __future__ import annotations

import re

from dataclasses import replace

from ..model import Event, Location, Place, Span
from ..resolve.geo import AREA_FEATURES
from ..resolve.geo_context import dateline
from ..resolve.geo_locate import told_next
from .context import DocContext
from .generic_actors import STATE_KINDS
from .mentions import EventMention

__all__ = ["beyond_the_dateline", "event_places", "force_at_home", "locate_mention"]


def event_places(ctx: DocContext) -> list[Place]:
    """Places that can locate an event: a toponym inside an actor's name is not where the event
    happened ("Hamas", "Résistance islamique en Irak" say nothing of the place)."""
    named = [(Span(a.start, a.end), a.kind) for a in ctx.actors if a.start is not None and a.end is not None]
    # A state's forces keep their country ("l'armée malienne" is in Mali), not a town read into their
    # acronym ("FAMa" is no Brazilian Fama).
    places = [p for p in ctx.places if not any(
        Span(p.start, p.end).overlaps(n) and (kind != "state_military" or p.feature not in AREA_FEATURES)
        for n, kind in named)]
    # (nor is the country a group fires from the place it fired at: "Hezbollah forces in Lebanon fired about 40
    # rockets toward Safed", when a place in another country follows)
    return [p for p in places if not (p.feature == "country" and any(
        _FIRED_FROM.fullmatch(ctx.text, n.end, p.start) for n, _ in named if n.end <= p.start)
        and any(0 < q.start - p.end <= _FIRED_AT_REACH and q.feature not in AREA_FEATURES and q.country
                and q.country != p.country for q in places))]


# The words between a group and the country it is based in ("Hezbollah forces in Lebanon", "Hamas militants from Gaza").
_FIRED_FROM = re.compile(r"\s+(?:forces|fighters|militants|members|units?)?\s*(?:in|from|based\s+in)\s+", re.IGNORECASE)
_FIRED_AT_REACH = 150
_PLACE_SEP = re.compile(r"\s*,\s*|\s+(?:in|en|au|aux)\s+|\s+")
_SITE_BEFORE_TOWN = re.compile(r"\s*,\s*|\s+(?:in|of|à|de)\s+")


def _widen(ctx: DocContext, loc: Location | None, places: list[Place]) -> Location | None:
    """The location's words with the larger places that follow and contain it ("Aleppo, Syria",
    "Helmand Province, Afghanistan") and the street or site before it: the text names all of them, the record
    stays the most precise place the gazetteer knows."""
    if loc is None or loc.start is None or loc.end is None:
        return loc
    # (and the street or site the gazetteer lacks written right before it: "on Oxford Street in London")
    site = next((p for p in ctx.places if p.lat is None and p.end <= loc.start
                 and _SITE_BEFORE_TOWN.fullmatch(ctx.text, p.end, loc.start)), None)
    if site is not None:
        loc.text, loc.start = ctx.text[site.start:loc.end], site.start
    end = loc.end
    for _ in range(2):
        m = _PLACE_SEP.match(ctx.text, end)
        if m is None or "\n" in m.group(0):
            break
        nxt = next((p for p in places if p.start == m.end()), None)
        if nxt is None or not nxt.country or nxt.country != loc.country or nxt.feature not in ("country", "admin1", "admin2", "region"):
            break
        end = nxt.end
    if end != loc.end:
        loc.text, loc.end = ctx.text[loc.start:end], end
    return loc


def locate_mention(ctx: DocContext, m: EventMention, places: list[Place]) -> Location | None:
    """Where the mention ``m`` happened, among ``places`` (see :func:`event_places`), its words widened to the
    larger places written after it."""
    anchor = Span(m.anchor.start, m.anchor.end)
    sent = Span(m.sentence.start, m.sentence.end)
    if ctx.geoparser is not None:
        return _widen(ctx, ctx.geoparser.locate(places, ctx.text, anchor, sent), places)
    inside = [p for p in places if sent.start <= p.start < sent.end]
    if not inside:
        return None
    p = min(inside, key=lambda p: abs(p.start - m.anchor.start))
    return Location(p.name, p.text, p.start, p.end, p.lat, p.lon, p.country, p.admin1, p.geo_precision, p.confidence)


# What a state's forces do at home: arresting people (ACLED codebook 2023 §Arrests).
_AT_HOME = frozenset({"Arrests"})


def force_at_home(ev: Event, places: list[Place], text: str, sentence: Span, until: int) -> Location | None:
    """The town of the arresting force's own country that the next sentences (up to ``until``) name, when the event's
    sentence placed the arrest only in another country, named there for another reason ("Venezuelan intelligence
    officers Thursday arrested the chief-of-staff of Juan Guaidó, the opposition leader recognised by the United
    States", then "a pre-dawn raid on his Caracas home"); else None."""
    loc, force = ev.location, ev.actor1
    if ev.sub_event_type not in _AT_HOME or loc is None or loc.geo_precision != 3 or loc.admin1 is not None \
            or force is None or force.kind not in STATE_KINDS or not force.country or force.country == loc.country:
        return None
    home = replace(loc, name=force.country, country=force.country, start=None, end=None)
    return told_next(places, text, sentence, until, home)


def beyond_the_dateline(ev: Event, places: list[Place], text: str, sentence: Span, until: int) -> Location | None:
    """The town of the dateline's country that the next sentences (up to ``until``) name, when the event's sentence
    placed it only by the dateline it opens with ("ZAMBOANGA CITY — Soldiers have recovered a cache of firearms ...",
    then "the weapons were discovered Sunday in Tudela"): a wire is filed from a city, the event is where the body puts
    it; else None."""
    loc = ev.location
    if loc is None or loc.start is None or loc.end is None or not dateline(text, loc) or loc.geo_precision != 1:
        return None
    return told_next(places, text, sentence, until, replace(loc, geo_precision=3, admin1=None, start=None, end=None))
