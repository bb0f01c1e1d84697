"""Militias ACLED names after their tribe or their home place: "clashed with Al Bujayri tribes" → "Al Bujayri
Tribal Militia (Yemen)", "communal militias from Yagaba and Kubori marched to Gordi" → "Yagaba Communal Militia
(Ghana)", "Kamuku communal militiamen" → "Kamuku Communal Militia (Nigeria)", and communal militiamen nobody
places → "Unidentified Communal Militia (X)" (ACLED's 2020 rows: 'Al Bujayri Tribal Militia (Yemen)', 'Yagaba
Communal Militia (Ghana)', 'Omor Communal Militia (Nigeria)' for "militias from Umumubu and Omor", 'Unidentified
Communal Militia (South Sudan)'), a clan's fighters by its name ("Abgal clan militia" → "Abgal Clan Militia
(Somalia)") and those nobody names → "Unidentified Clan Militia (X)". English only:
French and Arabic notes name such groups otherwise."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..model import Actor, Event
from ..textnorm import fold, key
from .context import DocContext

__all__ = ["battle_sides", "farmers_against_herders", "identity_militia", "identity_subject", "named_militia", "tribal_pair"]

_NAME = r"((?:(?:Al|Al-|Ahl|Bani|Beni|Banu|Ould|Awlad|Ouled|Abu)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
# "Al Bujayri tribes", "the Hamdan tribesmen", "Bani Hushaysh tribal fighters"
_TRIBE = re.compile(r"(?:the\s+)?" + _NAME + r"\s+(?:tribes?|tribesmen|tribal\s+(?:fighters|militias?|militiamen|gunmen|forces))",
                    re.IGNORECASE)
# "between Bani Ali and Al Badi tribesmen", "the Hamdan and Arhab tribes"
_TRIBE_PAIR = re.compile(r"(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME
                         + r"\s+(?:tribes|tribesmen|tribal\s+(?:fighters|militias|militiamen|gunmen|forces))", re.IGNORECASE)
# "militias from Umumubu and Omor", "Tiv and Ichen Ethnic Militias": a place's or a people's militias on both sides
# (ACLED's 2020 rows: 'Umumubu Communal Militia (Nigeria)' and 'Omor Communal Militia (Nigeria)', 'Tiv Ethnic
# Militia (Nigeria)' and 'Ichen Ethnic Militia (Nigeria)')
_FROM_PLACE_PAIR = re.compile(r"(?:communal\s+)?(?:militias|militiamen|armed\s+youths|youths)\s+from\s+" + _NAME
                              + r"\s+and\s+" + _NAME, re.IGNORECASE)
_PEOPLE_PAIR = re.compile(r"(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME
                          + r"\s+(ethnic|communal)\s+(?:militias|militiamen)", re.IGNORECASE)
# "Kamuku communal militiamen", "the Buruku communal militia"
_PLACE_FIRST = re.compile(r"(?:the\s+)?" + _NAME + r"\s+communal\s+(?:militias?|militiamen|vigilantes)", re.IGNORECASE)
# "Tama ethnic militia", "the Zaghawa ethnic militiamen": a people named with its fighters (ACLED's 2020 Chad rows:
# 'Tama Ethnic Militia (Chad)'); the parse often keeps only "ethnic militia", so the name is looked for around it
_PEOPLE_FIRST = re.compile(r"(?:the\s+)?" + _NAME + r"\s+ethnic\s+(?:militias?|militiamen)", re.IGNORECASE)
# "Tama ethnic militia and Zaghawa ethnic militia clashed": each people's fighters named in full, one per side
_PEOPLE_EACH_PAIR = re.compile(r"(?:the\s+)?" + _NAME + r"\s+(ethnic|communal)\s+(?:militias?|militiamen)\s+and\s+(?:the\s+)?"
                               + _NAME + r"\s+(?:ethnic|communal)\s+(?:militias?|militiamen)", re.IGNORECASE)
# "communal militias from Yagaba and Kubori", "armed youth from Tonj South", "militiamen of Okpanan"
_FROM_PLACE = re.compile(r"\s*(?:communal\s+)?(?:militias?|militiamen|militia\s+members|armed\s+youths?|youths?)?"
                         r"\s*(?:from|of)\s+" + _NAME, re.IGNORECASE)
_VILLAGERS = re.compile(r"(?:armed\s+)?(?:villagers|residents|locals)", re.IGNORECASE)
# Local fighters and the place they are in: "local militiamen in Kuchi".
_LOCAL = re.compile(r"local\s+(?:militias?|militiamen|vigilantes|vigilance\s+groups?)$", re.IGNORECASE)
_LOCAL_IN = re.compile(r"\s+in\s+" + _NAME)
_ARMED_BAND = re.compile(r"\b(?:militias?|militiamen|youths?|armed\s+(?:villagers|residents|locals))\b", re.IGNORECASE)
_COMMUNAL = re.compile(r"\bcommunal\s+(?:militias?|militiamen|vigilantes)\b", re.IGNORECASE)
# A clan's fighters, unnamed: "clan-based clashes", "rival clans", "clan militias", "militiamen linked to a clan"
# (ACLED: 'Unidentified Clan Militia (Ethiopia)', '... (Philippines)').
_CLAN_FIGHT = re.compile(r"\b(?:clan-based\s+(?:clashes|fighting|violence)|(?:rival|warring)\s+clans|clan\s+(?:clashes|fighting|"
                         r"militias?|militiamen|fighters|feud))\b", re.IGNORECASE)
# Clans fighting each other ("clan-based clashes", "rival clans", "warring clans", "clan clashes")
_CLANS_FIGHT = re.compile(r"\b(?:clan-based\s+(?:clashes|fighting|violence)|(?:rival|warring|armed)\s+clans|clan\s+(?:clashes|fighting))\b",
                          re.IGNORECASE)
# Tribes fighting each other, unnamed: "armed clashes erupted between two tribes in the village of Sefsafa" (ACLED's
# 2025 Syria rows: 'Unidentified Tribal Militia (Syria)' on both sides)
# (and tribesmen who clash with nobody named: "unknown tribal militants clashed in Chibayish district", ACLED's 2024
# Iraq row, the same on both sides)
_TRIBES_FIGHT = re.compile(r"\b(?:between|among)\s+(?:two|rival|several|the\s+two)\s+(?:armed\s+)?tribes\b|"
                           r"\b(?:rival|warring)\s+tribes\b|"
                           r"\b(?:tribal\s+(?:militants|fighters|gunmen|militias|militiamen)|tribesmen)\s+clashed\b(?!\s+with)",
                           re.IGNORECASE)
# A tribe's fighters nobody names: "tribesmen", "armed tribesmen", "tribal gunmen", and "tribal" right before the words
# of unnamed armed men ("unknown tribal militants").
_UNNAMED_TRIBAL = re.compile(r"\b(?:tribesmen|tribal\s+(?:militants|fighters|militias?|militiamen|gunmen|members))\b",
                             re.IGNORECASE)
_TRIBAL_BEFORE = re.compile(r"\btribal\s+$", re.IGNORECASE)
# Families fighting each other, unnamed: "armed clashes took place between two families", "clashes renewed within a
# family" (ACLED's 2023-2025 Syria rows: 'Unidentified Communal Militia (Syria)' on both sides; a family told to be
# an armed clan, "two families (likely armed clans)", is the clan's: 'Unidentified Clan Militia (Lebanon)')
_FAMILIES_FIGHT = re.compile(r"\b(?:between|among)\s+(?:two|rival|several|the\s+two)\s+(?:armed\s+)?families\b|"
                             r"\bwithin\s+(?:a|one|the\s+same)\s+family\b|\bfamily\s+(?:dispute|feud|quarrel)s?\b",
                             re.IGNORECASE)
# A clan named with its fighters: "Abgal clan militia", "the Dhulbahante clan militias", "Habar Gedir-Sacad
# sub-clan militiamen" (ACLED: 'Hawiye-Abgal Sub-Clan Militia (Somalia)'; the clan family before the name is the
# coder's knowledge, not the note's words, so the name stays as written)
_CLAN_WORDS = r"\s+(sub-?\s?clans?|clans?)\s+(?:militias?|militiamen|militia\s+members|fighters|gunmen)\b"
_CLAN_NAMED = re.compile(r"(?:the\s+)?" + _NAME + _CLAN_WORDS, re.IGNORECASE)
# A clan that fights, told without a word for its fighters: "Hawiye-Habar Gedir-Ayr-Saruur sub-clan clashed with Al
# Shabaab" (a clan that is attacked is its civilians, so only as the subject of a fight)
_CLAN_FIGHTS = re.compile(r"(?:the\s+)?" + _NAME + r"\s+(sub-?\s?clans?|clans?)(?:\s+(?:militias?|militiamen|fighters))?"
                          r"\s+(?:clashed|fought|attacked|ambushed|raided|engaged)\b", re.IGNORECASE)
# "Habar Gedir-Sacad and Leelkayse clan militia clashed": two clans' fighters, one on each side
_CLAN_PAIR = re.compile(r"(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME + _CLAN_WORDS, re.IGNORECASE)
# "clashes between the Kapkeny and Kabasiran clans", "Matan and Geledle clans fought over ...": two clans named in a
# fight, no word for their fighters (ACLED's 2018 Kenya rows: 'Kapkeny Clan Militia (Kenya)', 'Kabasiran Clan Militia
# (Kenya)')
_CLAN_PAIR_FIGHT = re.compile(r"(?:\bbetween\s+(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME + r"\s+(sub-?\s?clans|clans)\b"
                              r"|(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME + r"\s+(sub-?\s?clans|clans)\s+"
                              r"(?:clashed|fought|attacked|engaged|battled))", re.IGNORECASE)
_CLAN_LINK = re.compile(r"\s+(?:linked\s+to|belonging\s+to|affiliated\s+with|from)\s+(?:a|the|one|two|rival)?\s*"
                        r"(?:(\w+)\s+)?clans?\b", re.IGNORECASE)
_CLAN_BEFORE = re.compile(r"\bclan\s+$", re.IGNORECASE)
# Capitalised words that open a sentence or name no group
_NOT_NAMES = frozenset({"The", "Local", "Armed", "Unknown", "Unidentified", "Rival", "Several", "Two", "Three", "Some",
                        "Suspected", "Other", "Neighbouring", "Neighboring", "Both"})


def named_militia(ctx: DocContext, actor: Actor | None, country_name: str | None, sentence: tuple[int, int],
                  other: Actor | None = None) -> Actor | None:
    """``actor`` under ACLED's name for a tribe's or a place's militia when its words give the tribe or the
    place, or ``actor`` unchanged. Only generic actors (unnamed armed men, militias) are renamed; one the
    parse left without words takes the tribe its sentence names ("clashed with Al Bujayri tribes"), unless
    those words are ``other``'s."""
    if actor is not None and actor.start is None and actor.kind == "unidentified" and country_name and ctx.lang == "en":
        for m in _TRIBE.finditer(ctx.text, *sentence):
            taken = other is not None and other.start is not None and other.end is not None \
                and m.start() < other.end and other.start < m.end()
            if not taken and m.group(1).split()[0] not in _NOT_NAMES:
                return replace(_renamed(actor, f"{m.group(1)} Tribal Militia ({country_name})"),
                               text=m.group(0), start=m.start(), end=m.end())
        named = _CLAN_FIGHTS.search(ctx.text, *sentence)
        if named is not None and named.group(1).split()[0] not in _NOT_NAMES and not (
                other is not None and other.start is not None and other.end is not None
                and named.start() < other.end and other.start < named.end()):
            return replace(_renamed(actor, _clan_militia(named.group(1), named.group(2), country_name)),
                           text=named.group(1), start=named.start(1), end=named.end(1))
        clan = _CLAN_FIGHT.search(ctx.text, *sentence)
        if clan is not None:  # "clan-based clashes erupted in and around Salahad"
            return replace(_renamed(actor, f"Unidentified Clan Militia ({country_name})"),
                           text=clan.group(0), start=clan.start(), end=clan.end())
        return actor
    if actor is None or actor.start is None or actor.end is None or not country_name or ctx.lang != "en" \
            or not _generic(actor):
        return actor
    words = ctx.text[actor.start:actor.end]
    clan = next((m for m in _CLAN_NAMED.finditer(ctx.text, *sentence) if m.start() <= actor.start < m.end()), None)
    if clan is not None and clan.group(1).split()[0] not in _NOT_NAMES:
        return _renamed(actor, _clan_militia(clan.group(1), clan.group(2), country_name))
    tribe = _TRIBE.fullmatch(words)
    if tribe is not None and tribe.group(1).split()[0] not in _NOT_NAMES:
        return _renamed(actor, f"{tribe.group(1)} Tribal Militia ({country_name})")
    if _UNNAMED_TRIBAL.search(words) or _TRIBAL_BEFORE.search(ctx.text, max(0, actor.start - 12), actor.start):
        # "tribesmen opened fire at civilians", "unknown tribal militants clashed" (ACLED's 2024 Yemen and Iraq rows:
        # 'Unidentified Tribal Militia (Yemen)', '... (Iraq)')
        return _renamed(actor, f"Unidentified Tribal Militia ({country_name})")
    # (the parse may leave the place out of the phrase: "clashed with Katsina communal militias")
    first = _PLACE_FIRST.fullmatch(words) or next(
        (m for m in _PLACE_FIRST.finditer(ctx.text, *sentence) if m.start() <= actor.start < m.end()), None)
    if first is not None and first.group(1).split()[0] not in _NOT_NAMES:
        return _renamed(actor, f"{first.group(1)} Communal Militia ({country_name})")
    people = next((m for m in _PEOPLE_FIRST.finditer(ctx.text, *sentence) if m.start() <= actor.start < m.end()), None)
    if people is not None and people.group(1).split()[0] not in _NOT_NAMES:
        return _renamed(actor, f"{people.group(1)} Ethnic Militia ({country_name})")
    link = _CLAN_LINK.match(ctx.text, actor.end) if actor.kind != "civilians" else None
    if link is not None and link.group(1) and link.group(1)[:1].isupper() and link.group(1) not in _NOT_NAMES:
        # "militia from the Garre clan": the clan's militia, under ACLED's name for its people where it codes them so
        # ("Garre Ethnic Militia (Kenya)")
        group = ctx.actor_table.identity.find(fold(link.group(1)), "en") \
            if getattr(ctx.actor_table, "identity", None) is not None else None
        return _renamed(actor, group.militia(country_name, None)[0] if group is not None
                        else _clan_militia(link.group(1), "clan", country_name))
    if _CLAN_FIGHT.search(words) or actor.kind != "civilians" and (
            link is not None or _CLAN_BEFORE.search(ctx.text, max(0, actor.start - 12), actor.start)):
        # "suspected militiamen linked to a clan associated with the MILF", "an unidentified clan militia member"
        # (but "a civilian from another clan" is a civilian)
        return _renamed(actor, f"Unidentified Clan Militia ({country_name})")
    # (villagers who take up arms are their village's militia: "villagers from Ponga (Zonse, Boulgou) abducted 23
    # villagers from Dirze", ACLED's Burkina Faso row, Ponga Communal Militia; those who riot stay rioters)
    armed_villagers = actor.kind == "unidentified" and _VILLAGERS.fullmatch(words) is not None
    if not _COMMUNAL.search(words) and not _ARMED_BAND.search(words) and not armed_villagers:
        return actor
    home = _FROM_PLACE.match(ctx.text, actor.end) or _FROM_PLACE.search(words)
    if home is not None and home.group(1).split()[0] not in _NOT_NAMES:
        return _renamed(actor, f"{home.group(1)} Communal Militia ({country_name})")
    local = _LOCAL_IN.match(ctx.text, actor.end) if _LOCAL.match(words) else None
    if local is not None and local.group(1).split()[0] not in _NOT_NAMES:
        # "a Niger communal militia clashed with local militiamen in Kuchi": the place's own militia (ACLED's Nigeria
        # row: Kuchi Communal Militia (Nigeria))
        return _renamed(actor, f"{local.group(1)} Communal Militia ({country_name})")
    if _COMMUNAL.search(words):
        return _renamed(actor, f"Unidentified Communal Militia ({country_name})")
    return actor


