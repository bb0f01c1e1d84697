"""The heading an ACLED coder writes before a note ("Security measures:", "Change to armed group:",
"Non-violent activity:") names the sub-event type the note is coded as, which its words often do not: a decree,
defectors joining the Taliban, prisoners released. Read only where the document opens with a known heading and a
colon (``data/lexicons/note_prefixes.tsv``); the note's actors are those of the clause after it. Texts written
for these tests after real 2020 notes; the expected values follow ACLED's coding of such rows."""
from __future__ import annotations

import pytest

from sitrep.extraction.note_prefixes import heading_hit, load_note_prefixes
from tests.conftest import main_event


def test_a_known_heading_opening_the_note_is_a_trigger_of_its_type() -> None:
    hit = heading_hit("Security measures: On 9 May 2020, the governorship announced ...", load_note_prefixes())
    assert hit is not None
    assert (hit.start, hit.end, hit.label, hit.kind) == (0, 17, "Change to group/activity", "trigger")


@pytest.mark.parametrize("text", [
    "Police tightened security measures: checkpoints were set up on 9 May 2020.",  # not at the start
    "Breaking news: gunmen attacked a bank.",  # a heading the table does not know
    "Security measures were tightened in Aydin on 9 May 2020.",  # no colon
])
def test_other_openings_are_no_heading(text) -> None:
    assert heading_hit(text, load_note_prefixes()) is None


@pytest.mark.slow
def test_security_measures_are_a_change_by_the_government(pipeline) -> None:
    ev = main_event(pipeline, "Security measures: On 9 May 2020, Aydin Governorship announced a mandatory use of face "
                              "masks in all the public spaces in the province as part of the efforts against "
                              "coronavirus outbreak.", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Change to group/activity", "Government of Turkey")
    assert ev.actor1.text.endswith("Governorship")


@pytest.mark.slow
def test_defectors_joining_the_taliban_are_a_change_to_armed_group(pipeline) -> None:
    ev = main_event(pipeline, "Change to armed group: Around 9 May 2020 (as reported), 35 soldiers, policemen, and "
                              "pro-government militia members joined the Taliban in Dawlat Abad, Balkh, and Zari "
                              "districts of Balkh province.", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Change to group/activity", "Military Forces of Afghanistan", "Taliban")


@pytest.mark.slow
def test_prisoners_released_are_other_by_the_government(pipeline) -> None:
    ev = main_event(pipeline, "Non-violent activity: On 9 May 2020, the Afghan government released 67 Taliban "
                              "prisoners from Parwan Central Prison in Bagram city, Parwan, to advance the peace "
                              "process.", published="2020-05-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Other", "Government of Afghanistan")


@pytest.mark.slow
def test_a_lockdown_a_government_declared_is_a_change_and_the_capital_of_a_place_is_a_place(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, the government declared a coronavirus lockdown on the capital of NDjamena "
                              "and other larger cities, and prohibited interurban traffic.", published="2020-05-08")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.country) == (
        "Change to group/activity", "Government of Chad", "TD")
