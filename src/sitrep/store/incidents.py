"""Incidents: stored event reports of several documents merged into one incident (issue 7).

Tables (migration 100):
- ``incidents``: one row per incident with its headline values (``merge.summarize``) and the full
  summary as JSON (every source's value where sources disagree, with evidence);
- ``incident_reports``: which stored event (``event_id``; ``report_key`` is stable across re-ingestion)
  belongs to which incident, as a report (``role`` 'report') or as an aggregate mention covering it
  ('aggregate'), with the score that placed it and a snapshot of the report;
- ``incident_cells``: the (day, country) blocking cells of each incident, so that finding the
  candidates of a new report costs the same with ten or ten million stored incidents;
- ``merge_decisions``: an append-only log of every decision (machine or analyst) with score,
  matched fields and reasons — what ``sitrep merges`` shows;
- ``merge_corrections``: analysts' splits ('separate') and merges ('together') as pairs of report
  keys. Keys are built from document keys, not database ids, so corrections survive re-ingestion.

Merging runs as a ``SaveHook`` inside each document's transaction: a crash leaves the document and
its merging all stored or all not.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from sqlalchemy import (Column, Connection, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, and_, delete, func, or_, select, update)

from ..errors import SitrepError
from ..merge import (Candidate, MergeConfig, Placement, Report, cells, compare, mergeable, place, report_from_event,
                     summarize)
from ..model import Document, Extraction
from . import schema
from .database import SaveHook, Store
from .migrations import Migration

metadata = MetaData()
PLACE_FEATURES = ("city", "base", "airport", "site", "admin1")  # toponyms that say where a document is about
MAX_PLACES = 12

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # incident, aggregate
    Column("event_type", String(80)),
    Column("sub_event_type", String(80)),
    Column("event_date", String(10)),
    Column("time_precision", Integer),
    Column("country", String(2)),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("actor1", Text),
    Column("claimed_by", Text),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("n_reports", Integer, nullable=False),
    Column("n_documents", Integer, nullable=False),
    Column("summary", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_incidents_date", "event_date"),
)

incident_reports = Table(
    "incident_reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("report_key", String(200), nullable=False, index=True),
    Column("doc_key", Text, nullable=False, index=True),
    Column("event_id", Integer, index=True),
    Column("role", String(20), nullable=False),  # report, aggregate
    Column("score", Float),
    Column("data", Text, nullable=False),
    UniqueConstraint("incident_id", "report_key", name="uq_incident_report"),
)

incident_cells = Table(
    "incident_cells", metadata,
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("day", Integer, primary_key=True),
    Column("country", String(2), primary_key=True),
    Index("ix_incident_cells_day_country", "day", "country"),
)

merge_decisions = Table(
    "merge_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("by", String(20), nullable=False),  # machine, analyst
    Column("decision", String(20), nullable=False),  # new, merge, aggregate, detach, split, join
    Column("report_key", String(200), nullable=False, index=True),
    Column("doc_key", Text, nullable=False, index=True),
    Column("incident_id", Integer, index=True),
    Column("matched_key", String(200)),
    Column("score", Float),
    Column("fields", Text),
    Column("reasons", Text),
    Column("candidates", Integer),
)

merge_corrections = Table(
    "merge_corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),  # separate, together
    Column("key_a", String(200), nullable=False, index=True),
    Column("key_b", String(200), nullable=False, index=True),
    Column("created_at", String(40), nullable=False),
    Column("note", Text),
    UniqueConstraint("kind", "key_a", "key_b", name="uq_merge_correction"),
)


def _create_tables(conn: Connection) -> None:
    metadata.create_all(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(100, "incidents: incidents, incident_reports, incident_cells, merge_decisions, merge_corrections",
              _create_tables),
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _report_json(report: Report) -> str:
    return json.dumps(asdict(report), ensure_ascii=False)


def _report_from_json(data: str) -> Report:
    values = json.loads(data)
    values["places"] = tuple(tuple(p) for p in values.get("places") or ())
    return Report(**values)


# -- the save hook ----------------------------------------------------------------------------------
class IncidentMerger(SaveHook):
    """Merges each saved document's events into incidents, inside the document's transaction.

    Pass it to ``Store.save(..., hooks=[IncidentMerger()])`` or ``ingest_documents(..., hooks=[...])``.
    """

    def __init__(self, config: MergeConfig = MergeConfig()) -> None:
        self.config = config

    def before_replace(self, conn: Connection, document_id: int) -> None:
        """Detach the older version's reports from their incidents (incidents left empty are removed)."""
        doc_key = conn.execute(select(schema.documents.c.doc_key).where(schema.documents.c.id == document_id)).scalar()
        if doc_key is not None:
            detach_document(conn, doc_key, self.config)

    def after_save(self, conn: Connection, document_id: int, doc: Document, extraction: Extraction) -> None:
        """Place each event of the document just written into an incident (see ``merge.place``)."""
        merge_document(conn, document_id, self.config)


