"""Tolls as ACLED's 2020 notes tell them: one person killed, named by an article and however described, is one
death ("killed a rapid reaction officer", "killed the driver", "killing him"); "the other died" is one more; a body
found is a death; a victim who was injured is no death, and the toll is then coded 0; the count alone closing a
note ("1 injured.") belongs to its event. Texts written for these tests after real 2020 incidents."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, fatalities", [
    ("On 7 May 2020, IS militants killed a rapid reaction officer by sniper fire in al Sheikhi area on the outskirts "
     "of Abu Saida in Diyala province.", 1),
    ("On 5 May 2020, suspected Fulani militias attacked a minibus on the Abeokuta-Ayetoro road (Abeokuta South LGA, "
     "Ogun) and killed the driver.", 1),
    ("On 2 May 2020, pro-Houthi snipers reportedly opened fire on a civilian in the east of Hays city (Al Hudaydah), "
     "killing him.", 1),
    ("On 2 May 2020, unknown gunmen shot and killed the Supreme Court's administrative chief, in Surobi district, "
     "Kabul.", 1),
    ("On 3 May 2020, in Benito Juarez, Nuevo Leon, two men were shot in a drive-by incident in Colonia Vistas del Rio. "
     "One man was injured and the other died.", 1),
    ("Around 3 May 2020 (as reported), in Santa Terezinha de Itaipu, Parana, the partially burnt body of a man was "
     "found floating in Itaipu lake. Circumstances of death are unknown.", 1),
    ("On 8 May 2020, in Temixco, Morelos, three armed men driving a vehicle carried out a drive-by shooting against a "
     "man in Colonia los Presidentes. The victim was injured. 1 injured.", 0),
])
def test_a_person_killed_counts_one(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, published="2020-05-09").fatalities == fatalities


def test_the_count_closing_a_note_is_its_events(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, in Hermosillo, Sonora, two armed men attacked a man in Colonia Miguel "
                              "Hidalgo. The victim was injured. 1 injured.", published="2020-05-09")
    assert (ev.fatalities, ev.injuries) == (0, 1)


def test_a_group_killed_is_no_single_death(pipeline) -> None:
    ev = main_event(pipeline, "On 2 May 2020, soldiers killed the militants who attacked the checkpoint in Bama (Borno).",
                    published="2020-05-03")
    assert ev.fatalities is None


def test_an_unknown_number_killed_is_coded_zero(pipeline) -> None:
    # (ACLED's fatalities column has no "unknown": an unknown toll is coded 0)
    ev = main_event(pipeline, "On 2 May 2020, soldiers killed an unknown number of militants in Bama (Borno).",
                    published="2020-05-03")
    assert (ev.fatalities, ev.fatalities_estimated) == (0, True)


@pytest.mark.parametrize(("text", "toll"), [
    # a verb of killing that closes the count's phrase
    ("On 29 April 2020, 2 soldiers were shot and killed by Taliban militants in Kushk district, Herat.", 2),
    ("On 5 May 2020, a Dalit Congress sarpanch was attacked and beaten to death by around 3 dozen people in Passiana, "
     "Patiala (Punjab).", 1),
    ("On 3 May 2020, in Jucuapa (Usulutan), an alleged gang member was shot and killed by unidentified armed men.", 1),
    # a list with a comma before its "and", its members described at length
    ("On 29 April 2020, 3 local policemen, 2 pro-government militia members, and 1 soldier were killed during an "
     "operation against Taliban militants in Jurm district, Badakhshan.", 6),
    # the coder's figures: a toll "coded to", a share given after the split, a coded total split with a gloss
    ("On 28 April 2020, an IED planted by an unknown armed group exploded in a QSD vehicle near Karama town in "
     "Ar-Raqqa eastern countryside, killing and wounding a number of QSD fighters. Total fatalities coded to 10.", 10),
    ("Around 5 May 2020 (as reported), 7 Taliban militants were killed during police operations in Kabul, Ghor, "
     "Laghman, and Balkh provinces. Fatalities are split across 4 events (1).", 1),
    ("On 28 April 2020, Southern Resistance forces took control of Burkan area (Mukayras, Al Bayda) from pro-Houthi "
     "forces, killing and injuring dozens of fighters. Unclear reported fatalities coded as 6 (half of a dozen) and "
     "spread across three locations.", 2),
])
def test_tolls_as_told_and_as_coded(pipeline, text, toll) -> None:
    assert main_event(pipeline, text, published="2020-05-05").fatalities == toll


@pytest.mark.parametrize(("text", "fatalities"), [
    # the coder's halving of an unclear toll, and a range's lower bound
    ("Around 8 May 2020 (as reported), 7 Taliban militants were killed and wounded during an operation by ANDSF forces "
     "in Ab Band district, Ghazni. Due to the unclear nature of fatalities, fatalities reported as half, rounded down "
     "to 3.", 3),
    ("Around 4 May 2020 (as reported), unidentified gunmen attacked Toungo (Toungo LGA, Adamawa) and killed residents. "
     "Reports on fatalities range from 2 to 4.", 2),
    # no report of deaths is a toll of 0
    ("On 1 May 2020, Houthi forces reportedly shelled civilian areas of Salim (Qaatabah, Ad Dali) with no reports of "
     "injuries or fatalities.", 0),
    # a killing the crowd protests is not the protest's toll
    ("On 8 May 2020, hundreds of people staged a protest at Harangajao town (Dima Hasao district, Assam) demanding the "
     "arrest of a police officer in relation to the killing of a businessman by unidentified gunmen in April.", 0),
])
def test_tolls_the_coder_gives_or_rules_out(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, published="2020-05-08").fatalities == fatalities
