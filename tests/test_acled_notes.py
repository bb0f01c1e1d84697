"""Event descriptions written the way ACLED's own notes are ("On 4 May 2023, the RSF clashed with the SAF
in Khartoum (Khartoum)."), and wire sentences of the same shapes: the sides of a clash, the order of the
sides of a protest, vague tolls coded by ACLED's convention, and "Town (Division)" places.

Texts are short reports of the kinds ACLED codes (Sudan 2023, Gaza 2023, Nigeria 2021, Mali, Niger,
Kenya), written for these tests in the wording of the wires and of ACLED's notes."""
from __future__ import annotations

import pytest

from sitrep import Document

pytestmark = pytest.mark.slow


def _events(pipeline, text, lang="en", published="2023-05-05"):
    result = pipeline.process(Document(id="t", text=text, lang=lang, published=published))
    assert result.events, "no event found"
    return result.events


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 4 May 2023, the RSF clashed with the SAF in Khartoum.", "en",
     "Rapid Support Forces", "Military Forces of Sudan"),
    ("Fierce clashes broke out on Thursday between the Rapid Support Forces and the Sudanese army in Omdurman.", "en",
     "Rapid Support Forces", "Military Forces of Sudan"),
    ("On 4 May 2023, Hamas fighters and Israeli military forces clashed near Sderot.", "en",
     "Hamas Movement", "Military Forces of Israel"),
    ("De violents affrontements ont opposé jeudi les Forces de soutien rapide à l'armée soudanaise à Khartoum.", "fr",
     "Rapid Support Forces", "Military Forces of Sudan"),
    ("Des combats ont opposé l'armée malienne aux jihadistes du JNIM près de Tombouctou jeudi.", "fr",
     "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims"),
    ("L'armée nigérienne s'est affrontée avec des hommes armés jeudi près de Tillabéri.", "fr",
     "Military Forces of Niger", "Unidentified Armed Group (Niger)"),
])
def test_both_sides_of_a_clash_are_its_actors(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang)[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.modality == "asserted"  # "On 4 May 2023": the month is not the modal "may"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)
    assert text[ev.actor2.start:ev.actor2.end] == ev.actor2.text
    assert all(a.name not in (actor1, actor2) for a in ev.assoc_actor1 + ev.assoc_actor2)


def test_allies_named_together_stay_associated_outside_a_clash(pipeline):
    ev = _events(pipeline, "The United States and France struck Islamic State positions in Raqqa on Thursday.")[0]
    assert ev.actor1.name == "Military Forces of the United States"
    assert [a.name for a in ev.assoc_actor1] == ["Military Forces of France"]


def test_a_toll_told_alone_after_a_clash_is_the_clash_toll(pipeline):
    events = _events(pipeline, "On 4 May 2023, Hamas fighters and Israeli military forces clashed near Sderot. "
                               "Dozens were killed.")
    assert len(events) == 1
    ev = events[0]
    assert ev.sub_event_type == "Armed clash"
    # ACLED codes "dozens" as 12; the value is flagged as coded, and its words are the evidence.
    assert (ev.fatalities, ev.fatalities_estimated, ev.fatalities_text.text) == (12, True, "Dozens were killed")
    assert "ACLED's convention" in ev.notes


def test_a_killing_with_its_own_author_and_victims_stays_its_own_event(pipeline):
    events = _events(pipeline, "Soldiers clashed with militants near Gao on Thursday. "
                               "Gunmen also killed five villagers in a nearby village.")
    assert [e.sub_event_type for e in events] == ["Armed clash", "Attack"]
    assert events[1].actor2.name == "Civilians (Mali)" and events[1].fatalities == 5


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Des dizaines de civils ont été tués dans des frappes aériennes sur Idleb lundi.", "fr", 10),
    ("قتل العشرات في غارة جوية على إدلب.", "ar", 10),
])
def test_tens_and_dozens_are_coded_as_acled_codes_them(pipeline, text, lang, value):
    ev = _events(pipeline, text, lang)[0]
    assert (ev.fatalities, ev.fatalities_estimated) == (value, True)


def test_several_killed_leaves_the_count_to_the_coder(pipeline):
    ev = _events(pipeline, "Several people were killed in an attack on a village in Borno on Monday.")[0]
    assert ev.fatalities is None and not ev.fatalities_estimated
    assert ev.casualties_text.text == "Several people were killed"


def test_an_exact_toll_beats_a_coded_one(pipeline):
    ev = _events(pipeline, "Dozens were killed when gunmen attacked a market in Maiduguri on Monday. "
                           "Police said 23 people were killed in the attack.")[0]
    assert (ev.fatalities, ev.fatalities_estimated) == (23, False)