def detach_document(conn: Connection, doc_key: str, config: MergeConfig = MergeConfig()) -> None:
    """Remove a document's reports from every incident, refreshing or deleting the incidents touched."""
    ir = incident_reports
    rows = conn.execute(select(ir.c.incident_id, ir.c.report_key).where(ir.c.doc_key == doc_key)).all()
    if not rows:
        return
    conn.execute(delete(ir).where(ir.c.doc_key == doc_key))
    for incident_id in sorted({r.incident_id for r in rows}):
        _refresh(conn, incident_id, config)
    now = _now()
    conn.execute(merge_decisions.insert(), [
        dict(at=now, by="machine", decision="detach", report_key=r.report_key, doc_key=doc_key, incident_id=r.incident_id,
             reasons=json.dumps(["document replaced by a new version"]))
        for r in rows
    ])


def merge_document(conn: Connection, document_id: int, config: MergeConfig = MergeConfig()) -> list[Placement]:
    """Place every stored event of one document into incidents; returns the placements, in event order."""
    d, e = schema.documents, schema.events
    doc = conn.execute(select(d.c.doc_key, d.c.published, d.c.source, d.c.lang).where(d.c.id == document_id)).first()
    if doc is None:
        raise SitrepError(f"document id {document_id} is not in the database — save the document before merging it")
    rows = conn.execute(select(e.c.id, e.c.seq, e.c.data).where(e.c.document_id == document_id).order_by(e.c.seq)).all()
    pl = schema.places
    named = conn.execute(select(pl.c.name, pl.c.text, pl.c.latitude, pl.c.longitude).where(
        pl.c.document_id == document_id, pl.c.latitude.is_not(None), pl.c.feature.in_(PLACE_FEATURES)).order_by(pl.c.seq)).all()
    places = list(dict.fromkeys((p.name or p.text, p.latitude, p.longitude) for p in named))[:MAX_PLACES]
    placements = []
    for row in rows:
        report = report_from_event(doc.doc_key, row.seq, json.loads(row.data), doc.published, doc.source, doc.lang,
                                   places)
        if mergeable(report):
            placements.append(_place_report(conn, report, row.id, config))
    return placements


def _place_report(conn: Connection, report: Report, event_id: int, config: MergeConfig) -> Placement:
    apart, together = _corrections(conn, report.key)
    candidates = _candidates(conn, report, apart, config)
    forced = _incidents_holding(conn, together) if together else []
    if forced and not report.is_aggregate:
        target = forced[0]
        placement = Placement(target, "merge", 1.0, {}, ("analyst: merged with this incident before",), None, (),
                              len(candidates))
    else:
        placement = place(report, candidates, config)
    if placement.decision == "aggregate":
        if placement.covers:
            for incident_id in placement.covers:
                _add_member(conn, incident_id, report, event_id, "aggregate", placement.score)
                _refresh(conn, incident_id, config)
        else:
            incident_id = _new_incident(conn, report, event_id, "aggregate", config)
            placement = Placement(incident_id, "aggregate", 0.0, {}, placement.reasons + ("no incident to cover yet: kept as one aggregate record",),
                                  None, (), placement.candidates)
    elif placement.incident_id is None:
        incident_id = _new_incident(conn, report, event_id, "incident", config)
        placement = Placement(incident_id, "new", placement.score, placement.fields, placement.reasons,
                              placement.matched_key, (), placement.candidates)
    else:
        _add_member(conn, placement.incident_id, report, event_id, "report", placement.score)
        for other in forced[1:]:
            if other != placement.incident_id:
                _move_members(conn, other, placement.incident_id)
        _refresh(conn, placement.incident_id, config)
    if placement.decision in ("new", "merge"):
        _link_aggregates(conn, report, placement.incident_id, candidates, config)  # type: ignore[arg-type]
    _log(conn, "machine", placement.decision, report, placement)
    return placement


