"""The browser UI served by ``sitrep serve``: our own HTML/JS/CSS in ``static/``, Leaflet from its PyPI package.

Nothing here is fetched from the internet: Leaflet's files come from the ``xstatic-leaflet`` package
installed with sitrep, and the basemap is built from Natural Earth shapes shipped in a PyPI package
(see ``basemap.py``).
"""
from __future__ import annotations

from pathlib import Path


def static_dir() -> Path:
    """The folder of the UI's own files (index.html, app.js, app.css)."""
    return Path(__file__).parent / "static"


def leaflet_dir() -> Path:
    """The folder of Leaflet's files (leaflet.js, leaflet.css, images/) from the xstatic-leaflet package."""
    try:
        from xstatic.pkg import leaflet
    except ImportError as exc:
        raise RuntimeError("the map needs the package xstatic-leaflet (Leaflet's files): run `pip install -e .` again") from exc
    return Path(leaflet.BASE_DIR)
