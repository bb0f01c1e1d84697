"""Who did it and how many died, in the shapes ACLED's notes and the wires use: one attacker nobody named,
mobs and their victims, killing verbs with the victims after them, passives whose agent is counted, people
counted as residents. Texts written for these tests (Burundi, Nigeria, Haiti, Philippines, Mali, 2024)."""
from __future__ import annotations

import pytest

from sitrep import Document
from sitrep.extraction.numbers import find_casualties

pytestmark = pytest.mark.slow


def _main_event(pipeline, text, lang="en"):
    result = pipeline.process(Document(id="t", text=text, lang=lang, published="2024-06-01"))
    assert result.events, "no event found"
    return max(result.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "actor2", "fatalities"), [
    # one person who throws a grenade or shoots is an unidentified armed group, not a civilian, not a mob
    ("On 23 May 2024, a man threw a grenade into a bar in Bujumbura, killing 2 civilians.", "en",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    ("A man was killed when an unidentified person threw a grenade at his house in Ngozi.", "en",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 1),
    ("On 23 May 2024, a man shot dead two people at a bar in Bujumbura.", "en",
     "Attack", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    ("On 23 May 2024, a young man stabbed a police officer to death in Bujumbura.", "en",
     "Armed clash", "Unidentified Armed Group (Burundi)", "Police Forces of Burundi", 1),
    ("Le 3 mai, un individu non identifié a lancé une grenade dans un bar de Bujumbura, tuant deux personnes.", "fr",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    # a crowd stays a mob; those it kills are civilians, however the text calls them
    ("On 23 May 2024, villagers beat to death two suspected thieves in Gitega.", "en",
     "Mob violence", "Rioters (Burundi)", "Civilians (Burundi)", 2),
    ("On 23 May 2024, an angry crowd lynched a suspected thief in Gitega.", "en",
     "Mob violence", "Rioters (Burundi)", "Civilians (Burundi)", 1),
    # a French passive of 'abattre' is a killing
    ("Un homme a été abattu par des hommes armés à Ngozi.", "fr",
     "Attack", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 1),
    # 'residents' killed are a toll, not a town's population
    ("Gang members killed at least 12 residents in Solino, Port-au-Prince.", "en",
     "Attack", "Unidentified Armed Group (Haiti)", "Civilians (Haiti)", 12),
])
def test_perpetrators_victims_and_tolls(pipeline, text, lang, sub, actor1, actor2, fatalities):
    ev = _main_event(pipeline, text, lang)
    got = (ev.sub_event_type, ev.actor1 and ev.actor1.name, ev.actor2 and ev.actor2.name, ev.fatalities)
    assert got == (sub, actor1, actor2, fatalities)


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("A radio broadcaster was shot dead by two unidentified men riding a motorcycle in Calamba.", "en", 1),
    ("Un journaliste a été abattu par deux hommes armés.", "fr", 1),
    ("Trois soldats ont été abattus par des jihadistes près de Gao.", "fr", 3),
    ("villagers beat two suspected thieves to death", "en", 2),
    ("a mob stoned to death a man accused of theft", "en", 1),
    ("he was beaten to death by a mob", "en", 1),
    ("il a été tué par des inconnus", "fr", 1),
    ("Des hommes armés ont tué 12 habitants.", "fr", 12),
    ("The town of 20,000 residents was attacked; 3 people were killed.", "en", 3),
    ("Le village, qui compte 5000 habitants, a été attaqué.", "fr", None),
])
def test_who_is_counted_dead(text, lang, fatalities):
    assert find_casualties(text, lang).fatalities == fatalities
