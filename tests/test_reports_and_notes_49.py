"""Press pages read as an analyst would code them (stop 49). The texts are the pages' own words, as far as the first
~2,000 characters of each page go (sources above each text)."""
from tests.conftest import top_event as _main

from sitrep import extract

# https://www.opindia.com/news-updates/14-pakistani-army-personnel-killed-in-bolan-and-kech-baloch-rebels-claim-responsibility/ (2025-05-07)
BLA_MACH = (
    "The Baloch Liberation Army (BLA) has claimed responsibility for two separate attacks that resulted in the deaths "
    "of 14 Pakistani Army personnel in Bolan and Kech.\n\nIn an incident, BLA’s Special Tactical Operations Squad (STOS) "
    "carried out a remote-controlled IED attack on a military convoy vehicle in the Shorkand area of Mach, Bolan. "
    "The blast reportedly killed all 12 soldiers on board, including Special Operations Commander Tariq Imran and "
    "Subedar Umar Farooq. The vehicle was destroyed in the explosion.\n\nIn another operation, BLA fighters targeted "
    "a Bomb Disposal Squad of the Pakistani Army in the Kulag Tigran area of Kech. The remote-controlled IED detonated "
    "around 2:40 PM on May 6 while the unit was conducting a clearance mission. Two personnel were killed in the "
    "attack.\n\nJeeyand Baloch, spokesperson for the Baloch Liberation Army stated, “The hired killers who call the "
    "Baloch Liberation Army a foreign proxy should know that the Pakistani army itself is a mercenary armed gang "
    "that thrives on Chinese capital and Papa Jones. The meaning of the army’s uniform shifts—sometimes guarding "
    "ports, sometimes guarding corridors, sometimes serving the satisfaction of lenders. An army that determines "
    "its direction according to the will of changing masters in every era is not a national army, but a commercial "
    "one. The attacks on this mercenary occupying army by freedom fighters of Baloch land will continue with greater "
    "intensity.”")

# https://darelhilal.com/News/767548.aspx (2021-01-24)
DAESH_HAMRIN = (
    "داعش يتبنى مقتل عناصر من الحشد الشعبي بالعراق\nأعلن تنظيم داعش الإرهابي اليوم الأحد مسؤوليته عن مقتل وإصابة عدد "
    "من عناصر الحشد الشعبي خلال كمين نفذه مقاتلوه بمحافظة صلاح الدين شمالي العاصمة بغداد.\nوفي التفاصيل، كشف التنظيم "
    "في بيان نشرته الذراع الإعلامية له وكالة (أعماق) أن الكمين أسفر عن مقتل وإصابة 25 عنصرًا من الحشد الشعبي أمس "
    "السبت في صلاح الدين، حيث نصب مقاتلوه كمينًا لقوة من الحشد الشعبي قرب جبل \"حمرين\".\nوأضاف البيان أن عناصر التنظيم "
    "نفذوا هجومًا بالأسلحة الرشاشة والقنابل اليدوية، فأوقعوا في صفوف الحشد الشعبي عددًا كبيرًا من القتلى والجرحى، "
    "بينهم قياديان أحدهما بمنصب \"آمر الفوج الثالث\" والآخر بمنصب \"معاون آمر الفوج السادس، كما أعطبوا 7 سيارات متنوعة.\nوأوضحت "
    "الوكالة أيضًا أن قوة إضافية من الحشد الشعبي حضرت لاحقًا إلى الموقع، فتم استهدافها بعبوة ناسفة، ما أدى لتدميرها "
    "ومقتل وإصابة من كان على متنها.\nووفقًا للوكالة، فإن حصيلة الهجوم الإجمالية بلغت أكثر من 25 قتيلاً وجريحًا من "
    "الحشد الشعبي، بالإضافة إلى 8 سيارات مدمّرة ومعطوبة، وخسائر أخرى في السلاح والعتاد.\nوكان مصدر أمني بالحشد الشعبي "
    "قد أفاد يوم أمس السبت بمقتل 11 عنصرًا في قوات الحشد الشعبي")


# http://allafrica.com/stories/201805310135.html (2018-05-31)
AIM_PALMA = (
    "Maputo — The Mozambican police on Tuesday confirmed that unidentified criminals, believed to be islamic fundamentalists, "
    "decapitated ten people on Sunday night, in attacks against two villages in Palma district, in the northern province "
    "of Cabo Delgado.\nAt his weekly press briefing, the spokesperson for the General Command of the police, Inacio "
    "Dina, said the attackers used machetes to behead their victims, two of whom were teenage boys aged 15 and 16.\nThe "
    "bodies of the teenagers and three other victims were found in the 25th June village, while five others were "
    "murdered in Monjane village. Both villages are in the Olumbi administrative post.\nDina said the police so far "
    "have no information about possible injuries from these attacks or whether the islamist group took any prisoners.\nHe "
    "believed the attackers now operate in small groups because the insurgents have been \"fragmented\" by the operations "
    "of the defence and security forces.\n\"This is a group that has been greatly weakened\", Dina claimed. \"What we "
    "are witnessing is the total despair of this group, which is trying to grab some prominence by committing crimes "
    "such as this heinous case\".\nHe added that the police, with the other defence forces stationed in Cabo Delgado, "
    "have launched an operation to capture the criminals and bring them to justice.\nHe said that the situation in "
    "the two villages is beginning to return to normal thanks to the strong presence there of units of the defence "
    "and security forces.\n\"Actions for the complete stabilisation of the two villages and of the entire area are "
    "under way\", he continued. \"We are relying on the collaboration of these communities to describe this group and "
    "its characteristics. We believe we shall detain them and hold them responsible for their acts\".\nThis is the "
    "first time beheadings by islamsts have been reported in Mozambique.")

