"""Divisions written as abbreviations, as ACLED's India and Pakistan notes write them ("(Coimbatore, TN)",
"(Rajouri district, J&K)", "(Haveli district, AJK)"), and the US and Canadian ones the press writes ("Memphis,
TN", "Vancouver, B.C."): one abbreviation may name divisions of several countries, and the town before it
picks the one it lies in. Texts written for these tests after real 2020 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, country, admin1", [
    ("On 6 May 2020, workers associated with the AITUC held a protest in Coimbatore city (Coimbatore, TN) demanding "
     "more wages.", "IN", "Tamil Nadu"),
    ("On 3 May 2020, a man was shot dead in Memphis, TN, police said.", "US", "Tennessee"),
    ("On 4 May 2020, about 1,500 migrant workers held a protest in Hyderabad city (Hyderabad, TS) demanding payment "
     "of past salaries.", "IN", "Telangana"),
    ("On 4 May 2020, military forces of India and Pakistan exchanged fire across the LoC in Naushera sector area "
     "(Rajouri district, J&K).", "IN", "Jammu and Kashmir"),
    ("Protesters marched in Vancouver, B.C., on Saturday.", "CA", "British Columbia"),
])
def test_a_division_abbreviation_places_the_town(pipeline, text, country, admin1) -> None:
    loc = main_event(pipeline, text, published="2020-05-07").location
    assert (loc.country, loc.admin1) == (country, admin1)


def test_an_abbreviation_of_no_division_nearby_is_no_place(pipeline) -> None:
    from sitrep import Document

    out = pipeline.process(Document(id="t", text="The UN and the AU said on Monday that talks would resume.", lang="en",
                                    published="2020-05-07"))
    assert [p.text for p in out.places if p.text in ("UN", "AU")] == []


def test_pakistan_kashmir_abbreviation_is_pakistan(pipeline) -> None:
    from sitrep.resolve.geo_abbreviations import admin1_abbreviations

    table = admin1_abbreviations()
    assert table["AJK"] == ((("PK", "Azad Kashmir"),), False)
    assert {cc for cc, _ in table["TN"][0]} == {"US", "IN"}


def test_a_molotov_cocktail_is_no_place(pipeline) -> None:
    ev = main_event(pipeline, "On 3 May 2020, rioters hurled a Molotov cocktail at the Audi Bank (Nuwairi branch) in "
                              "Beirut. No injuries were reported but material damage was caused.", published="2020-05-04")
    assert (ev.location.name, ev.location.country) == ("Beirut", "LB")


def test_a_neighbours_forces_do_not_make_a_border_town_a_namesake(pipeline) -> None:
    # (the report names Turkey only as the nationality of the forces: Tell Abiad is Syria's)
    ev = main_event(pipeline, "On 4 May 2020, Turkish forces and pro-Turkey rebel factions, operating under OPS, "
                              "shelled regime positions and civilian homes in the countryside of Tell Abiad in "
                              "Ar-Raqqa.", published="2020-05-05")
    assert ev.location.country == "SY"
    assert ev.actor1.name == "Operation Peace Spring"


def test_a_town_in_a_far_country_stays_a_namesake(pipeline) -> None:
    # (Moura is a Portuguese town; Mali's forces do not cross into Portugal)
    from sitrep import Document

    out = pipeline.process(Document(id="t", text="Malian forces killed 20 civilians in Moura, in the Mopti region of "
                                                 "Mali.", lang="en", published="2022-04-02"))
    assert all(p.country != "PT" for p in out.places)


@pytest.mark.parametrize("text, places", [
    ("It was impossible to feel safe. Car bombs exploded across Belfast.", ["Belfast"]),
    ("Fighting continued in the CAR on Monday.", ["CAR"]),
])
def test_a_countrys_acronym_is_written_in_capitals(pipeline, text, places) -> None:
    from sitrep import Document

    out = pipeline.process(Document(id="t", text=text, lang="en", published="2020-05-05"))
    assert [p.text for p in out.places if p.country] == places


def test_socotra_as_acled_spells_it(pipeline) -> None:
    ev = main_event(pipeline, "On 2 May 2020, Saudi military aircrafts reportedly conducted reconnaissance flights over "
                              "the Mori military camp (Hidaybu, Suqutra), dropping light bombs. No fatalities nor "
                              "injuries reported.", published="2020-05-03")
    assert (ev.sub_event_type, ev.location.name, ev.location.admin1) == ("Air/drone strike", "Hadibu", "Socotra")


def test_a_chemical_bomb_dropped_from_the_air_is_a_chemical_weapon(pipeline) -> None:
    ev = main_event(pipeline, "The air force dropped a chlorine bomb on a residential neighborhood of Saraqib on 21 "
                              "March. Fortunately, no one was killed.", published="2020-03-22")
    assert ev.sub_event_type == "Chemical weapon"
