"""Cross-report event merging: which event reports describe the same incident (pure functions, no I/O).

A *report* is one event mention of one document (a stored event). Reports of the same incident —
from different outlets, in French, English or Arabic — are grouped into one *incident* that keeps
every report. This module decides, explains and summarises; ``store/incidents.py`` stores.

Decision (``compare``): two reports are compatible when
- their types are of one family (same sub-event type; same event type; or a pair ACLED coders
  often code either way, e.g. a suicide bombing of civilians as ``Suicide bomb`` or ``Attack``);
- their time windows overlap, each date widened by its ``time_precision`` (1 day: that day ± 1,
  2 week: 7 days, 3 month: the month); an undated report uses the week before its publication;
- their places are near given each ``geo_precision`` (1 town/site: 25 km, 2 district: 60 km,
  3 province/country: same admin1/country only) and never in two different countries;
- their actors do not contradict each other (canonical ACLED names, so "Résistance islamique en
  Irak" and "المقاومة الإسلامية في العراق" compare equal once resolved).
The score is a weighted sum of the field similarities; ``MergeResult.fields`` says which matched.

Blocking (``cells``): a report is only compared with incidents sharing a (day, country) cell of its
time window, so the cost of merging one more document does not grow with the size of the store.

Headline rule (``summarize``), ACLED-conservative and documented in ``HEADLINE_RULE``.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Sequence

HEADLINE_RULE = (
    "fatalities/injuries: among the reports published last that give a figure (a stated figure before one "
    "coded by ACLED's conventions), the lowest "
    "(tolls rise as victims are counted, so a later report supersedes an earlier one; among concurrent "
    "sources ACLED keeps the lowest credible figure); date: the most precise, earliest; place: the most "
    "precise, most reported; actors and claimant: the value most reports give (ties: highest confidence, "
    "then earliest published). Every report's own value is kept, with its evidence."
)

GENERIC_ACTOR_PREFIXES = ("unidentified", "civilians", "protesters", "rioters", "unknown")

# Pairs of ACLED types coders code either way for one incident (symmetric), with a similarity.
_CROSS_TYPE = {
    frozenset({"Explosions/Remote violence", "Violence against civilians"}): 0.6,
    frozenset({"Explosions/Remote violence", "Battles"}): 0.5,
    frozenset({"Battles", "Violence against civilians"}): 0.5,
    frozenset({"Protests", "Riots"}): 0.6,
}


@dataclass(frozen=True, slots=True)
class MergeConfig:
    """Thresholds of the merge decision; defaults are set from first principles, not fitted to a data set."""

    threshold: float = 0.62  # minimum score to merge a report into an incident
    day_slack: int = 1  # a day-precision date may be one day off (time zones, "yesterday")
    undated_days: int = 7  # an undated report covers the week before its publication
    km_site: float = 25.0  # geo_precision 1
    km_district: float = 60.0  # geo_precision 2
    max_candidates: int = 200  # incidents examined per report (after blocking)
    weights: tuple[float, float, float, float] = (0.25, 0.30, 0.30, 0.15)  # type, time, place, actors


@dataclass(frozen=True, slots=True)
class Report:
    """One event report as the merger sees it: the fields that identify an incident, and their evidence."""

    key: str  # stable across re-ingestion of the same document: see ``report_key``
    doc_key: str
    event_type: str
    sub_event_type: str
    date: str | None = None
    time_precision: int | None = None
    published: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    target: str | None = None
    claimed_by: str | None = None
    fatalities: int | None = None
    fatalities_estimated: bool = False  # ACLED's coding of a vague or unstated toll, not a figure given
    injuries: int | None = None
    count: int | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    source: str | None = None
    lang: str | None = None
    evidence: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # field -> {text, start, end}
    places: tuple[tuple[str, float, float], ...] = ()  # towns/sites the document names: (name, lat, lon)

    @property
    def is_aggregate(self) -> bool:
        """An aggregate mention ("five attacks since Wednesday") covers several incidents."""
        return (self.count or 0) > 1


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The comparison of two reports: compatible or not, a score, and which fields matched and how well."""

    compatible: bool
    score: float
    fields: Mapping[str, float]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An incident that blocking found, with its member reports (``role`` 'report' members only)."""

    incident_id: int
    reports: tuple[Report, ...]
    blocked_keys: frozenset[str] = frozenset()  # report keys an analyst said must not join this incident


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a report goes: an existing incident (``incident_id``) or a new one (``None``), and why."""

    incident_id: int | None
    decision: str  # new, merge, aggregate
    score: float
    fields: Mapping[str, float]
    reasons: tuple[str, ...]
    matched_key: str | None = None  # the member report it matched best
    covers: tuple[int, ...] = ()  # aggregate reports: the incidents it covers
    candidates: int = 0


