"""Event mentions of one sentence: the best ACLED sub-event type its cue hits score (at least ``MIN_SCORE``),
the trigger it hangs on, and a second explosive type its weapons imply ("attaques au drone et à la roquette").

:mod:`.events` reads every sentence with :func:`sentence_mentions`, then fills and merges the mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..model import Event, Sentence
from .classify import CONTEXT_LABELS, EXPLOSIVE, FEATURE_FAMILY, SUB_EVENT_TYPES, TERRITORY, Scores, score_hits
from .context import DocContext
from .number_records import CasualtyStatement
from .generic_actors import ARMED_KINDS
from .local_militias import FACING_WORDS, HERDERS_WORDS
from .other_side import SHOT_DOWN
from .role_words import TOLL_NOUNS
from .triggers import Hit
from .weapon_means import AIRCRAFT, GROUND_FIRE

MIN_SCORE = 2.5
# Sub-event types that news mentions in passing ("troops deployed in Iraq") need more evidence.
MIN_SCORE_BY_LABEL = {"Change to group/activity": 3.5, "Other": 4.0, "Looting/property destruction": 3.0}


@dataclass(slots=True)
class EventMention:
    sub: str
    score: float
    anchor: Hit
    sentence: Sentence
    sidx: int
    hits: list[Hit]
    specific: bool
    modality: str = "asserted"
    secondary: bool = False  # second explosive type of one aggregate (no count of its own)
    met_by: Sentence | None = None  # the next sentence, telling the force a riot met ("Police fired tear gas")
    told_as: str | None = None  # the sub-event type its own sentence gave, before a later one told the outcome
    late: bool = False  # background only because its date lies more than BACKGROUND_DAYS before publication
    casualty_end: int | None = None  # casualties may be told in the next sentences ("L'une d'entre elles a fait des blessés")
    casualty_statements: list[CasualtyStatement] = field(default_factory=list)  # the figures of its casualty window
    # its date only the report's: the day someone spoke of it ("the military said on Friday") or the publication's
    date_reported: bool = False
    event: Event | None = None
    members: list["EventMention"] = field(default_factory=list)


def sentence_index(ctx: DocContext, hits: list[Hit]) -> list[list[Hit]]:
    sents = ctx.sentences or [Sentence(0, len(ctx.text))]
    out: list[list[Hit]] = [[] for _ in sents]
    starts = [s.start for s in sents]
    # (by position, not by the order of ``hits``: a cue promoted to a trigger is appended after the document's other
    # hits, "فرقت القوى الأمنية أمس تجمعات ...", and belongs to its own sentence, not to the last one reached)
    for h in hits:
        out[max(0, bisect_right(starts, h.start) - 1)].append(h)
    return out


def _anchor(sub: str, hits: list[Hit]) -> tuple[Hit | None, bool]:
    """The trigger a mention of ``sub`` hangs on, and whether the label was named specifically."""
    direct = [h for h in hits if h.kind == "trigger" and h.label == sub]
    returned = [h for h in hits if h.label == "@fire_returned"]
    if sub == "Armed clash" and returned:
        # (shelling answered with fire is a fight whose first side is who shelled: "pro-regime militias shelled a
        # Turkish military base ..., while Turkish forces returned fire")
        shelling = [h for h in hits if h.kind == "trigger" and h.label == "Shelling/artillery/missile attack"
                    and h.start < returned[0].start]
        if shelling:
            return shelling[0], True
    if direct:
        best = max(direct, key=lambda h: (h.weight, -h.start))
        return best, best.weight >= 2.5
    if sub == "Disrupted weapons use":
        # "Security forces found and destroyed an IED": the verb that disrupts holds who did it, not the device
        seizing = [h for h in hits if h.kind == "cue" and h.label in _SEIZING]
        if seizing:
            return seizing[0], False
    weapons = [h for h in hits if h.kind == "weapon" and h.label == sub]
    generic = [h for h in hits if h.kind == "trigger" and sub in FEATURE_FAMILY.get(h.label, ())]
    if not generic and sub in TERRITORY:
        # ground taken told by a weaker word ("troops have occupied three hill posts"): its verb holds the taker
        generic = sorted((h for h in hits if h.label == "@capture"), key=lambda h: -h.weight)
    if weapons:
        strongest = max(weapons, key=lambda h: h.weight)
        # (a toll's noun holds whose toll it was, not who fired: "an Israeli warplane fired an air to surface missile
        # ..., resulting in 2 Hezbollah deaths" hangs on the weapon)
        acts = [h for h in generic if h.text.lower() not in TOLL_NOUNS]
        anchor = acts[0] if acts else strongest
        return anchor, strongest.weight >= 2
    if generic:
        return generic[0], False
    cues = [h for h in hits if h.kind == "cue" and h.label == sub]
    triggers = [h for h in hits if h.kind == "trigger"]
    if triggers:
        return triggers[0], False
    return (cues[0], False) if cues else (None, False)


_SEIZING = ("@seize", "@destroy")


def _taken_before_retaken(hits: list[Hit]) -> list[Hit]:
    """The hits of a sentence less the taking told after a retaking word, which is the place's history: "recaptured
    a town in the restive northeast seized last week by jihadists after they overran a military base" reports the
    recapture (a word that says the place was lost before); the seizure was last week's event."""
    retaken = [h.token for h in hits if h.kind == "trigger" and h.label == "Government regains territory"]
    if not retaken:
        return hits
    return [h for h in hits if not (h.token > min(retaken) and h.label in ("Non-state actor overtakes territory", "@capture"))]


