"""An incident's sub-event type read again once its mentions are merged: the means told in one sentence and the
sides in another ("هجوم جهاديين على وحدة للجيش" ... "مدججين بالأسلحة من رشاشات كلاشنيكوف وقاذفات صواريخ"), a bare raid
word whose author has no aircraft; and an event told with a day weeks before the report, its background."""
from __future__ import annotations

import re

from ..isodates import days_between
from ..model import Event, Sentence
from .classify import SUB_EVENT_TYPES
from .generic_actors import STATE_KINDS
from .role_cues import ARMED_TARGETS
from .triggers import Hit
from .weapon_means import AIRCRAFT, weapons_used, with_direct_fire

_STALE_DAYS = 14  # an event told with a day this long before the publication is the story's background
_SINCE = re.compile(r"(?:\bsince|\bdepuis|منذ)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_SINCE_REACH = 30
# A year told in the event's own words, at least two before the publication's: "Bunagana was an M23 stronghold
# during a 2012 insurrection that briefly overran the major city of Goma" (Reuters, 13 Jun 2022) is history. Not a
# year that dates a group's founding or a law ("the group, founded in 2012, attacked"), nor a day of the year.
_OLD_YEAR_WORDS = 8  # the year stands this many words before the event word at most,
_OLD_YEAR_AFTER = 14  # or this many after it, in its clause
_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d/.-]|\s*(?:%|km|kilom|miles?|troops|soldiers|men|people))")
_FOUNDING = re.compile(r"(?:\bsince|\bfounded|\bformed|\bcreated|\bestablished|\bborn|\bdepuis|\bcréée?s?|\bfondée?s?|"
                       r"منذ|تأسس\w*)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)


# The bare word for a raid, which Arabic uses of air raids and of raids on the ground alike ("بعد غارة بوكو حرام على
# قريتهم": Boko Haram's raid); English and French "raid" likewise.
_BARE_RAID = re.compile(r"(?:[وف]?[بل]?(?:ال)?(?:غارة|غاره|غارات))|raids?", re.IGNORECASE)
_GROUND_RAIDERS = frozenset({"rebel", "islamist", "militia"})


def _raided_on_the_ground(sub_event_type: str, trigger_text: str | None, author_kind: str | None,
                         told_with: list[Hit]) -> bool:
    """Whether an air strike read from a bare raid word ("غارة") was an armed group's raid on the ground: its
    author is a named non-state group and the sentences that tell it name no aircraft or drone (ACLED codes such
    raids by what was done, an attack or a fight)."""
    if sub_event_type != "Air/drone strike" or not trigger_text or author_kind not in _GROUND_RAIDERS \
            or not _BARE_RAID.fullmatch(trigger_text.strip()):
        return False
    return not any(h.kind == "weapon" and h.weapon in AIRCRAFT for h in told_with)


def retype_by_means(text: str, ev: Event, told_with: list[Hit], merged: bool) -> None:
    """Retype a merged incident by the means and sides its sentences (``told_with``) tell together: a named armed
    group's bare "raid" with no aircraft is an attack, or a fight with forces; shelling of forces or an armed
    side with small arms among the weapons a battle (``merged``: the guns may be another mention's)."""
    if _raided_on_the_ground(ev.sub_event_type, ev.trigger.text if ev.trigger else None,
                             ev.actor1.kind if ev.actor1 else None, told_with):
        fought = ev.actor2 is not None and ev.actor2.kind in STATE_KINDS
        ev.sub_event_type = "Armed clash" if fought else "Attack"
        ev.event_type = SUB_EVENT_TYPES[ev.sub_event_type]
    elif merged and shelled_with_small_arms(text, ev):
        # (the sides told in one sentence, the guns in another: "هجوم جهاديين على وحدة للجيش ... مدججين بالأسلحة
        # من رشاشات كلاشنيكوف وقاذفات صواريخ": an assault with small arms and rockets on troops is a battle)
        ev.sub_event_type, ev.event_type = "Armed clash", SUB_EVENT_TYPES["Armed clash"]


def shelled_with_small_arms(text: str, ev: Event) -> bool:
    """Whether ``ev`` is shelling of forces or an armed side with small arms among its weapons, which ACLED codes
    as an armed clash (its Ukraine notes: "fired 82mm mortars, grenade launchers and small arms at the governmental
    positions"; "fired 152mm artillery at" stays shelling)."""
    return ev.sub_event_type == "Shelling/artillery/missile attack" and with_direct_fire(weapons_used(text, ev.weapons)) \
        and ev.actor2 is not None and ev.actor2.kind in (*STATE_KINDS, *ARMED_TARGETS)


def told_long_before(text: str, ev: Event, published: str | None) -> bool:
    """Whether ``ev`` is told with a day more than two weeks before the publication ("اثر هجوم شنه الاسلاميون
    عليها في 6 تموز/يوليو الفائت"): the story's past, not the news it brings. A day a movement goes on "since"
    ("منذ اندلاعها يوم 17 أكتوبر الماضى", "depuis le 17 octobre") dates its start, not a past event."""
    if not published or len(published) < 10 or ev.date_text is None or not ev.date or len(ev.date) < 10 \
            or (ev.time_precision or 1) != 1 or ev.date_text.start is None:
        return False
    if told_since(text, ev.date_text.start):
        return False
    gap = days_between(ev.date, published)
    return gap is not None and gap > _STALE_DAYS


def told_since(text: str, start: int) -> bool:
    """Whether the day told at ``start`` follows "since" ("منذ اندلاعها يوم 17 أكتوبر", "depuis le 17 octobre"): the
    start of what goes on, not the day of an event."""
    return bool(_SINCE.search(text, max(0, start - _SINCE_REACH), start))


def told_in_an_old_year(text: str, sentence: Sentence, anchor: Hit, ev: Event, published: str | None) -> bool:
    """Whether the event word at ``anchor`` is told with a year two or more before the publication's, close to it in
    its ``sentence`` ("during a 2012 insurrection that briefly overran ... Goma"): the story's history. Not when the
    sentence gives ``ev`` a day of its own."""
    told = ev.date_text
    if not published or len(published) < 4 or not published[:4].isdigit() \
            or told is not None and told.start is not None and sentence.start <= told.start < sentence.end:
        return False
    newest = int(published[:4]) - 2
    before = text[sentence.start:anchor.start]
    after = text[anchor.end:sentence.end]
    near_before = before[max(0, len(before) - _words_back(before, _OLD_YEAR_WORDS)):]
    # (after the event word, as far as its clause goes: "seized 270 schoolgirls from a school at Chibok in the
    # northeast in 2014, around 100 of whom ...")
    clause = re.match(r"[^,;:()\n]*", after)
    near_after = after[:min(_words_ahead(after, _OLD_YEAR_AFTER), clause.end() if clause else len(after))]
    for chunk, base in ((near_before, anchor.start - len(near_before)), (near_after, anchor.end)):
        for y in _YEAR.finditer(chunk):
            if int(y.group(1)) <= newest and not _FOUNDING.search(text, max(0, base + y.start() - 40), base + y.start()):
                return True
    return False


def _words_back(chunk: str, n: int) -> int:
    """How many characters the last ``n`` words of ``chunk`` take."""
    found = list(re.finditer(r"\S+", chunk))
    return len(chunk) - found[-n].start() if len(found) >= n else len(chunk)


def _words_ahead(chunk: str, n: int) -> int:
    """How many characters the first ``n`` words of ``chunk`` take."""
    found = list(re.finditer(r"\S+", chunk))
    return found[n - 1].end() if len(found) >= n else len(chunk)
