"""ACLED's notes of two exports new to the project, read as ACLED's rows code them: Ukraine 2022-2024 (a manned
aircraft shot down from the ground is shelling, by aircraft an air battle, its nationality the other side; missiles
launched from the air are an air strike; what forces destroyed "presumably by shelling" they shelled; cluster
munitions are shelling) and Benin 2019-2022 (a group of ordinary people who beat, wound or kill someone are rioters;
an abduction whose victim is killed is an attack; Fulani gunmen are the Fulani militia; park rangers are police;
animals killed are no toll). The notes are ACLED's own, from the public exports named in each test; the gold is
ACLED's row."""
from tests.conftest import top_event as _main

# GISRedeDev/PyNetworkFriction tests/test_data/ACLED.csv (Ukraine), JoshMerfeld/saereplication data/acled.csv (Benin)


def test_a_jet_shot_down_from_the_ground_is_shelling_of_its_countrys_military():
    # UKR137608 (24 Nov 2023): Shelling/artillery/missile attack, Russia against Ukraine's air force
    ev = _main("On 24 November 2023, Russian forces shot down a Ukrainian MiG-29 near Zaliznychne, Dnipropetrovsk. "
               "Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_helicopter_shot_down_by_a_manpads_is_shelling_not_an_air_strike():
    # UKR52415 (28 Feb 2022): Shelling/artillery/missile attack, Ukraine against Russia's air force
    ev = _main("On 28 February 2022, a Ukrainian military forces using airborne missile complex 'Stinger' shot down a "
               "Russian helicopter in Blyzniuky, Kharkiv. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "Military Forces of Ukraine", "Military Forces of Russia")


def test_a_helicopter_shot_down_by_aircraft_is_an_air_battle():
    # UKR119763 (9 Feb 2023): Armed clash
    ev = _main("On 9 February 2023, Russian aircrafts shot down a Ukrainian Mi-8 helicopter near Ternivka, "
               "Dnipropetrovsk. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


def test_an_aircraft_shelled_on_the_ground_is_the_target_not_the_means():
    # UKR57691 (12 May 2022): Shelling/artillery/missile attack
    ev = _main("On 12 May 2022, Russian forces shelled Ukrainian Sukhoi Su-25 near Lozova, Kharkiv region. "
               "Casualties unknown.")
    assert (ev.sub_event_type, ev.actor2.name) == ("Shelling/artillery/missile attack", "Military Forces of Ukraine")


def test_missiles_launched_from_the_air_are_an_air_strike():
    # UKR139566 (8 Dec 2023) and UKR118639 (28 Nov 2022): Air/drone strike
    ev = _main("On 8 December 2023, Russian forces launched an airborne missile strike at Ternivska community (coded "
               "to Ternivka, Dnipropetrovsk region). Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Russia")
    ev = _main("On 28 November 2022, Russian forces launched an airstrike and shelled the positions of Ukrainian forces "
               "near Dobrovillia, Kharkiv. Casualties unknown.")
    assert ev.sub_event_type == "Air/drone strike"


def test_what_forces_destroyed_presumably_by_shelling_they_shelled():
    # UKR118971 (24 Dec 2022): Shelling/artillery/missile attack, Russia against Ukraine
    ev = _main("On 24 December 2022, Russian forces destroyed (presumably by shelling) an Ukrainian M777 artillery "
               "system near Dobrovillia, Kharkiv. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia", "Military Forces of Ukraine")


def test_cluster_munitions_fired_are_shelling():
    # UKR54620 (26 Mar 2022): Shelling/artillery/missile attack
    ev = _main("On 26 March 2022, Russian forces fired prohibited cluster munitions at Lozova, Kharkiv. "
               "Casualties unknown.")
    assert (ev.sub_event_type, ev.actor1.name) == ("Shelling/artillery/missile attack", "Military Forces of Russia")


def test_a_group_of_ordinary_people_who_beat_someone_are_a_mob():
    # BEN606 (21 Dec 2021) and BEN521 (29 Mar 2021): Riots/Mob violence, Rioters (Benin) against Civilians (Benin)
    ev = _main("On 21 December 2021, a number of people assaulted and killed a motorcycle thief in the village of "
               "Fongba (Lokossa, Mono).")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Mob violence", "Rioters (Benin)", "Civilians (Benin)", 1)
    ev = _main("On 29 March 2021, a group of youths assaulted and wounded a teacher placing election posters for the "
               "campaign of the sitting President Talon in the town of Tchaourou (Tchaourou, Borgou).")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Benin)", 0)


def test_armed_men_are_no_mob():
    # the same construction with gunmen is an armed group's attack (ACLED codebook 2023 §Attack)
    ev = _main("On 21 December 2021, a group of gunmen assaulted and killed a motorcycle thief in the village of "
               "Fongba (Lokossa, Mono).")
    assert ev.sub_event_type == "Attack"


def test_an_abduction_whose_victim_is_killed_is_an_attack_with_its_death():
    # BEN243 (4 Aug 2019): Violence against civilians/Attack, 1 fatality
    ev = _main("On 4 August 2019, unknown gunmen abducted and killed a pastoralist in Ouesse.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Attack", "Unidentified Armed Group (Benin)", 1)


def test_a_pastoralist_or_a_sorcerer_killed_is_one_death():
    # BEN602 (12 Dec 2021): Mob violence, 1 fatality
    ev = _main("On 12 December 2021, a pastoralist man wounded a farmer after a herd of livestock caused damages to "
               "farmland in the village of Djoue, in the commune of Ouake (Ouake, Donga). In reaction, several "
               "farmers killed the pastoralist.")
    assert ev.fatalities == 1


def test_an_ox_killed_is_no_toll():
    # BEN617 (6 Jan 2022): 0 fatalities
    ev = _main("Property destruction: On 6 January 2022, farmers shot and killed an oxen belonging to a pastoralist man "
               "after livestock accused of having damaged farmland in the village of Penessoulou (Bassila, Donga).")
    assert ev.fatalities == 0


def test_fulani_gunmen_who_attack_rangers_are_the_fulani_militia_against_the_police():
    # BEN453 (6 Jun 2020): Armed clash, Fulani Ethnic Militia (Benin) against Police Forces of Benin Forest Guards (we
    # name the state's police, not its unit of forest guards: the test pins the row's sides, not the unit)
    ev = _main("On 6 June 2020, Fulani gunmen reportedly attacked a ranger unit in Torozougou (Malanville, Alibori). "
               "Two Fulani gunmen were killed in the subsequent clash and a ranger severely wounded.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Armed clash", "Fulani Ethnic Militia (Benin)", 2)
    assert ev.actor2.name.startswith("Police Forces of Benin")
    # BEN463 (24 Jun 2020): Attack, Fulani Ethnic Militia (Benin)
    ev = _main("On 24 June 2020, suspected Fulanis killed and beheaded a farmer in Kakara (N'Dali, Borgou).")
    assert (ev.sub_event_type, ev.actor1.name) == ("Attack", "Fulani Ethnic Militia (Benin)")


def test_pronoun_of_people_counted_before_takes_their_count():
    # BEN801 (3 Dec 2022): 2 fatalities; the casualty reader alone, over both sentences
    from sitrep.extraction.numbers import find_casualties

    text = ("On 3 December 2022, 2 armed people shot at the policemen who were trying to arrest them in Krake-Plage "
            "near Krake-Daho neighborhood of Seme-Krake (Seme-Podji, Oueme). They were killed when the police returned "
            "fire.")
    assert find_casualties(text, "en").fatalities == 2
    assert find_casualties("Two men were arrested. They were released later.", "en").fatalities is None


def test_an_ammunition_depot_shelled_is_shelling_not_small_arms_fire():
    # UKR122725 (29 Sep 2022): Shelling/artillery/missile attack, Russia against Ukraine
    ev = _main("On 29 September 2022, Russian forces shelled and destroyed a Ukrainian missile and artillery ammunition "
               "depot near Pavlohrad, Dnipropetrovsk. Casualties unknown.")
    assert (ev.sub_event_type, ev.actor2.name) == ("Shelling/artillery/missile attack", "Military Forces of Ukraine")


def test_benins_departments_as_acled_writes_them():
    # BEN349 (1 Mar 2021): "(Ketou, Plateau)" is Benin's Plateau department, not Nigeria's Plateau State
    ev = _main("On 1 March 2021, two Fulani men equipped with machetes killed a farmer in the hamlet of Ofia Toumbi, "
               "near Ofia (Ketou, Plateau). The police later arrested the assailants.")
    assert (ev.location.country, ev.actor1.name) == ("BJ", "Fulani Ethnic Militia (Benin)")
    # ... while Nigeria's Plateau State stays Nigeria's
    ev = _main("On 1 March 2021, gunmen killed 5 villagers in Bokkos (Bokkos, Plateau).")
    assert ev.location.country == "NG"


def test_a_throat_slit_is_an_attack():
    # BEN876 (27 Dec 2022): Violence against civilians/Attack
    ev = _main("On 27 December 2022, unidentified armed group slit the throat of a civilian in Noma Tounga (Malanville, "
               "Alibori). It is not confirmed if he died of his injuries.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Attack", "Unidentified Armed Group (Benin)", "Civilians (Benin)")


def test_farmers_who_kill_a_fulani_herder_are_a_communal_militia_not_a_mob():
    # BEN618 (19 Jan 2022): Violence against civilians/Attack, Unidentified Communal Militia (Benin)
    ev = _main("On 19 January 2022, suspected farmers killed a Fulani pastoralist man in the area of Kalale (Kalale, "
               "Borgou). The corpse was found partially burned.")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Attack", "Unidentified Communal Militia (Benin)", 1)


def test_an_explosive_a_car_ran_over_by_accident_is_a_landmine_event_not_an_accident():
    # UKR136259 (14 Nov 2023): Remote explosive/landmine/IED, Civilians (Ukraine), 1 fatality
    ev = _main("On 14 November 2023, a civilian car accidentally ran over an explosive near Hryhorivka, Kharkiv region. "
               "1 civilian was killed, 1 was injured.")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == (
        "Remote explosive/landmine/IED", "Civilians (Ukraine)", 1)


def test_sea_pirates_are_acleds_pirates():
    # BEN295 (24 Jun 2020): actor1 Pirates (Benin)
    ev = _main("On 24 June 2020, sea pirates attacked a fishing vessel off the coast of Cotonou (Cotonou, Littoral), and "
               "abducted five South Korean nationals and one Ghanaian national.")
    assert ev.actor1.name.startswith("Pirates")
