"""French news pages read as ACLED codes them (set FR7): a battle's dead told side by side add up; "au total" alone
sums the event's own dead; a crowd that burned people alive ("a brûlé vives sept personnes") is a mob, and those it
burned are its dead; a village told as one "du département de Yaba dans la province du Nayala" lies there. The text
is the report's own words (its address in the comment)."""
from tests.conftest import top_event


def test_a_crowd_that_burned_seven_people_alive_is_a_mob_and_they_are_its_dead():
    # afrik.com/malawi-sept-personnes-soupconnees-de-sorcellerie-brulees-vives (Nsanje district, March 2016)
    ev = top_event("Au Malawi, une foule a brûlé vives sept personnes soupçonnées de trafic d’os humains, souvent utilisés "
                   "dans des pratiques de sorcellerie\nAu Malawi, la police a déclaré, ce mercredi 2 mars 2016, qu’une "
                   "foule a brûlé vives sept personnes soupçonnées de trafic d’os humains, souvent utilisés dans des "
                   "pratiques de sorcellerie.", lang="fr")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Malawi)", 7)


# ACLED counts every death of an event (codebook §fatalities): a battle's dead told side by side are added, each
# side's largest figure once, across the sentences that tell the incident.

def test_soldiers_and_terrorists_killed_in_one_battle_add_up():
    # ivoiretv5.com/niger-au-moins-15-soldats-tues-dans-des-combats-pres-du-burkina-faso (Fonéko, July 2024)
    ev = top_event("Au moins 15 soldats nigériens ont été tués lundi 22 juillet lors de combats dans la zone de Téra "
                   "(sud-ouest), près du Burkina Faso, a annoncé ce mardi le ministère nigérien de la Défense.\n«Lundi 22 "
                   "juillet, une unité des Forces de défense et de sécurité (FDS) en opération s’est accrochée avec des "
                   "groupes armés terroristes sur l’axe Bankilaré-Téra aux abords du village de Fonéko», a-t-il affirmé "
                   "dans un communiqué lu à la télévision publique, annonçant un «bilan provisoire» de 15 soldats tués. Il "
                   "fait également état de trois soldats «disparus» et de 21 «terroristes» tués lors des affrontements, et "
                   "huit de leurs motos «détruites», poursuit le ministère qui précise deux véhicules de l’armée "
                   "nigérienne ont été détruits.", lang="fr")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 36)


def test_dead_among_the_rebels_and_soldiers_fallen_add_up():
    # swissinfo.ch ... darfour--des-combats-entre-rébellion-et-armée-auraient-fait-40-tués (Shangil Tobaya)
    ev = top_event("Khartoum - De nouveaux affrontements vendredi entre les forces gouvernementales et une alliance de "
                   "groupes rebelles ont fait jusqu'à 40 tués au sein de la rébellion. Ce bilan annoncé samedi par l'armée "
                   "soudanaise est contesté par les insurgés.\n\"L'armée a attaqué et défait l'Alliance des forces de la "
                   "résistance formée par le Mouvement pour la justice et l'égalité (JEM) et l'Armée de libération du "
                   "Soudan de Minni Minnawi (SLA-Minnawi)\", a dit le porte-parole officiel de l'armée soudanaise, selon "
                   "l'agence officielle SUNA.\nLes affrontements sont intervenus vendredi en fin de journée dans le "
                   "secteur de Shangil Tobaya, à environ 65 kilomètres au sud d'El-Facher, la capitale historique du "
                   "Darfour, région de l'ouest du Soudan en proie depuis sept ans à une guerre civile complexe.\n2 soldats "
                   "tués\"Parmi les rebelles, il y a eu 40 morts et de nombreux blessés\", a ajouté ce responsable "
                   "militaire, précisant que deux soldats étaient tombés au combat et que 13 autres étaient blessés.",
                   lang="fr")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 42)


def test_the_armys_own_dead_and_the_enemy_fighters_it_killed_add_up():
    # boursier.com/actualites/reuters/les-affrontements-avec-les-rebelles-dans-le-nord-du-mali-ont-fait-des-dizaines-de-morts
    ev = top_event("Les affrontements avec les rebelles dans le nord du Mali ont fait des dizaines de morts, dit l'armée\n\n"
                   "par Tiemoko Diallo BAMAKO, 13 septembre (Reuters) - Les affrontements qui ont eu lieu mardi entre "
                   "l'armée malienne et les rebelles touaregs du nord du pays ont fait des dizaines de morts, a indiqué "
                   "l'état-major malien. La Coordination des mouvements de l'Azawad (CMA), qui réunit les principaux groupes "
                   "rebelles touaregs du nord du pays, a annoncé mardi avoir brièvement pris le contrôle d'un camp militaire "
                   "à Bourem, à 90 kilomètres au nord de Gao. L'état-major des Forces armées maliennes a déclaré que dix de "
                   "ses soldats avaient été tués mardi alors qu'ils repoussaient une attaque près de Bourem, ajoutant que 46 "
                   "combattants ennemis avaient été tués durant l'opération.", lang="fr", published="2023-09-13")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 56)


def test_au_total_without_a_span_of_time_is_the_events_own_toll():
    # fr.africanews.com/2018/01/26/mali-une-mine-explosion-et-tue-26-personnes (Boni, January 2018)
    ev = top_event("La Mali une fois de plus endeuillé par l’explosion d’une mine, jeudi dans le centre du pays.\n\nAu total, "
                   "ce sont vingt-quatre civils maliens et burkinabè, dont des femmes et des enfants, qui sont morts . Une "
                   "mine a explosé ; au passage de leur véhicule dans la localité de Boni région de Mopti au centre du "
                   "Mali. Ces habitants ce rendaient à une foire hebdomadaire.", lang="fr", published="2018-01-26")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 24)


def test_a_village_told_as_one_of_a_province_lies_in_that_province():
    # burkina24.com/2022/03/21/nayala-lecole-primaire-publique-de-siena-incendiee: Siéna is no Siena (Tuscany)
    ev = top_event("Dans la nuit du 20 au 21 mars 2022, des individus armés ont incendié l’école primaire publique de Siéna, "
                   "un village du département de Yaba dans la province du Nayala. La cantine du Centre de Développement "
                   "pour Enfant (CDE) a été pillée la même nuit.", lang="fr", published="2022-03-21")
    assert (ev.location.country, ev.actor1.name) == ("BF", "Unidentified Armed Group (Burkina Faso)")