# https://africaradio.com/actualite-90794-nord-du-benin-cinq-soldats-tues-dans-une-attaque (2022-04-13)
BENIN_PENDJARI = (
    "\"Nous sommes au courant d'un événement qui s'est déroulé lundi 11 avril dans le parc national de la Pendjari "
    "à la frontière avec le Burkina Faso, au cours duquel cinq membres des forces armées béninoises ont été tragiquement "
    "tués et un autre blessé du fait d'un engin explosif improvisé\", a indiqué l'ONG, sans plus de détails. Plus "
    "tôt mercredi, un haut responsable sécuritaire, joint au téléphone par l'AFP depuis le Nigeria voisin, avait "
    "confirmé cette attaque, relayée par plusieurs médias locaux depuis lundi soir. Selon cette source, un convoi "
    "de l'armée béninoise parti ravitailler en eau un poste militaire situé dans le parc, tout proche de la frontière "
    "avec le Burkina Faso où sévissent des groupes jihadistes, a été pris en embuscade par des hommes armés. L'armée "
    "béninoise est déployée dans le nord du pays pour contenir les groupes jihadistes présents chez ses voisins nigérien "
    "et burkinabé, et a été, depuis la fin 2021, la cible de plusieurs attaques meurtrières. Selon cette source sécuritaire, "
    "les assaillants ont d'abord tiré sur le convoi composé de plusieurs véhicules militaires, tuant un soldat. Le "
    "convoi a ensuite sauté sur un engin explosif placé sur la route, tuant 4 autres soldats et en blessant au moins "
    "8 autres. \"C'est une attaque qui a été bien pensée et bien menée\", a-t-elle précisé. Ni l'armée, ni le gouvernement "
    "béninois n'ont confirmé cette attaque et son bilan. Contactés par l'AFP, ils ne s'étaient pas encore exprimés "
    "mercredi en début d'après midi. Cette attaque survient après plusieurs changements opérés au sein de l'appareil "
    "militaire et sécuritaire dans le pays ouest-africain. Mercredi dernier, le président Patrice Talon a notamment "
    "nommé un nouveau chef d'état-major général des armées, Fructueux Gbaguidi.")

# https://actucameroun.com/2023/02/28/tchad-au-moins-11-morts-dans-des-affrontements-entre-eleveurs-et-cultivateurs/ (2023-02-28)
TCHAD_MANGALME = (
    "Au Tchad, au moins onze personnes sont mortes mardi dans un conflit entre éleveurs et agriculteurs.\nTout a débuté "
    "lundi par des affrontements entre éleveurs et cultivateurs dans la sous-préfecture de Mangalmé à la suite d’un "
    "vol de bétail. En août, 22 personnes avaient été tuées dans des affrontements analogues entre cultivateurs et "
    "éleveurs à 500 km au sud de N’Djamena.\nCes violences récurrentes opposent généralement des éleveurs nomades "
    "arabes aux cultivateurs autochtones sédentaires qui accusent les premiers de saccager leurs champs en y faisant "
    "paître leurs animaux. Les violences entre ces communautés sont fréquentes dans le centre et le sud du pays, "
    "mais aussi dans l’est, où nombre d’habitants sont armés.")

# http://www.pna.gov.ph/articles/1035240 (2018-05-14)
SULU_PATIKUL = (
    "5 Sayyaf men, soldier killed in fresh Sulu clash\nZAMBOANGA CITY -- Five Abu Sayyaf bandits and a soldier were "
    "killed while five others were wounded as firefight erupted anew shortly before noon Monday in Sulu, a top military "
    "official said.\nThe fresh clash occurred around 11:45 a.m. Monday in Sitio Bud Kaha, Barangay Maligay, Patikul "
    "as troopers continue to pursue the Abu Sayyaf bandits to rescue several hostages, according Brig. Gen. Cirilito "
    "Sobejana, Joint Task Force Sulu commander.\n“Our troops were continuously doing security, search and rescue for "
    "the freedom of the KVs (kidnap victims), resulting to an encounter with undetermined number of ASG (Abu Sayyaf "
    "Group) members,” Sobejana said.\nSobejana said sporadic firefight “is still ongoing” as the troops continue to "
    "advance as of this posting.\nHe said the troops recovered one of the remains of the five slain Abu Sayyaf bandits, "
    "two high-powered firearms and other war paraphernalia as well as foodstuffs.\nHe said a soldier was killed in "
    "action and five others were wounded in Monday’s clash.\nBefore Monday’s clash, the troops discovered three remains "
    "of Abu Sayyaf bandits that were hastily buried, the military official said. The recovered bodies are believed "
    "to be part of the fatalities the ASG suffered in a clash Sunday in Sitio Kan Alas, Barangay Tanum, Patikul municipality.\n“We "
    "are now in the process of checking the identity of those cadavers,” Sobejana added.\nTwelve people, including "
    "10 Abu Sayyaf bandits and two soldiers, were killed while 14 others wounded in an hour-long firefight that took "
    "place Monday.\nOf the 14 wounded, 12 were members of the Army’s 5th Scout Ranger Battalion. (PNA)")