def _corrections(conn: Connection, key: str) -> tuple[set[str], set[str]]:
    """Report keys an analyst kept apart from ``key`` and merged with it. A split holds for the whole
    document: a report its re-ingestion gives anew (another place read, another event found) stays
    apart from the reports its document was split from."""
    mc = merge_corrections
    doc = key.rsplit("#", 1)[0] + "#"
    rows = conn.execute(select(mc.c.kind, mc.c.key_a, mc.c.key_b).where(or_(
        mc.c.key_a == key, mc.c.key_b == key,
        and_(mc.c.kind == "separate", or_(mc.c.key_a.startswith(doc, autoescape=True),
                                          mc.c.key_b.startswith(doc, autoescape=True)))))).all()
    apart = {r.key_b if r.key_a == key or r.key_a.startswith(doc) else r.key_a for r in rows if r.kind == "separate"}
    together = {r.key_b if r.key_a == key else r.key_a for r in rows if r.kind == "together"}
    return apart - {key}, together


def _incidents_holding(conn: Connection, keys: Iterable[str]) -> list[int]:
    ir = incident_reports
    found = conn.execute(select(ir.c.incident_id).where(ir.c.report_key.in_(list(keys)), ir.c.role == "report")
                         .distinct().order_by(ir.c.incident_id)).scalars()
    return list(found)


def _candidates(conn: Connection, report: Report, apart: set[str], config: MergeConfig) -> list[Candidate]:
    """Incidents sharing a blocking cell with the report, with their member reports."""
    wanted = cells(report, config)
    if not wanted:
        return []
    ic, ir = incident_cells, incident_reports
    days = [day for day, _ in wanted]
    query = select(ic.c.incident_id).where(ic.c.day >= min(days), ic.c.day <= max(days))
    if report.country:
        query = query.where(or_(ic.c.country == report.country.upper(), ic.c.country == ""))
    ids = list(conn.execute(query.distinct().order_by(ic.c.incident_id.desc()).limit(config.max_candidates)).scalars())
    if not ids:
        return []
    members: dict[int, list[Report]] = {i: [] for i in ids}
    for row in conn.execute(select(ir.c.incident_id, ir.c.data).where(ir.c.incident_id.in_(ids), ir.c.role == "report")):
        members[row.incident_id].append(_report_from_json(row.data))
    # A split keeps the report away from every report of the documents it was split from: the analyst
    # said this report is not what those documents report (their other mentions included).
    apart_docs = {key.rsplit("#", 1)[0] for key in apart}
    out = []
    for incident_id in ids:
        reports = tuple(members[incident_id])
        blocked = frozenset({report.key}) if any(m.doc_key in apart_docs for m in reports) else frozenset()
        out.append(Candidate(incident_id, reports, blocked))
    return out


def _link_aggregates(conn: Connection, report: Report, incident_id: int, candidates: Sequence[Candidate],
                     config: MergeConfig) -> None:
    """Link stored aggregate mentions compatible with a newly placed individual report to its incident."""
    for cand in candidates:
        for agg in cand.reports:
            if agg.is_aggregate and agg.doc_key != report.doc_key:
                result = compare(report, agg, config)
                if result.compatible and result.score >= config.threshold:
                    _add_member(conn, incident_id, agg, None, "aggregate", result.score)
                    _refresh(conn, incident_id, config)


def _new_incident(conn: Connection, report: Report, event_id: int | None, kind: str, config: MergeConfig) -> int:
    now = _now()
    incident_id = int(conn.execute(incidents.insert().values(
        kind=kind, n_reports=0, n_documents=0, summary="{}", created_at=now, updated_at=now,
    )).inserted_primary_key[0])
    _add_member(conn, incident_id, report, event_id, "report", None)
    _refresh(conn, incident_id, config)
    return incident_id


