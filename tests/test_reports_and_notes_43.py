"""ACLED notes and press pages read as an analyst would code them (stop 43): NER's guess over ACLED's "Town (division,
division)" that opens a bracket it does not close says nothing of the town ("Ouadda (Ouadda, Ouadda)"); armed men the
coder marks "(likely unarmed)" are civilians; a second subject the parse hangs after the verb is its object ("armed
men on motorcycle shot three motor taxi drivers"); a date that names a vote dates nothing ("the 2020 November
election"); a foreign army's taking of ground abroad is a non-state actor's taking (ACLED's Ukraine rows), its allies'
a regaining; who demands a ransom holds the hostage; "Barangay X" is a Philippine barangay and "X regency" an
Indonesian division; ACLED's names for DGCIM, the DPP's youth, CNPSC, JI and PSLF/TNLA; Chile's "Metropolitana"; a
toll of wounded is no toll of dead ("le bilan fait état de 47 blessés"); a clash with the police after a mobilisation
is the crowd's riot; operations "menées par l'armée malienne" arrest, not "les djihadistes" they fight; an Arabic
march the police disperse ("لتفريق مسيرة") is no drone, and a deployment's aim ("في مسعى لمنع") no intervention; tyres
on fire make a riot; a size-tagged note whose crowd the police dispersed is a protest with intervention.
The texts are the notes' and pages' own words (ACLED event ids and addresses in each test)."""
from sitrep import extract
from tests.conftest import side_names as _names, top_event as _main


def test_a_town_written_with_its_own_name_as_its_divisions_is_placed_whatever_ner_makes_of_the_bracket():
    # ACLED CEN48873 (placed at Ouadda, Haute-Kotto); NER labels "Ouadda (Ouadda, Ouadda" an ORG
    ev = _main("On 12 February 2022, Wagner militants killed the UFDR founder and leader in Ouadda (Ouadda, Ouadda).One "
               "source mentioned that he was killed along with his family and around twenty of his men, but this "
               "information could not be verified.", "en", "2022-02-12")
    assert (ev.location.name, ev.location.country) == ("Ouadda", "CF")


def test_a_militia_leader_the_coder_marks_likely_unarmed_is_a_civilian_attacked():
    # ACLED LBY12075 (coded Attack, Al Silaa Brigade (Libya) vs Civilians (Libya))
    ev = _main("On 21 March 2025, armed men suspected of belonging to Al Sila Brigade shot dead a militia leader (likely "
               "unarmed) near the al-Raya al-Bayda clinic, in the city center, in Ajaylat (An Nuqat al Khams, West). A "
               "companion of the victim was also seriously wounded before the attackers fled.", "en", "2025-03-21")
    assert ev.sub_event_type == "Attack"
    assert ev.actor2.name == "Civilians (Libya)"


def test_drivers_the_parse_makes_a_second_subject_after_the_verb_are_the_victims_of_armed_men():
    # ACLED GTM922 (coded Attack, Unidentified Armed Group (Guatemala) vs Civilians (Guatemala), 2 fatalities)
    ev = _main("On 29 April 2020, in Guatemala City, in Zona 18, armed men on motorcycle shot three motor taxi drivers "
               "(drive-by). Two victims died and one was injured. 2 fatalities.", "en", "2020-04-29")
    assert ev.sub_event_type == "Attack"
    assert _names(ev) == ("Unidentified Armed Group (Guatemala)", "Civilians (Guatemala)")
    assert ev.fatalities == 2


def test_the_month_of_an_election_the_cars_carried_materials_for_does_not_date_the_shooting():
    # ACLED MMR10788 (dated 27 October 2020)
    ev = _main("On 27 October 2020, in Nawng Lay village (Mongpang Township, Langkho District, Shan State), RCSS fired "
               "at two cars carrying materials for the 2020 November election. One administrator and registrar were "
               "injured. RCSS admitted to firing and said that it was a mistake.", "en", "2020-10-27")
    assert ev.date == "2020-10-27"


