"""ACLED's own coding written into its notes: "pastoralists-militia (coded as Darfur communal militia)",
"unidentified gunmen (coded as Darfur Communal Militia)". The parenthesis names the actor the coder used;
it overrides what the words before it would be read as."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor, Event, Mention
from .context import DocContext
from .generic_actors import ARMED_KINDS, with_country

# The actor's words, then at most a few more of its phrase, then the parenthesis ("coded separately" and
# "coded to <place>" are about events and places, not actors). The coder may first say how the report
# described them: "international forces (described as allied forces, coded as Unidentified Military Forces)".
# ("Saudi forces (coded under ORH)": the command the coder files the forces under, ACLED's 2024 Yemen rows)
_CODED_AS = re.compile(r"[\w'’ -]{0,40}?(?:\(\s*(?:[^()\n]{0,60}?,\s*)?(?:coded|codé|codée)\s+(?:as|comme|under)\s+([^()\n]{3,80}?)\s*\)"
                       # (or after a comma: "pro-STC forces, coded as Security Belt forces by default due to the
                       # lack of more precise information")
                       r"|,\s*(?:coded|codé|codée)\s+(?:as|comme)\s+([^(),.;\n]{3,60}?)(?=\s+by\s+default\b|\s*[,.;]))",
                       re.IGNORECASE)
# Codings that name no actor: the coder placing the event ("(coded as Miathene, with GP2)", "(coded as Taveta with
# precision2)", "(coded as Al Yusufiyah city, Baghdad)") or counting events ("an earlier Houthi attack (coded as a
# separate event)", "(coded as two events)").
_NOT_AN_ACTOR_CODING = re.compile(
    r"\b(?:GP\s*\d|geo[-_ ]?precision|precision\s*\d?)\b|\b(?:separate|distinct|events?|incidents?)\b"
    # (nor the kind of event the coder chose: "U.S. forces attacked the port in Jask (Jask, Hormozgan) (coded as
    # air/drone strikes by default)", ACLED's 2026 Iran rows)
    r"|\b(?:air/drone|airstrikes?|strikes?|shelling|clash(?:es)?|explosions?)\b"
    r"|\b(?:city|town|village|district|governorate|province)\b", re.IGNORECASE)
# Generic names, which name no group the coder could mean.
_GENERIC_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")
# (or the coder's assumption of the unnamed men's militia: "armed men, riding on camels (assumed Darfur communal
# militia)", ACLED's 2021 Sudan rows)
_CODED_MILITIA = re.compile(r"\(\s*(?:coded\s+as|assumed|presumed|likely|suspected)\s+([^()\n]{3,60}?\bmilitia)s?\s*\)",
                            re.IGNORECASE)
_KINDS_OF_MILITIA = frozenset({"tribal", "communal", "clan", "ethnic"})
_MILITIA = re.compile(r"\b(?:militia|milice)$", re.IGNORECASE)
_SMALL = {"of", "and", "the", "de", "du", "des", "la", "le"}
# Forces said to be off duty right after their words (ACLED codebook 2023, §Actors: civilians).
# ("a Govt soldier (off-duty)": the coder's bracket too)
# ("a police officer of Tochtepec municipality who was off-duty": the force or town he serves between)
_OFF_DUTY_AFTER = re.compile(r"(?:[^.;()\n]{0,12}?|\s+of\s+[^.;()\n]{1,40}?)(?:\(\s*)?\b(?:who\s+(?:was|were)\s+)?off[- ]duty\b",
                             re.IGNORECASE)
# The coder's note that armed men were unarmed when hit: "shot dead a militia leader (likely unarmed)" (ACLED codes
# them civilians, as it does forces off duty).
_UNARMED_AFTER = re.compile(r"[^.;()\n]{0,12}?\(\s*(?:(?:likely|assumed|presumably|probably|reportedly)\s+)?unarmed\s*\)",
                            re.IGNORECASE)
# The coder's assumption right after the words: "a Govt soldier (assumed off-duty)", "[assumed military]".
_ASSUMED = re.compile(r"\s*[(\[]\s*assumed\s+(?:to\s+be\s+)?([^()\[\]\n]{2,30}?)\s*[)\]]", re.IGNORECASE)
# The coder's attribution right after unnamed armed men: "an unknown armed group (likely Al Shabaab due to similar
# attacks by the group)", "gunmen (suspected Al Shabaab)" (ACLED codes the group it names).
_LIKELY = re.compile(r"\s*\(\s*(?:likely|probably|presumably|possibly|suspected(?:\s+to\s+be)?|believed\s+to\s+be)\s+"
                     r"(?:the\s+)?([^()\n,;]{2,50}?)(?:\s+(?:due|because|given|based|as|according)\b[^()\n]*)?\s*\)", re.IGNORECASE)
# "Turkish forces and JWS factions, operating under OPS, shelled ...": the command the forces serve under is
# the actor ACLED codes (Operation Peace Spring, not Turkey's army); only a name the actor table knows counts.
# ("opposition rebels under OPS looted": the bare preposition, a capitalised name after it; "Turkish forces and
# opposition rebels under OPS shelled": the whole of a coordination its last member closes)
_OPERATING_UNDER = re.compile(r"[\w'’ -]{0,40}?,\s*(?:operating|fighting|acting)\s+under\s+(?:the\s+)?"
                              r"([A-Z][\w'’ -]{1,60}?)\s*[,;.)]"
                              r"|(?:\s+and\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
                              r"\s+under\s+(?:the\s+)?((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4})\b")


def coded_as(ctx: DocContext, actor: Actor | None, country_name: str | None, sentence: tuple[int, int],
             country: str | None = None) -> Actor | None:
    """``actor`` renamed as the note's "(coded as X)" right after its words says, or ``actor`` unchanged.
    An unnamed armed actor of the sentence ("the militia looted ...") takes the one militia the sentence
    codes ("four militants (coded as Darfur communal militia)"). A known actor's alias takes its ACLED name;
    a communal or ethnic militia ACLED names by place gets the country ("Darfur Communal Militia (Sudan)").
    Forces "operating under" a command the actor table knows (in ``country``, the event's ISO code) take
    its name; the coder's "(assumed off-duty)" makes forces civilians, "(assumed police)" names the police, and
    unnamed armed men "(likely Al Shabaab ...)" are the group named."""
    if actor is None:
        return actor
    if actor.end is None:
        # an author the parse found no words for takes the one militia the sentence codes ("Arab identifying militia
        # (coded as Darfur Communal Militia) on motorbikes clashed with joint security forces")
        militias = {x.group(1).strip().lower(): x for x in _CODED_MILITIA.finditer(ctx.text, *sentence)}
        if len(militias) != 1 or not (actor.kind == "unidentified" or (actor.name or "").startswith("Unidentified")):
            return actor
        m = next(iter(militias.values()))
        return _coded_name(ctx, replace(actor, text=m.group(1), start=m.start(1), end=m.end(1)), m.group(1), country_name)
    assumed = _ASSUMED.match(ctx.text, actor.end)
    word = assumed.group(1).strip().lower() if assumed is not None else ""
    if word in ("off-duty", "off duty") or actor.kind in ("police", "state_military") \
            and _OFF_DUTY_AFTER.match(ctx.text, actor.end) \
            or actor.kind in ARMED_KINDS and _UNARMED_AFTER.match(ctx.text, actor.end):
        # "a Govt soldier (assumed off-duty)", "a female police officer who was off duty", "a militia leader (likely
        # unarmed)": forces off duty and armed men without arms are civilians
        return with_country(replace(actor, name="Civilians", kind="civilians", confidence=max(actor.confidence, 0.7)),
                            country_name)
    if ctx.actor_table is not None and word in ("police", "military", "army", "soldiers", "policemen"):
        # "The DC Bodyguards (assumed police)": the coder's assumption names the force
        found = ctx.actor_table.resolve(word, "en", country)
        if found is not None and found.name:
            return with_country(replace(actor, name=found.name, kind=found.kind, confidence=max(actor.confidence, 0.7)),
                                country_name)
    if assumed is not None and ctx.actor_table is not None and word not in ("police", "military", "army", "soldiers",
                                                                            "policemen"):
        # "Russian forces (assumed to be Wagner Group) discovered and destroyed an IED" (ACLED's 2022 Mali row: actor1
        # Wagner Group): the group the coder assumes the men were
        group = ctx.actor_table.resolve(assumed.group(1), "en", country)
        if group is not None and group.name and group.confidence >= 0.5 \
                and not group.name.startswith(_GENERIC_PREFIXES):
            return replace(actor, name=group.name, kind=group.kind, confidence=min(max(actor.confidence, 0.6), 0.7))
    likely = _LIKELY.match(ctx.text, actor.end) if actor.kind == "unidentified" \
        or (actor.name or "").startswith("Unidentified") else None
    if likely is not None and ctx.actor_table is not None:
        group = ctx.actor_table.resolve(likely.group(1), "en", country)
        if group is not None and group.name and group.confidence >= 0.5 and not group.name.startswith(
                _GENERIC_PREFIXES):
            return replace(actor, name=group.name, kind=group.kind, confidence=min(max(actor.confidence, 0.6), 0.7))
    under = _OPERATING_UNDER.match(ctx.text, actor.end, sentence[1])
    if under is not None and ctx.actor_table is not None:
        command = ctx.actor_table.resolve(under.group(1) or under.group(2), "en", country)
        if command is not None and command.name and command.confidence >= 0.5 and not command.name.startswith(
                _GENERIC_PREFIXES):
            return replace(actor, name=command.name, kind=command.kind, confidence=max(actor.confidence, 0.8))
    m = _CODED_AS.match(ctx.text, actor.end)
    if m is not None and (re.search(r"[.;:!?]", m.group(0)[: m.start(1 if m.group(1) else 2) - m.start()])
                          or _NOT_AN_ACTOR_CODING.search(m.group(1) or m.group(2))):
        m = None
    if m is None and (actor.kind in ("unidentified", "militia") or (actor.name or "").startswith("Unidentified")):
        militias = {x.group(1).strip().lower(): x for x in _CODED_MILITIA.finditer(ctx.text, *sentence)}
        m = next(iter(militias.values())) if len(militias) == 1 else None
    if m is None:
        return actor
    return _coded_name(ctx, actor, (m.group(1) or m.group(2)).strip(), country_name)


def _coded_name(ctx: DocContext, actor: Actor, coded: str, country_name: str | None) -> Actor:
    """``actor`` under the name the coder's "coded as ``coded``" gives it: a known actor's ACLED name, else the words
    capitalised, a militia's with the country."""
    # ("coded as Unidentified Military Forces": ACLED's name for forces of no known state, not a state's army)
    known = ctx.actor_table.resolve(coded, "en") if ctx.actor_table is not None \
        and not coded.lower().startswith("unidentified") else None
    if known is not None and known.name in ("Police Forces", "Military Forces"):
        # ("Houthi forces (coded as police)": the same state's, or faction's, other arm: Police Forces of Yemen
        # Houthi, as ACLED's 2024 Yemen rows code them)
        arm = re.match(r"(?:Military|Police) Forces of (.+)", actor.name or "")
        owner = arm.group(1) if arm else country_name
        if owner:
            return replace(actor, name=f"{known.name} of {owner}", kind=known.kind, confidence=max(actor.confidence, 0.8))
    if known is not None and known.name and known.confidence >= 0.5 and not known.name.startswith("Unidentified"):
        return replace(actor, name=known.name, kind=known.kind, confidence=max(actor.confidence, 0.8))
    words = [w if w.lower() in _SMALL and i else w[:1].upper() + w[1:] for i, w in enumerate(coded.split())]
    if len(words) == 2 and words[0].lower() in _KINDS_OF_MILITIA and _MILITIA.search(coded):
        # ("two groups (likely tribal militias)": a kind of militia with no name is ACLED's unidentified one,
        # 'Unidentified Tribal Militia (Jordan)', JOR3866)
        words.insert(0, "Unidentified")
    name = " ".join(words)
    if _MILITIA.search(name) and country_name:
        name = f"{name} ({country_name})"
    kind = "militia" if _MILITIA.search(coded) else actor.kind
    return replace(actor, name=name, kind=kind, confidence=max(actor.confidence, 0.8))


# ACLED's coder writing the toll the row carries: "Several fatalities coded as 3", "Fatalities unknown, coded as
# 0", "coded as 10 fatalities". (Not "coded across 6 events" nor "spread between 3 locations": a split toll.)
_CODED_TOLL = re.compile(r"\b(?:fatalit(?:y|ies)|deaths?|killed|casualties)\b[^.;\n]{0,40}?\bcoded\s+(?:as|to)\s+(\d{1,4})\b(?![^.;\n]{0,30}\b(?:spread|split|across)\b)"
                         r"|\bcoded\s+as\s+(\d{1,4})\s+(?:fatalit(?:y|ies)|deaths?)\b"
                         # ("At least 17 fatalities, including the suicide bomber, were coded", ACLED's 2024 Yemen rows)
                         r"|\b(?:at\s+least\s+)?(\d{1,4})\s+fatalit(?:y|ies)\b[^.;\n]{0,50}?\bwere\s+coded\b"
                         # ("fatalities reported as half, rounded down to 3"; "Reports on fatalities range from 2 to
                         # 4": a range's lower bound, as ACLED codes ranges)
                         r"|\bfatalit(?:y|ies)\b[^.;\n]{0,50}?\brounded\s+(?:down\s+|up\s+)?to\s+(\d{1,4})\b"
                         r"|\bfatalit(?:y|ies)\s+ranges?\s+(?:from|between)\s+(\d{1,4})\s+(?:to|and)\s+\d{1,4}\b",
                         re.IGNORECASE)


# A sentence of its own that gives the row's toll: "Fatalities coded as 6 (3 clan militia + 3 militants)".
_TOTAL_CODED = re.compile(r"(?<=[.;]\s)(?:total\s+)?fatalit(?:y|ies)\s+(?:are\s+|were\s+)?coded\s+as\s+\d", re.IGNORECASE)


# The row's share, closing a note that split its toll: "97 fatalities split between locations as follows; Qebtan al
# Jabal 6, ... and 5 each for the rest of the locations. 5 fatalities."
_CLOSING_SHARE = re.compile(r"(?<=[.;]\s)(\d{1,4})\s+fatalit(?:y|ies)\.?\s*$", re.IGNORECASE)
_SPLIT_WORD = re.compile(r"\bsplit\b", re.IGNORECASE)


def coded_toll(text: str) -> Mention | None:
    """The toll an ACLED note says its row carries ("Several fatalities coded as 3": 3), as the words that say
    it (the figure in ``text``'s digits), or None. Only one such remark counts: two are a split the row shows, unless
    one is a sentence of its own closing the note's parts with the row's total."""
    found = list(_CODED_TOLL.finditer(text))
    total = [m for m in found if _TOTAL_CODED.match(text, m.start())]
    if len(found) > 1 and len(total) == 1:
        # the coder's closing total after its parts: "(unspecified fatalities coded as 3). Fatalities coded as 6 (3
        # clan militia and 3 militants)."
        found = total
    share = _CLOSING_SHARE.search(text) if not found and _SPLIT_WORD.search(text) else None
    if share is not None:
        return Mention(share.group(1), share.start(), share.end(), 0.85)
    if len(found) != 1:
        return None
    m = found[0]
    figure = next(g for g in m.groups() if g is not None)
    return Mention(figure, m.start(), m.end(), 0.9)



# ACLED's coder splitting a toll across the rows of one report: "48 BH fighters were reported killed across the two
# attacks. Fatalities split between 2 events.", "[1 fatality split among 12 events]", "Fatalities coded across 2
# events", "Unknown number of fatalities coded as 10 and split up between 3 events".
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
# (or over the days the note's fighting lasted, a row each: "Fatalities spread over 3 days of fighting")
_SPLIT = re.compile(r"\b(?:fatalit\w*|deaths?)\b[^.;\n]{0,60}?\b(?:split|spread|divided|distributed)\s+(?:up\s+)?(?:between|across|among|over|in|into)\s+"
                    r"(?:the\s+)?" + _N + r"\s+(?:events|locations|attacks|incidents|days)|\bcoded\s+across\s+" + _N + r"\s+events",
                    re.IGNORECASE)
# ("coded as 6 (half of a dozen) and spread across three locations", "coded as 10, split between three locations")
_SPLIT_TOTAL = re.compile(r"\bcoded\s+(?:as|to)\s+(\d{1,4})\s*(?:\([^()\n]{0,30}\)\s*)?,?\s*(?:and\s+)?(?:split|spread|divided|distributed)\b",
                          re.IGNORECASE)
# The row's own share, given after the split: "Fatalities are split across 4 events (1).", "10 fatalities split
# across 2 events and coded as 5 for this event", "with 5 coded to each"
_SHARE_AFTER = re.compile(r"\s*\((\d{1,4})\)|[^.;\n]{0,12}?\b(?:and\s+)?coded\s+(?:as|to)\s+(\d{1,4})\s+(?:fatalit\w+\s+)?"
                          r"(?:for|to|in)\s+(?:this|each)\s+(?:event|row|location)\b"
                          r"|[^.;\n]{0,12}?\bwith\s+(\d{1,4})\s+(?:fatalit\w+\s+)?coded\s+(?:to|for|in)\s+each\b",
                          re.IGNORECASE)


def split_toll(text: str) -> tuple[int | None, int, Mention] | None:
    """A toll the note says is split across ``n`` rows: (the coded total when the note gives one, n, the words),
    or None. Each row carries its share (ACLED's practice: 48 split between 2 events is 24 a row); where the note
    gives the row's own share ("split across 4 events (1)"), that share, with n = 1."""
    found = list(_SPLIT.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    word = (m.group(1) or m.group(2)).lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    if n < 2:
        return None
    share = _SHARE_AFTER.match(text, m.end())
    if share is not None:
        # (the coder gives this row's share: it is the row's toll, nothing left to divide)
        figure = next(g for g in share.groups() if g is not None)
        return int(figure), 1, Mention(text[m.start():share.end()], m.start(), share.end(), 0.8)
    total = _SPLIT_TOTAL.search(text)
    return (int(total.group(1)) if total else None), n, Mention(m.group(0), m.start(), m.end(), 0.8)


# The coder's word that the victim carried arms ("The victim was armed and there is no information about the
# perpetrators"); "armed with" tells the weapon of whoever it follows.
_ARMED_VICTIM = re.compile(r"\bvictims?\s+(?:was|were)\s+(?:also\s+)?armed\b(?!\s+with)", re.IGNORECASE)


def victim_told_armed(text: str, ev: Event, country_name: str | None) -> None:
    """Make the civilian victim of an attack whose note says "the victim was armed" an armed man of no known
    group, and the killing a fight (ACLED codes such Mexican and Brazilian killings as an armed clash between
    unidentified armed groups)."""
    if ev.sub_event_type == "Attack" and ev.actor2 is not None and ev.actor2.kind == "civilians" \
            and _ARMED_VICTIM.search(text):
        ev.actor2 = with_country(replace(ev.actor2, name="Unidentified Armed Group", kind="unidentified"), country_name)
        ev.sub_event_type, ev.event_type = "Armed clash", "Battles"


def coded_tolls(text: str, events: list[Event]) -> None:
    """Give the main (first asserted) of ``events`` the toll an ACLED note codes for its row: the coder's own figure
    ("Several fatalities coded as 3"), or its share of a toll split across rows ("48 BH fighters were reported killed
    across the two attacks. Fatalities split between 2 events": 24; "coded as 10 and split up between 3")."""
    toll = coded_toll(text)
    main = next((e for e in events if e.modality == "asserted"), None)
    if toll is not None and main is not None:
        main.fatalities, main.fatalities_estimated = int(toll.text), False
        main.fatalities_text = Mention(text[toll.start:toll.end], toll.start, toll.end, toll.confidence)
    split = split_toll(text)
    if split is None or main is None:
        return
    total, n, words = split
    # (the note's toll, where the words of the split lead a mention of their own: "Fatalities spread over 3 days
    # of fighting"; the largest the note tells, which the row's own sentence may not hold: "the Burkinabe air force
    # carried airstrike against presumed JNIM militants in the area of Koro. At least twenty militants were killed
    # in a two-day operation ... Fatalities are split across five events")
    total = total if total is not None else max(
        (e.fatalities for e in events if e.modality == "asserted" and e.fatalities is not None), default=None)
    if total is not None:
        main.fatalities, main.fatalities_estimated, main.fatalities_text = round(total / n), False, words


# The coder's choice of event type in a bracket right after the deed's verb: "Israeli forces targeted (coded as
# air/drone strikes by default) Tabriz Shahid Madani Airport" (ACLED's 2026 Iran rows).
_TYPE_CODED = re.compile(r"\(\s*coded\s+as\s+[^()\n]{0,40}?\b(?:strikes?|shelling|attacks?)\b[^()\n]{0,40}\)", re.IGNORECASE)
# The verb right before that bracket, and the words before it that name its author.
_VERB_BEFORE = re.compile(r"\b([a-z]+ed)\s*$")


def author_before_coded_type(ctx: DocContext, ev: Event) -> None:
    """The author of a deed whose word the coder's bracket gives ("Israeli forces targeted (coded as air/drone strikes
    by default) ..."): the actor named right before the verb the bracket follows, not a side another sentence names
    ("US forces were excluded as actors in this event")."""
    if ev.trigger is None:
        return
    bracket = next((m for m in _TYPE_CODED.finditer(ctx.text, max(0, ev.trigger.start - 60), ev.trigger.end + 60)
                    if m.start() <= ev.trigger.start < m.end()), None)
    verb = _VERB_BEFORE.search(ctx.text, max(0, bracket.start() - 30), bracket.start()) if bracket is not None else None
    if verb is None:
        return
    author = next((a for a in ctx.actors if a.end is not None and a.name and a.kind not in ("civilians",)
                   and re.fullmatch(r"\s*", ctx.text[a.end:verb.start(1)])), None)
    if author is None:
        return
    ev.actor1 = author
    if ev.actor2 is not None and ev.actor2.name == author.name:
        ev.actor2 = None