# ACLED names the protesters first and the force second in every protest the force met: its rows KEN (2017), ETH
# (2020), SUD18362 (2022) and YEM100315 (2025) code "Excessive force against protesters" so, as they code "Protest with
# intervention" (one older Djibouti row of five names the police first)
@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("Police fired tear gas to disperse hundreds of protesters in Nairobi on Monday.",
     "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya"),
    ("Police shot dead three protesters in Nairobi on Monday.",
     "Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya"),
    ("Soldiers attacked the protesters with batons in Khartoum on Thursday.",
     "Excessive force against protesters", "Protesters (Sudan)", "Military Forces of Sudan"),
])
def test_protest_sides_follow_acled_order(pipeline, text, sub, actor1, actor2):
    ev = _events(pipeline, text)[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("On 2 May 2021, rioters set fire to a police station in Jos (Plateau).", "Jos", "Plateau"),
    ("On 1 November 2022, an IED exploded near a military patrol in Gwoza (Borno). 3 soldiers were killed.",
     "Gwoza", "Borno"),
])
def test_a_town_followed_by_its_divisions_is_the_place(pipeline, text, place, admin1):
    ev = _events(pipeline, text, published="2022-11-02")[0]
    assert (ev.location.name, ev.location.admin1, ev.location.country) == (place, admin1, "NG")
    assert ev.location.geo_precision == 1


def test_violent_clashes_are_not_rape(pipeline):
    # Folded "violé*" used to match "violents".
    ev = _events(pipeline, "De violents affrontements ont opposé jeudi l'armée aux rebelles à Bangui.", "fr")[0]
    assert ev.sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "lang", "actor1", "words"), [
    ("On 19 July 2023, members of the Fulani ethnic militia attacked Mangu village (Mangu, Plateau), "
     "killing 12 villagers.", "en", "Fulani Ethnic Militia (Nigeria)", "Fulani ethnic militia"),
    ("Fulani gunmen killed 12 villagers in Mangu, Plateau state, on Wednesday.", "en",
     "Fulani Ethnic Militia (Nigeria)", "Fulani gunmen"),
    ("Des miliciens peuls ont tué douze villageois mercredi près de Bankass, dans le centre du Mali.", "fr",
     "Fulani Ethnic Militia (Mali)", "miliciens peuls"),
])
def test_armed_men_named_for_their_ethnic_group_are_an_identity_militia(pipeline, text, lang, actor1, words):
    ev = _events(pipeline, text, lang, "2023-07-20")[0]
    assert (ev.actor1.name, ev.actor1.text) == (actor1, words)
    assert ev.actor2.name.startswith("Civilians")


def test_an_ethnic_militia_without_its_group_stays_unidentified(pipeline):
    ev = _events(pipeline, "On 19 July 2023, an ethnic militia attacked Mangu village (Mangu, Plateau), "
                           "killing 12 villagers.", published="2023-07-20")[0]
    assert ev.actor1.name == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("On 30 November 2021, the Tigray Defense Forces (TDF) took control of Lalibela town from the Ethiopian army.",
     "Non-state actor overtakes territory", "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia"),
    ("On 30 November 2021, the Ethiopian army recaptured Lalibela town from the TPLF.",
     "Government regains territory", "Military Forces of Ethiopia", "TPLF: Tigray People's Liberation Front"),
])
def test_who_takes_the_ground_decides_the_territory_type(pipeline, text, sub, actor1, actor2):
    result = pipeline.process(Document(id="t", text=text, lang="en", published="2021-12-01"))
    ev = result.events[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)
    assert result.primary == sub


def test_a_settlement_noun_after_a_name_makes_it_a_place(pipeline):
    ev = _events(pipeline, "On 30 November 2021, the Ethiopian army recaptured Lalibela town from the TPLF.",
                 published="2021-12-01")[0]
    assert (ev.location.name, ev.location.country, ev.location.geo_precision) == ("Lalibela", "ET", 1)


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("Al Shabaab fighters fired mortars at the AMISOM base in Balcad on Saturday.", "en",
     "Al Shabaab", "AMISOM: African Union Mission in Somalia"),
    ("On 9 January 2024, Hezbollah launched an anti-tank missile at an Israeli military position near Metula.", "en",
     "Hezbollah", "Military Forces of Israel"),
    ("Des jihadistes ont tiré plusieurs roquettes sur le camp de la Minusma à Kidal samedi.", "fr",
     "Unidentified Armed Group (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
])
def test_firing_projectiles_at_a_target_is_shelling(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, "2024-01-10")[0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


def test_a_missile_test_is_not_an_attack(pipeline):
    result = pipeline.process(Document(id="t", text="North Korea launched a missile test on Monday, officials said.",
                                       lang="en", published="2024-01-10"))
    assert not [e for e in result.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # the toll in the next sentence, nobody named in it
    ("On 7 May 2022, Al Shabaab fired several mortar rounds at the AMISOM base in Balcad. "
     "No casualties were reported.", 0, 0),
    # wounded counted, nobody said killed: ACLED's 0
    ("On 8 May 2022, a roadside bomb targeted a Somali military vehicle near Afgooye. 2 soldiers were injured.", 0, 2),
    # an exact death toll is never replaced by that 0
    ("A bomb exploded in a market in Maiduguri on Monday, injuring 12 people. Three people were killed, police said.",
     3, 12),
])
def test_no_deaths_reported_is_coded_zero(pipeline, text, fatalities, injuries):
    ev = _events(pipeline, text, published="2022-05-10")[0]
    assert (ev.fatalities, ev.injuries) == (fatalities, injuries)
    assert ev.fatalities_text is not None and text[ev.fatalities_text.start:ev.fatalities_text.end] == ev.fatalities_text.text


