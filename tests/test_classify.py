"""Codebook classification over lexicon hits (fast: no spaCy model), lexicon hygiene, modality, notes."""
from __future__ import annotations

import csv
from importlib import resources

import pytest

from sitrep.extraction.classify import ALL_LABELS, SUB_EVENT_TYPES, score_hits
from sitrep.extraction.primary import primary_label
from sitrep.extraction.event_rules import EventRules
from sitrep.extraction.modality import modality_of
from sitrep.extraction.notes import event_notes
from sitrep.extraction.triggers import word_tokens
from sitrep.model import Actor, CleanDocument, Document, Event, Location, Mention, Sentence, Weapon

# ("asserted": a longer phrase that hides a modal word inside it, "feared dead" is a death reported, not feared)
MODALITIES = {"negation", "denial", "threat", "future", "future_day", "plan", "hypothetical", "history", "since_event",
              "asserted"}


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return EventRules.load()


def hits_of(rules: EventRules, text: str, lang: str):
    toks = word_tokens(text)
    return sorted(rules.events[lang].find(toks, text) + rules.weapons[lang].find(toks, text), key=lambda h: h.start)


def label(rules: EventRules, text: str, lang: str = "en") -> str | None:
    return score_hits(hits_of(rules, text, lang)).best(ALL_LABELS)[0]


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("sitrep") / "data" / "lexicons" / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_event_lexicon_rows_are_sourced_and_labelled(lang: str) -> None:
    rows = _rows(f"events_{lang}.tsv")
    assert len(rows) > 500
    for row in rows:
        assert row["source"].strip(), row
        float(row["weight"])
        if row["kind"] == "modality":
            assert row["label"] in MODALITIES, row
        else:
            assert row["label"] in ALL_LABELS or row["label"].startswith("@"), row


def test_weapon_rows_imply_valid_sub_event_types() -> None:
    rows = _rows("weapons.tsv")
    assert {r["lang"] for r in rows} == {"en", "fr", "ar"}
    for row in rows:
        assert row["source"].strip() and row["weapon"].strip(), row
        assert row["sub_event_type"] == "" or row["sub_event_type"] in SUB_EVENT_TYPES, row


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Thousands of people marched peacefully through the capital to demand fair wages.", "Peaceful protest"),
        ("Police fired tear gas to disperse the protesters outside parliament.", "Protest with intervention"),
        ("Security forces opened fire on protesters, killing five of them.", "Excessive force against protesters"),
        ("Protesters threw stones at the police and set tyres on fire.", "Violent demonstration"),
        ("An angry mob lynched a man accused of theft in the market.", "Mob violence"),
        ("A suicide bomber blew himself up at a checkpoint, killing three soldiers.", "Suicide bomb"),
        ("A roadside bomb exploded under an army convoy.", "Remote explosive/landmine/IED"),
        ("Gunmen attacked a village and killed twelve civilians.", "Attack"),
        ("Rebels and government troops fought a fierce gun battle near the border.", "Armed clash"),
        ("The army recaptured the town from the militants on Sunday.", "Government regains territory"),
        ("Police seized 20 rifles and 5,000 rounds of ammunition in a raid.", "Disrupted weapons use"),
        ("Kidnappers abducted two aid workers on the road to the camp.", "Abduction/forced disappearance"),
        ("The two sides signed a ceasefire agreement in Geneva.", "Agreement"),
        ("A magnitude 6.4 earthquake struck the region overnight.", "Natural disaster"),
        ("A gas cylinder explosion in a factory killed four workers, firefighters said.", "Man-made disaster"),
        ("An Israeli airstrike hit a building in the south of the city.", "Air/drone strike"),
        ("Militants fired mortar shells at the town centre.", "Shelling/artillery/missile attack"),
        ("A hand grenade was thrown into a crowded bar.", "Grenade"),
    ],
)
def test_english_codebook_readings(rules: EventRules, text: str, expected: str) -> None:
    assert label(rules, text) == expected


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Les forces de l'ordre ont dispersé les manifestants à coups de gaz lacrymogène.", "fr", "Protest with intervention"),
        ("Un kamikaze s'est fait exploser devant un poste de police.", "fr", "Suicide bomb"),
        ("Un engin explosif improvisé a explosé au passage d'un véhicule blindé.", "fr", "Remote explosive/landmine/IED"),
        ("L'aviation turque a mené des frappes aériennes contre des positions du PKK.", "fr", "Air/drone strike"),
        ("Des hommes armés ont enlevé trois enseignants.", "fr", "Abduction/forced disappearance"),
        ("قتل خمسة جنود في انفجار عبوة ناسفة استهدفت دورية للجيش", "ar", "Remote explosive/landmine/IED"),
        ("شنت طائرات حربية غارات جوية على مواقع المسلحين", "ar", "Air/drone strike"),
        ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع", "ar", "Protest with intervention"),
        ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين", "ar", "Armed clash"),
        ("ضرب زلزال بقوة 6 درجات على مقياس ريختر", "ar", "Natural disaster"),
    ],
)
def test_french_and_arabic_readings(rules: EventRules, text: str, lang: str, expected: str) -> None:
    assert label(rules, text, lang) == expected


