"""Shapes from ACLED's own 2020 rows and articles about them (December 2026, set I round, second part): two
states named in one force phrase, tolls of a riot and of a lynching, victims who survived, a foreign victim
of unknown armed people, a death in a road accident behind a protest, Arabic sides around a group's members
and its bracketed abbreviation, a headline that reads the sides backwards. Texts written for these tests after
real 2020–2023 incidents; the expected values follow ACLED's coding of them."""
from __future__ import annotations

import pytest

from tests.conftest import main_event

pytestmark = pytest.mark.slow


def _events(pipeline, text: str, lang: str, published: str) -> list:
    """Every event the pipeline finds in ``text`` (none is no failure here)."""
    from sitrep import Document

    return pipeline.process(Document(id="t", text=text, lang=lang, published=published)).events


def test_forces_of_two_states_are_both_sides(pipeline) -> None:
    ev = main_event(pipeline, "On 6 May 2020, military forces of India and Pakistan exchanged fire across the LoC "
                              "in Poonch district (J&K).", published="2020-05-07")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of India", "Military Forces of Pakistan")


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    ("On 30 November 2023, villagers assaulted and killed a tea seller in Golabaria village, Gopalganj Sadar "
     "(Gopalganj, Dhaka), on suspicion of being a thief.", "Mob violence", 1),
    ("Riots break out in Kisumu, with demonstrators starting fires, erecting barricades and clashing with police. "
     "Three people are killed during the clashes.", "Violent demonstration", 3),
    ("On 6 May 2020, suspected Fulani militias shot a pastor, his wife and 2 children at Gana Ropp (Barkin Ladi "
     "LGA, Plateau). The victims survived the shooting.", "Attack", 0),
    ("On 6 May 2020, about 20 friends and family of a man who died in a road accident rallied outside the regional "
     "court of Limassol demanding justice.", "Peaceful protest", 0),
])
def test_tolls_as_acled_counts_them(pipeline, text, sub, fatalities) -> None:
    ev = main_event(pipeline, text, published="2020-05-09")
    assert (ev.sub_event_type, ev.fatalities) == (sub, fatalities)


def test_a_foreign_businessman_abducted_by_unknown_armed_people(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, an Indian businessman was abducted in Matola (Namaacha, Maputo) by "
                              "unknown armed people.", published="2020-05-01")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (Mozambique)", "Civilians (India)")


def test_residents_who_lynch_are_a_mob(pipeline) -> None:
    ev = main_event(pipeline, "BANIKOARA - Deux présumés voleurs ont été lynchés et brûlés vifs par des habitants "
                              "dans la nuit de samedi à dimanche à Ounet, dans la commune de Banikoara (Alibori).",
                    "fr", published="2022-02-21")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Benin)", 2)


def test_a_headline_that_reads_the_sides_backwards(pipeline) -> None:
    ev = main_event(pipeline, "Nord-Ouest : échanges de tirs entre l'armée et des séparatistes à Bafut\n"
                              "BAMENDA - Des militaires camerounais et des combattants séparatistes anglophones se "
                              "sont affrontés jeudi 30 avril à Bafut, localité de l'arrondissement de Bamenda, dans "
                              "le département de la Mezam (région du Nord-Ouest).", "fr", published="2020-05-01")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Cameroon", "Ambazonian Separatists")