def test_russian_forces_taking_a_ukrainian_village_after_clashes_overtake_it_from_ukraines_army():
    # ACLED UKR56346 (coded Non-state actor overtakes territory, Military Forces of Russia (2000-) vs Military Forces
    # of Ukraine (2019-))
    ev = _main("On 22 April 2022, following clashes, Russian forces took the village of Lozova, Kharkiv. Casualties "
               "unknown.", "en", "2022-04-22")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert _names(ev) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_foreign_troops_that_recapture_a_town_from_jihadists_for_the_host_regain_it():
    # https://faceofmalawi.com/?p=332346 (Rwandan forces sent to help Mozambique's army, 8 August 2021)
    ev = _main("Rwandan forces deployed last month to help Mozambique’s army battle jihadists said Sunday they had "
               "recaptured control of the key northern port of Mocimboa da Praia from the extremist militants.",
               "en", "2021-08-09")
    assert ev.sub_event_type == "Government regains territory"
    assert ev.location.country == "MZ"


def test_troops_who_detain_a_woman_and_demand_a_ransom_are_the_abductors():
    # ACLED MMR10826 (coded PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army)
    ev = _main("Around 7 November 2020 (as reported), in Mogoke Township (Pyin Oo Lwin District, Mandalay Region), TNLA "
               "troops detained a woman for gambling and demanded a ransom of 500 lakh. She was released after TNLA was "
               "given 250 lakh.", "en", "2020-11-07")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army"


def test_a_barangay_is_philippine_whatever_other_country_has_a_town_of_its_name():
    # ACLED PHL8271 (Barangay San Luis I, Guinyangan, Quezon; before, Argentina's San Luis named the army's country)
    ev = _main("An indeterminate number of NPA rebels were wounded during an attack by soldiers from the 96th Infantry "
               "Battalion place in Barangay San Luis I, Guinyangan town, Quezon province on April 3, 2019.",
               "en", "2019-04-03")
    assert ev.location.country == "PH"
    assert "Military Forces of the Philippines" in _names(ev)


def test_the_last_word_of_an_indonesian_regency_is_no_town_in_india():
    # ACLED IDN5292 (Central Membramo, Mamberamo Raya regency, Papua); "Raya" is also a town in Uttar Pradesh
    ev = _main("On 9 December 2020, many intoxicated Papuan locals confiscated a ballot box during an election in Central "
               "Membramo district (Mamberamo Raya regency, Papua province). They then attacked the police who tried to "
               "intervene with arrows, machetes, and spears, wounding a police officer.", "en", "2020-12-09")
    assert ev.location.country == "ID"


def test_venezuelan_military_counterintelligence_officers_are_named_as_acled_names_them():
    # ACLED VEN4168 (actor1 Military Forces of Venezuela (1999-) DGCIM: Directorate General of Military
    # Counterintelligence)
    ev = _main("Around 30 April 2020 (as reported), in the interrogation room of the General Directorate of Military "
               "Counterintelligence (Dgcim) in Caracas, DGCIM officers have beaten and used mechanical suffocation with a "
               "plastic bag containing a chemical that caused abrasions on the face of one prisoner.", "en", "2020-04-30")
    assert ev.actor1.name == "Military Forces of Venezuela DGCIM: Directorate General of Military Counterintelligence"


def test_malawis_dpp_youth_militia_is_the_democratic_progressive_party():
    # ACLED MAW626 (actor1 DPP: Democratic Progressive Party)
    ev = _main("On 4 May 2020, a DPP youth militia, known as the Cadets, allegedly torched UTM offices in Lilongwe "
               "(Lilongwe, Central) using petrol bombs. 3 people died following the attack.", "en", "2020-05-04")
    assert ev.actor1.name == "DPP: Democratic Progressive Party"


