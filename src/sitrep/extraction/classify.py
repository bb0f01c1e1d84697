"""ACLED codebook logic over cue hits: label scores (the document's ``primary`` label is read from them in ``primary.py``).

Words live in the lexicons (``data/lexicons/events_*.tsv``, ``weapons.tsv``); this module holds the
codebook's *decisions*, which combine them:

- a protest is Peaceful, with intervention, met with excessive force, or a violent demonstration
  depending on what else the text says (tear gas / arrests; live fire / deaths; stones / arson);
- violence without a specific weapon is a Battle (an armed or military target) or an Attack on
  civilians (a civilian target), following ACLED's distinction by target;
- a weapon that is seized, defused or intercepted is Disrupted weapons use, not an attack;
- an explosion or fire with accident cues is a Man-made disaster, not a bombing;
- a capture of territory is a Government gain or a Non-state actor gain by who takes it.

Feature tags (``@protest``, ``@civilian``…) are lexicon labels that are not labels themselves.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .triggers import Hit

if TYPE_CHECKING:
    from .context import DocContext

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
CONTEXT_LABELS = ("Claim of responsibility", "Diplomatic event", "Organized crime", "Natural disaster", "Man-made disaster")
ALL_LABELS = tuple(SUB_EVENT_TYPES) + CONTEXT_LABELS
EXPLOSIVE = tuple(k for k, v in SUB_EVENT_TYPES.items() if v == "Explosions/Remote violence")
# Acts of violence: any of their words in a sentence speaks of the same act's author and victims.
VIOLENT = {"Attack", "Armed clash", "@attack", "@kill", "@beat"} | set(EXPLOSIVE)
FEATURE_FAMILY = {
    "@attack": ("Attack", "Armed clash") + EXPLOSIVE,
    "@kill": ("Attack", "Armed clash", "Excessive force against protesters") + EXPLOSIVE,
    "@explosion": EXPLOSIVE,
    # a beating is an attack on its own, excessive force at a protest, a mob's or a riot's violence in a crowd
    "@beat": ("Attack", "Excessive force against protesters", "Mob violence", "Violent demonstration"),
    "@protest": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"),
    "@capture": ("Non-state actor overtakes territory", "Government regains territory"),
}
# Sub-event types of ground changing hands in a battle (who takes it decides which).
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
POLITICAL_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")


@dataclass(slots=True)
class Scores:
    """Label scores of a stretch of text, with the features and weapons they were built from."""

    labels: dict[str, float] = field(default_factory=dict)
    features: dict[str, float] = field(default_factory=dict)
    weapons: dict[str, float] = field(default_factory=dict)  # implied sub-event type -> weight
    direct: dict[str, float] = field(default_factory=dict)  # label -> weight of hits naming it

    def best(self, among: Iterable[str] = ALL_LABELS) -> tuple[str | None, float]:
        """The highest-scoring label among ``among`` and its score (``(None, 0.0)`` when none)."""
        best, top = None, 0.0
        for lab in among:
            s = self.labels.get(lab, 0.0)
            if s > top:
                best, top = lab, s
        return best, top


def _decayed(weights: list[float]) -> float:
    """Sum with diminishing returns: repeated cues for one label add less and less."""
    return sum(w / (i + 1) for i, w in enumerate(sorted(weights, reverse=True)))


def score_hits(hits: Iterable[Hit], factors: dict[int, float] | None = None) -> Scores:
    """Score ACLED sub-event types and context labels from the cue hits of one stretch of text.

    ``factors`` optionally weighs each hit (by its ``start``), e.g. to favour a headline.
    """
    hits = list(hits)
    spans = [(h.start, h.end, h.label) for h in hits if h.kind == "trigger" and h.label in SUB_EVENT_TYPES]
    # (a weapon word inside the words for armed men describes them, "hommes armés": no weapon used or seized)
    armed_men = [(h.start, h.end) for h in hits if h.label == "@armed"]
    lab_w: dict[str, list[float]] = defaultdict(list)
    n_weapons = 0
    feat_w: dict[str, list[float]] = defaultdict(list)
    weap_w: dict[str, list[float]] = defaultdict(list)
    for h in hits:
        w = h.weight * (factors.get(h.start, 1.0) if factors else 1.0)
        if h.kind == "modality":
            continue
        if h.kind == "weapon":
            if not h.label and any(a <= h.start and h.end <= b for a, b in armed_men):
                continue
            n_weapons += 1
            # A weapon word inside an event phrase ("suicide car bomb") is that phrase's, not its own (but a
            # chemical agent is always its own: "dropped a chlorine bomb", the codebook's precedence).
            inside = h.label != "Chemical weapon" and any(a <= h.start and h.end <= b and (b - a) > (h.end - h.start)
                                                          for a, b, _ in spans)
            if h.label and not inside:
                weap_w[h.label].append(w)
            continue
        (feat_w if h.label.startswith("@") else lab_w)[h.label].append(w)
    L = {k: _decayed(v) for k, v in lab_w.items()}
    F = defaultdict(float, {k: _decayed(v) for k, v in feat_w.items()})
    F.update(_capture_sides(hits))
    W = {k: _decayed(v) for k, v in weap_w.items()}
    F["@weapon_any"] = float(n_weapons)
    F["@negated"] = float(any(h.kind == "modality" and h.label in ("negation", "denial") for h in hits))
    out = Scores(labels=defaultdict(float, L), features=dict(F), weapons=W, direct=dict(L))
    _apply_codebook(out.labels, F, W)
    out.labels = {k: v for k, v in out.labels.items() if v > 0}
    return out


_CAPTURE_LABELS = ("Non-state actor overtakes territory", "Government regains territory", "@capture")
_ACTOR_SIDE = {"@security": "gov", "@armed": "nsa"}
_AGENT_BEFORE, _AGENT_AFTER = 12, 6  # words between a capture word and its agent
_AGENT_NEXT = 2  # an agent right before its capture word ("the Arakan Army captured")


def _capture_sides(hits: list[Hit]) -> dict[str, float]:
    """Who takes territory: the weight of capture words whose agent is a state force (``@capture_gov``), and
    of those whose agent is a non-state armed group (``@capture_nsa``); ``_next`` when the agent stands right
    before the capture word ("the Arakan Army captured"). The agent is the nearest actor word before the
    capture word ("government forces captured …", "militants took control …"), or after it in the passive
    ("the town fell to the rebels", "was retaken by the army"); the group it is taken *from* ("… from the
    militants", "rebel-held") is not the agent."""
    out = dict.fromkeys(("@capture_gov", "@capture_nsa", "@capture_gov_next", "@capture_nsa_next",
                         "@capture_forces_next"), 0.0)
    # ("Russian forces took the village": forces of either side right before the capture word took it, whichever
    # side they are on)
    forces = [h for h in hits if h.label == "@forces"]
    for c in hits:
        if c.label in _CAPTURE_LABELS and c.kind != "weapon" \
                and any(0 <= c.token - (f.token + f.ntok) < _AGENT_NEXT for f in forces):
            out["@capture_forces_next"] += c.weight
    backing = [h for h in hits if h.label in ("@backed", "@loser")]
    # "government forces backed by local militias recaptured ...": the backers are not the takers; nor are those
    # the ground was won from ("أحرزت تقدماً جديداً على حساب تنظيم داعش ... وتمكنت من السيطرة على قرى")
    actors = [h for h in hits if h.label in _ACTOR_SIDE
              and not any(0 <= h.token - (b.token + b.ntok) <= 3 for b in backing)]
    if not actors:
        return out
    passive = [h for h in hits if h.label == "@passive"]
    for c in hits:
        if c.label not in _CAPTURE_LABELS or c.kind == "weapon":
            continue
        c_end = c.token + c.ntok
        is_passive = any(p.token <= c_end and c.token <= p.token + p.ntok for p in passive)
        if is_passive:
            after = [a for a in actors if a.token >= c_end and a.token - c_end < _AGENT_AFTER]
            agent = min(after, key=lambda a: a.token) if after else None
            gap = (agent.token - c_end) if agent is not None else None
        else:
            before = [a for a in actors if a.token + a.ntok <= c.token and c.token - (a.token + a.ntok) < _AGENT_BEFORE]
            agent = max(before, key=lambda a: a.token) if before else None
            gap = (c.token - (agent.token + agent.ntok)) if agent is not None else None
        if agent is None or gap is None:
            continue
        side = "@capture_gov" if _ACTOR_SIDE[agent.label] == "gov" else "@capture_nsa"
        out[side] += c.weight
        if gap < _AGENT_NEXT:
            out[side + "_next"] += c.weight
    return out


def _apply_codebook(L: dict[str, float], F: dict[str, float], W: dict[str, float]) -> None:
    """Combine direct label scores, feature scores and weapon cues following the ACLED codebook."""
    protest, riot, lethal = F["@protest"], F["@riot"], F["@lethal"]
    intervene, kill, injure = F["@intervene"], F["@kill"], F["@injure"]
    attack, explosion = F["@attack"], F["@explosion"]
    # "police beat a man", "guards beat up a contractor": a beating hurts (excessive force at a protest) and,
    # with no crowd in view, is an attack
    injure += F["@beat"]
    attack += F["@beat"] if protest < 2.5 and riot == 0 else 0.0
    civ, mil, armed, sec = F["@civilian"], F["@military_target"], F["@armed"], F["@security"]
    seize, accident, fire = F["@seize"], F["@accident"], F["@fire"]
    if attack + kill + injure + explosion == 0 and max(L.get("Shelling/artillery/missile attack", 0.0),
                                                        L.get("Air/drone strike", 0.0)) < 3:
        # "destroyed" with a weapon is a disruption ("the army destroyed an IED") unless something was
        # struck or someone hurt: then it is the weapon's damage ("a missile struck ...; the building was
        # destroyed")
        seize += F["@destroy"]
    territory, capture, base = F["@territory"], F["@capture"], F["@base"]
    weapons_total = sum(W.values())
    any_weapon = F["@weapon_any"]
    violence = attack + kill
    # "des jeunes en colère ont incendié un bureau de la CENI": an angry crowd that burns or wrecks property
    # and hurts nobody demonstrates violently; one that turns on people is a mob (ACLED codebook 2023).
    angry = F["@angry_crowd"]
    if angry > 0:
        turned_on_people = kill + injure + F["@victim"] > 0 or L.get("Mob violence", 0.0) > 0
        target = "Violent demonstration" if riot + F["@fire"] > 0 and not turned_on_people else "Mob violence"
        L[target] = L.get(target, 0.0) + angry
    # words that say ground changed hands ("a repris le contrôle", "recaptured"), not that it is held
    taking_words = max(L.get("Government regains territory", 0.0), L.get("Non-state actor overtakes territory", 0.0))
    # A weapon named with no act of violence or explosion in view is talk about weapons, not their use.
    if violence + explosion + injure == 0 and not any(L.get(k, 0) >= 2.5 for k in EXPLOSIVE):
        W = {k: 0.4 * v for k, v in W.items()}
        weapons_total = sum(W.values())

    # Disrupted weapons use: weapons seized, found, defused or intercepted are not an attack.
    disrupted = L.get("Disrupted weapons use", 0.0)
    went_off = explosion > 0 or any(L.get(k, 0.0) >= 3 for k in EXPLOSIVE)
    hurt = (kill > 0 or injure > 0) and F["@premature"] == 0
    if disrupted > 0 and went_off and (hurt or explosion > 0 and F["@uxo"] > 0):
        # the device went off and hurt people: an explosion, even during defusal (not one that went off in its
        # carriers' hands: "a bomb carried by Taliban detonated prematurely killing 2 militants")
        disrupted *= 0.3
        if explosion > 0 and F["@uxo"] > 0:
            # unexploded ordnance that went off is an explosion ("an unexploded ordnance detonated as people burned
            # trash"), whoever it hurt (ACLED codes it as a remote explosive), its dead the explosion's ("an
            # unexploded ordnance (UXO) exploded, killing two boys", SOM32898)
            L["Remote explosive/landmine/IED"] = L.get("Remote explosive/landmine/IED", 0.0) + explosion + F["@uxo"] + kill
    # Weapons taken by those who overran a base or a town are spoils of that attack, not a disruption.
    spoils = attack > 0 and max(L.get("Non-state actor overtakes territory", 0.0),
                                L.get("Government regains territory", 0.0)) >= 2.5
    # (and so are the arms of the men a raid killed: "تم القضاء على عنصرين إرهابيين ... وحجز مسدسين رشاشين", the
    # Algerian army's killing is the event ACLED codes)
    spoils = spoils or kill > 0 and not went_off and seize > 0 and F["@premature"] == 0
    if spoils:
        disrupted *= 0.3
    elif seize > 0 and (any_weapon > 0 or explosion > 0 or any(L.get(k, 0) for k in EXPLOSIVE)):
        disrupted += seize + 0.5 * weapons_total + min(any_weapon, 3.0) * 0.5
    if disrupted > 0 and F["@partial"] > 0 and (any_weapon > 0 or attack > 0):
        # "air defences downed one of the two drones": the others struck, and the attack is the event
        disrupted *= 0.3
    if disrupted > 0 and explosion > 0 and L.get("Disrupted weapons use", 0.0) == 0:
        # a device that went off where nobody said it was defused or seized, only searched for, is an
        # explosion ("a landmine exploded as truffle hunters were searching the desert")
        disrupted *= 0.3
    if disrupted > 0:
        L["Disrupted weapons use"] = disrupted
        damp = 0.35 if disrupted >= 3 else 0.7
        for k in EXPLOSIVE:
            if k in L:
                L[k] *= damp
        W = {k: v * damp for k, v in W.items()}
        explosion *= damp
    if seize > 0 and L.get("Organized crime", 0) > 0:
        L["Organized crime"] += seize

    # Shelling the other side answered with fire is a fight ("shelled a Turkish military base ..., while Turkish
    # forces returned fire"): ACLED codes an exchange of fire as an armed clash.
    if F["@fire_returned"] > 0 and L.get("Shelling/artillery/missile attack", 0.0) > 0:
        L["Armed clash"] = L.get("Armed clash", 0.0) + L["Shelling/artillery/missile attack"] \
            + sum(W.get(k, 0.0) for k in EXPLOSIVE)
    # Weapons imply their sub-event types; an explosion with no named weapon reads as a bomb.
    for sub, w in W.items():
        L[sub] = L.get(sub, 0.0) + w
    # A chemical weapon however delivered is a chemical weapon (the codebook's precedence): "the air force
    # dropped a chlorine bomb", "shells filled with sarin".
    if L.get("Chemical weapon", 0.0) >= 3 or W.get("Chemical weapon", 0.0) > 0:
        for carrier in ("Air/drone strike", "Shelling/artillery/missile attack"):
            if L.get(carrier, 0.0) > 0:
                L["Chemical weapon"] = L.get("Chemical weapon", 0.0) + 0.6 * L[carrier]
                L[carrier] *= 0.5
    # Explosives a drone carried are a drone strike, not a planted bomb ("attacked a military outpost in Aguachica ...
    # using drones and explosive devices": ACLED's Air/drone strike covers munitions dropped from drones).
    if W.get("Air/drone strike", 0.0) > 0 and L.get("Remote explosive/landmine/IED", 0.0) > 0 and F["@uxo"] == 0:
        L["Air/drone strike"] = L.get("Air/drone strike", 0.0) + 0.6 * L["Remote explosive/landmine/IED"]
        L["Remote explosive/landmine/IED"] *= 0.5
    # A suicide attack with a car bomb is a suicide bomb (the codebook's precedence).
    if L.get("Suicide bomb", 0.0) >= 3.5 and L.get("Remote explosive/landmine/IED", 0.0) > 0:
        L["Suicide bomb"] += 0.5 * L["Remote explosive/landmine/IED"]
        L["Remote explosive/landmine/IED"] *= 0.5
    # A suicide attack or a named attack is never an accident ("rescue workers" come to bombings too).
    # Nor is an attack made with a weapon ("attacked the oil refinery in Tuapse with drones, causing a fire"),
    # nor a strike named as such ("a massive missile attack on Kyiv, hitting ... a warehouse").
    accidental = (accident > 0 and armed == 0 and L.get("Claim of responsibility", 0) == 0
                  and L.get("Suicide bomb", 0.0) < 3.5 and attack < 2 * accident
                  and not (attack > 0 and weapons_total > 0)
                  and max(L.get("Shelling/artillery/missile attack", 0.0), L.get("Air/drone strike", 0.0)) < 3)
    if explosion > 0:
        if accidental:
            L["Man-made disaster"] = L.get("Man-made disaster", 0.0) + explosion + accident
        elif not any(L.get(k, 0) >= 2 for k in EXPLOSIVE):
            # (an attack told by its explosion alone, no weapon named, was a bomb's: "استهدف انفجار موكبا لرئيس
            # الوزراء", "an explosion targeted the Prime Minister's convoy")
            bomb_attack = attack if weapons_total == 0 and any_weapon == 0 else 0.0
            # (and an explosion told as a thing that happened, nothing saying it was an accident, a fire or a gas
            # leak, is one: "there was an explosion in front of the house of Mandalay University deputy rector",
            # ACLED's 2021 Myanmar rows; a verb with no author, "the market was bombed", says no more than that)
            unexplained = min(F["@blast_noun"], 1.0) * _LONE_EXPLOSION if violence == 0 and accident == 0 \
                and fire == 0 and L.get("Man-made disaster", 0.0) == 0 else 0.0
            L["Remote explosive/landmine/IED"] = L.get("Remote explosive/landmine/IED", 0.0) + 0.9 * explosion + bomb_attack \
                + unexplained
        else:
            best = max(EXPLOSIVE, key=lambda k: L.get(k, 0.0))
            L[best] += 0.5 * explosion
    if accidental:
        L["Man-made disaster"] = L.get("Man-made disaster", 0.0) + accident + 0.5 * fire
        for k in EXPLOSIVE:
            if k in L:
                L[k] *= 0.4
    elif fire > 0 and accident == 0 and riot >= 3 and (protest > 0 and armed == 0 or L.get("Mob violence", 0.0) >= 2.5):
        # "des jeunes en colère ont saccagé et incendié le commissariat": a fire a crowd set is its riot
        crowd = "Violent demonstration" if protest >= L.get("Mob violence", 0.0) else "Mob violence"
        L[crowd] = L.get(crowd, 0.0) + L.get("Man-made disaster", 0.0)
        L["Man-made disaster"] = 0.3 * L.get("Man-made disaster", 0.0)
    elif fire > 0 and L.get("Man-made disaster", 0) > 0 and violence == 0 and armed == 0:
        L["Man-made disaster"] += fire
    elif fire > 0 and armed > 0 and accident == 0 and protest < 2.5 and (L.get("Man-made disaster", 0) > 0 or riot > 0):
        # "des terroristes ont incendié l'école", "gunmen set fire to a polling station": a fire an armed
        # group set is destruction, neither a disaster nor a riot (no crowd). (Beside a killing it is a part
        # of the attack, which ACLED codes as the attack: "killed one civilian ..., shops were pillaged and
        # burned"; so the fire adds nothing to destruction then.)
        arson = L.get("Man-made disaster", 0.0)
        # (nor beside a battle named as such: "villages were torched ... during a two day battle involving NAS
        # rebels against SSPDF": the destruction is a part of the battle, which ACLED codes)
        # (a killing told by its own word is one too: "beheaded 1 person and burned several huts")
        if kill == 0 and L.get("Attack", 0.0) < 3 and F["@amid_battle"] == 0:
            L["Looting/property destruction"] = L.get("Looting/property destruction", 0.0) + arson + 0.5 * fire + riot
        L["Man-made disaster"] = 0.3 * arson
        riot = 0.0

    # A killing told beside looting is an attack that also looted ("dahalo attacked and killed 1 person ... while
    # ambushing and looting vehicles"): ACLED codes the violence, of which the looting is a part.
    if kill > 0 and protest == 0 and F["@negated"] == 0 and L.get("Looting/property destruction", 0.0) > 0:
        L["Attack"] = L.get("Attack", 0.0) + L["Looting/property destruction"]
        L["Looting/property destruction"] *= 0.3
    # Armed men who storm a place and destroy what is there, hurting nobody, destroy property (ACLED:
    # "Al Shabaab militants stormed a construction site ... and destroyed equipment"); it is no riot.
    # (not the forces' arms: "Taliban militants attacked and destroyed an Afghan military tank" is a fight, ACLED's Armed
    # clash)
    if armed + sec > 0 and protest == 0 and angry == 0 and F["@destroy"] > 0 and kill + injure + F["@victim"] == 0 \
            and mil == 0 and max((L.get(k, 0.0) for k in EXPLOSIVE), default=0.0) < 2.5:
        L["Looting/property destruction"] = L.get("Looting/property destruction", 0.0) + F["@destroy"] + attack
        riot = 0.0
    # Protests: the four outcomes of a demonstration.
    if protest >= 2.5:
        pr = protest
        riot += 0.7 * L.get("Armed clash", 0.0)  # protesters "clashing" with police riot
        if armed == 0:
            # and protesters who wreck property ("des manifestants dégradent la grille du ministère") riot too
            # (ACLED codebook 2023 §Violent demonstration: demonstrators who engage in property destruction)
            riot += 0.7 * L.get("Looting/property destruction", 0.0)
        if riot >= 2 or (riot > 0 and (attack > 0 or fire > 0)):
            L["Violent demonstration"] = L.get("Violent demonstration", 0.0) + pr + riot
        elif lethal >= 2.5 or kill > 0 or (injure > 0 and F["@choking"] == 0 and (intervene > 0 or lethal > 0 or sec > 0)):
            # (protesters choking on tear gas are hurt by crowd control, not by force likely to cause serious injury:
            # "أصيب 15 متظاهرا ... باختناقات جراء استخدام القوات الأمنية الغاز المسيل للدموع")
            L["Excessive force against protesters"] = L.get("Excessive force against protesters", 0.0) + pr + lethal + kill + injure
        elif intervene > 0 or (L.get("Arrests", 0) > 0 and sec > 0):
            L["Protest with intervention"] = (
                L.get("Protest with intervention", 0.0) + pr + intervene + 0.7 * L.get("Arrests", 0.0)
            )
            L["Arrests"] = L.get("Arrests", 0.0) * 0.4
        else:
            L["Peaceful protest"] = L.get("Peaceful protest", 0.0) + pr
        for k in ("Armed clash", "Attack", "Looting/property destruction", "Change to group/activity"):
            if k in L:
                L[k] *= 0.4
        for k in EXPLOSIVE:
            if k in L:
                L[k] *= 0.6
    elif protest > 0:
        L["Peaceful protest"] = L.get("Peaceful protest", 0.0) + 0.5 * protest
    if protest < 2.5 and riot >= 3:
        # a political crowd ("opposition supporters") fighting the police is a riot, not a battle
        L["Violent demonstration"] = L.get("Violent demonstration", 0.0) + 0.6 * riot + protest

    # Generic violence: a battle against armed or military targets, an attack against civilians.
    specific = max((L.get(k, 0.0) for k in EXPLOSIVE), default=0.0)
    if accidental and attack == 0:
        violence = 0.0  # deaths in an accident are not an attack
    if violence > 0 and protest < 2.5:
        # (a weapon used makes the violence its kind, though weighing less than an event word: "Israeli
        # aircraft struck the school", "struck a cafe with an Iskander missile"; air support is no weapon)
        weapon_kind = max((W.get(k, 0.0) for k in EXPLOSIVE), default=0.0)
        if specific >= 2.5 or weapon_kind >= 2.0 and specific >= 2.0:
            best = max(EXPLOSIVE, key=lambda k: L.get(k, 0.0))
            L[best] += 0.4 * violence
        else:
            armed_target = mil + (1.0 if armed > 0 and sec > 0 else 0.0)
            # a beating is done to someone held or unarmed, never a fight: "prison security forces severely
            # beat up 2 prisoners in Jaw Prison" is an attack whatever the place (BHR12496)
            beaten_only = F["@beat"] > 0 and F["@attack"] == 0 and kill == 0 and civ > 0
            if armed_target > 0 and not beaten_only:
                L["Armed clash"] = L.get("Armed clash", 0.0) + 0.7 * violence + min(armed_target, 2.0)
            if civ > 0:
                # armed men named as the authors make the killing of civilians an attack outright ("gunmen
                # killed a trader")
                L["Attack"] = L.get("Attack", 0.0) + 0.7 * violence + 0.6 * min(civ, 3.0) + 0.3 * min(armed, 2.0)
            if armed_target == 0 and civ == 0:
                L["Attack"] = L.get("Attack", 0.0) + 0.45 * violence
                L["Armed clash"] = L.get("Armed clash", 0.0) + 0.4 * violence
    if L.get("Armed clash", 0) > 0 and civ > mil + armed and protest < 2.5 and specific < 2.5:
        # "clashes" in which only civilians appear are attacks on them, or communal fights.
        L["Attack"] = L.get("Attack", 0.0) + 0.3 * L["Armed clash"]

    if kill + attack == 0 and injure > 0 and L.get("Arrests", 0.0) > 0 and protest < 2.5:
        # "l'interpellation de Théo, au cours de laquelle il a été sérieusement blessé": an arrest that hurt the one
        # arrested is violence against him, which ACLED codes as an attack (its codebook 2023 §Attack)
        L["Attack"] = L.get("Attack", 0.0) + 0.6 * L["Arrests"] + injure
        L["Arrests"] *= 0.5
    if kill + injure + attack == 0 and L.get("Arrests", 0.0) > 0 and F["@operation"] > 0:
        # "interpellées lors d'une opération antiterroriste": an operation that arrested and hurt nobody is the
        # arrest (the operation word read as a fight adds to it)
        L["Arrests"] += F["@operation"]
    if kill > 0 and L.get("Arrests", 0.0) > 0 and max(L.get("Armed clash", 0.0), L.get("Attack", 0.0)) > 0:
        # "7 Taliban militants were killed ... and 3 were arrested during ... operations": those arrested in a
        # deadly operation are a part of it, which ACLED codes by its violence
        L["Arrests"] *= 0.5
    # Territory: who takes it decides between government gain and non-state gain — the agent of the
    # capture words when the sentence shows it, otherwise which kind of actor the sentence names.
    gov_side, nsa_side = F["@capture_gov"], F["@capture_nsa"]
    side = "gov" if gov_side > nsa_side else ("nsa" if nsa_side > gov_side else None)
    if side is None:
        side = "gov" if sec > armed else ("nsa" if armed > 0 or capture > 0 else None)
    if capture > 0 and territory > 0:
        if side == "gov":
            L["Government regains territory"] = L.get("Government regains territory", 0.0) + capture + 0.5
        else:
            L["Non-state actor overtakes territory"] = L.get("Non-state actor overtakes territory", 0.0) + capture + 0.5 * min(territory, 2.0)
    nsa = L.get("Non-state actor overtakes territory", 0.0)
    if nsa > 0 and side == "gov":
        L["Government regains territory"] = L.get("Government regains territory", 0.0) + nsa
        L["Non-state actor overtakes territory"] = 0.5 * nsa
    grt = L.get("Government regains territory", 0.0)
    if grt > 0 and nsa_side > gov_side:  # rebels "retaking" a town overtake it
        L["Non-state actor overtakes territory"] = L.get("Non-state actor overtakes territory", 0.0) + grt
        L["Government regains territory"] = 0.5 * grt
    # Territory taken without a fight ("entered the town without resistance") is a non-violent transfer.
    if F["@peaceful"] > 0:
        taken = L.get("Government regains territory", 0.0) + L.get("Non-state actor overtakes territory", 0.0)
        if taken > 0 or (capture > 0 and territory > 0):
            L["Non-violent transfer of territory"] = L.get("Non-violent transfer of territory", 0.0) + max(taken, capture) + F["@peaceful"]
            for k in ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"):
                if k in L:
                    L[k] *= 0.4
    if L.get("Government regains territory", 0) > 0 and territory > 0:
        L["Government regains territory"] += 0.5
    # Ground taken after fighting is the taking (the codebook's territory types are battles that change
    # who holds it): "a repris le contrôle de Djibo après de violents combats".
    # Words of taking weigh 4; a capture word whose agent is named before it ("the Arakan Army captured
    # Buthidaung town after weeks of fighting") is a taking too, not a place held.
    took = max(TERRITORY, key=lambda k: L.get(k, 0.0))
    # (whoever the agent is: "following clashes, Russian forces took the village of Lozova" is a foreign army's taking,
    # which the events stage tells apart from a regaining by the country's place)
    agent_took = max(F["@capture_gov_next"], F["@capture_nsa_next"], F["@capture_forces_next"]) >= 3
    if (taking_words >= 4 or agent_took) and L.get(took, 0.0) >= 3 and L.get("Armed clash", 0.0) > 0:
        L[took] += 0.5 * L["Armed clash"]
        L["Armed clash"] *= 0.5
    nvt = L.get("Non-violent transfer of territory", 0.0)
    seized = capture > 0 or L.get("Non-state actor overtakes territory", 0.0) > 0 \
        or L.get("Government regains territory", 0.0) > 0
    if nvt > 0 and seized and L.get("Armed clash", 0.0) > 0 and F["@peaceful"] == 0:
        # "captured Kavumu airport after clashes with the FARDC, who withdrew", "se sont emparés de la ville ...
        # après des combats contre l'armée congolaise dont certains éléments se sont repliés": a withdrawal after
        # a fight is ground taken by force, not handed over
        took = "Government regains territory" if side == "gov" else "Non-state actor overtakes territory"
        L[took] = L.get(took, 0.0) + nvt
        L["Non-violent transfer of territory"] = 0.3 * nvt
    if L.get("Non-violent transfer of territory", 0) > 0 and territory > 0:
        L["Non-violent transfer of territory"] += 0.5 * min(territory, 2.0)
    elif L.get("Non-violent transfer of territory", 0) > 0 and capture == 0:
        # "without resistance" with nothing taken in view ("arrested without resistance") is weak;
        # "entered Kidal without resistance" took the town.
        L["Non-violent transfer of territory"] *= 0.5
    if L.get("Headquarters or base established", 0) > 0 and base > 0:
        L["Headquarters or base established"] += 0.5

    # Disasters read as such only when no armed actor or attack is in view.
    if violence + armed + specific > 4:
        for k in ("Natural disaster", "Man-made disaster"):
            if k in L and not (k == "Man-made disaster" and accidental):
                L[k] *= 0.5
    # A munition named by its chemical filling is a chemical weapon whatever delivers it ("grenades loaded
    # with chloropicrin", "chlorine-filled barrels"): ACLED codes the chemical, not the grenade or the bomb.
    chemical = L.get("Chemical weapon", 0.0)
    if chemical >= 4:
        carrier = max((L.get(k, 0.0) for k in EXPLOSIVE if k != "Chemical weapon"), default=0.0)
        L["Chemical weapon"] = max(chemical, carrier + 0.5)


# A demonstration's outcomes, from the mildest: a later sentence may tell a worse one than the first.
PROTEST_OUTCOMES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                    "Violent demonstration")


