"""A throw-away PostgreSQL server for the tests that need one: found or installed, started on loopback.

Tests needing PostgreSQL set it up themselves (project rule): the server binaries come from Debian's
``postgresql`` package (installed with apt-get when missing and we are root); the cluster lives in a
temporary folder, listens on 127.0.0.1 on a free port, and is stopped at the end of the session.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries, and none could be installed."""


def _bin_dir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _ensure_installed() -> Path:
    bin_dir = _bin_dir()
    if bin_dir is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=True, capture_output=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        bin_dir = _bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable("PostgreSQL server binaries not found and cannot be installed (apt-get install postgresql)")
    return bin_dir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a PostgreSQL cluster; yields a SQLAlchemy URL (psycopg 3 driver) to an empty database."""
    bin_dir = _ensure_installed()
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    if as_root:
        shutil.chown(tmp, user="postgres")
    data, port = tmp / "data", _free_port()
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "sitrep", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True)
    subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(tmp / "log"), "-w", "-t", "60",
                    "-o", f"-h 127.0.0.1 -p {port} -k {tmp}", "start"], check=True, capture_output=True)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            if subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)], capture_output=True).returncode == 0:
                break
            time.sleep(0.2)
        subprocess.run([str(bin_dir.parent / "bin" / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "sitrep", "sitrep"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://sitrep@127.0.0.1:{port}/sitrep"
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """Create an empty database named after ``name`` on the server of ``url``; returns its URL."""
    import re

    from sqlalchemy import create_engine, text

    db = "t_" + re.sub(r"\W+", "_", name).lower()[:50]
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{db}"'))
        conn.execute(text(f'CREATE DATABASE "{db}"'))
    engine.dispose()
    return url.rsplit("/", 1)[0] + "/" + db
