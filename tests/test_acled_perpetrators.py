"""Who did it and how many died, in the shapes ACLED's notes and the wires use: one attacker nobody named,
mobs and their victims, killing verbs with the victims after them, passives whose agent is counted, people
counted as residents. Texts written for these tests (Burundi, Nigeria, Haiti, Philippines, Mali, 2024)."""
from __future__ import annotations

import pytest

from sitrep import Document
from sitrep.extraction.numbers import find_casualties

pytestmark = pytest.mark.slow


def _main_event(pipeline, text, lang="en"):
    result = pipeline.process(Document(id="t", text=text, lang=lang, published="2024-06-01"))
    assert result.events, "no event found"
    return max(result.events, key=lambda e: e.confidence)


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "actor2", "fatalities"), [
    # one person who throws a grenade or shoots is an unidentified armed group, not a civilian, not a mob
    ("On 23 May 2024, a man threw a grenade into a bar in Bujumbura, killing 2 civilians.", "en",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    ("A man was killed when an unidentified person threw a grenade at his house in Ngozi.", "en",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 1),
    ("On 23 May 2024, a man shot dead two people at a bar in Bujumbura.", "en",
     "Attack", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    ("On 23 May 2024, a young man stabbed a police officer to death in Bujumbura.", "en",
     "Armed clash", "Unidentified Armed Group (Burundi)", "Police Forces of Burundi", 1),
    ("Le 3 mai, un individu non identifié a lancé une grenade dans un bar de Bujumbura, tuant deux personnes.", "fr",
     "Grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 2),
    # a crowd stays a mob; those it kills are civilians, however the text calls them
    ("On 23 May 2024, villagers beat to death two suspected thieves in Gitega.", "en",
     "Mob violence", "Rioters (Burundi)", "Civilians (Burundi)", 2),
    ("On 23 May 2024, an angry crowd lynched a suspected thief in Gitega.", "en",
     "Mob violence", "Rioters (Burundi)", "Civilians (Burundi)", 1),
    # a French passive of 'abattre' is a killing
    ("Un homme a été abattu par des hommes armés à Ngozi.", "fr",
     "Attack", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", 1),
    # 'residents' killed are a toll, not a town's population
    ("Gang members killed at least 12 residents in Solino, Port-au-Prince.", "en",
     "Attack", "Unidentified Gang (Haiti)", "Civilians (Haiti)", 12),
])
def test_perpetrators_victims_and_tolls(pipeline, text, lang, sub, actor1, actor2, fatalities):
    ev = _main_event(pipeline, text, lang)
    got = (ev.sub_event_type, ev.actor1 and ev.actor1.name, ev.actor2 and ev.actor2.name, ev.fatalities)
    assert got == (sub, actor1, actor2, fatalities)


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("A radio broadcaster was shot dead by two unidentified men riding a motorcycle in Calamba.", "en", 1),
    ("Un journaliste a été abattu par deux hommes armés.", "fr", 1),
    ("Trois soldats ont été abattus par des jihadistes près de Gao.", "fr", 3),
    ("villagers beat two suspected thieves to death", "en", 2),
    ("a mob stoned to death a man accused of theft", "en", 1),
    ("he was beaten to death by a mob", "en", 1),
    ("il a été tué par des inconnus", "fr", 1),
    ("Des hommes armés ont tué 12 habitants.", "fr", 12),
    ("The town of 20,000 residents was attacked; 3 people were killed.", "en", 3),
    ("Le village, qui compte 5000 habitants, a été attaqué.", "fr", None),
])
def test_who_is_counted_dead(text, lang, fatalities):
    assert find_casualties(text, lang).fatalities == fatalities


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "actor2", "fatalities"), [
    # the members of a named group are that group, not an unidentified one
    ("Resistance fighters from the People's Defence Force clashed with junta troops in Kani township, Sagaing "
     "Region, on Monday.", "en", "Armed clash", "PDF: People's Defense Force", "Military Forces of Myanmar", 0),
    ("Militants of the banned Tehreek-e-Taliban Pakistan attacked a checkpost in Bannu, killing two policemen.", "en",
     "Armed clash", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan", 2),
    # the dead of a clash are one side, whom they fought the other
    ("Six soldiers were killed in clashes with JNIM near Djibo.", "en",
     "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso", 6),
    ("Six rebelles ADF ont été tués lors d'un accrochage avec les FARDC près de Beni.", "fr",
     "Armed clash", "Military Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces", 6),
    # an acronym the French tagger reads as a pronoun
    ("Les FARDC ont attaqué une position des ADF près de Beni.", "fr",
     "Armed clash", "Military Forces of the Democratic Republic of Congo", "ADF: Allied Democratic Forces", 0),
    # a passive's agent hung elsewhere by the parse
    ("Au moins 18 civils ont été tués à la machette par des présumés ADF à Lubero.", "fr",
     "Attack", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", 18),
    # the nationality of the strike is its author
    ("Une frappe de drone israélienne a visé une voiture à Nabatiyé, tuant deux personnes.", "fr",
     "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", 2),
    ("Trois civils ont été tués par des tirs d'artillerie russes sur Kharkiv.", "fr",
     "Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", 3),
    # (the dead no one names as a side are civilians: ACLED's rows code no deadly remote fire without an actor2)
    ("Des frappes de drones de l'armée malienne ont fait au moins huit morts près de Kidal.", "fr",
     "Air/drone strike", "Military Forces of Mali", "Civilians (Mali)", 8),
    # Arabic verb, subject, object: the subject killed the victims after it
    ("قتلت قوات الدعم السريع أكثر من مئة مدني في هجوم على قرية ود النورة بولاية الجزيرة.", "ar",
     "Attack", "Rapid Support Forces", "Civilians (Sudan)", 100),
    ("قتل مسلحون مجهولون ثلاثة مدنيين في مدينة درعا.", "ar",
     "Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 3),
    ("قتل متظاهران برصاص قوات الأمن في الخرطوم.", "ar",
     "Excessive force against protesters", "Protesters (Sudan)", "Military Forces of Sudan", 2),
    # an attack nobody is named doing, whose author the next sentence blames
    ("Three female suicide bombers blew themselves up at a market in Konduga, killing at least 18 people. "
     "Boko Haram was blamed.", "en",
     "Suicide bomb", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Civilians (Nigeria)", 18),
    # a chemical filling makes the munition a chemical weapon, whoever dropped it
    ("Syrian government forces dropped chlorine-filled barrels on Douma, injuring dozens.", "en",
     "Chemical weapon", "Military Forces of Syria", None, 0),
    # the side that left a place another took
    ("M23 rebels seized control of the town of Rubaya after government troops fled on 30 April 2024.", "en",
     "Non-state actor overtakes territory", "M23: March 23 Movement",
     "Military Forces of the Democratic Republic of Congo", 0),
    ("دخلت قوات الدعم السريع مدينة الضعين دون قتال بعد انسحاب قوات الجيش السوداني منها.", "ar",
     "Non-violent transfer of territory", "Rapid Support Forces", "Military Forces of Sudan", 0),
    # a town taken by name, the gazetteer's or not
    ("Somali forces captured Harardhere from Al Shabaab.", "en",
     "Government regains territory", "Military Forces of Somalia", "Al Shabaab", 0),
    ("The Arakan Army said it had captured Paletwa township in Chin State.", "en",
     "Non-state actor overtakes territory", "ULA/AA: United League of Arakan/Arakan Army", None, 0),
    # people seized by armed men are abducted; what a crowd demands is no event of its own
    ("A group of armed men seized five young men from a house in Lagos de Moreno, Jalisco.", "en",
     "Abduction/forced disappearance", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", 0),
    ("Tens of thousands of Israelis rallied in Tel Aviv on Saturday night, calling on the government to secure a "
     "hostage deal.", "en", "Peaceful protest", "Protesters (Israel)", None, 0),
    ("Angry youths set fire to part of the parliament building in Nairobi after lawmakers passed the finance bill.",
     "en", "Violent demonstration", "Rioters (Kenya)", None, 0),
    # what someone arrested is wanted for is a charge, not an event
    ("Police in Davao arrested a suspected New People's Army commander wanted for murder.", "en",
     "Arrests", "Police Forces of the Philippines", "NPA: New People's Army", 0),
    # a time after which a crowd gathered is no spark that hides its toll
    ("Iranian security forces fired live ammunition at worshippers protesting after Friday prayers in Zahedan, "
     "killing at least 66 people.", "en", "Excessive force against protesters", "Protesters (Iran)",
     "Military Forces of Iran", 66),
    # a vehicle that hits a mine carried its victims
    ("A bus struck a landmine near Djibo, killing 11 passengers.", "en",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 11),
    # the families a fight between two groups displaced are no side of it
    ("Fighting between the ELN and FARC dissidents of the 33rd Front displaced hundreds of families in Tibu, Norte de "
     "Santander, on 16 January 2024; at least nine combatants died.", "en",
     "Armed clash", "ELN: National Liberation Army", "FARC Dissidents", 9),
    # those who lost their lives were hit; spectators and children are civilians
    ("Cinq militaires nigériens ont perdu la vie dans l'explosion d'une mine au passage de leur patrouille près de "
     "Tillia (Tahoua).", "fr", "Remote explosive/landmine/IED", "Unidentified Armed Group (Niger)",
     "Military Forces of Niger", 5),
    ("A grenade explosion at a basketball court in Datu Piang, Maguindanao del Sur, wounded nine spectators.", "en",
     "Grenade", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", 0),
    ("قتل طفلان وأصيب ثالث بانفجار لغم أرضي في مديرية حيس جنوب الحديدة.", "ar",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Yemen)", "Civilians (Yemen)", 2),
    # an exchange of prisoners is an agreement between the two sides
    ("Russia and Ukraine exchanged 75 prisoners of war each on Friday.", "en",
     "Agreement", "Military Forces of Russia", "Military Forces of Ukraine", 0),
    # Cameroon's separatists
    ("Des séparatistes ont enlevé une dizaine d'élèves et leur directeur à Bamenda (Nord-Ouest).", "fr",
     "Abduction/forced disappearance", "Ambazonian Separatists", "Civilians (Cameroon)", 0),
    ("Des combats ont opposé mardi des militaires camerounais à des séparatistes ambazoniens à Bamenda (Nord-Ouest), "
     "faisant quatre morts parmi les assaillants.", "fr",
     "Armed clash", "Military Forces of Cameroon", "Ambazonian Separatists", 4),
])
def test_sides_as_acled_names_them(pipeline, text, lang, sub, actor1, actor2, fatalities):
    ev = _main_event(pipeline, text, lang)
    got = (ev.sub_event_type, ev.actor1 and ev.actor1.name, ev.actor2 and ev.actor2.name, ev.fatalities)
    assert got == (sub, actor1, actor2, fatalities)


def test_a_follow_up_told_later_is_not_the_main_event(pipeline):
    result = pipeline.process(Document(id="t", text="Gunmen killed a trader in Kano. Police later arrested two suspects.",
                                       lang="en", published="2024-06-01"))
    main = max(result.events, key=lambda e: e.confidence)
    assert (result.primary, main.sub_event_type) == ("Attack", "Attack")
    assert {e.sub_event_type for e in result.events} == {"Attack", "Arrests"}


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("Members of the Bwa Kale vigilante movement burned alive five suspected gang members in Petion-Ville.", "en", 5),
    ("À Bunia, une foule en colère a lynché deux hommes soupçonnés d'être des voleurs.", "fr", 2),
    ("اغتال مسلحون مجهولون ناشطاً مدنياً أمام منزله", "ar", 1),
    ("قتل ضابط و3 جنود بالجيش المصري في انفجار عبوة ناسفة", "ar", 4),
    ("Rioters set ablaze two cars", "en", None),
])
def test_more_killing_verbs(text, lang, fatalities):
    assert find_casualties(text, lang).fatalities == fatalities


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    ("A suicide bomber blew himself up at a beach restaurant in Mogadishu on Friday, police said. Police said 32 people "
     "were killed. On Saturday a police official said the death toll had risen to 37.", "en", 37),
    ("Une frappe de missiles russe sur la ville de Dnipro a tué au moins huit personnes vendredi. Dans la soirée, le "
     "gouverneur a indiqué que le bilan était passé à onze morts.", "fr", 11),
])
def test_a_toll_raised_later_is_the_events_toll(pipeline, text, lang, fatalities):
    assert _main_event(pipeline, text, lang).fatalities == fatalities


@pytest.mark.parametrize(("text", "lang", "actor1"), [
    ("PESHAWAR (Reuters) - Militants stormed a police station in Dera Ismail Khan overnight, killing four policemen. "
     "The Pakistani Taliban claimed responsibility for the attack in a message to journalists.", "en",
     "TTP: Tehreek-i-Taliban Pakistan"),
    ("Huit civils ont été tués lundi soir dans un double attentat-suicide dans la ville de Mozogo, dans l'Extrême-Nord "
     "du Cameroun. Les autorités ont attribué l'attaque au groupe jihadiste Boko Haram.", "fr",
     "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
])
def test_a_claim_or_attribution_told_later_names_the_attacker(pipeline, text, lang, actor1):
    assert _main_event(pipeline, text, lang).actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # the parser makes the dateline the subject, the forces its apposition
    ("MOGADISHU, Sept 26 (Reuters) - Somali government forces backed by local clan militias recaptured the town of "
     "Adan Yabaal from al Shabaab on Sunday.", "Military Forces of Somalia"),
    ("MOSCOW, May 10 (Reuters) - A Ukrainian drone struck a car in the Russian border town of Shebekino on Friday, "
     "killing two people.", "Military Forces of Ukraine"),
])
def test_the_dateline_is_no_subject(pipeline, text, actor1):
    assert _main_event(pipeline, text, "en").actor1.name == actor1