def test_weapons_seized_are_not_an_attack(rules: EventRules) -> None:
    assert label(rules, "Troops discovered a cache of rockets and mortar shells.") == "Disrupted weapons use"
    assert label(rules, "The missile was intercepted by air defences.") == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        ("The group threatened to attack the city.", "attack", "threat"),
        ("The army denied carrying out the airstrike.", "airstrike", "denied"),
        ("They were plotting a bombing in the capital.", "bombing", "planned"),
        ("Gunmen attacked the convoy on Monday.", "gunmen attacked", "asserted"),
        ("Le groupe menace de frapper les bases américaines.", "frapper", "threat"),
    ],
)
def test_modality_windows(rules: EventRules, text: str, trigger: str, expected: str) -> None:
    lang = "fr" if "groupe" in text else "en"
    hits = hits_of(rules, text, lang)
    anchor = next(h for h in hits if h.text.lower().startswith(trigger) and h.kind != "modality")
    assert modality_of(anchor, hits, None) == expected


def test_notes_are_built_from_fields() -> None:
    ev = Event(
        "Explosions/Remote violence", "Air/drone strike", Mention("attaques", 0, 8), date="2023-10", time_precision=3,
        actor1=Actor("Islamic Resistance in Iraq"), actor2=Actor("Military Forces of the United States"),
        target=Mention("bases irakiennes", 10, 26), location=Location("Iraq", geo_precision=3),
        weapons=[Weapon("drone", "drone", 30, 35), Weapon("rocket", "roquette", 40, 48)], count=5,
        casualties_text=Mention("blessés légers", 50, 64),
    )
    note = event_notes(ev, None)
    assert note.startswith("In October 2023, Islamic Resistance in Iraq carried out drone and rockets strikes")
    assert "Military Forces of the United States (bases irakiennes)" in note and "in Iraq" in note
    assert "5 events" in note and "blessés légers" in note and note.count(".") >= 1


def _ctx(text: str, lang: str):
    from sitrep.extraction.context import DocContext

    doc = Document(id="t", text=text, lang=lang)
    sents, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            sents.append(Sentence(start, i + 1))
            start = i + 2
    if start < len(text):
        sents.append(Sentence(start, len(text)))
    clean = CleanDocument(doc, lang, text, [], sents)
    return DocContext(clean=clean, text=text, lang=lang, published=None, sentences=sents)


def test_primary_claim_when_the_lead_reports_the_claim(rules: EventRules) -> None:
    ctx = _ctx("Islamic State claims responsibility for Baghdad car bomb. The blast killed 20 people.", "en")
    assert primary_label(ctx, [], [], [], rules)[0] == "Claim of responsibility"
    ctx = _ctx("A car bomb killed 20 people in Baghdad, an attack claimed by Islamic State.", "en")
    assert primary_label(ctx, [], [], [], rules)[0] == "Remote explosive/landmine/IED"


