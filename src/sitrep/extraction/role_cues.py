"""Roles the parse leaves out, read from the words around an event: the other side of a fight ("clashes
with JNIM"), a passive's agent ("par des présumés ADF"), a strike's nationality ("frappe de drone
israélienne"), the group a generic noun's men belong to ("fighters from the PDF"), the side that left a
place another took ("after government troops fled"), and a subject that is only the dateline."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..model import Actor, Event, Mention, Sentence
from ..resolve.geo_context import dateline
from .role_phrases import Role, Roles
from .generic_actors import STATE_KINDS, UNIDENTIFIED, actors_in, state_forces, with_country
from .context import DocContext
from .triggers import Hit

# Kinds of the armed groups a state fights (who may be a battle's other side or lose ground).
ARMED_TARGETS = ("rebel", "islamist", "militia", "ethnic")
# Generic words of armed men. As the victims of a killing they make it a battle, not violence against
# civilians (ACLED codebook 2023, Battles: "a gang member was killed by two rival gang members").
ARMED_PERSON = re.compile(r"\b(?:gunm[ae]n|armed|militants?|fighters?|gangs?|gangsters?|bandits?|robbers?|attackers?|"
                          r"assailants?|insurgents?|rebels?|jihadists?|combatants?|militiam[ae]n|militiamen|raiders?|"
                          r"assaillants?|combattants?|hommes\s+armés|bandits?\s+armés?)\b", re.IGNORECASE)


def armed_side(actor: Actor | None) -> bool:
    """Whether a side the text names (it has a span) is an armed group, or armed men named generically."""
    return actor is not None and actor.start is not None and (
        actor.kind in ARMED_TARGETS or actor.kind == "unidentified" and bool(ARMED_PERSON.search(actor.text or "")))


# A role phrase that is only a count ("2", "three"): the parse lost the noun counted.
COUNT_ONLY = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens", re.IGNORECASE)


def two_armed_sides(agent: Actor, patient: Actor, sub: str | None = None) -> bool:
    """Whether one generic name stands for two sides the text names apart: armed men on both sides ("a gang
    member was killed by two rival gang members" is Unidentified Gang against Unidentified Gang), or, in a battle
    (``sub``), two communities both named as civilians ("Fulani pastoralists clashed with Mousseye farmers")."""
    if agent.start is None or patient.start is None:
        return False
    apart = (agent.end or 0) <= patient.start or (patient.end or 0) <= agent.start
    if sub == "Armed clash" and agent.kind == patient.kind == "civilians":
        return apart
    return apart and (agent.name or "").startswith(UNIDENTIFIED) and armed_side(agent) and armed_side(patient)


def first_force(ctx: DocContext, sentence: Sentence) -> Actor | None:
    """The first force the sentence names by name (a state's, an armed group's, a coalition's), or None."""
    return next((a for a in actors_in(ctx, sentence.start, sentence.end) if a.name and a.confidence >= 0.8
                 and (a.kind in STATE_KINDS or a.kind in ARMED_TARGETS or a.kind == "external")), None)


# A copula before a generic side: "Dyck Advisory Group are the suspected attackers", "X were believed to be the
# attackers".
_COPULA_BEFORE = re.compile(r"\s+(?:are|is|were|was)\s+(?:(?:believed|thought|said|suspected)\s+to\s+(?:be|have\s+been)\s+)?"
                            r"(?:the\s+)?$", re.IGNORECASE)


def copula_subject(ctx: DocContext, side: Actor) -> Actor | None:
    """The named armed actor a copula makes of a generic side ("Dyck Advisory Group are the suspected
    attackers"), or None."""
    if side.start is None:
        return None
    cop = _COPULA_BEFORE.search(ctx.text, max(0, side.start - 60), side.start)
    if cop is None:
        return None
    return next((a for a in ctx.actors if a.end == cop.start() and a.name and not a.name.startswith(UNIDENTIFIED)
                 and (a.kind in STATE_KINDS or a.kind in ARMED_TARGETS or a.kind == "external")), None)


def token_at(doc: Any, start: int) -> Any | None:
    """The parsed token at character ``start`` of ``doc``."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# The preposition before the other side of a fight: "clashes with JNIM", "accrochage avec les FARDC".
OPPONENT_BEFORE = re.compile(r"\b(?:with|against|avec|contre)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’]\s*|des\s+|du\s+)?$",
                              re.IGNORECASE)
# A passive's agent: "by suspected", "par des présumés", "par les".
BY_AGENT = re.compile(r"\b(?:by|par)\s+(?:the\s+|des\s+|les\s+|le\s+|la\s+|l['’]\s*|d['’]\s*)?"
                       r"(?:(?:suspected|alleged|présumés?|présumées?|supposés?)\s+)?", re.IGNORECASE)
# Who tells the news, not who took part: "selon le gouvernement", "according to the army", "a annoncé le
# gouvernement", "said the police", "بحسب", "وفقا ل".
SOURCE_BEFORE = re.compile(r"(?:\b(?:selon|d['’]après|according\s+to)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|des\s+)?"
                           r"|\b(?:a\s+(?:annoncé|indiqué|déclaré|affirmé|précisé)|ont\s+(?:annoncé|indiqué|déclaré)|"
                           r"said|says|told)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)"  # (not "said it had captured")
                           r"|(?:بحسب|حسب|وفقا\s+ل|وفق)\s*)$", re.IGNORECASE)
# The verb that makes a side named after the event its source: "..., police said", "..., the rebel group and
# local activists said" (a second source may be coordinated before the verb).
SAID_AFTER = re.compile(r"(?:\s+(?:and|et)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+"
                        r"(?:said|say|says|told|reported|confirmed|announced|a\s+indiqué|ont\s+indiqué)\b", re.IGNORECASE)
# A group's supporters, who rally as a crowd: "Houthi supporters", "partisans du", "أنصار".
# (or the group as the sponsor of what its crowd holds: "tribesmen held a Houthi-sponsored demonstration", ACLED's Yemen
# rows of 2024, Protesters (Yemen) with the Houthis as associates)
# (a group's returnee or defector has left it: "a suspected Al Shabaab returnee was killed", ACLED's Kenya row codes
# a civilian)
SUPPORTERS = re.compile(r"\s+(?:supporters|followers|loyalists|sympathi[sz]ers|sympathi[sz]ing|partisans|"
                        r"sympathisants|returnees?|defectors?)\b"
                        r"|-(?:sponsored|organi[sz]ed|backed|called)\s", re.IGNORECASE)
SUPPORTERS_OF = re.compile(r"(?:\b(?:supporters|followers|loyalists|partisans|sympathisants)\s+(?:of|du|de\s+la|de\s+l['’]|des|de)\s+"
                           r"(?:the\s+)?|(?:أنصار|مناصري|مؤيدي)\s*)$", re.IGNORECASE)
# The word that names a state's authorities without saying which arm ("the authorities", "les autorités", "السلطات").
AUTHORITIES = re.compile(r"(?:(?:the|les|local|Iranian|[A-Z]\w+)\s+)?(?:authorities|autorités(?:\s+\w+)?)|(?:و?ال)?سلطات(?:\s+\S+)?",
                         re.IGNORECASE)
RELATIVE = re.compile(r"\b(?:which|that|who|whom|where|qui|que|dont|où|الذي|التي|الذين)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


_OBJECT_OPENS = re.compile(r"(?:the|a|an|its|their|le|la|les|un|une|des|l['’]\w*|sa|ses|leur|leurs)$", re.IGNORECASE)


def demonym_after(ctx: DocContext, countries: Any, anchor: Hit) -> Actor | None:
    """The state whose demonym follows a strike word within two words ("frappe de drone israélienne",
    "tirs d'artillerie russes", "frappes aériennes turques"): its forces."""
    demonym = getattr(countries, "country_for_demonym", None)
    if demonym is None:
        return None
    own = list(_WORD.finditer(ctx.text, anchor.start, anchor.end))
    if len(own) > 1 and demonym(own[-1].group()):
        # the strike word's own last word ("une frappe présumée russe", the lexicon's whole phrase)
        w = own[-1]
        return state_forces(countries, demonym(w.group()), w.group(), w.start(), w.end(), 0.55)
    for k, w in enumerate(_WORD.finditer(ctx.text, anchor.end, min(len(ctx.text), anchor.end + 40))):
        if k >= 2 or re.search(r"[.,;:!?]", ctx.text[anchor.end:w.start()]) or _OBJECT_OPENS.match(w.group()):
            break  # (a determiner opens the verb's object: "targeted the US embassy", "ont visé l'ambassade américaine")
        iso = demonym(w.group())
        if iso:
            # (the demonym opening a force's name names that force: "killed in Brazilian police raid")
            force = next((a for a in ctx.actors if a.start == w.start() and (a.end or 0) > w.end() and a.kind in STATE_KINDS), None)
            if force is not None:
                return replace(force, confidence=min(force.confidence, 0.55))
            return state_forces(countries, iso, w.group(), w.start(), w.end(), 0.55)
    return None


# Leaving a place: the side named before the verb ("government troops fled", "les rebelles se sont retirés")
# or after the noun ("the withdrawal of", "après le retrait de", "انسحاب").
_LEFT_VERB = re.compile(r"\s*(?:(?:peacekeepers|troops|forces|soldiers|fighters|rebels|militants|units|casques\s+bleus)\s+)?"
                        r"(?:had\s+|have\s+)?(?:fled|withdrew|withdrawn|retreated|pulled\s+out|abandoned|left\b|"
                        r"se\s+sont\s+retirés|s['’]est\s+retiré|ont\s+fui|ont\s+abandonné|se\s+sont\s+repliés|"
                        r"انسحب|انسحبت|فرت|فر\b)", re.IGNORECASE)
_LEFT_NOUN = re.compile(r"(?:withdrawal\s+of|retreat\s+of|pull-?out\s+of|retrait\s+(?:de\s+la|de\s+l['’]|des|du|de)|"
                        r"repli\s+(?:de\s+la|de\s+l['’]|des|du|de)|انسحاب|فرار)\s*(?:the\s+)?(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def who_left(ctx: DocContext, sentence: Sentence, taker: Actor, cname: str | None) -> Actor | None:
    """The side that withdrew from or fled a place another took: ACLED's actor2 of the taking."""
    for a in actors_in(ctx, sentence.start, sentence.end):
        if not a.name or a.name == taker.name or a.end is None or a.start is None \
                or not (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS or a.kind == "external"):
            continue
        if left_place(ctx, a, sentence):
            return with_country(replace(a, confidence=min(a.confidence, 0.6)), cname)
    return None


def transfer_sides(ctx: DocContext, sentence: Sentence, ev: Event, cname: str | None) -> None:
    """A place handed over without a fight: who took it is actor1, who left it actor2 ("دخلت قوات الدعم
    السريع مدينة الضعين ... بعد انسحاب قوات الجيش", "took over the camp after MINUSMA withdrew")."""
    a1 = ev.actor1
    receiver = _handed_to(ctx, sentence, a1)
    if receiver is not None:
        # ("La France a rétrocédé ... à l'armée ivoirienne le camp militaire de Port-Bouët": who received it took it)
        ev.actor1, ev.actor2 = with_country(replace(receiver), cname), a1
        return
    if a1 is not None and a1.start is not None and a1.name and left_place(ctx, a1, sentence):
        taker = next((a for a in actors_in(ctx, sentence.start, sentence.end) if a.name and a.name != a1.name
                      and (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS) and not left_place(ctx, a, sentence)), None)
        if taker is not None:
            ev.actor1, ev.actor2 = with_country(replace(taker), cname), a1
            return
    if ev.actor2 is None and a1 is not None and a1.name:
        ev.actor2 = who_left(ctx, sentence, a1, cname)
    giver = _received_from(ctx, sentence, a1)
    if ev.actor2 is None and giver is not None:
        # ("الجيش السوري يتسلم قاعدة الشدادي العسكرية من الجانب الأمريكي": whom the base was received from left it)
        ev.actor2 = with_country(replace(giver), cname)


# A place handed over, and the word that names whom to: "a rétrocédé, ce jeudi, à l'armée ivoirienne", "handed over
# the base to the Iraqi army", "سلمت القاعدة إلى الجيش".
_HANDED_TO = re.compile(r"(?:rétrocéd\w*|remis\w*|cédée?s?|transférée?s?|handed\s+(?:it\s+)?(?:over|back)|transferred|ceded|"
                        r"سلمت|سلم|تسليم\w*)\b[^.]{0,80}?(?:\bà|\baux|\bau|\bto|إلى|الى)\s+", re.IGNORECASE)


def _handed_to(ctx: DocContext, sentence: Sentence, giver: Actor | None) -> Actor | None:
    """The forces a place was handed over to in ``sentence`` (see ``_HANDED_TO``), when another than ``giver``."""
    for m in _HANDED_TO.finditer(ctx.text, sentence.start, sentence.end):
        found = next((a for a in actors_in(ctx, m.end(), min(sentence.end, m.end() + 40)) if a.name
                      and (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS)), None)
        if found is not None and (giver is None or found.name != giver.name):
            return found
    return None


# A place received, and the word that names whom from: "يتسلم قاعدة الشدادي العسكرية من الجانب الأمريكي", "took over
# the base from French troops".
_RECEIVED_FROM = re.compile(r"(?:تسلم\w*|يتسلم|تتسلم|received|took\s+over|a\s+reçu|ont\s+reçu|a\s+repris)\b[^.]{0,80}?"
                            r"(?:\bfrom|\bdes\s+mains\s+d[eu']|(?<!\w)من)\s*", re.IGNORECASE)


def _received_from(ctx: DocContext, sentence: Sentence, taker: Actor | None) -> Actor | None:
    """The forces a place was received from in ``sentence`` (see ``_RECEIVED_FROM``), when another than ``taker``."""
    for m in _RECEIVED_FROM.finditer(ctx.text, sentence.start, sentence.end):
        found = next((a for a in actors_in(ctx, m.end(), min(sentence.end, m.end() + 40)) if a.name
                      and (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS or a.kind == "external")), None)
        if found is not None and (taker is None or found.name != taker.name):
            return found
    return None


# What may stand between a passive's cue and its agent: "fell to the Malian army", "sous contrôle du M23".
_ARTICLE_ONLY = re.compile(r"\s*(?:the|les?|la|l['’]|du|des|de\s+la|de\s+l['’])?\s*", re.IGNORECASE)


def passive_taker(ctx: DocContext, hits: list[Hit], sentence: Sentence) -> Actor | None:
    """Who took a place a passive tells taken ("Kidal fell to the Malian army", "est passée ... sous contrôle du
    M23"): the armed actor named right after the sentence's passive cue (``@passive`` of the event lexicons)."""
    for h in hits:
        if h.label != "@passive" or not sentence.start <= h.start < sentence.end:
            continue
        for a in actors_in(ctx, h.end, sentence.end):
            gap = _ARTICLE_ONLY.fullmatch(ctx.text, h.end, a.start) if a.start is not None else None
            if gap is not None and a.name and (a.kind in ARMED_TARGETS or a.kind in STATE_KINDS or a.kind == "external"):
                return replace(a, confidence=min(a.confidence, 0.6))
    return None


def left_place(ctx: DocContext, a: Actor, sentence: Sentence) -> bool:
    """Whether the text says ``a`` left ("X withdrew", "the withdrawal of X", "انسحاب X")."""
    return a.start is not None and a.end is not None and bool(
        _LEFT_VERB.match(ctx.text, a.end) or _LEFT_NOUN.search(ctx.text, max(sentence.start, a.start - 30), a.start))


_DATELINE_DASH = re.compile(r"\s[-—–]+\s")


def past_dateline(ctx: DocContext, r: Role) -> Role | None:
    """An agent role that is the dateline ("MOGADISHU, Sept 26 (Reuters) - Somali government forces ...
    recaptured", parsed with the forces in apposition to the city): the noun phrase after the dash, or
    nothing; any other role as it is."""
    m = r.mention
    cut = _DATELINE_DASH.search(m.text)
    # (the phrase may run past the dash: "TUGUEGARAO CITY, Philippines – Suspected members")
    head = Mention(m.text[:cut.start()], m.start, m.start + cut.start()) if cut is not None else m
    if not dateline(ctx.text, head) or cut is not None and r.head_start >= head.end:
        # (a phrase whose head word stands after the dash is the subject already: "MAROUA, Cameroon, Dec 17 - Boko
        # Haram fighters raided")
        return r
    tok = token_at(ctx.parsed, r.head_start)
    if tok is None:
        return None
    dash = re.search(r"[-—–]", ctx.text[head.end:head.end + 60])
    after = head.end + dash.end() if dash else None
    # (the apposition may hang lower: "TUGUEGARAO CITY, Philippines – Suspected members of the NPA burned", with the
    # city's first word read as a preposition)
    subject = next((c for c in tok.subtree if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                    and after is not None and c.idx >= after), None)
    if subject is None:
        return None
    found = Roles()
    found.add("agent", subject, ctx.parsed)
    return found.agents[0] if found.agents else None


# Between a generic noun and the group its men belong to: "from", "of", "loyal to", "du", "des", "issus du".
# ("gunmen believed to belong to IS", "suspected of belonging to", "said to be affiliated with": ACLED names the group)
# (a comma may set off the participle: "members of the Jaafar bin Abi Talib Brigade, affiliated with Turkistan Islamic Party")
MEMBERS_OF = re.compile(r"(?:,[ \t]*(?=affiliated|linked|loyal)|\s+)(?:(?:(?:believed|thought|said|reported|suspected|presumed|alleged)\s+to\s+(?:be\s+)?|"
                        r"suspected\s+of\s+)?(?:belong(?:ing)?\s+to|affiliated\s+(?:with|to)|linked\s+to)|"
                        r"from|of|loyal\s+to|de|du|des|d['’]|issus?\s+(?:de|du|des)|appartenant\s+(?:à|au|aux)|"
                        r"liés?\s+(?:à|au|aux))\s+"
                        r"(?:the\s+|la\s+|l['’]\s*|le\s+|les\s+)?(?:(?:banned|outlawed|proscribed|so-called|rebel|armed|"
                        r"jihadist|militant|terrorist|group|groupe|mouvement|organisation|organization|armée?s?|rebelles?|"
                        r"d?jihadistes?|terroristes?|islamistes?)\s+)*",
                        re.IGNORECASE)


# A definite article or demonstrative right before a noun: it names someone already told of ("the
# militants", "les assaillants", "l'assaillant").
DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:the|these|those|les|ces|le|la|l['’])\s*$", re.IGNORECASE)


def without_dateline(ctx: DocContext, roles: Roles) -> None:
    """Drop the dateline from an event's roles ("MOSCOW, May 10 (Reuters) - A Ukrainian drone struck": where
    the report was filed, not a subject the parser may make of it), or take the subject it hides."""
    agents = [past_dateline(ctx, r) for r in roles.agents]
    roles.agents = [r for r in agents if r is not None]
    roles.patients = [r for r in roles.patients if not dateline(ctx.text, r.mention)]


def home_country(ctx: DocContext, sentence: Sentence) -> str | None:
    """Where an event that no place locates happened, as ACLED would guess it: the home of the one armed
    group of the sentence that fights at home ("Al Shabaab militants looted livestock" is in Somalia).
    Armies are no guide (they strike abroad), but a police force works at home ("killed by Kenyan police in
    Likoni"); neither are groups present in many countries."""
    homes = {a.country for a in actors_in(ctx, sentence.start, sentence.end)
             if (a.kind in ARMED_TARGETS or a.kind == "police") and a.country}
    return homes.pop() if len(homes) == 1 else None


_BY_NEXT = re.compile(r"\s+by\b", re.IGNORECASE)


def reduced_passive_subject(ctx: DocContext, anchor: Hit) -> Actor | None:
    """The actor named right before a passive event word that has no auxiliary ("3 Suspected Alshabaab militants
    killed by Kenyan police", a note's headline style): the victim, whom a parser may take for the verb's subject."""
    if not (ctx.text[anchor.start:anchor.end].lower().endswith(" by") or _BY_NEXT.match(ctx.text, anchor.end)):
        return None
    return next((replace(a, confidence=min(a.confidence, 0.6)) for a in ctx.actors if a.end is not None and a.name
                 and 0 <= anchor.start - a.end <= 2 and a.kind not in ("protesters",)), None)
