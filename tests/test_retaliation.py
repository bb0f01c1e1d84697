"""What an act answered ("en représailles à ...", "in retaliation for ...", "ردا على") is an earlier incident: its
event words, places and deaths are not the act's."""
from sitrep import extract

# RTL info, 4 July 2024, the first paragraph
_ROCKETS = ("Le Hezbollah libanais a déclaré avoir tiré \"plus de 200 roquettes de différentes sortes\" sur cinq positions "
            "israéliennes jeudi en représailles à la mort dans le sud du Liban d'un haut commandant du mouvement chiite "
            "libanais, tué dans une frappe israélienne. L'armée israélienne, quant à elle, a indiqué frapper les sites de "
            "lancement de projectiles dans le sud du Liban.")


def test_the_rockets_fired_in_retaliation_are_the_event_not_the_strike_they_answer():
    result = extract(_ROCKETS, lang="fr", published="2024-07-04")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel")
    # the commander killed in the strike is the strike's toll, not the rockets'
    assert not ev.fatalities
    assert "Air/drone strike" not in [e.sub_event_type for e in result.events]


def test_a_strike_told_alone_stays_an_event():
    result = extract("Un haut commandant du Hezbollah a été tué dans une frappe israélienne dans le sud du Liban mercredi.",
                     lang="fr", published="2024-07-04")
    assert [e.sub_event_type for e in result.events] == ["Air/drone strike"]
