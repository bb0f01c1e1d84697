"""HTTP fetching of the user's own sources (feeds, pages): polite, bounded, and honest about failures.

A :class:`Fetcher` sends conditional requests (``If-None-Match`` / ``If-Modified-Since``), applies
timeouts (per operation and per request), retries transient failures (timeouts, connection errors,
5xx, 429) with exponential backoff, waits between requests to the same host (a per-host rate limit),
names sitrep in its User-Agent, and refuses bodies over a size limit while reading them (a 30 MB
page never lands in memory whole). :func:`decode_body` turns bytes into text when the declared
charset is absent or wrong.

Nothing here runs at import time and nothing is shared between fetchers: the per-host clock lives
in the :class:`Fetcher` instance.
"""
from __future__ import annotations

import codecs
import re
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urlsplit

import httpx

from .. import __version__
from ..errors import InputProblem, SitrepError

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")


def is_url(value: str) -> bool:
    """True for ``http://`` and ``https://`` addresses (the only schemes sitrep fetches)."""
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how long to try. Every default is here, none is global."""

    user_agent: str = f"sitrep/{__version__} (conflict-event monitoring of the user's own sources; python-httpx)"
    timeout_s: float = 20.0  # connect / read / write, each
    deadline_s: float = 90.0  # one whole request, body included
    retries: int = 3  # extra attempts after a transient failure
    backoff_s: float = 1.0  # first wait; doubles each retry
    max_backoff_s: float = 60.0
    per_host_interval_s: float = 1.0  # at least this long between two requests to one host
    max_bytes: int = 20_000_000  # a larger body is refused while it is read
    max_redirects: int = 5
    trust_env: bool = True  # honour HTTP(S)_PROXY / NO_PROXY


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A response: ``status`` 200 with a body, or 304 (not modified since the validators given)."""

    url: str  # the final address, after redirects
    status: int
    body: bytes
    content_type: str | None
    charset: str | None  # as declared by the server (may be wrong: see decode_body)
    etag: str | None
    last_modified: str | None
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> tuple[str, str | None]:
        """The body as text, and a warning when the declared charset was wrong or absent."""
        return decode_body(self.body, self.charset)