def test_a_beating_by_police_is_an_attack(pipeline) -> None:
    ev = main_event(pipeline, "ABIDJAN - Un jeune homme est décédé vendredi à Abidjan après avoir été passé à tabac "
                              "par des policiers dans le quartier de Williamsville, commune d'Adjamé.", "fr",
                    published="2020-05-02")
    assert (ev.sub_event_type, ev.actor2.name) == ("Attack", "Civilians (Ivory Coast)")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("استهدف عناصر يُعتقد أنهم من تنظيم الدولة الإسلامية، مساء الاثنين، حاجزا لقوات سوريا الديمقراطية (قسد) "
     "بقذيفة \"آر بي جي\" في بلدة البصيرة بريف دير الزور الشرقي.", "Islamic State (Syria)", "QSD: Syrian Democratic Forces"),
    ("أصيب عنصر من قوات سوريا الديمقراطية (قسد)، الخميس، جراء انفجار لغم أرضي زرعته مجموعة مسلحة مجهولة في منطقة "
     "البوبدران بريف البوكمال شرقي دير الزور. وقال المرصد السوري لحقوق الإنسان إن الانفجار لم يسفر عن وقوع قتلى.",
     "Unidentified Armed Group (Syria)", "QSD: Syrian Democratic Forces"),
])
def test_arabic_sides_around_a_groups_members(pipeline, text, actor1, actor2) -> None:
    ev = main_event(pipeline, text, "ar", published="2020-05-05")
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1"), [
    ("طرابلس - قُتل أربعة مدنيين الأربعاء إثر سقوط قذائف عشوائية على منطقة الكريمية جنوب غربي العاصمة الليبية "
     "طرابلس. واتهمت حكومة الوفاق الوطني قوات \"الجيش الوطني\" بقيادة خليفة حفتر بإطلاق القذائف على الأحياء السكنية.",
     "Military Forces of Libya Haftar Faction"),
    ("الضالع - قتل مسلحون حوثيون، الثلاثاء، رجلا يعمل صيدلانيا في نقطة تفتيش بمنطقة الفاخر في مديرية قعطبة بمحافظة "
     "الضالع.", "Military Forces of Yemen Supreme Political Council"),  # (ACLED's name for the Houthis before 2023)
])
def test_arabic_names_read_in_their_country(pipeline, text, actor1) -> None:
    ev = main_event(pipeline, text, "ar", published="2020-05-07")
    assert ev.actor1.name == actor1
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


def test_what_a_group_usually_does_and_another_provinces_attack_stay_apart(pipeline) -> None:
    ev = main_event(pipeline, "مقديشو - ألقى مسلحون من حركة الشباب، الثلاثاء، قنبلة يدوية على موقع للشرطة في حي "
                              "بونديري بالعاصمة الصومالية مقديشو.\nولم ترد تقارير فورية عن وقوع إصابات.\n"
                              "وتتبنى حركة الشباب عادة هجمات مماثلة بالقنابل اليدوية.\nوفي اليوم نفسه، هاجم مسلحو "
                              "الحركة قوات بوروندية في قرية بوراني بإقليم شبيلي الوسطى، ما أدى إلى مقتل جندي.",
                    "ar", published="2020-04-29")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Grenade", "Al Shabaab", 0)


@pytest.mark.parametrize(("text", "lang", "actor2"), [
    ("On 6 May 2020, the PMF and police forces shelled IS hideouts using mortars and rockets in Tikrit district.",
     "en", "Islamic State (Iraq)"),
    ("Les militaires ont bombardé les positions des jihadistes de l'EIGS près de Ménaka.", "fr",
     "Islamic State (West Africa) - Greater Sahara Faction"),
])
def test_the_group_whose_sites_were_struck_is_the_target(pipeline, text, lang, actor2) -> None:
    ev = main_event(pipeline, text, lang, published="2020-05-09")
    assert ev.actor2 is not None and ev.actor2.name == actor2


def test_roads_barricaded_with_stones_make_a_violent_demonstration(pipeline) -> None:
    ev = main_event(pipeline, "On 4 May 2020, about 400 people demonstrated outside the Department of Labour offices "
                              "in Pinetown (eThekwini, KwaZulu-Natal). Roads were barricaded with stones and other "
                              "debris. Police intervened.", published="2020-05-05")
    assert ev.sub_event_type == "Violent demonstration"


def test_a_detention_facility_is_a_place_not_an_arrest(pipeline) -> None:
    ev = main_event(pipeline, "On 8 May 2020, in Joinville, Santa Catarina, an inmate was stabbed to death by four "
                              "armed inmates inside a detainment facility.", published="2020-05-09")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)