def test_cnpsc_combatants_are_named_as_acled_names_the_coalition():
    # ACLED DRC17175 (actor1 CNPSC: National Coalition of the People for Congo's Sovereignty)
    ev = _main("On 3 May 2020, CNPSC combatants kidnapped a driver and his assistant during an ambush near Lulimba village "
               "(Fizi, Sud-Kivu). They demanded a ransom for the hostages' release. No fatalities and/or injuries "
               "reported.", "en", "2020-05-03")
    assert ev.actor1.name == "CNPSC: National Coalition of the People for Congo's Sovereignty"


def test_a_suspected_jemaah_islamiyah_leader_arrested_in_indonesia_names_the_group_arrested():
    # ACLED IDN5283 (coded Arrests, Police Forces of Indonesia (2014-) vs JI: Jemaah Islamiyah)
    ev = _main("Arrests: On 10 December 2020, Indonesian police arrested a suspected leader of JI during a raid at a house "
               "in East Lampung regency (Lampung province) (coded to Sukadana town). He was involved in the 2002 Bali "
               "bombings and 2003 JW Marriot attack in Jakarta. The JI network is linked to Al-Qaeda.", "en", "2020-12-10")
    assert ev.sub_event_type == "Arrests"
    assert ev.actor2.name == "JI: Jemaah Islamiyah"


def test_providencia_in_chiles_metropolitana_is_no_mexican_hamlet():
    # ACLED CHI3662 (Providencia, Metropolitana)
    ev = _main("On 29 April 2020, in Providencia, Metropolitana, nearly 20 workers of a construction company demonstrated "
               "against the lack of safety measures for workers amid coronavirus pandemic. The group stopped all "
               "activities and staged a demonstration in front of the construction site. [size=nearly 20]",
               "en", "2020-04-29")
    assert (ev.location.name, ev.location.country) == ("Providencia", "CL")


_SAINTE_SOLINE = (
    "Un manifestant toujours entre la vie et la mort, après la mobilisation anti-bassine qui a eu lieu samedi à "
    "Sainte-Soline, dans les Deux-Sèvres. Mobilisation qui a rassemblé 30 000 personnes selon les organisateurs, et 6 000 "
    "d’après les autorités. De violents affrontements ont éclaté avec les forces de l’ordre. Le bilan fait état de 47 "
    "blessés du côté des gendarmes dont 2 grièvement. Du côté des manifestants, 7 personnes ont été blessées dont 3 "
    "grièvement. L’un d’entre eux est toujours entre la vie et la mort. Deux journalistes ont également été blessés. 5 "
    "manifestants ont été interpellés. Ils sont toujours placés en garde à vue ce matin.")


def test_the_clashes_with_the_gendarmes_after_a_mobilisation_are_the_crowds_riot_and_its_wounded_no_dead():
    # https://www.helenefm.com/?p=54462 (Sainte-Soline, 25 March 2023: a violent demonstration, nobody killed)
    result = extract(_SAINTE_SOLINE, published="2023-03-26", lang="fr")
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor1.name.startswith("Rioters") and ev.actor2.kind == "police"
    assert all(e.fatalities != 47 for e in result.events)


def test_operations_against_jihadists_led_by_the_malian_army_arrest_the_europeans():
    # https://lanouvelletribune.info/2022/04/mali-3-europeens-suspectes-de-terrorisme-arretes/
    ev = _main("Des opérations de lutte contre les djihadistes menées par l’armée malienne ont conduit à l’arrestation de "
               "trois Européens suspectés de « terrorisme » dans le nord-ouest du Mali.", "fr", "2022-04-13")
    assert ev.sub_event_type == "Arrests"
    assert ev.actor1.name == "Military Forces of Mali"


