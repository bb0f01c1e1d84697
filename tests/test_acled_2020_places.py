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
