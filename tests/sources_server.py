"""A real HTTP server on loopback (127.0.0.1, a free port) for the source tests.

Each route answers with a scripted behaviour: a body with headers (ETag / Last-Modified honoured
with 304), a delay (to make the client time out), a list of statuses to answer in turn (500 then
200), a wrong charset, or a large body streamed without Content-Length. Every request is logged
(path and headers) so tests can check what the client sent. Nothing listens beyond loopback and
the server stops with its context manager.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator


@dataclass
class Route:
    """What one path answers."""

    body: bytes | Callable[[], bytes] = b""
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay_s: float = 0.0  # before answering (a client with a shorter timeout gives up)
    statuses: list[int] = field(default_factory=list)  # answered in turn before the normal 200
    stream_bytes: int = 0  # > 0: answer this many bytes of filler, chunked, no Content-Length
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class LoopbackServer:
    """``with LoopbackServer() as server: server.routes["/feed.xml"] = Route(...)``; ``server.url(path)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server._answer(self)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "LoopbackServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def hits_for(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        route = self.routes.get(path)
        status = 200
        if route is not None and route.statuses:
            with self._lock:
                status = route.statuses.pop(0)
        if route is None:
            status = 404
        elif status == 200 and (route.etag and handler.headers.get("If-None-Match") == route.etag
                                or route.last_modified and handler.headers.get("If-Modified-Since") == route.last_modified):
            status = 304
        with self._lock:
            self.hits.append(Hit(path, dict(handler.headers), status))
        if route is not None and route.delay_s:
            time.sleep(route.delay_s)
        try:
            if status != 200 or route is None:
                body = b"" if status == 304 else f"status {status}".encode()
                handler.send_response(status)
                if status != 304:
                    handler.send_header("Content-Type", "text/plain")
                handler.send_header("Content-Length", str(len(body)))
                if route is not None and route.etag:
                    handler.send_header("ETag", route.etag)
                handler.end_headers()
                handler.wfile.write(body)
                return
            handler.send_response(200)
            handler.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                handler.send_header(name, value)
            if route.etag:
                handler.send_header("ETag", route.etag)
            if route.last_modified:
                handler.send_header("Last-Modified", route.last_modified)
            if route.stream_bytes:
                handler.send_header("Transfer-Encoding", "chunked")
                handler.end_headers()
                for chunk in _filler(route.stream_bytes):
                    handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                handler.wfile.write(b"0\r\n\r\n")
                return
            body = route.body() if callable(route.body) else route.body
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, size limit): that is what the test wanted


def _filler(total: int) -> Iterator[bytes]:
    block = (b"<p>" + b"Lorem ipsum dolor sit amet. " * 36 + b"</p>\n")
    head = b"<!DOCTYPE html><html><head><title>Huge</title></head><body><article>"
    yield head
    sent = len(head)
    while sent < total:
        yield block
        sent += len(block)
