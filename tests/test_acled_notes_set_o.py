"""ACLED's notes of 2006-2025 read as ACLED's rows code them: the Military Operations Command of Syria's 2024 offensive
is an opposition command, not the state's military; ground taken "following clashes with" a force is taken from that
force; and an event told "in conjunction with" another is the row, its companion's fire only a part of it. The notes
are ACLED's own, from the public exports named in each test; the gold is ACLED's row."""
from tests.conftest import top_event as _main


def test_the_military_operations_command_takes_ground_from_the_regime_forces_it_fought():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR137367 (5 Dec 2024): Non-state actor overtakes territory,
    # Military Operations Command vs Military Forces of Syria (2000-2024)
    ev = _main("On 5 December 2024, Military Operations Command forces advanced into Hama - Airbase in Hama city as part of "
               "the 'Deter of Aggression/ 'Rad' Al 'dwan' operation and took control of it following clashes with regime "
               "forces. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Non-state actor overtakes territory", "Military Operations Command", "Military Forces of Syria")


def test_ground_taken_in_conjunction_with_shelling_is_the_taking_with_the_shelling_s_toll():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR137389 (5 Dec 2024): Non-state actor overtakes territory, 5 fatalities
    ev = _main("On 5 December 2024, opposition rebels from Talbiseh took control of their town after regime forces withdrew "
               "from it in Homs countryside, in conjunction with regime forces shelling the town with artillery and "
               "rockets, killing 5 civilians including a woman and an elderly man, and injuring nine others including "
               "children. 5 fatalities. The town was handed over to the Military Operations Command the next day.")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == (
        "Non-state actor overtakes territory", "Military Forces of Syria", 5)


def test_a_withdrawal_under_air_strikes_is_no_peaceful_handover():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR137351 (5 Dec 2024): Non-state actor overtakes territory
    ev = _main("On 5 December 2024, local gunmen from Ar-Rastan took control of regime Engineering Battalion on the "
               "northern outskirts of Ar-Rastan town in Homs countryside as well as the town it self, after regime forces "
               "withdrew from it, in conjunction with Russian warplanes conducting around ten airstrikes targeting the "
               "same outskirts and the bridge which connects Hama and Homs cities destroying it. Casualties unknown.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_an_attack_accompanied_by_shelling_is_the_attack():
    # loTioPerez/Practica_1_MiV acled_raw.csv, SYR122451 (10 Dec 2023): Armed clash
    ev = _main("On 10 December 2023, Tribal and Clan Forces attacked QSD positions in the village of Shafa in the "
               "countryside of Deir ez Zor, accompanied by shelling from the Syrian regime forces. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor2.name) == ("Armed clash", "QSD: Syrian Democratic Forces")