def test_a_march_the_security_forces_use_water_cannon_to_disperse_is_no_drone():
    # http://www.alqalamlhor.com/2019/02/blog-post_74.html (Rabat, 20 February 2019: protest with intervention)
    ev = _main("أطلقت قوات الأمن خراطيم المياه على الآلاف من الأساتذة المتعاقدين، صباح اليوم الأربعاء على مستوى باب الرواح "
               "بالعاصمة الرباط، لتفريق مسيرة كانوا يقومون بها، من أجل صدهم عن الوصول إلى مقر رئاسة الحكومة.",
               "ar", "2019-02-20")
    assert ev.sub_event_type == "Protest with intervention"


def test_security_deployed_to_prevent_any_deviation_of_a_march_does_not_intervene():
    # https://rayaljadid.com/2021/09/26/ (Tunis, 26 September 2021: a peaceful protest under heavy security presence)
    ev = _main("قبل ساعتين من انطلاق المظاهرة السلمية بشارع الحبيب بورقيبة، التي كانت مقررة للساعة 12 بتوقيت تونس، بدأ "
               "المناوئون والمعارضون للرئيس قيس سعيد، مظاهرتهم اليوم منذ العاشرة صباحا، عبر التجمهر أمام المسرح البلدي، وسط "
               "حضور أمني مكثف للغاية، في مسعى لمنع أي انحراف بهذه المسيرة السلمية في اتجاه غير سلمي.", "ar", "2021-09-26")
    assert ev.sub_event_type == "Peaceful protest"


def test_gedo_as_the_arabic_press_spells_it_places_al_shabaabs_taking():
    # https://youm7.com/story/2019/12/1/حركة-الشباب-الصومالية-تستعيد-السيطرة-على-جيدو-جنوبى-البلاد/4526784
    ev = _main("استعادت حركة الشباب الصومالية، السيطرة على قرية رئيسية بمنطقة \"جيدو\" الصومالية جنوبى البلاد، وذلك خلال "
               "هجوم شنه مسلحو الحركة صباح اليوم الأحد.", "ar", "2019-12-01")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.location.admin1 == "Gedo"


def test_a_highway_blocked_with_tyres_on_fire_is_a_violent_demonstration():
    # ACLED MEX17605 (coded Violent demonstration)
    ev = _main("On 28 April 2020, in San Martin Texmelucan de Labastida municipality, Puebla, about 30 demonstrators "
               "blocked the Mexico-Puebla highway with tires and branches on fire to demand justice for the death of a "
               "huachicolero's cousin who was allegedly shot by the police even though the authorities have denied it. "
               "[size=about 30]", "en", "2020-04-28")
    assert ev.sub_event_type == "Violent demonstration"


def test_commemorations_the_police_dispersed_in_a_size_tagged_note_are_a_protest_with_intervention():
    # ACLED IDN5293 (coded Protest with intervention, Protesters (Indonesia) vs Police Forces of Indonesia (2014-))
    ev = _main("On 9 December 2020, Indonesian police dispersed several commemorations of International Human Rights Day "
               "in Nabire town (Nabire regency, Papua province). The police arrested 16 Papuans, detained them for an hour "
               "before releasing them. The police claimed that the protests violated coronavirus health protocol. "
               "[size=no report]", "en", "2020-12-09")
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.name == "Police Forces of Indonesia"


def test_militiamen_who_fired_upon_a_motorcade_are_an_event():
    # ACLED SSD7510 (suspected Boya militia fired upon the motorcade of Governor Louis Labong)
    result = extract("On 29 March 2021, suspected Boya militia fired upon the motorcade of Governor Louis Labong near "
                     "Camp 15 (Budi county, Eastern Equatoria state).", published="2021-03-29", lang="en")
    assert result.events


def test_a_man_brutally_beaten_by_police_in_petion_ville_is_an_attack_there():
    # ACLED HTI613 (coded Attack, Police Forces of Haiti (2017-) vs Civilians (Haiti), Petion-Ville)
    ev = _main("On 5 May 2020, in Petion-Ville, Ouest department, a man was tied up and brutally beaten by police "
               "officers. The man has been involved in a land dispute for some time.", "en", "2020-05-05")
    assert ev.sub_event_type == "Attack"
    assert _names(ev) == ("Police Forces of Haiti", "Civilians (Haiti)")
    assert ev.location.name == "Pétionville"