class FetchError(SitrepError):
    """A URL could not be fetched. ``transient`` failures may succeed later (retry next poll)."""

    def __init__(self, url: str, what: str, todo: str, transient: bool, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {what} — {todo}")
        self.url = url
        self.what = what
        self.todo = todo
        self.transient = transient
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (429/503 Retry-After)

    def problem(self) -> InputProblem:
        """The failure as an input problem (one line naming the URL and what to do)."""
        return InputProblem(self.url, None, self.what, self.todo)


@dataclass
class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`. Reuse one per run: it holds the connections and
    the per-host clock. ``sleep`` and ``clock`` are injectable so tests need not wait."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _last_request: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (the fetcher can still be used: it reopens them)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            p = self.policy
            self._client = httpx.Client(
                headers={"User-Agent": p.user_agent}, timeout=httpx.Timeout(p.timeout_s),
                follow_redirects=True, max_redirects=p.max_redirects, trust_env=p.trust_env,
            )
        return self._client

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> FetchResult:
        """GET ``url``, retrying transient failures; raises :class:`FetchError` when it cannot.

        With ``etag`` / ``last_modified`` (from an earlier :class:`FetchResult`) the request is
        conditional and an unchanged resource comes back as status 304 with no body.
        """
        if not is_url(url):
            raise FetchError(url, "is not an http:// or https:// address", "give a full URL, or a file path", transient=False)
        headers = {"Accept": accept or "*/*", "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(url, headers, attempt)
            except FetchError as exc:
                if not exc.transient or attempt > self.policy.retries:
                    if exc.transient and attempt > 1:
                        raise FetchError(url, f"{exc.what} (after {attempt} attempts)", exc.todo, True, exc.status) from exc
                    raise
                self.sleep(self._backoff(attempt, exc.retry_after))

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        wait = self.policy.backoff_s * (2 ** (attempt - 1))
        if retry_after is not None:
            wait = max(wait, retry_after)
        return min(wait, self.policy.max_backoff_s)

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            gap = self.policy.per_host_interval_s - (self.clock() - last)
            if gap > 0:
                self.sleep(gap)
        self._last_request[host] = self.clock()

    def _once(self, url: str, headers: dict[str, str], attempt: int) -> FetchResult:
        self._wait_for_host(url)
        started = self.clock()
        p = self.policy
        try:
            with self._http().stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status == 304:
                    return self._result(url, response, b"", attempt)
                if status == 429 or status >= 500:
                    raise FetchError(url, f"server answered HTTP {status}", "it may recover: sitrep retries, and tries again next poll",
                                     transient=True, status=status, retry_after=_retry_after(response.headers.get("retry-after")))
                if status >= 400:
                    raise FetchError(url, f"server answered HTTP {status}", _todo_for_status(status), transient=False, status=status)
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > p.max_bytes:
                    raise _too_big(url, int(declared), p.max_bytes)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > p.max_bytes:
                        raise _too_big(url, None, p.max_bytes)
                    if self.clock() - started > p.deadline_s:
                        raise FetchError(url, f"took over {p.deadline_s:.0f} s to download", "the server is too slow; it is tried again later",
                                         transient=True)
                    chunks.append(chunk)
                return self._result(url, response, b"".join(chunks), attempt)
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__}, limit {p.timeout_s:g} s)",
                             "the server is slow or unreachable; it is tried again later", transient=True) from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(url, f"more than {p.max_redirects} redirects", "check the address in a browser", transient=False) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"is not a valid URL ({exc})", "check the address", transient=False) from exc
        except httpx.DecodingError as exc:
            raise FetchError(url, f"sent a body that cannot be decompressed ({exc})", "it is tried again later", transient=True) from exc
        except httpx.TransportError as exc:
            raise FetchError(url, f"cannot connect ({type(exc).__name__}: {exc})",
                             "check the address and the network; it is tried again later", transient=True) from exc

    @staticmethod
    def _result(url: str, response: httpx.Response, body: bytes, attempt: int) -> FetchResult:
        content_type = response.headers.get("content-type")
        return FetchResult(
            url=str(response.url) or url, status=response.status_code, body=body,
            content_type=content_type.split(";")[0].strip().lower() if content_type else None,
            charset=response.charset_encoding, etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"), attempts=attempt,
        )


def _too_big(url: str, size: int | None, limit: int) -> FetchError:
    what = (f"is {size / 1e6:.1f} MB" if size else "is larger than that") + f", over the {limit / 1e6:.0f} MB limit for one page"
    if not size:
        what = f"is over the {limit / 1e6:.0f} MB limit for one page (download stopped)"
    return FetchError(url, what, "check that it is an article or a feed; raise the limit with --max-mb if it is", transient=False)


def _todo_for_status(status: int) -> str:
    if status in (401, 403):
        return "the site refuses sitrep: check the address, or save the page from a browser and ingest the file"
    if status in (404, 410):
        return "the address is gone: check it, or remove it from the sources file"
    return "check the address in a browser"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.decode("ascii", "replace") if isinstance(name, bytes) else name).name
    except LookupError:
        return None


def decode_body(body: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode a fetched body whose declared charset may be absent or wrong.

    Valid UTF-8 wins (a byte sequence that decodes as multi-byte UTF-8 is almost never another
    charset); otherwise the charset declared by the server, then the one declared in the document
    (``<meta charset>``, ``<?xml encoding?>``), then a guess by charset_normalizer. Returns the
    text and a warning when the declaration was wrong, missing, or nothing fitted.
    """
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(name, "replace"), None
    header = _known(declared)
    head = body[:4096]
    inline_match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    inline = _known(inline_match.group(1).decode("ascii")) if inline_match else None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        wrong = [n for n in (header, inline) if n and n not in ("utf-8", "ascii")]
        note = f"declared charset {wrong[0]} is wrong: the body is UTF-8 (read as UTF-8)" if wrong and not body.isascii() else None
        return text, note
    for name in (header, inline):
        if name and name != "utf-8":
            if name == "iso8859-1":
                name = "cp1252"  # what browsers do with "latin-1"
            try:
                return body.decode(name), None
            except UnicodeDecodeError:
                continue
    guessed = _guess(body)
    if guessed:
        said = f"declared charset {header or inline} does not fit" if (header or inline) else "no charset declared"
        return body.decode(guessed, "replace"), f"{said}: read as {guessed} (a guess)"
    return body.decode("utf-8", "replace"), "charset unknown: undecodable bytes replaced"


def _guess(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    return _known(best.encoding) if best is not None else None
