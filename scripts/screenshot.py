"""Make the README's screenshots of the web UI: the map of the sample corpus, and the reference article's event.

    .venv/bin/python scripts/screenshot.py [--db sitrep.db] [--out docs]

Without ``--db`` it ingests the bundled samples into a temporary database first (a minute or two).
It starts ``sitrep serve`` on a free loopback port and photographs the pages with headless Chromium
(Debian: ``apt-get install chromium``; or set ``$SITREP_CHROMIUM``). Writes ``docs/ui-map.png`` and
``docs/ui-event.png``.
"""
from __future__ import annotations

import argparse
import glob
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only: our own server
        return json.load(response)


def _wait(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"sitrep serve exited with {proc.returncode}")
        try:
            _get_json(url)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"sitrep serve did not answer on {url} within {timeout:.0f} s")


def _shoot(chromium: str, url: str, out: Path, size: str) -> None:
    from sitrep.report import CHROMIUM_FLAGS

    with tempfile.TemporaryDirectory(prefix="sitrep-shot-") as profile:
        cmd = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars", f"--window-size={size}",
               "--virtual-time-budget=20000", f"--screenshot={out}", url]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not out.exists() or out.stat().st_size < 10_000:
        raise SystemExit(f"Chromium wrote no screenshot of {url} to {out}")
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    """Ingest (unless --db), serve, photograph the map and an event page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database already filled (default: ingest samples/ into a temporary one)")
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder of the PNG files (default docs/)")
    args = parser.parse_args(argv)
    from sitrep.report import find_chromium

    chromium = find_chromium()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sitrep-demo-") as tmp:
        db = args.db
        if not db:
            db = str(Path(tmp) / "samples.db")
            inputs = sorted(glob.glob(str(ROOT / "samples" / "*.txt"))) + sorted(glob.glob(str(ROOT / "samples" / "*.jsonl")))
            print("ingesting the samples (a minute or two) ...")
            subprocess.run([sys.executable, "-m", "sitrep", "ingest", *inputs, "--db", db, "--quiet"], check=True, cwd=ROOT)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", db, "--port", str(port)], cwd=ROOT)
        try:
            _wait(base + "/api/health", proc)
            _get_json(base + "/api/basemap.geojson")  # built and cached before the photograph
            _shoot(chromium, base + "/", out / "ui-map.png", "1400,900")
            docs = _get_json(base + "/api/documents?key=fr-iraq-bases-2023-10")["items"]
            events = _get_json(base + f"/api/events?document={docs[0]['id']}&sort=-confidence")["items"] if docs else []
            if not events:
                events = _get_json(base + "/api/events?sort=-confidence&limit=1")["items"]
            if events:
                _shoot(chromium, base + f"/#/event/{events[0]['id']}", out / "ui-event.png", "1400,1000")
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