def _communities_fighting(hits: list[Hit]) -> list[Hit]:
    """Herders and the farmers or villagers they fight are no civilians hit: "herders clashed with farmers in Bagudo,
    killing two people" is a clash between their communities' militias (ACLED codes the farmer-herder conflict so),
    not an attack on civilians the toll would make of it. Their words then weigh nothing as civilians."""
    if not any(h.kind == "trigger" and h.label == "Armed clash" for h in hits):
        return hits
    sides = [h for h in hits if h.kind == "cue" and h.label == "@civilian"]
    herders = [h for h in sides if HERDERS_WORDS.search(h.text)]
    facing = [h for h in sides if h not in herders and FACING_WORDS.search(h.text)]
    if not herders or not facing:
        return hits
    return [replace(h, weight=0.0) if h in herders or h in facing else h for h in hits]


def sentence_mentions(sidx: int, sent: Sentence, hits: list[Hit], text: str = "") -> list[EventMention]:
    hits = _communities_fighting(_taken_before_retaken(hits))
    burned = residents_burned_state_site(hits)
    stormed = crowd_attacked_the_police(hits) if burned is None else None
    plain = plain_crowd_turned_on_someone(text, hits) if burned is None and stormed is None else None
    if plain is not None:
        hits = [*hits, replace(plain, kind="trigger", label="Mob violence", weight=4.0)]
    if stormed is not None:
        hits = [*hits, replace(stormed, kind="cue", label="@riot", weight=3.0)]
    if burned is not None:
        hits = [*hits, replace(burned, kind="trigger", label="Violent demonstration", weight=3.0)]
    arson = [h for h in hits if h.label == "@fire" and h.kind == "cue"]
    seizing = [h for h in hits if h.label in _SEIZING and h.kind == "cue"]
    has_trigger = any(h.kind == "trigger" for h in hits)
    weapon_named = any(h.kind == "weapon" for h in hits)
    armed_seizing = bool(seizing) and any(h.label == "@armed" for h in hits)
    if not has_trigger and any(h.label == "@armed" for h in hits) and not any(h.label in ("@protest", "@riot") for h in hits):
        # "unknown gunmen severely wounded a civilian": armed men who hurt someone attacked them, though no event
        # word is said (ACLED's 2020 Mali rows, Attack)
        hurt = next((h for h in hits if h.label == "@injure" and h.kind == "cue" and _HURT_VERB.fullmatch(h.text)), None)
        if hurt is not None:
            hits = [*hits, replace(hurt, kind="trigger", label="@attack", weight=2.0)]
            has_trigger = True
    if not has_trigger and not arson and not (seizing and weapon_named) and not armed_seizing:
        return []
    sc: Scores = score_hits(hits)
    forces = _armed_men_named(sc)
    if not has_trigger and seizing and weapon_named and forces and sc.best(SUB_EVENT_TYPES)[0] == "Disrupted weapons use":
        # "Ukrainian forces destroyed a Russian drone over Kharkiv": forces that destroy or seize a weapon
        # disrupt its use, though no event word is said
        hits = [*hits, replace(seizing[0], kind="trigger", label="Disrupted weapons use")]
        has_trigger = True
    elif not has_trigger and armed_seizing and not weapon_named and sc.features.get("@security", 0.0) == 0:
        # "unknown gunmen on motorbikes seized a GATIA vehicle": armed men who take what is not a weapon loot it
        hits = [*hits, replace(seizing[0], kind="trigger", label="Looting/property destruction", weight=3.0)]
        has_trigger = True
        sc = score_hits(hits)
    elif not has_trigger and not arson:
        return []
    if not has_trigger:
        # "gunmen set fire to a polling station": no event word, but a fire set by armed men is destruction;
        # "angry youths set fire to the parliament": one set by an angry crowd is a riot.
        best = sc.best(SUB_EVENT_TYPES)[0]
        crowd = best in ("Violent demonstration", "Mob violence") and any(h.label == "@angry_crowd" for h in hits)
        armed = _armed_men_named(sc)
        if best != "Looting/property destruction" and not crowd and armed \
                and not any(h.label in ("@protest", "@angry_crowd") for h in hits):
            best = "Looting/property destruction"  # "Myanmar military troops set fire to 150 houses"
        if best != "Looting/property destruction" and not crowd:
            return []
        hits = [*hits, replace(arson[0], kind="trigger", label=best)]
    sub, score = sc.best(SUB_EVENT_TYPES) if has_trigger else (best, sc.labels.get(best, 0.0))
    if not has_trigger and _armed_men_named(sc):
        # the fire's authors are armed ("JNIM militants burned a school"): destruction, however briefly told
        score = max(score, MIN_SCORE_BY_LABEL["Looting/property destruction"])
    violent = [h for h in hits if h.kind == "trigger" and h.label in ("@attack", "@kill", "@beat")]
    if (sub is None or score < MIN_SCORE_BY_LABEL.get(sub, MIN_SCORE)) and violent and sum(h.weight for h in violent) >= 2 \
            and sc.features.get("@protest", 0.0) < 2.5:
        # A lone "attacked" / "was killed" still reports violence: a weak mention, coded by target (also beside
        # a word too weak to make its own event: "beat up violators of the curfew").
        sub, score = sc.best(("Attack", "Armed clash"))
        sub, score = (sub or "Attack"), max(score, MIN_SCORE)
    if sub is None or score < MIN_SCORE_BY_LABEL.get(sub, MIN_SCORE):
        return []
    if sub in ("Armed clash", "Attack"):
        sub, score = _remote_means(sub, score, sc, hits)
    ctx_label, ctx_score = sc.best(CONTEXT_LABELS)
    # (a crowd that rioted is told too by its riot's words: "Les scènes de liesse ... ont dégénéré en violences",
    # "300 d'entre elles se sont livrées à des violences et ont attaqué des policiers et des pompiers accourus pour
    # éteindre les feux": the fires are the riot's, no accident)
    crowd_told = SUB_EVENT_TYPES.get(sub) in ("Protests", "Riots") and any(
        h.label == "@protest" and h.kind == "trigger" for h in hits) or any(
        h.label == "@riot" and h.weight >= 2.5 for h in hits)
    if ctx_label in ("Natural disaster", "Man-made disaster") and ctx_score > score and not crowd_told and burned is None:
        # (farmers who "protested ... for their crop, damaged by hailstorms and rains" protest: the disaster
        # is their grievance; a police station residents set on fire burned by no accident)
        return []
    anchor, specific = _anchor(sub, hits)
    if anchor is None:
        return []
    sub = _by_air(sub, hits)
    shooting = any(h.kind == "weapon" and h.weapon == "firearm" or h.label == "@attack" and _SHOOTING.search(h.text)
                   for h in hits)
    if sub == "Grenade" and shooting and sc.features.get("@military_target", 0.0) > 0:
        # "armed men attacked a police patrol using grenades and firearms": a fight with the forces, not a grenade
        # thrown (ACLED codebook 2023 §Grenade: the grenade alone)
        sub = "Armed clash"
    elif sub == "Grenade" and shooting and sc.features.get("@civilian", 0.0) > 0:
        # "targeted a group of civilians ... with a grenade before opening fire on them": the shooting's attack
        sub = "Attack"
    out = [EventMention(sub, score, anchor, sent, sidx, hits, specific)]
    if SUB_EVENT_TYPES[sub] == "Explosions/Remote violence":
        for other in EXPLOSIVE:
            if other == sub or sc.weapons.get(other, 0.0) < 2 or sc.labels.get(other, 0.0) < MIN_SCORE:
                continue
            if sub == "Air/drone strike" and other == "Shelling/artillery/missile attack" and _fired_from_the_air(hits):
                continue  # the aircraft's own missiles
            w_hits = [h for h in hits if h.kind == "weapon" and h.label == other]
            out.append(EventMention(other, sc.labels[other], w_hits[0], sent, sidx, hits, True, secondary=True))
    return out


