"""Press pages and ACLED notes read as an analyst would code them (stop 51). The texts are the pages' own words, as far
as the first ~2,000 characters of each page go (sources above each text)."""
from __future__ import annotations

import pytest

from sitrep.resolve.actors import ActorTable


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def named(table: ActorTable, text: str, country: str | None = None) -> dict[str, str]:
    """Mention text -> ACLED name, for every actor the table finds in ``text``."""
    return {a.text: a.name for a in table.find(text, "en", country)}


# https://nairobinews.nation.africa/kdf-speaks-out-on-dawn-attack-by-al-shabaab-militants/ (2017-01-27)
KULBIYOW = (
    "KDF speaks out on dawn attack by Al-Shabaab militants\nKenya Defence Forces (KDF) has refuted claims that 57 soldiers "
    "were killed on Friday morning after their camp in Kulbiyow town, Somalia was attacked by Al-Shabaab militants.\n"
    "Instead, KDF Spokesman Lieutenant Colonel Paul Njuguna said the soldiers successfully repulsed the attackers and "
    "the camp was not overran.")

# https://ethiopiatigraywar.com/incident.php?id=I00359 (the Ethiopia Tigray War incident database)
ADI_ESHER = (
    "Incident Date\n13 February 2021\nAdi Esher, Esret, Saharti\nSouth Eastern, Tigray\nCivilians reported killed\n"
    "7 - 200\n(20 of which who are named)\nReported Perpetrator\nEritrean Defence Force, Ethiopian National Defence "
    "Force\nCivilians killed by Ethiopian and Eritrean soldiers.")

# https://www.thenews.com.pk/latest/1085478-10-civilians-killed-in-myanmar-air-strikes (2023-06-28)
MYANMAR_PDFS = (
    "Myanmar has been in turmoil since the military ousted Aung San Suu Kyi's civilian government in February 2021, "
    "with the junta involved in battles against ethnic rebels and numerous \"People's Defence Forces\" throughout the "
    "nation, the AFP reported.")


def test_a_national_army_named_by_its_official_name_is_its_countrys_wherever_it_fights(table):
    # "Kenya Defence Forces" in Somalia had been read as the Somali army: the words "Defence" and "National" between a
    # country and its forces no longer hide the country; Eritrea's and Ethiopia's forces in the singular are found too
    assert named(table, KULBIYOW, "SO")["Kenya Defence Forces"] == "Military Forces of Kenya"
    assert named(table, KULBIYOW, "SO")["KDF"] == "Military Forces of Kenya"
    perpetrators = named(table, ADI_ESHER, "ET")
    assert perpetrators["Eritrean Defence Force"] == "Military Forces of Eritrea"
    assert perpetrators["Ethiopian National Defence Force"] == "Military Forces of Ethiopia"


def test_the_peoples_defence_forces_of_myanmar_are_its_pdfs_not_the_pkks_guerrillas(table):
    assert named(table, MYANMAR_PDFS, "MM")["People's Defence Forces"] == "PDF: People's Defense Force"