# https://www.crbcnews.com/articles/6945a8b6cc4721039889a0eb (2025-12-19)
ELN_AGUACHICA = (
    "The ELN attacked a military outpost in Aguachica near the Venezuelan border using drones and explosive devices, "
    "killing seven soldiers and wounding 30, the army said. Defense Minister Pedro Sánchez condemned the strike as "
    "a \"terrorist action\" after an initial report of six fatalities was revised. The assault follows other deadly "
    "confrontations this week and underscores stalled peace efforts, rising security challenges, and international "
    "tensions linked to Colombia's role as a leading cocaine producer.\nELN Drone and Explosive Strike Near Venezuela "
    "Kills Seven Colombian Soldiers\nColombia's National Liberation Army (ELN) launched a deadly attack on a rural "
    "military outpost near the Venezuelan border, killing seven soldiers and wounding 30, the army said on Friday. "
    "The assault, which used drones and explosive devices, took place Thursday night in Aguachica and was described "
    "by authorities as a coordinated strike against the base.\nCasualties and immediate aftermath\nDefense Minister "
    "Pedro Sánchez condemned the operation as a \"terrorist action\" on X, saying the ELN \"must be completely dismantled.\" "
    "Sánchez initially reported six fatalities; the army later updated reporters with a revised toll of seven dead "
    "and 30 wounded. Videos circulating on social media showed wounded troops arriving at a local medical center "
    "on stretchers and in wheelchairs, and images reportedly captured a fire at the outpost consistent with explosions.\nContext "
    "and recent violence\nThe assault in Aguachica was the second deadly security clash in a week: two police officers "
    "were killed earlier this week in Cali. The ELN, founded in 1964 and inspired by the Cuban revolution, is Colombia's "
    "longest-surviving guerrilla organization and operates in a significant portion of the country, including drug-producing "
    "regions. The group said last week it would defend Colombia in response to what it called U.S. \"threats of imperialist "
    "intervention.\"")

# https://lesnouvellesdafrique.info/amp/2024/08/25/nord-du-mali-plus-de15-civils-tues-dans-des-frappes-de-drone (2024-08-25)
MALI_TINZAOUATENE = (
    "Au moins quinze civils, dont de nombreux enfants, ont été tués dimanche par des frappes de drone dans le nord "
    "du Mali, selon des sources concordantes, là où l’armée malienne et ses alliés russes avaient subi fin juillet "
    "une lourde défaite face aux séparatistes et jihadistes.\n« L’armée de la junte malienne et les mercenaires russes "
    "du groupe Wagner ont exécuté plusieurs frappes de drone venu du Burkina Faso à Tinzaouatène, à quelques mètres "
    "du territoire algérien », affirment les séparatistes qui font état d’un bilan provisoire de 21 civils tués, "
    "dont 11 enfants, des dizaines de blessés et « des dégâts matériels énormes ».\n« Celles-ci ont ciblé dans un "
    "premier temps une pharmacie, ensuite d’autres frappes ont suivi en visant des attroupements humains auprès des "
    "premiers dégâts », poursuit leur porte-parole, Mohamed Elmaouloud Ramadane, dans un communiqué.\nUn élu local "
    "a dit qu’il y avait au moins 15 civils tués. « Rien que des civils tués », a-t-il précisé.\nSelon un responsable "
    "d’une ONG locale, « au moins 20 civils dont des enfants ont été tués dimanche par des tirs de drone ». « On "
    "est sans nouvelles d’autres civils », a-t-il ajouté.\nUn fonctionnaire à la retraite de la localité a aussi affirmé "
    "qu’il y avait au moins vingt morts.\nC’est dans la même localité de Tinzaouatène que les séparatistes et les "
    "jihadistes ont affirmé avoir tué des dizaines de membres du groupe paramilitaire russe Wagner et de soldats "
    "maliens lors de combats entre le 25 et le 27 juillet.\nL’armée malienne et le groupe Wagner ont reconnu des pertes "
    "importantes sans donner de bilan précis.\nCette défaite est l’une des plus lourdes subie en une bataille par "
    "le groupe Wagner en Afrique.\nA « Tinzaouatène, on a perdu une bataille » mais « nous n’allons jamais perdre "
    "la guerre contre les terroristes », avait déclaré le Premier ministre Choguel Kokalla Maïga.")

# https://2dec.net/news55629.html (2022-09-06)
AHWAR_BELT = (
    "هلاك 6 إرهابيين في هجوم استهدف قوات الحزام الأمني في أبين\nلقي 6 عناصر من تنظيم القاعدة الإرهابي مصرعهم، فجر "
    "اليوم الثلاثاء، عندما تصدت قوات الحزام الأمني لهجوم ارهابي شنه تنظيم القاعدة على موقع لقوات الحزام في محافظة "
    "أبين جنوبي البلاد.\nوبحسب ما أفاد بيان لقوات الحزام الأمني، فقد \"لقي ستة من عناصر تنظيم القاعدة الإرهابي مصرعهم، "
    "أثناء التصدي لهجوم إرهابي مسلّح شنته تلك العناصر على نقطة أمنية تابعة لقوات الحزام الأمني بمديرية أحور في محافظة "
    "أبين\".\nوأوضح البيان أن \"الهجوم وقع فجر اليوم الثلاثاء، على إحدى النقاط الأمنية في منطقة مقاطين الواقعة على الخط "
    "الدولي بين حصن سعيد ومدينة أحور، ونتج عنه استشهاد قائد الكتيبة الأولى في اللواء الأول مكافحة إرهاب \"ياسر ناصر "
    "شائع \"أبو شائع\" مع عدد من مرافقيه، وإصابة عدد من أفراد النقطة الأمنية\".\nوخلال التصدي للهجوم الإرهابي، ارتقى "
    "12 شهيدًا من جنود الحزام الأمني، في حين وقع العديد من عناصر التنظيم الإرهابي في الأسر بعد الفضاء على 6 من المهاجمين.\nويوم "
    "أمس الاثنين، استشهد جندي وجرح خمسة آخرون من قوات دفاع شبوة، إثر تفجير إرهابي بعبوة ناسفة استهدفت عربة عسكرية "
    "في مديرية مرخة السفلى بمحافظة شبوة جنوب شرق البلاد.")