def test_arrests_at_a_vigil_are_its_intervention(pipeline) -> None:
    ev = main_event(pipeline, "طنجة: توقيف تسع نساء خلال وقفة أمام السجن للمطالبة بالإفراج عن ذويهن\n"
                              "طنجة - فرقت السلطات الأمنية، الأربعاء، وقفة احتجاجية نظمتها ما لا يقل عن تسع نساء أمام "
                              "السجن المحلي بطنجة، للمطالبة بالإفراج عن أقاربهن المعتقلين بعد تسجيل أول إصابة بفيروس "
                              "كورونا داخله.", "ar", published="2020-05-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Protest with intervention", "Protesters (Morocco)", "Police Forces of Morocco")


def test_arrests_a_crowd_denounces_are_no_intervention_in_its_protest(pipeline) -> None:
    subs = {e.sub_event_type for e in _events(
        pipeline, "Matéri : la communauté peule de Dassari dénonce des « arrestations arbitraires »\n"
                  "NATITINGOU (Bénin) - Des membres de la communauté peule ont manifesté lundi à Dassari, dans la "
                  "commune de Matéri (département de l'Atacora), pour protester contre ce qu'ils qualifient "
                  "d'« arrestations arbitraires » visant leurs fils.", "fr", "2022-11-08")}
    assert "Peaceful protest" in subs and "Protest with intervention" not in subs


def test_armed_men_who_only_destroy_property_destroy_property(pipeline) -> None:
    ev = main_event(pipeline, "On December 22 2019, Al Shabaab militants stormed a construction site in Hagarsu "
                              "(Mandera) and destroyed equipment that was being used to construct the Arabia-Mandera "
                              "road.", published="2019-12-23")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Looting/property destruction", "Al Shabaab", "Civilians (Kenya)")


def test_a_report_without_an_event_word_still_has_its_event(pipeline) -> None:
    events = _events(pipeline, "On 2 May 2020, in the 23 de Enero sector, Libertador municipality in Caracas, members "
                               "of the pro-government armed group, Colectivos, conducted military exercises. Members "
                               "of the Colectivos asked residents to stay at home to comply with the preventive "
                               "quarantine.", "en", "2020-05-03")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
    assert events[0].confidence <= 0.4  # weakly told: no event word of its own


@pytest.mark.parametrize("text", [
    "The minister met the ambassador in Paris to discuss trade.",
    "The government announced new taxes on fuel.",
])
def test_no_event_is_invented_for_other_news(pipeline, text) -> None:
    assert not _events(pipeline, text, "en", "2024-05-06")


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 28 April 2020 (or around), Boko Haram/IS, via its media outlets, claimed to have attacked Nigerian Armed "
     "Forces in Auno (Konduga LGA, Borno) and killed and wounded several soldiers. Several fatalities coded as 3.", 3),
    ("On 8 July 2022, Al Shabaab militants attacked an AMISOM base in Bulo Marer (Lower Shabelle). AMISOM forces "
     "repelled the attack. Fatalities unknown, coded as 0.", 0),
])
def test_the_toll_an_acled_note_says_it_coded(pipeline, text, fatalities) -> None:
    assert main_event(pipeline, text, published="2022-07-09").fatalities == fatalities


def test_an_exchange_of_artillery_is_a_fight(pipeline) -> None:
    ev = main_event(pipeline, "On 9 May 2020, Houthi forces reportedly exchanged artillery with pro-Hadi forces on "
                              "the fronts of Jabal al Kirsh front (Al Qabbaytah, Lahij), incurring fatalities.",
                    published="2020-05-10")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Yemen Supreme Political Council", "Military Forces of Yemen")


def test_the_houthis_name_follows_acleds_renaming(pipeline) -> None:
    ev = main_event(pipeline, "On 9 May 2024, Houthi forces fired a missile at a ship in the Red Sea off Hodeidah.",
                    published="2024-05-10")
    assert ev.actor1.name == "Military Forces of Yemen Houthi"


