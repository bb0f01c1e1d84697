"""French press reports of 2012-2025, read as ACLED codes them: a demonstration whose violence is told in sentences of
its own is a riot, manure thrown at the police is no shelling and water cannon no artillery, "par erreur" names no
author, what a group has done "depuis lors" or a state of things "depuis l'assassinat" of a president is background,
and places a government says it took back are regained. Each text is the report's own words (its address in the
comment)."""
from sitrep import extract

from tests.conftest import top_event

# RTL Belgique, 26 February 2024 (Brussels): farmers at the EU summit
_BRUSSELS = (
    "La tension est montée d'un cran à Bruxelles: un barrage policier forcé, des canons à eaux déployés pour éteindre "
    "les feus allumés\n\nDes agriculteurs ont réussi à forcer un barrage de police à Bruxelles lundi matin, situé au "
    "croisement de l'avenue d'Auderghem et de la rue Belliard, à l'aide de leurs tracteurs.\n\nLa police a envoyé des "
    "renforts en urgence. Pendant ce temps, les agents de police sont également bombardés de fumier, ce qui les oblige "
    "à reculer davantage.\n\nLa police a désormais réduit le périmètre à l'angle de l'avenue d'Auderghem et de la place "
    "Schuman. Des véhicules de police supplémentaires sont en position, tandis que certains agriculteurs lancent des "
    "pétards et des oranges sur les policiers.\n\nLe véhicule de police, en guise de barrage routier, a également été "
    "piégé par plusieurs tracteurs, ne laissant d'autre choix au policier qui conduisait le véhicule que celui de "
    "battre en retraite.\n\nLa police déploie des canons à eaux\n\nLa police a par ailleurs déployé les canons à eau "
    "pour éteindre des brasiers allumés rue de la Loi par les agriculteurs venus manifester à Bruxelles.")


def test_a_demonstration_whose_violence_is_told_apart_is_a_riot_met_by_the_police():
    ev = top_event(_BRUSSELS, lang="fr", published="2024-02-26")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Violent demonstration", "Rioters (Belgium)", "Police Forces of Belgium")


def test_manure_thrown_water_cannon_and_a_trapped_car_are_no_shelling_or_bomb():
    types = {e.sub_event_type for e in extract(_BRUSSELS, lang="fr", published="2024-02-26").events}
    assert not types & {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}


def test_breakage_at_a_march_makes_it_a_riot():
    # TVA Nouvelles, 10 June 2012 (Montreal, student strike)
    ev = top_event("Après les bolides de Formule 1, ce fut au tour des manifestants de prendre le départ, dimanche soir. "
                   "Mais contrairement à ce qu'il s'est passé sur le circuit, il y a eu de la casse dans les rues de "
                   "Montréal. Le SPVM a rapidement donné l'ordre aux manifestants de se disperser. Une dizaine "
                   "d'individus ont été arrêtés.\n\nEn cette journée du Grand Prix du Canada, près de 300 personnes "
                   "s'étaient réunies à la place Émilie-Gamelin pour manifester contre la hausse des droits de scolarité "
                   "et la loi 78.\n\nLes manifestants pouvaient toutefois continuer leur marche si aucun acte criminel "
                   "n'était commis. Ce qui n'a pas été le cas, car des actes de vandalisme ont rapidement été perpétrés, "
                   "avec des vitrines brisées à la Caisse de dépôt et de placement du Québec.",
                   lang="fr", published="2012-06-10")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Canada)")


def test_by_mistake_names_no_author():
    # RFI via Le Djely, December 2023 (Tudun Biri, Kaduna)
    ev = top_event("Nigeria: L’armée bombarde «par erreur» un village dans l’État de Kaduna\nUne fête qui vire au "
                   "cauchemar. Au Nigéria, l’armée reconnaît avoir bombardé « par erreur » un village du nord-ouest du "
                   "pays, causant la mort d’au moins 85 civils, dans l’État de Kaduna dimanche soir, pendant une "
                   "célébration religieuse.", lang="fr")
    assert (ev.actor1.name, ev.actor2.name, ev.fatalities) == ("Military Forces of Nigeria", "Civilians (Nigeria)", 85)


