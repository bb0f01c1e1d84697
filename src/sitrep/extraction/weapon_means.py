"""The weapons of an event mention: the lexicon's weapon words in its sentence, and the means an event
word names by itself ("airstrikes", "le bombardement", "قصف") when no weapon says it."""
from __future__ import annotations

import re

from ..model import Weapon
from ..textnorm import fold
from .role_words import AGENT_NOUNS
from .triggers import Hit

# Folded forms that collide with a weapon word: French "armé(e)s" (armed, army) folds to "armes".
NOT_WEAPONS = {"armé", "armés", "armée", "armées", "arme", "armee", "armees"}
# The means an event word names by itself ("airstrikes", "shelling", "the bombing"), by the label of its
# lexicon row, and the weapon families that already say it (a "warplane" makes "air strike" redundant).
MEANS_OF_LABEL = {"Air/drone strike": "aircraft", "Shelling/artillery/missile attack": "artillery", "@explosion": "bomb",
                  "Suicide bomb": "bomb", "Remote explosive/landmine/IED": "bomb", "Chemical weapon": "chemical agent"}
# Weapons that fire from the air, and from the ground or the sea.
AIRCRAFT = {"aircraft", "drone"}
GROUND_FIRE = {"artillery", "rocket", "missile", "tank", "rocket-propelled grenade", "warship"}
_FAMILY = {
    "aircraft": {"aircraft", "drone", "barrel bomb"},
    "artillery": {"artillery", "rocket", "missile", "tank", "rocket-propelled grenade"},
    "bomb": {"bomb", "IED", "car bomb", "suicide vest", "landmine", "grenade", "barrel bomb", "atomic bomb", "incendiary"},
    "chemical agent": {"chemical agent"},
}
_MEANS_WORDS = ("air", "aerial", "drone", "uav", "strike", "raid", "shell", "bomb", "artill", "mortar", "rocket", "missile",
                "explos", "frappe", "aerien", "bombard", "obus", "chimi", "chemic", "gas", "gaz", "غار", "قصف", "تفجير", "قذ")
# An explosion is not a weapon: of its words only the bombing ones name the means ("bombing", "attentat à la bombe").
_EXPLOSION_MEANS = ("bomb", "تفجير")


def _stem(text: str) -> str:
    w = fold(text).split()
    last = w[-1] if w else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


def weapons_of(hits: list[Hit]) -> list[Weapon]:
    """Weapons named in an event mention's sentence: per canonical name, each different word for it
    ("rifles", "guns"; at most 3); when none says what the event word itself names ("airstrikes",
    "le bombardement"), that word as the means (confidence 0.5)."""
    out: list[Weapon] = []
    for h in hits:
        if h.kind != "weapon" or not h.weapon or h.text.lower() in NOT_WEAPONS:
            continue
        same = [w for w in out if w.name == h.weapon]
        if len(same) < 3 and all(_stem(w.text) != _stem(h.text) for w in same):
            out.append(Weapon(h.weapon, h.text, h.start, h.end, 0.8 if h.label else 0.6))
    names = {w.name for w in out}
    for h in hits:
        means = MEANS_OF_LABEL.get(h.label) if h.kind == "trigger" else None
        if means is None or means in names or any(w in _FAMILY[means] for w in names):
            continue
        if means == "artillery" and names & AIRCRAFT and not names & GROUND_FIRE:
            continue  # "des hélicoptères ont bombardé": the bombardment came from the air
        words = fold(h.text).split()
        prefixes = _EXPLOSION_MEANS if h.label == "@explosion" else _MEANS_WORDS
        if not any(w.startswith(prefixes) and not w.endswith(("ed", "er")) for w in words) or words[-1] in AGENT_NOUNS \
                or any(x.kind == "weapon" and x.start < h.end and h.start < x.end for x in hits):
            continue
        out.append(Weapon(means, h.text, h.start, h.end, 0.5))
        names.add(means)
    return out


def merge_weapons(mine: list[Weapon], theirs: list[Weapon]) -> list[Weapon]:
    """Weapons of two mentions of one incident: each word once, a lexicon weapon before an event word
    read as the means ("bombs" before "bombing"); no means word where a weapon of its family is named."""
    out = list(mine)
    for w in theirs:
        same = [x for x in out if x.name == w.name]
        if any(_stem(x.text) == _stem(w.text) for x in same) or len(same) >= 3:
            continue
        out.append(w)
    named = {w.name for w in out if w.confidence > 0.5}
    return [w for w in out if w.confidence > 0.5 or not (named & _FAMILY.get(w.name, set()))]


# Weapons fired straight at what they hit, as opposed to indirect fire (artillery, mortars, rockets); machine
# guns count with the heavy weapons (ACLED's Ukraine notes, after the OSCE's usage).
DIRECT_FIRE = frozenset({"firearm"})
_HEAVY_GUN = re.compile(r"machine[\s-]?gun|heavy", re.IGNORECASE)


# Words after a weapon that make it stored goods, the target, not the means: "ammunition depot", "arms cache".
_STORED = re.compile(r"\s*(?:depots?|dumps?|warehouses?|caches?|storage|stores?|stockpiles?|factory|factories|plant)\b",
                     re.IGNORECASE)


def weapons_used(text: str, weapons: list[Weapon]) -> list[Weapon]:
    """``weapons`` less those named as stored goods ("destroyed a Ukrainian missile and artillery ammunition depot":
    the depot was hit, no ammunition fired)."""
    return [w for w in weapons if not _STORED.match(text, w.end)]