@pytest.mark.parametrize(("text", "lang", "fatalities"), [
    # a toll not given is not a toll of none
    ("L'armée malienne a fait état de « pertes » dans ses rangs sans donner de bilan.", "fr", None),
    ("The army reported losses without giving a toll.", "en", None),
    ("L'attaque n'a pas fait de victimes.", "fr", 0),
])
def test_a_toll_not_given_is_unknown(text, lang, fatalities):
    assert find_casualties(text, lang).fatalities == fatalities


def test_the_lead_and_a_later_sentence_of_one_attack_are_one_event(pipeline):
    # the second sentence has no date of its own: the publication's is no reason to split the attack
    result = pipeline.process(Document(
        id="t", lang="fr", published="2024-06-27",
        text="NIAMEY, 27 juin (AFP) - Vingt soldats et un civil ont été tués mardi dans une attaque « terroriste » "
             "contre une position de l'armée à Tassia, dans la région de Tillabéri, dans l'ouest du Niger, a annoncé "
             "le ministère de la Défense. Les assaillants, « plusieurs centaines », sont arrivés à moto et ont été "
             "repoussés après d'intenses combats, a précisé le ministère."))
    main = max(result.events, key=lambda e: e.confidence)
    assert (main.sub_event_type, main.fatalities) == ("Armed clash", 21)