# The words of hurting that armed men can be told to have done ("gunmen wounded a civilian"), not the toll's nouns
# ("injuries", "casualties"), which only count a hurt another sentence tells.
_HURT_VERB = re.compile(r"wounded|injured|shot|blessée?s?|أصاب|اصاب|أصابوا|اصابوا", re.IGNORECASE)


# Words of shooting among the attack triggers ("opening fire on them", "gunfire", "shot").
_SHOOTING = re.compile(r"\b(?:fire|fired|firing|gunfire|gunshots?|shot|shots|shooting|shoot)\b", re.IGNORECASE)


# How far after the fire word the police station it burned may be named ("على حرق مركز شرطة", "ont incendié le
# commissariat", "set fire to the police post"), in characters.
_SITE_REACH = 30


def residents_burned_state_site(hits: list[Hit]) -> Hit | None:
    """The fire word of a sentence in which residents or kin, and no armed men, set fire to a police station or
    a security vehicle ("أقدم عدد من أهالي منطقة السواسي ... على حرق مركز شرطة وسيارة أمنية"): ACLED codes such a
    crowd's violence against the state a violent demonstration, though nobody says "protest" or "angry"."""
    if any(h.label in ("@armed", "@angry_crowd") for h in hits):
        return None  # (gunmen who burn a station destroy it; an angry crowd is read by the arson rule)
    for fire in (h for h in hits if h.label in ("@fire", "@riot") and h.kind == "cue"):
        residents = any(h.label in ("@civilian", "@kin") and h.end <= fire.start for h in hits)
        site = any(h.label == "@state_site" and 0 <= h.start - fire.end <= _SITE_REACH for h in hits)
        if residents and site:
            return fire
    return None


