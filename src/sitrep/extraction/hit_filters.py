"""Lexicon hits that the words around them show to be misread, dropped before classification.

Readings the matcher cannot see on its own: a capitalised cue word beside a number is a month, not a
modal ("On 4 May 2023" is not "may"); a gathering of armed men is no demonstration; forces named as
the author of the fire are not its target; and what a protest is against or what set it off is its motive, not
something done to the crowd (see :mod:`.motives`). And the one hit added: a verb of taking with a named place after it
is the taking of that place (:func:`places_taken`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..resolve.actors import GENERIC_NAME
from ..resolve.geo_lexicon import STREET_NOUN_AFTER, STREET_NOUN_BEFORE
from ..textnorm import has_arabic
from .context import DocContext
from .passing_events import SENTENCE_END as _SENTENCE_END, pacts_made, plots_foiled_by_arrests, sentence_bounds, without_causes
from .equipment import without_equipment_events
from .companions import without_companion_events
from .marches import french_marches, marches, rallies_as_scene
from .motives import CLAUSE_END, CROWD, gatherings_with_demands, without_grievances
from .rescues import rescues
from .sides import TAKING
from .triggers import Hit


# Weapons of crowd control (weapons.tsv's canonical names), whose use is no attack of their own.
_CROWD_CONTROL = frozenset({"stun grenade", "water cannon"})
# The armed deeds such munitions do not make (a crowd's words that end on them, "tirs de grenades lacrymogènes", stay).
_ARMED_LABELS = frozenset({"Shelling/artillery/missile attack", "Grenade", "Air/drone strike", "Remote explosive/landmine/IED",
                           "Suicide bomb", "Attack", "Armed clash", "@attack", "@kill"})


def without_misreadings(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` (in text order) without month names read as modals, protest words that gather armed men,
    forces named as the author (Arabic "برصاص قوات ..."), and intervention cues or event words inside a
    protest's motive."""
    hits = [h for h in hits if not (h.kind == "modality" and (_date_word(text, h) or _premeditated(text, h)))]
    # "@not_event" rows name phrases whose words are no event word ("rocket-propelled grenades" are no
    # thrown grenade, "a hostage deal" no abduction), and so do weapons that imply no event type ("stun
    # grenades" are crowd control, no grenade attack): the shorter triggers inside them go
    # (not a firearm's words, whose fire is told: "used machine gunfire towards Kfar Kila town")
    blockers = [(h.start, h.end) for h in hits
                if h.label == "@not_event" or h.kind == "weapon" and not h.label and h.weapon != "firearm"]
    # (and so do the scoring cues inside them: "fire brigade headquarters" is a building, no disaster)
    hits = [h for h in hits if not ((h.kind in ("trigger", "weapon") or h.kind == "cue" and h.weight > 0) and any(
        s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in blockers))]
    # (and a trigger whose object is crowd-control munitions: "Police fire tear gas shells" is no shelling; a Molotov
    # cocktail thrown is still a riot's)
    calm = [(h.start, h.end) for h in hits if h.kind == "weapon" and not h.label and h.weapon in _CROWD_CONTROL]
    hits = [h for h in hits if not (h.kind == "trigger" and h.label in _ARMED_LABELS
                                    and any(h.start < s and e == h.end for s, e in calm))]
    hits = [h for h in hits if not (h.kind == "trigger" and (_in_place_name(text, h) or _in_unit_name(text, h)))]
    hits = marches(text, hits)
    hits = french_marches(text, hits)
    hits = rallies_as_scene(text, hits)
    hits = without_companion_events(text, hits)
    hits = without_equipment_events(text, hits)
    hits = rescues(text, hits)
    hits = pacts_made(text, hits)
    hits = without_causes(text, hits)
    hits = plots_foiled_by_arrests(text, hits)
    hits = _without_armed_gatherings(text, hits)
    hits = gatherings_with_demands(text, hits)
    hits = _without_authors_as_targets(text, hits)
    hits = _destruction_by_a_weapon(text, hits)
    hits = _without_charges(text, hits)
    hits = _without_arrested_mobs(text, hits)
    hits = _without_violence_told_absent(hits)
    hits = _without_depots_struck(text, hits)
    hits = _without_retreats_from_a_fight(hits)
    hits = _without_protest_camps(text, hits)
    hits = [h for h in hits if not (h.label == "Arrests" and _STOPPED.search(text, max(0, h.start - 12), h.start))]
    # ("Thousands of non-violent protesters have taken to the streets": the violence is denied, no riot or attack word)
    hits = [h for h in hits if not (h.text[:6].lower() == "violen"
                                    and _NON_BEFORE.search(text, max(0, h.start - 5), h.start))]
    # (goods seized in a village are looted, not the village: "killed six farmers, burned houses, and seized
    # livestock in the village of Gadba", ACLED's 2021 Burkina Faso rows: Attack)
    hits = [h for h in hits if not (h.kind == "trigger" and h.label in _TERRITORY_TAKEN and _GOODS.search(h.text))]
    return without_grievances(text, hits)


_TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
_GOODS = re.compile(r"\b(?:livestock|cattle|cows|goats|sheep|camels|animals|goods|property|vehicles?|motorcycles?|"
                    r"weapons|arms|ammunition|money|cash|food|supplies|crops|harvest|bétail|troupeaux?|vivres|"
                    r"marchandises)\b", re.IGNORECASE)


# The prefix that negates "violent" ("non-violent", "non violentes"), which the word tokens split off.
_NON_BEFORE = re.compile(r"\bnon[-\s]?$", re.IGNORECASE)


# The pronoun of a French "s'arrêter", to stop ("loin de s'arrêter aux habitations", "le convoi s'est arrêté"):
# no arrest. (The lexicon cannot tell it: the "s'" is not a word of its own there.)
_STOPPED = re.compile(r"\b(?:s['’]\s*|se\s+|s['’]\s*(?:est|était|étaient)\s+|se\s+sont\s+)$", re.IGNORECASE)


# How close a crowd word must stand to a camp for the camp to be the crowd's.
_CAMP_REACH = 80


def _without_protest_camps(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a base-established word that a crowd set up ("Les manifestants, qui ont installé un campement
    avec leurs tracteurs", "protesters pitched tents outside parliament"): a sit-in's camp is the protest,
    not an armed group's base."""
    crowds = [h for h in hits if h.label in CROWD and h.kind == "trigger"]
    if not crowds:
        return hits
    return [h for h in hits if not (h.kind == "trigger" and h.label == "Headquarters or base established" and any(
        abs(h.start - c.start) <= _CAMP_REACH and not _SENTENCE_END.search(text, min(c.end, h.end), max(c.start, h.start))
        for c in crowds))]


# A unit's name after capitalised words ("the Air Defense Operations Command Headquarters", "Subordinate Air Defense
# Battalion 3030"): the words are the unit's, no event.
_UNIT_NOUN_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+(?-i:Command|Headquarters|Battalion|Brigade|Division|"
                              r"Regiment|Base|Unit|Corps)\b")


def _in_unit_name(text: str, h: Hit) -> bool:
    """Whether a capitalised event word begins or sits in the name of a military unit or base, or is what a unit
    named "Anti-" or "Counter-" fights ("the MNLF Anti-Kidnapping and Terrorism Task Force", ACLED's Philippines
    row)."""
    return all(w[:1].isupper() for w in h.text.split()) and bool(
        _UNIT_NOUN_AFTER.match(text, h.end) or _AGAINST_PREFIX.search(text, max(0, h.start - 9), h.start))


_AGAINST_PREFIX = re.compile(r"\b(?:Anti|Counter)-$")


def _in_place_name(text: str, h: Hit) -> bool:
    """Whether an event word is part of the name of a square, street or bridge."""
    if h.text[:1].isupper() and STREET_NOUN_AFTER.match(text, h.end):
        return True
    before = text[max(0, h.start - 24):h.start]
    # a name after the noun is capitalised; Arabic script has no case
    named = h.text[:1].isupper() or not h.text[:1].isascii() and not h.text[:1].islower()
    return named and bool(STREET_NOUN_BEFORE.search(before))


# Events a charge names ("arrested a commander wanted for murder"): the arrest is told, the murder is not.
_CHARGED_EVENTS = {"@kill", "@attack", "Attack", "Abduction/forced disappearance", "Sexual violence"}


# The words between an arrest and the people it took: "arrested five", "the arrest of some local";
# a preposition other than "of" starts something else ("arrested after mob justice").
_ARREST_TO_ITS_OBJECT = re.compile(r"(?:\s+of)?(?:\s+(?!(?:for|over|after|following|in|at|on|during|by|from|"
                                   r"with|pour|après|par|dans)\b)[\w'’-]+){0,3}\s+$", re.IGNORECASE)


def _without_arrested_mobs(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a mob word that an arrest takes ("police arrested five vigilantes", "following the arrest of
    some local vigilantes"): the people arrested are no mob violence of this report."""
    arrests = [h for h in hits if h.kind == "trigger" and h.label == "Arrests"]
    if not arrests:
        return hits
    return [h for h in hits if not (h.kind == "trigger" and h.label == "Mob violence" and any(
        0 < h.start - a.end <= 40 and _ARREST_TO_ITS_OBJECT.fullmatch(text, a.end, h.start) for a in arrests))]


def _without_violence_told_absent(hits: list[Hit]) -> list[Hit]:
    """Drop the riot cues of a report that says no violence happened (``@no_violence`` rows: "No violence was
    reported", "sans violence"): the road the residents blocked with stones stayed a peaceful protest. Riot
    words themselves ("rioters", "émeute") stay."""
    if not any(h.label == "@no_violence" for h in hits):
        return hits
    return [h for h in hits if not (h.label == "@riot" and h.kind == "cue")]


_REMOTE_FIRE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
_STORE = re.compile(r"\b(?:depots?|stores?|storehouses?|warehouses?|caches?|stockpiles?|dépôts?|entrepôts?)\b", re.IGNORECASE)


def _without_depots_struck(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a weapons-disruption word naming a store of arms that shelling or an air strike in its sentence
    hit ("LNA forces destroyed a GNA ammunition depot with heavy artillery fire", "shelled a GNA ammunition
    depot"): the depot was the target of the fire (ACLED codes the shelling), no weapons seized or defused."""
    fire = [h for h in hits if h.label in _REMOTE_FIRE and h.kind in ("trigger", "weapon")]
    if not fire:
        return hits
    return [h for h in hits if not (h.kind == "trigger" and h.label == "Disrupted weapons use" and _STORE.search(h.text)
                                    and any(not _SENTENCE_END.search(text, min(h.end, f.end), max(h.start, f.start))
                                            for f in fire))]


_FIGHTING = frozenset({"Armed clash", "@attack"})


def _without_retreats_from_a_fight(hits: list[Hit]) -> list[Hit]:
    """Drop a withdrawal word ("Al shabaab militants withdrew from the area", "retreated") told after fighting in
    the report ("attacked a Govt position ... The two sides exchanged heavy gunfire"): ground given up in a
    fight is no non-violent transfer (ACLED codes the fight)."""
    # (a fight told, not a task: "the coalition tasked with fighting Daesh withdrew from the Abu Ghraib base")
    fight = min((h.start for h in hits if h.kind == "trigger" and h.label in _FIGHTING
                 and not h.text.lower().endswith("ing")), default=None)
    # (ground taken after the fight is told by the side that withdrew: "M23 rebels captured Kavumu airport after
    # clashes with the FARDC, who withdrew towards Bukavu")
    if fight is None or any(h.label in TAKING for h in hits):
        return hits
    return [h for h in hits if not (h.kind == "trigger" and h.label == "Non-violent transfer of territory"
                                    and h.start > fight)]


def _without_charges(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop event words in what someone arrested is charged with or wanted for ("arrested a suspected NPA
    commander wanted for murder", "interpellés pour leur implication dans l'enlèvement"), from the charge
    marker (``@charge`` rows) to the end of its clause, when an arrest — or a killing or a beating, as a mob's of suspects ("رجلين
    تعرضا للضرب حتى الموت من قبل حشود ... للاشتباه في قيامهما باختطاف أطفال") — is told before it in the sentence."""
    # (a beating to death too: "يضربون رجلا حتى الموت بعد اتهامه باغتصاب فتاة")
    arrests = [h for h in hits if h.kind == "trigger" and h.label in ("Arrests", "@kill", "Mob violence")
               or h.label == "@beat"]
    spans = []
    for c in hits:
        if c.label != "@charge" or not any(0 <= c.start - a.end <= 150 and not _SENTENCE_END.search(text, a.end, c.start)
                                           for a in arrests):
            continue
        end = CLAUSE_END.search(text, c.end)
        spans.append((c.end, end.start() if end else len(text)))
    if not spans:
        return hits
    return [h for h in hits if not (h.kind == "trigger" and h.label in _CHARGED_EVENTS
                                    and any(s <= h.start < e for s, e in spans))]


# A passive's agent marker right before a noun: "killed by soldiers", "tués par des militaires".
_BY_BEFORE = re.compile(r"\b(?:by|par)\s+(?:the\s+|des\s+|les\s+|le\s+|la\s+|l['’]\s*|d['’]\s*)?"
                        r"(?:(?:suspected|alleged|présumés?|supposés?)\s+)?(?-i:[A-Z][\w'’-]+\s+)?$", re.IGNORECASE)


# The word before a weapon used as an instrument: "using an ATGM", "with a rocket", "au moyen d'un drone", "بصاروخ".
_INSTRUMENT_BEFORE = re.compile(r"(?:\b(?:using|with|by|avec|par|au\s+moyen\s+d['’]?|à\s+l['’]aide\s+d['’]?)\s+(?:an?|the|une?|des|les|la|le)?\s*"
                                r"(?:\w+\s+)?|(?:^|\s)ب)$", re.IGNORECASE)


def _destruction_by_a_weapon(text: str, hits: list[Hit]) -> list[Hit]:
    """Read a sentence whose weapon is the instrument of "destroyed" ("destroyed a regime bulldozer ...
    using an ATGM", "destroyed a tank with a Javelin missile") as the weapon's attack: what was destroyed
    is no weapon, so no disruption, and the weapon used names the event the sentence has no word for."""
    instruments = [h for h in hits if h.kind == "weapon" and _INSTRUMENT_BEFORE.search(text, max(0, h.start - 40), h.start)]
    if not instruments:
        return hits
    kept, used = [], []
    for h in hits:
        near = [w for w in instruments if not _SENTENCE_END.search(text, min(h.end, w.end), max(h.start, w.start))]
        if h.label == "@destroy" and near:
            used += [w for w in near if w.label and w not in used]
        else:
            kept.append(h)
    return kept + [replace(w, kind="trigger") for w in used]


def _without_authors_as_targets(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a military-target cue that names the author: "برصاص قوات الاحتلال" (by the bullets of the
    occupation forces), "على يد قوات الأمن", "killed by soldiers", "tués par des militaires": the forces
    fired, they were not hit."""
    markers = [h for h in hits if h.label in ("@by_fire", "@by_agent")]
    # (and the subject inside an attack phrase in VSO order: "فتحت قوات البحرية ... النار على قارب")
    attacks = [(h.start, h.end) for h in hits if h.kind == "trigger" and h.label == "@attack"]
    return [h for h in hits if not (h.label == "@military_target" and h.kind == "cue" and (any(
        0 <= h.start - m.end <= (3 if m.label == "@by_fire" else 12) for m in markers)
        or _BY_BEFORE.search(text, max(0, h.start - 40), h.start)
        or any(s < h.start and h.end < e for s, e in attacks)
        or _subject_of_an_attack(text, h, hits)))]


# How far the subject's last word may stand before its verb of attack ("government soldiers (SNA) armed with AK-47
# rifles shot").
_SUBJECT_REACH = 40
# A passive or a coordination between the force and the verb makes the force the one attacked, or another subject:
# "soldiers were attacked", "des soldats ont été attaqués", "soldiers came under fire", "soldiers and then opened".
_NOT_ITS_SUBJECT = re.compile(r"[.;:!?\n]|\b(?:was|were|been|being|came|come|under|été|fut|furent|and|et|but|mais)\b",
                              re.IGNORECASE)


def _subject_of_an_attack(text: str, cue: Hit, hits: list[Hit]) -> bool:
    """Whether a military-target cue names the subject of the verb of attack after it, before any event word of its
    sentence: "A soldier opened fire on 2 schoolboys", "government soldiers (SNA) ... shot and injured a shop owner":
    the soldier fired, he was not hit. (Arabic puts the verb first: a force before it is a topic, "وقال الجيش ... إن".)"""
    if has_arabic(cue.text):
        return False
    lo, _ = sentence_bounds(text, cue.start, cue.end)
    if any(h.kind == "trigger" and lo <= h.start < cue.start for h in hits):
        return False
    verb = next((h for h in hits if h.kind == "trigger" and h.start >= cue.end), None)
    return verb is not None and verb.label == "@attack" and verb.start - cue.end <= _SUBJECT_REACH \
        and not _NOT_ITS_SUBJECT.search(text, cue.end, verb.end)


_OF = re.compile(r"\s+(?:of|de|d['’]|des|du)\s*", re.IGNORECASE)


_MARCH = re.compile(r"march", re.IGNORECASE)
# What may stand between a subject and its verb: "soldiers were marching", "Rangers have occupied", "troops then occupied".
_SUBJECT_VERB_GAP = re.compile(r"\s+(?:(?:were|was|are|is|had|has|have|been|then|also|reportedly)\s+){0,2}", re.IGNORECASE)


def _without_armed_gatherings(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a protest word that gathers armed men: "un rassemblement de jihadistes", "a gathering of
    militants" is a target or a base, not a demonstration; soldiers "marching" patrol."""
    armed = [h for h in hits if h.label in ("@armed", "@military_target") and h.kind == "cue"]
    drop = set()
    for h in hits:
        if h.label != "@protest":
            continue
        of = _OF.match(text, h.end)
        if of is not None and any(a.start == of.end() or 0 <= a.start - of.end() <= 12 and
                                  not text[of.end():a.start].strip(" ,") for a in armed):
            drop.add(id(h))
        elif _MARCH.match(h.text) and any(_SUBJECT_VERB_GAP.fullmatch(text, a.end, h.start) for a in armed):
            drop.add(id(h))  # "as military soldiers were marching around the city": a patrol, no demonstration
    return [h for h in hits if id(h) not in drop]


_NEXT_TO_NUMBER = re.compile(r"(\d[\s,.]{0,2}$)|(^[\s,.]{0,2}\d)")


def _date_word(text: str, h: Hit) -> bool:
    """A capitalised cue word beside a number is a month, not a modal: "On 4 May 2023", "May 4"."""
    return h.text[:1].isupper() and bool(_NEXT_TO_NUMBER.search(text[max(0, h.start - 4):h.start])
                                         or _NEXT_TO_NUMBER.search(text[h.end:h.end + 4]))


# A deed done, then its adjective: "carried out a planned attack", "a mené une attaque planifiée".
_DONE_BEFORE = re.compile(r"\b(?:carried out|carries out|launched|conducted|staged|mounted|executed|perpetrated|"
                          r"committed|mené|menée|lancé|lancée|perpétré|perpétrée|commis)\s+(?:an?|the|une?|l[ae]|their|its|"
                          r"a well|a carefully|a highly)?\s*[-\w]*$", re.IGNORECASE)
_PLANNED_WORDS = frozenset({"planned", "premeditated", "planifiée", "planifié", "préméditée", "prémédité"})


def _premeditated(text: str, h: Hit) -> bool:
    """"Al Shabab fighters carried out a planned attack": an adjective of premeditation on a deed that was
    done is no plan; the attack happened (a plan is "planned to attack", "a planned march next week")."""
    return h.label == "plan" and h.text.lower() in _PLANNED_WORDS \
        and bool(_DONE_BEFORE.search(text, max(0, h.start - 40), h.start))


def places_taken(ctx: DocContext, hits: list[Hit]) -> list[Hit]:
    """"captured Paletwa", "a pris Boni", "سيطر على الفاشر": a verb of taking with a known town or district
    right after it takes ground, though no lexicon phrase names a settlement noun; the sides decide later
    whether the state regains it or a non-state actor overtakes it."""
    triggers = [(h.start, h.end) for h in hits if h.kind == "trigger"]
    out: list[Hit] = []
    for h in hits:
        if h.label != "@capture" or any(s < h.end and h.start < e for s, e in triggers) \
                or not _TAKING_VERB.fullmatch(h.text):
            continue  # ("the occupied city of El Aaiun" describes a city; it tells no taking)
        place = next((p for p in ctx.places if p.feature in _TAKEN_FEATURES and 0 < p.start - h.end <= 12
                      and _TAKEN_GAP.fullmatch(ctx.text, h.end, p.start)), None)
        end = place.end if place is not None else None
        if end is None:
            # "captured Paletwa township": a name the gazetteer lacks, which its noun says is a place
            named = _NAMED_SETTLEMENT.match(ctx.text, h.end)
            end = named.end() if named is not None else None
        if end is None:
            # "seized Paletwa (Paletwa, Chin)": a name written with the divisions it lies in is a place
            with_divisions = _NAME_WITH_DIVISIONS.match(ctx.text, h.end)
            if with_divisions is not None and any(with_divisions.start(1) <= p.start < with_divisions.end(1)
                                                  for p in ctx.places if p.feature in ("admin1", "admin2", "city")):
                end = with_divisions.end()
        if end is not None:
            out.append(Hit(h.start, end, ctx.text[h.start:end], "Non-state actor overtakes territory", 3.0,
                           "trigger", h.token, h.ntok + 1))
    return out


# What a place taken is (not a country, a region of the world), and what may stand between the verb and it.
_TAKEN_FEATURES = frozenset({"city", "admin2", "base", "site", "airport"})
# The finite verbs of taking a place (not "occupied" or "captured" as adjectives before a noun).
_TAKING_VERB = re.compile(r"(?:re)?captured|seized|retook|overran|took(?:\s+over|\s+control\s+of)?|"
                          r"(?:ont|a)\s+(?:re)?pris|(?:s['’]est|se\s+sont)\s+emparés?|"
                          r"سيطر\w*|استعاد\w*|انتزع\w*", re.IGNORECASE)
_NAMED_SETTLEMENT = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:township|town|village|district|city|locality)\b")
_NAME_WITH_DIVISIONS = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*\(([^()\n]{2,80})\)")
_TAKEN_GAP = re.compile(r"\s+(?:(?:the\s+)?(?:town|city|village|district|base|camp)\s+of\s+|le\s+|la\s+|l['’]|على\s+)?")


_NAMED_GROUP_KINDS = frozenset({"rebel", "islamist", "militia", "ethnic", "political", "external"})
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def named_group_spans(ctx: DocContext) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the document's named groups, and of its non-state groups. An event word inside a group's name
    says nothing of an event ("هيئة تحرير الشام" takes no town, nor does the Oromo Liberation Army, nor Kenya's
    Anti-Stock Theft Unit police steal): the name's words are the group's. A security word in a non-state group's
    name is that group's ("the Arakan Army captured ..." is no state force taking ground)."""
    names = [(a.start, a.end) for a in ctx.actors if a.start is not None and a.end is not None and a.name and (
        a.kind in _NAMED_GROUP_KINDS and not GENERIC_NAME.match(a.name)
        or a.kind in ("police", "state_military") and len(_CAPITALISED.findall(a.text or "")) >= 2)]
    non_state = [(a.start, a.end) for a in ctx.actors if a.start is not None and a.end is not None
                 and a.kind in _NAMED_GROUP_KINDS]  # "the Kokang ethnic army" too
    return names, non_state


_OCCUPIED = re.compile(r"occup", re.IGNORECASE)


def without_forces_protesting(ctx: DocContext, hits: list[Hit]) -> list[Hit]:
    """Drop an occupation read as a sit-in whose subject is a state's forces: "Rangers have occupied the Islamabad High
    Court" is the forces holding a building. (Forces who march or demonstrate do protest: police officers demanding
    their pay are protesters to ACLED.)"""
    forces = [a.end for a in ctx.actors if a.end is not None and a.kind in ("police", "state_military")]
    return [h for h in hits if not (h.label == "@protest" and h.kind == "trigger" and _OCCUPIED.match(h.text)
                                    and any(_SUBJECT_VERB_GAP.fullmatch(ctx.text, end, h.start) for end in forces))]