# A fight said to be between two families, clans or tribes: "armed clashes took place between two families in the town
# of Aghtrin ..., killing a civilian" (ACLED's 2023 Syria row: Armed clash, Aghtrin Communal Militia (Syria) on both
# sides, 1 fatality): the dead are the fight's, not an attack on civilians.
_FIGHT_BETWEEN_KIN = re.compile(r"\b(?:clash\w*|fight\w*|fought)\s+(?:\w+\s+){0,3}?between\s+(?:two|rival|the\s+two)\s+"
                                r"(?:armed\s+)?(?:families|clans|tribes)\b", re.IGNORECASE)


def fight_between_kin(text: str, sentence: tuple[int, int]) -> bool:
    """Whether the sentence tells a fight between two families, clans or tribes (see ``_FIGHT_BETWEEN_KIN``)."""
    return _FIGHT_BETWEEN_KIN.search(text, *sentence) is not None


def tribal_pair(ctx: DocContext, sentence: tuple[int, int], country_name: str | None,
                actor1: Actor | None, actor2: Actor | None) -> tuple[Actor, Actor] | None:
    """The two tribes' militias of a fight between two named tribes ("clashes erupted between Bani Ali and Al Badi
    tribesmen" -> "Bani Ali Tribal Militia (Yemen)", "Al Badi Tribal Militia (Yemen)"), two places' or peoples'
    ("militias from Umumubu and Omor", "Tiv and Ichen Ethnic Militias"), or unnamed clans on both
    sides of one ("clan-based clashes"), when neither side is otherwise named; else None."""
    if not country_name or ctx.lang != "en" or any(a is not None and a.name and not _generic(a) and a.kind != "militia"
                                                    for a in (actor1, actor2)):
        return None
    m = _TRIBE_PAIR.search(ctx.text, *sentence)
    kind = "Tribal"
    if m is None:
        m = _FROM_PLACE_PAIR.search(ctx.text, *sentence)
        kind = "Communal"
    if m is None:
        m = _PEOPLE_PAIR.search(ctx.text, *sentence)
        kind = m.group(3).capitalize() if m is not None else kind
    if m is None:
        each = _PEOPLE_EACH_PAIR.search(ctx.text, *sentence)
        if each is not None and each.group(1).split()[0] not in _NOT_NAMES and each.group(3).split()[0] not in _NOT_NAMES:
            level = each.group(2).capitalize()
            return _militias_named(ctx.text, each.span(1), each.span(3),
                                   lambda words: f"{words} {level} Militia ({country_name})")
        pair = _clan_pair(ctx.text, sentence)
        if pair is not None:
            first, second, clan_word = pair
            return _militias_named(ctx.text, first, second, lambda words: _clan_militia(words, clan_word, country_name))
    if m is None:
        peoples = _peoples_between(ctx, sentence, country_name)
        if peoples is not None:
            return peoples
    if m is None or m.group(1).split()[0] in _NOT_NAMES or m.group(2).split()[0] in _NOT_NAMES:
        clans = _CLANS_FIGHT.search(ctx.text, *sentence)
        level = "Clan"
        if clans is None:
            clans, level = _TRIBES_FIGHT.search(ctx.text, *sentence), "Tribal"
        if clans is None:
            clans, level = _FAMILIES_FIGHT.search(ctx.text, *sentence), "Communal"
        if clans is None:
            return None
        # "clan-based clashes erupted", "two rival clans engaged in clashes": unnamed clans on both sides
        clan = Actor(f"Unidentified {level} Militia ({country_name})", clans.group(0), clans.start(), clans.end(), 0.6,
                     "militia")
        return clan, replace(clan, text=None, start=None, end=None)
    base = Actor(None, m.group(0), m.start(), m.end(), 0.6, "militia")
    return (replace(base, name=f"{m.group(1)} {kind} Militia ({country_name})", text=m.group(1), end=m.end(1)),
            replace(base, name=f"{m.group(2)} {kind} Militia ({country_name})", text=m.group(2), start=m.start(2)))