# http://saharareporters.com/2019/09/09/six-persons-kidnapped-kaduna-abuja-highway (2019-09-09)
KADUNA_ABUJA = (
    "Some gunmen have abducted six persons on the Kaduna-Abuja highway.\nConfirming the incident in a statement on "
    "Monday, Public Relations Officer of the Kaduna Police Command, DSP Yakubu Sabo, said the sad event took place "
    "on Sunday evening.\nThe latest incident follows the killing of three suspected kidnappers and the arrest of 26 "
    "others by the police on the Kaduna-Abuja and Kaduna Zaria expressway barely 24 hours ago.\nSabo revealed that "
    "the hoodlums dressed in military uniform, intercepted a commercial bus around 11:40pm on Sunday near Rijana "
    "Village and whisked the six persons away.\nAccording to him, the police managed to free two of the victims from "
    "the kidnappers while efforts were ongoing to rescue the others.")

# http://fr.africanews.com/2017/05/10/centrafriqueconvoi-attaque-3-autres-casques-bleus-retrouves-morts-onu (2017-05-10)
MINUSCA_CONVOI = (
    "Trois autres Casques bleus ont été retrouvés morts en Centrafrique après l’attaque de leur convoi lundi dans "
    "le sud-est du pays, a annoncé mardi la Mission des Nations unies en Centrafrique (Minusca) qui avait annoncé "
    "auparavant la mort d’un de ses soldats du contingent cambodgien.\n“La Minusca a le profond regret de confirmer "
    "que trois des quatre soldats de la paix portés disparus depuis l’attaque d’hier (lundi) ont été retrouvés morts. "
    "Le quatrième est toujours porté disparu”, a précisé la Minusca dans un communiqué.\nHuit assaillants ont été "
    "tués dans l‘échange de coups de feu, a ajouté la Minusca, qui parle d‘éléments anti-Balaka, milice principalement "
    "chrétienne dont la confrontation avec les rebelles Séléka promusulmans a plongé la Centrafrique dans le chaos "
    "à partir de 2013.\nL’attaque, l’une des plus meurtrières visant les Casques bleus en Centrafrique ces derniers "
    "mois, a eu lieu lundi à la nuit tombée vers 20h00 (19h00 GMT) dans le village de Yogofongo, à plus de 470 km "
    "à l’est de Bangui, près de la frontière avec la République démocratique du Congo.\nLa Minusca avait annoncé mardi "
    "matin la mort d’un premier Casque bleu cambodgien, tué lors de l‘échange de tirs. Elle avait indiqué que quatre "
    "autres – trois Cambodgiens et un Marocain – étaient portés disparus, “appréhendés” par les assaillants.\nLa Minusca, "
    "qui n’a pu préciser la nationalité des trois nouvelles victimes, poursuivait les recherches du quatrième Casque "
    "bleu.\n“Il y a des blessés des deux côtés”, a ajouté la force de paix de l’ONU, qui avait déjà fait état de huit "
    "blessés dans ses rangs.")


# food-security-cluster-myanmar/exploratory-data-analysis-acled-fsc:sharing/explosions_remote_violence.csv (2021-01-02)
PANG_CHIN_NOTE = (
    "On 2 January 2021, at Pang Chin village (Namtu Township, Kyaukme District, Shan State), six artillery shells "
    "landed in the village. The shelling destroyed a home and a monastery in the village.")

# https://english.ahram.org.eg/NewsContent/2/10/407787/World/Africa/At-least-four-dead-after-mortar-fire-strike-in-Som.aspx (2021-03-25)
AHRAM_MOGADISHU = (
    "At least four dead after mortar fire strike in Somalia's Mogadishu\nAt least four civilians were killed and nine "
    "others injured in Somalia on Thursday by mortar shells that were likely targeting peacekeeping force AMISOM's "
    "base at the airport in the capital Mogadishu, witnesses told Reuters.\nThe mortar shells fell short of their "
    "likely target, striking homes just outside a sprawling compound that houses both the AMISOM base and airport, "
    "according to witnesses.\n\"As we took a break for tea, mortar shells landed...one landed on my neighbour,\" killing "
    "two people and injuring five others, 65-year-old Mohamed Sheikh Mohamed, an area resident, told Reuters.\nMohamed "
    "and other witnesses told Reuters they believed the mortars had been aiming for the AMISOM base, long a target "
    "of similar attacks.\nThere was no immediate claim of responsibility. Somalia's Islamist group al Shabaab has, "
    "in the past, conducted similar attacks on the base and airport.\nAmong those killed were a man and his son, while "
    "the man's two other children, a 3-month-old girl and 4-year-old boy, and their mother were injured.\n\"Immediately "
    "another shell landed on my daughter's house just in the vicinity,\" Mohamed said, adding his daughter was injured "
    "in the blast while her husband and their son were killed.\nGovernment and AMISOM officials did not respond to "
    "Reuters' calls or text messages seeking comment. A police spokesman did not immediately provide comment.\nIn "
    "a news report on its website, Somali's state news agency said an attack by mortar shells had killed a man and "
    "his son and injured five others of the same family, but did not say anything about other casualties that witnesses "
    "had reported.")

