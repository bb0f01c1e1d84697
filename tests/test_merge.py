"""Cross-document merging (issue 7) on typed event records built from real reports' facts.

Each case names the real reports it comes from (tests/fixtures/merge/README.md): the values are
what a careful reader codes from those texts, so these tests pin the decision logic independently
of the extractor. ``test_merge_pipeline.py`` runs the same articles through the real pipeline.
"""
from __future__ import annotations

import pytest

from sitrep.merge import (HEADLINE_RULE, Candidate, MergeConfig, Report, cells, compare, conflicts, pairwise_score,
                          place, summarize, time_window)
from sitrep.model import Actor, Document, Event, Extraction, Location, Mention
from sitrep.store import Store
from sitrep.store.incidents import (IncidentMerger, incident_reports_view, join, list_decisions, list_incidents,
                                    rebuild, split)

ISTANBUL = dict(location="Istanbul", lat=41.0138, lon=28.9497, country="TR", admin1="Istanbul", geo_precision=1)
BESIKTAS = dict(location="Besiktas", lat=41.0428, lon=29.0075, country="TR", admin1="Istanbul", geo_precision=1)
CAIRO = dict(location="Cairo", lat=30.0444, lon=31.2357, country="EG", admin1="Cairo", geo_precision=1)
KABUL = dict(location="Kabul", lat=34.5281, lon=69.1723, country="AF", admin1="Kabul", geo_precision=1)
ADEN = dict(location="Aden", lat=12.7794, lon=45.0367, country="YE", admin1="Aden", geo_precision=1)
TUZ = dict(location="Tuz Khurmatu", lat=34.8862, lon=44.6326, country="IQ", admin1="Salah ad Din", geo_precision=1)
IRAQ = dict(location="Iraq", lat=33.0, lon=44.0, country="IQ", geo_precision=3)
BOMB = dict(event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
IED = dict(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")


def rep(key: str, date: str | None, published: str | None, place_: dict, kind: dict = BOMB, **kw) -> Report:
    return Report(key=f"{key}#0", doc_key=key, date=date, time_precision=1 if date and len(date) == 10 else 3,
                  published=published, **kind, **place_, **kw)


def test_istanbul_reports_over_three_days_merge_and_follow_ups_update_the_toll():
    # WCE 10, 11 and 12 Dec. 2016: 29 dead; "toll rises to 38", claim by TAK; "rises to at least 44".
    first = rep("wce-12-10", "2016-12-10", "2016-12-10", ISTANBUL, fatalities=29, actor2="Police Forces of Turkey")
    second = rep("wce-12-11", "2016-12-10", "2016-12-11", ISTANBUL, fatalities=38, claimed_by="Kurdistan Freedom Hawks",
                 actor1="Kurdistan Freedom Hawks")
    third = rep("wce-12-12", "2016-12-10", "2016-12-12", BESIKTAS, fatalities=44)
    assert compare(first, second).compatible and compare(first, second).score >= MergeConfig().threshold
    assert compare(first, third).score >= MergeConfig().threshold  # Besiktas is 5 km from Istanbul's centre
    summary = summarize([first, second, third])
    assert summary.fatalities == 44  # the latest report supersedes the earlier tolls
    assert summary.claimed_by == "Kurdistan Freedom Hawks"  # the later claim attaches
    assert [v.value for v in summary.disagreements["fatalities"]] == [29, 38, 44]  # every source's figure kept
    assert summary.n_documents == 3 and "published last" in HEADLINE_RULE


def test_concurrent_sources_disagreeing_keep_the_lowest_figure_with_each_source():
    # Helwan church attack, 29 Dec. 2017: OrangeSum (fr) "dix morts", WCE (en) "nine people are killed".
    fr = rep("fr-os-16426", "2017-12-29", "2017-12-29", CAIRO, kind=dict(event_type="Violence against civilians",
             sub_event_type="Attack"), fatalities=10, lang="fr", evidence={"fatalities_text": {"text": "dix morts"}})
    en = rep("wce-helwan", "2017-12-29", "2017-12-29", CAIRO, kind=dict(event_type="Violence against civilians",
             sub_event_type="Attack"), fatalities=9, lang="en", evidence={"fatalities_text": {"text": "Nine people"}})
    assert compare(fr, en).compatible
    summary = summarize([fr, en])
    assert summary.fatalities == 9
    assert {(v.doc_key, v.value, v.evidence["text"]) for v in summary.disagreements["fatalities"]} == {
        ("fr-os-16426", 10, "dix morts"), ("wce-helwan", 9, "Nine people")}


def test_a_stated_toll_beats_one_coded_by_convention_on_the_same_day():
    # one wire says "dozens were killed" (coded 12), another the same day "15 people were killed".
    vague = rep("wire-a", "2023-05-04", "2023-05-04", KABUL, fatalities=12, fatalities_estimated=True)
    exact = rep("wire-b", "2023-05-04", "2023-05-04", KABUL, fatalities=15)
    assert summarize([vague, exact]).fatalities == 15
    assert summarize([vague]).fatalities == 12  # alone, the coded figure stands


def test_cross_language_report_with_a_vague_place_merges_on_the_same_day_and_type():
    # Tuz Khurmatu pool bombings: Arabic "طوز خورماتو" (town) vs English WCE "in northern Iraq" (country).
    ar = rep("ar-snn-209", "2015-07-25", "2015-07-26", TUZ, fatalities=12, lang="ar")
    en = rep("wce-tuz", "2015-07-25", "2015-07-25", IRAQ, fatalities=12, lang="en")
    result = compare(ar, en)
    assert result.compatible and result.score >= MergeConfig().threshold, result


def test_different_incidents_same_day_same_city_do_not_merge():
    # Kabul, 7 Aug. 2015: a truck bomb in the Shah Shahid neighbourhood killing civilians, and a suicide
    # attack on the police academy the same evening: one city, one day, two incidents.
    truck = rep("kabul-truck", "2015-08-07", "2015-08-07", KABUL, kind=IED, actor2="Civilians (Afghanistan)")
    academy = rep("kabul-academy", "2015-08-07", "2015-08-08", KABUL, actor2="Police Forces of Afghanistan")
    points, why = conflicts(truck, academy)
    assert points >= 2 and why
    assert not compare(truck, academy).compatible
    # Aden, 10 and 18 Dec. 2016: two suicide bombings of soldiers in one city, eight days apart.
    assert not compare(rep("aden-10", "2016-12-10", "2016-12-10", ADEN), rep("aden-18", "2016-12-18", "2016-12-18", ADEN)).compatible
    # Cairo/Giza checkpoint bombing (9 Dec.) vs the cathedral bombing (11 Dec. 2016).
    giza = rep("giza", "2016-12-09", "2016-12-09", CAIRO, kind=IED, claimed_by="Hasm Movement")
    cathedral = rep("cathedral", "2016-12-11", "2016-12-11", CAIRO, kind=IED)
    assert not compare(giza, cathedral).compatible


def test_attribution_disagreement_is_kept_not_split():
    # Same day, place and victims; two sources name two perpetrators: one incident, both attributions kept.
    a = rep("a", "2016-12-11", "2016-12-11", CAIRO, kind=IED, actor1="Hasm Movement", actor2="Civilians (Egypt)")
    b = rep("b", "2016-12-11", "2016-12-12", CAIRO, kind=IED, actor1="Islamic State", actor2="Civilians (Egypt)")
    assert compare(a, b).compatible and compare(a, b).score >= MergeConfig().threshold
    assert {v.value for v in summarize([a, b]).disagreements["actor1"]} == {"Hasm Movement", "Islamic State"}


def test_time_windows_follow_precision():
    month = rep("m", "2023-10", "2023-10-23", IRAQ)
    assert time_window(month) == (time_window(rep("d", "2023-10-01", None, IRAQ))[0], time_window(rep("e", "2023-10-31", None, IRAQ))[1])
    undated = Report(key="u#0", doc_key="u", event_type="Battles", sub_event_type="Armed clash", published="2020-05-11")
    start, end = time_window(undated)
    assert (end - start).days == 7
    assert cells(Report(key="n#0", doc_key="n", event_type="Battles", sub_event_type="Armed clash")) == []


def test_aggregate_covers_individual_incidents_instead_of_adding_one():
    # "Depuis mercredi, au moins cinq attaques au drone et à la roquette ont ciblé trois bases" (reference article).
    base = dict(location="Ain al-Asad", lat=33.80, lon=42.44, country="IQ", geo_precision=1)
    drone = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    single = rep("single", "2023-10-18", "2023-10-18", base, kind=drone)
    aggregate = rep("aggregate", "2023-10", "2023-10-23", base, kind=drone, count=5)
    placement = place(aggregate, [Candidate(7, (single,))])
    assert placement.decision == "aggregate" and placement.covers == (7,)


def test_pairwise_score():
    score = pairwise_score([["a", "b", "c"], ["d", "e"]], [["a", "b"], ["c", "d"]])
    assert (score.true_pairs, score.predicted_pairs, score.correct_pairs) == (4, 2, 1)
    assert score.precision == 0.5 and score.recall == 0.25


# -- the store: merging as a save hook, corrections, re-ingestion ------------------------------------
def _event(date: str, loc: dict, sub: str = "Suicide bomb", fatalities: int | None = None, actor1: str | None = None,
           count: int | None = None) -> Event:
    return Event("Explosions/Remote violence", sub, Mention("bomb", 0, 4), date=date, time_precision=1,
                 location=Location(loc["location"], lat=loc["lat"], lon=loc["lon"], country=loc["country"],
                                   admin1=loc.get("admin1"), geo_precision=loc["geo_precision"]),
                 fatalities=fatalities, actor1=Actor(actor1) if actor1 else None, count=count)


def _save(store: Store, key: str, text: str, published: str, *events: Event) -> None:
    store.save(Document(key, text, published=published, source=f"outlet of {key}"),
               Extraction(key, "en", published, None, list(events)), [IncidentMerger()])






def test_store_merges_reports_and_an_analyst_split_survives_reingestion(store):
    _save(store, "ist-1", "Two bombs near the Vodafone Arena kill at least 29.", "2016-12-10", _event("2016-12-10", ISTANBUL, fatalities=29))
    _save(store, "ist-2", "The death toll rises to 38; TAK claims.", "2016-12-11",
          _event("2016-12-10", ISTANBUL, fatalities=38, actor1="Kurdistan Freedom Hawks"))
    _save(store, "cairo", "A bombing in the cathedral in Cairo kills 25.", "2016-12-11",
          _event("2016-12-11", CAIRO, sub="Remote explosive/landmine/IED", fatalities=25))
    rows = {r.location: r for r in list_incidents(store)}
    assert rows["Istanbul"].n_documents == 2 and rows["Istanbul"].fatalities == 38
    assert rows["Cairo"].n_documents == 1
    decisions = list_decisions(store, doc_key="ist-2")
    assert decisions[0].decision == "merge" and decisions[0].fields["time"] == 1.0 and decisions[0].reasons
    assert {r.doc_key for r in incident_reports_view(store, rows["Istanbul"].id)} == {"ist-1", "ist-2"}

    new_id = split(store, rows["Istanbul"].id, "ist-2", note="analyst test")
    assert {r.n_documents for r in list_incidents(store)} == {1}
    # Re-ingesting a changed version of ist-2 does not merge it back.
    _save(store, "ist-2", "The death toll rises to 38; TAK claims (updated).", "2016-12-11",
          _event("2016-12-10", ISTANBUL, fatalities=38, actor1="Kurdistan Freedom Hawks"))
    assert {r.n_documents for r in list_incidents(store)} == {1}
    # The analyst merges them back; that survives re-ingestion too.
    ist_ids = sorted(r.id for r in list_incidents(store) if r.location == "Istanbul")
    join(store, ist_ids[0], ist_ids[1])
    _save(store, "ist-1", "Two bombs near the Vodafone Arena kill at least 29 (updated).", "2016-12-10",
          _event("2016-12-10", ISTANBUL, fatalities=29))
    merged = [r for r in list_incidents(store) if r.location == "Istanbul"]
    assert len(merged) == 1 and merged[0].n_documents == 2
    assert new_id > 0
    # Rebuilding from scratch keeps the analyst's decisions.
    rebuild(store)
    assert [r.n_documents for r in list_incidents(store) if r.location == "Istanbul"] == [2]


def test_same_document_events_stay_distinct_and_aggregates_do_not_add_incidents(store):
    _save(store, "kabul", "A truck bomb ... later a suicide attack on the police academy.", "2015-08-08",
          _event("2015-08-07", KABUL, sub="Remote explosive/landmine/IED"), _event("2015-08-07", KABUL))
    assert len(list_incidents(store)) == 2
    _save(store, "summary", "At least five attacks in Kabul since Friday.", "2015-08-09",
          _event("2015-08-07", KABUL, count=5))
    incidents = list_incidents(store)
    assert len(incidents) == 2 and all(r.summary["covered_by"] for r in incidents)


def test_errors_say_what_to_do(store):
    from sitrep.errors import SitrepError

    with pytest.raises(SitrepError, match="sitrep incidents"):
        split(store, 999, "nope")
    with pytest.raises(SitrepError, match="two different"):
        join(store, 1, 1)
