"""Actors: real phrases in French, English and Arabic -> ACLED-style canonical names."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sitrep.resolve.actor_tables import read_aliases
from sitrep.resolve.actors import ActorTable
from tests.conftest import REFERENCE, sample_docs

US = "Military Forces of the United States"


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def names(table: ActorTable, text: str, lang: str, country: str | None = None) -> dict[str, str]:
    """Mention text -> canonical name, checking every span points at its text."""
    out = {}
    for a in table.find(text, lang, country):
        assert text[a.start:a.end] == a.text
        assert 0.0 <= a.confidence <= 1.0
        out[a.text] = a.name
    return out


def name_of(table: ActorTable, phrase: str, lang: str, country: str | None = None) -> str | None:
    a = table.resolve(phrase, lang, country)
    return a.name if a else None


# ---------------------------------------------------------------- the table itself
def test_is_broad(table):
    # (its load time is measured by bench/bench_extract.py, not asserted here: a timed test fails on a busy machine)
    rows = [e for readings in table.entries.values() for e in readings]
    langs = Counter(e.lang for e in rows)
    assert len(table.names()) >= 150
    assert len(rows) >= 600 and all(langs[lang] >= 300 for lang in ("fr", "en", "ar"))
    assert all(e.source for e in rows)


def test_an_alias_without_where_has_one_meaning(table):
    for k, readings in table.entries.items():
        general = {e.canonical for e in readings if not e.where and not e.periods}  # dated readings rename
        assert len(general) <= 1, (k, general)


def test_dated_readings_follow_acled_renamings(table):
    sahel = [("2018-01-11", "Islamic State (Greater Sahara)"),
             ("2019-11-02", "Islamic State (West Africa) - Greater Sahara Faction"),
             ("2023-01-01", "Islamic State (Sahel)"), (None, "Islamic State (Sahel)")]  # ML's undated reading
    for date, name in sahel:
        assert table.local_name("Islamic State", "ML", date) == name
    assert table.local_name("Islamic State", "IQ", "2018-01-01") == "Islamic State (Iraq)"
    assert table.local_name("Taliban", "AF", "2020-05-18") == "Taliban"
    assert table.local_name("Taliban", "AF", None) == "Taliban"  # no date, no guess
    taliban = table.local_reading("Taliban", "AF", "2022-05-18")
    assert (taliban.canonical, taliban.kind) == ("Military Forces of Afghanistan (2021-)", "state_military")
    assert table.local_name("Taliban", "PK", "2022-05-18") == "TTP: Tehreek-i-Taliban Pakistan"
    # a dated reading never finds an actor by itself
    assert [a.name for a in table.find("Taliban fighters attacked a checkpoint.", "en")] == ["Taliban"]


def test_a_malformed_period_names_file_and_line(tmp_path):
    bad = tmp_path / "mine.tsv"
    bad.write_text("alias\tlang\tcanonical\tkind\tcountry\tsource\twhere\n"
                   "Foo\ten\tFoo Group\trebel\tML\tme\tML@2020-13/\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        read_aliases(bad)
    assert str(err.value) == (f"{bad}:2: 'ML@2020-13/' is not COUNTRY@YYYY-MM-DD/YYYY-MM-DD "
                              "(either date may be empty)")


# ---------------------------------------------------------------- the reference article
def test_reference_article(table):
    text = REFERENCE.read_text(encoding="utf-8")
    found = table.find(text, "fr", "IQ")
    by_text = {}
    for a in found:
        assert text[a.start:a.end] == a.text
        by_text.setdefault(a.text, a)
    assert by_text["Résistance islamique en Irak"].name == "Islamic Resistance in Iraq"
    assert by_text["Résistance islamique en Irak"].kind == "militia"
    assert by_text["troupes américaines"].name == US
    assert by_text["armée américaine"].name == US
    assert by_text["soldats américains"].name == US
    assert by_text["armée irakienne"].name == "Military Forces of Iraq"
    assert by_text["gouvernement irakien"].name == "Government of Iraq"
    assert by_text["terroristes du Hamas"].name == "Hamas Movement"
    assert by_text["coalition internationale antijihadistes"].name == "Global Coalition Against Daesh"
    assert not any(a.text in ("militaires", "fidèles") for a in found)  # "affaires militaires", "fidèles à l'Iran"
    starts = [a.start for a in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# ---------------------------------------------------------------- Arabic sample articles
def test_arabic_samples(table):
    docs = sample_docs("news-ar.jsonl")
    aq = docs["ar-snn-2015-07-31-316"]["text"]
    assert names(table, aq, "ar")["تنظيم القاعدة في اليمن"] == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert names(table, aq, "ar")["القاعدة"] == "Al Qaeda"
    assert names(table, aq, "ar", "YE")["القاعدة"] == "AQAP: Al Qaeda in the Arabian Peninsula"
    isis = docs["ar-snn-2015-07-24-148"]["text"]
    assert names(table, isis, "ar")["تنظيم داعش"] == "Islamic State"
    found = names(table, isis, "ar", "IQ")
    assert found["تنظيم داعش"] == "Islamic State (Iraq)"
    assert found["قوات البيشمركة الكردية"].startswith("Peshmerga")
    assert found["مدنيين"] == "Civilians (Iraq)"
    assert found["مسلحًا من تنظيم داعش"] == "Islamic State (Iraq)"
    egypt = docs["ar-snn-2015-07-23-89"]["text"]
    found = names(table, egypt, "ar")
    assert found["جنود بالجيش المصري"] == "Military Forces of Egypt"
    assert found["ولاية سيناء"] == "Islamic State (Egypt)"  # ACLED's 2020 rows
    syria = names(table, docs["ar-snn-2015-07-22-53"]["text"], "ar")
    assert syria["قوات النظام السوري"] == "Military Forces of Syria"
    assert syria["جبهة النصرة"] == "Jabhat al Nusra"
    ukraine = names(table, docs["ar-snn-2015-08-11-549"]["text"], "ar")
    assert ukraine["الجيش الأوكراني"] == "Military Forces of Ukraine"
    assert ukraine["الحكومة الأوكرانية"] == "Government of Ukraine"


def test_french_samples(table):
    docs = sample_docs("news-fr.jsonl")
    found = names(table, docs["fr-os-3139"]["text"], "fr")
    assert found["berger irakien"] == "Civilians (Iraq)"
    assert found["aviation turque"] == "Military Forces of Turkey"
    assert found["Parti des travailleurs du Kurdistan"] == "PKK: Kurdistan Workers Party"
    found = names(table, docs["fr-os-13542"]["text"], "fr")
    assert found["brigades du Hezbollah"] == "Kataib Hezbollah"
    assert found["Hezbollah"] == "Hezbollah"
    found = names(table, docs["fr-os-11471"]["text"], "fr", "YE")
    assert found["rebelles Houthis"] == "Military Forces of Yemen Houthi"
    assert found["coalition emmenée par l'Arabie saoudite"] == "Operation Restoring Hope"  # ACLED's Yemen rows
    found = names(table, docs["fr-os-21126"]["text"], "fr", "ML")
    assert found["Daech"] == "Islamic State (Sahel)"
    assert found["troupes maliennes"] == "Military Forces of Mali"


# ---------------------------------------------------------------- named groups in three languages
@pytest.mark.parametrize("phrase,lang,expected", [
    ("Islamic Resistance in Iraq", "en", "Islamic Resistance in Iraq"),
    ("المقاومة الإسلامية في العراق", "ar", "Islamic Resistance in Iraq"),
    ("Kataëb Hezbollah", "fr", "Kataib Hezbollah"),
    ("كتائب حزب الله", "ar", "Kataib Hezbollah"),
    ("Ansar Allah", "en", "Military Forces of Yemen Houthi"),
    ("الحوثيين", "ar", "Military Forces of Yemen Houthi"),
    ("les houthistes", "fr", "Military Forces of Yemen Houthi"),
    ("Hachd al-Chaabi", "fr", "Military Forces of Iraq Popular Mobilization Forces"),
    ("الحشد الشعبي", "ar", "Military Forces of Iraq Popular Mobilization Forces"),
    ("Islamic State West Africa Province", "en", "Islamic State (West Africa)"),
    ("l'EIGS", "fr", "Islamic State (Greater Sahara)"),
    ("le GSIM", "fr", "JNIM: Group for Support of Islam and Muslims"),
    ("جماعة نصرة الإسلام والمسلمين", "ar", "JNIM: Group for Support of Islam and Muslims"),
    ("AQMI", "fr", "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("القاعدة في جزيرة العرب", "ar", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("les shebab", "fr", "Al Shabaab"),
    ("حركة الشباب", "ar", "Al Shabaab"),
    ("Hayat Tahrir al-Cham", "fr", "HTS: Hayat Tahrir al Sham"),
    ("هيئة تحرير الشام", "ar", "HTS: Hayat Tahrir al Sham"),
    ("Ezzedine al-Qassam Brigades", "en", "Hamas Movement"),
    ("كتائب القسام", "ar", "Hamas Movement"),
    ("le Jihad islamique", "fr", "PIJ: Palestinian Islamic Jihad"),
    ("طالبان", "ar", "Taliban"),
    ("les FSR", "fr", "Rapid Support Forces"),
    ("قوات الدعم السريع", "ar", "Rapid Support Forces"),
    ("قسد", "ar", "QSD: Syrian Democratic Forces"),
    ("Forces démocratiques syriennes", "fr", "QSD: Syrian Democratic Forces"),
    ("the YPG", "en", "YPG: Peoples Protection Units"),
    ("le groupe Wagner", "fr", "Wagner Group"),
    ("Boko Haram", "en", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
    ("Tsahal", "fr", "Military Forces of Israel"),
    ("جيش الاحتلال", "ar", "Military Forces of Israel"),
])
def test_named_groups(table, phrase, lang, expected):
    assert name_of(table, phrase, lang) == expected


# ---------------------------------------------------------------- state forces
@pytest.mark.parametrize("phrase,lang,expected", [
    ("l'armée irakienne", "fr", "Military Forces of Iraq"),
    ("the Iraqi army", "en", "Military Forces of Iraq"),
    ("الجيش العراقي", "ar", "Military Forces of Iraq"),
    ("troupes américaines", "fr", US),
    ("US forces", "en", US),
    ("U.S. troops", "en", US),
    ("القوات الأمريكية", "ar", US),
    ("القوات الأميركية", "ar", US),
    ("Iraqi security forces", "en", "Military Forces of Iraq"),
    ("la police afghane", "fr", "Police Forces of Afghanistan"),
    ("الشرطة العراقية", "ar", "Police Forces of Iraq"),
    ("the Nigerian police", "en", "Police Forces of Nigeria"),
    ("des soldats gabonais", "fr", "Military Forces of Gabon"),  # demonym from the country table
    ("l'armée du Mali", "fr", "Military Forces of Mali"),
    ("Iraq's army", "en", "Military Forces of Iraq"),
    ("les forces spéciales françaises", "fr", "Military Forces of France"),
    ("la coalition internationale", "fr", "Global Coalition Against Daesh"),
    ("التحالف الدولي", "ar", "Global Coalition Against Daesh"),
])
def test_state_forces(table, phrase, lang, expected):
    assert name_of(table, phrase, lang) == expected


def test_bare_country_as_agent(table):
    a = table.resolve("Israël", "fr")
    assert a.name == "Military Forces of Israel" and a.country == "IL" and a.text == "Israël"
    assert name_of(table, "the United States", "en") == US
    assert table.resolve("Bagdad", "fr") is None


# ---------------------------------------------------------------- generic actors
@pytest.mark.parametrize("phrase,lang,country,expected", [
    ("des hommes armés", "fr", "ML", "Unidentified Armed Group (Mali)"),
    ("des inconnus", "fr", "IQ", "Unidentified Armed Group (Iraq)"),
    ("unknown gunmen", "en", "NG", "Unidentified Armed Group (Nigeria)"),
    ("مسلحون مجهولون", "ar", "IQ", "Unidentified Armed Group (Iraq)"),
    ("the protesters", "en", "IQ", "Protesters (Iraq)"),
    ("des manifestants soudanais", "fr", None, "Protesters (Sudan)"),
    ("المتظاهرين", "ar", "LB", "Protesters (Lebanon)"),
    ("rioters", "en", "FR", "Rioters (France)"),
    ("civils irakiens", "fr", None, "Civilians (Iraq)"),
    ("Palestinian civilians", "en", "IL", "Civilians (Palestine)"),
    ("مدنيين", "ar", "SY", "Civilians (Syria)"),
    ("six personnes", "fr", "BF", "Civilians (Burkina Faso)"),
    ("soldats américains", "fr", "IQ", US),
    ("the army", "en", "ML", "Military Forces of Mali"),
])
def test_generic_actors(table, phrase, lang, country, expected):
    assert name_of(table, phrase, lang, country) == expected


def test_unknown_country_stays_unknown(table):
    a = table.resolve("the army", "en")
    assert a.name == "Military Forces" and a.country is None and a.confidence <= 0.5
    a = table.resolve("des hommes armés non identifiés", "fr")
    assert a.name == "Unidentified Armed Group" and a.country is None
    assert a.text == "hommes armés non identifiés"
    assert table.resolve("le temps qu'il fait", "fr") is None


def test_generic_head_joins_named_group(table):
    assert names(table, "Hamas militants fired rockets", "en") == {"Hamas militants": "Hamas Movement"}
    assert names(table, "des combattants de l'EI", "fr") == {"combattants de l'EI": "Islamic State"}
    assert names(table, "des soldats de l'armée malienne", "fr") == {"soldats de l'armée malienne": "Military Forces of Mali"}


# ---------------------------------------------------------------- ambiguity
def test_short_acronyms_need_capitals_and_their_language(table):
    assert names(table, "IS claimed the attack", "en") == {"IS": "Islamic State"}
    assert names(table, "the attack is claimed", "en") == {}
    assert names(table, "THE ATTACK IS CLAIMED", "en") == {}
    assert names(table, "l'EI a revendiqué", "fr") == {"EI": "Islamic State"}
    assert names(table, "the EI score", "en") == {}  # a French acronym in English text
    assert "UN" not in names(table, "UN POSSIBLE AUTRE ASSAILLANT EN FUITE", "fr")


def test_hamas_and_hamas_government(table):
    assert name_of(table, "Hamas", "en") == "Hamas Movement"
    assert name_of(table, "the Hamas government", "en") == "Government of Palestine (Hamas)"
    assert name_of(table, "le ministère de la Santé du Hamas", "fr") == "Government of Palestine (Hamas)"


def test_country_picks_the_reading(table):
    assert name_of(table, "les FDS", "fr", "BF") == "Military Forces of Burkina Faso"
    assert name_of(table, "les FDS", "fr", "SY") == "QSD: Syrian Democratic Forces"
    assert table.resolve("les FDS", "fr") is None  # ambiguous without the event's country
    assert name_of(table, "la coalition", "fr", "YE") == "Operation Restoring Hope"
    assert name_of(table, "la coalition", "fr", "FR") is None  # a government coalition in France
    assert name_of(table, "Daech", "fr", "IQ") == "Islamic State (Iraq)"
    assert name_of(table, "ISIS", "en", "SY") == "Islamic State (Syria)"
    assert name_of(table, "Boko Haram", "en", "NG").startswith("Boko Haram")  # not specialised to ISWAP
    assert name_of(table, "al-Qaïda", "fr", "ML") == "JNIM: Group for Support of Islam and Muslims"
    assert name_of(table, "Taliban", "en", "PK") == "TTP: Tehreek-i-Taliban Pakistan"
    assert name_of(table, "Taliban", "en", "AF") == "Taliban"


def test_not_an_actor_phrase_blocks_aliases(table):
    assert names(table, "هاجموا القاعدة العسكرية الأمريكية", "ar") == {}
    assert names(table, "هاجم تنظيم القاعدة", "ar") == {"تنظيم القاعدة": "Al Qaeda"}


def test_canonical(table):
    assert table.canonical("Daech") == "Islamic State"
    assert table.canonical("داعش") == "Islamic State"
    assert table.canonical("islamic state (iraq)") == "Islamic State (Iraq)"
    assert table.canonical("Civilians (Iraq)") == "Civilians (Iraq)"
    assert table.canonical("FDS") is None  # several readings, none general
    assert table.canonical("nobody at all") is None


# ---------------------------------------------------------------- user aliases
def test_user_aliases_add_override_and_block(tmp_path: Path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        "alias\tlang\tcanonical\tkind\tcountry\tsource\twhere\n"
        "# my corpus\n"
        "Brigades du martyr Abou Ali\tfr\tBrigades of Martyr Abu Ali\tmilitia\tIQ\tmy notes\n"
        "EIGS\tfr\tIslamic State (Sahel)\tislamist\tML\tACLED 2022 renaming\n"
        "Hezbollah\tany\t-\tother\t\tnot in my corpus\n",
        encoding="utf-8",
    )
    mine = ActorTable.load(user_aliases=path)
    text = "Les Brigades du martyr Abou Ali et l'EIGS, selon le Hezbollah"
    assert names(mine, text, "fr") == {
        "Brigades du martyr Abou Ali": "Brigades of Martyr Abu Ali",
        "EIGS": "Islamic State (Sahel)",
    }
    assert mine.canonical("Brigades du martyr Abou Ali") == "Brigades of Martyr Abu Ali"
    # the built-in table is untouched
    assert names(ActorTable.load(), text, "fr")["EIGS"] == "Islamic State (Greater Sahara)"


def test_user_alias_file_errors_name_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("Foo\tfr\tFoo Group\tmilitia\tIraq\tnotes\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: 'Iraq' is not an ISO"):
        ActorTable.load(user_aliases=bad)
    bad.write_text("Foo\tfr\tFoo Group\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: expected 6"):
        ActorTable.load(user_aliases=bad)
    bad.write_text("Foo\tde\tFoo Group\tmilitia\t\tnotes\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: lang 'de'"):
        ActorTable.load(user_aliases=bad)


def test_config_points_at_user_aliases(tmp_path: Path):
    from sitrep.config import Config

    path = tmp_path / "a.tsv"
    path.write_text("Groupe X\tfr\tGroup X\tmilitia\tML\ttest\n", encoding="utf-8")
    cfg = Config(user_aliases=path)
    assert ActorTable.load(cfg.user_aliases).canonical("groupe x") == "Group X"


def test_generic_phrase_is_one_mention(table):
    assert names(table, "des hommes armés inconnus ont tué", "fr") == {"hommes armés inconnus": "Unidentified Armed Group"}
    assert names(table, "رجال مسلحون مجهولون", "ar") == {"رجال مسلحون مجهولون": "Unidentified Armed Group"}


def test_adjectives_are_not_actors(table):
    assert names(table, "a terrorist attack in a rebel-held area", "en") == {}
    assert names(table, "هجوم انتحاري", "ar") == {}
    assert names(table, "une attaque terroriste", "fr") == {}
    assert name_of(table, "a suicide bomber", "en", "AF") == "Unidentified Armed Group (Afghanistan)"


def test_every_alias_can_be_found_not_only_renamed() -> None:
    # A dated row only renames an actor already found; an alias with nothing but dated rows ("ANDSF", "GNA" once)
    # was never found in a text. Only canonical names, and the names the generic heads produce ("Military Forces of
    # Djibouti", "Unidentified Armed Group (Brazil)"), renamed by their dated rows, may have dated rows alone.
    from sitrep.resolve.actors import ActorTable

    table = ActorTable.load()
    lost = [k for k, entries in table.entries.items()
            if (named := [e for e in entries if e.canonical != "-"]) and all(e.periods for e in named)
            and k not in table.canonicals and not k.startswith(("military forces of", "police forces of", "unidentified"))]
    assert lost == []
