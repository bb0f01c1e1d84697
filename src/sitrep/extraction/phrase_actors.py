"""Role phrases named as ACLED actors: a phrase read by the actor table (or a state's demonym, or an actor
named inside it), each member of a coordination ("the United States and France": the first the actor,
the others its associates), and the owner a weapon's modifiers name ("Russian jets", "des avions
russes", "a drone launched by Hezbollah")."""
from __future__ import annotations

import re
from typing import Any

from ..model import Actor, Mention, Sentence
from ..resolve.actors import GENERIC_NAME
from .arabic_roles import arabic_state_author
from .role_phrases import Role, full_extent, objects_of_preps
from .context import DocContext
from .coref import possessor
from .generic_actors import UNIDENTIFIED, actors_in, state_forces
from .role_cues import SOURCE_BEFORE, token_at
from .triggers import Hit

# Modifiers of a weapon that may name its owner ("Russian jets", "government helicopters", "avions russes").
_OWNER_DEPS = {"amod", "compound", "nmod", "poss", "nmod:poss"}
# Kinds that may own a weapon used as the subject of an attack (not victims, not an unnamed group).
_OWNERS_EXCLUDED = {"civilians", "protesters", "rioters", "unidentified"}
MAX_CONJUNCTS = 4


def state_test(countries: Any) -> Any:
    """Whether a word names a state (a country's name or demonym: "US", "Israeli", "israélienne")."""
    demonym = getattr(countries, "country_for_demonym", None)
    iso2 = getattr(countries, "country_named", None)
    if demonym is None:
        return None
    return lambda w: bool(demonym(w) or (iso2 is not None and iso2(w)))