# zahraghourani/lebanon-conflict-viz:data/raw/acled_jordan.csv (2024-01-02)
IRBID_NOTE = (
    "On 2 January 2024, protesters took to the streets outside Nouh mosque in Irbid (Qasabat Irbid) to demonstrate, "
    "in support of the Palestinian resistance, and people in Gaza and the West Bank, and to denounce Israeli aggression "
    "towards them. The protesters also condemned Israel's killing of Hamas' deputy chairman of the political bureau, "
    "in Beirut.")

# zahraghourani/lebanon-conflict-viz:data/raw/acled_egypt.csv (2024-02-22)
MAHALLA_NOTE = (
    "On 22 February 2024, workers announced a strike and gathered at the factory in Al Mahallah al Kubra (Greater "
    "Mahala 1, Gharbia). Egyptian police forces closed factory gates to prevent protesting workers from entering "
    "the Misr Spinning and Weaving Company factory yard. Workers demanded salary raises in line with a presidential "
    "directive raising the minimum wage.")

# zahraghourani/lebanon-conflict-viz:data/raw/acled_syria.csv (2024-06-24)
IDLEB_NOTE = (
    "On 24 June 2024, HTS security forces detained an activist in the village of Joseph in the countryside of Idleb "
    "for participating in the protests against the group.")


# https://afriquemedia.tv/2023/01/31/burkina-une-nouvelle-attaque-terroriste-fait-13-morts-dans-le-nord (2023-01-31)
FALANGOUTOU = (
    "Au moins treize personnes, dont une dizaine de gendarmes, ont été tuées par des terroristes dans le nord du "
    "Burkina Faso. C’est ce qu’a annoncé mardi l’État-major, selon l’AFP.\n“Des gendarmes et Volontaires pour la défense "
    "de la patrie (VDP, supplétifs de l’armée) stationnés dans la localité de Falangoutou dans la région du Sahel "
    "(nord), ont fait face dans l’après-midi de lundi à une attaque terroriste”, rapporte l’AFP qui relève un bilan "
    "provisoire “de douze combattants tombés, dont deux VDP”.\nLa gendarmerie est l’une des trois branches des forces "
    "armées du Burkina Faso, sa mission est de maintenir la sécurité dans les zones rurales. L’armée burkinabè a "
    "annoncé en octobre dernier le recrutement de 15.000 volontaires pour la défense de la patrie (VDP, des supplétifs "
    "de l’armée) afin de renforcer ses effectifs dans le cadre de la lutte contre le terrorisme. Ceux qui souhaitent "
    "prendre les armes pour combattre les djihadistes suivent un stage de formation de deux semaines, et peuvent "
    "ensuite participer, aux côtés des troupes régulières, à des opérations antiterroristes.\nLe Burkina Faso reste "
    "un épicentre d’activités terroristes en Afrique de l’Ouest depuis 2015. Deux grands groupes terroristes internationaux "
    "opèrent dans le pays, dont l’État islamique dans le Grand Sahara, une structure de l’État islamique*, et Ansar "
    "al-Islam.")

# RPanlilio/acled:acled.csv (2020-04-27)
GHOR_NOTE = (
    "On 27 April 2020, 1 soldier was killed and 1 was wounded when their vehicle was hit by a roadside bomb in the "
    "Maidanak village of Barrah-Khanah area, Chaghcharan (Ferozkoh) city, Ghor.")


# https://www.dhnet.be/dernieres-depeches/belga/conflit-en-syrie-une-frappe-de-drone-tue-six-commandants-djihadistes-5f91f7ce9978e231396f38ed (2020-10-22)
BELGA_JAKARA = (
    "Conflit en Syrie - Une frappe de drone tue six commandants djihadistes\nUne frappe en provenance d'un drone non "
    "identifié a tué 14 djihadistes dont six commandants jeudi dans le nord-ouest de la Syrie, a indiqué l'Observatoire "
    "syrien des droits de l'Homme (OSDH).La frappe a visé un rassemblement de djihadistes dans le village de Jakara "
    "dans la région de Salqin, a-t-on précisé de même source. Il n'était pas possible de savoir dans l'immédiat qui "
    "est à l'origine de la frappe. (Belga)")


# zahraghourani/lebanon-conflict-viz:data/raw/acled_yemen.csv (2024-01-04)
HAYS_NOTE = (
    "On 4 January 2024, WCJF clashed with Houthi forces and 'thwarted their infiltration attempt' in hills east of "
    "Hays district (Al Hudaydah). Casualties unknown. The clash lasted for 40 minutes and the WCJF inflicted 'direct "
    "casualties' -- unclear if fatalities or injuries.")


# Carol0128/Data:acled_data.csv (2006-09-01)
HAWKERS_NOTE = (
    "Hawkers march to protest the alleged killing of a friend. Police fired tear gas.")


# y5z2rmg7y8-bit/Somalia-Conflict-Monitor:acled_data.csv (2025-04-03)
BURTINLE_NOTE = (
    "On 3 April 2025, unidentified clan militia blocked the main entrance roads (means unspecified) in Burtinle town "
    "(Burtinle, Nugaal) in protest against the increased vehicle taxes by the Puntland administration. The militia "
    "demanded that the local administration withdraw the excessive taxes.")