# "Beni Halba and Beni Hussein groups clashed" (ACLED's 2019 Sudan row: 'Beni Halba Ethnic Militia (Sudan)' and 'Beni
# Hussein Ethnic Militia (Sudan)'): two peoples told as one subject of a fight.
_PEOPLES_FOUGHT = re.compile(r"(?:the\s+)?" + _NAME + r"\s+and\s+(?:the\s+)?" + _NAME
                             + r"(?:\s+(?:groups|communities|tribes|peoples|members|youths|herders|herdsmen|militias|"
                             r"militiamen|fighters))?\s+(?:clashed|fought|battled)\b", re.IGNORECASE)
# "Clashes between Kikuyu and Maasai over water disputes": two peoples of the identity table on the sides of a fight.
_BETWEEN_TWO = re.compile(r"\bbetween\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+)\s+and\s+(?:the\s+)?((?-i:[A-Z])[\w'’-]+)\b", re.IGNORECASE)


def _peoples_between(ctx: DocContext, sentence: tuple[int, int], country_name: str) -> tuple[Actor, Actor] | None:
    """The ethnic militias of two peoples a fight is "between", or who are told as one subject of it ("Beni Halba and
    Beni Hussein groups clashed"), both known to the identity table; else None."""
    identity = getattr(ctx.actor_table, "identity", None)
    m = _BETWEEN_TWO.search(ctx.text, *sentence) or _PEOPLES_FOUGHT.search(ctx.text, *sentence)
    if m is None or identity is None:
        return None
    groups = [identity.find(key(m.group(k)), ctx.lang) for k in (1, 2)]
    if groups[0] is None or groups[1] is None:
        return None
    return tuple(Actor(g.militia(country_name, None)[0], m.group(k), m.start(k), m.end(k), 0.6, "militia")
                 for k, g in zip((1, 2), groups))  # type: ignore[return-value]


