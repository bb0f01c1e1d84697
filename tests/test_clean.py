"""Clean: language, boilerplate masked in place (offsets unchanged), sentences."""
from __future__ import annotations

import pytest

from sitrep.clean import CleanRules, clean, split_sentences
from sitrep.ingest import read_inputs
from sitrep.model import Document

from .conftest import REFERENCE, sample_docs


@pytest.fixture(scope="module")
def rules():
    return CleanRules.load()


def test_reference_embeds_masked_offsets_kept(rules):
    (doc,) = list(read_inputs([str(REFERENCE)]))
    cleaned = clean(doc, rules)
    assert cleaned.lang == "fr"
    assert len(cleaned.masked) == len(doc.text)
    # both dead embeds and the date marker are gone from what the extractors read
    assert "cookies" not in cleaned.masked and "twitter.com" not in cleaned.masked
    assert not cleaned.masked.lstrip().startswith("date")
    assert [doc.text[s.start:s.end].split()[0] for s in cleaned.boilerplate] == ["date", "https://twitter.com/i/web/status/1714651248312373312",
                                                                                 "https://twitter.com/i/web/status/1716173373665890471"]
    # untouched text is untouched, character for character
    i = doc.text.index("Depuis mercredi")
    assert cleaned.masked[i:i + 60] == doc.text[i:i + 60]
    assert all("cookies" not in cleaned.masked[s.start:s.end] for s in cleaned.sentences)


def test_language_detection_on_samples(rules):
    for name, lang in (("news-fr.jsonl", "fr"), ("news-ar.jsonl", "ar"), ("news-en.jsonl", "en")):
        for d in sample_docs(name).values():
            assert clean(Document(id=d["id"], text=d["text"]), rules).lang == lang, d["id"]


def test_unsupported_language_warns(rules):
    doc = Document(id="de", text="Bei einem Anschlag in Berlin wurden am Montag drei Menschen verletzt, teilte die Polizei mit.")
    cleaned = clean(doc, rules)
    assert cleaned.lang == "de"
    assert cleaned.warnings == ["<memory>: language 'de' is not supported (only fr, en, ar); no events extracted"]


@pytest.mark.parametrize("text", [
    "On 8 May 2020, Al Shabaab militants ambushed an AMISOM patrol near Afgoye.",
    "On 4 May 2020, pro-Hadi forces shot down a Houthi drone over Az Zaylah Yais (Qaatabah, Ad Dali).",
])
def test_short_english_full_of_foreign_names_is_english(rules, text):
    # py3langid reads both as Nigerian Pidgin, unsure (0.30, 0.42), with English right behind
    assert clean(Document(id="en", text=text), rules).lang == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("Wetin dey happen for Lagos? Dem don kill two people for market yesterday, na wahala.", "pcm"),
    ("O exército atacou os rebeldes na cidade e matou cinco pessoas durante a noite de domingo.", "pt"),
])
def test_a_sure_or_unrivalled_guess_stands(rules, text, lang):
    cleaned = clean(Document(id=lang, text=text), rules)
    assert cleaned.lang == lang
    assert cleaned.warnings == [f"<memory>: language '{lang}' is not supported (only fr, en, ar); no events extracted"]


def test_sentences_split_on_lines_and_stops_not_abbreviations():
    text = "Attaque à Gao\nM. Dupont a été tué lundi. Les États-Unis ont condamné. Le 7 oct. deux roquettes."
    parts = [text[s.start:s.end] for s in split_sentences(text)]
    assert parts == ["Attaque à Gao", "M. Dupont a été tué lundi.", "Les États-Unis ont condamné.", "Le 7 oct. deux roquettes."]
    arabic = "قتل خمسة جنود. وأضاف المسؤول أن الهجوم وقع أمس؟ نعم"
    assert len(split_sentences(arabic)) == 3