@dataclass(frozen=True, slots=True)
class SourceValue:
    """One report's value of a field, with the document and the words that support it."""

    value: Any
    doc_key: str
    report_key: str
    published: str | None
    source: str | None
    evidence: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """An incident's headline values, and every report's value for the fields on which they disagree."""

    event_type: str
    sub_event_type: str
    date: str | None
    time_precision: int | None
    location: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geo_precision: int | None
    actor1: str | None
    actor2: str | None
    claimed_by: str | None
    fatalities: int | None
    injuries: int | None
    count: int | None
    n_reports: int
    n_documents: int
    sources: tuple[str, ...]
    documents: tuple[str, ...]
    first_published: str | None
    last_published: str | None
    disagreements: Mapping[str, tuple[SourceValue, ...]]
    rule: str = HEADLINE_RULE


# -- building reports -------------------------------------------------------------------------------
def report_key(doc_key: str, seq: int, event: Mapping[str, Any]) -> str:
    """A report's stable key: its document key, its position and what it is (no database ids).

    Re-ingesting the same document (same text, same extractor) gives the same keys, so analysts'
    corrections, which name report keys, survive re-ingestion.
    """
    loc = (event.get("location") or {}).get("name") or ""
    basis = "\x1f".join([doc_key, str(seq), event.get("sub_event_type") or "", event.get("date") or "", loc])
    return f"{doc_key}#{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:12]}"


def report_from_event(doc_key: str, seq: int, event: Mapping[str, Any], published: str | None = None,
                      source: str | None = None, lang: str | None = None,
                      places: Sequence[tuple[str, float, float]] = ()) -> Report:
    """A ``Report`` from an event record in its JSON form (the output contract, as the store keeps it).

    ``places`` are the towns and sites its document names (resolved): when the event's own place is
    only a country, they still tell where the document is about.
    """
    loc = event.get("location") or {}

    def name(value: Any) -> str | None:
        return (value or {}).get("name") if isinstance(value, Mapping) else None

    evidence: dict[str, dict[str, Any]] = {}
    for fld in ("trigger", "date_text", "actor1", "actor2", "target", "location", "fatalities_text", "injuries_text",
                "casualties_text", "count_text", "claimed_by"):
        value = event.get(fld)
        if isinstance(value, Mapping) and value.get("start") is not None:
            evidence[fld] = {"text": value.get("text"), "start": value.get("start"), "end": value.get("end")}
    target = event.get("target")
    return Report(
        key=report_key(doc_key, seq, event), doc_key=doc_key, event_type=event.get("event_type") or "",
        sub_event_type=event.get("sub_event_type") or "", date=event.get("date"),
        time_precision=event.get("time_precision"), published=published, location=loc.get("name"),
        lat=loc.get("lat"), lon=loc.get("lon"), country=(loc.get("country") or None),
        admin1=loc.get("admin1"), geo_precision=loc.get("geo_precision"), actor1=name(event.get("actor1")),
        actor2=name(event.get("actor2")), target=target.get("text") if isinstance(target, Mapping) else None,
        claimed_by=name(event.get("claimed_by")), fatalities=event.get("fatalities"),
        fatalities_estimated=bool(event.get("fatalities_estimated")), injuries=event.get("injuries"),
        count=event.get("count"), modality=event.get("modality") or "asserted",
        confidence=float(event.get("confidence") or 0.5), source=source, lang=lang, evidence=evidence,
        places=tuple((n, float(la), float(lo)) for n, la, lo in places),
    )


def mergeable(report: Report) -> bool:
    """Whether a report takes part in merging: asserted events only (threats, denials, plans do not happen)."""
    return report.modality in ("asserted", "background") and bool(report.event_type)


