"""The words roles are read by in the dependency parse (:mod:`sitrep.extraction.arguments`): dependency labels and
prepositions of author and target, verbs whose object is the event and whose subject its author, nouns that name
their author or the dead, words of time and reference that name no participant."""
from __future__ import annotations

AGENT_PREPS = {"by", "par"}
# Prepositions that introduce what an act of violence is aimed at ("fired on", "tiré sur", "against").
AIM_PREPS = {"on", "against", "at", "upon", "into", "toward", "towards", "targeting", "contre", "sur", "vers", "visant"}
# Nouns of a toll: their modifiers name the side that suffered it ("2 Hezbollah deaths"), never its author; they hold
# no author themselves, and may be a sentence's only event word ("with no report of fatalities nor injuries").
TOLL_NOUNS = frozenset({"deaths", "death", "casualties", "casualty", "fatalities", "fatality", "injuries", "victims", "dead",
                        "losses"})
# Verbs whose subject is the one who died, never an author.
# (and the adjective of a copula: "Une dizaine de personnes sont mortes", "ten people are dead")
DEATH_VERBS = frozenset({"die", "perish", "succumb", "mourir", "périr", "décéder", "succomber", "mort", "dead"})
# "set fire to", "mis le feu à": the thing set on fire follows these.
FIRE_PREPS = {"to", "à", "au", "aux"}
# "of"/"de" after an event noun: its target ("the bombing of the embassy") unless an armed actor (its author).
OF_PREPS = {"of", "de", "d'", "du", "des"}
# An event noun these introduce is the setting of the clause, not its object: the clause's subject is
# the victim ("three soldiers were killed in an attack", "came under fire").
SETTING_PREPS = {"in", "during", "under", "dans", "lors", "pendant", "sous", "au", "en"}
# Prepositions of the means an event was carried out with ("with a Javelin missile", "avec un drone").
INSTRUMENT_PREPS = {"with", "avec"}
# Events whose two sides act on each other: a clash, an agreement.
MUTUAL = ("Armed clash", "Agreement")
# Where a bomb went off or fire was aimed when not "at" its target ("exploded outside the ministry").
NEAR_PREPS = {"outside", "near", "beside", "près", "devant", "auprès"}
# Verbs whose object is an event noun and whose subject is its author ("X carried out an attack").
LIGHT_VERBS = {
    "carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "claim", "execute", "lead", "make", "unleash",
    "mener", "lancer", "perpétrer", "commettre", "revendiquer", "effectuer", "conduire", "organiser", "réaliser",
    "procéder", "opérer",  # ("L'armée malienne a procédé à des frappes de drone", RFI via Enquête Plus, 7 Nov 2023)
    # agreements: "signed a ceasefire", "reached a deal", "a conclu un accord"
    "sign", "reach", "conclude", "broker", "signer", "conclure", "parapher",
    # weapons used, dropped or fired: "dropped munitions containing chloropicrin", "a utilisé des gaz"
    "use", "drop", "deploy", "utiliser", "employer", "larguer",
    # weapons thrown, fired or set off: "threw a hand grenade at", "planted an IED", "a jeté une grenade"
    "throw", "hurl", "lob", "fire", "plant", "detonate", "jeter", "tirer", "poser", "déclencher",
    # arms found, seized or made safe: "police forces ... discovered a large cache of explosives" (ACLED's 2020 Greece
    # rows, GRC1854: Disrupted weapons use, the police its actor1), "ont découvert une cache d'armes"
    "discover", "uncover", "recover", "seize", "defuse", "dismantle", "découvrir", "saisir", "désamorcer", "démanteler",
    # deeds one takes part in: "pastoralist militias were reported to have engaged in a spate of attacks against
    # farmers" (ACLED's 2020 Sudan row, an Attack by Darfur Communal Militia)
    "engage",
}
# Event nouns that name their author: the word itself is actor1's ("a suicide bomber", "un kamikaze").
AGENT_NOUNS = {
    "bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "shooter", "shooters",
    "sniper", "snipers", "kamikaze", "kamikazes", "hijacker", "hijackers", "kidnapper", "kidnappers", "abductor",
    "abductors", "rioter", "rioters", "looter", "looters", "arsonist", "arsonists", "militant", "militants",
    "assaillant", "assaillants", "attaquant", "attaquants", "tireur", "tireurs", "ravisseur", "ravisseurs",
    "émeutier", "émeutiers", "pillard", "pillards", "incendiaire", "incendiaires",
}
# Nouns for what is left of the dead: who they were "of" are the victims, armed or not.
REMAINS = frozenset({"corpse", "body", "remains", "cadavre", "corps", "dépouille"})
# Nouns for armed non-state men that, after "of" an event noun, name its author, not its target ("une
# attaque des rebelles ADF", "l'attaque du gang", "an attack of jihadists").
ARMED_OF_AUTHORS = AGENT_NOUNS | {
    "rebelles", "rebelle", "jihadistes", "djihadistes", "terroristes", "insurgés", "islamistes", "miliciens",
    "gang", "gangs", "bandits", "rebels", "jihadists", "insurgents", "terrorists", "militiamen", "bandits",
}
# Attack nouns whose "of" names the armed group that made them, not its target ("une embuscade d'un groupe
# anti-balaka", "l'assaut des hommes de la CPC"); a state's forces after them stay ambiguous ("l'attaque des soldats").
AUTHORED_NOUNS = frozenset({
    "attaque", "attaques", "embuscade", "embuscades", "assaut", "assauts", "attentat", "attentats", "raid", "raids",
    "incursion", "incursions", "offensive", "attack", "attacks", "ambush", "ambushes", "assault", "assaults",
})
# Participles that label someone named before them; the "by" phrase after them names who labelled, not who acted
# ("tuées par des hommes armés, qualifiés de « terroristes » par les autorités").
LABEL_PARTICIPLES = frozenset({
    "qualifié", "qualifiés", "qualifiée", "qualifiées", "présenté", "présentés", "présentée", "présentées", "décrit",
    "décrits", "décrite", "décrites", "désigné", "désignés", "désignée", "désignées", "considéré", "considérés",
    "identifié", "identifiés", "identifiée", "identifiées", "soupçonné", "soupçonnés", "suspecté", "suspectés",
    "described", "labelled", "labeled", "branded", "identified", "suspected", "termed", "dubbed", "called",
})
# Nouns of time: never an actor or a target ("on Friday afternoon", "lundi").
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
    "night", "midnight", "midday", "noon", "dawn", "dusk", "day", "days", "week", "weeks", "month", "months", "year",
    "years", "hour", "hours", "minute", "minutes", "weekend", "today", "yesterday", "tonight", "time", "times",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "matinée", "après-midi", "soir",
    "soirée", "nuit", "aube", "jour", "jours", "journée", "semaine", "semaines", "mois", "an", "ans", "année", "années",
    "heure", "heures", "minute", "minutes", "week-end", "aujourd'hui", "hier", "veille", "lendemain", "fois",
}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "oneself", "se", "s'", "soi", "lui-même", "eux-mêmes", "elle-même"}
RELATIVES = {"who", "which", "that", "whom", "qui", "lequel", "laquelle", "lesquels", "lesquelles"}
# Objects of "open fire" / "ouvrir le feu": part of the verb phrase, not its target.
LIGHT_OBJECTS = {"fire", "feu", "attack", "attaque", "assault", "strike", "strikes", "raid", "fight", "battle", "war"}
# Verbs and objects that say an event happened, nothing was hit: "the attack took place", "ont eu lieu".
OCCURRED = frozenset({("take", "place"), ("avoir", "lieu")})
MAX_PHRASE_TOKENS = 14
