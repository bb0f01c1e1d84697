"""The ASGI application of ``sitrep serve``: REST API under ``/api``, the browser UI at ``/``.

Build it with :func:`create_app`; nothing happens at import time. The API is read-only unless a
request carries a token made by ``sitrep token create``; every error has one JSON shape::

    {"error": {"status": 404, "code": "not_found", "message": "no event 12 — ..."}}
"""
# No "from __future__ import annotations": FastAPI reads the local parameter aliases below at run time.

import logging
import tempfile
import threading
import time
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, AsyncIterator, Iterator

from fastapi import Depends, FastAPI, Header, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import default_cache_dir
from ..export import WRITERS
from ..store import Store
from ..store import api as tokens
from . import queries
from .queries import EventQuery, QueryError
from .records import (DocumentDetail, EventDetail, EventPage, Health, MapPoints, Page, ReviewRecord, Stats)

log = logging.getLogger("sitrep.api")


@dataclass(frozen=True, slots=True)
class ApiSettings:
    """Bounds on what one request may cost, and where the basemap is cached."""

    default_page: int = 50
    max_page: int = 500
    max_points: int = 5000
    max_buckets: int = 5000
    max_export: int = 100_000
    max_text: int = 200
    query_seconds: float = 10.0  # a read query running longer is stopped: 503 query_too_costly
    export_seconds: float = 120.0
    cache_dir: Path = field(default_factory=default_cache_dir)


class ApiError(Exception):
    """An error answered as ``{"error": {"status", "code", "message"}}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class ErrorBody(BaseModel):
    status: int = Field(description="the HTTP status")
    code: str = Field(description="a stable machine-readable code, e.g. not_found, invalid_parameter, token_required")
    message: str = Field(description="what went wrong and what to do")


class ErrorResponse(BaseModel):
    """The shape of every error answer."""

    error: ErrorBody


class ReviewIn(BaseModel):
    """An analyst's verdict on an event."""

    status: str = Field(description="confirmed, rejected or needs_review", pattern="^(confirmed|rejected|needs_review)$")
    note: str | None = Field(default=None, max_length=2000)


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "invalid parameter"},
    404: {"model": ErrorResponse, "description": "not found"},
}


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)