# A people of the identity table standing alone as the subject of the deed: "Pokot attack Luhya farmers",
# "Maasai attack and kill Kikuyu civilians" (ACLED's Kenya rows: 'Pokot Ethnic Militia (Kenya)').
_BARE_SUBJECT = re.compile(r"\W*(?:(?:suspected|armed)\s+)?((?-i:[A-Z])[\w'’-]+)\s+(?:(?:youths?|men|raiders|gunmen|"
                           r"tribesmen|militiamen|herders|herdsmen|warriors)\s+)?$", re.IGNORECASE)


def identity_subject(ctx: DocContext, sentence_start: int, anchor_start: int, country: str | None,
                     cname: str | None) -> Actor | None:
    """The militia of a people named alone before the deed's word, as its subject ("Pokot attack Luhya farmers"),
    when the identity table knows the people; else None."""
    identity = getattr(ctx.actor_table, "identity", None)
    m = _BARE_SUBJECT.fullmatch(ctx.text, sentence_start, anchor_start) if identity is not None else None
    group = identity.find(key(m.group(1)), ctx.lang) if m is not None else None
    if group is None:
        return None
    name, home = group.militia(cname, country)
    return Actor(name, m.group(1), m.start(1), m.end(1), 0.55, "militia", home)


def _militias_named(text: str, first: tuple[int, int], second: tuple[int, int],
                    name: Callable[[str], str]) -> tuple[Actor, Actor]:
    """The two sides of a fight between two groups named at the spans ``first`` and ``second``, each named by ``name``
    from its words."""
    return tuple(Actor(name(text[s:e]), text[s:e], s, e, 0.6, "militia") for s, e in (first, second))  # type: ignore[return-value]