@pytest.mark.parametrize(("text", "lang", "sub", "actor1"), [
    # a rocket-propelled grenade is fired in ground fighting, not thrown
    ("Islamic State militants attacked an army checkpoint near Tuz Khurmatu, killing four soldiers. The attackers used "
     "rifles and rocket-propelled grenades.", "en", "Armed clash",
     # (ACLED's 2024 Iraq rows name it so: zahraghourani/lebanon-conflict-viz acled_iraq.csv, IRQ59180)
     "Islamic State in Iraq and the Levant (ISIL)"),
    # guided bombs are dropped from aircraft
    ("KYIV (Reuters) - Russian guided bombs hit a crowded hardware store in Kharkiv on Saturday, killing at least "
     "seven people.", "en", "Air/drone strike", "Military Forces of Russia"),
    # the drone's nationality after the verb that launched it
    ("استشهد عنصران من حزب الله جراء غارة شنتها مسيرة إسرائيلية على دراجة نارية في جنوب لبنان.", "ar",
     "Air/drone strike", "Military Forces of Israel"),
    # the families of hostages demonstrate; nobody is abducted
    ("Relatives of the hostages rallied in Tel Aviv calling for a hostage deal.", "en", "Peaceful protest",
     "Protesters (Israel)"),
])
def test_weapons_and_words_that_are_not_what_they_seem(pipeline, text, lang, sub, actor1):
    ev = _main_event(pipeline, text, lang)
    assert (ev.sub_event_type, ev.actor1.name) == (sub, actor1)


@pytest.mark.parametrize(("text", "lang", "sub", "actor1", "fatalities"), [
    # what the attackers also did is part of their attack, not the main event
    ("MAROUA, Cameroon, Dec 17 - Boko Haram fighters raided the village of Mozogo in Cameroon's Far North region "
     "overnight, killing four residents and abducting 10 others, local officials said on Sunday. The militants looted "
     "shops and burned several houses before fleeing towards the Nigerian border.", "en",
     "Attack", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", 4),
    # people missing after an attack are unaccounted for, not taken
    ("BUNIA, 11 février - Au moins 18 personnes ont été tuées dans la nuit lors d'une attaque de miliciens de la CODECO "
     "contre un site de déplacés près de Fataki. Les assaillants ont également incendié des dizaines d'abris. Le bilan "
     "pourrait s'alourdir, plusieurs personnes étant portées disparues.", "fr",
     "Attack", "CODECO: Cooperative for Development of Congo", 18),
])
def test_details_of_an_attack_stay_in_it(pipeline, text, lang, sub, actor1, fatalities):
    ev = _main_event(pipeline, text, lang)
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == (sub, actor1, fatalities)
