"""ACLED-style one-sentence English notes built from an event's fields (never from free text)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Event
    from .context import DocContext

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
# What the actor did, per sub-event type: (verb phrase with a target, verb phrase without one).
VERBS: dict[str, tuple[str, str]] = {
    "Armed clash": ("clashed with {t}", "were involved in an armed clash"),
    "Government regains territory": ("regained territory from {t}", "regained territory"),
    "Non-state actor overtakes territory": ("took control of territory from {t}", "took control of territory"),
    "Chemical weapon": ("used chemical weapons against {t}", "used chemical weapons"),
    "Air/drone strike": ("carried out {w} strikes on {t}", "carried out {w} strikes"),
    "Suicide bomb": ("carried out a suicide bombing targeting {t}", "carried out a suicide bombing"),
    "Shelling/artillery/missile attack": ("fired {w} at {t}", "fired {w}"),
    "Remote explosive/landmine/IED": ("detonated {w} targeting {t}", "detonated {w}"),
    "Grenade": ("threw a grenade at {t}", "threw a grenade"),
    "Sexual violence": ("sexually assaulted {t}", "committed sexual violence"),
    "Attack": ("attacked {t}", "carried out an attack"),
    "Abduction/forced disappearance": ("abducted {t}", "abducted people"),
    "Peaceful protest": ("demonstrated", "demonstrated"),
    "Protest with intervention": ("demonstrated and were dispersed by {t}", "demonstrated and were dispersed"),
    "Excessive force against protesters": ("demonstrated and were met with excessive force by {t}",
                                           "demonstrated and were met with excessive force"),
    "Violent demonstration": ("rioted and clashed with {t}", "rioted"),
    "Mob violence": ("attacked {t}", "engaged in mob violence"),
    "Agreement": ("reached an agreement with {t}", "reached an agreement"),
    "Arrests": ("arrested {t}", "made arrests"),
    "Change to group/activity": ("changed activity involving {t}", "changed activity or organisation"),
    "Disrupted weapons use": ("seized or defused {w}", "disrupted weapons use"),
    "Headquarters or base established": ("established a base", "established a base"),
    "Looting/property destruction": ("looted or destroyed property of {t}", "looted or destroyed property"),
    "Non-violent transfer of territory": ("transferred territory to {t}", "withdrew from territory"),
    "Other": ("were involved in an incident with {t}", "were involved in an incident"),
}
WEAPON_WORDS = {
    "drone": "drone", "aircraft": "air", "rocket": "rockets", "missile": "missiles", "artillery": "artillery shells",
    "IED": "an IED", "landmine": "a landmine", "car bomb": "a car bomb", "bomb": "explosives",
}


def _when(ev: "Event") -> str:
    d = ev.date
    if not d:
        return "On an unknown date"
    try:
        if len(d) >= 10:
            day = date.fromisoformat(d[:10])
            text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
            if ev.time_precision == 2:
                return f"Around {text}"
            if ev.time_precision == 3:
                return f"In {MONTHS[day.month - 1]} {day.year}"
            since = ev.date_text is not None and ev.date_text.text.lower().startswith(("depuis", "since", "منذ"))
            return f"On or after {text}" if since else f"On {text}"
        year, month = int(d[:4]), int(d[5:7])
        return f"In {MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return f"On {d}"


def _weapon_phrase(ev: "Event") -> str:
    names = [WEAPON_WORDS.get(w.name, w.name) for w in ev.weapons if w.name in WEAPON_WORDS]
    if not names:
        return {"Air/drone strike": "air", "Shelling/artillery/missile attack": "shells",
                "Remote explosive/landmine/IED": "an explosive device", "Disrupted weapons use": "weapons"}.get(ev.sub_event_type, "")
    return " and ".join(dict.fromkeys(names))


def event_notes(event: "Event", ctx: "DocContext | None" = None) -> str:
    """A one-sentence English summary in ACLED's style, built only from the event's fields.

    E.g. "In October 2023, Islamic Resistance in Iraq carried out drone and rockets strikes on
    Military Forces of the United States (bases irakiennes) in Iraq (5 events). Injuries reported."
    """
    ev = event
    who = ev.actor1.name if ev.actor1 and ev.actor1.name else "an unidentified actor"
    if ev.actor1 and ev.actor1.name and ev.assoc_actor1:
        who = " and ".join([who] + [a.name for a in ev.assoc_actor1 if a.name])
    target = None
    if ev.actor2 and ev.actor2.name:
        target = ev.actor2.name
        if ev.target and ev.target.text and ev.target.text.lower() not in target.lower() and ev.event_type != "Protests":
            target += f" ({ev.target.text})"
    elif ev.target is not None and ev.event_type != "Protests":
        # (a protest's target is its grievance, "vie chère", not whoever dispersed it)
        target = ev.target.text
    with_t, without_t = VERBS.get(ev.sub_event_type, VERBS["Other"])
    w = _weapon_phrase(ev)
    verb = (with_t if target else without_t).format(t=target, w=w).replace("  ", " ")
    if who == "an unidentified actor":
        who = "An unidentified actor" if not _when(ev) else who
    where = ""
    if ev.location and (ev.location.name or ev.location.text):
        where = f" in {ev.location.name or ev.location.text}"
    parts = [f"{_when(ev)}, {who} {verb}{where}"]
    if ev.count and ev.count > 1:
        parts[0] += f" ({ev.count} events reported together)"
    sentence = parts[0] + "."
    if ev.fatalities == 0 and ev.fatalities_estimated:
        if ev.event_type not in ("Protests", "Strategic developments"):  # there, no deaths goes without saying
            sentence += " No deaths reported."
    elif ev.fatalities is not None and ev.fatalities_estimated and ev.fatalities_text is not None:
        sentence += f" {ev.fatalities} fatalities coded from '{ev.fatalities_text.text}' (ACLED's convention for vague figures)."
    elif ev.fatalities is not None:
        sentence += f" {ev.fatalities} reported fatalit{'y' if ev.fatalities == 1 else 'ies'}."
    if ev.injuries is not None:
        sentence += f" {ev.injuries} injured."
    elif ev.casualties_text is not None and ev.fatalities is None:
        sentence += f" Casualties reported ('{ev.casualties_text.text}')."
    if ev.modality == "background":
        sentence += " Mentioned as background."
    return sentence