# https://elwatannews.com/news/details/1489985 (2016-10-09)
COALITION_INTERCEPTS = (
    "التحالف العربي يعترض صاروخا باليستيا أطلقه الحوثيون تجاه السعودية\nأعلن التحالف العربي بقيادة السعودية، اليوم، "
    "اعتراض صاروخ أطلقه الحوثيون باتجاه جنوب المملكة، للمرة الثانية على الأقل منذ القصف الدامي على قاعة في صنعاء، "
    "أمس.\nوجاء في بيان للتحالف نشرته وكالة الأنباء السعودية، أن قوات الدفاع الجوي الملكي السعودي، اعترضت صاروخا باليستيا، "
    "أطلقته الميليشيات الحوثية باتجاه مدينة خميس مشيط ودمرته من دون أي أضرار.\nوتضم خميس مشيط التي تبعد نحو 100 كلم "
    "عن الحدود اليمنية، قاعدة جوية أساسية يستخدمها التحالف في عملياته الداعمة للرئيس اليمني عبد ربه منصور هادي مارس "
    "2015، ضد الحوثيين وحلفائهم الموالين للرئيس السابق علي عبدالله صالح.")


# https://www.thenews.com.pk/latest/1085478-10-civilians-killed-in-myanmar-air-strikes (2023-06-28)
AFP_NYAUNG_KONE = (
    "10 civilians killed in Myanmar air strikes\nBANGKOK: An airstrike led by the Myanmar military resulted in the "
    "death of ten civilians in a village, reports from locals and media stated on Wednesday.\nThe country has been "
    "in the grip of widespread conflict since the 2021 coup, with the junta involved in battles against ethnic rebels "
    "and numerous \"People's Defence Forces\" throughout the nation, the AFP reported.\nMyanmar's military has been "
    "accused by human rights organisations of carrying out extrajudicial killings, destroying villages, and utilising "
    "airstrikes as a means of collective punishment against its adversaries.\nA military aircraft, on Tuesday afternoon, "
    "dropped three bombs on Nyaung Kone village in the northern Sagaing region, as confirmed by Ko Zaw Tun, an anti-coup "
    "fighter from the village.\nTen people were killed and eight wounded, he said.\n\"There was no fighting, but they "
    "came to bomb the village,\" he told AFP, adding 11 houses had been destroyed in the attack.\nA resident of Nyaung "
    "Kone also told AFP that ten people had been killed in the strike.\nHe and other locals had cremated the dead "
    "later that evening, he said, asking not to use his name due to fear of reprisal.\n\"We did not know what their "
    "(the military's) next plan is. So, we just held funerals for them as soon as we could,\" he said.\nBBC Burmese "
    "and other local media also reported the air strikes, with some outlets saying nine people had been killed.\nImages "
    "published by local media showed people working to douse smouldering debris and ash, and a large building in "
    "ruins.\nAFP digital verification reporters confirmed the images had not appeared online before Tuesday.")


# https://24hnews.yj.fr/2021/10/19/enlevement-en-haiti-un-gang-veut-une-rancon-de-17-millions-de-dollars-pour-les-missionnaires-americains-et-canadiens/ (2021-10-19)
MISSIONNAIRES_HAITI = (
    "Enlèvement en Haïti : un gang veut une rançon de 17 millions de dollars pour les missionnaires américains et "
    "canadiens\nLes 16 citoyens américains et un Canadien ont été enlevés samedi par le puissant gang des “400 Mawozo” "
    "après avoir visité un orphelinat à Croix-des-Bouquets, une banlieue nord-est de la capitale Port-au-Prince, "
    "au cours du week-end.\nLe ministre haïtien de la Justice, Liszt Quitel, a déclaré à CNN que les ravisseurs avaient "
    "demandé un total de 17 millions de dollars pour la libération du groupe et qu’ils étaient détenus dans un endroit "
    "à l’extérieur de la banlieue.\nLes missionnaires sont affiliés aux Christian Aid Ministries, basés en Ohio, qui "
    "affirment que le groupe enlevé est composé de cinq hommes, sept femmes et cinq enfants.\nQuitel a déclaré que "
    "les cinq enfants enlevés comprenaient un bébé de 8 mois et des enfants âgés de 3, 6, 14 et 15 ans.\nLes ravisseurs "
    "ont d’abord appelé le personnel de Christian Aid Ministries en Haïti à 16h53 samedi, indiquant leurs demandes "
    "de rançon au moment de l’appel, a ajouté Quitel. Plusieurs appels entre les ravisseurs et le groupe missionnaire "
    "ont eu lieu depuis lors, a-t-il déclaré.\nQuitel a déclaré que les négociateurs de la police haïtienne et le "
    "FBI conseillent le groupe missionnaire sur la façon de procéder et que les négociations sont en cours. Des agents "
    "du FBI sont sur le terrain en Haïti pour aider à l’enquête mais ne dirigent pas les négociations et n’ont pas "
    "non plus parlé directement avec les ravisseurs, a-t-il déclaré.\n“Le FBI fait partie d’un effort coordonné du "
    "gouvernement américain pour impliquer les Américains dans la sécurité. Pour des raisons opérationnelles, aucune "
    "autre information n’est disponible pour le moment”, a déclaré un porte-parole du FBI à CNN.\nLes missionnaires "
    "avaient visité l'orphelinat Maison La Providence de Dieu à Croix-des-Bouquets avant d'être kidnappés.")