_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db: str | Path | Store, settings: ApiSettings | None = None) -> FastAPI:
    """The application over the database ``db`` (a path, a URL, or an open :class:`Store`).

    A store opened here is closed when the application shuts down; one passed in is the caller's.
    """
    settings = settings or ApiSettings()
    own_store = not isinstance(db, Store)
    store = Store.open(db) if own_store else db
    from ..web import leaflet_dir, static_dir
    from ..web.basemap import Basemap, BasemapError

    basemap = Basemap(settings.cache_dir)

    def warm_basemap() -> None:
        try:
            basemap.geojson_bytes()  # built once, a few seconds: better now than on the first page load
        except BasemapError as exc:
            log.warning("the map will have no country outlines: %s", exc)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=warm_basemap, name="sitrep-basemap", daemon=True).start()
        yield
        if own_store:
            store.close()

    app = FastAPI(
        title="sitrep API", version=__version__, lifespan=lifespan,
        description="Evidence-linked conflict events (ACLED-compatible), their sources, claims, statements and "
                    "places. Read-only unless a request carries `Authorization: Bearer TOKEN` (make one with "
                    "`sitrep token create NAME`). Every error is `{\"error\": {\"status\", \"code\", \"message\"}}`.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,  # the hosted docs pages load JS from a CDN
    )
    app.state.store, app.state.settings, app.state.basemap = store, settings, basemap
    app.add_middleware(GZipMiddleware, minimum_size=2000)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return _error(400, exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            parts.append(f"{where or 'request'}: {err.get('msg')}")
        return _error(400, "invalid_parameter", "; ".join(parts) + " — see /api/openapi.json for the parameters")

    @app.exception_handler(OperationalError)
    async def database_error(request: Request, exc: OperationalError) -> JSONResponse:
        message = str(exc.orig)
        if "interrupted" in message or "statement timeout" in message:
            return _error(503, "query_too_costly", "this query ran past the server's time limit — narrow it "
                          "(dates, country, bounding box, fewer words) or ask for a smaller page")
        log.error("database error answering %s %s: %s", request.method, request.url.path, message)
        return _error(503, "database_unavailable", f"the database failed: {message} — check that it is reachable "
                      "and try again")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = str(exc.detail)
        if exc.status_code == 404:
            message = "no such page — the UI is at /, the API under /api (description: /api/openapi.json)"
        return _error(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s %s", request.method, request.url.path)
        return _error(500, "internal_error", f"{type(exc).__name__}: {exc} — the server log has the details; "
                      "please report it with the request that caused it")

    @contextmanager
    def reading(seconds: float | None = None) -> Iterator[Connection]:
        """A connection whose queries are stopped after ``seconds`` (SQLite progress handler, PostgreSQL timeout)."""
        budget = settings.query_seconds if seconds is None else seconds
        with store.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text(f"SET LOCAL statement_timeout = {max(1, int(budget * 1000))}"))  # this transaction only
                yield conn
            elif conn.dialect.name == "sqlite":
                raw = conn.connection.dbapi_connection
                deadline = time.monotonic() + budget
                raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
                try:
                    yield conn
                finally:
                    raw.set_progress_handler(None, 0)
            else:
                yield conn

    # -- parameters -------------------------------------------------------------------------------
    Limit = Annotated[int | None, Query(ge=1, le=settings.max_page,
                                        description=f"page size, 1 to {settings.max_page} (default {settings.default_page})")]

    def event_query(
        since: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="on or after (YYYY[-MM[-DD]])")] = None,
        until: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="on or before (YYYY[-MM[-DD]])")] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}(,[A-Za-z]{2})*$", description="ISO 3166 alpha-2 code(s), comma-separated")] = None,
        type: Annotated[str | None, Query(max_length=80, description="event type or sub-event type (substring, any case)")] = None,
        actor: Annotated[str | None, Query(max_length=120, description="actor 1, actor 2 or claimant (substring, any case)")] = None,
        text: Annotated[str | None, Query(max_length=settings.max_text, description="words in the source documents or the notes")] = None,
        bbox: Annotated[str | None, Query(description="west,south,east,north in degrees (WGS 84)")] = None,
        document: Annotated[int | None, Query(ge=1, description="id of one document")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    ) -> EventQuery:
        box = _bbox(bbox) if bbox else None
        countries = tuple(c.upper() for c in country.split(",")) if country else None
        words = text.strip() if text and text.strip() else None
        return EventQuery(since, until, countries, type or None, actor or None, words, box, document, min_confidence)

    Filters = Annotated[EventQuery, Depends(event_query)]

    def page_size(limit: int | None) -> int:
        return limit or settings.default_page

    def writer(authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None) -> str:
        if not authorization:
            raise ApiError(401, "token_required", "this endpoint writes: send 'Authorization: Bearer TOKEN' with a token "
                           "made by `sitrep token create NAME` (the API is read-only without one)")
        scheme, _, token = authorization.partition(" ")
        name = tokens.check_token(store.engine, token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if name is None:
            raise ApiError(403, "invalid_token", "this token is unknown or revoked — make a new one with "
                           "`sitrep token create NAME` (list them with `sitrep token list`)")
        return name

    # -- events -----------------------------------------------------------------------------------
    @app.get("/api/events", response_model=EventPage, responses=_ERRORS, tags=["events"])
    def list_events(q: Filters, limit: Limit = None, cursor: Annotated[str | None, Query(max_length=500)] = None,
                    sort: Annotated[str, Query(pattern="^-?(date|confidence|fatalities|id)$")] = "-date") -> EventPage:
        """Events matching the filters, one page at a time (stable cursors: pass `next_cursor` back as `cursor`)."""
        with reading() as conn:
            return queries.list_events(conn, q, sort, page_size(limit), cursor)

    @app.get("/api/events/{event_id}", response_model=EventDetail, responses=_ERRORS, tags=["events"])
    def get_event(event_id: Annotated[int, PathParam(ge=1)]) -> EventDetail:
        """One event: the full record, each field with the spans of its evidence, its sources and reviews."""
        with reading() as conn:
            detail = queries.get_event(conn, event_id)
        if detail is None:
            raise ApiError(404, "not_found", f"no event {event_id} — list events with /api/events")
        return detail

    @app.post("/api/events/{event_id}/reviews", response_model=ReviewRecord, status_code=201, tags=["events"],
              responses={**_ERRORS, 401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}})
    def add_review(event_id: Annotated[int, PathParam(ge=1)], review: ReviewIn,
                   author: Annotated[str, Depends(writer)]) -> ReviewRecord:
        """Record an analyst's verdict on an event (needs a write token)."""
        try:
            r = tokens.add_review(store.engine, event_id, review.status, review.note, author)
        except LookupError as exc:
            raise ApiError(404, "not_found", f"{exc} — list events with /api/events") from exc
        return ReviewRecord(r.id, r.event_id, r.status, r.note, r.author, r.created_at)

    @app.get("/api/map", response_model=MapPoints, responses=_ERRORS, tags=["events"])
    def map_points(q: Filters) -> MapPoints:
        """The placed events matching the filters, as light as a map marker needs (newest first, bounded)."""
        with reading() as conn:
            return queries.map_points(conn, q, settings.max_points)

    @app.get("/api/stats", response_model=Stats, responses=_ERRORS, tags=["events"])
    def stats(q: Filters, group: Annotated[str, Query(pattern="^(day|month|type|event_type|country|actor)$")] = "day",
              limit: Annotated[int | None, Query(ge=1, le=settings.max_buckets)] = None) -> Stats:
        """Counts and fatalities of the matching events per day, month, type, event type, country or actor."""
        with reading() as conn:
            return queries.stats(conn, q, group, limit or settings.max_buckets)

    @app.get("/api/export", tags=["events"], responses={**_ERRORS, 200: {
        "content": {"text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {}},
        "description": "the export file"}})
    def export(q: Filters, format: Annotated[str, Query(pattern="^(csv|geojson|jsonl)$")] = "csv",
               limit: Annotated[int | None, Query(ge=1, le=settings.max_export)] = None) -> Response:
        """The matching events as ACLED-column CSV, GeoJSON points or JSON Lines (at most `max_export`)."""
        spool = tempfile.SpooledTemporaryFile(max_size=8_000_000, mode="w+", encoding="utf-8", newline="")
        with reading(settings.export_seconds) as conn:
            WRITERS[format](queries.iter_stored_events(conn, q, limit or settings.max_export), spool)
        spool.seek(0)
        media = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
        return StreamingResponse(_chunks(spool), media_type=media[format],
                                 headers={"Content-Disposition": f'attachment; filename="sitrep-events.{format}"'})

    # -- documents, claims, statements, places ----------------------------------------------------
    @app.get("/api/documents", response_model=Page, responses=_ERRORS, tags=["documents"])
    def list_documents(limit: Limit = None, cursor: Annotated[str | None, Query(max_length=500)] = None,
                       key: Annotated[str | None, Query(max_length=500, description="a document's key (its id)")] = None) -> Page:
        """Stored documents (without text), oldest first."""
        with reading() as conn:
            return queries.list_documents(conn, page_size(limit), cursor, key)

    @app.get("/api/documents/{document_id}", response_model=DocumentDetail, responses=_ERRORS, tags=["documents"])
    def get_document(document_id: Annotated[int, PathParam(ge=1)]) -> DocumentDetail:
        """One document with its text, its events' ids, claims, statements and places."""
        with reading() as conn:
            detail = queries.get_document(conn, document_id)
        if detail is None:
            raise ApiError(404, "not_found", f"no document {document_id} — list documents with /api/documents")
        return detail

    @app.get("/api/claims", response_model=Page, responses=_ERRORS, tags=["documents"])
    def list_claims(limit: Limit = None, cursor: Annotated[str | None, Query(max_length=500)] = None,
                    document: Annotated[int | None, Query(ge=1)] = None,
                    claimant: Annotated[str | None, Query(max_length=120)] = None) -> Page:
        """Claims of responsibility (and denials, attributions), with the words that make them."""
        with reading() as conn:
            return queries.list_claims(conn, page_size(limit), cursor, document, claimant)

    @app.get("/api/statements", response_model=Page, responses=_ERRORS, tags=["documents"])
    def list_statements(limit: Limit = None, cursor: Annotated[str | None, Query(max_length=500)] = None,
                        document: Annotated[int | None, Query(ge=1)] = None,
                        speaker: Annotated[str | None, Query(max_length=120)] = None,
                        stance: Annotated[str | None, Query(max_length=20)] = None) -> Page:
        """Statements and reactions, with the speaker, the quote and its span."""
        with reading() as conn:
            return queries.list_statements(conn, page_size(limit), cursor, document, speaker, stance)

    @app.get("/api/places", response_model=Page, responses=_ERRORS, tags=["documents"])
    def list_places(limit: Limit = None, cursor: Annotated[str | None, Query(max_length=500)] = None,
                    document: Annotated[int | None, Query(ge=1)] = None,
                    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None) -> Page:
        """Toponyms found in the documents, resolved to coordinates where possible."""
        with reading() as conn:
            return queries.list_places(conn, page_size(limit), cursor, document, country)

    # -- service ----------------------------------------------------------------------------------
    @app.get("/api/health", response_model=Health, tags=["service"])
    def health() -> Health:
        """The server's version, the database's row counts, and the write policy."""
        url = store.engine.url
        return Health("ok", __version__, url.render_as_string(hide_password=True), store.counts())

    @app.get("/api/basemap.geojson", tags=["service"], responses={200: {"content": {"application/geo+json": {}}}})
    def basemap_geojson() -> Response:
        """World country outlines (Natural Earth, public domain) for the map: no tile server needed."""
        try:
            data = basemap.geojson_bytes()
        except BasemapError as exc:
            raise ApiError(503, "basemap_unavailable", str(exc)) from exc
        return Response(data, media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})

    # -- the UI -----------------------------------------------------------------------------------
    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet_dir()), name="leaflet")
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir() / "index.html", media_type="text/html; charset=utf-8")

    return app


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise ApiError(400, "invalid_parameter", "bbox: give four numbers west,south,east,north, e.g. 38,29,49,38") from exc
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ApiError(400, "invalid_parameter", "bbox: longitudes within -180..180, latitudes within -90..90 and south <= north")
    return west, south, east, north


def _chunks(spool: Any, size: int = 65536) -> Iterator[bytes]:
    try:
        while chunk := spool.read(size):
            yield chunk.encode("utf-8")
    finally:
        spool.close()