def name_phrase(ctx: DocContext, phrase: Mention, country: str | None,
                extent: tuple[int, int] | None = None, countries: Any = None) -> Actor | None:
    """An ACLED-named actor for a phrase: an actor mention inside it, the actor table's reading of it
    (a bare country name is its military forces), a state's forces for a bare demonym ("israéliennes",
    "Israeli"), else an actor mention in its ``extent`` (the phrase with its relative clause)."""
    owner = _unit_owner(ctx, phrase)
    if owner is not None:
        return owner
    inside = [a for a in ctx.actors if a.start is not None and phrase.start <= a.start and (a.end or 0) <= phrase.end
              and not (_POSSESSOR.match(ctx.text, a.end or 0, phrase.end)  # not "two soldiers' relatives"
                       and not _QUOTE_BEFORE.match(ctx.text, max(0, a.start - 1)))  # (but "1 'Arbaki' commander")
              and not (a.kind == "government" and _qualifies_noun(ctx, (a.end or a.start + 1) - 1))
              and not SOURCE_BEFORE.search(ctx.text, max(0, a.start - 30), a.start)]
    if not inside:
        # The parse cut the phrase short of the name ("des hommes | armés", "armés" read as a verb):
        # an actor mention that starts inside the phrase and runs on a word or two.
        inside = [a for a in ctx.actors if a.start is not None and phrase.start <= a.start < phrase.end
                  and phrase.end < (a.end or 0) <= phrase.end + 30
                  and (_modifiers_only(ctx, phrase.end, a.end or 0) or not GENERIC_NAME.match(a.name or "")
                       # ("des hommes | armés présumés jihadistes": armed, whatever the bare head would say)
                       or a.kind in ("unidentified", "islamist", "rebel", "militia"))]
    if not inside:
        # The parse cut a hyphenated front off the phrase ("an off- | duty policeman", "3 Saudi-led | coalition
        # airstrikes", "pro-Houthi | forces"): an actor mention that starts a word or two before the phrase, at or
        # across the hyphen, and runs into it.
        inside = [a for a in ctx.actors if a.start is not None and phrase.start - 12 <= a.start < phrase.start
                  < (a.end or 0) and "-" in ctx.text[max(0, a.start - 5):phrase.start]
                  and not re.search(r"[.,;:]", ctx.text[a.start:phrase.start])]
    if inside:
        a = inside[0]
        # ("pro-Hadi forces of the 35th Armored Brigade": the unit the forces belong to, ACLED's finer name)
        a = next((b for b in inside[1:] if b.name and a.name and b.name.startswith(a.name + " ")), a)
        # ("the UPC rebels from CPC": a member group's men told as the coalition's, which ACLED codes, CAR 2021)
        a = next((b for b in ctx.actors if a.end is not None and b.start is not None and b.start > a.end
                  and b.kind == a.kind and _MEN_FROM.fullmatch(ctx.text, a.end, b.start)), a)
        return Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.9), a.kind, a.country)
    if ctx.actor_table is not None:
        found = ctx.actor_table.resolve(phrase.text, ctx.lang, country)
        if found is not None and found.end is not None and (
                _POSSESSOR.match(phrase.text, found.end)
                or found.kind == "government" and found.end is not None and _qualifies_noun(ctx, phrase.start + found.end - 1)):
            found = None  # "two soldiers' relatives" are no soldiers; "government jobs" no government
        if found is not None:
            return Actor(found.name, phrase.text, phrase.start, phrase.end, min(found.confidence, 0.8), found.kind, found.country)
    words = phrase.text.split()
    if countries is not None and len(words) <= 2:
        iso = countries.country_for_demonym(words[-1])
        name = countries.country_name(iso) if iso else None
        counted = len(words) == 2 and words[0].lower() not in _DETERMINERS and words[-1][-1:].lower() in ("s", "x")
        one = len(words) == 1 and words[0][:1].isupper() and bool(_ONE_BEFORE.search(ctx.text, max(0, phrase.start - 8), phrase.start)) \
            and _person_noun(ctx, phrase)
        # (a bare plural aimed at is people too: "Israeli settlers opened fire at Palestinians during a raid")
        aimed = len(words) == 1 and words[0][-1:].lower() in ("s", "x") \
            and bool(_AIMED_BEFORE.search(ctx.text, max(0, phrase.start - 12), phrase.start))
        if name and (counted or one or aimed):
            # people counted by nationality ("killing 9 Palestinians", "deux Afghans", "Un Palestinien a été
            # tué") are civilians; "the Israelis" as a side are its forces
            return Actor(f"Civilians ({name})", phrase.text, phrase.start, phrase.end, 0.5, "civilians", iso)
        if name and len(words) == 2 and _HEAD_OF_STATE.fullmatch(words[0]):
            # ("exécute le président haïtien", "killed the Afghan minister"): the office is the state's government,
            # not its forces (ACLED codes an attack on a head of state or a minister against the Government of X)
            return Actor(f"Government of {name}", phrase.text, phrase.start, phrase.end, 0.45, "government", iso)
        if name:
            return state_forces(countries, iso, phrase.text, phrase.start, phrase.end, 0.45)
    if extent is not None:
        wider = [a for a in ctx.actors if a.start is not None and extent[0] <= a.start and (a.end or 0) <= extent[1]
                 and not _POSSESSOR.match(ctx.text, a.end or 0, extent[1])
                 and not (a.kind == "government" and _qualifies_noun(ctx, (a.end or a.start + 1) - 1))
                 and not SOURCE_BEFORE.search(ctx.text, max(0, a.start - 30), a.start)]
        if wider:
            a = wider[0]
            return Actor(a.name, a.text, a.start, a.end, min(a.confidence, 0.6), a.kind, a.country)
    return None


# An actor named as the possessor of the phrase's head ("soldiers' relatives", "the army's victims").
_POSSESSOR = re.compile(r"(?:'s|’s|'|’)\s+\w")
# A quote opening the name: its closing quote is no possessive ("1 'Arbaki' commander", ACLED's notes quote local names).
_QUOTE_BEFORE = re.compile(r"['‘’]")
# The words for a force's own units after its possessive ("the PMF's peace companies", "the army's 5th brigade").
_OWNER_WORD = re.compile(r"\b([A-Z][\w-]+)(?:'s|’s)\s")
_UNIT_AFTER = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:companies|company|brigades?|units?|battalions?|divisions?|"
                         r"regiments?|forces|fighters|wing|corps)\b", re.IGNORECASE)


