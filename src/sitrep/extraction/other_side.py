"""The other side of an event named by what was hit or how the sides were listed: the state forces holding a
site ("attacked the naval air station in Turbat"), the armed group whose hideouts or positions were struck
("shelled IS hideouts"), the enemy of the war the event is a part of ("amid ongoing hostilities with Hezbollah"),
the civilians remote fire hurt when no one hit is named, the second state of one force phrase ("military forces of
India and Pakistan")."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Actor, Event, Mention, Sentence
from ..resolve.actors import of_country
from .context import DocContext
from .generic_actors import STATE_KINDS, UNIDENTIFIED, actors_in, state_forces, with_country
from .incidents import HEADLINE
from .role_cues import ARMED_TARGETS, SAID_AFTER, SOURCE_BEFORE
from .triggers import Hit


_POLICE_SITE = re.compile(r"police|gendarm|prison|penitentiar|pénitenci|arrêt|شرط|سجن", re.IGNORECASE)


def forces_of_site(ctx: DocContext, target: Mention | None, hits: list[Hit], cname: str | None) -> Actor | None:
    """The state forces holding the site that was hit, when no one there is named ("attacked the naval air
    station in Turbat", "une attaque contre un poste militaire"): ACLED's actor2, its military (or its
    police, for a police station)."""
    if target is None or not cname or actors_in(ctx, target.start, target.end):
        return None
    site = next((h for h in hits if h.label == "@military_target" and h.kind == "cue"
                 and target.start <= h.start < target.end), None)
    if site is None:
        return None
    forces = "Police Forces" if _POLICE_SITE.search(site.text) else "Military Forces"
    return Actor(f"{forces} of {of_country(cname)}", None, confidence=0.35,
                 kind="police" if forces == "Police Forces" else "state_military")


# A site or war machine named with the nationality of the forces holding it: "shelled a Turkish base", "Turkish
# military bases", "une base militaire turque", "les positions turques"; "shot down a Ukrainian MiG-29",
# "destroyed a Ukrainian Buk-M1 launcher system" (ACLED's Ukraine rows: the other side's military).
# ("the U.S Muwaffaq Salti Air Base near Azraq": the base's own name between, ACLED's 2026 Jordan row: actor2 the US
# military)
_FOREIGN_SITE_EN = re.compile(r"\b([A-Z][a-z]+|U\.S\.?|US)\s+(?:[A-Z][\w'-]+\s+){0,3}?"
                              r"(?:military\s+|army\s+|observation\s+|[Aa]ir\s+)?"
                              r"(?:[Bb]ases?|positions?|outposts?|posts?|checkpoints?|convoys?|patrols?)\b"
                              r"|\b([A-Z][a-z]+)\s+(?:[\w'-]+\s+){0,2}?(?:military\s+)?(?:aircraft|helicopters?|jets?|warplanes?|"
                              r"fighter\s+jets?|MiG-?\d*|Su-\d+|Mi-\d+|Sukhoi|tanks?|artillery|launchers?|radars?|air\s+defen[cs]e|"
                              r"warships?|armou?red\s+vehicles?|military\s+vehicles?|ammunition\s+depots?|weapons?\s+depots?)\b")
_FOREIGN_SITE_FR = re.compile(r"\b(?:bases?|positions?|postes?|avant-postes?|convois?|patrouilles?)\s+(?:militaires?\s+|"
                              r"d['’]observation\s+)?(\w+)", re.IGNORECASE)


def forces_of_foreign_site(countries: Any, target: Mention | None) -> Actor | None:
    """The forces of the state whose nationality the hit site carries ("QSD shelled a Turkish base in Al Da'eef
    town": the Turkish military, ACLED's actor2 in its 2023 Syria rows), though the site stands in another land."""
    demonym = getattr(countries, "country_for_demonym", None)
    if target is None or not target.text or demonym is None:
        return None
    for pattern in (_FOREIGN_SITE_EN, _FOREIGN_SITE_FR):
        for m in pattern.finditer(target.text):
            group = 1 if m.group(1) else 2
            iso = demonym(m.group(group))
            if iso:
                start = None if target.start is None else target.start + m.start(group)
                return state_forces(countries, iso, m.group(group), start,
                                    None if start is None else start + len(m.group(group)), 0.5)
    return None


# A verb of shooting down ("shot down", "downed"), whose object is the aircraft hit.
SHOT_DOWN = re.compile(r"\b(?:shot|shoot|shooting|shoots)\s+down\b|\bdowned\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s*(?:by|par)\b", re.IGNORECASE)
# How far past a shot-down verb its object is read, in characters ("shot down a Ukrainian Mi-8 helicopter").
_OBJECT_REACH = 50


def object_after_anchor(text: str, anchor: Any, sentence: Any) -> Mention | None:
    """The words right after the act when no target was parsed: past the verb of a shot-down phrase that holds its
    object ("Russian forces shot down a Ukrainian MiG-29": the lexicon phrase reaches over the aircraft), else past
    the anchor ("destroyed (presumably by shelling) an Ukrainian M777 artillery system")."""
    if anchor is None or sentence is None:
        return None
    m = SHOT_DOWN.search(anchor.text)
    start = anchor.start + m.end() if m is not None else anchor.end
    end = min(sentence.end, anchor.end + _OBJECT_REACH)
    if start >= end or _BY_AGENT.match(text, start):
        return None  # ("All were shot down by Ukrainian air defence": who shot, not what was shot)
    return Mention(text[start:end], start, end, 0.5)


# Sites an armed group holds, named with the group before or after them: "IS hideouts", "positions of Nigerian
# Armed Forces", "les positions des jihadistes".
_SITES = r"(?:hideouts?|hide-outs?|positions?|bases?|camps?|strongholds?|posts?|checkpoints?|trenches|bunkers?|" \
         r"compounds?|repaires?|planques?|bastions?)"
_SITE_AFTER = re.compile(r"\s+" + _SITES + r"\b", re.IGNORECASE)
_SITE_LAST = re.compile(r"(?:^|\s)" + _SITES + r"$", re.IGNORECASE)
_SITE_OF_FIRST = re.compile(_SITES + r"\s+(?:of|belonging\s+to|held\s+by|de|des|du|d['’])\s", re.IGNORECASE)
_SITE_OF_BEFORE = re.compile(_SITES + r"\s+(?:of|belonging\s+to|held\s+by|de|des|du|d['’])\s*(?:the\s+|la\s+|l['’]\s*|les\s+)?$",
                             re.IGNORECASE)


def owner_of_sites(ctx: DocContext, anchor: Hit, sentence: Sentence, author: Actor | None) -> Actor | None:
    """The armed group whose sites were hit, named with them after the event word ("shelled IS hideouts",
    "launched shelling attacks on positions of Nigerian Armed Forces"): the target side."""
    for a in actors_in(ctx, anchor.start, sentence.end):
        if a.start is None or a.end is None or not a.name or a.kind in ("civilians", "protesters", "government"):
            continue
        if author is not None and author.name == a.name:
            continue
        # ("at the governmental positions": the site noun may end the actor's own words)
        if _SITE_AFTER.match(ctx.text, a.end) or _SITE_OF_BEFORE.search(ctx.text, max(0, a.start - 40), a.start) \
                or _SITE_LAST.search(ctx.text, a.start, a.end) or _SITE_OF_FIRST.match(ctx.text, a.start, a.end):
            return replace(a, confidence=min(a.confidence, 0.6))
    return None


# The war an event is a part of, with its enemy named: "amid ongoing hostilities with Hezbollah"; or the fight it
# followed: "took control of it following clashes with regime forces", "après des combats avec", "إثر اشتباكات مع".
_WAR_WITH = re.compile(r"(?:\bamid\s+(?:the\s+)?(?:ongoing|continued|continuing)\s+(?:cross-border\s+)?hostilities|"
                       r"\b(?:following|after|amid)\s+(?:(?:heavy|fierce|violent|intense|days\s+of)\s+)?"
                       r"(?:clashes|fighting|battles?|confrontations)|"
                       r"\b(?:après|suite\s+à)\s+(?:de\s+|des\s+)?(?:violents?\s+|intenses?\s+)?(?:affrontements|combats)|"
                       r"(?:بعد|إثر|اثر|عقب)\s+(?:\S+\s+)?(?:اشتباكات|معارك|مواجهات))\s+(?:with|avec|مع)\s+",
                       re.IGNORECASE)


def war_enemy(ctx: DocContext, sentence: Sentence, author: Actor | None) -> Actor | None:
    """The enemy of the war the event is a part of, named after "amid ongoing hostilities with" in its sentence
    ("the Israeli military fired artillery shells in the vicinity of Markaba town amid ongoing hostilities with
    Hezbollah"): ACLED's actor2 of fire at an area nobody on the other side is named at (its 2024 Lebanon rows); or
    the side of the fight a taking followed ("took control of it following clashes with regime forces")."""
    told = _WAR_WITH.search(ctx.text, sentence.start, sentence.end)
    if told is None or author is None:
        return None
    # (the first actor named right after those words: "with Hezbollah", "with the Houthis")
    enemy = next((a for a in actors_in(ctx, told.end(), sentence.end) if a.start is not None
                  and ctx.text[told.end():a.start].strip().lower() in ("", "the", "les", "la", "le", "l'", "l’")), None)
    if enemy is None or not enemy.name or enemy.name == author.name or enemy.kind in ("civilians", "protesters"):
        return None
    after = ctx.text[sentence.start:]
    if "hostilities" in told.group(0).lower() and _PEOPLE_HURT.search(after) and enemy.text and not re.search(
            re.escape(enemy.text) + _ENEMY_HIT, after, re.IGNORECASE):
        # ("... amid ongoing hostilities with Hezbollah. Three individuals were injured.": people the strike hurt,
        # none of them told the enemy's, are civilians, ACLED's 2024 Lebanon rows; "One Hezbollah member was killed",
        # "The strike targeted Hezbollah's health unit" keep the enemy)
        return None
    return replace(enemy, confidence=min(enemy.confidence, 0.6))


# People a strike hurt or spared, told without a side ("Four individuals were slightly injured", "Firefighting teams
# survived the raid"), and the words that make the enemy the one hit ("Hezbollah member", "Hezbollah's health unit").
_PEOPLE_HURT = re.compile(r"\b(?:individuals?|persons?|people|nationals?|civilians?|firefight\w*|paramedics?|residents?)\b"
                          r"[^.]{0,60}?\b(?:injured|wounded|killed|survived|hurt)\b", re.IGNORECASE)
_ENEMY_HIT = r"(?:['’]s|\s+(?:members?|fighters?|commanders?|operatives?|militants?|infrastructure|positions?|sites?))\b"


# Words right before a force's name that make it the author or an ally, not the one hit (nor a side of a fight
# told "between A and B", which the pair readers name).
_AUTHOR_BEFORE = re.compile(r"\b(?:by|par|with|avec|and|et|alongside|supported\s+by|backed\s+by|between|entre)\s+"
                            r"(?:the\s+|les?\s+|la\s+)?$", re.IGNORECASE)


def forces_hit_after(ctx: DocContext, anchor: Hit, sentence: Sentence, author: Actor | None) -> Actor | None:
    """A state's forces named after the event word, when the parse found no one hit ("IS snipers targeted and
    wounded two policemen", "hurled a hand grenade at a Govt troop (assumed police) position", "wounded one
    gendarme"): the forces the armed deed struck, ACLED's actor2. Not forces named as authors or allies
    ("attacked by the army", "with the support of the police")."""
    for a in actors_in(ctx, anchor.end, sentence.end):
        if a.start is None or not a.name or a.kind not in STATE_KINDS:
            continue
        if author is not None and (author.name == a.name or author.start == a.start):
            continue
        if _AUTHOR_BEFORE.search(ctx.text, max(0, a.start - 25), a.start) \
                or SOURCE_BEFORE.search(ctx.text, max(0, a.start - 30), a.start) \
                or SAID_AFTER.match(ctx.text, a.end or a.start):
            continue  # (nor the source: "..., police said", "according to the army")
        return replace(a, confidence=min(a.confidence, 0.5))
    return None


# A country named right after a state force and "and": "forces of India and Pakistan", "des armées malienne et
# nigérienne" is left to the demonym readers.
_AND_COUNTRY = re.compile(r"\s+(?:and|et)\s+(?:the\s+|of\s+|du\s+|de\s+la\s+|de\s+l['’]\s*)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
                          re.IGNORECASE)


def coordinated_state(ctx: DocContext, countries: Any, first: Actor) -> Actor | None:
    """The forces of the country named with "and" right after a state force's name ("military forces of India
    and Pakistan"), or None."""
    m = _AND_COUNTRY.match(ctx.text, first.end or 0) if first.end is not None else None
    lookup = getattr(countries, "country_named", None)
    if m is None or lookup is None:
        return None
    iso = lookup(m.group(1)) or lookup(m.group(1).split()[0])
    if iso is None or iso == first.country:
        return None
    return state_forces(countries, iso, m.group(1), m.start(1), m.end(1), 0.5)


_AND_BEFORE = re.compile(r"\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# Names of actors nobody named: no group to pair with another.
_GENERIC_NAMES = ("Unidentified", "Civilians", "Protesters", "Rioters")


def coordinated_group(ctx: DocContext, second: Actor) -> Actor | None:
    """The named armed group joined by "and" right before ``second``, whose forces the sentence's head noun
    shares ("GNA and LNA forces reportedly clashed": the GNA fought the LNA), or None. Only a group the actor
    table names, and not ``second`` itself."""
    if second.start is None or not second.name:
        return None
    for a in ctx.actors:
        if a.end is None or a.start is None or not a.name or a.name == second.name or a.end > second.start:
            continue
        if second.start - a.end <= 8 and _AND_BEFORE.search(ctx.text, a.end, second.start) \
                and not a.name.startswith(_GENERIC_NAMES):
            return a
    return None


# "Myanmar military and Northern Alliance group clashed": the two sides coordinated as the subject of a fight told
# with no "with" (each other's foe, not allies: "the army and the VDP clashed with JNIM" has its "with")
_MUTUAL_VERB_AFTER = re.compile(r"(?:\s+(?:group|groups|forces|fighters|militants|troops|members|militia|militiamen))?"
                                r"\s+(?:reportedly\s+|allegedly\s+)?(?:clashed|fought|exchanged\s+fire)\b(?!\s+(?:with|against)\b)",
                                re.IGNORECASE)


def coordinated_foe(ctx: DocContext, first: Actor) -> Actor | None:
    """The named group joined by "and" right after ``first`` when the two are the subject of a fight told without
    "with" ("Myanmar military and Northern Alliance group clashed": the Northern Alliance fought the military), or
    None. Only a group the actor table names, and not ``first`` itself."""
    if ctx.lang != "en" or first.end is None or not first.name:
        return None
    for a in ctx.actors:
        if a.start is None or a.end is None or not a.name or a.name == first.name or a.start < first.end \
                or a.start - first.end > 8 or a.name.startswith(_GENERIC_NAMES):
            continue
        if _AND_BEFORE.fullmatch(ctx.text, first.end, a.start) and _MUTUAL_VERB_AFTER.match(ctx.text, a.end):
            return a
    return None


_BETWEEN = re.compile(r"\b(?:between|entre)\s+", re.IGNORECASE)
# Two factions of one group: "between two MNLF factions", "between rival Al Shabaab factions", "entre deux factions".
_TWO_OF_ONE = re.compile(r"(?:the\s+)?(?:two|rival|deux)\s+(?:rival\s+)?"
                         r"(?P<of>factions\s+(?:of|du|de\s+l['’]|de\s+la|des)\s+(?:the\s+)?)?", re.IGNORECASE)
_FACTIONS = re.compile(r"\s+(?:factions|wings|splinter\s+groups|camps)\b", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?\n]")



def named_pair_between(ctx: DocContext, start: int, end: int) -> tuple[Actor, Actor] | None:
    """The two named groups after "between" in ``text[start:end]`` ("a clash between GNA and LNA forces": the GNA and
    the LNA), in the text's order, or None."""
    # (the parse fallback of sides.py, in English and French)
    # (a parse that cut the sentence at a comma ends it early: the pair may lie after the cut, up to the full stop)
    stop = _FULL_STOP.search(ctx.text, max(start, end - 1))
    end = max(end, stop.start() if stop is not None else len(ctx.text))
    # (French only in the body: AFP's headline "combats entre séparatistes sudistes et alliés du gouvernement" orders
    # the sides for effect, and its lead tells the government's allies began the fight)
    headline = start == 0 and HEADLINE.match(ctx.text, 0) is not None
    m = _BETWEEN.search(ctx.text, start, end) if ctx.lang == "en" or ctx.lang == "fr" and not headline else None
    if m is None:
        return None
    named = [a for a in ctx.actors if a.start is not None and m.end() <= a.start < min(end, m.end() + 80) and a.name
             and not a.name.startswith(_GENERIC_NAMES)]
    # (a name and its acronym in brackets are one side: "les Forces armées de la RDC (FARDC) et les terroristes du M23")
    second = next((a for a in named[1:] if a.name != named[0].name), None) if named else None
    two = _TWO_OF_ONE.fullmatch(ctx.text, m.end(), named[0].start) if second is None and named else None
    after = _FACTIONS.match(ctx.text, named[0].end or named[0].start) if two is not None else None
    if two is not None and (two.group("of") or after is not None):
        # "a firefight between two MNLF factions": the group on both sides (ACLED's 2020 Philippines row, MNLF / MNLF);
        # the other side's words are the factions' (see incidents.drop_repeated_side)
        end = after.end() if after is not None else (named[0].end or named[0].start)
        return named[0], replace(named[0], text=ctx.text[m.end():end], start=m.end(), end=end)
    if second is None:
        return None
    return named[0], second


# Violence from afar (and thrown), whose victims, when none is named, are the people it hurt.
_REMOTE_OR_THROWN = ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
                     "Suicide bomb")


# Where the phrase of the dead a toll counts ends: "killed a battalion commander of Hezbollah's Radwan Force and
# injured another member", not "killed two people near a Hezbollah office".
# (nor "a suspect was killed during a police raid", "two soldiers were killed by Hezbollah": the author)
_VICTIMS_PHRASE_END = re.compile(r"[,.;:()،؛]|\s(?:and|in|near|at|on|inside|while|who|when|as|after|before|during|by|for|"
                                 r"with|from|et|dans|près|à|lors|qui|alors|après|avant|pendant|par|pour|avec|sur|"
                                 r"في|قرب|أثناء|خلال|بعد|من\s+قبل|على\s+يد|برصاص)\s", re.IGNORECASE)
_VICTIMS_REACH = 70


def victims_end(ctx: DocContext, toll: Mention) -> int:
    """The end of a toll's words with the noun phrase of the dead they count ("killed a" -> "killed a Hezbollah
    commander"), within the toll's sentence."""
    sentence_end = next((s.end for s in ctx.sentences if s.start <= toll.start < s.end), toll.end)
    limit = min(sentence_end, toll.end + _VICTIMS_REACH)
    stop = _VICTIMS_PHRASE_END.search(ctx.text, toll.end, limit)
    return max(toll.end, stop.start() if stop is not None else limit)


def armed_dead(ctx: DocContext, ev: Event, cname: str | None, author: Actor | None) -> Actor | None:
    """The state's forces or the named armed group the dead of a toll told apart from the event's sentence belong
    to ("an Israeli drone struck a car ... The attack killed a battalion commander of Hezbollah's Radwan Force")."""
    toll = ev.fatalities_text or ev.injuries_text
    if toll is None:
        return None
    end = victims_end(ctx, toll)
    # (after the toll's own words, a bare "soldiers" is not the event country's when the dead are told as another
    # nation's: "مقتل ثلاثة أميركيين بينهم جنديان" killed two American soldiers)
    foreign = [p for p in ctx.places if toll.start <= p.start < end and p.feature in ("demonym", "country")]
    return next((with_country(replace(a), cname) for a in actors_in(ctx, toll.start, end)
                 if (a.kind in (*STATE_KINDS, "external") and (a.start is None or a.start < toll.end or a.country
                                                                 or not any(p.start < a.start for p in foreign))
                     or a.kind in ARMED_TARGETS and a.name and not a.name.startswith(UNIDENTIFIED))
                 and (author is None or a.name != author.name)), None)


def hurt_left_unnamed(ctx: DocContext, ev: Event, cname: str | None) -> None:
    """Give remote fire, a bomb or a grenade that killed or wounded people nobody named as a side ("regime forces
    shelled ... towns in Aleppo countryside with artillery, injuring a number of people", "Two were injured when a
    rocket hit a construction site") the country's civilians as actor2, as ACLED codes them; dead told as a named
    armed group's or a state's men make it that side."""
    # (civilians no words named, a fallback's, yield to the dead told as an armed group's in a later sentence)
    unnamed = ev.actor2 is None or ev.actor2.kind == "civilians" and ev.actor2.start is None
    if not unnamed or ev.sub_event_type not in _REMOTE_OR_THROWN or not cname \
            or not (ev.fatalities or ev.injuries or ev.injuries_text is not None and ev.injuries is None):
        return
    ev.actor2 = armed_dead(ctx, ev, cname, ev.actor1) or ev.actor2
    if ev.actor2 is not None:
        return
    # (the words that tell the toll are the evidence: "injuring a number of people")
    told = ev.injuries_text if ev.injuries and ev.injuries_text is not None else ev.fatalities_text or ev.injuries_text
    ev.actor2 = with_country(Actor(name="Civilians", text=told.text if told else None, start=told.start if told else None,
                                   end=told.end if told else None, confidence=0.4, kind="civilians"), cname)


# The side a report names second as the one whose attack the first "thwarted": "WCJF clashed with Houthi forces and
# 'thwarted their infiltration attempt'", "ont repoussé leur attaque".
_THEIR_ATTACK_FOILED = re.compile(
    r"\b(?:thwarted|foiled|repelled|repulsed|pushed\s+back|fought\s+off|beat\s+back|(?:ont\s+|a\s+)?(?:repoussé|déjoué))"
    r"\s+['‘’\"]?(?:their|its|leur|leurs)\s+(?:\w+\s+)?(?:infiltration|attaques?|attacks?|assauts?|assaults?|advance|"
    r"offensive|incursion|tentative)", re.IGNORECASE)


# The side named second as the one that started it: "armed clashes took place between HTS and Syrian regime forces ...,
# after the latter tried to infiltrate HTS positions" (ACLED's 2023 Syria row codes the regime first).
_THE_LATTER_STARTED = re.compile(
    r"\b(?:after|when|as)\s+the\s+latter\s+(?:had\s+)?(?:tried|attempted|sought|launched|attacked|advanced|"
    r"infiltrated|stormed|raided)\b"
    r"|\b(?:après\s+que|lorsque)\s+(?:ces\s+derniers|ce\s+dernier)\s+(?:ont|a|avaient|avait)\s+(?:tenté|attaqué|lancé)\b",
    re.IGNORECASE)


def initiator_first(ev: Event, text: str, sentence: Sentence) -> None:
    """Put first the side of a battle that attacked, when the report names the defender first and then says it foiled
    the other's attack, or that "the latter" started it (ACLED's actor1 is the side that initiated: the 2024 Yemen row
    codes the Houthis first)."""
    a1, a2 = ev.actor1, ev.actor2
    if ev.sub_event_type != "Armed clash" or a1 is None or a2 is None or a1.start is None or a2.start is None \
            or not sentence.start <= a1.start < a2.start < sentence.end:
        return
    foiled = _THEIR_ATTACK_FOILED.search(text, a2.end or a2.start, sentence.end) \
        or _THE_LATTER_STARTED.search(text, a2.end or a2.start, sentence.end)
    if foiled is not None:
        ev.actor1, ev.actor2 = a2, a1
        ev.assoc_actor1, ev.assoc_actor2 = ev.assoc_actor2, ev.assoc_actor1


# The author's claim, in the next sentence, of what it struck: "an Israeli drone struck the outskirts of Marwahin (Tyr).
# The IDF claimed to have targeted Hezbollah infrastructure" (ACLED's 2023 Lebanon row: actor2 Hezbollah).
_CLAIMED_TARGET = re.compile(r"\b(?:claimed|said|says|stated|announced)\s+(?:that\s+)?(?:it\s+)?"
                             r"(?:to\s+have\s+|had\s+|has\s+)?(?:targeted|struck|hit|attacked|destroyed)\s+(?:an?\s+|the\s+)?",
                             re.IGNORECASE)
_REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def target_claimed_next(ctx: DocContext, ev: Event, sentence: Sentence) -> None:
    """Give a strike that names no other side the armed group its author says, in the next sentence, it targeted."""
    if ev.actor2 is not None or ev.sub_event_type not in _REMOTE or ev.actor1 is None:
        return
    after = next((s for s in ctx.sentences if s.start >= sentence.end), None)
    claim = _CLAIMED_TARGET.search(ctx.text, after.start, after.end) if after is not None else None
    if claim is None:
        return
    group = next((a for a in ctx.actors if a.start == claim.end() and a.name and a.name != ev.actor1.name
                  and a.kind not in ("civilians", "unidentified", "protesters")), None)
    if group is not None:
        ev.actor2 = replace(group, confidence=min(group.confidence, 0.6))