# -- time -------------------------------------------------------------------------------------------
def _parse_day(value: str | None) -> tuple[date, int] | None:
    """A date string as (first day, precision implied by its form: 1 day, 3 month, 4 year)."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10]), 1
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1), 3
        if len(value) == 4:
            return date(int(value), 1, 1), 4
    except ValueError:
        return None
    return None


def time_window(report: Report, config: MergeConfig = MergeConfig()) -> tuple[date, date] | None:
    """The days the report's event may have happened on, given its date's precision (or its publication)."""
    parsed = _parse_day(report.date)
    if parsed is None:
        pub = _parse_day(report.published)
        if pub is None:
            return None
        day, form = pub
        if form == 1:
            return day - timedelta(days=config.undated_days), day
        return _coarse(day, form)
    day, form = parsed
    precision = report.time_precision or form
    if form == 1 and precision <= 1:
        return day, day
    if form == 1 and precision == 2:
        return day - timedelta(days=3), day + timedelta(days=3)
    return _coarse(day, max(form, 3))


def _coarse(day: date, form: int) -> tuple[date, date]:
    if form >= 4:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date(day.year, day.month, 1), nxt - timedelta(days=1)


def time_similarity(a: Report, b: Report, config: MergeConfig = MergeConfig()) -> tuple[float, str]:
    """1 same day; 0.85 the same date at week precision; 0.7 a day apart; 0.5 overlapping windows; -1 disjoint."""
    da, db = _parse_day(a.date), _parse_day(b.date)
    if da and db and da[1] == 1 and db[1] == 1 and max(a.time_precision or 1, b.time_precision or 1) <= 2:
        gap = abs((da[0] - db[0]).days)
        week = max(a.time_precision or 1, b.time_precision or 1) == 2
        if gap == 0:
            return (0.85, f"same date {da[0].isoformat()} (week precision)") if week else (1.0, f"same day {da[0].isoformat()}")
        if gap <= config.day_slack:
            return (0.65 if week else 0.7), f"dates {gap} day apart"
        if week and gap <= 3:
            return 0.45, f"dates {gap} days apart (week precision)"
        return -1.0, f"dates {gap} days apart"
    wa, wb = time_window(a, config), time_window(b, config)
    if wa is None or wb is None:
        return 0.2, "date unknown"
    slack = timedelta(days=config.day_slack)
    if wa[0] - slack <= wb[1] and wb[0] - slack <= wa[1]:
        width = max((wa[1] - wa[0]).days, (wb[1] - wb[0]).days)
        return (0.5 if width <= 10 else 0.3), "time windows overlap"
    return -1.0, "time windows disjoint"


# -- place ------------------------------------------------------------------------------------------
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_similarity(a: Report, b: Report, config: MergeConfig = MergeConfig()) -> tuple[float, str]:
    """1 same site; down to 0.5 within the precision's radius; 0.3 same province/country only; -1 apart."""
    if a.country and b.country and a.country.upper() != b.country.upper():
        return -1.0, f"different countries {a.country}/{b.country}"
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    if None not in (a.lat, a.lon, b.lat, b.lon) and max(pa, pb) <= 2:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        radius = config.km_site if max(pa, pb) == 1 else config.km_district
        if km <= 2.0:
            return 1.0, f"same place ({a.location or b.location})"
        if km <= radius:
            return 1.0 - 0.5 * (km / radius), f"{km:.0f} km apart (within {radius:.0f} km)"
        return -1.0, f"{km:.0f} km apart (more than {radius:.0f} km)"
    if a.admin1 and b.admin1 and _fold(a.admin1) != _fold(b.admin1) and min(pa, pb) <= 2:
        return -1.0, f"different provinces {a.admin1}/{b.admin1}"
    named = _named_nearby(a, b, config) or _named_nearby(b, a, config)
    if named:
        return 0.6, named
    if a.country and b.country:
        if a.admin1 and b.admin1 and _fold(a.admin1) == _fold(b.admin1):
            return 0.45, f"same province {a.admin1}"
        return 0.3, f"same country {a.country} (imprecise place)"
    return 0.1, "place unknown"


def _named_nearby(vague: Report, precise: Report, config: MergeConfig) -> str | None:
    """Whether the vaguely placed report's document names a town within reach of the other's place."""
    if (vague.geo_precision or 3) < 3 or not vague.places:
        return None
    points = [(precise.location or "", precise.lat, precise.lon)] if (precise.geo_precision or 3) <= 2 else []
    points += list(precise.places) if (precise.geo_precision or 3) == 3 else []
    for name, lat, lon in vague.places:
        for other, plat, plon in points:
            if plat is not None and plon is not None and haversine_km(lat, lon, plat, plon) <= config.km_district:
                return f"document names {name}, near {other or 'the other report'}"
    return None


