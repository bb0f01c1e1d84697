"""Authors named by a claim of responsibility: the lexicon's claim words ("revendiquées par", "claimed
responsibility") and the armed group named beside them give an attack told without its author that group
as actor1, before the mentions of one incident are merged."""
from __future__ import annotations

import re

from ..model import Actor, Event
from .context import DocContext
from .generic_actors import STATE_KINDS
from .modality import modality_of
from .triggers import Hit

# Who claims no attack nor is held responsible for one: a state's forces, its government, civilians, crowds, no one.
_NO_CLAIMANTS = STATE_KINDS + ("government", "civilians", "protesters", "unidentified")
# Others holding a group responsible, in the sentence of an unclaimed attack.
_HELD_RESPONSIBLE = re.compile(r"\b(?:believed|suspected|thought|blamed|attributed|attribuée?s?|imputée?s?|"
                               r"soupçonnée?s?|suspectée?s?)\b", re.IGNORECASE)


# How far after a claim word the groups it names may stand ("revendiqué tant par X que par Y").
_CLAIMANTS_REACH = 100
# What closes the claim's clause before a group named after it: a comma, a clause of what the claim said or targeted.
# (nor the group whose men the claim says died: "داعش يتبنى مقتل عناصر من الحشد الشعبي", "claims killing of 15 soldiers")
_ANOTHER_CLAUSE = re.compile(r"[,;،]|\b(?:saying|said|that|which|target\w*|against|contre|visant|ciblant|qui|استهدف\w*|ضد|"
                             r"killing|killed|deaths?|mort|morts|tués?|مقتل|قتل|إصابة|اصابة)\b", re.IGNORECASE)
# How far after "claimed they" / "claimed to have" the deed's event word may start ("claimed to have launched").
_DEED_REACH = 12


def _claimant(ctx: DocContext, hits: list[Hit]) -> Actor | None:
    """The armed group a claim of responsibility in the document names ("revendiquées par …"); none when two
    groups claim it ("أعلنت المقاومة الوطنية الأهوازية مسؤوليتها ... كما أعلن تنظيم الدولة الإسلامية مسؤوليته"):
    the claims contradict each other, and the author stays unidentified."""
    claimants = []
    triggers = [h for h in hits if h.kind == "trigger"]
    for h in hits:
        # "claimed responsibility", or "claimed they killed five soldiers": the claim told with the deed's verb
        deed = h.label == "@claimed_deed" and any(0 <= t.start - h.end <= _DEED_REACH for t in triggers)
        if not (h.label == "Claim of responsibility" and h.kind == "trigger" or deed):
            continue
        sent = ctx.sentence_of(h.start)
        if modality_of(h, [x for x in hits if sent.start <= x.start < sent.end], ctx.parsed) != "asserted" \
                and not _HELD_RESPONSIBLE.search(ctx.text, sent.start, sent.end):
            # "L'attaque n'a pas été revendiquée, mais la zone est le théâtre d'opérations de l'EIS" names
            # nobody; "no claim was made, the attack is widely believed to have been carried out by ETA" does
            continue
        # (not a group named after the claim word in another clause, or as those the claim says it killed)
        near = [a for a in ctx.actors if a.start is not None and sent.start <= a.start < sent.end
                and a.name and a.kind not in _NO_CLAIMANTS
                and not (a.start > h.end and _ANOTHER_CLAUSE.search(ctx.text, h.end, a.start))]
        # (a government claims no attack: "المقاومة الوطنية الأهوازية، وهي جماعة مضادة للحكومة الإيرانية،
        # مسؤوليتها" is the group's claim)
        if near:
            a = min(near, key=lambda a: abs((a.start or 0) - h.start))
            claimants.append(Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.6), a.kind, a.country))
            # ("revendiqué tant par le groupe Etat islamique que par les talibans pakistanais": two groups named
            # after one claim word claim it both, and contradict each other)
            # (not a group named as the target in another clause: "claimed a suicide attack in the Afghan capital that
            # killed six people a day earlier, saying it had targeted the Taliban government's prosecution service")
            claimants.extend(b for b in near if b.name != a.name and 0 <= (b.start or 0) - h.end <= _CLAIMANTS_REACH
                             and not _ANOTHER_CLAUSE.search(ctx.text, h.end, b.start or 0))
    # (one group under its local reading and its plain name is one claimant: "داعش" in Iraq and "تنظيم داعش")
    return claimants[0] if len({(a.name or "").split(" (")[0] for a in claimants}) == 1 else None


# The coder's attribution in an ACLED note: "(Al Shabaab assumed responsible)", "Al Shabaab suspected.", "(suspected
# Al Shabaab)" after the event (ACLED codes the group it names as the author).
_CODER_ATTRIBUTION = re.compile(r"\(\s*([A-Z][\w'’ -]{1,40}?)\s+(?:assumed|suspected|presumed|believed)(?:\s+(?:to\s+be\s+)?"
                                r"(?:responsible|behind\s+(?:it|the\s+attack)))?\s*\)"
                                r"|(?:^|[.;]\s+)([A-Z][\w'’ -]{1,40}?)\s+(?:(?:was|were|is|are)\s+)?(?:suspected|assumed\s+responsible)"
                                r"\s*(?:[.;]|$)")


def _coder_attribution(ctx: DocContext) -> Actor | None:
    """The armed group an ACLED coder's remark holds responsible ("(Al Shabaab assumed responsible)"), or None."""
    named = []
    for m in _CODER_ATTRIBUTION.finditer(ctx.text):
        start = m.start(1) if m.group(1) else m.start(2)
        words = m.group(1) or m.group(2)
        found = ctx.actor_table.resolve(words, ctx.lang) if ctx.actor_table is not None else None
        if found is not None and found.name and found.kind not in _NO_CLAIMANTS and not found.name.startswith("Unidentified"):
            named.append(Actor(found.name, words, start, start + len(words), 0.6, found.kind, found.country))
    return named[0] if len({a.name for a in named}) == 1 else None


