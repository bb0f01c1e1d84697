"""ACLED's Afghanistan notes of March 2020 (the export stored in dkoban/geo_stuff, ACLED.csv): a local name the coder
quotes ("1 'Arbaki' commander") is still the actor its name says, its closing quote no possessive; and the men a
note's toll names ("2 'Arbakis' were wounded") are the side hit, before the owner of the place attacked ("an attack
... on a check point")."""
from tests.conftest import top_event as _main


def test_a_quoted_local_name_is_the_actor_it_names():
    # AFG44601
    ev = _main("On 20 March 2020, 1 'Arbaki' commander was killed following an attack by Taliban militants in Argo "
               "district, Badakhshan. Fatalities coded as 0 (VoJ reported 1 fatality).", published="2020-03-20")
    assert (ev.actor1.name, ev.actor2.name) == ("Taliban", "Militia (Pro-Government)")
    assert ev.fatalities == 0


def test_the_men_the_toll_names_are_the_side_hit_before_the_place_owner():
    # AFG44717
    ev = _main("On 20 March 2020, 2 'Arbakis' were wounded following an attack by Taliban militants on a check point "
               "in Nahrin district, Baghlan.", published="2020-03-20")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Armed clash", "Taliban", "Militia (Pro-Government)")
    # (a toll of civilians leaves the owner of the post: "killed 2 civilians" at a police post is no police)
    ev = _main("On 20 March 2020, Taliban militants attacked a police check point in Nahrin district, Baghlan, killing "
               "2 policemen.", published="2020-03-20")
    assert ev.actor2.name == "Police Forces of Afghanistan"