def _add_member(conn: Connection, incident_id: int, report: Report, event_id: int | None, role: str,
                score: float | None) -> None:
    ir = incident_reports
    exists = conn.execute(select(ir.c.id).where(ir.c.incident_id == incident_id, ir.c.report_key == report.key)).first()
    if exists is None:
        if event_id is None:
            event_id = conn.execute(select(ir.c.event_id).where(ir.c.report_key == report.key).limit(1)).scalar()
        conn.execute(ir.insert().values(incident_id=incident_id, report_key=report.key, doc_key=report.doc_key,
                                        event_id=event_id, role=role, score=score, data=_report_json(report)))


def _move_members(conn: Connection, source: int, target: int) -> None:
    ir = incident_reports
    for row in conn.execute(select(ir.c.id, ir.c.report_key).where(ir.c.incident_id == source)).all():
        clash = conn.execute(select(ir.c.id).where(ir.c.incident_id == target, ir.c.report_key == row.report_key)).first()
        if clash is None:
            conn.execute(update(ir).where(ir.c.id == row.id).values(incident_id=target))
    conn.execute(delete(ir).where(ir.c.incident_id == source))
    conn.execute(delete(incident_cells).where(incident_cells.c.incident_id == source))
    conn.execute(delete(incidents).where(incidents.c.id == source))


def _refresh(conn: Connection, incident_id: int, config: MergeConfig = MergeConfig()) -> None:
    """Recompute an incident's headline values and blocking cells from its members; delete it if empty."""
    ir = incident_reports
    rows = conn.execute(select(ir.c.role, ir.c.data).where(ir.c.incident_id == incident_id)).all()
    reports = [_report_from_json(r.data) for r in rows if r.role == "report"]
    conn.execute(delete(incident_cells).where(incident_cells.c.incident_id == incident_id))
    if not reports:
        conn.execute(delete(ir).where(ir.c.incident_id == incident_id))
        conn.execute(delete(incidents).where(incidents.c.id == incident_id))
        return
    aggregates = [_report_from_json(r.data) for r in rows if r.role == "aggregate"]
    summary = summarize(reports)
    payload = asdict(summary)
    payload["covered_by"] = [a.key for a in aggregates]
    conn.execute(update(incidents).where(incidents.c.id == incident_id).values(
        event_type=summary.event_type, sub_event_type=summary.sub_event_type, event_date=summary.date,
        time_precision=summary.time_precision, country=summary.country, location=summary.location,
        latitude=summary.lat, longitude=summary.lon, actor1=summary.actor1, claimed_by=summary.claimed_by,
        fatalities=summary.fatalities, injuries=summary.injuries, n_reports=summary.n_reports,
        n_documents=summary.n_documents, summary=json.dumps(payload, ensure_ascii=False), updated_at=_now(),
    ))
    keys = sorted({c for r in reports for c in cells(r, config)})
    if keys:
        conn.execute(incident_cells.insert(), [dict(incident_id=incident_id, day=d, country=c) for d, c in keys])


def _log(conn: Connection, by: str, decision: str, report: Report, placement: Placement) -> None:
    conn.execute(merge_decisions.insert().values(
        at=_now(), by=by, decision=decision, report_key=report.key, doc_key=report.doc_key,
        incident_id=placement.incident_id, matched_key=placement.matched_key, score=placement.score,
        fields=json.dumps(dict(placement.fields)), reasons=json.dumps(list(placement.reasons), ensure_ascii=False),
        candidates=placement.candidates,
    ))
    for covered in placement.covers:
        conn.execute(merge_decisions.insert().values(
            at=_now(), by=by, decision="covers", report_key=report.key, doc_key=report.doc_key, incident_id=covered,
            score=placement.score, reasons=json.dumps([f"aggregate mention covers incident {covered}"]),
            candidates=placement.candidates,
        ))