@pytest.mark.parametrize(("text", "lang", "sub", "actor1"), [
    ("On 18 September 2021, around 200 people protested in Lagos city (Lagos) against police brutality. "
     "The protest was peaceful.", "en", "Peaceful protest", "Protesters (Nigeria)"),
    ("On 14 March 2021, hundreds of people demonstrated in Mandalay against the military coup.", "en",
     "Peaceful protest", "Protesters (Myanmar)"),
    ("Des centaines de personnes ont manifesté samedi à Paris contre les violences policières.", "fr",
     "Peaceful protest", "Protesters (France)"),
    ("Residents blocked roads and burned tyres in Kano on Monday to protest against power cuts.", "en",
     "Violent demonstration", "Rioters (Nigeria)"),
])
def test_what_a_crowd_protests_against_is_not_done_to_it(pipeline, text, lang, sub, actor1):
    # "against police brutality": the grievance names the police, who did nothing to this crowd.
    ev = _events(pipeline, text, lang, "2021-03-15")[0]
    assert (ev.sub_event_type, ev.actor1.name) == (sub, actor1)
    if sub == "Peaceful protest":
        assert ev.actor2 is None


def test_intervention_words_outside_the_grievance_still_count(pipeline):
    ev = _events(pipeline, "Police fired tear gas at protesters demonstrating against fuel prices in Nairobi on Monday.")[0]
    assert (ev.sub_event_type, ev.actor2.name) == ("Protest with intervention", "Police Forces of Kenya")


def test_an_attack_on_a_displacement_camp_is_violence_against_civilians(pipeline):
    text = "On 9 February 2023, CODECO militiamen attacked a displacement camp in Djugu territory (Ituri), killing 7 IDPs."
    result = pipeline.process(Document(id="t", text=text, lang="en", published="2023-02-10"))
    ev = result.events[0]
    assert (result.primary, ev.sub_event_type, ev.fatalities) == ("Attack", "Attack", 7)
    assert ev.actor2.name == "Civilians (Democratic Republic of Congo)"


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 3 March 2024, the Government of Sudan and the RSF signed a ceasefire agreement in Jeddah.", "en",
     "Government of Sudan", "Rapid Support Forces"),
    ("On 3 March 2024, a ceasefire agreement was signed between the Government of Sudan and the RSF in Jeddah.", "en",
     "Government of Sudan", "Rapid Support Forces"),
    ("Le gouvernement malien a signé jeudi un accord de paix avec les rebelles de la CMA à Alger.", "fr",
     "Government of Mali", "CMA: Coordination of Azawad Movements"),
])
def test_the_parties_to_an_agreement_are_its_actors(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, "2024-03-04")[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Agreement", actor1, actor2)


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("Interception: On 3 March 2024, Ukrainian forces shot down 5 Russian Shahed drones over Odesa oblast.", "en",
     "Military Forces of Ukraine", "Military Forces of Russia"),
    ("La défense antiaérienne ukrainienne a abattu dix drones russes dans la nuit au-dessus de Kiev.", "fr",
     "Military Forces of Ukraine", "Military Forces of Russia"),
])
def test_whose_weapon_was_shot_down_is_actor2(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, "2024-03-04")[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == ("Disrupted weapons use", actor1, actor2)


def test_the_divisions_after_a_town_do_not_displace_it(pipeline):
    # "Dnipropetrovsk" is also Dnipro's old name: in the parenthesis it is the oblast, and the toll in the
    # next sentence belongs to the shelling of Nikopol.
    events = _events(pipeline, "On 3 March 2024, Russian forces shelled Nikopol (Nikopol, Dnipropetrovsk). "
                               "1 civilian was killed and 3 injured.", published="2024-03-04")
    assert len(events) == 1
    ev = events[0]
    assert (ev.location.name, ev.fatalities, ev.injuries, ev.actor2.name) == ("Nikopol", 1, 3, "Civilians (Ukraine)")


def test_the_other_side_s_dead_told_after_an_ambush_are_its_toll(pipeline):
    events = _events(pipeline, "On 2 March 2024, ISWAP militants ambushed a military convoy near Monguno (Monguno, Borno), "
                               "killing 6 soldiers. Several militants were also killed.", published="2024-03-04")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert (events[0].actor1.name, events[0].fatalities) == ("Islamic State (West Africa)", 6)


@pytest.mark.parametrize(("text", "lang", "actor1", "words"), [
    ("On 1 November 2022, an IED planted by suspected ISWAP militants exploded near a military patrol in Gwoza "
     "(Borno). 3 soldiers were killed.", "en", "Islamic State (West Africa)", "ISWAP militants"),
    ("A bomb planted by Al Shabaab militants killed five people in Mogadishu on Monday.", "en",
     "Al Shabaab", "Al Shabaab militants"),
    ("Un engin explosif posé par des jihadistes de l'EIGS a tué trois soldats près de Ménaka.", "fr",
     "Islamic State (Sahel)", "jihadistes de l'EIGS"),  # ACLED's name for ISGS since 2022
])
def test_who_planted_the_bomb_is_its_author(pipeline, text, lang, actor1, words):
    ev = _events(pipeline, text, lang, "2022-11-02")[0]
    assert ev.event_type == "Explosions/Remote violence"
    assert (ev.actor1.name, ev.actor1.text) == (actor1, words)


@pytest.mark.parametrize(("text", "actor2"), [
    ("On 3 March 2024, Israeli forces demolished a Palestinian house in Silwan (East Jerusalem).", "Civilians (Palestine)"),
    ("Rioters torched a police station in Kano on Monday.", "Police Forces of Nigeria"),
])
def test_the_owners_of_destroyed_property_are_actor2(pipeline, text, actor2):
    ev = _events(pipeline, text, published="2024-03-04")[0]
    assert ev.actor2 is not None and ev.actor2.name == actor2


def test_the_forces_inside_a_strike_s_noun_phrase_carried_it_out(pipeline):
    ev = _events(pipeline, "Une frappe de drone de l'armée malienne a tué plusieurs civils dimanche à Amasrakad, "
                           "dans la région de Gao.", "fr", "2024-03-04")[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (
        "Air/drone strike", "Military Forces of Mali", "Civilians (Mali)")
    # the army whose base was hit is the target, not the author
    ev = _events(pipeline, "Une frappe de drone a touché la base de l'armée malienne à Gao dimanche.", "fr", "2024-03-04")[0]
    assert ev.actor2.name == "Military Forces of Mali" and (ev.actor1 is None or ev.actor1.name != "Military Forces of Mali")


def test_arabic_clash_between_two_sides(pipeline):
    ev = _events(pipeline, "اشتباكات بين قوات الدعم السريع والجيش السوداني في الخرطوم أسفرت عن مقتل العشرات.",
                 "ar", "2024-03-04")[0]
    assert (ev.actor1.name, ev.actor2.name) == ("Rapid Support Forces", "Military Forces of Sudan")
    assert (ev.fatalities, ev.fatalities_estimated) == (10, True)  # "العشرات", tens: ACLED's 10


def test_a_side_named_generically_takes_the_group_the_sentence_names(pipeline):
    ev = _events(pipeline, "Troops repelled an attack by Boko Haram insurgents on a military base in Borno state, "
                           "killing 15 insurgents.", published="2024-03-04")[0]
    # (the attacker the repelled attack names is actor1, the troops who repelled it actor2)
    assert (ev.actor1.name, ev.actor2.name, ev.fatalities) == (
        "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Military Forces of Nigeria", 15)


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Around 1 February 2024 (month of), Houthi forces fired a missile at a vessel off Al Hudaydah.", "2024-02-01", 3),
    ("Around 12 March 2023 (week of), unidentified gunmen killed two civilians in Kidal.", "2023-03-12", 2),
    # the day-month in the parenthesis takes the year of the date it qualifies, not the publication's
    ("On 5 March 2023 (between 3 and 5 March), unidentified gunmen killed two civilians in Kidal.", "2023-03-05", 1),
])
def test_acled_date_qualifiers(pipeline, text, date, precision):
    ev = _events(pipeline, text, published="2024-03-20")[0]
    assert (ev.date, ev.time_precision) == (date, precision)


