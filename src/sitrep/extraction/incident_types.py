"""An incident's sub-event type read again once its mentions are merged: the means told in one sentence and the
sides in another ("هجوم جهاديين على وحدة للجيش" ... "مدججين بالأسلحة من رشاشات كلاشنيكوف وقاذفات صواريخ"), a bare raid
word whose author has no aircraft; and an event told with a day weeks before the report, its background."""
from __future__ import annotations

import re

from ..isodates import days_between
from ..model import Event
from .classify import SUB_EVENT_TYPES
from .generic_actors import STATE_KINDS
from .role_cues import ARMED_TARGETS
from .triggers import Hit
from .weapon_means import AIRCRAFT, weapons_used, with_direct_fire

_STALE_DAYS = 14  # an event told with a day this long before the publication is the story's background
_SINCE = re.compile(r"(?:\bsince|\bdepuis|منذ)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_SINCE_REACH = 30


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
    if _SINCE.search(text, max(0, ev.date_text.start - _SINCE_REACH), ev.date_text.start):
        return False
    gap = days_between(ev.date, published)
    return gap is not None and gap > _STALE_DAYS