def _unit_owner(ctx: DocContext, phrase: Mention) -> Actor | None:
    """The force a phrase names as the owner of one of its units, or of a group inside it ("the PMF's Badr
    Organization", "the PMF's peace companies"): ACLED codes the force. ``None`` otherwise."""
    if ctx.actor_table is None:
        return None
    for m in _OWNER_WORD.finditer(ctx.text, phrase.start, phrase.end):
        owner = ctx.actor_table.resolve(m.group(1), ctx.lang, None)
        if owner is None or not owner.name or owner.kind not in ("state_military", "police", "militia") \
                or owner.confidence < 0.6:
            continue
        group_after = any(b.start is not None and m.end() <= b.start < phrase.end and b.name
                          and b.kind in ("state_military", "police", "militia") for b in ctx.actors)
        if group_after or _UNIT_AFTER.match(ctx.text, m.end(1)):
            return Actor(owner.name, m.group(1), m.start(1), m.end(1), min(owner.confidence, 0.8), owner.kind, owner.country)
    return None


# A group's men told as another's: "UPC | rebels from | CPC", "3R | fighters of the | CPC".
# (the men's word may be the first group's mention: "UPC rebels | from | CPC", "UPC rebels | of the | CPC coalition";
# or a relative clause: "3R rebels | which are part of the | CPC coalition")
_MEN_FROM = re.compile(r"\s+(?:(?:rebels|fighters|militants|militiamen|elements|combatants)\s+)?(?:from|of)\s+(?:the\s+)?"
                       r"|,?\s+(?:which|who)\s+(?:is|are)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?")
# A preposition of aim right before a phrase ("fire at", "attacks on", "tirs sur", "contre").
_AIMED_BEFORE = re.compile(r"\b(?:at|on|against|upon|sur|contre)\s+$", re.IGNORECASE)
# An office of the state's government, written before its country's adjective ("le président haïtien", "the Afghan
# minister" is caught by the table; "الرئيس الهايتي").
_HEAD_OF_STATE = re.compile(r"(?i)(?:président|présidente|ministre|president|minister|premier|الرئيس|رئيس|الوزير|وزير)")
_DETERMINERS = frozenset({"the", "les", "des", "ces", "these", "those", "their", "leurs"})
# A weapon's owner after it: "planted by", "laid by", "launched by", "posé par", "tirés par".
# The Arabic launcher right after the weapon: "طائرة مسيرة ... أطلقتها ميليشيا الحوثي" (which the Houthis launched).
# (the object pronoun agrees with the weapon: "طائرة ... أطلقتها", "صاروخا ... أطلقه الحوثيون", "أطلقته الميليشيات
# الحوثية")
_AR_LAUNCHED_BY = re.compile(r"[^.،\n]{0,30}?(?<![\u0621-\u064A])(?:[أا]طلقت?(?:ها|هما|ه))\s+")
_LAID_BY = re.compile(r"\s+(?:planted|laid|placed|launched|fired|left|posée?s?|placée?s?|tirée?s?|lancée?s?)\s+"
                      r"(?:by|par)\s+(?:the\s+|les\s+|des\s+|l['’])?(?:suspected\s+|présumés\s+)?", re.IGNORECASE)
# One person by nationality: "Un Palestinien", "a Palestinian", "une Israélienne".
_ONE_BEFORE = re.compile(r"\b(?:[Uu]ne?|[Aa]n?|[Oo]ne)\s+$")


def _qualifies_noun(ctx: DocContext, at: int) -> bool:
    """Whether the word at ``at`` (a name's last word) only qualifies the noun after it ("government jobs",
    "government offices"), not heads a phrase of its own ("the Government of Sudan", "the Afghan government")."""
    tok = token_at(ctx.parsed, at) if ctx.parsed is not None else None
    return tok is not None and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _person_noun(ctx: DocContext, phrase: Mention) -> bool:
    """Whether a nationality word stands for a person ("Un Palestinien a été tué"), not for the owner of
    the noun after it ("an Israeli drone", "a Russian Shahed drone")."""
    tok = token_at(ctx.parsed, phrase.start) if ctx.parsed is not None else None
    if tok is None or tok.dep_ in ("amod", "compound", "nmod"):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")