def test_a_named_group_cut_short_by_the_parse_keeps_its_name(pipeline):
    # "chasseurs" alone reads as the army (fighter jets); "chasseurs dozos" is a named militia.
    ev = _events(pipeline, "Des chasseurs dozos ont attaqué un village peul mercredi près de Bankass, tuant douze civils.",
                 "fr", "2023-07-20")[0]
    assert (ev.actor1.name, ev.actor1.text) == ("Dan Na Ambassagou", "chasseurs dozos")


def test_an_unknown_town_s_district_is_coded_as_its_area(pipeline):
    # Bulo Marer is not in the gazetteer; Marka, the district ACLED names after it, is the area (precision 2).
    ev = _events(pipeline, "On 3 March 2023, Al Shabaab militants attacked a military base in Bulo Marer "
                           "(Marka, Lower Shabelle).", published="2023-03-05")[0]
    assert (ev.location.name, ev.location.geo_precision, ev.location.country) == ("Marka", 2, "SO")


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 6 November 2023, a Russian missile struck a residential building in Kharkiv (Kharkiv), killing 3 civilians.",
     "en", "Military Forces of Russia", "Civilians (Ukraine)"),
    ("Le 6 novembre 2023, un missile russe a frappé un immeuble résidentiel à Kharkiv, tuant trois civils.",
     "fr", "Military Forces of Russia", "Civilians (Ukraine)"),
    ("قتل ثلاثة مدنيين جراء سقوط صاروخ روسي على مبنى سكني في خاركيف.",
     "ar", "Military Forces of Russia", "Civilians (Ukraine)"),
])
def test_a_projectile_that_struck_is_shelling_by_its_owner(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, published="2023-11-06")[0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)
    assert ev.location.country == "UA" and ev.fatalities == 3