def with_direct_fire(weapons: list[Weapon]) -> bool:
    """Whether small arms are among the weapons ("fired 82mm mortars, grenade launchers and small arms at the
    governmental positions"): ACLED codes such fire at an armed side's positions as an armed clash, and fire of
    heavy weapons alone, heavy machine guns included, as shelling (its Ukraine rows of April–May 2020: 111 of
    111 with small arms are clashes, 28 of 32 with machine guns but no small arms shelling)."""
    return any(w.name in DIRECT_FIRE and not _HEAVY_GUN.search(w.text) for w in weapons)


# Fire from a distance at an area: heavy or medium weapons, heavy machine guns or snipers "fired at the east of Madinat
# al Salah", "at farms and populated villages", "at 7 July and Engineering College areas" (ACLED's Yemen rows code
# such fire from the front line at populated areas as shelling, not an attack on civilians).
_STANDOFF_WEAPONS = re.compile(r"\b(?:heavy|medium)\s+(?:and\s+(?:medium|light|heavy)\s+)?weapons\b|\bmachine\s*-?gun(?:s|fire)?\b|"
                               r"\b\d+(?:\.\d+)?\s*mm\b|\bsniper", re.IGNORECASE)
_NO_STOP = r"(?:[^.;]|(?<=\d)\.(?=\d))"  # (calibres keep their decimal point: "12.7mm")
# (ACLED's Lebanon rows of 2024 write "the Israeli military used machine gunfire towards Kfar Kila town" the same way)
_AT_AN_AREA = re.compile(r"\b(?:fir(?:ed|ing)|used)\b" + _NO_STOP + r"{0,120}?\b(?:at|towards?|in\s+the\s+vicinity\s+of)\s+"
                         r"(?:[^.;,]{0,80}?\b(?:areas?|neighbou?rhoods?|villages?|towns?|farms?|districts?|quarters?|outskirts)\b|"
                         r"the\s+(?:east|west|north|south)(?:east|west)?\s+of\b)",
                         re.IGNORECASE)


def standoff_fire_at_an_area(sentence_text: str) -> bool:
    """Whether the sentence tells weapons fired from a distance at an area (see ``_AT_AN_AREA``), no target named."""
    return bool(_STANDOFF_WEAPONS.search(sentence_text)) and bool(_AT_AN_AREA.search(sentence_text))


# Words of a bombardment that do not say by what means ("قصف", "le bombardement", "bombarded").
_BARE_BOMBARDMENT = re.compile(r"(?:[وف]?[بل]?(?:ال)?(?:قصف|قصفا|قصفت|يقصف|تقصف))|bombardements?|bombardée?s?|"
                               r"bombardments?|bombard(?:ed|ing|s)?", re.IGNORECASE)


# A vehicle a bombardment is told to have hit, in the words after it ("قصف إسرائيلي، الثلاثاء، استهدف سيارة مدنية"): a
# moving target no gun lays on; ACLED's Lebanon and Gaza rows code such strikes as air/drone strikes.
_VEHICLE_AFTER = re.compile(r"^[^.!?؟\n]{0,80}?(?:\b|(?<=[\s،,]))(?:[وفبل]?(?:ال)?(?:سيار[ةت]\w*|مركب[ةت]\w*|"
                            r"دراج[ةت]\w*\s+ناري\w*|شاحن[ةت]\w*)|cars?|vehicles?|motorcycles?|motorbikes?|voitures?|"
                            r"véhicules?|motos?)\b", re.IGNORECASE)


def bombed_from_the_air(sub_event_type: str, trigger_text: str | None, hits: list[Hit], told_with: list[Hit],
                        after: str = "") -> bool:
    """Whether a shelling read from a bare bombardment word ("قصف", "bombardé"), or men "neutralised", was struck from
    the air. For a bombardment word: the report
    (``hits``) names aircraft or air raids ("السلاح الحربي لبلاده قصف القاعدة ... طائرات", "غارات") and no gun,
    rocket or shell, or the sentences that tell the event and the one after (``told_with``) name aircraft and no
    ground fire ("مقتل 19 مدنياً بقصف على إدلب / ... في قصف جوي شنته طائرات حربية روسية": shells named further
    down are another day's). Arabic news says "قصف" of air strikes as often as of shelling; ACLED codes by the means."""
    if sub_event_type == "Armed clash" and trigger_text and _NEUTRALISED.fullmatch(trigger_text.strip()):
        # ("Des drones des Forces Armées Maliennes neutralisent des terroristes": men "neutralised" where the sentences
        # that tell it name aircraft and no ground fire were struck from the air)
        return _from_the_air(told_with)
    if sub_event_type != "Shelling/artillery/missile attack" or not trigger_text \
            or not _BARE_BOMBARDMENT.fullmatch(trigger_text.strip()):
        return False
    if _VEHICLE_AFTER.search(after) and not any(_ground_fire(h) for h in told_with):
        return True  # (a bombardment of a car, with no gun, rocket or shell told: a strike from the air)
    return any(_from_the_air(told) for told in (hits, told_with))


# A killing told as "neutralising" (the word of army communiqués in the Sahel).
_NEUTRALISED = re.compile(r"neutralis\w*|neutraliz\w*", re.IGNORECASE)


def _from_the_air(hits: list[Hit]) -> bool:
    air = any(h.kind == "weapon" and h.weapon in AIRCRAFT or h.kind == "trigger" and h.label == "Air/drone strike"
              for h in hits)
    return air and not any(_ground_fire(h) for h in hits)


def _ground_fire(h: Hit) -> bool:
    """Whether ``h`` names fire from the ground: a gun, rocket or shell, or a shelling word that says so."""
    return h.kind == "weapon" and h.weapon in GROUND_FIRE or h.kind == "trigger" \
        and h.label == "Shelling/artillery/missile attack" and not _BARE_BOMBARDMENT.fullmatch(h.text.strip())