def worse_protest_outcome(told: str | None, hits: list[Hit], after: list[Hit]) -> str | None:
    """The outcome that a protest's sentence (its ``hits``, first told as ``told``: "Peaceful protest" or
    "Protest with intervention") and the next sentence (``after``) give it, when worse; else ``None``.
    What the next sentence says after a demand ("They demanded the release of those detained") is the
    crowd's motive, not its outcome; only deaths or lethal force told there make it excessive force."""
    if told not in PROTEST_OUTCOMES[:2]:
        return None
    motive = next((h.start for h in after if h.label in ("@grievance", "@spark")), None)
    told_after = [h for h in after if motive is None or h.start < motive]
    outcome, _ = score_hits(hits + told_after).best(PROTEST_OUTCOMES)
    if outcome == "Excessive force against protesters" and not any(h.label in ("@kill", "@lethal") for h in told_after):
        outcome = "Protest with intervention"  # "Several were injured" after tear gas: ACLED's intervention
    if outcome is None or PROTEST_OUTCOMES.index(outcome) <= PROTEST_OUTCOMES.index(told):
        return None
    return outcome


def _specific_event(hits: list[Hit]) -> bool:
    return any(h.kind == "trigger" and h.label in SUB_EVENT_TYPES and h.weight >= 2.5 for h in hits)


