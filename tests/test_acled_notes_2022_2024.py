"""ACLED event notes of 2022 and 2024 (zahraghourani/lebanon-conflict-viz, data/raw/acled_turkey.csv;
olivia-redman/GEOG456, Burkina Faso; the event id in each test), read as ACLED coded them: members who "gathered in
front of" a ministry to criticise its policy demonstrated; the division closing a note's bracket ("(Thiou,
Yatenga)") places the event even beside a foreign force's nationality; "On 7 February 2022, overnight" is the night
of the 7th."""
from sitrep import extract


def _main(text: str, published: str):
    result = extract(text, lang="en", published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def test_members_gathered_in_front_of_a_ministry_demonstrate():
    # TUR38974 and TUR38975 (ACLED: Peaceful protest, Protesters (Turkey), Cankaya and Konak)
    ev = _main("On 15 November 2024, Egitim Sen members gathered in front of the Ministry of National Education (MEB) "
               "building in Cankaya, Ankara to draw attention to the inadequacy of the budget proposed by the ministry "
               "for 2025.", "2024-11-15")
    assert (ev.sub_event_type, ev.actor1.name, ev.location.name) == ("Peaceful protest", "Protesters (Turkey)", "Çankaya")
    ev = _main("On 14 November 2024, members of Halkevleri gathered in front of the Provincial Directorate of Family and "
               "Social Policies in Konak, Izmir to criticize the government's impoverishing policies following the death "
               "of 5 children in a fire caused by an overturned electric heater.", "2024-11-14")
    # (the children's death in a fire is the crowd's grievance, not a disaster of the report)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities, ev.location.name) == (
        "Peaceful protest", "Protesters (Turkey)", 0, "Konak")


def test_the_division_closing_a_notes_bracket_places_it_beside_a_foreign_force():
    # BFO6435 (ACLED: Thiou, Yatenga; 7 February 2022; 14 killed)
    ev = _main("On 7 February 2022, overnight French Operation Barkhane forces carried out a combined air-ground operation "
               "involving airstrike and air-landed commandos against Ansaroul Islam (JNIM) militants in the area of Thiou "
               "(Thiou, Yatenga). Ten militants and four civilians were killed in the operation, and weapons and "
               "explosives seized.", "2022-02-07")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Air/drone strike", "Military Forces of France", 14)
    assert (ev.location.country, ev.location.name, ev.date) == ("BF", "Yatenga Province", "2022-02-07")