# -- analyst corrections ----------------------------------------------------------------------------
def split(store: Store, incident_id: int, doc_key: str, note: str | None = None,
          config: MergeConfig = MergeConfig()) -> int:
    """Take a document's reports out of an incident into a new incident; returns the new incident's id.

    The correction is recorded as 'separate' pairs of report keys, so re-ingesting either document
    does not merge them again.
    """
    ir = incident_reports
    with store.engine.begin() as conn:
        members = conn.execute(select(ir.c.report_key, ir.c.doc_key, ir.c.event_id, ir.c.role, ir.c.data)
                               .where(ir.c.incident_id == incident_id)).all()
        if not members:
            raise SitrepError(f"incident {incident_id} does not exist — list incidents with `sitrep incidents`")
        moving = [m for m in members if m.doc_key == doc_key and m.role == "report"]
        staying = [m for m in members if m.doc_key != doc_key and m.role == "report"]
        if not moving:
            docs = ", ".join(sorted({m.doc_key for m in members}))
            raise SitrepError(f"document {doc_key!r} has no report in incident {incident_id} — its documents are: {docs}")
        if not staying:
            raise SitrepError(f"incident {incident_id} has only reports of {doc_key!r}: nothing to split it from")
        conn.execute(delete(ir).where(ir.c.incident_id == incident_id, ir.c.doc_key == doc_key))
        first = _report_from_json(moving[0].data)
        new_id = _new_incident(conn, first, moving[0].event_id, "incident", config)
        for m in moving[1:]:
            _add_member(conn, new_id, _report_from_json(m.data), m.event_id, "report", None)
        _refresh(conn, new_id, config)
        _refresh(conn, incident_id, config)
        mc = merge_corrections
        for m in moving:
            for s in staying:
                a, b = sorted((m.report_key, s.report_key))
                conn.execute(delete(mc).where(mc.c.kind == "together", mc.c.key_a == a, mc.c.key_b == b))
                conn.execute(delete(mc).where(mc.c.kind == "together", mc.c.key_a == b, mc.c.key_b == a))
                _correction(conn, "separate", a, b, note)
            _log(conn, "analyst", "split", _report_from_json(m.data),
                 Placement(new_id, "split", 1.0, {}, (f"analyst split {doc_key!r} from incident {incident_id}",)))
    return new_id


def join(store: Store, first: int, second: int, note: str | None = None, config: MergeConfig = MergeConfig()) -> int:
    """Merge incident ``second`` into incident ``first``; returns ``first``. Recorded as 'together' pairs."""
    if first == second:
        raise SitrepError(f"incident {first} given twice — give two different incident ids")
    ir = incident_reports
    with store.engine.begin() as conn:
        a = conn.execute(select(ir.c.report_key, ir.c.data).where(ir.c.incident_id == first, ir.c.role == "report")
                         .order_by(ir.c.id)).all()
        b = conn.execute(select(ir.c.report_key, ir.c.data).where(ir.c.incident_id == second, ir.c.role == "report")
                         .order_by(ir.c.id)).all()
        for inc, rows in ((first, a), (second, b)):
            if not rows:
                raise SitrepError(f"incident {inc} does not exist — list incidents with `sitrep incidents`")
        mc = merge_corrections
        pairs = {tuple(sorted((a[0].report_key, r.report_key))) for r in b}
        pairs |= {tuple(sorted((b[0].report_key, r.report_key))) for r in a}
        for x in a:
            for y in b:
                k1, k2 = sorted((x.report_key, y.report_key))
                conn.execute(delete(mc).where(mc.c.kind == "separate", mc.c.key_a == k1, mc.c.key_b == k2))
        for k1, k2 in sorted(pairs):
            _correction(conn, "together", k1, k2, note)
        _move_members(conn, second, first)
        _refresh(conn, first, config)
        for r in b:
            _log(conn, "analyst", "join", _report_from_json(r.data),
                 Placement(first, "join", 1.0, {}, (f"analyst merged incident {second} into {first}",)))
    return first


def _correction(conn: Connection, kind: str, a: str, b: str, note: str | None) -> None:
    mc = merge_corrections
    exists = conn.execute(select(mc.c.id).where(mc.c.kind == kind, mc.c.key_a == a, mc.c.key_b == b)).first()
    if exists is None:
        conn.execute(mc.insert().values(kind=kind, key_a=a, key_b=b, created_at=_now(), note=note))


def rebuild(store: Store, config: MergeConfig = MergeConfig()) -> int:
    """Merge every stored document again, oldest publication first (corrections are kept); returns incidents."""
    d = schema.documents
    with store.engine.begin() as conn:
        for table in (incident_cells, incident_reports, incidents):
            conn.execute(delete(table))
        ids = conn.execute(select(d.c.id).order_by(func.coalesce(d.c.published, ""), d.c.id)).scalars().all()
    for document_id in ids:
        with store.engine.begin() as conn:
            merge_document(conn, document_id, config)
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(incidents)).scalar() or 0)


