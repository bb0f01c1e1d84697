"""Event detection: ACLED-coded event mentions of a document, with arguments, merged per incident.

Steps (each in its own module):

1. :mod:`.triggers` finds lexicon phrases (triggers, cues, weapons, modality cues) in the masked text;
2. per sentence, :mod:`.classify` scores the 25 sub-event types with the codebook's rules; the best
   one (score ≥ ``mentions.MIN_SCORE``) makes an event mention anchored on its strongest trigger
   (:mod:`.mentions`). A sentence
   whose weapons imply a second explosive sub-type ("attaques au drone et à la roquette") makes a
   second mention of that type (same aggregate: the ``count`` stays on the first);
3. :mod:`.modality` reads whether the mention is asserted. Threatened, denied, planned,
   hypothetical and future mentions are **dropped**; background ones (history cues, or a date more
   than 45 days before publication while the document reports something newer) are **kept** with
   ``modality='background'`` and low confidence;
4. :mod:`.arguments` fills actors, target and weapons; the other engineers' resolvers fill date,
   location, casualties and count;
5. mentions of one incident merge: same sub-event type with compatible date and place; a mention
   coded only from generic words ("attack", "killed") joins the document's specific event of a
   compatible type (ACLED codes an attack with a bomb as the bomb);
6. confidence: score, position (headline/lead first), number of mentions, arguments found, and
   agreement with the document's overall reading — so the most confident event is the main one.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from ..isodates import days_between
from ..model import Actor, Event, Mention, Place, Sentence, Span
from ..resolve.geo_locate import country_location, told_next
from .weapon_means import bombed_from_the_air, standoff_fire_at_an_area, weapons_of
from .incident_types import retype_by_means, shelled_with_small_arms, told_in_an_old_year, told_long_before
from .classify import SUB_EVENT_TYPES, doc_scores
from .context import DocContext
from .event_rules import EventRules, default_rules, document_hits
from .motives import motive_spans
from .passing_events import cause_spans
from .foreign_takings import taken_abroad
from .headline_incident import join_headline
from .taking_sides import taken_from_the_foe
from .place_split import one_event_per_place
from .incidents import (
    outranked_by_violence, drop_repeated_side, merge_incidents, toll_only,
)
from .casualty_sides import told_in
from .claimed_authors import claimed_authors
from .claimed_tolls import others_toll
from .interceptions import interceptor_first
from .one_death import one_death
from .coded_as import author_before_coded_type, coded_tolls
from .mentions import EventMention, sentence_index, sentence_mentions, told_without_event_word
from .toll_windows import TOLL_UNKNOWN, VICTIM_IS_NO_CASUALTY, lead_toll, only_victims_named, toll_line_after
from .modality import modality_of
from .notes import event_notes
from .crowd_incidents import force_told_apart, riot_told_apart, shot_while_rioting
from .crowd_sides import (counter_crowd, crowd_first, faceless_clash_of_a_crowd, force_in, mob_of_rioters, mob_victims,
                          riot_read_as_clash, rival_crowds)
from .local_militias import battle_sides
from .occurred_on import day_in_the_lead, day_of_the_story, day_told_occurred
from .bombings import unexploded_that_went_off
from .gang_victims import (
    as_gang_clash, as_gang_killers, as_gang_property, as_gang_side, as_police_operation, order_state_side,
)
from .crowd_notes import as_crowd_note
from .disasters import disaster_toll
from .event_places import beyond_the_dateline, event_places, force_at_home, locate_mention
from .fronts import fill_front_target
from .monitored import fill_monitored_sides
from .other_side import hurt_left_unnamed, initiator_first, target_claimed_next
from .outcomes import recode_main_event
from .party_mobs import as_party_mob
from .generic_actors import (STATE_KINDS, UNKNOWN_AIR_FORCE, actors_in, country_name, local_generic,
                             named_as_state_forces, with_country)
from .lone_actors import sole_perpetrator
from .participants import fill_actors
from .protest_mentions import arrests_before_a_protest, protest_outcome_told_after
from .triggers import Hit

__all__ = ["EventRules", "default_rules", "document_hits", "find_events"]

DROPPED_MODALITIES = {"denied", "threat", "planned", "hypothetical", "future"}
BACKGROUND_DAYS = 45
# The oldest event a report of a trial may tell as its own story (a rights group's findings, a toll confirmed months
# later): older, it is what the court judges.
LATE_REPORT_DAYS = 365


def _older_than_the_news(mentions: list[EventMention]) -> None:
    """With no publication date, the newest date the text gives an event stands for it: an event the text dates
    more than ``BACKGROUND_DAYS`` before it is history ("On 6 May 2020, people protested ... Sternenko stabbed a man
    in self-defence ... on 24 May 2018")."""
    dated = [(m, m.event) for m in mentions if m.modality == "asserted" and m.event is not None and m.event.date
             and m.event.date_text is not None]
    newest = max((ev.date for _, ev in dated if ev.date), default=None)
    for m, ev in dated:
        gap = days_between(ev.date, newest) if ev.date and newest else None
        if gap is not None and gap > BACKGROUND_DAYS:
            m.modality = ev.modality = "background"


def _judged_in_court(mentions: list[EventMention], by_sentence: list[list[Hit]]) -> None:
    """A report that opens on a court and its verdict, with no event of its own in that sentence ("صرح رئيس النيابة
    بأن المحكمة الكبرى الجنائية أصدرت حكما اليوم ... بسجن ستة متهمين"), tells the case's events as what the court
    judged: those whose own sentence gives no date (the verdict's day is the court's) are history (ACLED codes the
    violence when it happened, not the trial)."""
    if not by_sentence or not any(h.label == "@trial" for h in by_sentence[0]) or any(m.sidx == 0 for m in mentions):
        return
    for m in mentions:
        told = m.event.date_text if m.event is not None else None
        own_date = told is not None and told.start is not None and m.sentence.start <= told.start < m.sentence.end
        if m.event is not None and not own_date and m.modality == "asserted":
            m.modality = m.event.modality = "background"


# Armed actors whose detentions are abductions, not arrests (not a state's forces, nor a foreign force's operation;
# nor forces ACLED names a state's, as the Houthis' "Military Forces of Yemen Supreme Political Council").
_NON_STATE_DETAINERS = frozenset({"rebel", "islamist", "militia", "ethnic", "unidentified"})


def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (offsets kept)."""
    for lo, hi in spans:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _mention(value: Any) -> Mention | None:
    """A Mention from another module's value (Mention, or any record with text/start/end)."""
    if value is None or isinstance(value, Mention):
        return value
    text, start, end = getattr(value, "text", None), getattr(value, "start", None), getattr(value, "end", None)
    if text is None or start is None or end is None:
        return None
    return Mention(text, start, end, getattr(value, "confidence", 0.7))


@dataclass(slots=True)
class _DocCache:
    """Per-call memo of what several mentions of one sentence share (dates, casualties, places)."""

    places: list[Place]
    motives: tuple[tuple[int, int], ...] = ()  # what the document's crowds protest against or react to
    on_trial: bool = False  # the report tells a trial or a verdict (``@trial`` rows)
    dates: dict[tuple[int, int, tuple[tuple[int, int], ...]], Any] = field(default_factory=dict)
    casualties: dict[tuple[tuple[int, int], tuple[tuple[int, int], ...]], Any] = field(default_factory=dict)


def _fill(ctx: DocContext, rules: EventRules, m: EventMention, cache: _DocCache) -> Event:
    """Build the Event of one mention: arguments, place, date, casualties, count."""
    text, lang = ctx.text, ctx.lang
    anchor, sent = m.anchor, m.sentence
    ev = Event(
        event_type=SUB_EVENT_TYPES[m.sub],
        sub_event_type=m.sub,
        trigger=Mention(anchor.text, anchor.start, anchor.end, 0.8),
        weapons=weapons_of(m.hits),
        modality=m.modality,
        evidence=[Span(sent.start, sent.end)],
    )
    # The places, deaths and date of what a crowd protests or riots over ("families of hostages held in
    # Gaza", "after a student died in custody", "relatives of those abducted last year") are another
    # incident's: those places are passed over, and the words blanked (offsets kept) before the toll and the
    # date are read.
    # (a date in a protest's grievance dates no event of the report: "against the postponement of the 25
    # February election. Police ... arrested several participants")
    every_motive = cache.motives
    motives = tuple(motive_spans(text, m.hits)) if ev.event_type in ("Protests", "Riots") else ()
    # (and so are those of what the act answered: "in retaliation for the killing of a commander in southern Lebanon")
    motives += tuple((lo, hi) for lo, hi in cause_spans(text, m.hits) if not lo <= anchor.start < hi)
    places = [p for p in cache.places if not any(lo <= p.start < hi for lo, hi in motives)] if motives else cache.places
    ev.location = locate_mention(ctx, m, places or cache.places)
    told = _blanked(text, motives)
    if rules.time is not None:
        key = (anchor.start, sent.start, every_motive)
        if key not in cache.dates:
            cache.dates[key] = rules.time.event_date(_blanked(text, every_motive), lang, ctx.published, anchor.start,
                                                     anchor.end, sent.start, sent.end)
        dm = cache.dates[key]
        m.date_reported = dm is None or getattr(dm, "report", False) or getattr(dm, "kind", None) == "published"
        if dm is not None:
            if getattr(dm, "kind", None) == "future":
                m.modality = ev.modality = "future"
            ev.date, ev.time_precision = dm.date, dm.time_precision
            if getattr(dm, "start", None) is not None and dm.end > dm.start:  # an empty span: from publication
                ev.date_text = _mention(dm)
    if ev.date is None and ctx.published:
        ev.date, ev.time_precision = ctx.published, (3 if len(ctx.published) <= 7 else 2)
    if m.modality == "asserted" and told_in_an_old_year(text, sent, anchor, ev, ctx.published):
        m.modality = ev.modality = "background"
    if ev.date and ctx.published and m.modality == "asserted":
        gap = days_between(ev.date, ctx.published)
        if gap is not None and gap > BACKGROUND_DAYS:
            m.modality = ev.modality = "background"
            # (years old in a report of its trial it is history, not a late report: "Le procès des attentats commis le
            # 13 novembre 2015" opened in 2021; a note filed long after stays the note's event)
            m.late = gap <= LATE_REPORT_DAYS or not cache.on_trial
    elif ev.date and ctx.published and m.modality == "background" and ev.date_text is not None \
            and sent.start <= (ev.date_text.start if ev.date_text.start is not None else -1) < sent.end \
            and any(h.label == "history" and m.sentence.start <= h.start < m.sentence.end for h in m.hits) \
            and not any(h.label == "history" and h.text.lower().startswith("rappel") for h in m.hits):
        # a history word elsewhere in the sentence ("during a memorial gathering", "on the anniversary of")
        # does not make old an event told with its own recent date ("On 5 October 2023, ... struck a cafe"), one its
        # sentence tells (a date read from an earlier sentence is that one's: "The two tribes have been clashing
        # because of tribal vengeance", after the killing of 22 June told before, ACLED's 2023 Yemen row); a reminder
        # does ("Rappelons que l'un des manifestants ... est mort, hier soir, lors des heurts")
        gap = days_between(ev.date, ctx.published)
        if gap is not None and 0 <= gap <= BACKGROUND_DAYS:
            m.modality = ev.modality = "asserted"
    deaths_told = False
    if rules.numbers is not None:
        span = (sent.start, m.casualty_end or sent.end)
        # (a later sentence the toll is read in may be a crowd's grievance: "to honour nearly 60 people killed")
        blank = motives + tuple((lo, hi) for lo, hi in every_motive if sent.end <= lo < span[1])
        if (span, blank) not in cache.casualties:
            cache.casualties[(span, blank)] = rules.numbers.find_casualties(
                told if blank == motives else _blanked(text, blank), lang, *span)
        cas = cache.casualties[(span, blank)]
        m.casualty_statements = cas.statements if cas is not None else []
        # deaths or casualties spoken of, even vaguely ("Several casualties"; not "Several were injured")
        # (a victim word beside an injury is the wounded: "The victim was injured. 1 injured.")
        injured = cas is not None and any(st.kind == "injury" for st in cas.statements)
        deaths_told = cas is not None and any(st.kind == "fatal" or st.kind == "casualty" and not injured
                                              for st in cas.statements)
        if deaths_told and cas is not None and all(st.value is None and not st.vague for st in cas.statements
                                                   if st.kind in ("fatal", "casualty")) \
                and TOLL_UNKNOWN.search(text, span[0], span[1]):
            # "Casualties unknown", "sans donner de bilan": a toll said not to be known is one nobody
            # reported, which ACLED codes 0 (flagged as coded, below), not a toll spoken of
            deaths_told = False
        if deaths_told and ev.sub_event_type in VICTIM_IS_NO_CASUALTY and only_victims_named(cas.statements):
            deaths_told = False
        if cas is not None:
            ev.fatalities, ev.injuries = cas.fatalities, cas.injuries
            ev.fatalities_text = _mention(getattr(cas, "fatalities_text", None))
            if ev.fatalities_text is not None and ev.fatalities_text.start >= sent.end and any(
                    st.tier == "background" and st.start == ev.fatalities_text.start for st in cas.statements):
                # a past toll told in a later sentence is an earlier incident's ("En août, 22 personnes avaient été
                # tuées dans des affrontements analogues"), not this one's
                ev.fatalities, ev.fatalities_text = None, None
            ev.injuries_text = _mention(getattr(cas, "injuries_text", None))
            ev.casualties_text = _mention(getattr(cas, "casualties_text", None))
            if ev.fatalities is None and cas.fatalities_acled is not None and cas.fatalities_acled >= ACLED_CODED_VAGUE \
                    and ev.casualties_text is not None:
                # ACLED codes "tens" 10, "dozens" 12, "hundreds" 100 (fatalities FAQ); "several" or "many"
                # it leaves to the coder, and so do we.
                ev.fatalities, ev.fatalities_estimated = cas.fatalities_acled, True
                ev.fatalities_text = Mention(ev.casualties_text.text, ev.casualties_text.start, ev.casualties_text.end,
                                             min(ev.casualties_text.confidence, 0.4))
            elif ev.fatalities is None and ev.injuries and ev.injuries_text is not None and not deaths_told:
                # Wounded counted and nobody said killed: ACLED codes no reported deaths as 0.
                ev.fatalities, ev.fatalities_estimated = 0, True
                ev.fatalities_text = Mention(ev.injuries_text.text, ev.injuries_text.start, ev.injuries_text.end,
                                             min(ev.injuries_text.confidence, 0.5))
        if not m.secondary:
            cm = rules.numbers.find_count(text, lang, max(sent.start, anchor.start - 40), anchor.end)
            if cm is not None and getattr(cm, "count", None) and cm.count > 1:
                ev.count = cm.count
                ev.count_text = _mention(cm)
    fill_actors(ctx, rules.countries, m.sub, m.anchor, m.sentence, m.hits, ev)
    if ev.location is None and ctx.geoparser is not None:
        # "GNA forces attacked LNA forces in Al Sharidat village": no place the gazetteer knows, but both sides
        # are one country's, or a side is a police force, which works at home ("killed by Kenyan police in
        # Likoni"): the event is in that country (ACLED codes every event in a country)
        # (both sides: "Wagner militants killed the UFDR founder" is no event in Russia)
        homes = {a.country if a.start is not None else None for a in (ev.actor1, ev.actor2) if a is not None}
        police = {a.country for a in (ev.actor1, ev.actor2) if a is not None and a.kind == "police" and a.country}
        if len(police) == 1 or len(homes) == 1 and None not in homes and ev.actor1 is not None and ev.actor2 is not None:
            ev.location = country_location(ctx.geoparser.gaz, (police or homes).pop(), None, 0.3)
            if ev.location is not None:
                fill_actors(ctx, rules.countries, m.sub, m.anchor, m.sentence, m.hits, ev)
    if ev.sub_event_type == "Armed clash" and ev.actor2 is None and ev.actor1 is not None \
            and (ev.actor1.name or "").startswith(("Unidentified Armed Group", "Unidentified Clan Militia")):
        # "gunshots and explosions involving unknown actors": a fight nobody is named in has unknown men on both
        # sides (ACLED codes it Unidentified Armed Group against Unidentified Armed Group)
        ev.actor2 = replace(ev.actor1, text=None, start=None, end=None, confidence=min(ev.actor1.confidence, 0.3))
    if m.met_by is not None and ev.actor2 is None:
        ev.actor2 = force_in(ctx, m.met_by.start, m.met_by.end,
                             country_name(rules.countries, ev.location.country if ev.location else None))
    a1, loc = ev.actor1, ev.location
    if a1 is not None and loc is not None and a1.kind in STATE_KINDS and a1.start is not None and a1.end is not None \
            and loc.start is not None and loc.end is not None and loc.start < a1.end and a1.start < loc.end:
        # "Des hélicoptères russes ont bombardé ...": the author's nationality is not where it struck.
        ev.location = locate_mention(ctx, m, [p for p in places or cache.places if not (p.start < a1.end and a1.start < p.end)])
        fill_actors(ctx, rules.countries, m.sub, m.anchor, m.sentence, m.hits, ev)
    if shelled_with_small_arms(ctx.text, ev):
        ev.sub_event_type, ev.event_type = "Armed clash", SUB_EVENT_TYPES["Armed clash"]
    elif ev.sub_event_type == "Attack" and not ev.fatalities and (ev.actor2 is None or ev.actor2.kind == "civilians") \
            and standoff_fire_at_an_area(ctx.text[m.sentence.start:m.sentence.end]):
        # "pro-Houthi forces reportedly fired 14.5mm and 12.7mm machine guns ... at farms and populated villages":
        # fire from the front line at an area, nobody hit, is shelling (ACLED's Yemen rows)
        ev.sub_event_type, ev.event_type = "Shelling/artillery/missile attack", SUB_EVENT_TYPES["Shelling/artillery/missile attack"]
    if ev.fatalities is None and deaths_told and ev.sub_event_type in NON_LETHAL_BY_DEFINITION:
        # a death told in a protest's or an arrest's sentence is another incident's (the crowd's grievance, what the
        # arrested are charged with): the codebook's definition rules deaths out of this one, ACLED codes 0
        deaths_told = False
    if ev.fatalities is None and not deaths_told:
        # No death spoken of in the event's sentences. ACLED's fatality column has no "unknown": a toll
        # nobody reported is coded 0. Flagged as coded, on the event word; the confidence is that of an
        # absence, except where the codebook's definition rules deaths out (a peaceful protest, an arrest or
        # an agreement with a death would be coded as another type). A toll spoken of without a figure
        # ("several were killed", "casualties") is not an absence and stays null.
        ev.fatalities, ev.fatalities_estimated = 0, True
        by_definition = ev.sub_event_type in NON_LETHAL_BY_DEFINITION
        ev.fatalities_text = Mention(ev.trigger.text, ev.trigger.start, ev.trigger.end, 0.3 if by_definition else 0.2)
    return ev


# Sub-event types that the ACLED codebook defines as without deaths (a death makes it another type:
# a protest met with lethal force is "Excessive force against protesters", fighting over ground a battle).
NON_LETHAL_BY_DEFINITION = frozenset({
    "Peaceful protest", "Protest with intervention", "Agreement", "Arrests", "Change to group/activity",
    "Headquarters or base established", "Non-violent transfer of territory",
})


# Event types whose every side's dead, told side by side, add up to the toll (ACLED codebook §fatalities: a battle
# counts both sides' dead; in an attack or a bombing the figures of victims named apart are too often one toll told
# twice, or another incident's, on fresh reports).
_EVERY_SIDE_COUNTED = frozenset({"Battles"})


# How many sentences after an event's may tell where it happened, when the event's own names only the country.
_NEXT_SENTENCES = 2


# The smallest value ACLED's published convention gives a vague figure ("tens" 10, "dozens" 12, ...).
ACLED_CODED_VAGUE = 10


def find_events(ctx: DocContext, rules: EventRules) -> list[Event]:
    """Event mentions of the document, coded with ACLED types, merged per incident (see module doc).

    Only asserted events and background ones (``modality='background'``, confidence ≤ 0.35) are
    returned; threatened, denied, planned, hypothetical and future mentions are dropped. The most
    confident event is the document's main event.
    """
    hits = document_hits(ctx, rules)
    if not hits:
        return []
    by_sent = sentence_index(ctx, hits)
    by_label = doc_scores(hits, ctx)
    sents = ctx.sentences or [Sentence(0, len(ctx.text))]
    per_sentence = [sentence_mentions(i, sent, s_hits, ctx.text) for i, (sent, s_hits) in enumerate(zip(sents, by_sent))]
    for i in range(len(sents) - 1):
        protest_outcome_told_after(i, sents, by_sent, per_sentence, ctx.text)
    mentions: list[EventMention] = []
    cache = _DocCache(event_places(ctx), tuple(motive_spans(ctx.text, hits)), any(h.label == "@trial" for h in hits))
    history_sents: set[int] = set()
    for sidx, (sent, s_hits) in enumerate(zip(sents, by_sent)):
        follow = sidx + 1
        while follow < len(sents) and follow <= sidx + 1 and toll_only(ctx, sents[follow], per_sentence[follow]):
            follow += 1
        follow = toll_line_after(ctx, sents, per_sentence, sidx, follow)
        primary_of_sentence: EventMention | None = None
        for m in per_sentence[sidx]:
            m.modality = modality_of(m.anchor, s_hits, ctx.parsed, tuple(by_sent[sidx + 1]) if sidx + 1 < len(by_sent) else ())
            if m.modality in DROPPED_MODALITIES:
                arrest = arrests_before_a_protest(m.sub, m.anchor, s_hits)
                if arrest is None or modality_of(arrest, s_hits, ctx.parsed) in DROPPED_MODALITIES:
                    continue
                m = replace(m, sub="Arrests", anchor=arrest, specific=True, modality="asserted")
            m.casualty_end = sents[follow - 1].end
            m.event = _fill(ctx, rules, m, cache)
            if m.modality in DROPPED_MODALITIES:
                continue
            own_date = m.event.date_text is not None and sent.start <= (m.event.date_text.start or -1) < sent.end
            if m.modality == "asserted" and not m.specific and own_date and sidx - 1 in history_sents:
                # "... a spate of attacks in recent years. Five people were killed on 11 December in ...":
                # a generic mention with its own date, right after a history sentence, is one of its examples.
                m.modality = m.event.modality = "background"
            if m.modality == "background":
                history_sents.add(sidx)
            if m.secondary and primary_of_sentence is not None and primary_of_sentence.event is not None:
                main = primary_of_sentence.event
                for name in ("actor1", "actor2", "target", "location", "date", "time_precision", "date_text"):
                    setattr(m.event, name, getattr(main, name))
            elif not m.secondary:
                primary_of_sentence = m
            mentions.append(m)
    mentions = [m for m in mentions if not disaster_toll(m, by_label)]
    if not ctx.published:
        _older_than_the_news(mentions)
    _judged_in_court(mentions, by_sent)
    if not mentions:
        # a report whose words score an event type though no sentence holds its event word ("members of the
        # Colectivos conducted military exercises"): its one event, weakly told
        told = told_without_event_word(ctx, hits, by_sent, by_label)
        if told is None or modality_of(told.anchor, by_sent[told.sidx], ctx.parsed) != "asserted":
            return []
        told.event = _fill(ctx, rules, told, cache)
        mentions, no_event_word = [told], True
    else:
        no_event_word = False
    if not any(m.modality == "asserted" for m in mentions):
        # A report whose only story is months old ("On 14 March 2024, ..." published in December: a late
        # report, a rights group's findings) reports it: ACLED codes late-reported events. Only an
        # old date beside a newer story makes it background.
        for m in mentions:
            if m.late and m.event is not None:
                m.modality = m.event.modality = "asserted"
    claimed_authors(ctx, hits, [m.event for m in mentions if m.event is not None])
    incidents = merge_incidents(mentions, ctx.text)
    if rules.time is not None and incidents and any(h.label == "@occurred" for h in hits):
        # ("Les faits se sont produits dimanche matin": the day the lead's incident happened)
        day_told_occurred(incidents[0], hits, rules.time.find_dates(ctx.text, ctx.lang, ctx.published), sents,
                          ctx.text)
    if rules.time is not None and incidents and incidents[0].date_reported and incidents[0].event is not None \
            and incidents[0].event.date_text is None:
        # ("Some gunmen have abducted six persons ... / ... said the sad event took place on Sunday evening")
        day_in_the_lead(incidents[0], hits, rules.time.find_dates(ctx.text, ctx.lang, ctx.published), sents, ctx.text)
    day_of_the_story(incidents)
    top = max((by_label.get(k, 0.0) for k in SUB_EVENT_TYPES), default=0.0) or 1.0
    out = []
    named = {a.name for a in ctx.actors if a.name}
    styled = any(h.label in ("@gang_style", "@criminal_victim") for h in hits)
    for inc in incidents:
        ev = inc.event
        assert ev is not None
        drop_repeated_side(ev)
        others_toll(inc, ctx.text)
        interceptor_first(ctx, ev)
        where = ev.location.country if ev.location is not None else None
        # (unknown men fighting unknown men keep the plain name: ACLED's Brazil shoot-outs are Unidentified Armed
        # Group against Unidentified Armed Group; so do men only said to have shot someone: the local name is for
        # killings told in the style of those it names, a drive-by, an execution, a body dumped)
        # (and so is the side state forces fought that the report does not describe: "a shoot-out took place in Roseiral
        # neighborhood. A Police armoured car was reported"; "eight armed men exchanged fire with military police"
        # keeps its armed men)
        fought_forces = ev.sub_event_type == "Armed clash" and any(
            a is not None and a.kind in STATE_KINDS for a in (ev.actor1, ev.actor2))
        if not (ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name) \
                and (styled or fought_forces):
            ev.actor1, ev.actor2 = (local_generic(ctx.actor_table, a, where, ev.date)
                                    if styled or a is None or a.start is None else a for a in (ev.actor1, ev.actor2))
        if ctx.actor_table is not None:
            ev.actor1 = ctx.actor_table.peacekeeping_mission(ev.actor1, where)
            ev.actor2 = ctx.actor_table.peacekeeping_mission(ev.actor2, where)
        cname = country_name(rules.countries, where)
        lead_end = sents[min(inc.sidx + 1, len(sents) - 1)].end
        told_with = [h for h in hits if inc.sentence.start <= h.start < max(lead_end, inc.sentence.end)]
        if bombed_from_the_air(ev.sub_event_type, ev.trigger.text if ev.trigger else None, hits, told_with,
                               ctx.text[ev.trigger.end:inc.sentence.end] if ev.trigger and ev.trigger.end else ""):
            ev.sub_event_type, ev.event_type = "Air/drone strike", "Explosions/Remote violence"
        retype_by_means(ctx.text, ev, told_with, bool(inc.members))
        as_gang_killers(ev, rules.gang_countries, cname)
        hurt_left_unnamed(ctx, ev, cname)
        as_party_mob(ev, rules.party_mob_since, cname, ctx.text[inc.sentence.start:inc.sentence.end])
        mob_of_rioters(ev, ctx.text, rules.countries, cname)
        as_police_operation(ev, ctx.text, ctx.actors, ctx.actor_table, rules.gang_countries, cname)
        as_gang_clash(ev, inc.sidx, sents, hits, rules.gang_countries, cname)
        as_gang_side(ev, hits, rules.gang_countries, cname)
        as_gang_property(ev, inc.sentence, hits, rules.gang_countries, cname)
        fill_monitored_sides(ev, ctx.text[inc.sentence.start:inc.sentence.end], rules.monitors, ctx.geoparser, named)
        fill_front_target(ev, rules.front_targets)
        author_before_coded_type(ctx, ev)
        initiator_first(ev, ctx.text, inc.sentence)
        target_claimed_next(ctx, ev, inc.sentence)
        order_state_side(ev, rules.state_side_in_clashes)
        counter_crowd(ev, hits)
        crowd_first(ev)
        if rival_crowds(ev, ctx.text[inc.sentence.start:inc.sentence.end]):
            ev.actor2 = ev.actor1  # ("members of BNP clashed with members of Awami League": rioters on both sides)
        battle_sides(ctx, ev, ev.trigger.end if ev.trigger is not None else 0, (inc.sentence.start, inc.sentence.end),
                     where, cname)
        if ev.sub_event_type == "Air/drone strike" and (ev.actor1 is None or ev.actor1.start is None):
            # ("Une frappe en provenance d'un drone non identifié": ACLED's 'Unidentified Military Forces' for an
            # aircraft nobody could tell the owner of)
            ev.actor1 = next((a for a in actors_in(ctx, inc.sentence.start, max(lead_end, inc.sentence.end))
                              if a.name == UNKNOWN_AIR_FORCE), ev.actor1)
        if ev.actor1 is not None and ev.actor2 is not None and ev.actor1.name == ev.actor2.name \
                and ev.actor1.kind == "external":
            # a mission does not fight itself: the mission that announced its dead is the side hit, its attackers
            # the unnamed ("la mort d'un de ses soldats ..., a annoncé ... la Mission des Nations unies (Minusca)")
            ev.actor1 = with_country(Actor("Unidentified Armed Group", None, confidence=0.3, kind="unidentified"), cname)
        if ev.location is not None:
            # (a lead that names only the country, then "Police in Puebla state say": once merged, so that where its
            # other mentions were told still decides which incident they are)
            until = sents[min(inc.sidx + _NEXT_SENTENCES, len(sents) - 1)].end
            told = Span(inc.sentence.start, inc.sentence.end)
            ev.location = told_next(ctx.places, ctx.text, told, until, ev.location) \
                or force_at_home(ev, ctx.places, ctx.text, told, until) \
                or beyond_the_dateline(ev, ctx.places, ctx.text, told, until) or ev.location
        unexploded_that_went_off(ev, hits, cname)
        if ev.event_type != "Strategic developments":
            one_death(ev, ctx.text, inc.sentence.start, inc.sentence.end)
        # "villagers beat two thieves to death": found as an attack, a mob's by its authors ("two communities
        # clashed": a fight, a mob's by its sides); the words' share of the attack or fight is the mob's
        retyped = ev.sub_event_type == "Mob violence" and inc.sub in ("Attack", "Armed clash")
        # (and so is the shelling's share of fire at positions with small arms too, which ACLED codes a clash)
        retyped = retyped or ev.sub_event_type == "Armed clash" and inc.sub == "Shelling/artillery/missile attack"
        # (and the attack's share of fire from the front line at an area, which ACLED codes shelling)
        retyped = retyped or ev.sub_event_type == "Shelling/artillery/missile attack" and inc.sub == "Attack"
        # (and the attack's share of a killing whose victims are armed men, a battle in ACLED's terms)
        retyped = retyped or ev.sub_event_type == "Armed clash" and inc.sub == "Attack"
        ev.actor1 = sole_perpetrator(ctx, ev.actor1, hits) or ev.actor1
        share = max(by_label.get(ev.sub_event_type, 0.0), by_label.get(inc.told_as or "", 0.0),
                    by_label.get(inc.sub, 0.0) if retyped else 0.0)
        ev.confidence = min(_confidence(inc, share / top), 0.4) if no_event_word else _confidence(inc, share / top)
        if outranked_by_violence(inc, incidents):
            ev.confidence = round(max(0.05, ev.confidence - 0.25), 3)
        if told_long_before(ctx.text, ev, ctx.published):
            # "اثر هجوم شنه الاسلاميون عليها في 6 تموز/يوليو الفائت": an attack told with a day weeks before the
            # report is the story's past, not the news it brings
            ev.confidence = round(max(0.05, ev.confidence - 0.2), 3)
    for inc in join_headline(incidents, ctx.text, sents):
        assert inc.event is not None
        total = rules.numbers.incident_fatalities(ctx.text, ctx.lang, told_in(inc)) \
            if rules.numbers is not None and inc.event.event_type in _EVERY_SIDE_COUNTED else None
        if total is not None and total > (inc.event.fatalities or 0):
            inc.event.fatalities, inc.event.fatalities_estimated = total, False  # each side's dead, told apart
        inc.event.notes = event_notes(inc.event, ctx)
        out.append(inc.event)
    # (an ACLED note's crowd-size tag says the note is a crowd's protest or riot)
    as_crowd_note(ctx.clean, ctx.text, out, hits, rules.countries, ctx.actors)
    out.sort(key=lambda e: -e.confidence)
    recode_main_event(out, ctx.text)
    riot_told_apart(out, hits, sents)
    shot_while_rioting(out)
    force_told_apart(out)
    if rules.numbers is not None:
        _raise_tolls(ctx, rules, hits, out)
        lead_toll(ctx, rules.numbers, out)
    coded_tolls(ctx.text, out)
    for ev in out:
        if ev.sub_event_type == "Change to group/activity" and ev.actor1 is None:
            # "Movement of forces: Jubaland security forces were deployed near Kismayo": the group whose activity
            # changed is the event's actor, though the passive makes it the verb's object
            ev.actor1, ev.actor2 = ev.actor2, None
        if ev.sub_event_type == "Arrests" and ev.actor1 is not None and ev.actor1.kind in _NON_STATE_DETAINERS \
                and not named_as_state_forces(ev.actor1):
            # "QSD arrested 4 people in charges of joining IS": only a state arrests; people an armed group takes
            # are abducted (ACLED codebook 2023 §Arrests, §Abduction/forced disappearance); an armed group's man it
            # takes in a raid was fought ("QSD fighters detained an IS commander during a raid": ACLED's 2024 Syria
            # rows, Armed clash)
            fought = ev.actor2 is not None and ev.actor2.kind in _NON_STATE_DETAINERS and ev.actor2.kind != "unidentified"
            sub = "Armed clash" if fought else "Abduction/forced disappearance"
            ev.sub_event_type, ev.event_type = sub, SUB_EVENT_TYPES[sub]
        if ev.sub_event_type == "Non-state actor overtakes territory" and ev.actor1 is not None \
                and (ev.actor1.kind in STATE_KINDS or ev.actor1.kind == "government") \
                and (ev.location is None or ev.actor1.country in (None, ev.location.country)):
            # "Le gouvernement ... affirme avoir ... repris des dizaines de localités": ground a state takes at home
            # is regained, whatever word told it (ACLED codebook 2023 §Government regains territory); a foreign
            # army's gains abroad stay a taking ("القوات التركية ... من السيطرة على مدينة عفرين")
            ev.sub_event_type, ev.event_type = "Government regains territory", SUB_EVENT_TYPES["Government regains territory"]
        taken_abroad(ctx, rules.countries, ev)
        riot_read_as_clash(ev)
        faceless_clash_of_a_crowd(ctx, ev, rules.countries)
        if ev.sub_event_type == "Abduction/forced disappearance" and ev.fatalities and not ev.fatalities_estimated:
            # "a man was abducted by four men and stabbed to death": an abduction is one without further
            # violence; deaths make it an attack (ACLED codebook 2023 §Abduction/forced disappearance)
            ev.sub_event_type, ev.event_type = "Attack", SUB_EVENT_TYPES["Attack"]
        # (after the crowd note's sides: a mob the note sets against the police keeps them)
        mob_victims(ev, ctx.places, rules.countries,
                    country_name(rules.countries, ev.location.country if ev.location is not None else None))
        seat = ctx.geoparser.seat(ev.event_type, ev.location) if ctx.geoparser is not None else None
        if seat is not None:
            ev.location = seat  # (an arrest or a protest told only in its country: the capital)
    taken_from_the_foe(ctx, out)
    for ev in out:
        ev.notes = event_notes(ev, ctx)  # (the summary tells the event as recoded since its first reading)
    return out + one_event_per_place(ctx, out)


def _raise_tolls(ctx: DocContext, rules: EventRules, hits: list[Hit], events: list[Event]) -> None:
    """"On Saturday the death toll had risen to 37", "le bilan est passé à onze morts": a later sentence
    that raises the toll of the story raises the main event's fatalities (ACLED codes the latest
    reported toll), when that sentence tells no event of its own and the new figure is larger."""
    main = next((e for e in events if e.modality == "asserted"), None)
    if main is None or main.trigger is None:
        return
    starts = [x.start for x in ctx.sentences]
    told_in = bisect_right(starts, main.trigger.start)
    for h in hits:
        # (within the next few sentences: a toll raised after a background paragraph is another story's)
        if h.label != "@toll_rise" or h.start < main.trigger.end or bisect_right(starts, h.start) - told_in > 4:
            continue
        sent = ctx.sentence_of(h.start)
        cas = rules.numbers.find_casualties(ctx.text, ctx.lang, sent.start, sent.end)
        value = cas.fatalities if cas is not None else None
        if value is not None and value > (main.fatalities or 0):
            main.fatalities, main.fatalities_estimated = value, False
            main.fatalities_text = _mention(getattr(cas, "fatalities_text", None))


def _confidence(inc: EventMention, doc_share: float) -> float:
    ev = inc.event
    assert ev is not None
    base = inc.score / (inc.score + 4.0)  # 2.5 → 0.38, 6 → 0.6, 12 → 0.75
    position = 0.12 if inc.sidx == 0 else 0.08 if inc.sidx == 1 else 0.04 if inc.sidx <= 3 else 0.0
    mentions = min(0.1, 0.04 * len(inc.members))
    args = 0.03 * sum(x is not None for x in (ev.actor1, ev.actor2, ev.location, ev.date_text))
    conf = 0.25 * base + 0.3 * doc_share + position + mentions + args + (0.1 if inc.specific else 0.0)
    if inc.secondary:
        conf -= 0.1
    if inc.sidx > 0 and any(h.label == "@followup" for h in inc.hits):
        conf -= 0.25  # "Police later arrested two suspects": what followed the story, not the story
    if ev.modality == "background":
        conf = min(conf * 0.5, 0.35)
    return round(max(0.05, min(0.97, conf)), 3)
