"""Event dates on real news sentences (samples/) and news-style cases in fr/en/ar."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from sitrep.resolve.time import TimeResolver, event_date, find_dates

SAMPLES = Path("/work/shared/samples")


@pytest.fixture(scope="module")
def tr() -> TimeResolver:
    return TimeResolver.load()


def _one(tr, text, lang, published):
    found = find_dates(text, lang, published, tr)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    return m


@pytest.mark.parametrize("lang,published,text,date,prec,kind", [
    ("fr", "2018-01-12", "Les soldats du califat ont attaqué jeudi 11 janvier au petit matin une colonne", "2018-01-11", 1, "absolute"),
    ("fr", "2019-01-12", "initiée il y a longtemps (le 11 janvier 2018).", "2018-01-11", 1, "absolute"),
    ("fr", "2023-10-23", "en riposte à l'attaque sanglante du 7 octobre.", "2023-10-07", 1, "absolute"),
    ("fr", "2019-11-02", "promu brigadier le 1er janvier 2019.", "2019-01-01", 1, "absolute"),
    ("en", "2023-10-20", "The attack on Jan. 11 was claimed.", "2023-01-11", 1, "absolute"),
    ("en", "2023-10-20", "Hamas attacked Israel on October 7th.", "2023-10-07", 1, "absolute"),
    ("ar", "2023-10-20", "منذ هجوم 7 أكتوبر", "2023-10-07", 1, "absolute"),
    ("ar", "2023-10-20", "في السابع من أكتوبر", "2023-10-07", 1, "absolute"),
    ("ar", "2015-07-23", "في الأول من يوليو (تموز) الحالي", "2015-07-01", 1, "absolute"),
    ("fr", "2018-01-12", "a blessé trois soldats ce jeudi au Mali.", "2018-01-11", 1, "weekday"),
    ("fr", "2020-05-11", "Des combats ont éclaté lundi dans le sud du Yémen", "2020-05-11", 1, "weekday"),
    ("en", "2023-10-20", "Gunmen attacked a checkpoint on Friday.", "2023-10-20", 1, "weekday"),
    ("en", "2023-10-21", "Gunmen attacked a checkpoint on Friday.", "2023-10-20", 1, "weekday"),
    ("ar", "2015-07-25", "وقع الانفجار يوم الجمعة في بغداد", "2015-07-24", 1, "weekday"),
    ("fr", "2020-06-27", "frappé dans la nuit de vendredi à samedi des positions du Hamas", "2020-06-27", 1, "night"),
    ("fr", "2020-06-27", "L'attaque de mercredi dernier", "2020-06-24", 1, "weekday"),
    ("fr", "2020-06-24", "L'attaque de mercredi dernier", "2020-06-17", 1, "weekday"),
    ("en", "2020-06-27", "since Wednesday", "2020-06-24", 2, "since"),
    ("ar", "2015-07-31", "منذ الأربعاء", "2015-07-29", 2, "since"),
    ("fr", "2020-06-27", "Il se réunira lundi prochain.", "2020-06-29", 1, "future"),
    ("fr", "2020-06-27", "hier", "2020-06-26", 1, "relative"),
    ("fr", "2020-06-27", "avant-hier", "2020-06-25", 1, "relative"),
    ("en", "2020-06-27", "yesterday", "2020-06-26", 1, "relative"),
    ("ar", "2015-07-31", "قتلوا أمس في غارة", "2015-07-30", 1, "relative"),
    ("ar", "2015-07-24", "أعلن مسؤولون أمس الخميس", "2015-07-23", 1, "relative"),
    ("fr", "2020-06-27", "aujourd'hui", "2020-06-27", 1, "relative"),
    ("ar", "2020-06-27", "اليوم", "2020-06-27", 1, "relative"),
    ("fr", "2020-06-27", "ce matin", "2020-06-27", 1, "relative"),
    ("fr", "2020-06-27", "la semaine dernière", "2020-06-15", 2, "week"),
    ("en", "2020-06-27", "last week", "2020-06-15", 2, "week"),
    ("ar", "2020-06-27", "الأسبوع الماضي", "2020-06-15", 2, "week"),
    ("fr", "2020-06-27", "le mois dernier", "2020-05", 3, "month"),
    ("en", "2020-01-10", "last month", "2019-12", 3, "month"),
    ("fr", "2020-06-27", "au début du mois", "2020-06", 3, "month"),
    ("ar", "2015-07-31", "أقر في منتصف يونيو بمقتل زعيمه", "2015-06", 3, "month"),
    ("fr", "2020-01-05", "depuis fin octobre 2019", "2019-10", 3, "since"),
    ("fr", "2020-06-27", "il y a trois jours", "2020-06-24", 1, "ago"),
    ("ar", "2015-07-22", "منذ يومين", "2015-07-20", 1, "ago"),
])
def test_find_dates(tr, lang, published, text, date, prec, kind):
    found = find_dates(text, lang, published, tr)
    if kind is None:
        return
    m = next(m for m in found if m.kind == kind)
    assert (m.date, m.time_precision) == (date, prec)
    assert text[m.start:m.end] == m.text


def test_since_is_a_range(tr):
    m = _one(tr, "Depuis mercredi, au moins cinq attaques", "fr", "2023-10-20")
    assert m.kind == "since" and m.date == "2023-10-18" and m.range_end == "2023-10-20"


def test_reference_article_month_only_gives_no_day(tr):
    text = (SAMPLES / "fr-iraq-bases-2023-10.txt").read_text(encoding="utf-8")
    found = find_dates(text, "fr", "2023-10", tr)
    by_text = {m.text.lower(): m for m in found}
    for word in ("lundi", "depuis mercredi", "vendredi"):
        m = by_text[word]
        assert m.date == "2023-10" and m.time_precision == 3, m
    assert by_text["depuis mercredi"].kind == "since"
    assert by_text["7 octobre"].date == "2023-10-07"
    # the event: "Depuis mercredi, au moins cinq attaques ... ont ciblé" -> month precision, kind since
    s = text.index("Depuis mercredi")
    e = text.index("antijihadistes.") + len("antijihadistes.")
    a = text.index("ont ciblé")
    ed = event_date(text, "fr", "2023-10", a, a + 9, s, e, tr)
    assert ed is not None and ed.date == "2023-10" and ed.time_precision == 3 and ed.kind == "since"
    # a sentence with no date of its own, no earlier date in its paragraph -> publication month
    s = text.index('"Les attaques qui visent')
    e = text.index("communiqué.") + len("communiqué.")
    ed = event_date(text, "fr", "2023-10", s + 5, s + 10, s, e, tr)
    assert ed is not None and ed.date == "2023-10" and ed.time_precision == 3 and ed.start == ed.end


def test_weekdays_need_a_day_of_publication(tr):
    assert _one(tr, "hier", "fr", "2023-10").date == "2023-10"
    assert _one(tr, "hier", "fr", None).date is None


def test_report_date_is_not_the_event_date(tr):
    text = ("Un berger irakien a été tué dans un raid de l'aviation turque, a indiqué vendredi à l'AFP un responsable local.\n"
            "\"Un berger a été tué jeudi\", a affirmé à l'AFP Ihssan Chalabi.")
    pub = "2020-06-19"
    s2 = text.index("\"Un berger")
    a = text.index("tué jeudi")
    ed = event_date(text, "fr", pub, a, a + 4, s2, len(text), tr)
    assert ed.date == "2020-06-18" and not ed.report
    e1 = text.index("\n")
    a = text.index("tué")
    ed = event_date(text, "fr", pub, a, a + 3, 0, e1, tr)
    assert ed.report and ed.date == "2020-06-19" and ed.confidence < 0.6


def test_event_date_uses_previous_sentence_of_the_paragraph(tr):
    text = ("Dimanche 5 janvier, en soirée, au moins deux roquettes se sont abattues près de l'ambassade. "
            "Ce bombardement intervient deux jours après l'assassinat du général.\nNouveau paragraphe sans date.")
    s = text.index("Ce bombardement")
    e = text.index("\n")
    ed = event_date(text, "fr", "2020-01-05", s + 3, s + 14, s, e, tr)
    assert ed.date == "2020-01-05" and ed.kind == "absolute"
    s = e + 1
    assert event_date(text, "fr", "2020-01-05", s + 2, s + 8, s, len(text), tr) is None


def test_same_day_reporting_gives_the_day(tr):
    text = "Ce matin, une explosion a secoué la ville.\nLe bilan reste incertain."
    s = text.index("Le bilan")
    ed = event_date(text, "fr", "2020-01-05", s, s + 8, s, len(text), tr)
    assert ed is not None and ed.date == "2020-01-05" and ed.time_precision == 1 and ed.confidence <= 0.5


@pytest.mark.parametrize("doc_id,lang,gold", [("ar-snn-2015-07-31-316", "ar", "2015-07-30"),
                                              ("ar-snn-2015-07-26-209", "ar", "2015-07-25"),
                                              ("ar-snn-2015-07-22-53", "ar", "2015-07-21"),
                                              ("fr-os-11471", "fr", "2020-05-11"),
                                              ("fr-os-1436", "fr", "2020-06-27"),
                                              ("fr-os-14687", "fr", "2019-05-12")])
def test_samples_lead_sentence(tr, doc_id, lang, gold):
    docs = {}
    for name in ("news-fr.jsonl", "news-ar.jsonl"):
        for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            docs[d["id"]] = d
    d = docs[doc_id]
    text = d["text"]
    s = text.index("\n") + 1
    e = min(x for x in (text.find(". ", s), text.find(".\n", s), len(text)) if x >= 0)
    a = s + (e - s) // 3
    ed = event_date(text, lang, d["published"], a, a + 1, s, e, tr)
    assert ed is not None and ed.date == gold


def test_english_may_is_not_always_a_month(tr):
    assert find_dates("Officials said more attacks may follow.", "en", "2023-10-20", tr) == []
    assert find_dates("The attack came in May.", "en", "2023-10-20", tr)[0].date == "2023-05"


def test_arabic_ambiguous_weekdays(tr):
    assert find_dates("اتفق الاثنين على وقف إطلاق النار", "ar", "2023-10-20", tr) == []
    assert find_dates("وقع الهجوم يوم الاثنين", "ar", "2023-10-20", tr)[0].date == "2023-10-16"


def test_malformed_never_crashes(tr):
    for text in ["31 février 2020", "le 45 mars", "29/02/2019", "2020-13-45", "", "\n", "lundi lundi lundi"]:
        for pub in ("2020-02-30", "garbage", "2020-13", None, "2020-06", "2020-06-27"):
            for lang in ("fr", "en", "ar", "xx"):
                find_dates(text, lang, pub, tr)
                event_date(text, lang, pub, 0, 1, 0, len(text), tr)
    assert find_dates("31 février 2020", "fr", "2020-06-27", tr)[0].date is None


def test_speed(tr):
    text = json.loads((SAMPLES / "news-fr.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    t0 = time.perf_counter()
    for k in range(20):
        find_dates(text + " " * k, "fr", "2018-01-12", tr)
    assert (time.perf_counter() - t0) / 20 < 0.02