# -- reading ----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class IncidentRow:
    """One incident: headline values, how many reports and documents, and the full summary."""

    id: int
    kind: str
    event_type: str | None
    sub_event_type: str | None
    date: str | None
    country: str | None
    location: str | None
    fatalities: int | None
    claimed_by: str | None
    n_reports: int
    n_documents: int
    summary: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One report of an incident, for the per-report view: its role, score, document and values."""

    incident_id: int
    role: str
    score: float | None
    event_id: int | None
    doc_key: str
    title: str | None
    url: str | None
    report: dict[str, Any]


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One logged merge decision."""

    id: int
    at: str
    by: str
    decision: str
    report_key: str
    doc_key: str
    incident_id: int | None
    matched_key: str | None
    score: float | None
    fields: dict[str, float]
    reasons: list[str]
    candidates: int | None


def list_incidents(store: Store, since: str | None = None, until: str | None = None, country: str | None = None,
                   min_documents: int = 1, limit: int | None = None) -> list[IncidentRow]:
    """Incidents, newest first, with their source counts."""
    i = incidents
    query = select(i).where(i.c.n_documents >= min_documents)
    if since:
        query = query.where(i.c.event_date >= since)
    if until:
        query = query.where(func.substr(i.c.event_date, 1, len(until)) <= until)
    if country:
        query = query.where(func.upper(i.c.country) == country.upper())
    query = query.order_by(i.c.event_date.desc(), i.c.id)
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [IncidentRow(r.id, r.kind, r.event_type, r.sub_event_type, r.event_date, r.country, r.location,
                            r.fatalities, r.claimed_by, r.n_reports, r.n_documents, json.loads(r.summary))
                for r in conn.execute(query)]


def incident_reports_view(store: Store, incident_id: int) -> list[ReportRow]:
    """The per-report view of one incident: every report with its own values and its document."""
    ir, d = incident_reports, schema.documents
    query = (select(ir.c.incident_id, ir.c.role, ir.c.score, ir.c.event_id, ir.c.doc_key, ir.c.data, d.c.title, d.c.url)
             .join(d, d.c.doc_key == ir.c.doc_key, isouter=True).where(ir.c.incident_id == incident_id).order_by(ir.c.id))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    if not rows:
        raise SitrepError(f"incident {incident_id} does not exist — list incidents with `sitrep incidents`")
    return [ReportRow(r.incident_id, r.role, r.score, r.event_id, r.doc_key, r.title, r.url, json.loads(r.data))
            for r in rows]


def incident_of_documents(store: Store) -> dict[str, set[int]]:
    """For each document key, the incidents it reports (as a report, or as an aggregate mention covering them)."""
    ir = incident_reports
    out: dict[str, set[int]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(select(ir.c.doc_key, ir.c.incident_id)):
            out.setdefault(row.doc_key, set()).add(row.incident_id)
    return out


def list_decisions(store: Store, incident_id: int | None = None, doc_key: str | None = None,
                   limit: int | None = None) -> list[DecisionRow]:
    """Logged merge decisions, newest first, optionally for one incident or one document."""
    m = merge_decisions
    query = select(m)
    if incident_id is not None:
        query = query.where(m.c.incident_id == incident_id)
    if doc_key is not None:
        query = query.where(m.c.doc_key == doc_key)
    query = query.order_by(m.c.id.desc())
    if limit:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [DecisionRow(r.id, r.at, r.by, r.decision, r.report_key, r.doc_key, r.incident_id, r.matched_key, r.score,
                            json.loads(r.fields) if r.fields else {}, json.loads(r.reasons) if r.reasons else [],
                            r.candidates)
                for r in conn.execute(query)]


def incident_of_events(store: Store) -> dict[int, int]:
    """For each stored event id, the incident it is a report of (aggregate mentions left out)."""
    ir = incident_reports
    with store.engine.connect() as conn:
        return {int(r.event_id): int(r.incident_id)
                for r in conn.execute(select(ir.c.event_id, ir.c.incident_id)
                                      .where(ir.c.event_id.is_not(None), ir.c.role == "report"))}


def incident_headlines(store: Store) -> dict[int, IncidentRow]:
    """Every incident's headline row, by id (for the merged export view)."""
    return {row.id: row for row in list_incidents(store)}