# -- types and actors -------------------------------------------------------------------------------
def type_similarity(a: Report, b: Report) -> tuple[float, str]:
    """1 same sub-event type; 0.7 same event type; 0.5-0.6 a pair coded either way; -1 otherwise."""
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return 1.0, f"same sub-event type {a.sub_event_type}"
    if a.event_type == b.event_type:
        if a.event_type == "Strategic developments":
            return -1.0, f"different strategic developments {a.sub_event_type}/{b.sub_event_type}"
        return 0.7, f"same event type {a.event_type}"
    cross = _CROSS_TYPE.get(frozenset({a.event_type, b.event_type}))
    if cross is not None:
        return cross, f"types coded either way {a.sub_event_type}/{b.sub_event_type}"
    return -1.0, f"incompatible types {a.event_type}/{b.event_type}"


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def is_generic_actor(name: str | None) -> bool:
    """Generic ACLED actors (unidentified groups, civilians, protesters) identify nothing by themselves."""
    return not name or _fold(name).startswith(GENERIC_ACTOR_PREFIXES)


def actor_similarity(a: Report, b: Report) -> tuple[float, str]:
    """Shared named perpetrator (actor1 or claimant): 1; same victims: 0.8; otherwise 0.5 (see ``conflicts``)."""
    pa, pb = _perpetrators(a), _perpetrators(b)
    if pa & pb:
        return 1.0, f"same perpetrator {sorted(pa & pb)[0]}"
    if a.actor2 and b.actor2 and _head(a.actor2) == _head(b.actor2):
        return (0.65 if is_generic_actor(a.actor2) else 0.8), f"same victims {a.actor2}"
    return 0.5, "actors not contradicting" if not conflicts(a, b)[0] else "actors differ"


def _head(name: str) -> str:
    """A generic actor without its country ("Civilians (Egypt)" -> "civilians"): geocoding slips change it."""
    folded = _fold(name)
    return folded.split(" (")[0] if is_generic_actor(name) else folded


def _perpetrators(report: Report) -> set[str]:
    return {_fold(n) for n in (report.actor1, report.claimed_by) if not is_generic_actor(n)}


def conflicts(a: Report, b: Report) -> tuple[int, list[str]]:
    """How strongly two reports' identifying details contradict each other, and how.

    Different sub-event types: 1. Different victims: 2 when both are named (e.g. police vs a foreign
    army), 1 when one is generic (civilians). Different named perpetrators: 1 (sources often disagree
    on attribution), 2 when the victims differ too. Two points or more mean two incidents, e.g. a car
    bomb on a market and a suicide attack on a police academy in one city on one day.
    """
    points, why = 0, []
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
        points += 1
        why.append(f"sub-event types differ ({a.sub_event_type} / {b.sub_event_type})")
    victims_differ = bool(a.actor2 and b.actor2 and _head(a.actor2) != _head(b.actor2))
    if victims_differ:
        both_named = not is_generic_actor(a.actor2) and not is_generic_actor(b.actor2)
        points += 2 if both_named else 1
        why.append(f"victims differ ({a.actor2} / {b.actor2})")
    pa, pb = _perpetrators(a), _perpetrators(b)
    if pa and pb and not pa & pb:
        points += 2 if victims_differ else 1
        why.append(f"perpetrators differ ({sorted(pa)[0]} / {sorted(pb)[0]})")
    return points, why


def compare(a: Report, b: Report, config: MergeConfig = MergeConfig()) -> MergeResult:
    """Whether two reports describe the same incident: compatibility, score in [0, 1], fields and reasons."""
    parts = {
        "type": type_similarity(a, b),
        "time": time_similarity(a, b, config),
        "place": place_similarity(a, b, config),
        "actors": actor_similarity(a, b),
    }
    points, why = conflicts(a, b)
    reasons = tuple(reason for _, reason in parts.values()) + tuple(why)
    fields = {name: round(score, 3) for name, (score, _) in parts.items()}
    hard = [name for name in ("type", "time", "place") if parts[name][0] < 0]
    if hard or points >= 2:
        return MergeResult(False, 0.0, fields, reasons)
    wt, wd, wp, wa = config.weights
    score = wt * parts["type"][0] + wd * parts["time"][0] + wp * parts["place"][0] + wa * parts["actors"][0]
    score -= 0.1 * points
    # An imprecise place (country or province) identifies an incident only with an exact day and type,
    # or a shared actor: otherwise two reports share too little to be called one incident.
    exact = parts["time"][0] >= 0.85 and parts["type"][0] >= 1.0
    if parts["place"][0] < 0.45 and not exact and parts["actors"][0] < 0.8:
        score = min(score, config.threshold - 0.01)
    return MergeResult(True, round(max(0.0, min(1.0, score)), 3), fields, reasons)


