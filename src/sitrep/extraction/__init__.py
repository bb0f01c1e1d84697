"""Extract: events, claims of responsibility, statements and the document's primary label.

:class:`Extractor` holds the compiled lexicons of every extraction step (built once by
:meth:`Extractor.load`) and turns a :class:`~sitrep.extraction.context.DocContext` into an
:class:`~sitrep.model.Extraction`. Steps are pure: they read the context and return records.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Actor, Claim, Event, Extraction
from .context import DocContext
from .generic_actors import UNIDENTIFIED

if TYPE_CHECKING:
    from ..resolve.actors import ActorTable

# What a claim of responsibility can attach to: violent events, not arrests or agreements.
_CLAIMABLE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# the armed groups a claim or an attribution may name as an attack's author (not states, crowds, civilians)
_NON_STATE_ARMED = {"rebel", "islamist", "militia", "ethnic", "political"}


@dataclass(frozen=True)
class Extractor:
    """The extraction steps and their compiled resources."""

    event_rules: Any
    claim_rules: Any
    statement_rules: Any

    @classmethod
    def load(cls) -> "Extractor":
        """Compile every step's lexicons (once per pipeline)."""
        from .claims import ClaimRules
        from .event_rules import EventRules
        from .statements import StatementRules

        return cls(EventRules.load(), ClaimRules.load(), StatementRules.load())

    def extract(self, ctx: DocContext) -> Extraction:
        """Everything extracted from one document."""
        from .claims import find_claims
        from .claims_common import TokenView
        from .primary import primary_label
        from .events import find_events
        from .statements import find_statements

        events = find_events(ctx, self.event_rules)
        view = TokenView.build(ctx, self.claim_rules.folder)  # one token view for claims and statements
        claims = find_claims(ctx, self.claim_rules, view)
        statements = find_statements(ctx, self.statement_rules, view)
        attach_claims(events, claims, ctx.actor_table)
        primary, confidence = primary_label(ctx, events, claims, statements, rules=self.event_rules)
        doc = ctx.clean.document
        return Extraction(
            id=doc.id,
            lang=ctx.lang,
            published=doc.published,
            primary=primary,
            primary_confidence=confidence,
            events=events,
            claims=claims,
            statements=statements,
            places=ctx.places,
            warnings=list(ctx.clean.warnings),
        )


def attach_claims(events: list[Event], claims: list[Claim], actor_table: "ActorTable | None" = None) -> None:
    """Set ``claimed_by`` on the violent events of a document that carries a claim of responsibility.

    Only a claim by a named group counts (an "unidentified" claimant claims nothing). A claim
    attaches to the claimable event nearest to it in the text; when the document reports a single
    incident (or the claim speaks of "attacks" in the plural), to every claimable event — except
    events in another country than the claimant's home, and events another named actor carried out.
    With ``actor_table``, the claimant is named as ACLED names it in the event's country ("Islamic
    State" claiming in Mali is "Islamic State (Sahel)").
    """
    _name_the_unnamed(events, claims, actor_table)
    real = [c for c in claims if c.kind == "claim" and c.claimant.name and not c.claimant.name.startswith("Unidentified")]
    targets = [e for e in events if e.event_type in _CLAIMABLE and e.claimed_by is None]
    if not real or not targets:
        return
    for claim in real:
        fitting = [e for e in targets if _may_be_claimed_by(e, claim.claimant, _local_name(actor_table, claim.claimant, e))]
        if not fitting:
            continue
        plural = bool(claim.claimed) and claim.claimed.rstrip().lower().endswith(("s", "ات"))
        chosen = fitting if plural or len(fitting) == 1 else [min(fitting, key=lambda e: abs(e.trigger.start - claim.start))]
        for event in chosen:
            if event.claimed_by is None:
                event.claimed_by = Actor(
                    name=_local_name(actor_table, claim.claimant, event), text=claim.claimant.text, start=claim.claimant.start,
                    end=claim.claimant.end, confidence=min(claim.confidence, claim.claimant.confidence),
                    kind=claim.claimant.kind, country=claim.claimant.country,
                )


def _name_the_unnamed(events: list[Event], claims: list[Claim], actor_table: "ActorTable | None") -> None:
    """An attack nobody is named doing, in a document that holds a named armed group responsible ("Boko Haram
    was blamed", "le JNIM est soupçonné", "authorities blamed the ADF"): ACLED codes the group held
    responsible, so it becomes actor1 (at the attribution's lower confidence) of the nearest such event,
    or of every one when the document reports one incident."""
    held = [c for c in claims if c.kind in ("claim", "attribution") and c.claimant.name
            and c.claimant.kind in _NON_STATE_ARMED and not c.claimant.name.startswith("Unidentified")]
    def unnamed(e: Event) -> bool:
        # "militants", "insurgés islamistes": words of the text, named as no group
        return e.actor1 is None or not e.actor1.name or e.actor1.kind == "unidentified" \
            or e.actor1.name.startswith(UNIDENTIFIED)

    candidates = [e for e in events if e.event_type in _CLAIMABLE and e.modality == "asserted" and unnamed(e)]
    for claim in held:
        fitting = [e for e in candidates if unnamed(e) and not (claim.claimed is None and _struck(e, claim.claimant))
                   and _may_be_claimed_by(e, claim.claimant, _local_name(actor_table, claim.claimant, e))]
        if not fitting:
            continue
        # the story the claim follows: the most confident event told before it, else the nearest
        before = [e for e in fitting if e.trigger.start < claim.start]
        event = max(before, key=lambda e: e.confidence) if before else \
            min(fitting, key=lambda e: abs(e.trigger.start - claim.start))
        event.actor1 = Actor(
            name=_local_name(actor_table, claim.claimant, event), text=claim.claimant.text, start=claim.claimant.start,
            end=claim.claimant.end, confidence=round(min(claim.confidence, claim.claimant.confidence, 0.6), 3),
            kind=claim.claimant.kind, country=claim.claimant.country)
        if _struck(event, claim.claimant):
            # (the words that hold the group responsible are no side it hit: "in an attack blamed on Boko Haram
            # jihadists")
            event.actor2 = None


def _struck(event: Event, claimant: Actor) -> bool:
    """Whether the group a bare "suspected" names is the side the event hit: "volunteer fighters ... killed
    twenty-two suspected ISGS or JNIM militants" (ACLED's Burkina Faso row) holds them responsible for nothing."""
    return event.actor2 is not None and event.actor2.start is not None and event.actor2.start == claimant.start


def _local_name(actor_table: "ActorTable | None", claimant: Actor, event: Event) -> str:
    where = event.location.country if event.location else None
    name = claimant.name or ""
    return actor_table.local_name(name, where, event.date) if actor_table is not None else name


def _may_be_claimed_by(event: Event, claimant: Actor, local_name: str) -> bool:
    where = event.location.country if event.location else None
    if claimant.country and where and claimant.country != where and claimant.kind != "islamist":
        return False  # (jihadist groups fight across borders: Boko Haram in Cameroon, JNIM in Niger)
    doer = event.actor1
    if doer is not None and doer.name and doer.name not in (claimant.name, local_name):
        generic = doer.name.startswith(("Unidentified", "Military Forces", "Civilians", "Protesters", "Rioters")) and \
            not doer.name.startswith("Military Forces of")
        return generic
    return True
