"""French and Arabic press reports of 2012-2023, read as ACLED codes them: a man stoned by a crowd is mob violence,
ground taken with the day between the words is ground taken, weapons a group carries are no grenade attack, the
"débordements" of a demonstration and its dispersal are one riot with the police as its other side, and a riot told
force first names the crowd first. Each text is the report's opening (the page's address in the comment)."""
from sitrep import extract

from tests.conftest import top_event


def test_a_man_stoned_to_death_by_a_crowd_is_mob_violence():
    # CNews, 7 May 2012 (Polokwane, South Africa)
    ev = top_event("Afrique du Sud : un homme lapidé par la foule après un vol de portable\n\nUn homme a été lapidé à mort "
                   "par une foule qui l'accusait du vol d'un téléphone portable à Polokwane, la plus grande ville du nord "
                   "de l'Afrique du Sud, a indiqué lundi la police locale, qui a ouvert une enquête pour meurtre.",
                   lang="fr", published="2012-05-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (South Africa)", 1)


def test_control_taken_with_the_day_between_the_words_is_ground_retaken_by_the_army():
    # HuffPost Québec, 9 April 2014 (Rankous, Syria)
    ev = top_event("Syrie: l'armée a repris aux rebelles la ville de Rankous (source militaire)\n\nL'armée syrienne a pris "
                   "mercredi le contrôle total de Rankous, dernière grande localité tenue par les rebelles dans la région du "
                   "Qalamoun, située au nord de Damas et à la lisière du Liban, selon une source militaire.",
                   lang="fr", published="2014-04-09")
    assert (ev.sub_event_type, ev.actor1.name) == ("Government regains territory", "Military Forces of Syria")


def test_weapons_a_group_carries_are_no_grenade_attack():
    # Actualite.cd, 5 January 2023 (Nyamilima, North Kivu)
    result = extract("Les combattants du M23 se sont emparés mardi matin de Nyamilima, la plus grande agglomération du "
                     "groupement de Binza, dans le territoire de Rutshuru (Nord-Kivu). Toujours mardi, les troupes du M23 "
                     "ont effectué une patrouille à pied dans et aux alentours de Nyamilima afin de marquer leur présence. "
                     "Près d'une centaine d'entre eux armés des AK47, RPG 7 et des grenades ont été déployés le long de "
                     "l'artère principale de l'agglomération.", lang="fr", published="2023-01-05")
    assert "Grenade" not in [e.sub_event_type for e in result.events]
    main = max(result.events, key=lambda e: e.confidence)
    assert (main.sub_event_type, main.actor1.name) == ("Non-state actor overtakes territory", "M23: March 23 Movement")


def test_the_violence_at_a_demonstration_and_its_dispersal_are_one_riot_met_by_the_police():
    # RTBF, December 2018 (Brussels, the march against the Marrakech pact)
    ev = top_event("En marge de la manifestation organisée par plusieurs mouvements de droite et d'extrême droite, divers "
                   "débordements ont éclatés. Ils se sont soldés par 97 arrestations administratives. Si les informations "
                   "annonçaient que ce mouvement avait été dispersé sur le coup de 15h30, une vidéo parvenue à notre "
                   "rédaction d'une source anonyme prouve le contraire : on y voit des participants à la manifestation "
                   "s'en prendre avec virulence à une voiture de police à Etterbeek, en Belgique.", lang="fr")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Belgium)")
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Belgium"


def test_a_riot_told_force_first_names_the_crowd_first():
    # Zama Info, 17 December 2021 (Kasserine, Tunisia)
    ev = top_event("القصرين: احتجاجات وغاز مسيل للدموع في حي النور\n\nيشهد حي النور من مدينة القصرين مساء اليوم الجمعة 17 "
                   "ديسمبر 2021 حالات كرّ وفر بين قوات الأمن وعدد من المحتجين الذين أحرقوا الإطارات المطاطية وسط "
                   "الطرقات.\n\nوقامت الوحدات الأمنية باستعمال الغاز المسيل للدموع لتفريقهم بعد أن عمدوا إلى رشق "
                   "الدوريات بالحجارة.", lang="ar", published="2021-12-17")
    assert (ev.sub_event_type, ev.actor1.name) == ("Violent demonstration", "Rioters (Tunisia)")
    assert ev.actor2 is not None and ev.actor2.kind in ("police", "state_military")


def test_a_town_told_by_its_distance_from_another_lies_near_it():
    # Fasoinfos (Boni, Tuy province, Burkina Faso): "Boni" is no Bonn
    ev = top_event("Burkina-Tuy : La mairie de Boni incendiée et un professionnel de la santé enlevé par des hommes armés.\n\n"
                   "La mairie de Boni à une quinzaine de kilomètres de Houndé (Tuy), a été incendiée par des hommes armés "
                   "qui auraient également enlevé un professionnel de la santé, relatent plusieurs sources locales.", lang="fr")
    assert ev.location.country == "BF"
    assert ev.actor1.name == "Unidentified Armed Group (Burkina Faso)"


def test_a_direction_of_the_country_is_no_region_of_another():
    # Agence Afrique, August 2023 (Diki, Central African Republic): "au Nord-ouest du pays"
    ev = top_event("La République de Centrafrique (RCA) a déploré mardi 1er août le décès de 13 personnes exécutées par des "
                   "hommes armés non identifiés dans un village situé au Nord-ouest du pays.", lang="fr",
                   published="2023-08-02")
    assert (ev.location.country, ev.actor1.name) == ("CF", "Unidentified Armed Group (Central African Republic)")


def test_the_author_of_strikes_an_army_proceeded_to_and_an_ordinal_is_no_actor():
    # RFI via Enquête Plus, 7 November 2023 (Kidal, Mali)
    ev = top_event("L'armée malienne a procédé à des frappes de drone, ce mardi matin, 7 novembre 2023, à Kidal. Au moins "
                   "une dizaine de morts, dont deux à quatre enfants, selon les sources.\n\nTrois frappes en moins d'une "
                   "heure : la première est tombée juste à côté du camp, vers 09h00, heure locale.", lang="fr",
                   published="2023-11-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor1.text) == ("Air/drone strike", "Military Forces of Mali", "armée malienne")


def test_anglophone_secessionists_are_the_ambazonian_separatists():
    # APA via Journal du Cameroun (Bamenda, Cameroon)
    ev = top_event("Au total, douze étudiants, dont cinq filles de l'université camerounaise de Bamenda (Nord-Ouest) ont été "
                   "enlevés, mardi, au sein de leur campus par des sécessionnistes anglophones, a appris APA mercredi de "
                   "sources concordantes.", lang="fr")
    assert (ev.sub_event_type, ev.actor1.name) == ("Abduction/forced disappearance", "Ambazonian Separatists")


def test_weapons_listed_after_an_article_are_equipment_too():
    result = extract("Dozens of fighters armed with a rifle and grenades were deployed in the town of Bunia.", lang="en")
    assert "Grenade" not in [e.sub_event_type for e in result.events]