# Others' attribution of the deed: "une attaque attribuée au groupe jihadiste Boko Haram", "an ambush attributed to
# JNIM", "هجوم ... ونُسب إلى جماعة نصرة الإسلام والمسلمين" (ACLED codes the group the reports hold responsible).
_ATTRIBUTED_TO = re.compile(r"\b(?:attributed|attribuée?s?|attribués|imputée?s?|imputés)\s+(?:to|à|au|aux)\b\s*"
                            r"|(?<![\w])و?(?:نسب|نُسب|نسبت|نُسبت|ينسب|يُنسب|تنسب|تُنسب)\s+(?:إلى|الى|لـ?)\s*")
# How far after "attributed to" the group may be named ("attribuée au groupe terroriste «Boko Haram»").
_ATTRIBUTED_REACH = 40
# Who is never the author others hold responsible.
_NOT_ATTRIBUTED = ("civilians", "protesters", "unidentified")


def _attributed_author(ctx: DocContext) -> Actor | None:
    """The one named group (or state force) the report attributes the deed to, or None."""
    named = []
    for m in _ATTRIBUTED_TO.finditer(ctx.text):
        first = next((a for a in ctx.actors if a.start is not None and m.end() <= a.start <= m.end() + _ATTRIBUTED_REACH
                      and a.name and a.kind not in _NOT_ATTRIBUTED and not a.name.startswith("Unidentified")), None)
        if first is not None:
            named.append(Actor(first.name, first.text, first.start, first.end, min(first.confidence, 0.55), first.kind,
                               first.country))
    return named[0] if len({a.name for a in named}) == 1 else None


def _same_group(a: str | None, b: str | None) -> bool:
    """Whether two actor names are one group's, its local reading aside ("Islamic State (Afghanistan)", "Islamic State")."""
    return a is not None and b is not None and a.split(" (")[0] == b.split(" (")[0]


def claimed_authors(ctx: DocContext, hits: list[Hit], events: list[Event]) -> None:
    """Give the armed group a claim of responsibility in the document names ("revendiquées par …"), an ACLED
    coder's remark holds responsible ("Al Shabaab suspected."), or the report attributes the deed to ("attribuée au
    groupe jihadiste Boko Haram"), to the violent events told without a named author, in the group's country (a
    jihadist group's anywhere)."""
    claimant = _claimant(ctx, hits) or _coder_attribution(ctx)
    attributed = claimant is None
    claimant = claimant or _attributed_author(ctx)
    if claimant is None:
        return
    for ev in events:
        where = ev.location.country if ev.location is not None else None
        if ev.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians") \
                or not (where is None or claimant.country is None or where == claimant.country or claimant.kind == "islamist"):
            continue
        # (state forces read as the author, with nobody on the other side, are the side the group hit: "لقي ... 15 جندياً
        # مالياً مصرعهم ... في هجوم ... ونُسب إلى جماعة نصرة الإسلام والمسلمين")
        # (nor are they the author of a roadside bomb or a suicide bombing a group claims: "تبنى تنظيم القاعدة في اليمن
        # استهداف قوات الجيش اليمني بعبوتين ناسفتين", the forces it hit)
        # (or of an ambush with guns and grenades a group claims: "أعلن تنظيم داعش ... مسؤوليته عن مقتل وإصابة عدد من
        # عناصر الحشد الشعبي خلال كمين", the PMF it hit)
        planted = not attributed and ev.sub_event_type in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
        # (so are the forces of a fight a group claims, told with no other side or with themselves twice: "أعلن الجيش
        # المصري مقتل 11 من عناصره ... إثر إحباط هجوم إرهابي" after "أعلن تنظيم داعش مسؤوليته عن هجوم")
        fought = not attributed and ev.sub_event_type == "Armed clash" and ev.actor1 is not None \
            and ev.actor1.kind in STATE_KINDS and claimant.kind not in STATE_KINDS \
            and (ev.actor2 is None or ev.actor2.name == ev.actor1.name)
        if fought:
            ev.actor2 = None
        # (nor are they the author when the group that claims it was read as its target: "Islamic State Claims
        # Afghanistan Suicide Bomb Attack That Killed 6", the country before the attack read as who made it)
        # (a militia the state arms counts with its forces: "الحشد الشعبي", the PMF)
        hit_forces = (attributed or planted or fought) and ev.actor1 is not None \
            and (ev.actor1.kind in STATE_KINDS or planted and ev.actor1.kind == "militia"
                 and not _same_group(ev.actor1.name, claimant.name)) \
            and claimant.kind not in STATE_KINDS \
            and (ev.actor2 is None or ev.actor2.kind == "unidentified" or planted and ev.actor2.kind == "civilians"
                 or planted and _same_group(ev.actor2.name, claimant.name))
        if hit_forces:
            ev.actor2, ev.actor1 = ev.actor1, None
        if ev.actor1 is None or ev.actor1.name is None or ev.actor1.kind == "unidentified" \
                or ev.actor1.name.startswith("Unidentified Armed Group"):  # ("des « terroristes »")
            local = ctx.actor_table.local_reading(claimant.name, where, ev.date) if ctx.actor_table is not None else None
            ev.actor1 = Actor(local.canonical if local else claimant.name, claimant.text, claimant.start,
                              claimant.end, claimant.confidence, local.kind if local else claimant.kind,
                              claimant.country)