@pytest.mark.parametrize(("text", "lang"), [
    ("On 8 August 2023, a mob lynched a man accused of theft in Port-au-Prince (Ouest). 1 fatality.", "en"),
    ("Le 8 août 2023, une foule a lynché un homme accusé de vol à Port-au-Prince. Une personne a été tuée.", "fr"),
])
def test_a_toll_told_after_mob_violence_is_its_toll(pipeline, text, lang):
    events = _events(pipeline, text, lang, published="2023-08-08")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert (events[0].actor1.name, events[0].actor2.name, events[0].fatalities) == \
        ("Rioters (Haiti)", "Civilians (Haiti)", 1)


@pytest.mark.parametrize(("text", "lang", "sub"), [
    ("On 15 May 2023, rioters set fire to a police station in Dhaka (Dhaka) after a student died in a road accident.",
     "en", "Violent demonstration"),
    ("Le 15 mai 2023, des émeutiers ont incendié un commissariat à Conakry après la mort d'un jeune manifestant.",
     "fr", "Violent demonstration"),
    ("Protesters marched in Lagos on Monday against the killing of three students.", "en", "Peaceful protest"),
    ("Hundreds of people protested in Kinshasa on Monday after gunmen attacked a village, killing 12 civilians.",
     "en", "Peaceful protest"),
])
def test_the_deaths_a_crowd_reacts_to_are_not_its_toll(pipeline, text, lang, sub):
    ev = _events(pipeline, text, lang, published="2023-05-15")[0]
    assert ev.sub_event_type == sub
    # nobody is reported dead in the crowd's own event: ACLED's coded 0, not the deaths it reacts to
    assert (ev.fatalities, ev.fatalities_estimated) == (0, True)
    assert ev.fatalities_text.text == ev.trigger.text


def test_a_death_at_the_protest_itself_still_counts(pipeline):
    ev = _events(pipeline, "Protesters gathered in Lagos on Monday, after which police opened fire, killing 2.")[0]
    assert (ev.sub_event_type, ev.fatalities) == ("Excessive force against protesters", 2)


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 3 June 2023, police arrested 14 members of the Indigenous People of Biafra (IPOB) in Owerri (Imo).", "en",
     "Police Forces of Nigeria", "IPOB: Indigenous People of Biafra"),
    ("اعتقلت الشرطة العراقية 14 عنصرا من تنظيم داعش في الموصل يوم 3 يونيو 2023.", "ar",
     "Police Forces of Iraq", "Islamic State (Iraq)"),
])
def test_the_group_of_the_arrested_members_is_actor2(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, published="2023-06-03")[0]
    assert ev.sub_event_type == "Arrests"
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 27 July 2023, military forces took control of the town of Kidal (Kidal) after MNLA fighters withdrew "
     "without a fight.", "en", "Military Forces of Mali", "MNLA: National Movement for the Liberation of Azawad"),
    ("On 27 July 2023, the Malian army entered Kidal without resistance.", "en", "Military Forces of Mali", None),
    ("Le 27 juillet 2023, l'armée malienne est entrée dans Kidal sans combat.", "fr", "Military Forces of Mali", None),
])
def test_who_takes_ground_without_a_fight_is_actor1(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, published="2023-07-27")[0]
    assert ev.sub_event_type == "Non-violent transfer of territory"
    assert ev.actor1.name == actor1
    assert (ev.actor2.name if ev.actor2 else None) == actor2


@pytest.mark.parametrize(("text", "lang", "actor1", "actor2"), [
    ("On 25 May 2023, Houthi forces shelled government positions in Taiz (Taiz), killing 2 soldiers.", "en",
     "Military Forces of Yemen Houthi", "Military Forces of Yemen"),
    ("Le 25 mai 2023, les forces gouvernementales ont bombardé des positions houthies à Taïz, tuant deux combattants.",
     "fr", "Military Forces of Yemen", "Military Forces of Yemen Houthi"),
    ("Le 11 janvier 2023, les rebelles du M23 se sont affrontés aux miliciens Wazalendo à Kitshanga (Nord-Kivu).",
     "fr", "M23: March 23 Movement", "Wazalendo"),
    ("انفجرت عبوة ناسفة بدورية للجيش المصري في العريش، ما أدى إلى مقتل جنديين.", "ar",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
    ("أقدم مستوطنون إسرائيليون على إحراق منازل فلسطينيين في بلدة حوارة قرب نابلس.", "ar",
     "Settlers (Israel)", "Civilians (Palestine)"),
])
def test_whose_positions_patrol_or_houses_were_hit_is_actor2(pipeline, text, lang, actor1, actor2):
    ev = _events(pipeline, text, lang, published="2023-05-25")[0]
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


def test_a_mine_that_exploded_under_a_vehicle_is_a_landmine_event(pipeline):
    ev = _events(pipeline, "Le 1er juillet 2023, une mine a explosé au passage d'un véhicule transportant des civils "
                           "près de Ménaka, faisant cinq morts.", "fr", published="2023-07-01")[0]
    assert (ev.sub_event_type, ev.actor2.name, ev.fatalities) == \
        ("Remote explosive/landmine/IED", "Civilians (Mali)", 5)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("On 4 October 2023, JNIM militants set up a base near Boni (Mopti).", "ML", "Mopti"),
    ("On 3 March 2023, the Tatmadaw burned 40 houses in Kyauk Kar village (Kani, Sagaing).", "MM", "Sagaing"),
    ("On 2 September 2023, Al Shabaab militants looted livestock from villagers in Bulo Burde (Hiraan).", "SO",
     "Hiraan"),
])
def test_a_town_the_gazetteer_lacks_is_placed_by_its_divisions_not_by_a_namesake(pipeline, text, country, admin1):
    # Boni is not Bonn, Kani (Sagaing) not the Japanese Kani, Bulo Burde not the Philippine Bulu.
    ev = _events(pipeline, text, published="2023-10-04")[0]
    assert (ev.location.country, ev.location.admin1) == (country, admin1)