# How far after a crowd's attack word the police it attacked may be named ("هاجموا مركزا للشرطة", "ont attaqué un
# commissariat de police"), in characters.
_POLICE_REACH = 40


def crowd_attacked_the_police(hits: list[Hit]) -> Hit | None:
    """The attack word of a sentence in which a crowd attacks the police or their station ("محتجون تونسيون يهاجمون
    مركزاً للشرطة", "des manifestants ont attaqué un commissariat"): the protesters are its authors (they stand
    before the attack word, the police after it, and no armed men are named), and ACLED codes a crowd's violence
    against the state a violent demonstration."""
    if any(h.label in ("@armed", "@angry_crowd", "@kill", "@lethal") for h in hits):
        return None  # (protesters killed "par des tirs des forces de l'ordre" were fired on; they attacked no one)
    for attack in (h for h in hits if h.label == "@attack" and h.kind == "trigger" and not _SHOOTING.search(h.text)):
        crowd = any(h.label == "@protest" and h.kind == "trigger" and h.end <= attack.start for h in hits)
        police_before = any(h.label == "@security" and h.end <= attack.start for h in hits)
        police = any(h.label in ("@security", "@state_site") and 0 <= h.start - attack.end <= _POLICE_REACH for h in hits)
        if crowd and police and not police_before:
            return attack
    return None


# Acts of a crowd's violence against someone ("assaulted", "beat up", "lynched", "killed", "wounded").
_CROWD_VIOLENCE = ("@attack", "@kill", "@beat", "Attack", "Mob violence", "@injure")
# Words between a crowd and its verb that make the crowd the one acted on ("residents were attacked by").
_NOT_ITS_SUBJECT = re.compile(r"\b(?:was|were|been|by|par|été|sont|ont\s+été)\b", re.IGNORECASE)
_HANDED_TO = re.compile(r"\b(?:to|over\s+to|aux?|à\s+la)\s+(?:the\s+|local\s+|la\s+)?$", re.IGNORECASE)
# How far before its verb the crowd may be named ("a number of locals in the village of Soka (Sinende, Borgou)
# severely wounded"), in characters.
_CROWD_REACH = 70


