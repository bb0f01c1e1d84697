"""ACLED's notes as its coders have written them since 2023: the coder's naming in a bracket that first says
how the report described the actor, a toll split across rows with this row's share spelled out, clans' militias
by name, Somalia's regional forces, and the group whose activity changed written as the passive's subject.
The notes are ACLED's own (2025 export of Somalia, y5z2rmg7y8-bit/Somalia-Conflict-Monitor acled_data.csv,
rows named in each test); the gold is ACLED's row."""
import pytest

from sitrep import extract


def _main(text):
    result = extract(text, lang="en")
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def test_the_coders_naming_after_how_the_report_described_the_actor():
    # SOM49641: actor1 "Unidentified Military Forces"
    ev = _main("On 2 April 2025, international forces (described as allied forces, coded as Unidentified Military "
               "Forces), in coordination with government security forces (SNA), conducted an airstrike targeting Al "
               "Shabaab, but the airstrike hit civilians in Gumarey village near Warshiikh village (Balcad, Middle "
               "Shabelle). An unknown number of civilians were killed and wounded. Unspecified number of fatalities "
               "coded as 3.")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Unidentified Military Forces"
    assert ev.actor1.text == "international forces"
    assert ev.fatalities == 3


def test_two_named_clans_fighting_each_other_and_the_rows_share_of_a_split_toll():
    # SOM49662: Hawiye-Habar Gedir-Sacad Sub-Clan Militia (Somalia) v Darod-Leelkayse Sub-Clan Militia (Somalia), 5
    ev = _main("On 2 April 2025, Habar Gedir-Sacad and Leelkayse clan militia clashed in the vicinity of Jiic boor "
               "village (Gaalkacyo, Mudug) and Saaxqurun (coded separately). The motive was due to clan revenge and "
               "land dispute. At least 10 people were killed. 10 fatalities split across 2 events and coded as 5 for "
               "this event.")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "Habar Gedir-Sacad Clan Militia (Somalia)"
    assert ev.actor2.name == "Leelkayse Clan Militia (Somalia)"
    assert ev.fatalities == 5


def test_a_split_toll_with_each_rows_share_given():
    ev = _main("On 9 May 2020, clashes took place between regime forces and HTS in Idleb. Unknown fatalities coded "
               "as 10 and split between the two events with 5 coded to each.")
    assert ev.fatalities == 5


def test_a_named_clans_militia_that_abducts():
    # SOM49672: actor1 "Darod-Dhulbahante Sub-Clan Militia (Somalia)"
    ev = _main("On 2 April 2025, Dhulbahante clan militia and Sool, Sanaag and Cayn militia abducted 4 pastoralists, "
               "3 men and 1 woman, from the Habar Yonis Muse-Ismail sub-clan in Bohol village (Xudun, Sool). The "
               "victims were taken to Fiqi Fuqifuliye. The militia released the woman after several hours.")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "Dhulbahante Clan Militia (Somalia)"
    assert ev.actor2.name == "Civilians (Somalia)"


@pytest.mark.parametrize("words, name", [
    # SOM49659: "Police Forces of Somalia (2022-) Southwest Special Police Forces"
    ("Southwest Special Police Forces (SWSPF) ambushed Al Shabaab and engaged them in an armed clash in the "
     "vicinity of Qansax Dheere town (Qansax Dheere, Bay). At least 4 militants were killed, including 1 senior "
     "fighter.", "Police Forces of Somalia Southwest Special Police Forces"),
    # SOM49647: "Military Forces of the United Arab Emirates (2022-)" with the Puntland forces associated
    ("UAE forces in coordination with Puntland Maritime Police Force (PMPF) and Puntland Dervish Force conducted an "
     "airstrike targeting Islamic State Somalia Province bases in Miraale area in Buuraha Cali Miskat (Qandala, "
     "Bari). An unknown number of militants were killed and wounded. Unspecified number of fatalities coded as 3.",
     "Military Forces of the United Arab Emirates"),
])
def test_somalias_regional_forces(words, name):
    ev = _main("On 1 April 2025, " + words)
    assert ev.actor1.name == name


def test_forces_said_to_be_deployed_are_the_group_whose_activity_changed():
    # SOM49682: actor1 "Military Forces of Somalia (2022-) Jubaland Security Force", no actor2
    ev = _main("Movement of forces: On 3 April 2025, Jubaland security forces were deployed in villages and bases "
               "near Kismayo town (Kismaayo, Lower Juba). The security forces plan to start an operation against Al "
               "Shabaab in Lower Juba and Middle Juba regions.")
    assert ev.sub_event_type == "Change to group/activity"
    assert ev.actor1.name == "Military Forces of Somalia Jubaland Security Force"
    assert ev.actor2 is None