def test_an_unplaced_event_takes_the_home_of_its_armed_group(pipeline):
    ev = _events(pipeline, "On 2 September 2023, Al Shabaab militants looted livestock from villagers in Bulo Burde.",
                 published="2023-09-02")[0]
    assert ev.location is None
    assert (ev.actor1.name, ev.actor2.name) == ("Al Shabaab", "Civilians (Somalia)")


def test_violence_against_civilians_names_unlisted_victims_civilians(pipeline):
    ev = _events(pipeline, "On 3 May 2023, gunmen abducted a suspected thief in Kano (Kano).")[0]
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor2.name == "Civilians (Nigeria)"


@pytest.mark.parametrize(("text", "lang"), [
    ("On 2 June 2023, Israeli forces fired tear gas at Palestinian protesters in Nabi Saleh (Ramallah).", "en"),
    ("أطلقت قوات الاحتلال الإسرائيلي الغاز المسيل للدموع على متظاهرين فلسطينيين في قرية النبي صالح.", "ar"),
])
def test_the_nationality_of_a_crowd_is_not_a_force_facing_it(pipeline, text, lang):
    ev = _events(pipeline, text, lang, published="2023-06-02")[0]
    assert ev.sub_event_type == "Protest with intervention"
    assert (ev.actor1.name, ev.actor2.name) == ("Protesters (Palestine)", "Military Forces of Israel")


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2", "fatalities"), [
    ("On 3 February 2023, a woman was raped by unidentified men in Bunia (Ituri).", "Sexual violence",
     "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", None),
    ("On 17 September 2023, IS Sahel militants attacked the village of Tin Hama (Gao), killing 8 civilians.", "Attack",
     "Islamic State (Sahel)", "Civilians (Mali)", 8),
    ("On 12 December 2023, members of the Imbonerakure beat a man to death in Kirundo (Kirundo).", "Attack",
     "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
     "Civilians (Burundi)", None),
    # (gangs nobody named are ACLED's "Unidentified Gang (X)")
    ("On 7 April 2023, two rival gangs clashed in Cite Soleil (Ouest), killing 6 people.", "Armed clash",
     "Unidentified Gang (Haiti)", None, 6),
])
def test_more_acled_note_shapes(pipeline, text, sub, actor1, actor2, fatalities):
    ev = _events(pipeline, text, published="2023-12-12")[0]
    assert (ev.sub_event_type, ev.actor1.name) == (sub, actor1)
    assert (ev.actor2.name if ev.actor2 else None) == actor2  # a battle's dead are its toll, not a side
    if fatalities is not None:
        assert ev.fatalities == fatalities


def test_weapons_taken_by_those_who_overran_a_base_are_spoils(pipeline):
    ev = _events(pipeline, "On 30 August 2023, ISWAP fighters overran a military base in Marte (Borno) and seized "
                           "weapons.", published="2023-08-30")[0]
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1.name == "Islamic State (West Africa)"


# (before they were the state, the people the Taliban detained in a city they did not hold were abducted, not
# arrested: ACLED codebook 2023 §Arrests, by state forces or actors with de facto control of the territory)
@pytest.mark.parametrize(("published", "actor1", "kind", "sub"), [
    ("2023-05-20", "Military Forces of Afghanistan (2021-)", "state_military", "Arrests"),
    ("2020-05-20", "Taliban", "islamist", "Abduction/forced disappearance"),
])
def test_the_taliban_are_the_state_since_august_2021(pipeline, published, actor1, kind, sub):
    ev = _events(pipeline, "Taliban forces arrested two journalists in Kabul on Wednesday.", published=published)[0]
    assert ev.sub_event_type == sub
    assert (ev.actor1.name, ev.actor1.kind) == (actor1, kind)
    assert ev.actor1.text == "Taliban"  # the words of the text stay as written


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("قتل خمسة جنود من الجيش النيجيري في هجوم شنه مسلحون من بوكو حرام على قاعدة عسكرية في ولاية بورنو.",
     "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Military Forces of Nigeria"),
    ("استهدفت طائرة مسيرة أمريكية سيارة تقل عناصر من تنظيم القاعدة في محافظة مأرب، ما أدى إلى مقتل ثلاثة منهم.",
     "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("قصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية في ريف منبج.",
     "Military Forces of Turkey", "QSD: Syrian Democratic Forces"),
])
def test_arabic_authors_after_the_verb_and_targets_after_the_author(pipeline, text, actor1, actor2):
    ev = _events(pipeline, text, "ar", published="2023-05-05")[0]
    assert (ev.actor1.name, ev.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "sub"), [
    ("On 21 April 2023, around 300 teachers staged a protest in front of the Ministry of Education in Rabat.",
     "Peaceful protest"),
    ("On 3 June 2023, police arrested 14 members of the Indigenous People of Biafra (IPOB) in Owerri (Imo).",
     "Arrests"),
])
def test_a_type_defined_without_deaths_is_coded_zero(pipeline, text, sub):
    ev = _events(pipeline, text, published="2023-06-03")[0]
    assert ev.sub_event_type == sub
    # the codebook's definition, flagged as coded, on the event word: not a figure the report gave
    assert (ev.fatalities, ev.fatalities_estimated) == (0, True)
    assert text[ev.fatalities_text.start:ev.fatalities_text.end] == ev.trigger.text


