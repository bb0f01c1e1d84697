"""``sitrep watch``: follow sources over time and ingest only what is new.

A sources file (YAML or TOML) lists feeds, pages, Telegram exports and folders, each with its own
interval. Each poll reads one source, skips the items it has already seen unchanged (by their
fingerprint in ``source_items``), ingests the rest in small batches — each document in its own
transaction, near-duplicates linked to their originals — and only then records the items as
seen and the source's new state (ETag / Last-Modified, the export files read). A run killed at
any point therefore redoes at most the batch it was in, and the store's document keys make that
redo add nothing twice. Network errors are recorded on the source (``sitrep sources`` shows them)
and retried with a growing delay; they never stop the loop.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy.exc import SQLAlchemyError

from .config import Limits
from .dedup import DedupConfig, Extractor, ingest_with_dedup
from .errors import InputProblem
from .ingest.feeds import item_result, parse_feed
from .ingest.fetch import FetchError, Fetcher, FetchPolicy, is_url
from .ingest.html import ParagraphFilter
from .ingest.items import ItemResult, SourceItem, SourceOptions
from .ingest.sources import ACCEPT, fetched_items, telegram_items
from .sources_file import SourceSpec
from .store import SaveHook, Store
from .store.sources import SeenItem, SourceState, SourceStore

log = logging.getLogger("sitrep.watch")

_FOLDER_SUFFIXES = {".jsonl", ".ndjson", ".txt", ".html", ".htm", ".xml", ".rss", ".atom"}


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How the watcher behaves (every default here)."""

    batch: int = 8  # items fetched and ingested together; a kill redoes at most one batch
    retry_min_s: float = 60.0  # first retry delay after a failed poll; doubles up to the interval
    max_sleep_s: float = 1.0  # longest single sleep between checks for due sources (so stop() is seen)
    limits: Limits = field(default_factory=Limits)
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    dedup: DedupConfig = field(default_factory=DedupConfig)


@dataclass
class PollReport:
    """What one poll of one source did."""

    source: str
    ok: bool = True
    not_modified: bool = False
    items: int = 0  # items in the source this time
    skipped: int = 0  # already seen, unchanged
    new: int = 0
    changed: int = 0
    unchanged: int = 0  # read again but stored unchanged (e.g. after a restart)
    duplicates: int = 0  # exact copies of other stored documents
    copies: int = 0  # near-duplicates linked to their original
    events: int = 0
    retry_later: int = 0  # items left for the next poll (a page that failed for now)
    problems: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def stored(self) -> int:
        """Documents stored by this poll (new, updated, and copies linked to their original)."""
        return self.new + self.changed + self.copies

    def describe(self) -> str:
        """One line for the log."""
        if not self.ok:
            return f"{self.source}: failed — {self.error}"
        if self.not_modified:
            return f"{self.source}: not modified since last poll"
        parts = [f"{self.items} item(s)", f"{self.skipped} already seen", f"{self.new} new", f"{self.changed} updated"]
        parts += [f"{n} {what}" for n, what in ((self.unchanged, "unchanged"), (self.duplicates, "exact duplicate(s)"),
                                                 (self.copies, "near-duplicate(s) linked"),
                                                 (self.retry_later, "left for next poll")) if n]
        return f"{self.source}: " + ", ".join(parts) + f"; {self.events} event(s)"