def test_suspected_jihadists_who_take_a_village_are_armed_men(pipeline) -> None:
    ev = main_event(pipeline, "Des hommes armés présumés jihadistes ont pris le contrôle du village de Nassougou "
                              "samedi, dans la province du Gourma.", "fr", published="2020-05-03")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(("text", "sub"), [
    ("On 4 May 2020, the OSCE SMM observed a total of 8 explosions involving unknown weapons near Novozvanivka.",
     "Shelling/artillery/missile attack"),
    ("On 8 May 2020, the OSCE SMM observed a total of 102 projectiles/explosions/shots involving unknown weapons in "
     "both directions of the frontline near Serhiivka.", "Armed clash"),
    ("Around 6 May 2020, gunshots and explosions involving unknown actors were reported in Rafah (Rafah, North "
     "Sinai).", "Armed clash"),
])
def test_fire_a_monitor_observed(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-09").sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # heavy machine guns fired from a distance with no small arms are shelling, as ACLED codes them
    ("On 7 May 2020, the OSCE SMM observed a total of 15 bursts of fire involving heavy machineguns near Komsomolets.",
     "Shelling/artillery/missile attack"),
    ("On 8 May 2020, the NAF rebel forces fired heavy machine guns at the governmental positions near Avdiivka, Donetsk.",
     "Shelling/artillery/missile attack"),
    ("On 3 May 2020, pro-Houthi forces reportedly fired 14.5mm, 12.7mm and 7.62mm machine guns east of Salah Complex "
     "in the north of Hodeidah city (Al Hali, Al Hudaydah) with no report of fatalities nor injuries.",
     "Shelling/artillery/missile attack"),
    # small arms named make it a clash
    ("On 5 May 2020, the OSCE SMM observed a total of 33 shots/bursts of fire involving small arms/heavy machineguns "
     "near Luhanske.", "Armed clash"),
])
def test_heavy_machine_guns_alone_are_shelling(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-08").sub_event_type == sub


def test_fire_both_ways_a_monitor_saw_between_parties_the_note_names_is_theirs(pipeline) -> None:
    ev = main_event(pipeline, "On 30 April 2020, the Ukrainian Forces fired heavy machine guns at the positions of the "
                              "Donbass People's Militia in the area of Petrovskoye, Donetsk. The OSCE SMM observed a "
                              "total of 19 projectiles/explosions involving unknown weapons in both directions of the "
                              "frontline near Petrovskoye.", published="2020-04-30")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya")
    # (and one incident: fire seen going both ways is a battle, the shelling told first its one side's share)
    assert ev.sub_event_type == "Armed clash"


def test_mortars_fired_then_seen_going_both_ways_are_one_battle(pipeline) -> None:
    ev = main_event(pipeline, "On 28 April 2020, the Ukrainian Forces fired 82mm mortars at the positions of the Luhansk "
                              "People's Militia in the area of Zolote-5, Luhansk. The OSCE SMM observed a total of 18 "
                              "explosions involving mortars/unknown weapons in both directions of the frontline near "
                              "Zolote-5.", published="2020-04-28")
    assert (ev.sub_event_type, ev.actor1.name) == ("Armed clash", "Military Forces of Ukraine")


@pytest.mark.parametrize(("text", "sub"), [
    # the autocannon of an infantry fighting vehicle, and anti-aircraft guns fired at ground positions, are artillery
    ("On 6 May 2020, the Ukrainian Forces fired IFVs at the positions of the Luhansk People's Militia in the area of "
     "Berezivske, Luhansk.", "Shelling/artillery/missile attack"),
    ("On 8 May 2020, the Ukrainian Forces fired 82mm mortars, anti-aircraft guns and grenade launchers at the positions "
     "of the Donbass People's Militia in the area of Donetsk Airport.", "Shelling/artillery/missile attack"),
    # with small arms, a clash
    ("On 30 April 2020, the Ukrainian Forces fired 120mm mortars, IFVs, heavy machine guns and small arms at the "
     "positions of the Donbass People's Militia in the area of Horlivka, Donetsk.", "Armed clash"),
    # a radio-controlled IED is an IED, though soldiers were its target
    ("On 30 April 2020, a RCIED explosion targeted Govt forces passing Black Sea neighbourhood in Mogadishu-Hodan "
     "district (Hodan, Banadir). Al Shabaab militants claimed to have killed two soldiers.",
     "Remote explosive/landmine/IED"),
])
def test_vehicle_cannon_anti_aircraft_guns_and_rcieds(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-08").sub_event_type == sub


def test_forces_that_bombed_bases_struck_from_the_air(pipeline) -> None:
    ev = main_event(pipeline, "On 3 May 2020, the military forces of Mozambique bombed Islamic militant bases in forests "
                              "in the Mbau area (Mocimboa Da Praia, Cabo Delgado). No fatalities were reported.",
                    published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name) == ("Air/drone strike", "Military Forces of Mozambique")


def test_weapons_seized_after_a_shooting_are_a_part_of_it(pipeline) -> None:
    ev = main_event(pipeline, "On 1 May 2020, in Niteroi, Rio de Janeiro, the Military Police carried out an operation "
                              "against drug trafficking in Morro do Palacio. Two suspects were shot and injured. The "
                              "Police seized a pistol, drugs and a radio.", published="2020-05-01")
    assert ev.sub_event_type != "Disrupted weapons use"
    assert ev.injuries == 2


def test_looted_funds_a_crowd_demands_back_are_no_looting(pipeline) -> None:
    ev = main_event(pipeline, "On 29 April 2020, protesters gathered at the Kamed el Laouz triangle in Bekaa chanting "
                              "slogans condemning the political authority and demanding the return of the looted funds. "
                              "[size=no report]", published="2020-04-29")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(("text", "sub"), [
    # grenades beside firearms against the forces: a fight, not a grenade thrown
    ("On 9 May 2020, in Celaya, Guanajuato, armed men driving two vehicles attacked a police patrol using grenades and "
     "firearms in Camargo community. Three officers died.", "Armed clash"),
    # an RPG grenade is a launcher's round
    ("On 30 April 2020, pro-Houthi forces reportedly fired RPG grenades, B-10 shells, and caliber 12.7mm machine guns "
     "at residential areas in At Tuhayta city (Al Hudaydah).", "Shelling/artillery/missile attack"),
    # a hand grenade alone stays a grenade
    ("On 30 April 2020, Al Shabaab militants threw a hand grenade at a police checkpoint in Mogadishu.", "Grenade"),
])
def test_grenades_as_acled_counts_them(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-09").sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a killing told beside looting is an attack that also looted
    ("On 30 April 2020, dahalo attacked and killed 1 person and injured 2 others while ambushing and looting vehicles "
     "in Antanimary, in the commune of Vohimanga (Bekily District, Androy).", "Attack"),
    ("Bandits killed one man while looting shops in Kano on Monday.", "Attack"),
    # looting with the killing denied stays looting
    ("Bandits looted shops in Kano on Monday; no one was killed.", "Looting/property destruction"),
])
def test_a_killing_beside_looting_is_the_attack(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-03").sub_event_type == sub


@pytest.mark.parametrize(("text", "sub", "actor2"), [
    # the coder's bracket "(off-duty)" makes the soldier a civilian, the killing an attack
    ("On 3 May 2020, Al shabaab militants shot and killed a South-west administration Govt soldier (off-duty) in "
     "Baidoa town (Baydhaba, Bay).", "Attack", "Civilians (Somalia)"),
    # "The victim was armed": a fight between armed men of no known group
    ("On 3 May 2020, in Morelia, Michoacan, a man was shot dead in Colonia Camino Real. The victim was armed and there "
     "is no information about the perpetrators. 1 fatality", "Armed clash", "Unidentified Armed Group (Mexico)"),
    # a grenade thrown before shooting at civilians is the shooting's attack
    ("On 4 May 2020, a member of HTS targeted a group of civilians in Al-Jami'ya neighborhood in Idleb city with a "
     "grenade before opening fire on them, killing 2 people.", "Attack", "Civilians (Syria)"),
])
def test_victims_as_the_coder_tells_them(pipeline, text, sub, actor2) -> None:
    ev = main_event(pipeline, text, published="2020-05-05")
    assert (ev.sub_event_type, ev.actor2.name) == (sub, actor2)


def test_a_town_inside_a_districts_longer_name_is_not_the_place(pipeline) -> None:
    # Chaman is a Pakistani town; "Pur Chaman district, Farah" is Afghanistan's, and so are its Arbaki
    ev = main_event(pipeline, "On 3 May 2020, Taliban militants attacked Arbaki posts in Pur Chaman district, Farah, "
                              "killing 3 Arbakis.", published="2020-05-05")
    assert (ev.location.country, ev.actor1.name, ev.actor2.name) == ("AF", "Taliban", "Militia (Pro-Government)")


@pytest.mark.parametrize(("text", "sub"), [
    # a village settlement is a place, no agreement
    ("On 3 May 2020, Al shabaab fighters attacked a Govt (assumed military) position in the vicinity of Alamada "
     "village settlement at Lafoole (Afgooye,Lower Shabelle). The two sides allegedly exchanged heavy gunfire and Al "
     "shabaab militants retreated.", "Armed clash"),
    # nor is the end of a ceasefire
    ("Around 2 May 2020, in Saravena, Arauca department, a pipeline was attacked by unidentified armed individuals "
     "after the armed group announced the end of the unilateral ceasefire.", "Attack"),
    # warplanes' raids are air raids, no seizure
    ("On 4 May 2020, suspected Israeli warplanes carried out 15 raids on pro-Iran militias positions in the area "
     "stretching from Al Mayadin to Al-Bukamal in Deir-ez-Zor.", "Air/drone strike"),
    ("The two sides signed a ceasefire agreement in Geneva.", "Agreement"),
])
def test_words_that_only_look_like_an_agreement_or_a_seizure(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-05").sub_event_type == sub


@pytest.mark.parametrize(("place", "actor1"), [
    # fire seen near a village one party held is the other side's: Luhanske was government-held, Kominternove not
    ("Luhanske", "NAF: United Armed Forces of Novorossiya"),
    ("Kominternove", "Military Forces of Ukraine"),
    # a village the table does not know keeps the parties' usual order
    ("Serhiivka", "Military Forces of Ukraine"),
])
def test_undirected_fire_near_a_held_village_is_the_other_sides(pipeline, place, actor1) -> None:
    ev = main_event(pipeline, f"On 9 May 2020, the OSCE SMM observed a total of 4 explosions involving unknown weapons "
                              f"near {place}.", published="2020-05-09")
    assert ev.actor1.name == actor1


@pytest.mark.parametrize(("text", "sub"), [
    # a grenade thrown at the forces, who fire back, is a fight
    ("On 2 May 2020, a hand grenade was thrown at a Govt (assumed military) checkpoint near the Aimiska village "
     "neighbourhood in Mogadishu-Yaqshid district (Yaqshid, Banadir). Soldiers reacted with gunfire towards the "
     "attackers' general direction.", "Armed clash"),
    # ground given up in a fight is no non-violent transfer
    ("On 2 May 2020, a group of Al shabab militants attacked a Govt (assumed military) troop position at Weydow village "
     "in Mogadishu-Daynile district (Daynile,Banadir). The two sides engaged in heavy gunfire and Al shabaab militants "
     "withdrew from the area.", "Armed clash"),
    # fire returned to shelling is a fight
    ("On 5 May 2020, pro-Hadi forces and affiliates reportedly responded to pro-Houthi shelling in Sirwah district west "
     "of Marib city (Marib) with no report of fatalities nor injuries.", "Armed clash"),
    # a force tasked with fighting that withdraws hands over ground
    ("The US-led international coalition tasked with fighting Daesh yesterday withdrew from the Abu Ghraib base, west of "
     "the capital Baghdad.", "Non-violent transfer of territory"),
])
def test_fire_returned_and_ground_given_up(pipeline, text, sub) -> None:
    assert main_event(pipeline, text, published="2020-05-05").sub_event_type == sub


def test_infrastructure_blown_up_is_a_remote_explosive(pipeline) -> None:
    # explosives set off against a railway, a pipeline or a pylon, nobody there: sabotage by bomb
    ev = main_event(pipeline, "On 3 May 2020, BLA blew up a railway track in Quetta city (Balochistan) although no "
                              "fatalities were reported in the attack.", published="2020-05-03")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (
        "Remote explosive/landmine/IED", "BLA: Balochistan Liberation Army", 0)
