"""A sentence that goes on with the incident told before it: "The strike killed 3 militants", "Troops repelled the
attack, killing 12", "L'attaque a fait 5 morts"; what the attackers also did ("The militants looted shops"); the
bomb another mention of an attack tells. Read by :func:`sitrep.extraction.incidents.merge_incidents`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Event
from .generic_actors import UNIDENTIFIED
from .incident_dates import date_from
from .role_cues import ARMED_TARGETS, DEFINITE_BEFORE
from .weapon_means import merge_weapons

if TYPE_CHECKING:  # pragma: no cover
    from .mentions import EventMention

ONE_BOMB = {"Remote explosive/landmine/IED", "Suicide bomb"}
# What the attackers also did, told after the attack ("The militants looted shops and burned houses", "Les
# assaillants ont également incendié des abris"): ACLED codes it within the attack, not as an event of its own.
_DETAIL_TYPES = ("Looting/property destruction",)
VIOLENT_TYPES = ("Battles", "Violence against civilians", "Explosions/Remote violence")


# A sentence that goes on with the incident told before it: "The strike killed 3 militants", "Troops repelled
# the attack, killing 12", "L'attaque a fait 5 morts", "Lors de l'assaut, ...".
_EVENT_NOUN = (r"(?:(?:air|drone|deadly|suicide|twin|latest)\s+)?(?:strike|airstrike|attack|raid|assault|ambush|"
               r"bombing|blast|explosion|shelling|offensive|counterattack|counter-attack|response|frappe|attaque|"
               r"assaut|embuscade|attentat|bombardement|riposte|contre-attaque|clash|clashe|heurt|affrontement|"
               r"violence|riot|unrest|émeute)s?")
_SEQUEL_START = re.compile(r"\W*(?:The|This|That|These|L['’]\s*|La|Le|Les|Cette|Ce|Ces)\s*" + _EVENT_NOUN + r"\b",
                           re.IGNORECASE)
_SEQUEL = re.compile(r"\b(?:repelled|repulsed|foiled|thwarted|during|in|after|repoussé|lors\s+de|pendant|après)\s+"
                     r"(?:the|this|their|its|l['’]\s*|la|cette|leur)\s*" + _EVENT_NOUN + r"\b", re.IGNORECASE)


_AUTHOR_ACCOUNT = re.compile(r"\b(?:a\s+affirmé|affirme|a\s+déclaré|a\s+assuré|a\s+indiqué|dit|said|says|claimed|"
                             r"stated)\s+(?:avoir|it\s+had|it\s+has|to\s+have|that\s+it\s+had)\b|"
                             r"(?:قال|أعلن|أكد|زعم)\s+(?:إنه|أنه)", re.IGNORECASE)


def refers_back(inc: EventMention, m: EventMention, text: str) -> bool:
    """Whether ``m``, in one of the two sentences after the violent incident ``inc``, goes on with it by
    naming it with a definite event noun ("The strike killed 3 militants", "Troops repelled the attack")."""
    ev, iev = m.event, inc.event
    # (a riot goes on as a fight: "Riots break out in Kisumu ... Three people are killed during the clashes")
    if ev is None or iev is None or not 1 <= m.sidx - inc.sidx <= 2 or iev.event_type not in VIOLENT_TYPES + ("Riots",) \
            or ev.event_type not in VIOLENT_TYPES or m.modality != "asserted" or inc.modality != "asserted":
        return False
    # (a place read off another sentence says nothing: "... its war on Gaza, amid hostilities against Hezbollah. Three
    # individuals were killed in the attack" goes on with the strike in Lebanon)
    own_place = ev.location is not None and ev.location.start is not None \
        and m.sentence.start <= ev.location.start < m.sentence.end
    if own_place and iev.location is not None and ev.location.country and iev.location.country \
            and ev.location.country != iev.location.country:
        return False
    if _SEQUEL_START.match(text, m.sentence.start, m.sentence.end) or _SEQUEL.search(text, m.sentence.start, m.sentence.end):
        return True
    # the author's own account of what it hit ("L'armée israélienne a affirmé avoir visé un complexe du
    # Hamas et tué plusieurs terroristes", "The army said it had targeted militants"): the same strike
    same_author = ev.actor1 is not None and iev.actor1 is not None and ev.actor1.name is not None \
        and ev.actor1.name == iev.actor1.name and "unidentified" not in (ev.actor1.kind, iev.actor1.kind)
    return same_author and m.sidx - inc.sidx == 1 and bool(_AUTHOR_ACCOUNT.search(text, m.sentence.start, m.anchor.start))


def by_its_bomb(ev: Event, ov: Event, modality: str) -> None:
    """Type an attack by the bomb another mention of it tells ("محاولة اغتيال" in the headline, "استهدف انفجار
    موكبا" in the lead; "Friday's attack on a mosque", then "killed in the explosion at a mosque"): ACLED codes the
    attack by its means."""
    if ev.sub_event_type == "Attack" and ov.sub_event_type in ONE_BOMB and modality == "asserted" and not ev.weapons:
        ev.event_type, ev.sub_event_type = ov.event_type, ov.sub_event_type


def fold_sequel(inc: EventMention, m: EventMention) -> None:
    """Fold a sentence that goes on with ``inc`` into it, keeping the lead's type and sides: who repelled
    the attack is the side the lead left unnamed; the toll told there is the incident's."""
    ev, ov = inc.event, m.event
    assert ev is not None and ov is not None
    inc.members.append(m)
    ev.evidence.extend(s for s in ov.evidence if all(not s.overlaps(e) for e in ev.evidence))
    if not inc.specific and m.specific and ev.sub_event_type == "Attack" and ov.sub_event_type == "Armed clash" \
            and (ev.actor2 is None or not ev.actor2.text) and ov.actor2 is not None and ov.actor2.text:
        # a vague attack word whose victims nobody named ("ont mené une nouvelle offensive"), told on as a fight
        # with armed men ("L'assaut lancé par l'armée ... a permis de neutraliser 04 ambazoniens"), was that fight
        ev.event_type, ev.sub_event_type = ov.event_type, ov.sub_event_type
        ev.actor2, ev.assoc_actor2 = ov.actor2, ov.assoc_actor2
    by_its_bomb(ev, ov, m.modality)
    # (the side that repelled the attack is the sequel's actor2, or its actor1 when told as the author)
    other_side = next((a for a in (ov.actor2, ov.actor1) if a is not None and a.name and a.kind != "unidentified"
                       and (ev.actor1 is None or a.name != ev.actor1.name)), None)
    if ev.actor2 is None and other_side is not None and ev.sub_event_type == "Armed clash":
        ev.actor2, ev.assoc_actor2 = other_side, ov.assoc_actor1
    for name in ("actor1", "location", "target"):
        if getattr(ev, name) is None and getattr(ov, name) is not None and name != "actor1":
            setattr(ev, name, getattr(ov, name))
    # the other side's dead, told in the sequel ("Vingt-trois soldats ont été tués dans une embuscade ... 30
    # terroristes ont été neutralisés lors de la riposte"), add to the lead's: ACLED counts all the deaths
    other_dead = ev.actor1 is not None and ov.actor2 is not None and ov.actor2.name == ev.actor1.name \
        or ev.actor2 is not None and ov.actor2 is not None and ov.actor2.name not in (None, ev.actor2.name) \
        and ov.actor2.kind in ("unidentified", *ARMED_TARGETS) and ev.actor2.kind not in ("unidentified", *ARMED_TARGETS)
    told = ov.fatalities is not None and not ov.fatalities_estimated and ev.fatalities is not None \
        and not ev.fatalities_estimated and ov.fatalities_text is not None and ev.fatalities_text is not None \
        and not (ov.fatalities_text.start < ev.fatalities_text.end and ev.fatalities_text.start < ov.fatalities_text.end) \
        and ov.fatalities_text.start >= m.sentence.start  # (not a headline's figure the sequel was lent)
    if told and other_dead:
        ev.fatalities = (ev.fatalities or 0) + (ov.fatalities or 0)
    elif ov.fatalities is not None and not (ov.fatalities == 0 and ov.fatalities_estimated) \
            and (ev.fatalities is None or ev.fatalities_estimated or ov.fatalities > ev.fatalities):
        ev.fatalities, ev.fatalities_estimated, ev.fatalities_text = ov.fatalities, ov.fatalities_estimated, ov.fatalities_text
    if ev.injuries is None and ov.injuries is not None:
        ev.injuries, ev.injuries_text = ov.injuries, ov.injuries_text
    ev.weapons = merge_weapons(ev.weapons, ov.weapons)
    # the sequel's own day ("The suicide bombing occurred ... on Wednesday") dates a lead that had only the report's
    date_from(inc, m)




def told_of_the_same_men(inc: EventMention, m: EventMention, text: str) -> bool:
    """Whether ``m`` tells more of what the authors of the earlier incident ``inc`` did: a detail type
    ("looted", "burned houses") whose author is a generic noun with a definite determiner ("the
    militants", "les assaillants"), in a sentence after a violent incident's."""
    ev, iev = m.event, inc.event
    if ev is None or iev is None or ev.sub_event_type not in _DETAIL_TYPES or iev.event_type not in VIOLENT_TYPES \
            or m.sidx <= inc.sidx or m.sidx - inc.sidx > 2:
        return False
    a = ev.actor1
    # (a generic author may already carry the group named before: "Les assaillants" after "le gang Gran Grif")
    if a is None or a.start is None or not a.text or not (a.kind == "unidentified" or (a.name or "").startswith(
            UNIDENTIFIED) or iev.actor1 is not None and a.name == iev.actor1.name):
        return False
    return bool(DEFINITE_BEFORE.search(text[max(0, a.start - 14):a.start]))


# Words that put the victim in the hands of those who hurt him: "whilst in their custody", "en garde à vue", "أثناء احتجازه".
_IN_CUSTODY = re.compile(r"\b(?:custody|detention|detained|detainee|while\s+held|garde\s+à\s+vue|détention|détenu)\b|"
                         r"الاحتجاز|احتجازه|احتجازهم|الحجز|الاعتقال|اعتقاله", re.IGNORECASE)


def died_in_custody(arrest: EventMention, m: EventMention, text: str) -> bool:
    """Whether ``m``, in one of the two sentences after the arrest ``arrest``, tells the same force's violence on the man
    held ("police arrested an elderly man ... The police allegedly tortured the man whilst in their custody, and he died
    as a result"): ACLED codes the one event by that violence, an attack (its Uganda rows, UGA5964)."""
    ev, av = m.event, arrest.event
    if ev is None or av is None or av.sub_event_type != "Arrests" or ev.sub_event_type != "Attack" \
            or not 1 <= m.sidx - arrest.sidx <= 2 or ev.actor1 is None or av.actor1 is None \
            or ev.actor1.name != av.actor1.name:
        return False
    return bool(_IN_CUSTODY.search(text, m.sentence.start, m.sentence.end))
