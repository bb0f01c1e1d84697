"""Marches, where the word alone cannot say it: Arabic "مسيرة" and French "marche".

The Arabic word names both a demonstration's march and a drone (short for "طائرة مسيرة"). The lexicon reads the bare
word as a drone, and its phrases read the march where the word's modifier says so ("مسيرة سلمية", "مسيرات حاشدة").
This module reads the rest from the sentence: a bare "مسيرة" in a sentence that tells a crowd's demand or its
gathering ("شارك آلاف المواطنين في مسيرة ... للتنديد بغلاء الأسعار") and no strike, shelling or attack is a march.

The French "marche" has no lexicon row, because the lexicon matches words without their accents and "marché" (a
market) is as common in the news: the word is read here, written without its accent, in a sentence that tells a
crowd ("les marches organisées ... à l'appel du Comité laïc ... ont été dispersées"), and not in a phrase where it is
a step or a working order ("la bonne marche de", "en marche", "les marches du palais").

A rally can also be only where a politician was shot ("presidential candidate Fernando Villavicencio shot dead
during rally"): its word then tells the scene of an attack on him, no crowd met with force.
"""
from __future__ import annotations

import re

from .classify import EXPLOSIVE
from .passing_events import sentence_bounds
from .triggers import Hit, word_tokens

# The bare word, with the clitics it may carry ("بمسيرة", "والمسيرات"); "مسيرتين"/"مسيرتان" are duals.
_MARCH_WORD = re.compile(r"(?:[وفب]?(?:ال)?|[وف]?لل?)مسير(?:ة|ات|تين|تان)")
# Words of the sentence that keep the drone: strikes, shelling and attacks, their interception, weapons.
_DRONE_CONTEXT = frozenset(EXPLOSIVE) | {"@attack", "@explosion", "Disrupted weapons use", "Attack", "Armed clash"}
# Words that tell a crowd: its demand ("للتنديد", "للمطالبة"), a protest word, its gathering (``@march`` rows:
# "شارك", "نظم", "خرج"), or what a crowd throws and burns ("وأشعلوا إطارات السيارات، ورشق بعضهم جيش الاحتلال
# الإسرائيلي بالحجارة").
_CROWD_SIGNS = frozenset({"@protest", "@grievance", "@march", "@riot"})