def test_a_man_the_police_arrested_and_tortured_to_death_in_custody_is_an_attack():
    # ACLED UGA5964 (coded Attack, Police Forces of Uganda, 1 fatality)
    ev = _main("Around 3 May 2020, police arrested an elderly man who was drinking with others in breach of the "
               "coronavirus curfew in Kabafukuzi village in Nabingoola subcounty (Mubende district). The police allegedly "
               "tortured the man whilst in in their custody, and he died as a result of the torture. Two police have been "
               "arrested.", "en", "2020-05-03")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 1)
    assert ev.actor1.name == "Police Forces of Uganda"


def test_fatalities_distributed_across_six_events_give_the_row_its_share():
    # ACLED SUD13894 (5 fatalities: at least 31 killed, distributed across six events)
    ev = _main("On 5 May 2020, Fellata and Rizeigat communal militias clashed in various locations in adjoining localities "
               "in South Darfur state, killing at least 31, and wounding dozens. Fatalities distributed across six "
               "events.", "en", "2020-05-05")
    assert ev.fatalities == 5


def test_bombs_suspected_to_be_planted_by_maoists_name_the_other_side_of_their_defusing():
    # ACLED IND74302 (coded Disrupted weapons use, Police Forces of India (2014-) vs Naxal-Maoist Rebels (India))
    ev = _main("On 5 May 2020, police and a CRPF team, in a joint search operation, recovered and defused two cane bombs "
               "from a cave under Adhaura police station limits (Kaimur, Bihar), suspected to be planted by Maoists.",
               "en", "2020-05-05")
    assert ev.sub_event_type == "Disrupted weapons use"
    assert _names(ev) == ("Police Forces of India", "Naxal-Maoist Rebels (India)")


def test_a_village_in_an_acled_bracket_keeps_its_divisions_whatever_ner_labels_the_bracket():
    # ACLED BEN606 (placed at Lokossa, Mono): NER labels "Fongba (Lokossa, Mono" a work of art
    ev = _main("On 21 December 2021, a number of people assaulted and killed a motorcycle thief in the village of "
               "Fongba (Lokossa, Mono).", "en", "2021-12-21")
    assert (ev.location.name, ev.location.country) == ("Lokossa", "BJ")


_GILETS_JAUNES = (
    "Les «gilets jaunes» taguent l’Arc de Triomphe à Paris (photos)\n\nCe 1er décembre, les « gilets jaunes "
    "» ont entamé leur troisième samedi de mobilisation. Pas moins de 36.000 manifestants étaient réunis "
    "ce samedi midi dans toute la France et 5.500 à Paris. Le 17 novembre, premier acte des « gilets jaunes "
    "», avait réuni 282.000 personnes, et le deuxième 106.000, dont 8.000 à Paris.\n\nLors de la manifestation, "
    "de violents heurts ont éclaté sur les Champs-Élysées. Les affrontements ont conduit à « plus de 120 "
    "interpellations » samedi à la mi-journée, indique le Premier ministre Édouard Philippe. Ce bilan provisoire "
    "dépasse déjà le nombre d’arrestations de la précédente mobilisation sur les Champs-Élysées où 103 personnes "
    "ont été arrêtées.\n\nBien décidés à maintenir la pression sur le gouvernement, les « gilets jaunes » ont "
    "tagué l’arc de Triomphe au cours des affrontements entre forces de l’ordre et manifestants. « Les gilets "
    "jaunes triompheront » peut-on lire sur le monument. Plusieurs manifestants cagoulés ont également chanté "
    "la Marseillaise autour de la flamme du soldat inconnu.\n\nD’autres importantes dégradations, des voitures "
    "et des bâtiments incendiés, des gaz lacrymogènes, des jets de projectiles… témoignent du climat extrêmement "
    "tendu.")