def test_primary_none_for_unrelated_text(rules: EventRules) -> None:
    ctx = _ctx("The company reported higher quarterly profits on Tuesday.", "en")
    assert primary_label(ctx, [], [], [], rules) == (None, 0.0)


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # who takes territory is read from the agent of the capture words, not from who is named
        ("Army troops captured the hilltop town from the rebels on Friday.", "en", "Government regains territory"),
        ("Insurgents took control of the district after the soldiers fled.", "en", "Non-state actor overtakes territory"),
        ("The town fell to the militants after a week-long siege.", "en", "Non-state actor overtakes territory"),
        ("Government soldiers pushed the jihadists out of three villages near the river.", "en", "Government regains territory"),
        ("Rebel fighters entered the town without meeting any resistance.", "en", "Non-violent transfer of territory"),
        ("The navy set up two new bases along the coast.", "en", "Headquarters or base established"),
        ("L'armée a installé un nouveau poste militaire près de la frontière.", "fr", "Headquarters or base established"),
        ("Les rebelles sont entrés dans la ville sans rencontrer de résistance.", "fr", "Non-violent transfer of territory"),
        # riots: rioters are demonstrators, their clashes with police a violent demonstration
        ("Rioters clashed with police in the old city overnight.", "en", "Violent demonstration"),
        ("Des émeutiers se sont affrontés avec la police dans le centre-ville.", "fr", "Violent demonstration"),
        ("Police officers beat a student during the demonstration against the new law.", "en", "Excessive force against protesters"),
        # a suicide attack is not an accident though rescue workers come; an industrial blast is
        ("Two suicide bombers struck a crowded market, rescue workers said.", "en", "Suicide bomb"),
        ("A fuel storage tank exploded at the chemical plant, killing three workers.", "en", "Man-made disaster"),
        ("A roadside bomb went off as soldiers tried to defuse it, killing two of them.", "en", "Remote explosive/landmine/IED"),
        # people intercepted are arrested, not weapons disrupted
        ("Police intercepted five suspected militants at a checkpoint and arrested them.", "en", "Arrests"),
    ],
)
def test_codebook_roles_and_outcomes(rules: EventRules, text: str, lang: str, expected: str) -> None:
    assert label(rules, text, lang) == expected


def test_gap_phrases_match_up_to_three_words(rules: EventRules) -> None:
    text = "Troops have set up a forward observation post."
    hq = [h for h in hits_of(rules, text, "en") if h.label == "Headquarters or base established"]
    assert hq and hq[0].text.startswith("set up") and hq[0].text.endswith("post")


def test_plural_mark_matches_the_word_and_its_plural_only() -> None:
    from sitrep.extraction.triggers import Matcher, Pattern, _compile_words

    matcher = Matcher()
    matcher.add(Pattern(_compile_words("military camp+"), "@military_target", 1.5, "cue", "test"))
    for text, found in [("a military camp", True), ("two military camps", True), ("a military campaign", False)]:
        assert bool(matcher.find(word_tokens(text), text)) is found, text


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # "protest*" once read "Protestant" as a demonstration: police firing on protesters
        ("Gunmen attacked a Protestant church in Kaya, killing five worshippers.", "en", "Attack"),
        ("Des hommes armés ont attaqué un temple protestant à Kaya, tuant cinq fidèles.", "fr", "Attack"),
        ("Hundreds protested in Lagos on Monday against rising fuel prices.", "en", "Peaceful protest"),
        ("Des centaines de personnes ont protesté à Bamako contre la vie chère.", "fr", "Peaceful protest"),
        ("Mourners held a candlelight vigil in Kabul for the victims.", "en", "Peaceful protest"),
    ],
)
def test_prefix_rows_do_not_reach_other_words(rules: EventRules, text: str, lang: str, expected: str) -> None:
    assert label(rules, text, lang) == expected


def test_executive_power_is_no_execution(rules: EventRules) -> None:
    # "exécut*" matched "exécutif"; the trigger is now "exécuté*" and "exécution+"
    assert label(rules, "Le pouvoir exécutif a annoncé un remaniement à Niamey.", "fr") is None
    assert label(rules, "Des jihadistes ont exécuté deux villageois près de Gao.", "fr") == "Attack"
    assert label(rules, "L'exécution de deux villageois a été confirmée à Gao.", "fr") == "Attack"