def doc_scores(hits: list[Hit], ctx: "DocContext") -> dict[str, float]:
    """Document label scores: the sum of each sentence's scores (the codebook's combinations apply
    within a sentence, or a protest's and the next that tells its outcome), the headline and lead
    weighing more than the body."""
    sents = ctx.sentences
    groups: list[list[Hit]] = [[] for _ in sents] or [[]]
    i = 0
    for h in hits:
        while i + 1 < len(sents) and h.start >= sents[i + 1].start:
            i += 1
        groups[i].append(h)
    n = len(ctx.text) or 1
    total: dict[str, float] = defaultdict(float)
    told_on = -1  # a sentence already scored with the protest before it
    for idx, group in enumerate(groups):
        if not group or idx == told_on:
            continue
        pos = {0: 2.0, 1: 1.5, 2: 1.2}.get(idx, 1.0)
        if n > 3000 and group[0].start > 0.5 * n:
            pos *= 0.7
        if idx > 0 and any(h.label == "@followup" for h in group):
            pos *= 0.5  # "Police later arrested two suspects": what followed, not what the report is about
        sc = score_hits(group)
        after = groups[idx + 1] if idx + 1 < len(groups) else []
        if after and not _specific_event(after) \
                and worse_protest_outcome(sc.best(PROTEST_OUTCOMES)[0], group, after) is not None:
            # the next sentence tells what became of the protest (police fire, tear gas, deaths)
            sc, told_on = score_hits(group + after), idx + 1
        if "@pact" in sc.features:
            # an agreement named in passing reports none, but says what the text is about ("talks on ... the
            # landmark 2015 international nuclear agreement": CASE 2021 labels the sentence Agreement)
            sc.labels["Agreement"] = sc.labels.get("Agreement", 0.0) + sc.features["@pact"]
        for label, score in sc.labels.items():
            if label in ("Armed clash", "Attack") and sc.direct.get(label, 0.0) < 2.5:
                score *= 0.5  # read from generic words only ("les attaques"): often the same incident again
            total[label] += pos * score
    return dict(total)


# What an explosion told as a thing that happened adds to a bomb's score: enough, with its word, to stand as an event.
_LONE_EXPLOSION = 1.2