def test_gangs_holding_a_city_since_a_murder_years_ago_are_background_to_a_lynching():
    # Noovo Info, April 2023 (Canapé-Vert, Port-au-Prince)
    result = extract("Une foule a battu et brûlé à mort 13 membres présumés d'un gang, lundi à Port-au-Prince, en Haïti. "
                     "Les victimes faisaient l'objet d'un contrôle routier lorsqu'elles ont été prises à partie par le "
                     "groupe, ont déclaré le corps policier du pays et des témoins.\nCet acte de violence a encore une fois "
                     "mis en lumière la situation de plus en plus anarchique dans la capitale haïtienne. Des gangs "
                     "criminels ont pris le contrôle d'environ 60 % de la ville depuis l'assassinat du président Jovenel "
                     "Moïse en juillet 2021.", lang="fr")
    taken = [e for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and all(e.modality == "background" for e in taken)
    main = max(result.events, key=lambda e: e.confidence)
    assert (main.sub_event_type, main.actor1.name) == ("Mob violence", "Rioters (Haiti)")


def test_attacks_a_group_has_made_since_then_are_background():
    # RFI, 20 August 2025 (Farabougou, Mali)
    result = extract("Pour rappel, en octobre 2020, le village de Farabougou avait été placé sous blocus par le Jnim. "
                     "Depuis lors, le groupe djihadiste a mené plusieurs attaques, assassinats et enlèvements dans ce "
                     "village.", lang="fr", published="2025-08-20")
    assert all(e.modality == "background" for e in result.events)


def test_places_a_government_says_it_took_back_are_regained():
    # VOA Afrique/Reuters, 6 December 2022 (Somalia)
    ev = top_event("Le gouvernement, soutenu par les troupes de l'UA et les milices claniques, affirme avoir tué environ "
                   "700 membres d'Al Shabaab et repris des dizaines de localités dans le cadre d'une campagne de "
                   "plusieurs mois visant à relâcher le contrôle du groupe lié à Al Qaeda sur de vastes étendues du pays."
                   "\n\n\"S'emparer de cette ville était la meilleure opportunité pour le gouvernement somalien & le plus "
                   "grand revers pour les terroristes qui ont perdu de nombreux districts", lang="fr", published="2022-12-06")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Government regains territory", "Government of Somalia", "Al Shabaab")


def test_a_foreign_army_taking_a_town_abroad_is_no_government_regaining_it():
    # France 24 (Arabic), 18 March 2018 (Afrin, Syria)
    ev = top_event("القوات التركية والفصائل الموالية لها تسيطر بالكامل على مدينة عفرين السورية\nتمكنت القوات التركية مدعومة "
                   "بالفصائل الموالية لها من السيطرة على مدينة عفرين السورية، وفق ما أعلن الرئيس التركي رجب طيب أردوغان "
                   "الأحد.", lang="ar", published="2018-03-18")
    assert (ev.sub_event_type, ev.actor1.name) == ("Non-state actor overtakes territory", "Military Forces of Turkey")


def test_people_killed_in_clashes_are_a_battle_in_french_and_arabic_as_in_english():
    # Emarat Alyoum, 3 July 2014 (East Darfur): the headline, and the same headline put in French and English word for
    # word (the three languages must read it alike)
    for text, lang in (("السودان: مقتل 22 شخصاً باشتباكات", "ar"), ("Soudan : 22 personnes tuées dans des affrontements", "fr"),
                       ("Sudan: 22 people killed in clashes", "en")):
        ev = top_event(text, lang=lang, published="2014-07-03")
        assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 22), lang


def test_people_killed_in_a_shooting_are_still_civilians_attacked():
    # OrangeSum/AFP, 9 October 2019 (Halle, Germany)
    ev = top_event("Allemagne : au moins deux morts dans une fusillade en pleine rue à Halle\nLes auteurs des tirs ont pris "
                   "la fuite selon la police locale. L'attaque s'est déroulée à proximité d'un restaurant turc et d'une "
                   "synagogue.\nAu moins deux personnes ont été tuées en pleine rue dans la ville de Halle, dans le "
                   "nord-est de l'Allemagne, dans une fusillade dont les auteurs ont pris la fuite, a annoncé la police "
                   "locale.", lang="fr", published="2019-10-09")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Attack", "Civilians (Germany)", 2)
