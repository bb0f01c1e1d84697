"""The document's primary label: the main thing a report tells, one of the 25 ACLED sub-event types or a context
label, scored over the whole document and supported by the events found (see :func:`primary_label`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .classify import SUB_EVENT_TYPES, TERRITORY, doc_scores
from .triggers import Hit

if TYPE_CHECKING:
    from ..model import Event
    from .context import DocContext
    from .event_rules import EventRules

__all__ = ["primary_label"]


def primary_label(
    ctx: "DocContext",
    events: list["Event"],
    claims: list,
    statements: list,
    rules: "EventRules | None" = None,
) -> tuple[str | None, float]:
    """The label of the main thing the document reports, with a confidence in [0, 1].

    One of the 25 ACLED sub-event types or 'Claim of responsibility', 'Diplomatic event',
    'Organized crime', 'Natural disaster', 'Man-made disaster'; ``None`` when the text reports
    none of these. Scores every label over the whole document (headline and lead weigh more), then:
    a claim of responsibility is primary when the claim, not the attack, is what the lead reports
    (the claim comes first in the first sentence); asserted events found by :func:`find_events`
    support their own sub-event type. Pass ``rules`` (the pipeline's loaded :class:`EventRules`);
    without it the shipped lexicons are compiled once per process and reused.
    """
    from .event_rules import default_rules, document_hits

    if rules is None:
        rules = default_rules()
    hits = document_hits(ctx, rules)
    labels = doc_scores(hits, ctx)
    leads = _claim_leads(hits, ctx)
    if not leads and "Claim of responsibility" in labels:
        labels["Claim of responsibility"] *= 0.4
    asserted = sorted((e for e in events if e.modality == "asserted"), key=lambda e: -e.confidence)
    for rank, ev in enumerate(asserted):
        # The main event (most confident) speaks for the document more than its other events.
        labels[ev.sub_event_type] = labels.get(ev.sub_event_type, 0.0) + (3.5 if rank == 0 else 1.0) * ev.confidence
    if leads:
        labels["Claim of responsibility"] = labels.get("Claim of responsibility", 0.0) + (3.0 if claims else 2.0)
    if not labels:
        return None, 0.0
    ranked = sorted(labels.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    if top < 1.5:
        return None, 0.0
    if asserted and best in TERRITORY and asserted[0].sub_event_type in TERRITORY:
        best = asserted[0].sub_event_type  # who took the ground (the main event's author) decides, not the words
    elif asserted and {best, asserted[0].sub_event_type} in _SIDES_DECIDE:
        # "gunmen attacked an Algerian military patrol": an attack on forces is a battle, armed men killing
        # named civilians with no fighting an attack, villagers who kill a mob — the main event's sides decide
        best = asserted[0].sub_event_type
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = min(0.95, 0.35 + 0.35 * (top - second) / top + 0.25 * min(top, 8.0) / 8.0)
    return best, round(conf, 3)


# Pairs of labels between which the main event decides (see fill_actors' retyping and merge_incidents).
_SIDES_DECIDE = ({"Attack", "Armed clash"}, {"Attack", "Mob violence"},
                 # an abduction with deaths is an attack (find_events' retyping)
                 {"Abduction/forced disappearance", "Attack"},
                 # a grenade the forces fought back against is a fight (grenade_met_with_fire)
                 {"Grenade", "Armed clash"},
                 # looting told after a killing is a part of it (killing_before_looting)
                 {"Attack", "Looting/property destruction"}, {"Armed clash", "Looting/property destruction"},
                 # a protest the next sentence shows met with force (the main event merged them) was met with it
                 {"Peaceful protest", "Protest with intervention"}, {"Peaceful protest", "Excessive force against protesters"},
                 # a bombardment the main event tells was done from the air (merge_incidents' strike and bombardment)
                 {"Air/drone strike", "Shelling/artillery/missile attack"})


def _claim_leads(hits: list[Hit], ctx: "DocContext") -> bool:
    """Whether the first sentence reports a claim before any event trigger ("IS claims attack")."""
    if not ctx.sentences:
        return False
    first = ctx.sentences[0]
    claim_at = None
    event_at = None
    for h in hits:
        if h.start >= first.end:
            break
        if h.label == "Claim of responsibility" and h.kind == "trigger" and claim_at is None:
            claim_at = h.start
        elif h.kind == "trigger" and h.label in SUB_EVENT_TYPES or h.label in ("@attack", "@kill", "@explosion"):
            if event_at is None:
                event_at = h.start
    return claim_at is not None and (event_at is None or claim_at < event_at)