def test_a_violent_event_nobody_reports_dead_in_is_coded_0_and_flagged(pipeline):
    # ACLED's fatality column has no "unknown": a toll nobody reported is 0. It is flagged as coded and
    # its evidence is the event word, at the low confidence of an absence.
    text = "On 8 March 2023, Syrian regime forces shelled the outskirts of Kansafra (Idleb)."
    ev = _events(pipeline, text, published="2023-03-08")[0]
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.fatalities, ev.fatalities_estimated) == (0, True)
    assert text[ev.fatalities_text.start:ev.fatalities_text.end] == ev.trigger.text
    assert ev.fatalities_text.confidence <= 0.2
    assert ev.notes.endswith("No deaths reported.")


@pytest.mark.parametrize("text", [
    "On 8 March 2023, Syrian regime forces shelled Kansafra (Idleb). Several people were killed.",
    "On 8 March 2023, Syrian regime forces shelled Kansafra (Idleb), causing casualties.",
])
def test_a_toll_told_without_a_figure_stays_null(pipeline, text):
    ev = _events(pipeline, text, published="2023-03-08")[0]
    assert ev.fatalities is None and not ev.fatalities_estimated
    assert ev.casualties_text is not None


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "actor2"), [
    ("Le 3 février 2023, un véhicule de la Minusma a sauté sur un engin explosif improvisé près de Tessalit (Kidal), "
     "blessant quatre Casques bleus.", "fr", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("On 3 February 2023, a military patrol vehicle struck a landmine near Tessalit (Kidal), killing two soldiers.",
     "en", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Le 25 juin 2023, des volontaires pour la défense de la patrie (VDP) ont été tués lors d'une attaque jihadiste "
     "à Djibo.", "fr", "Armed clash", "Unidentified Armed Group (Burkina Faso)",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Le 8 mars 2023, des terroristes ont incendié l'école et le centre de santé de la commune de Tibga (Est).", "fr",
     "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"),
])
def test_who_hit_a_mine_who_was_attacked_and_who_set_fire(pipeline, text, lang, sub, actor1, actor2):
    # the vehicle that drove onto the device carried its victims; an attack on a militia is a battle; a fire
    # an armed group set is destruction, not a disaster
    ev = _events(pipeline, text, lang, published="2023-06-25")[0]
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2.name) == (sub, actor1, actor2)


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), [
    ("بيان: مجاهدو المقاومة الإسلامية في العراق يستهدفون قاعدة حرير في أربيل بصاروخين.",
     "Shelling/artillery/missile attack", "Islamic Resistance in Iraq", None),
    ("استشهد ثلاثة فلسطينيين برصاص قوات الاحتلال خلال اقتحامها مخيم جنين فجر اليوم.",
     None, "Military Forces of Israel", None),
    ("تمكنت قواتنا المسلحة من إسقاط طائرة أمريكية من نوع MQ9 في أجواء محافظة الجوف.",
     "Disrupted weapons use", None, "Military Forces of the United States"),
    ("أعلن الجيش الإسرائيلي مقتل جندي وإصابة اثنين آخرين في اشتباكات مع مسلحين في قطاع غزة.",
     "Armed clash", "Military Forces of Israel", "Unidentified Armed Group (Palestine)"),
    ("نفذت خلية تابعة لتنظيم الدولة هجوما على نقطة للجيش السوري في بادية حمص، ما أدى إلى مقتل أربعة عناصر.",
     "Armed clash", "Islamic State in Iraq and the Levant (ISIL)", "Military Forces of Syria"),  # (Nov 2023: ACLED's later name)
])
def test_arabic_channel_posts(pipeline, text, sub, actor1, actor2):
    # "برصاص X": X fired; "اشتباكات مع X": X is the other side, not the soldier the toll names; "خلية تابعة
    # لتنظيم الدولة": a cell belonging to IS, its author; "إسقاط طائرة أمريكية": whose drone came down
    ev = _events(pipeline, text, "ar", published="2023-11-10")[0]
    if sub is not None:
        assert ev.sub_event_type == sub
    assert (ev.actor1.name if ev.actor1 else None) == actor1
    if actor2 is not None:
        assert ev.actor2.name == actor2


