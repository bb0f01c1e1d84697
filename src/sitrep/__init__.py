"""sitrep: evidence-linked conflict events from news and channel posts, offline, in French, English and Arabic.

The public API::

    import sitrep
    result = sitrep.extract("Trois soldats ont été tués lundi à Mossoul ...", published="2023-10-23")
    pipeline = sitrep.Pipeline()               # loads models once
    for result in pipeline.pipe(documents): ...
    result.to_dict()                           # the JSON output contract
    sitrep.to_frame([result])                  # a pandas DataFrame of events (pandas installed)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor", "Claim", "Config", "Document", "Event", "Extraction", "Location", "Pipeline", "Place",
    "Statement", "Store", "extract", "to_frame", "__version__",
]

if TYPE_CHECKING:
    from .config import Config
    from .frames import to_frame
    from .model import Actor, Claim, Document, Event, Extraction, Location, Place, Statement
    from .pipeline import Pipeline, extract
    from .store import Store

_EXPORTS = {
    "Config": "config", "Pipeline": "pipeline", "extract": "pipeline", "Store": "store", "to_frame": "frames",
    **{name: "model" for name in ("Actor", "Claim", "Document", "Event", "Extraction", "Location", "Place", "Statement")},
}


def __getattr__(name: str) -> Any:
    # Lazy re-exports: `import sitrep` stays instant; spaCy and friends load only when used.
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), name)
