"""ACLED event notes of May 2020 (RPanlilio/acled, acled.csv; the event id in each test), read as ACLED coded them:
the coder's "(as reported)" has no speaker; a town written before its own division's name ("Sao Paulo, Sao Paulo") is
the town; a square bracket opens no sentence; a town's kind word NER takes into a person's name ("Ain al Arab city")
stays a place, and GeoNames' "‘Ayn" is the notes' "Ain"; what the OSCE's monitors saw near a village the gazetteer
lacks, or near a namesake far from the line, lies in the Donbas; "between the cities of X and Y" is where a fight
was, not its sides; a brawl at a demonstration is a riot, and guards who "dissolved the demonstration" intervened;
a police officer "of Tochtepec municipality who was off-duty" is a civilian; militants "killed, injured or captured"
were no counted deaths; "July 7 neighbourhood" names a place, not the event's date."""
from sitrep import extract
from sitrep.resolve.gazetteer import km


def _main(text: str, published: str):
    result = extract(text, lang="en", published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def _within(ev, lat: float, lon: float, limit_km: float) -> bool:
    return ev.location is not None and km(ev.location.lat, ev.location.lon, lat, lon) <= limit_km


def test_the_coders_as_reported_has_no_speaker():
    # BRA14437: a protest in Santos (ACLED: Santos, -23.96, -46.33)
    ev = _main("Around 7 May 2020 (as reported), in Santos, Sao Paulo, a group protested demanding the reopening of "
               "the commerce and the beaches who have been closed due to quarantine measures related to the "
               "coronavirus pandemic. [size=no report]", "2020-05-07")
    assert (ev.sub_event_type, ev.location.name, ev.location.geo_precision) == ("Peaceful protest", "Santos", 1)


def test_a_town_written_before_its_own_divisions_name_is_the_town():
    # BRA14438: ACLED places it in Sao Paulo's South Zone (-23.66, -46.70), not at the state's middle
    ev = _main("On 7 May 2020, in the South Zone of Sao Paulo, Sao Paulo, a woman street artist was physically "
               "assaulted and suffered verbal attacks by security guards of the Morumbi station of the Metropolitan "
               "Rail Network (CPTM). One security guard did a sweep kick and slapped in the head when noticed that she "
               "was doing a performance in the train. The guards also said anti-LGBT slurs.", "2020-05-07")
    assert ev.location.name == "São Paulo" and _within(ev, -23.6613, -46.701, 25)


def test_a_square_bracket_opens_no_sentence():
    # YEM52287: Aden's Craiter district; the soldier of the Storm Brigade is coded as the Security Belt forces
    ev = _main("On 7 May 2020, an IED planted by an unidentified armed group in a trash bin near the Central Bank of "
               "Yemen [Hayy al Qati] (Craiter, Aden) reportedly detonated, injuring a soldier of the pro-STC Storm "
               "Brigade (coded as Security Belt forces).", "2020-05-07")
    assert ev.location.name == "Aden" and _within(ev, 12.7764, 45.0411, 25)
    assert ev.actor2.name == "Military Forces of Yemen Security Belt Forces"
    # BFO3712: "Sambonaye [Sambonay] (Dori, Seno)", the divisions after the bracket place it
    ev = _main("On 5 May 2020, unknown gunmen removed a group of construction workers from the car they were "
               "travelling, stripped them of their mobile phones and seized their vehicle near Sambonaye [Sambonay] "
               "(Dori, Seno).", "2020-05-05")
    assert ev.location.country == "BF" and _within(ev, 14.1444, 0.0527, 161)


def test_a_towns_kind_word_keeps_it_a_place():
    # SYR78129: NER reads "Ain al Arab city" as a person; GeoNames writes the town "‘Ayn al ‘Arab" (Kobani)
    ev = _main("On 6 May 2020, Turkish border guards targeted a Russian observation post 8 KM west of Ain al Arab city, "
               "killing a QSD fighter who was assigned to guard the post, with a shot to the neck.", "2020-05-06")
    assert (ev.location.country, ev.location.name) == ("SY", "‘Ayn al ‘Arab")
    assert ev.actor1.name == "Military Forces of Turkey"


def test_what_the_osce_saw_near_a_village_the_gazetteer_lacks_lies_in_the_donbas():
    # UKR37012 (Khutir Stavky, 48.25, 37.94), UKR37013 (Zaporozhets, 47.37, 37.97; "Zaporizke" 300 km away is a
    # namesake) and UKR37015 (Khutir Vilny, 48.68, 38.55)
    for text, lat, lon in (
            ("On 8 May 2020, the OSCE SMM observed a total of 14 shots/bursts of fire involving small arms near Khutir "
             "Stavky.", 48.252, 37.9362),
            ("On 8 May 2020, the OSCE SMM observed a total of 20 bursts of fire involving heavy machineguns near "
             "Zaporozhets.", 47.3746, 37.972),
            ("On 8 May 2020, the OSCE SMM observed a total of 25 projectiles/explosions involving unknown weapons in both "
             "directions of the frontline near Khutir Vilny.", 48.6828, 38.5508)):
        ev = _main(text, "2020-05-08")
        assert (ev.location.name, ev.location.geo_precision) == ("Donbas", 2), text
        assert _within(ev, lat, lon, 161), text
    # a village of the line the gazetteer knows keeps its own point
    ev = _main("On 8 May 2020, the OSCE SMM observed a total of 20 explosions near Avdiivka.", "2020-05-08")
    assert ev.location.name == "Avdiyivka"


def test_between_the_cities_of_two_towns_is_where_not_who():
    # BRA14412: the military police and the armed men were the sides
    ev = _main("On 6 May 2020, between the cities of Sousa and Uirauna, Paraiba, armed men exchanged fire with military "
               "police forces during a chase. Explosives were seized, which, according to the police authorities, "
               "would have been used in bank explosions. No fatalities.", "2020-05-06")
    assert ev.sub_event_type == "Armed clash"
    assert {ev.actor1.name, ev.actor2.name} == {"Military Forces of Brazil Military Police",
                                                "Unidentified Armed Group (Brazil)"}


def test_a_brawl_at_a_demonstration_is_a_riot():
    # GEO1860
    ev = _main("On 8 May 2020, a demosntration was organized in Batumi by a group of people who demanded the release of "
               "two individuals arrested for hooliganism a day before. There was a brawl between the demonstrators and "
               "the police. Four people were arrested after the brawl and charged with violating the emergency measures "
               "set due to coronavirus lockdown. [size=no report]", "2020-05-08")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Violent demonstration", "Rioters (Georgia)", "Police Forces of Georgia")


def test_guards_who_dissolved_the_demonstration_intervened():
    # VEN4248 (ACLED: Violent demonstration, for the burned mattresses of the sentence before; sitrep reads the
    # guards' intervention, and the prison guards as the other side)
    ev = _main("On 6 May 2020, in San Carlos, Cojedes state, prisoners burned mattresses and personal belongings inside "
               "the Preventive Detention Centre, to demand visits from relatives and protection due to the coronavirus "
               "outbreak. Prison guards dissolved the demonstration. Some witnesses informed that they heard "
               "detonations. No injuries reported. At least 300 prisoners were inside although it is unknown the number "
               "of prisoners that engaged in the demonstration. [size=no report]", "2020-05-06")
    assert (ev.event_type, ev.actor2.name) == ("Protests", "Police Forces of Venezuela Prison Guards")
    assert ev.sub_event_type != "Peaceful protest"


def test_an_officer_of_a_municipality_who_was_off_duty_is_a_civilian():
    # MEX17929
    ev = _main("On 7 May 2020, in Ayotatempan, Puebla, armed men driving a vehicle carried out a drive-by shooting "
               "against a police officer of Tochtepec municipality who was off-duty. The officer died. 1 fatality.",
               "2020-05-07")
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == ("Attack", "Civilians (Mexico)", 1)


def test_militants_killed_injured_or_captured_are_no_death_toll():
    # TUR11712: ACLED codes 0 fatalities, the three being killed, injured or captured; sitrep keeps the words as the
    # casualties told and invents no death toll
    ev = _main("Around 6 May 2020, 3 PKK militants were killed, injured or captured during the security operations "
               "carried out by the Gendarmerie forces in Ovacik district of Tunceli.", "2020-05-06")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Armed clash", "Military Forces of Turkey Gendarmerie", "PKK: Kurdistan Workers Party")
    assert ev.fatalities is None and ev.casualties_text.text == "were killed, injured or captured"
    # "killed and 2 captured" still counts the dead
    ev = _main("On 6 May 2020, 4 PKK militants were killed and 2 captured in Hakkari.", "2020-05-06")
    assert ev.fatalities == 4


def test_a_neighbourhood_named_after_a_date_dates_nothing():
    # YEM52190: Hodeidah's "July 7" neighbourhood
    ev = _main("On 4 May 2020, anti-Houthi National Resistance and Saudi-led coalition forces reportedly fired heavy and "
               "medium machine guns at Ad Dubyani area of July 7 neighbourhood in the northeast of Hodeidah Red Sea port "
               "city (Al Hali, Al Hudaydah) with no report of fatalities nor injuries.", "2020-05-04")
    assert (ev.date, ev.actor1.name, ev.location.admin1) == ("2020-05-04", "National Resistance Forces", "Al Hudaydah")