def test_the_riot_the_headline_tells_meets_the_police_the_body_tells_it_fought():
    # https://soirmag.lesoir.be/193257/article/2018-12-01/les-gilets-jaunes-taguent-larc-de-triomphe-paris-photos
    # (Paris, 1 December 2018: a violent demonstration, Rioters (France) vs Police Forces of France)
    ev = _main(_GILETS_JAUNES, "fr", "2018-12-01")
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of France"


def test_eight_people_broken_down_into_two_nigeriens_and_six_french_tourists_are_eight_dead_herds_no_troops():
    # https://fr.allafrica.com/stories/202008100235.html (Kouré, 9 August 2020: an attack on civilians, 8 dead)
    ev = _main("Huit personnes - six Français et deux Nigériens - ont été tuées ce dimanche par des hommes armés venus à "
               "motos dans cette zone du sud-ouest du pays, connue pour abriter les derniers troupeaux de girafes "
               "d'Afrique de l'Ouest.\n\nCe dimanche 9 août, dans la région de Kouré, à l'est de la capitale Niamey, des "
               "hommes en armes ont abattu huit personnes, deux Nigériens et six touristes français.", "fr", "2020-08-10")
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 8)


def test_security_forces_who_embraced_martyrdom_were_killed():
    # http://www.afghanistantimes.af/9-security-forces-dead-in-kapisa-attack/ (Tagab, 20 September 2020: 8 dead)
    ev = _main("Eight Afghan security forces embraced martyrdom after the Taliban insurgents attacked their checkpoints "
               "in central Kapisa province, a source said Monday.\n\nA security source, who wished to go unnamed, said "
               "that the militants staged an attack on Sunday midnight in Tagab district of the province.",
               "en", "2020-09-21")
    assert ev.fatalities == 8
    assert ev.actor1.name == "Taliban"


def test_the_nationality_of_hostages_is_not_their_abductor():
    # https://www.straitstimes.com/asia/se-asia/philippines-tries-to-intercept-bandits-as-more-indonesians-snatched-at-sea
    ev = _main("Abu Sayyaf militants take two more Indonesian hostages\n\nPhilippine security officials said on Sunday "
               "(Nov 20) that suspected militants from the brutal Abu Sayyaf Islamist group have abducted the captain "
               "and a crewman of a Malaysia-registered fishing trawler.", "en", "2016-11-20")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "Abu Sayyaf Group"


def test_a_sit_in_against_the_income_tax_and_the_fuel_price_difference_is_a_peaceful_protest():
    # https://arabicpost.live/?p=286433 (Amman, 30 November 2018: a peaceful protest; "فرق أسعار" is no dispersal)
    ev = _main("قالت وسائل إعلام أردنية إن مئات المتظاهرين اعتصموا في محيط رئاسة الوزراء وسط العاصمة الأردنية عمّان، مساء "
               "الجمعة 30 نوفمبر/تشرين الثاني 2018، رافعين شعار \"معناش\"، دلالة على رفضهم إقرار الحكومة الأردنية قانون "
               "الضريبة مؤخراً.\nوبحسب مقاطع فيديو وصور نُشرت على تويتر، يطالب المعتصمون بإسقاط قانوني \"ضريبة الدخل\" "
               "و\"الجرائم الإلكترونية\"، وإلغاء بند فرق أسعار الوقود في فاتورة الكهرباء، والإبقاء على دعم الخبز.",
               "ar", "2018-11-30")
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor2 is None


