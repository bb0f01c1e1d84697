"""Press pages and ACLED notes read as an analyst would code them (stop 51). The texts are the pages' own words, as far
as the first ~2,000 characters of each page go (sources above each text)."""
from __future__ import annotations

import pytest

from sitrep import extract
from sitrep.resolve.actors import ActorTable
from tests.conftest import top_event as _main


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


# https://dailysabah.com/arabic/arab-world/2023/11/21/ (Anadolu: "مقتل 4 لبنانيين في استهداف إسرائيلي لسيارة مدنية
# بالجنوب") (2023-11-21)
CHOUAITIYEH_CAR = (
    "مقتل 4 لبنانيين في استهداف إسرائيلي لسيارة مدنية بالجنوب\nوكالة الأناضول للأنباء\nبيروت\nنشر في 21.11.2023 19:40\n"
    "قُتل 4 لبنانيين في قصف إسرائيلي، الثلاثاء، استهدف سيارة مدنية بين بلدتي الشعيتية والقليلية جنوبي لبنان.\nوقالت "
    "وكالة الأنباء اللبنانية الرسمية: \"استهدف العدو الإسرائيلي سيارة مدنية على طريق فرعي بين الشعيتية والقليلية في "
    "قضاء صور (جنوب)، حيث أشير إلى سقوط شهداء بداخلها\".\nوذكرت الوكالة في وقت لاحق أن عدد قتلى الاستهداف بلغ 4.")

# https://www.arabkhabar.com/a/2564570 (AFP's Lebanon report of 17 May 2024)
NAJJARIYEH = (
    "استشهد مساء اليوم الجمعة 17 مايو 2024 ، القيادي في حركة حماس بلبنان، شرحبيل السيد، باستهداف مركبة في البقاع شرق "
    "لبنان، كما استشهد طفلان سوريّان وقُتل عنصر من حزب الله بغارة إسرائيلية على بلدة النجارية بقضاء صيدا جنوب لبنان، "
    "ليرتفع عدد قتلى الحزب المعلن إلى 300 والمدنيين إلى 63 شخصا، فيما أعلن الجيش الإسرائيلي، مساء اليوم، أن نحو 75 "
    "قذيفة صاروخيّة أُطلقت من لبنان، مشيرا إلى اعتراض \"العشرات منها\".")

def test_a_bare_bombardment_that_hit_a_car_is_a_strike_from_the_air():
    # (Arabic "قصف" says no means; a car is no artillery target: ACLED's Lebanon rows code such strikes from the air)
    ev = _main(CHOUAITIYEH_CAR, "ar", "2023-11-21")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of Israel", 4)


def test_a_groups_running_count_raised_by_a_strike_is_not_the_strikes_toll():
    # "raising the party's announced dead to 300 and the civilians to 63": the strike on Najjariyeh killed three
    events = extract(NAJJARIYEH, lang="ar", published="2024-05-17").events
    assert max(e.fatalities or 0 for e in events) == 3


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