class Watcher:
    """Polls sources into a store. ``run`` loops until ``stop()`` says so; ``poll_all`` polls each once."""

    def __init__(self, store: Store, pipeline: Extractor, sources: Sequence[SourceSpec],
                 options: WatchOptions | None = None, hooks: Sequence[SaveHook] = (),
                 clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep,
                 fetcher: Fetcher | None = None) -> None:
        self.store = store
        self.pipeline = pipeline
        self.sources = list(sources)
        self.options = options or WatchOptions()
        self.hooks = list(hooks)
        self.clock = clock
        self.sleep = sleep
        self.fetcher = fetcher or Fetcher(self.options.fetch)
        self.table = SourceStore(store.engine)
        self.paragraph_filter = ParagraphFilter.load()

    def close(self) -> None:
        """Close the network connections."""
        self.fetcher.close()

    # -- the loop ---------------------------------------------------------------------------------
    def run(self, stop: Callable[[], bool] = lambda: False, max_polls: int | None = None) -> int:
        """Poll each source when it is due, until ``stop()`` is true (or ``max_polls`` polls were
        made); returns the number of polls."""
        states = {spec.name: self.table.ensure(spec.name, spec.kind, spec.location, spec.interval_s) for spec in self.sources}
        due = {name: state.next_due_at or 0.0 for name, state in states.items()}
        polls = 0
        while not stop() and (max_polls is None or polls < max_polls):
            now = self.clock()
            ready = [spec for spec in self.sources if due[spec.name] <= now]
            for spec in ready:
                if stop() or (max_polls is not None and polls >= max_polls):
                    break
                self.poll(spec)
                polls += 1
                state = self.table.get(spec.name)
                due[spec.name] = state.next_due_at if state and state.next_due_at else self.clock() + spec.interval_s
            if not ready:
                wait = min(due.values()) - self.clock() if due else self.options.max_sleep_s
                self.sleep(max(0.05, min(wait, self.options.max_sleep_s)))
        return polls

    def poll_all(self) -> list[PollReport]:
        """Poll every source once, whether due or not."""
        return [self.poll(spec) for spec in self.sources]

    def poll(self, spec: SourceSpec) -> PollReport:
        """Poll one source: ingest what is new, record the outcome on the source; never raises for
        a network or input problem (those are recorded as the source's last error)."""
        state = self.table.ensure(spec.name, spec.kind, spec.location, spec.interval_s)
        report = PollReport(spec.name)
        try:
            if spec.kind in ("feed", "page") and is_url(spec.location):
                self._poll_url(spec, state, report)
            elif spec.kind == "feed":
                self._poll_files(spec, state, report, [Path(spec.location).expanduser()])
            elif spec.kind == "telegram":
                self._poll_files(spec, state, report, _export_files(Path(spec.location).expanduser()))
            elif spec.kind == "folder":
                self._poll_files(spec, state, report, _folder_files(Path(spec.location).expanduser()))
            else:
                raise FetchError(spec.location, f"cannot poll a {spec.kind} source here", "use a URL for pages", False)
        except FetchError as exc:
            report.ok, report.error = False, f"{exc.what} — {exc.todo}"
        except _SourceMissing as exc:
            report.ok, report.error = False, str(exc)
        except SQLAlchemyError:
            raise  # the database is unusable: stop rather than poll without storing
        except Exception as exc:  # a bug met on one source must not stop the others: logged with its traceback
            log.exception(f"{spec.name}: unexpected error while polling")
            report.ok, report.error = False, f"unexpected error ({type(exc).__name__}: {exc}) — see the log; please report it"
        if report.ok:
            log.info(report.describe())
        else:
            log.warning(report.describe())
        for message in report.problems:
            log.warning(message)
        if not report.ok:
            self.table.failed(state.id, report.error or "failed", self._retry_at(spec, state.failures + 1))
        return report

    def _retry_at(self, spec: SourceSpec, failures: int) -> float:
        delay = min(float(spec.interval_s), self.options.retry_min_s * 2 ** max(0, failures - 1))
        return self.clock() + delay

    # -- kinds --------------------------------------------------------------------------------------
    def _poll_url(self, spec: SourceSpec, state: SourceState, report: PollReport) -> None:
        fetched = self.fetcher.get(spec.location, etag=state.etag, last_modified=state.last_modified, accept=ACCEPT)
        next_due = self.clock() + spec.interval_s
        if fetched.not_modified:
            report.not_modified = True
            self.table.succeeded(state.id, next_due, keep_validators=True)
            return
        options = self._source_options(spec)
        if spec.kind == "feed":
            feed = parse_feed(fetched.body, spec.location, fetched.charset)
            if isinstance(feed, InputProblem):
                raise FetchError(spec.location, feed.what, feed.todo, transient=True)
            report.problems += [p.message() for p in feed.problems]
            results = self._feed_results(spec, state, feed, options, report)
        else:
            results = self._fresh(state, fetched_items(fetched, spec.location, options.fetch_limits, options.read, None), report)
        self._ingest_batches(spec, state, results, report)
        complete = report.retry_later == 0
        self.table.succeeded(state.id, next_due if complete else self._retry_at(spec, 1),
                             etag=fetched.etag, last_modified=fetched.last_modified, keep_validators=not complete)
        if not complete:
            self.table.failed(state.id, f"{report.retry_later} item(s) could not be fetched for now; tried again next poll",
                              self._retry_at(spec, 1))

    def _feed_results(self, spec: SourceSpec, state: SourceState, feed: Any, options: "_Options",
                      report: PollReport) -> Iterator[ItemResult]:
        report.items = len(feed.items)
        known = self.table.fingerprints(state.id, [item.id for item in feed.items])
        for item in feed.items:
            if known.get(item.id) == item.fingerprint():
                report.skipped += 1
                continue
            try:
                result = item_result(item, feed, spec.location, options.read, self.fetcher, self.paragraph_filter)
            except FetchError as exc:  # the linked page failed for now: the item waits for the next poll
                report.retry_later += 1
                report.problems.append(f"{exc.url}: {exc.what} — left for the next poll")
                continue
            if result.item is None:  # no text to ingest: seen, so that it is not reported every poll
                self.table.record_items(state.id, [SeenItem(item.id, item.fingerprint(), "", "no-text", {"link": item.link})])
            yield result

    def _fresh(self, state: SourceState, results: Iterable[ItemResult], report: PollReport,
               chunk: int = 200) -> Iterator[ItemResult]:
        """Results whose items are not already seen unchanged (looked up in chunks)."""
        batch: list[ItemResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= chunk:
                yield from self._unseen(state, batch, report)
                batch = []
        yield from self._unseen(state, batch, report)

    def _unseen(self, state: SourceState, batch: list[ItemResult], report: PollReport) -> Iterator[ItemResult]:
        ids = [r.item.item_id for r in batch if r.item is not None]
        known = self.table.fingerprints(state.id, ids) if ids else {}
        for result in batch:
            if result.item is not None:
                report.items += 1
                if known.get(result.item.item_id) == result.item.fingerprint:
                    report.skipped += 1
                    report.problems += [p.message() for p in result.problems if p.severity == "error"]
                    continue
            yield result

    def _poll_files(self, spec: SourceSpec, state: SourceState, report: PollReport, files: list[Path]) -> None:
        done: dict[str, str] = dict(state.state.get("files", {}))
        options = self._source_options(spec)
        failed_files = 0
        for path in files:
            try:
                stat = path.stat()
            except OSError as exc:
                report.problems.append(f"{path}: cannot be read ({exc.strerror or exc}) — check it exists and its permissions")
                failed_files += 1
                continue
            mark = f"{stat.st_size}:{stat.st_mtime_ns}"
            if done.get(str(path)) == mark:
                continue
            before = len(report.problems)
            self._ingest_batches(spec, state, self._fresh(state, self._file_items(path, options), report), report)
            if not any(m.startswith("error:") for m in report.problems[before:]):
                done[str(path)] = mark  # read whole: skip it until it changes
                self.table.save_state(state.id, {**state.state, "files": {k: v for k, v in done.items() if Path(k).exists()}})
            else:
                failed_files += 1
        next_due = self.clock() + spec.interval_s
        self.table.succeeded(state.id, next_due, keep_validators=True)
        if failed_files:
            self.table.failed(state.id, f"{failed_files} file(s) had problems (see the log); read again next poll", next_due)

    def _file_items(self, path: Path, options: "_Options") -> Iterator[ItemResult]:
        if path.name.lower() == "result.json" or options.spec.kind == "telegram":
            yield from telegram_items(path, options.read)
            return
        from .ingest import read_path
        from .store import content_hash

        for item in read_path(path, options.fetch_limits, sources=options.read, fetcher=self.fetcher):
            if isinstance(item, InputProblem):
                yield ItemResult(None, (item,))
            else:
                yield ItemResult(SourceItem(item, item.key(), content_hash(item)[:32], {"file": str(path)}))

    def _source_options(self, spec: SourceSpec) -> "_Options":
        read = SourceOptions(fetch=self.options.fetch, fetch_pages=spec.fetch_pages, telegram_username=spec.username)
        return _Options(spec, read, self.options.limits)

    # -- ingesting ----------------------------------------------------------------------------------
    def _ingest_batches(self, spec: SourceSpec, state: SourceState, results: Iterable[ItemResult], report: PollReport) -> None:
        batch: list[SourceItem] = []
        for result in results:
            for problem in result.problems:
                report.problems.append(problem.message())
            if result.item is not None:
                batch.append(result.item)
            if len(batch) >= self.options.batch:
                self._ingest(state, batch, report)
                batch = []
        if batch:
            self._ingest(state, batch, report)

    def _ingest(self, state: SourceState, items: list[SourceItem], report: PollReport) -> None:
        outcomes = {item.document.key(): self.store.status(item.document).kind for item in items}
        result = ingest_with_dedup(self.store, self.pipeline, [item.document for item in items],
                                   warn=lambda message: log.info(f"{state.name}: {message}"), hooks=self.hooks,
                                   config=self.options.dedup)
        summary = result.summary
        copies = {c.key: c for c in result.copies}
        report.new += summary.new
        report.changed += summary.changed
        report.unchanged += summary.unchanged
        report.duplicates += summary.duplicates
        report.copies += len(copies)
        report.events += summary.events
        seen = []
        for item in items:
            key = item.document.key()
            outcome = "near-duplicate" if key in copies else outcomes.get(key, "new")
            meta = dict(item.meta)
            if key in copies:
                meta["copy_of"] = copies[key].original_key
            seen.append(SeenItem(item.item_id, item.fingerprint, key, outcome, meta))
        self.table.record_items(state.id, seen)


@dataclass(frozen=True, slots=True)
class _Options:
    spec: SourceSpec
    read: SourceOptions
    fetch_limits: Limits


class _SourceMissing(Exception):
    """A file source that is not there (an error of the source, recorded; the loop goes on)."""


def _export_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise _SourceMissing(f"{path}: no such file or folder — check the telegram: path in the sources file")
    return sorted(path.rglob("result.json"))


def _folder_files(path: Path) -> list[Path]:
    if not path.is_dir():
        raise _SourceMissing(f"{path}: no such folder — check the folder: path in the sources file")
    return sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in _FOLDER_SUFFIXES or p.name == "result.json"))
