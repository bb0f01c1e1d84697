"""The compiled language resources event detection reads, and the lexicon hits of a document.

:class:`EventRules` holds every lexicon and table :func:`.events.find_events` needs, compiled once per process
(:func:`default_rules`); :func:`document_hits` runs them over a document's masked text and adds the hits other
modules infer (places taken, authored bombings, arrested protesters, a coder's heading, a crowd-size tag).
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import ModuleType

from .bombings import authored_bombings
from .context import DocContext
from .crowd_notes import crowd_hit
from .fronts import FrontTarget, load_front_targets
from .gang_victims import clash_order, gang_countries
from .hit_filters import named_group_spans, places_taken, without_forces_protesting, without_misreadings
from .monitored import Monitor, load_monitors
from .note_prefixes import NotePrefix, heading_hit, load_note_prefixes
from .party_mobs import party_mob_since
from .phrase_actors import state_test
from .protest_mentions import protesters_arrested
from .triggers import LANGS, Hit, Matcher, load_event_lexicon, load_weapons, word_tokens


def _optional(module: str) -> ModuleType | None:
    """Import another engineer's module when it exists (it may not have landed yet)."""
    if importlib.util.find_spec(module) is None:
        return None
    return importlib.import_module(module)


@dataclass(slots=True)
class EventRules:
    """Compiled lexicons, built once by :meth:`load` and held by the pipeline."""

    events: dict[str, Matcher]
    weapons: dict[str, Matcher]
    numbers: ModuleType | None = None
    time: ModuleType | None = None
    countries: ModuleType | None = None
    gang_countries: frozenset[str] = frozenset()
    party_mob_since: dict[str, str] = field(default_factory=dict)
    state_side_in_clashes: dict[str, str] = field(default_factory=dict)
    monitors: tuple[Monitor, ...] = ()
    front_targets: tuple[FrontTarget, ...] = ()
    headings: tuple[NotePrefix, ...] = ()

    @classmethod
    def load(cls) -> "EventRules":
        """Read and compile ``events_{fr,en,ar}.tsv``, ``weapons.tsv``, ``gang_killings.tsv``, ``party_mobs.tsv``,
        ``clash_order.tsv``,
        ``monitored_conflicts.tsv``, ``front_targets.tsv`` and ``note_prefixes.tsv`` (about 0.1 s)."""
        events = {lang: load_event_lexicon(lang)[0] for lang in LANGS}
        return cls(
            events=events,
            weapons=load_weapons(),
            numbers=_optional("sitrep.extraction.numbers"),
            time=_optional("sitrep.resolve.time"),
            countries=_optional("sitrep.resolve.countries"),
            gang_countries=gang_countries(),
            party_mob_since=party_mob_since(),
            state_side_in_clashes=clash_order(),
            monitors=load_monitors(),
            front_targets=load_front_targets(),
            headings=load_note_prefixes(),
        )


@lru_cache(maxsize=1)
def default_rules() -> EventRules:
    """The shipped lexicons, compiled once per process (an immutable resource, not state)."""
    return EventRules.load()


def document_hits(ctx: DocContext, rules: EventRules) -> list[Hit]:
    """Every lexicon hit (triggers, cues, weapons, modality cues) in the masked text, in text order."""
    lang = ctx.lang if ctx.lang in rules.events else None
    if lang is None:
        return []
    toks = word_tokens(ctx.text)
    hits = rules.events[lang].find(toks, ctx.text) + rules.weapons[lang].find(toks, ctx.text)
    hits.sort(key=lambda h: (h.start, -h.end))
    names, non_state = named_group_spans(ctx)
    kept: list[Hit] = []
    for h in hits:
        # (the lower-case words that end a group's phrase are its fighters', not its name: "a female Boko Haram
        # suicide bomber killed three people", ACLED NIG19291)
        if h.kind == "trigger" and any(s <= h.start and h.end <= e and e - s > h.end - h.start
                                       and not (h.end == e and h.text.islower()) for s, e in names):
            continue
        if h.label == "@security" and any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in non_state):
            h = replace(h, label="@armed")
        kept.append(h)
    kept = without_forces_protesting(ctx, kept)
    kept.extend(places_taken(ctx, kept))
    kept.extend(authored_bombings(ctx, kept, state_test(rules.countries)))
    kept.extend(protesters_arrested(ctx, kept))
    # the coder's heading names the type ("Security measures: On 9 May 2020, ..."); the coder's crowd-size tag
    # says a crowd gathered, whatever its words
    kept.extend(h for h in (heading_hit(ctx.text, rules.headings), crowd_hit(ctx.clean, ctx.text, kept)) if h is not None)
    kept.sort(key=lambda h: (h.start, -h.end))
    return without_misreadings(ctx.text, kept)