def marches(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with each bare Arabic "مسيرة" that its sentence tells as a crowd's march read as a protest word:
    its drone weapon and strike trigger go, and a protest trigger stands on it unless a protest phrase already
    covers it."""
    words = [h for h in hits if h.weapon == "drone" and _MARCH_WORD.fullmatch(h.text)]
    if not words:
        return hits
    drop: set[int] = set()
    added: list[Hit] = []
    # (a report whose every strike word is a bare "مسيرة", and one of them a march, tells marches only: "بدأت المسيرات
    # بخروج المصلين من المساجد", the marches began as the worshippers left the mosques, after "انطلقت ... مسيرات جديدة
    # للحراك الاحتجاجي")
    bare = {(w.start, w.end) for w in words}
    no_drones = not any(h.label in _DRONE_CONTEXT or h.kind == "weapon" and h.label for h in hits
                        if not any(_covers(h, w) for w in words) and (h.start, h.end) not in bare)
    told_march = any(any(h.label in _CROWD_SIGNS for h in hits if lo <= h.start < hi and (h.start, h.end) not in bare)
                     for lo, hi in (sentence_bounds(text, w.start, w.end) for w in words))
    for w in words:
        lo, hi = sentence_bounds(text, w.start, w.end)
        others = [h for h in hits if lo <= h.start < hi and not (h.start == w.start and h.end == w.end)]
        whole_report = no_drones and told_march
        if not whole_report and (not any(h.label in _CROWD_SIGNS for h in others)
                                 or any(h.label in _DRONE_CONTEXT or h.kind == "weapon" and h.label
                                        for h in others if not _covers(h, w))):
            # (a weapon that implies a strike or a blast keeps the drone; the stones of a crowd do not)
            continue
        drop |= {id(h) for h in hits if h.start == w.start and h.end == w.end and h.label != "@protest"}
        if not any(h.label == "@protest" and h.kind == "trigger" and _covers(h, w) for h in hits):
            added.append(Hit(w.start, w.end, w.text, "@protest", 3.0, "trigger", w.token, w.ntok))
    if not drop and not added:
        return hits
    out = [h for h in hits if id(h) not in drop] + added
    out.sort(key=lambda h: (h.start, -h.end))
    return out


def _covers(outer: Hit, inner: Hit) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


# The French word, as written (the accent tells "marché", a market, apart), after a French determiner (English
# "marches" has its own rows).
_FRENCH_MARCH = re.compile(r"\b(?:[Ll]a|[Uu]ne|[Ll]es|[Dd]es|[Cc]ette|[Cc]es|[Ll]eurs?|[Ss]a|[Ss]es|[Gg]rande|[Nn]ouvelles?|"
                           r"[Pp]rochaine|[Aa]utres?|[Gg]randes|d['’]une|de\s+la)\s+(?:\w+\s+)?([Mm]arches?)\b(?!-)")
# A crowd told in its sentence: its dispersal or ban, its callers, its cause, its peace, its marchers.
_FRENCH_CROWD = re.compile(r"\b(?:dispers[ée]e?s?|interdite?s?|réprim[ée]e?s?|encadrée?s?|à\s+l['’]appel|pacifiques?|"
                           r"manifest\w*|protest\w*|marcheurs|opposition|syndica\w*|revendic\w*|pour\s+(?:dénoncer|"
                           r"exiger|réclamer|demander|protester|soutenir)|en\s+soutien|contre\s+(?:la|le|les|l['’])|"
                           r"participants?|organisateurs)\b", re.IGNORECASE)
# Where the word is no march: a step, a working order, music, a historic march.
_NOT_A_MARCH = re.compile(r"(?:bonne|mise\s+en|en\s+état\s+de|première|dernière|haute)\s+$|\ben\s+$", re.IGNORECASE)
_NOT_A_MARCH_AFTER = re.compile(r"\s+(?:à\s+suivre|arrière|avant|forcée|nuptiale|funèbre|militaire|verte|"
                                r"d[eu]s?\s+(?:palais|escaliers?|podium|temple|tribunal|l['’]escalier))\b", re.IGNORECASE)


def french_marches(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with a protest trigger on each French "marche" (no accent) that its sentence tells as a crowd's."""
    found = [m for m in _FRENCH_MARCH.finditer(text)
             if not _NOT_A_MARCH.search(text, max(0, m.start(1) - 20), m.start(1))
             and not _NOT_A_MARCH_AFTER.match(text, m.end(1))]
    added: list[Hit] = []
    tokens = None
    for m in found:
        if any(h.label == "@protest" and h.kind == "trigger" and h.start <= m.start(1) < h.end for h in hits):
            continue
        lo, hi = sentence_bounds(text, m.start(1), m.end(1))
        if not _FRENCH_CROWD.search(text, lo, hi):
            continue
        tokens = tokens if tokens is not None else word_tokens(text)
        index = next((k for k, t in enumerate(tokens) if t.start == m.start(1)), None)
        if index is not None:
            added.append(Hit(m.start(1), m.end(1), m.group(1), "@protest", 3.0, "trigger", index, 1))
    if not added:
        return hits
    return sorted(hits + added, key=lambda h: (h.start, -h.end))


# A rally told as the scene of a killing ("shot dead during rally", "tué lors d'un meeting").
_SCENE_BEFORE = re.compile(r"\b(?:during|after|at|following|leaving|lors\s+d['’]|après|pendant|à\s+l['’]issue\s+d['’]|"
                           r"au\s+cours\s+d['’]|خلال|بعد|أثناء)\s*(?:an?|the|his|her|their|un|une|le|la|son|sa)?\s*"
                           r"(?:\w+\s+)?$", re.IGNORECASE)
_GATHERING = re.compile(r"rall(?:y|ies)|meeting|مهرجان", re.IGNORECASE)
# Who is shot at a rally as its target: a politician (the @civilian cue words of office).
_POLITICIANS = re.compile(r"candidat|politician|mayor|senator|lawmaker|governor|député|maire|sénateur|مرشح", re.IGNORECASE)
_KILLINGS = frozenset({"@kill", "@lethal", "@attack"})


def rallies_as_scene(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the protest word of a rally where a politician was killed or shot."""
    scenes = [h for h in hits if h.label == "@protest" and h.kind == "trigger" and _GATHERING.fullmatch(h.text)
              and _SCENE_BEFORE.search(text, max(0, h.start - 40), h.start)]
    drop = set()
    for h in scenes:
        lo, hi = sentence_bounds(text, h.start, h.end)
        same = [x for x in hits if lo <= x.start < hi]
        if any(x.label in _KILLINGS for x in same) and any(x.label == "@civilian" and _POLITICIANS.match(x.text)
                                                            for x in same):
            drop.add(id(h))
    return [h for h in hits if id(h) not in drop] if drop else hits