# -- blocking and placement -------------------------------------------------------------------------
def cells(report: Report, config: MergeConfig = MergeConfig()) -> list[tuple[int, str]]:
    """The (day ordinal, country) cells of the report's time window, widened by the day slack.

    An undated, unplaced report has no cells: it is never merged automatically.
    """
    window = time_window(report, config)
    if window is None:
        return []
    start, end = window[0] - timedelta(days=config.day_slack), window[1] + timedelta(days=config.day_slack)
    country = (report.country or "").upper()
    return [(d, country) for d in range(start.toordinal(), end.toordinal() + 1)]


def place(report: Report, candidates: Sequence[Candidate], config: MergeConfig = MergeConfig()) -> Placement:
    """Choose the incident a new report joins (the best compatible one above threshold), or a new incident.

    A report never joins an incident holding another report of its own document (the extractor already
    decided those are distinct events) nor one an analyst separated it from. An aggregate report
    (``count`` > 1) joins no incident: it *covers* every compatible incident it is not inconsistent with.
    """
    scored: list[tuple[float, int, MergeResult, str]] = []
    for cand in candidates[: config.max_candidates]:
        if report.key in cand.blocked_keys:
            continue
        members = [m for m in cand.reports if m.doc_key != report.doc_key or report.is_aggregate]
        if len(members) != len(cand.reports) or not members:
            continue
        best: tuple[float, MergeResult, str] | None = None
        for member in members:
            if member.is_aggregate:
                continue
            result = compare(report, member, config)
            if result.compatible and (best is None or result.score > best[0]):
                best = (result.score, result, member.key)
        if best is not None:
            scored.append((best[0], cand.incident_id, best[1], best[2]))
    scored.sort(key=lambda item: (-item[0], item[1]))
    above = [s for s in scored if s[0] >= config.threshold]
    if report.is_aggregate:
        covers = tuple(inc for _, inc, _, _ in above[: report.count or 1])
        fields = above[0][2].fields if above else {}
        reasons = (f"aggregate of {report.count} events covering {len(covers)} stored incident(s)",)
        return Placement(None, "aggregate", above[0][0] if above else 0.0, fields, reasons,
                         above[0][3] if above else None, covers, len(candidates))
    if not above:
        best_score = scored[0][0] if scored else 0.0
        why = (f"no compatible incident above {config.threshold} (best {best_score:.2f} of {len(scored)} compatible,"
               f" {len(candidates)} examined)",)
        return Placement(None, "new", best_score, scored[0][2].fields if scored else {}, why, None, (), len(candidates))
    score, incident_id, result, key = above[0]
    return Placement(incident_id, "merge", score, result.fields, result.reasons, key, (), len(candidates))


# -- headline values --------------------------------------------------------------------------------
def _most_common(values: Iterable[tuple[Any, Report]]) -> Any:
    items = [(v, r) for v, r in values if v not in (None, "")]
    if not items:
        return None
    counts = Counter(v for v, _ in items)
    return max(items, key=lambda vr: (counts[vr[0]], vr[1].confidence, _neg_pub(vr[1])))[0]


def _neg_pub(report: Report) -> int:
    parsed = _parse_day(report.published)
    return -parsed[0].toordinal() if parsed else 0


def _latest_lowest(reports: Sequence[Report], attr: str) -> int | None:
    """The lowest figure among the reports published last that give one (see ``HEADLINE_RULE``)."""
    given = [r for r in reports if getattr(r, attr) is not None]
    if not given:
        return None
    if attr == "fatalities":
        # a figure a source gave beats ACLED's coding of a vague or unstated one ("dozens" 12, a protest's 0)
        given = [r for r in given if not r.fatalities_estimated] or given
    last = max((r.published or "") for r in given)
    return min(getattr(r, attr) for r in given if (r.published or "") == last)