def test_maoists_in_india_are_naxal_maoist_rebels(pipeline):
    # ACLED's 2020 rows: unnamed "Maoists" are "Naxal-Maoist Rebels (India)", the CPI-Maoist by name the party
    ev = _events(pipeline, "On 2 October 2023, suspected Maoists killed a villager in Bijapur (Chhattisgarh).")[0]
    assert ev.actor1.name == "Naxal-Maoist Rebels (India)"
    ev = _events(pipeline, "On 8 May 2020, four Communist Party of India-Maoist (CPI-Maoist) cadres were killed in an "
                           "exchange of fire with police in Bijapur (Chhattisgarh).")[0]
    assert ev.actor2.name == "CPI (Maoist): Communist Party of India (Maoist)"


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "actor2"), [
    ("On 19 March 2023, unidentified gunmen set fire to a polling station in Imo (Imo).", "en",
     "Looting/property destruction", "Unidentified Armed Group (Nigeria)", None),
    ("Des hommes armés ont mis le feu à la mairie de Djibo jeudi.", "fr",
     "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", None),
    ("Protesters set fire to tyres in Lagos on Monday.", "en", "Violent demonstration", "Rioters (Nigeria)", None),
    ("On 9 September 2023, JNIM announced a blockade of Timbuktu (Timbuktu).", "en",
     "Other", "JNIM: Group for Support of Islam and Muslims", None),
    ("On 21 July 2023, a hand grenade was thrown into a bar in Goma (North Kivu), killing 1 and wounding 6.", "en",
     "Grenade", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)"),
])
def test_arson_blockades_and_bars(pipeline, text, lang, sub, actor1, actor2):
    # a fire armed men set is destruction (a crowd's is a riot); an armed group's blockade is no protest; a
    # bar's patrons are civilians; "Imo (Imo)" is the Nigerian state, not Zemio (alias "Imo") in the CAR
    ev = _events(pipeline, text, lang, published="2023-09-09")[0]
    assert (ev.sub_event_type, ev.actor1.name) == (sub, actor1)
    if actor2 is not None:
        assert ev.actor2.name == actor2


def test_injuries_at_a_dispersed_protest_leave_acled_s_zero(pipeline):
    events = _events(pipeline, "On 6 August 2023, police fired tear gas and rubber bullets to disperse protesters in "
                               "Nairobi (Nairobi). Several were injured.", published="2023-08-06")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert (events[0].fatalities, events[0].fatalities_estimated) == (0, True)


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2", "country"), [
    ("Des frappes aériennes des FAMa ont visé un rassemblement de jihadistes près de Tombouctou, faisant une "
     "dizaine de morts.", "Air/drone strike", "Military Forces of Mali", None, "ML"),
    ("Une centaine de femmes ont manifesté à Fada N'Gourma pour réclamer la libération de leurs maris enlevés.",
     "Peaceful protest", "Protesters (Burkina Faso)", None, "BF"),
    ("Des hommes armés non identifiés ont assassiné le maire de la commune de Djibasso (Boucle du Mouhoun) à son "
     "domicile.", "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", "BF"),
    ("Des mercenaires du groupe Wagner et des soldats maliens ont exécuté plusieurs civils à Moura.",
     "Attack", "Wagner Group", "Civilians (Mali)", "ML"),
    # (who repelled the attack was attacked: the unnamed attacker is actor1, as ACLED lists the aggressor first)
    ("Les FDS ont repoussé une attaque terroriste contre le poste de Tanwalbougou (Est).",
     "Armed clash", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", "BF"),
])
def test_sahel_wire_shapes(pipeline, text, sub, actor1, actor2, country):
    # a gathering of jihadists is a target, not a protest; the abduction a crowd protests is not this report's
    # event; "Fada N'Gourma" is one name; Moura (Portugal) is not the Malian Moura the text is about; the
    # unnamed side of a battle is an unidentified armed group
    ev = _events(pipeline, text, "fr", published="2023-05-05")[0]
    assert (ev.sub_event_type, ev.actor1.name) == (sub, actor1)
    if actor2 is not None:
        assert ev.actor2.name == actor2
    assert ev.location.country == country


@pytest.mark.parametrize(("text", "actor1"), [
    # the note's own coding names the actor, whatever its words would be read as
    ("On 2 May 2024, gunmen (coded as Darfur communal militia) attacked herders near Kutum (Kutum, North Darfur). "
     "3 were killed.", "Darfur Communal Militia (Sudan)"),
    # the militia named once by its coding is the one the sentence goes on with
    ("On 2 May 2024, six militants on motorbikes (coded as Darfur communal militia) looted a market in Kabkabiya "
     "(Kabkabiya, North Darfur); the militia also burned shops.", "Darfur Communal Militia (Sudan)"),
])
def test_a_notes_coded_as_names_the_actor(pipeline, text, actor1):
    ev = _events(pipeline, text, published="2024-05-03")[0]
    assert ev.actor1.name == actor1