# turkmenafl/lite-national-cop:public/data/acled.csv, ACLED IRN35684 (2026-03-01)
TABRIZ_NOTE = (
    "On 1 March 2026, Israeli forces targeted (coded as air/drone strikes by default) Tabriz Shahid Madani Airport "
    "and Tabriz number 2 Air Base (Tabriz, East Azerbaijan), destroying F-4 and F-5 military jets belonging to Iranian "
    "air forces. Casualties unknown. US forces were excluded as actors in this event because the reported location "
    "falls outside the declared US strike zones at the time of reporting. Israel and the United States launched a "
    "joint operation codenamed 'Roaring Lion' by Israel and 'Epic Fury' by the United States on 28 February 2026.")


def test_a_town_named_by_an_area_of_it_is_read_and_a_firm_named_after_a_town_is_no_place():
    result = extract(BLA_MACH, lang="en", published="2025-05-07")
    places = {(p.text, p.country) for p in result.places if p.country}
    # "the Shorkand area of Mach, Bolan" (NER: PERSON) is Mach in Balochistan; "Papa Jones", in a quote, is no Pápa
    assert ("Mach", "PK") in places
    assert not any(country == "HU" for _, country in places)
    ied = next(e for e in result.events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (ied.location.name, ied.location.country) == ("Mach", "PK")
    assert ied.actor2.name == "Military Forces of Pakistan"


def test_a_figure_of_the_killed_and_the_wounded_together_is_no_death_toll():
    ev = _main(DAESH_HAMRIN, "ar", "2021-01-24")
    # "حصيلة الهجوم الإجمالية بلغت أكثر من 25 قتيلاً وجريحًا": 25 killed and wounded; the PMF's source counts 11 dead
    assert ev.fatalities == 11
    assert ev.actor1.name == "Islamic State (Iraq)"


def test_a_deed_the_parse_hung_on_the_reporting_verb_is_the_reported_subjects():
    ev = _main(AIM_PALMA, "en", "2018-05-31")
    # "The Mozambican police ... confirmed that unidentified criminals, ... decapitated ten people": the criminals did it
    assert ev.sub_event_type == "Attack"
    assert ev.actor1.name == "Unidentified Armed Group (Mozambique)"
    assert ev.fatalities == 10  # "decapitated ten people"


def test_a_manner_adverb_between_the_auxiliary_and_the_participle_keeps_the_toll():
    ev = _main(BENIN_PENDJARI, "fr", "2022-04-13")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert ev.actor2.name == "Military Forces of Benin"
    # "cinq membres des forces armées béninoises ont été tragiquement tués"
    assert ev.fatalities == 5


def test_a_past_toll_told_after_the_event_is_an_earlier_incidents_and_herders_and_farmers_are_communities():
    ev = _main(TCHAD_MANGALME, "fr", "2023-02-28")
    assert ev.sub_event_type == "Armed clash"
    # "En août, 22 personnes avaient été tuées dans des affrontements analogues": not this clash's toll
    assert ev.fatalities == 11
    # "des affrontements entre éleveurs et cultivateurs"
    assert (ev.actor1.name, ev.actor1.text) == ("Unidentified Communal Militia (Chad)", "éleveurs")
    assert (ev.actor2.name, ev.actor2.text) == ("Unidentified Communal Militia (Chad)", "cultivateurs")


def test_a_headline_lists_a_figure_told_with_a_name_and_a_person_alone():
    ev = _main(SULU_PATIKUL, "en", "2018-05-14")
    assert ev.sub_event_type == "Armed clash"
    # "5 Sayyaf men, soldier killed in fresh Sulu clash"; "Five Abu Sayyaf bandits and a soldier were killed"
    assert ev.fatalities == 6
    assert {ev.actor1.name, ev.actor2.name} == {"Abu Sayyaf Group", "Military Forces of the Philippines"}


def test_explosives_a_drone_carried_make_a_drone_strike():
    ev = _main(ELN_AGUACHICA, "en", "2025-12-19")
    # "attacked a military outpost in Aguachica ... using drones and explosive devices, killing seven soldiers"
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev.actor1.name == "ELN: National Liberation Army"
    assert ev.fatalities == 7


def test_strikes_carried_out_are_no_execution():
    result = extract(MALI_TINZAOUATENE, lang="fr", published="2024-08-25")
    # "L'armée de la junte malienne et les mercenaires russes ... ont exécuté plusieurs frappes de drone": they struck
    told = [e for e in result.events if e.actor1 is not None and e.actor1.name == "Military Forces of Mali"]
    assert told and all(e.sub_event_type == "Air/drone strike" for e in told)


def test_one_fight_told_from_each_side_is_one_incident_with_both_sides_dead():
    ev = _main(AHWAR_BELT, "ar", "2022-09-06")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor1.name == "AQAP: Al Qaeda in the Arabian Peninsula"
    # "قوات الحزام الأمني" is ACLED's 'Military Forces of Yemen ... Security Belt Forces', as in English
    assert ev.actor2.name == "Military Forces of Yemen Security Belt Forces"
    # six attackers killed, and "ارتقى 12 شهيدًا من جنود الحزام الأمني" while repelling the attack
    assert ev.fatalities == 18


def test_the_toll_of_the_incident_a_report_follows_is_not_its_own():
    ev = _main(KADUNA_ABUJA, "en", "2019-09-09")
    # "The latest incident follows the killing of three suspected kidnappers ... by the police"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.fatalities == 0


def test_a_peacekeeping_mission_that_announces_its_dead_does_not_fight_itself():
    ev = _main(MINUSCA_CONVOI, "fr", "2017-05-10")
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor2.name.startswith("MINUSCA")
    assert ev.actor1.name == "Unidentified Armed Group (Central African Republic)"


def test_shells_nobody_is_said_to_have_fired_are_an_unidentified_groups():
    for text, lang, published, country in ((PANG_CHIN_NOTE, "en", "2021-01-02", "Myanmar"),
                                           (AHRAM_MOGADISHU, "en", "2021-03-25", "Somalia")):
        ev = _main(text, lang, published)
        assert ev.sub_event_type == "Shelling/artillery/missile attack"
        assert ev.actor1.name == f"Unidentified Armed Group ({country})"


def test_what_a_crowd_condemns_is_its_grievance_not_force_against_it():
    ev = _main(IRBID_NOTE, "en", "2024-01-02")
    # "The protesters also condemned Israel's killing of Hamas' deputy chairman"
    assert (ev.sub_event_type, ev.actor1.name, ev.actor2) == ("Peaceful protest", "Protesters (Jordan)", None)


def test_police_preventing_a_crowd_from_entering_intervene():
    ev = _main(MAHALLA_NOTE, "en", "2024-02-22")
    # "police forces closed factory gates to prevent protesting workers from entering"
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.name == "Police Forces of Egypt"


def test_a_protest_someone_is_held_for_having_joined_is_no_event_of_its_own():
    ev = _main(IDLEB_NOTE, "en", "2024-06-24")
    # "HTS security forces detained an activist ... for participating in the protests against the group"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "HTS: Hayat Tahrir al Sham"



def test_fighters_a_subset_names_as_the_states_are_no_second_side():
    ev = _main(FALANGOUTOU, "fr", "2023-01-31")
    # "Au moins treize personnes, dont une dizaine de gendarmes, ont été tuées" and "un bilan provisoire « de douze
    # combattants tombés, dont deux VDP »": the VDP fight on the state's side, so the twelve are among the thirteen
    assert ev.fatalities == 13


def test_a_town_told_with_its_other_name_in_brackets_before_city_is_read():
    ev = _main(GHOR_NOTE, "en", "2020-04-27")
    # "Chaghcharan (Ferozkoh) city, Ghor" (NER: PERSON)
    assert (ev.location.name, ev.location.country) == ("Fayrōz Kōh", "AF")
    assert ev.actor1.name == "Unidentified Armed Group (Afghanistan)"
    assert ev.actor2.name == "Military Forces of Afghanistan"


def test_a_strike_by_an_aircraft_nobody_could_name_is_an_unidentified_military_forces():
    ev = _main(BELGA_JAKARA, "fr", "2020-10-22")
    # "Une frappe en provenance d'un drone non identifié a tué 14 djihadistes ... Il n'était pas possible de savoir
    # dans l'immédiat qui est à l'origine de la frappe."
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.actor1.name, ev.actor1.text) == ("Unidentified Military Forces", "drone non identifié")
    assert ev.fatalities == 14