def summarize(reports: Sequence[Report]) -> IncidentSummary:
    """Headline values of an incident from its reports (``HEADLINE_RULE``) and the fields sources disagree on."""
    if not reports:
        raise ValueError("an incident needs at least one report")
    singles = [r for r in reports if not r.is_aggregate] or list(reports)
    by_precision = sorted(singles, key=lambda r: (r.time_precision or 9, r.date is None, r.date or "", r.published or ""))
    dated = by_precision[0]
    placed = sorted(singles, key=lambda r: (r.geo_precision or 9, r.lat is None))
    best_precision = placed[0].geo_precision
    loc_name = _most_common((r.location, r) for r in placed if r.geo_precision == best_precision)
    loc = next((r for r in placed if r.location == loc_name and r.geo_precision == best_precision), placed[0])
    sub = _most_common((r.sub_event_type, r) for r in singles)
    etype = next(r.event_type for r in singles if r.sub_event_type == sub)
    disagreements: dict[str, tuple[SourceValue, ...]] = {}
    for fld, ev in (("fatalities", "fatalities_text"), ("injuries", "injuries_text"), ("actor1", "actor1"),
                    ("actor2", "actor2"), ("claimed_by", "claimed_by"), ("date", "date_text"),
                    ("location", "location"), ("sub_event_type", "trigger")):
        values = {getattr(r, fld) for r in singles if getattr(r, fld) not in (None, "")}
        if len(values) > 1:
            disagreements[fld] = tuple(
                SourceValue(getattr(r, fld), r.doc_key, r.key, r.published, r.source, r.evidence.get(ev))
                for r in singles if getattr(r, fld) not in (None, ""))
    docs = tuple(dict.fromkeys(r.doc_key for r in reports))
    pubs = sorted(r.published for r in reports if r.published)
    aggregates_only = all(r.is_aggregate for r in reports)
    return IncidentSummary(
        event_type=etype, sub_event_type=sub, date=dated.date, time_precision=dated.time_precision,
        location=loc.location, lat=loc.lat, lon=loc.lon, country=loc.country, admin1=loc.admin1,
        geo_precision=loc.geo_precision, actor1=_most_common((r.actor1, r) for r in singles if not is_generic_actor(r.actor1))
        or _most_common((r.actor1, r) for r in singles),
        actor2=_most_common((r.actor2, r) for r in singles), claimed_by=_most_common((r.claimed_by, r) for r in singles),
        fatalities=_latest_lowest(singles, "fatalities"), injuries=_latest_lowest(singles, "injuries"),
        count=max(r.count or 0 for r in reports) if aggregates_only else None,
        n_reports=len(reports), n_documents=len(docs),
        sources=tuple(dict.fromkeys(r.source or r.doc_key for r in reports)), documents=docs,
        first_published=pubs[0] if pubs else None, last_published=pubs[-1] if pubs else None,
        disagreements=disagreements,
    )


# -- measuring --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PairwiseScore:
    """Pairwise precision/recall of merging: pairs of documents placed in one incident vs. the gold pairs."""

    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    false_positives: tuple[tuple[str, str], ...]
    false_negatives: tuple[tuple[str, str], ...]


def document_pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    """Unordered pairs of distinct documents that appear together in some group."""
    pairs: set[tuple[str, str]] = set()
    for group in groups:
        docs = sorted(set(group))
        pairs.update((x, y) for i, x in enumerate(docs) for y in docs[i + 1:])
    return pairs


def pairwise_score(gold: Iterable[Iterable[str]], predicted: Iterable[Iterable[str]],
                   documents: Iterable[str] | None = None) -> PairwiseScore:
    """Pairwise precision and recall of predicted incident groups against gold groups (documents keys).

    ``documents`` restricts both sides to those documents (e.g. the documents of the gold set).
    """
    keep = set(documents) if documents is not None else None
    gp = {p for p in document_pairs(gold) if keep is None or (p[0] in keep and p[1] in keep)}
    pp = {p for p in document_pairs(predicted) if keep is None or (p[0] in keep and p[1] in keep)}
    correct = gp & pp
    precision = len(correct) / len(pp) if pp else 1.0
    recall = len(correct) / len(gp) if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairwiseScore(round(precision, 4), round(recall, 4), round(f1, 4), len(gp), len(pp), len(correct),
                         tuple(sorted(pp - gp)), tuple(sorted(gp - pp)))
