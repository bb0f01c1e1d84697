"""French news pages read as ACLED codes them (set FR7): a crowd that burned people alive ("a brûlé vives sept
personnes") is a mob, and those it burned are its dead. The text is the report's own words (its address in the
comment)."""
from tests.conftest import top_event


def test_a_crowd_that_burned_seven_people_alive_is_a_mob_and_they_are_its_dead():
    # afrik.com/malawi-sept-personnes-soupconnees-de-sorcellerie-brulees-vives (Nsanje district, March 2016)
    ev = top_event("Au Malawi, une foule a brûlé vives sept personnes soupçonnées de trafic d’os humains, souvent utilisés "
                   "dans des pratiques de sorcellerie\nAu Malawi, la police a déclaré, ce mercredi 2 mars 2016, qu’une "
                   "foule a brûlé vives sept personnes soupçonnées de trafic d’os humains, souvent utilisés dans des "
                   "pratiques de sorcellerie.", lang="fr")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Malawi)", 7)