def plain_crowd_turned_on_someone(text: str, hits: list[Hit]) -> Hit | None:
    """The violent verb of a sentence in which a group of ordinary people ("a number of people", "a group of
    youths", "villagers", "des habitants"), with no arms, no guns and no forces named, beat, wound or kill someone:
    ACLED codes them rioters, their act mob violence (codebook 2023 §Mob violence; its Benin rows: "a number of
    people assaulted and killed a motorcycle thief")."""
    # (not the police a crowd hands its victim to: "a group beat a suspected robber before taking him to the police",
    # ACLED's Benin row, Mob violence)
    if any(h.label in ("@armed", "@angry_crowd", "@security", "@forces", "@protest")
           and not (h.label == "@security" and _HANDED_TO.search(text, max(0, h.start - 20), h.start)) for h in hits):
        return None
    if any(h.kind == "weapon" and h.weapon not in ("bladed weapon", "stones", "blunt object", None) for h in hits) \
            or any(_SHOOTING.search(h.text) for h in hits if h.kind in ("trigger", "cue")):
        return None  # (shot him: a gun makes it an armed attack)
    crowds = [h for h in hits if h.label == "@plain_crowd"]
    for act in (h for h in hits if h.label in _CROWD_VIOLENCE and h.kind in ("trigger", "cue")):
        for crowd in crowds:
            if 0 <= act.start - crowd.end <= _CROWD_REACH and not _NOT_ITS_SUBJECT.search(text[crowd.end:act.start]):
                return act
    return None


def _armed_men_named(sc: Scores) -> bool:
    """Whether the sentence names armed men: forces of a state or not, or "forces" alone (``@forces``,
    which decides no side but says armed men are there)."""
    return sc.features.get("@armed", 0.0) + sc.features.get("@security", 0.0) + sc.features.get("@forces", 0.0) > 0


def _by_air(sub: str, hits: list[Hit]) -> str:
    """"Planes began bombarding the city", "des hélicoptères ont bombardé": a bombardment by aircraft
    alone is an air strike in ACLED's codebook, whatever the verb."""
    weapons = {h.weapon for h in hits if h.kind == "weapon" and not _aircraft_hit(h, hits)}
    if sub == "Disrupted weapons use" and weapons & AIRCRAFT and not any(
            h.kind == "trigger" and h.label == sub for h in hits):
        return "Air/drone strike"  # "warplanes carried out 15 raids on ... positions": air raids, no seizure
    if sub != "Shelling/artillery/missile attack":
        return sub
    if weapons & AIRCRAFT and not weapons & GROUND_FIRE:
        return "Air/drone strike"
    if _air_strike_told_first(hits):
        return "Air/drone strike"
    return "Air/drone strike" if _fired_from_the_air(hits) else sub


# Verbs whose object an aircraft named after them is: what was shot down or shelled, not what fired.
_HIT_VERB = re.compile(r"\b(?:shot|shoot|shooting|shoots|downed|shelled|shelling|fired\s+at)\b", re.IGNORECASE)
# How far after that verb the aircraft hit may be named ("shot down a Ukrainian Sukhoi Su-25"), in characters.
_HIT_REACH = 30


def _aircraft_hit(weapon: Hit, hits: list[Hit]) -> bool:
    """Whether the aircraft ``weapon`` is what a verb of firing before it hit ("Russian forces shot down a Ukrainian
    MiG-29", "shelled Ukrainian Sukhoi Su-25": ACLED's Ukraine rows code the ground fire, not an air strike)."""
    if weapon.weapon not in AIRCRAFT:
        return False
    return any(h.kind == "trigger" and h.start < weapon.start and weapon.start - h.start <= _HIT_REACH + len(h.text)
               and _HIT_VERB.search(h.text) for h in hits)


_AIR_WORD = re.compile(r"\b(?:airborne|air-launched|air\s+launched|aerial|air\s*strikes?|air\s+and\s+(?:navy|sea))\b",
                       re.IGNORECASE)


def _air_strike_told_first(hits: list[Hit]) -> bool:
    """Whether a strong word of striking from the air comes before every word of shelling ("launched an airborne
    missile strike", "carried out aerial attacks with cruise missiles", "launched an airstrike and shelled the
    positions": ACLED's Ukraine rows code the air strike, its missiles being the aircraft's)."""
    shelling = [h for h in hits if h.kind in ("trigger", "weapon") and h.label == "Shelling/artillery/missile attack"]
    if any(SHOT_DOWN.search(h.text) and h.kind == "trigger" for h in shelling):
        return False  # (a Stinger "airborne missile complex" that shot down a helicopter is ground fire)
    starts = [h.start for h in hits if h.kind == "trigger" and h.label == "Air/drone strike" and h.weight >= 3]
    # (a longer shelling phrase may hold the air word: "launched an airborne missile", "launched an airstrike and
    # shelled")
    starts += [h.start + m.start() for h in shelling if h.kind == "trigger" for m in _AIR_WORD.finditer(h.text)]
    return bool(starts) and all(min(starts) <= h.start + (m.start() if (m := _AIR_WORD.search(h.text)) else 0)
                                for h in shelling)


