"""Place names a report spells its own way, and people's names that are also places.

"Raqqa" is GeoNames' "Ar Raqqah" under the same name (a transliterated article and a final "h" dropped), not one of
its other names, so it is no foreign namesake in a report that also names the United States; a name after a
courtesy title ("Mr Braga") is a person's, there and wherever the text uses it alone, and so is every word of a
longer name that ends with it ("Marcos Cesar Feres Braga" holds no Cesar department of Colombia). Control: a place
that opens an office's title stays a place ("former Kaduna State Governor Nasir El-Rufai, Bashir El-Rufai"). The
texts are the pages' own words (addresses in each test)."""
from sitrep import extract


def test_a_name_spelled_without_its_article_is_the_same_town():
    # https://ibtimes.co.in/search?page=60&q=ISIS+in+Iraq (Aug 11, 2017): the headline alone, as a feed gives it
    result = extract("US continues deadly airstrikes in Raqqa in efforts to liberate city from Isis", lang="en",
                     published="2017-08-11")
    assert [p.country for p in result.places if p.text == "Raqqa"] == ["SY"]
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.location.name, ev.location.country) == ("Air/drone strike", "Ar Raqqah", "SY")


def test_a_name_after_a_courtesy_title_is_a_persons():
    # https://sixfivenation.net/russian-diplomat-rio-drags-motorcycle-robber-car-shoots-dead
    text = ("The robber picked the wrong target. Mr Braga who was travelling with his wife and daughter at the time is "
            "trained in the Brazilian martial art of Jiu-Jitsu and those skills came in handy.\nIn the ensuing scuffle, "
            "the diplomat dragged the robber into his car, wrestled the gun off him and shot him dead at pointblank "
            "range.")
    result = extract(text, lang="en", published="2016-08-05")
    assert not [p for p in result.places if p.country == "PT"]
    ev = max(result.events, key=lambda e: e.confidence)
    assert ev.location is None or ev.location.country == "BR"


def test_the_words_of_a_persons_full_name_are_no_places():
    # (same page, its opening)
    text = ("Russian diplomat in Rio drags motorcycle robber into his car and shoots him dead\nA would-be robber on a "
            "motorcycle met his end at the hands of the Russian vice-consul in Rio who dragged the thief into his car "
            "and shot him dead at pointblank range.\nMarcos Cesar Feres Braga, a Brazilian lawyer who holds the "
            "vice-consul post at the Russian consulate, reportedly grabbed the attacker who was with an accomplice and "
            "pulled him into his BMW X6 after he had smashed the car window and pointed a gun at him, demanding he hand "
            "over his watch.\nThe robber picked the wrong target. Mr Braga who was travelling with his wife and daughter "
            "at the time is trained in the Brazilian martial art of Jiu-Jitsu and those skills came in handy.")
    result = extract(text, lang="en", published="2016-08-05")
    assert {p.country for p in result.places if p.country} <= {"RU", "BR", "SI"}
    assert {e.location.country for e in result.events if e.location is not None} == {"BR"}


def test_a_place_opening_an_offices_title_stays_a_place():
    # https://thenewsguru.ng/tag/former-kaduna-state-governor ("El-Rufai" is a person's name there)
    result = extract("Southern Kaduna will keep seeing shege – El-Rufai’s son threatens in deleted tweet\nThe son of "
                     "former Kaduna State Governor Nasir El-Rufai, Bashir El-Rufai, has ignited controversy with a comment "
                     "on X (formerly Twitter), suggesting that violence in Southern Kaduna would persist if residents "
                     "continued to attack Fulani herdsmen.", lang="en", published="2024-09-01")
    assert "Kaduna" in {p.text for p in result.places if p.country == "NG"}
    assert all(p.country in (None, "NG") for p in result.places)