def test_the_side_whose_attack_the_other_thwarted_comes_first():
    ev = _main(HAYS_NOTE, "en", "2024-01-04")
    # "WCJF clashed with Houthi forces and 'thwarted their infiltration attempt'": the Houthis attacked
    assert ev.sub_event_type == "Armed clash"
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Yemen Houthi", "West Coast Joint Forces")


def test_a_grievance_marker_that_holds_the_protest_word_tells_the_crowds_cause():
    ev = _main(HAWKERS_NOTE, "en", "2006-09-01")
    # "march to protest the alleged killing of a friend. Police fired tear gas.": the killing is the grievance
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.fatalities == 0


def test_an_armed_clans_road_block_told_as_a_protest_is_a_protest():
    ev = _main(BURTINLE_NOTE, "en", "2025-04-03")
    # "unidentified clan militia blocked the main entrance roads ... in protest against the increased vehicle taxes"
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")
    assert ev.actor1.name == "Unidentified Clan Militia (Somalia)"


def test_a_headlines_present_tense_interception_is_a_disrupted_weapons_use():
    result = extract(COALITION_INTERCEPTS, lang="ar", published="2016-10-09")
    # "التحالف العربي يعترض صاروخا باليستيا أطلقه الحوثيون تجاه السعودية"
    headline = [e for e in result.events if e.trigger is not None and e.trigger.text == "يعترض"]
    assert [(e.sub_event_type, e.actor1.name) for e in headline] == [("Disrupted weapons use", "Operation Restoring Hope")]


def test_a_town_in_capitals_before_a_colon_is_a_dateline_not_the_events_place():
    result = extract(AFP_NYAUNG_KONE, lang="en", published="2023-06-28")
    # "BANGKOK: An airstrike led by the Myanmar military resulted in the death of ten civilians in a village"
    assert result.events
    assert all(e.location is not None and e.location.country == "MM" for e in result.events)


def test_citizens_of_a_country_are_its_civilians():
    lead = MISSIONNAIRES_HAITI.split("\n")[1]
    ev = _main(lead, "fr", "2021-10-19")
    # "Les 16 citoyens américains et un Canadien ont été enlevés samedi par le puissant gang des “400 Mawozo”"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert (ev.actor2.name, ev.actor2.text) == ("Civilians (United States)", "citoyens américains")


def test_the_coders_bracket_of_event_type_names_no_actor_and_ends_no_sentence():
    ev = _main(TABRIZ_NOTE, "en", "2026-03-01")
    # "Israeli forces targeted (coded as air/drone strikes by default) Tabriz Shahid Madani Airport ... (Tabriz, East
    # Azerbaijan)": Israel's strike on Tabriz; "US forces were excluded as actors in this event"
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1.name == "Military Forces of Israel"
    assert ev.actor2 is None or "Default" not in (ev.actor2.name or "")
    assert (ev.location.name, ev.location.country) == ("Tabriz", "IR")