# Ground fire an aircraft can carry: missiles and rockets ("طائرات الاحتلال استهدفت البناية بعدة صواريخ",
# "warplanes fired missiles at"), unlike artillery, tanks or warships.
_AIR_LAUNCHED = {"missile", "rocket"}


def _fired_from_the_air(hits: list[Hit]) -> bool:
    """Whether the sentence's missiles or rockets are an aircraft's: an aircraft is told before them, a verb of firing
    or striking stands between ("Israeli aircraft fired missiles at a building", "طائرات الاحتلال استهدفت البناية بعدة
    صواريخ": an air strike in ACLED's rows, not "des attaques de drones et de roquettes", two means) and no other
    ground fire is told."""
    weapons = [h for h in hits if h.kind == "weapon"]
    ground = [h for h in weapons if h.weapon in GROUND_FIRE]
    air = [h for h in weapons if h.weapon in AIRCRAFT]
    if not air or not ground or any(h.weapon not in _AIR_LAUNCHED for h in ground):
        return False
    first_air = min(air, key=lambda h: h.start)
    return all(h.start > first_air.start and any(
        t.kind == "trigger" and first_air.end <= t.start < h.start for t in hits) for h in ground)


# Words that open a victims pattern ("killed five militants", "tué trois civils"): who died, not how.
_VICTIM_VERBS = frozenset("kill killed kills killing tué tués tuée tuées tuant tue tuent".split())
_REMOTE = ("Air/drone strike", "Shelling/artillery/missile attack")


def _remote_means(sub: str, score: float, sc: Scores, hits: list[Hit]) -> tuple[str, float]:
    """"A drone strike killed five militants": the victims pattern says a clash, the means a strike.
    ACLED codes by the means when the attacker was not present (Explosions/Remote violence)."""
    own = [h for h in hits if h.kind == "trigger" and h.label == sub]
    if not own or not all(h.text.split()[0].lower() in _VICTIM_VERBS for h in own):
        return sub, score
    remote = [(sc.labels.get(r, 0.0), r) for r in _REMOTE if sc.labels.get(r, 0.0) >= MIN_SCORE]
    if not remote:
        return sub, score
    best_score, best = max(remote)
    return best, max(best_score, score)


# How strongly a report's words must score an event type for it to stand without an event word.
MIN_SCORE_WITHOUT_TRIGGER = 3.0


def told_without_event_word(ctx: DocContext, hits: list[Hit], by_sentence: list[list[Hit]],
                            labels: dict[str, float]) -> EventMention | None:
    """The one event of a report whose sentences hold no event word of their own, when its words score an
    ACLED sub-event type well above every context label ("Colectivos ... conducted military exercises": a
    change to group activity); anchored on the first cue of that type. None when no type scores enough."""
    subs = [(v, k) for k, v in labels.items() if k in SUB_EVENT_TYPES]
    context = max((v for k, v in labels.items() if k not in SUB_EVENT_TYPES), default=0.0)
    if not subs:
        return None
    score, sub = max(subs)
    if score < MIN_SCORE_WITHOUT_TRIGGER or score <= context:
        return None
    sents = ctx.sentences or [Sentence(0, len(ctx.text))]
    for sidx, s_hits in enumerate(by_sentence):
        anchor = next((h for h in s_hits if h.label == sub or sub in FEATURE_FAMILY.get(h.label, ())), None)
        if anchor is not None and sub == "Change to group/activity" and _AID.search(anchor.text) \
                and not _armed_in(ctx, sents[sidx]):
            continue  # (a government that hands out food changes no armed group's activity)
        if anchor is not None:
            return EventMention(sub, score, anchor, sents[sidx], sidx, s_hits, False)
    return None


# Aid handed out, a change to an armed group's activity only (ACLED 2020: cartels' food packages), and the actors
# whose activity ACLED records so: armed groups and forces, not governments.
_AID = re.compile(r"\bfood\b", re.IGNORECASE)


def _armed_in(ctx: DocContext, sentence: Sentence) -> bool:
    return any(a.kind in ARMED_KINDS and a.start is not None and sentence.start <= a.start < sentence.end
               for a in ctx.actors)