def _clan_pair(text: str, sentence: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """The spans of two clans named on the two sides of a fight ("Habar Gedir-Sacad and Leelkayse clan militia",
    "between the Kapkeny and Kabasiran clans") and their clan word, or None."""
    m = _CLAN_PAIR.search(text, *sentence)
    if m is not None and m.group(1).split()[0] not in _NOT_NAMES and m.group(2).split()[0] not in _NOT_NAMES:
        return m.span(1), m.span(2), m.group(3)
    m = _CLAN_PAIR_FIGHT.search(text, *sentence)
    if m is None:
        return None
    first, second, word = (1, 2, 3) if m.group(1) is not None else (4, 5, 6)
    if m.group(first).split()[0] in _NOT_NAMES or m.group(second).split()[0] in _NOT_NAMES:
        return None
    return m.span(first), m.span(second), m.group(word)


def _clan_militia(name: str, clan_word: str, country_name: str) -> str:
    """ACLED's name for a clan's militia: "Abgal Clan Militia (Somalia)", a sub-clan's "... Sub-Clan Militia"."""
    level = "Sub-Clan" if clan_word.lower().startswith("sub") else "Clan"
    return f"{name} {level} Militia ({country_name})"


def _generic(actor: Actor) -> bool:
    """An actor nobody named: a militia of the table's generic terms, or unidentified armed men or civilians."""
    return actor.kind == "militia" or actor.kind in ("unidentified", "civilians", "rebel", None) and (
        not actor.name or actor.name.startswith(("Unidentified", "Civilians")))


def _renamed(actor: Actor, name: str) -> Actor:
    return replace(actor, name=name, kind="militia", confidence=min(max(actor.confidence, 0.5), 0.7))


def identity_militia(ctx: DocContext, actor: Actor | None, country: str | None, cname: str | None,
                     floor: int = 0) -> Actor | None:
    """The author of violence named as civilians of an ethnic group ("Fulani herders", "des éleveurs peuls")
    as ACLED names its armed men: "Fulani Ethnic Militia (Nigeria)"; else None. The group's word is looked for
    near the actor's words, not before ``floor`` (a battle's second side is not the people named before its verb)."""
    table = ctx.actor_table
    identity = getattr(table, "identity", None)
    # (or an unnamed militia a demonym gave another country: "Somali militia" in Ethiopia's Oromia is the Somali
    # people's, ACLED's 'Somali Ethnic Militia (Ethiopia)')
    foreign = actor is not None and actor.kind == "militia" and (actor.name or "").startswith("Unidentified ") \
        and actor.country is not None and actor.country != country
    if actor is None or actor.kind not in ("civilians", "unidentified") and not foreign or actor.start is None \
            or identity is None:
        return None
    # (English puts the group before the noun, French and Arabic after it; unknown armed men are a group's only by
    # their own words: "suspected Murle raiders")
    words = re.findall(r"\w+", ctx.text[max(0, floor, actor.start - 20):(actor.end or actor.start) + 12]) \
        if actor.kind == "civilians" else re.findall(r"\w+", actor.text or "")
    group = next((g for g in (identity.find(key(w), ctx.lang) for w in words) if g is not None), None)
    if group is None:
        return None
    name, home = group.militia(cname, country)
    return Actor(name, actor.text, actor.start, actor.end, min(actor.confidence, 0.6), "militia", home)


# Farmers as the authors, and herders or Fulani as those they hurt ("suspected farmers killed a Fulani pastoralist
# man", "a group of farmers shot and killed a male civilian pastoralist"), in the words after the farmers.
_FARMERS = re.compile(r"\bfarmers\b", re.IGNORECASE)
_HERDERS = re.compile(r"\b(?:Fulanis?|Fulbe|Peuls?|pastoralists?|herders?|herdsmen|herdsman|cattle\s+herders?|nomads?)\b",
                      re.IGNORECASE)
# How far after the farmers the herders they hurt may be named, in characters.
_HERDERS_REACH = 90


def farmers_against_herders(text: str, author: Actor | None, cname: str | None) -> Actor | None:
    """Herders who attack, and farmers who attack herders or Fulani: their communal militia ("On 19 January 2022,
    suspected farmers killed a Fulani pastoralist man": ACLED's Benin rows, 'Unidentified Communal Militia (Benin)' in
    an Attack), not a mob, since the farmer-herder conflict is fought between communities."""
    if author is None or author.start is None or author.end is None:
        return None
    herders = bool(author.text) and HERDERS_WORDS.search(author.text) is not None
    # (and herders who attack anyone: "herders attacked farmers in Bagudo, killing two people" is their community's
    # militia, no mob of rioters)
    if not herders and not (_FARMERS.search(text, author.start, author.end)
                            and _HERDERS.search(text, author.end, author.end + _HERDERS_REACH)):
        return None
    name = f"Unidentified Communal Militia ({cname})" if cname else "Unidentified Communal Militia"
    return replace(author, name=name, kind="militia")


# The herders of the farmer-herder conflict, who fight as their community ("Bilala-Arab pastoralists and Arab Salmanie
# farmers clashed"), and the farmers or villagers who face them or a people's militia; not the dead a toll counts ("Ten
# people were reportedly killed"), nor two groups of locals or villagers brawling (ACLED's mob violence, see
# outcomes.civilians_who_fought)
HERDERS_WORDS = re.compile(r"\b(?:pastoralists?|herders?|herdsm[ae]n|nomads?|éleveurs?|pasteurs?|nomades?|"
                           r"transhumants?)\b|رعاة|الرعاة|الرعاه", re.IGNORECASE)
FACING_WORDS = re.compile(r"\b(?:farmers?|villagers?|residents?|youths?|hunters?|fishermen|community\s+members|"
                          r"communities|agriculteurs?|cultivateurs?|paysans?|villageois|chasseurs?)\b"
                          r"|مزارعين|المزارعين|مزارعون|المزارعون", re.IGNORECASE)
# "affrontements entre éleveurs et cultivateurs", "clashes between herders and farmers", "اشتباكات بين الرعاة والمزارعين".
# "farmers and pastoralists clashed": the two told as one subject, the second right after the first's words
_AND_SECOND = re.compile(r"\s+(?:and|et)\s+(?:the\s+|les\s+|des\s+|d['’])?(\w+)")
_BETWEEN_TWO = re.compile(r"\b(?:between|entre)\s+(?:the\s+|des\s+|les\s+|d['’])?(\S+(?:\s+\S+)?)\s+(?:and|et)\s+"
                          r"(?:the\s+|des\s+|les\s+|d['’])?(\S+)|بين\s+(\S+)\s+و(\S+)", re.IGNORECASE)


def _communities_between(text: str, ev: Event, sentence: tuple[int, int], cname: str) -> bool:
    """Name a fight "between herders and farmers" whose sides the parse found in no words, or "farmers and
    pastoralists clashed" whose second side it left out: each community's militia (ACLED codes the farmer-herder
    conflict between communal militias), in the text's order. Whether it named them."""
    first = ev.actor1
    if first is not None and first.start is not None and first.end is not None and ev.actor2 is None \
            and first.kind == "civilians" and first.text:
        also = _AND_SECOND.match(text, first.end)
        words = (first.text, also.group(1)) if also is not None else None
        if words is not None and any(HERDERS_WORDS.search(w) for w in words) \
                and all(HERDERS_WORDS.search(w) or FACING_WORDS.search(w) for w in words):
            name = f"Unidentified Communal Militia ({cname})"
            ev.actor1 = replace(first, name=name, kind="militia")
            ev.actor2 = Actor(name, also.group(1), also.start(1), also.end(1), first.confidence, "militia")
            return True
    if any(a is not None and a.start is not None for a in (ev.actor1, ev.actor2)):
        return False
    m = _BETWEEN_TWO.search(text, *sentence)
    if m is None:
        return False
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    herders = [bool(HERDERS_WORDS.search(w)) for w in (first, second)]
    facing = [bool(FACING_WORDS.search(w)) for w in (first, second)]
    if not (any(herders) and all(h or f for h, f in zip(herders, facing))):
        return False
    starts = (m.start(1) if m.group(1) else m.start(3), m.start(2) if m.group(1) else m.start(4))
    ev.actor1, ev.actor2 = (Actor(f"Unidentified Communal Militia ({cname})", w, s, s + len(w), 0.5, "militia")
                            for w, s in zip((first, second), starts))
    return True


_MILITIA_LEVEL = re.compile(r"\b(Communal|Ethnic|Clan|Sub-Clan|Tribal) Militia\b")


def battle_sides(ctx: DocContext, ev: Event, anchor_end: int, sentence: tuple[int, int], country: str | None,
                 cname: str | None) -> None:
    """Name a battle's side that was left as civilians. ACLED codes no civilians in a battle (codebook 2023
    §Battles: a violent interaction between two organised armed groups): a people's members who fight are its
    ethnic militia ("Fulani pastoralists clashed with Mousseye farmers": 'Moussey Ethnic Militia (Chad)'), herders and
    the farmers who face them their communities' militias ('Salmanie Communal Militia (Chad)' for "Arab Salmanie
    farmers"), and the dead a toll counts are no side: the side nobody named is an unidentified armed group, or,
    facing a communal, ethnic, clan or tribal militia, an unidentified militia of that kind (a communal fight is fought
    between communities). Two crowds of civilians are left as they are (a brawl, see outcomes.civilians_who_fought).
    ``anchor_end`` is where the event's word ends, ``sentence`` the span of its sentence (sides told there are the
    fight's own words, not "villagers" a later sentence says the fighting displaced)."""
    if ev.sub_event_type != "Armed clash" or not cname:
        return
    if _communities_between(ctx.text, ev, sentence, cname):
        return
    tolls = [(m.start, m.end) for m in (ev.fatalities_text, ev.injuries_text) if m is not None]
    sides = {"actor1": ev.actor1, "actor2": ev.actor2}
    told = {role: a for role, a in sides.items() if a is not None and a.kind == "civilians" and a.start is not None
            and not any(s <= a.start < e for s, e in tolls) and sentence[0] <= a.start < sentence[1]}
    armed: dict[str, Actor] = {}
    for role, side in told.items():
        found = identity_militia(ctx, side, country, cname, floor=anchor_end if role == "actor2" else 0)
        if found is None and side.text and HERDERS_WORDS.search(side.text):
            found = _renamed(side, f"Unidentified Communal Militia ({cname})")
        if found is not None:
            armed[role] = found
    if ev.actor2 is None and ev.target is not None and 0 <= ev.target.start - anchor_end <= 40:
        # (the side the parse left as the target: "farmers engaged in fire fight with Fulani herdsmen")
        hit = Actor("Civilians", ev.target.text, ev.target.start, ev.target.end, 0.5, "civilians")
        found = identity_militia(ctx, hit, country, cname, floor=anchor_end)
        found = found or (_renamed(hit, f"Unidentified Communal Militia ({cname})")
                          if HERDERS_WORDS.search(ev.target.text) else None)
        if found is not None:
            armed["actor2"] = found
    for role, side in told.items():
        # (farmers or villagers are a community's fighters facing herders or a people's militia, or in a fight that
        # killed: "farmers clashed over a land dispute between the villages of ... Four people were killed")
        if role not in armed and (armed or (ev.fatalities or 0) > 0) and side.text and FACING_WORDS.search(side.text):
            armed[role] = _renamed(side, f"Unidentified Communal Militia ({cname})")
    if not armed and all(a is not None and a.kind == "civilians" for a in sides.values()):
        return
    sides.update(armed)
    for role, other_role in (("actor1", "actor2"), ("actor2", "actor1")):
        side, other = sides[role], sides[other_role]
        level = _MILITIA_LEVEL.search(other.name or "") if other is not None else None
        # (civilians told in the fight's own words and no community's stay as told: "مواجهات بين المستوطنين ...
        # وأهالي القرية")
        if side is not None and side.kind == "civilians" and role not in told \
                or side is None and role == "actor2" and level is not None:
            sides[role] = Actor(f"Unidentified {level.group(1)} Militia ({cname})" if level
                                else f"Unidentified Armed Group ({cname})", None, None, None, 0.3,
                                "militia" if level else "unidentified")
    ev.actor1, ev.actor2 = sides["actor1"], sides["actor2"]

