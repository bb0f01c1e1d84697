"""Sahel villages written with their second-level division, the way ACLED's notes and Sahel wires
write them: "Nondin et Soro (Yatenga)", "Djibo (Soum, Sahel)", "Boni (Douentza, Mopti)", "Tillia
(Tahoua)". Burkina Faso's provinces, Mali's cercles and Niger's departments come from
``data/places/admin2.tsv``; a village the gazetteer lacks falls back to its division, in the right
country and first-level division."""
from __future__ import annotations

import pytest

from sitrep.model import Document


def test_hrw_massacre_in_yatenga_is_in_burkina_not_india(event_location) -> None:
    # Soro is a town in Odisha; "(Yatenga)" says the village lies in Yatenga province, Nord region
    loc = event_location("Selon Human Rights Watch, des soldats burkinabè ont exécuté au moins 223 "
                                    "villageois à Nondin et Soro (Yatenga) le 25 février 2024.", "fr")
    assert (loc.country, loc.admin1) == ("BF", "Nord")
    assert loc.name == "Yatenga Province"


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("On 3 March 2024, JNIM militants attacked soldiers in Djibo (Soum), killing 12 soldiers.", "Sahel", "Djibo"),
    ("On 3 March 2024, JNIM militants attacked soldiers in Djibo (Soum, Sahel), killing 12 soldiers.", "Sahel", "Djibo"),
    # a village the gazetteer lacks: its province places it ("Soum" is also a town in Senegal)
    ("On 2 March 2024, JNIM militants killed 8 civilians in Gaskinde (Soum), Burkina Faso.", "Sahel", "Soum Province"),
    # "Bam" is also a city of 100,000 in Iran; the region after it says which
    ("On 2 March 2024, JNIM militants killed 5 VDP in Rollo (Bam, Centre-Nord).", "Centre-Nord", "Bam Province"),
    ("L'attaque de Mansila (Yagha) a fait 20 morts parmi les soldats burkinabè le 2 mars 2024.", "Sahel",
     "Yagha Province"),
])
def test_burkina_villages_by_province(event_location, text, admin1, name) -> None:
    loc = event_location(text, "fr" if "L'attaque" in text else "en")
    assert (loc.country, loc.admin1, loc.name) == ("BF", admin1, name)


def test_mali_village_by_cercle_and_region(event_location) -> None:
    loc = event_location("On 2 March 2024, JNIM militants attacked the army in Boulkessi "
                                    "(Douentza, Mopti), killing 10 soldiers.")
    assert (loc.country, loc.admin1) == ("ML", "Mopti")


@pytest.mark.parametrize(("text", "admin1", "name"), [
    ("On 5 March 2024, ISGS militants killed 7 civilians in Tondikiwindi (Ouallam, Tillabéri).", "Tillaberi",
     "Ouallam"),
    # ACLED writes the department "Banibangou", GeoNames its seat "Bani Bangou"
    ("On 5 March 2024, ISGS militants killed 7 civilians in Inates (Banibangou, Tillaberi).", "Tillaberi",
     "Bani Bangou"),
    # a department not named after its seat (Birni N'Gaouré)
    ("On 2 March 2024, gunmen killed 4 civilians in Kafolo (Boboye, Dosso).", "Dosso", "Boboye Department"),
])
def test_niger_villages_by_department_and_region(event_location, text, admin1, name) -> None:
    loc = event_location(text)
    assert (loc.country, loc.admin1, loc.name, loc.geo_precision) == ("NE", admin1, name, 2)


def test_homonyms_elsewhere_keep_their_own_reading(pipeline) -> None:
    result = pipeline.process(Document(id="bam", text="An earthquake hit Bam, in Kerman province, killing 3 people.",
                                       lang="en", published="2024-03-10"))
    assert {p.text: p.country for p in result.places}["Bam"] == "IR"


def test_every_division_lies_in_its_country_and_region(gaz) -> None:
    d = gaz.data
    rows = [i for i in range(len(gaz)) if gaz.feature(i) == "admin2" and d.country[i] in ("BF", "ML", "NE")]
    counts = {cc: sum(1 for i in rows if d.country[i] == cc) for cc in ("BF", "ML", "NE")}
    assert counts["BF"] == 45 and counts["ML"] >= 50 and counts["NE"] >= 60
    for i in rows:
        parent = d.admin1[i]
        assert parent >= 0 and gaz.feature(parent) == "admin1" and d.country[parent] == d.country[i], d.name[i]
    # the seat's region: towns there carry the same first-level division as the province around them
    (djibo,) = [c for c in gaz.candidates("Djibo") if c.country == "BF"]
    (soum,) = [c for c in gaz.candidates("Soum") if c.feature == "admin2"]
    assert (soum.country, soum.admin1) == ("BF", djibo.admin1) == ("BF", "Sahel")
    assert [c.admin1 for c in gaz.candidates("Kadiogo")] == ["Centre"]