def _modifiers_only(ctx: DocContext, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` only qualify the noun before them ("armés",
    "non identifiés"), not add a head of their own ("Russian | warplanes")."""
    span = ctx.parsed.char_span(start, end, alignment_mode="expand") if ctx.parsed is not None else None
    return span is not None and all(t.pos_ in ("ADJ", "VERB", "ADV", "PART") for t in span if not t.is_space)


def _trimmed(doc: Any, left: int, right: int) -> Mention | None:
    while left < right and doc[left].pos_ in ("DET", "ADP", "PUNCT", "CCONJ", "SCONJ"):
        left += 1
    while right > left and doc[right].pos_ in ("PUNCT", "CCONJ", "ADP", "DET"):
        right -= 1
    span = doc[left:right + 1]
    return Mention(span.text, span.start_char, span.end_char, 0.7) if len(span) else None


def _core(tok: Any) -> Mention | None:
    """The head word with its left modifiers only: "the United States" of "the United States and France
    inside Syria"."""
    lefts = [c.left_edge.i for c in tok.lefts if c.dep_ not in ("cc", "punct", "conj", "preconj", "case")]
    return _trimmed(tok.doc, min(lefts + [tok.i]), tok.i)


def _conjuncts(tok: Any) -> list[Any]:
    """Nouns coordinated with ``tok`` ("the United States and France", "Italy, Germany and Japan")."""
    out, todo = [], [tok]
    while todo and len(out) < MAX_CONJUNCTS:
        cur = todo.pop(0)
        for c in cur.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)
                todo.append(c)
    return out


def _unnamed(actor: Actor) -> bool:
    """A generic reading that says no more than "some armed men" or "some forces" (no group, no country)."""
    return not actor.name or actor.name.startswith(UNIDENTIFIED) or actor.name in ("Military Forces", "Police Forces")


# Words that give a generic group its name right after it: "a gang called 400 Mawozo", "un groupe baptisé
# Ansarul Islam", "جماعة تسمى ...".
_CALLED = re.compile(r",?\s+(?:called|named|known\s+as|calling\s+itself|dubbed|appelée?|nommée?|dénommée?|baptisée?|"
                     r"connue?\s+sous\s+le\s+nom\s+d['’e]\s*|تسمى|تدعى|المسماة?|المعروفة?\s+باسم)\s+[«\"“]?\s*",
                     re.IGNORECASE)


def _called(ctx: DocContext, mention: Mention) -> Actor | None:
    """The named group a generic phrase introduces by its name ("a gang called 400 Mawozo")."""
    called = _CALLED.match(ctx.text, mention.end)
    if called is None:
        return None
    return next((a for a in ctx.actors if a.start == called.end() and not _unnamed(a)), None)


def name_coordination(ctx: DocContext, r: Role, country: str | None, countries: Any,
                       extent: tuple[int, int] | None) -> tuple[Actor | None, list[Actor]]:
    """The actor a role phrase names, and the others coordinated with it (ACLED's associated actors)."""
    whole = name_phrase(ctx, r.mention, country, extent, countries)
    if whole is None or _unnamed(whole):
        called = _called(ctx, r.mention)
        if called is not None:
            return called, []
    tok = token_at(ctx.parsed, r.head_start)
    if tok is None:
        return whole, []
    if whole is None or _unnamed(whole):
        owner = possessor(ctx, tok, r.mention, "agent" if extent is None else "patient")
        if owner is not None:
            return owner, []
    members = [tok] + _conjuncts(tok)
    cores = [c for c in (_core(t) for t in members) if c is not None]
    if len(cores) == 1 and (whole is not None or cores[0].text == r.mention.text):
        # "US and UK forces": one head, two states' forces named in it
        also = [a for a in actors_in(ctx, r.mention.start, r.mention.end) if whole is not None and a.name
                and a.name != whole.name and a.kind == whole.kind and (a.start or 0) > (whole.start or 0)]
        return whole, also[:1]
    named = [a for a in (name_phrase(ctx, c, country, None, countries) for c in cores) if a is not None]
    if whole is not None and len(members) > 1 and whole.end is not None and whole.end <= members[1].idx \
            and all(a.name != whole.name for a in named):
        # "the Government of Sudan and the RSF": the first conjunct's name runs past its head word.
        named = [whole] + [a for a in named if (a.start or 0) >= members[1].idx]
    if not named:
        return whole, []
    lead = named[0]
    if whole is not None and whole.name != lead.name and all(whole.name != a.name for a in named):
        return whole, []  # the phrase as a whole names something its parts do not ("Islamic State in Iraq")
    assoc: list[Actor] = []
    for a in named[1:]:
        if a.name != lead.name and all(a.name != b.name for b in assoc):
            assoc.append(a)
    return lead, assoc


def weapon_owner(ctx: DocContext, r: Role, country: str | None, countries: Any, hits: list[Hit]) -> Actor | None:
    """The author named by the modifiers of a weapon used as the subject ("Russian jets", "des avions
    russes", "Syrian government helicopters") or after "by" ("shells by alleged LNA forces"), else ``None``."""
    tok = token_at(ctx.parsed, r.head_start)
    if tok is None:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "par")):
        # "indiscriminate shells by alleged LNA forces killed two civilians": whose weapon it was
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owner = name_phrase(ctx, Mention(obj.text, obj.left_edge.idx, obj.idx + len(obj.text)), country, None, countries)
            if owner is not None and owner.name and owner.kind not in _OWNERS_EXCLUDED:
                owner.confidence = min(owner.confidence, 0.6)
                return owner
    weapon_words = [(h.start, h.end) for h in hits if h.kind == "weapon"]
    mods = [c for c in tok.children if c.dep_ in _OWNER_DEPS and c.pos_ in ("ADJ", "PROPN", "NOUN")
            and not any(s <= c.idx < e for s, e in weapon_words)]
    for side in ([c for c in mods if c.i < tok.i], [c for c in mods if c.i > tok.i]):
        if not side:
            continue
        left = min(c.left_edge.i for c in side)
        right = max(c.right_edge.i for c in side)
        if side[0].i > tok.i:
            right = max(c.i for c in side)  # "avions russes de combat": the adjectives only
        phrase = _trimmed(ctx.parsed, left, right)
        if phrase is None or phrase.start <= tok.idx < phrase.end:
            continue
        words = [phrase] + [Mention(c.text, c.idx, c.idx + len(c.text), 0.5) for c in ctx.parsed[left:right + 1]
                            if c.pos_ in ("ADJ", "PROPN") and c.i != tok.i]
        for words_ in words:  # the whole modifier, else one adjective of it ("Russian" of "Russian Shahed")
            owner = name_phrase(ctx, words_, country, None, countries)
            if owner is not None and owner.name and owner.kind not in _OWNERS_EXCLUDED:
                owner.confidence = min(owner.confidence, 0.55)
                return owner
    return None


def intercepted_owner(ctx: DocContext, anchor: Hit, sentence: Sentence, hits: list[Hit], country: str | None,
                       countries: Any) -> Actor | None:
    """Whose weapon was shot down or seized ("shot down 5 Russian drones", "a intercepté des missiles
    houthis", "إسقاط طائرة أمريكية"): ACLED's actor2 of a disrupted weapons use."""
    for h in hits:
        if h.kind != "weapon" or not (anchor.start <= h.start < sentence.end):
            continue
        if ctx.parsed is None:  # Arabic: the nisba right after the weapon word, or the launcher told after it
            owner = arabic_state_author(ctx, countries, h, sentence)
            launched = _AR_LAUNCHED_BY.match(ctx.text, h.end, sentence.end)
            if owner is None and launched is not None:
                # ("طائرة مسيرة دون طيار (مفخخة) أطلقتها ميليشيا الحوثي")
                owner = next((a for a in ctx.actors if a.start == launched.end() and a.name and a.kind != "civilians"), None)
            if owner is not None:
                return owner
            continue
        laid = _LAID_BY.match(ctx.text, h.end)
        if laid is not None:
            # "an IED planted by IS militants" (the parser may read "IS" as a verb): the actor named after "by"
            owner_at = next((a for a in ctx.actors if a.start == laid.end() and a.name and a.kind != "civilians"), None)
            if owner_at is not None:
                return owner_at
        span = ctx.parsed.char_span(h.start, h.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        owner = weapon_owner(ctx, Role(Mention(head.text, head.idx, head.idx + len(head.text), 0.5), head.idx,
                                        head.idx + len(head.text)), country, countries, hits)
        if owner is not None:
            return owner
        # "a drone launched by Hezbollah", "des missiles tirés par les Houthis": the launcher owns it
        for acl in (c for c in head.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB"):
            for prep, obj in objects_of_preps(acl):
                if prep in ("by", "par") and obj.pos_ in ("NOUN", "PROPN"):
                    named = name_phrase(ctx, Mention(obj.text, obj.idx, obj.idx + len(obj.text), 0.5), country,
                                        full_extent(ctx.parsed, Mention(obj.text, obj.idx, obj.idx + len(obj.text))),
                                        countries)
                    if named is not None and named.name:
                        return named
    return None