def test_the_day_a_claim_was_made_set_off_by_commas_does_not_date_the_ambush_it_claims():
    # https://fratmat.info/article/209391/politique/burkina-faso-le-groupe-etat-islamique-revendique-lattaque-contre-larmee
    # (IS's claim of Saturday 14 November 2020 for the ambush of Wednesday 11 November)
    ev = _main("Burkina Faso: Le groupe État islamique revendique l'attaque contre l'armée\n\nL'organisation État islamique "
               "(Ei) a revendiqué, le samedi 14 novembre, l'une des plus importantes attaques commises contre l'armée "
               "burkinabè, dans laquelle 14 soldats ont été tués, mercredi, dans le nord du pays en pleine campagne "
               "électorale pour la présidentielle et les législatives du 22 novembre.", "fr", "2020-11-15")
    assert ev.date == "2020-11-11"
    assert ev.fatalities == 14


_TEBOURBA = (
    "De violentes manifestations ont éclaté cet après-midi du mardi 9 janvier 2018, à Tebourba (Manouba). "
    "Jets de pierres, pneus brûlés et gaz lacrymogène.\n\nAprès une journée plutôt calme, la ville de Tebourba "
    "connaît, depuis le début de l’après midi, une montée de la violence et des affrontements entre des manifestants "
    "et des agents de police, obligeant les commerces à fermer.\n\nPlusieurs jeunes ont jeté des pierres sur "
    "les agents dont certains ont été blessés. Ces derniers ont riposté par des jets de gaz lacrymogène, "
    "et la situation demeure tendue. Un renfort policier et militaire a été dépêché sur les lieux.\n\nRappelons "
    "que l’un des manifestants, Khomsi Ben Sadek Eliferni, est mort, hier soir, lors des heurts à Tebourba. "
    "Souffrant d’insuffisance respiratoire, il aurait été, selon le ministère de l’Intérieur, asphyxié par "
    "le gaz lacrymogène.\n\nDans cette ville du gouvernorat de Manouba, on a aussi enregistré beaucoup de casse "
    ": train et bus vandalisés, saccage d’une agence de banque et autres dépassements qui ont conduit à des "
    "arrestations parmi les casseurs.")


def test_a_protester_who_died_the_night_before_told_as_a_reminder_is_not_todays_riots_toll():
    # https://kapitalis.com/tunisie/2018/01/09/manifestations-en-tunisie-acces-de-violence-et-desordre-a-tebourba
    # (Tebourba, 9 January 2018: a violent demonstration with no dead that day)
    ev = _main(_TEBOURBA, "fr", "2018-01-09")
    assert (ev.sub_event_type, ev.date, ev.fatalities) == ("Violent demonstration", "2018-01-09", 0)


def test_a_military_firing_around_a_village_with_fighter_jets_is_an_air_strike():
    # ACLED MMR10786 (coded Air/drone strike, Military Forces of Myanmar)
    ev = _main("On 27 October 2020, near Aung Thar Zay village (Rathedaung Township, Sittwe District, Rakhine State), "
               "Myanmar military fired around the village with three fighter jets. Casualties not reported.",
               "en", "2020-10-27")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Military Forces of Myanmar"


def test_an_explosive_set_off_by_unidentified_assailants_is_a_remote_explosive():
    # ACLED PHL8261 (coded Remote explosive/landmine/IED, 2 fatalities)
    ev = _main("Two children were killed, while sixteen other civilians were wounded, by an explosive set off by "
               "unidentified assailants at Barangay Kalawag, Isulan town, Sultan Kudarat province on April 2, 2019.",
               "en", "2019-04-02")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 2)


def test_rebels_killed_during_an_attack_on_a_police_station_were_its_attackers():
    # ACLED PHL8242 (coded Armed clash, NPA: New People's Army vs Police Forces of the Philippines (2016-))
    ev = _main("Three NPA rebels were killed during an attack on a police station at Victoria town, Northern Samar "
               "province on March 28, 2019. Two police officers and five civilians were wounded.", "en", "2019-03-28")
    assert ev.sub_event_type == "Armed clash"
    assert _names(ev) == ("NPA: New People's Army", "Police Forces of the Philippines")
