"""The reference article (samples/fr-iraq-bases-2023-10.txt), read as a careful analyst would (issue 2, item 7)."""
from __future__ import annotations

import math

import pytest

from sitrep.model import to_jsonable

pytestmark = pytest.mark.slow


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def spans_of(value):
    """Every (text, start, end) triple inside a JSON-ready record."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("text"), str):
            yield value["text"], value["start"], value["end"]
        for v in value.values():
            yield from spans_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans_of(v)


@pytest.fixture(scope="module")
def ref(reference_result):
    return reference_result


def test_every_span_points_at_its_words(ref):
    doc, result = ref
    triples = list(spans_of(to_jsonable(result)))
    assert len(triples) > 15
    for text, start, end in triples:
        assert doc.text[start:end] == text


def test_publication_month_and_no_invented_day(ref):
    doc, result = ref
    assert (result.lang, result.published) == ("fr", "2023-10")
    attacks_in_iraq = [e for e in result.events if e.location and e.location.country == "IQ"]
    assert attacks_in_iraq
    for ev in attacks_in_iraq:
        assert ev.date in (None, "2023-10"), ev.date
        if ev.date:
            assert ev.time_precision == 3
    for ev in result.events:  # a day is only ever given when the text states one
        if ev.date and len(ev.date) == 10:
            assert ev.date_text is not None and doc.text[ev.date_text.start:ev.date_text.end] == ev.date_text.text


def test_drone_and_rocket_attacks_coded_as_acled_would(ref):
    doc, result = ref
    # the attacks on the bases are told in the headline and the lead (the rest is reaction and context,
    # e.g. the Israeli strikes on Gaza that Baghdad condemned)
    lead_end = doc.text.index("https://twitter.com")
    attacks = [e for e in result.events if e.event_type == "Explosions/Remote violence" and e.trigger.start < lead_end]
    subtypes = {e.sub_event_type for e in attacks}
    assert {"Air/drone strike", "Shelling/artillery/missile attack"} <= subtypes
    assert result.primary in subtypes
    for ev in attacks:
        loc = ev.location
        assert (loc.country, loc.geo_precision) == ("IQ", 3)  # no base is named: country precision
        assert km(loc.lat, loc.lon, 33.0, 44.0) < 300
        assert (ev.fatalities, ev.fatalities_estimated) == (0, True)  # nobody was reported killed: ACLED's 0
        assert ev.injuries is None  # "blessés légers": no number invented
    main = max(attacks, key=lambda e: e.confidence)
    assert main.count == 5 and "cinq" in main.count_text.text
    assert main.casualties_text is not None and "blessés légers" in main.casualties_text.text
    assert main.claimed_by.name == "Islamic Resistance in Iraq"
    assert main.claimed_by.text == "Résistance islamique en Irak"
    target_words = " ".join(filter(None, [main.target.text if main.target else "", main.actor2.text if main.actor2 else ""]))
    assert "bases" in target_words or "troupes" in target_words
    assert {w.name for e in attacks for w in e.weapons} >= {"drone", "rocket"}
    assert main.notes and main.notes.endswith(".") and "Iraq" in main.notes


def test_boilerplate_never_reaches_events(ref):
    doc, result = ref
    embeds = [(doc.text.index(u), doc.text.index("préférences .", doc.text.index(u)) + 13)
              for u in ("https://twitter.com/i/web/status/1714651248312373312", "https://twitter.com/i/web/status/1716173373665890471")]
    for ev in result.events:
        for span in ev.evidence:
            assert all(span.end <= a or span.start >= b for a, b in embeds)
        assert "cookies" not in (ev.notes or "") and "twitter" not in (ev.notes or "")
    for text, start, end in spans_of(to_jsonable(result)):
        assert all(end <= a or start >= b for a, b in embeds), text


def test_claim_by_islamic_resistance_on_telegram(ref):
    doc, result = ref
    claims = [c for c in result.claims if c.kind == "claim"]
    assert claims
    claim = claims[0]
    assert claim.claimant.name == "Islamic Resistance in Iraq"
    assert claim.claimant.text == "Résistance islamique en Irak"
    assert claim.medium == "Telegram"
    assert "attaques" in (claim.claimed or "")


def test_statements_rassoul_condemns_prime_minister_orders_us_evacuates(ref):
    doc, result = ref
    by_speaker = {(s.speaker.name or ""): s for s in result.statements}
    rassoul = by_speaker["Yahya Rassoul"]
    assert rassoul.stance == "condemn"
    assert "porte-parole du Premier ministre" in (rassoul.speaker.role or "")
    assert "affaires militaires" in (rassoul.speaker.role or "")
    assert "inacceptables" in (rassoul.quote or "")
    pm = [s for name, s in by_speaker.items() if "Soudani" in name]
    assert pm and pm[0].stance == "order" and "retrouver" in doc.text[pm[0].start:pm[0].end]
    us = [s for s in result.statements if s.stance == "order" and "évacuation" in doc.text[s.start:s.end]]
    assert us and "United States" in (us[0].speaker.name or "")


def test_baghdad_and_erbil_resolved(ref):
    doc, result = ref
    places = {p.text: p for p in result.places}
    assert km(places["Bagdad"].lat, places["Bagdad"].lon, 33.34, 44.40) < 25
    assert places["Bagdad"].country == "IQ"
    assert km(places["Erbil"].lat, places["Erbil"].lon, 36.19, 44.01) < 25
    assert "Irak" in places or "irakiennes" in places
