"""A small database for the API, UI and report tests, from the real sample articles, with real spans.

The extraction here is written by hand (a careful reading of each article), so these tests do not
depend on the extractor's quality or speed: every span is found in the real text, and building the
database fails loudly if a sample changes. ``hostile=True`` adds an article full of markup and script
to check that nothing from a source ever runs in the UI or the report.
"""
from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from sitrep.ingest import read_inputs
from sitrep.model import Actor, Claim, Document, Event, Extraction, Location, Mention, Place, Span, Speaker, Statement, Weapon
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

HOSTILE_TEXT = (
    "\U0001F4A3\U0001F525 Breaking: <script>window.__xss = 'script';</script> an explosion hit the market of Mosul "
    "on 2 March 2024. <img src=x onerror=\"window.__xss='img'\"> Two people were killed. "
    "<a href=\"javascript:window.__xss='link'\">read more</a> <svg onload=\"window.__xss='svg'\"></svg>"
)


def _find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.find(phrase, start + 1)
        if start < 0:
            raise AssertionError(f"{phrase!r} not found in the sample text: update tests/api_corpus.py")
    return start, start + len(phrase)


def _mention(text: str, phrase: str, nth: int = 0, confidence: float = 0.9) -> Mention:
    s, e = _find(text, phrase, nth)
    return Mention(phrase, s, e, confidence)


def _actor(text: str, name: str, phrase: str, nth: int = 0, kind: str | None = None) -> Actor:
    s, e = _find(text, phrase, nth)
    return Actor(name, phrase, s, e, 0.9, kind)


def _location(text: str, name: str, phrase: str, lat: float, lon: float, country: str, precision: int,
              nth: int = 0) -> Location:
    s, e = _find(text, phrase, nth)
    return Location(name, phrase, s, e, lat, lon, country, None, precision, 0.8)


def _span(text: str, phrase: str, nth: int = 0) -> Span:
    return Span(*_find(text, phrase, nth))


def reference() -> tuple[Document, Extraction]:
    """The reference article: the attacks on Iraqi bases, the claim, the statement, the evacuation."""
    (doc,) = [d for d in read_inputs([str(SAMPLES / "fr-iraq-bases-2023-10.txt")]) if isinstance(d, Document)]
    t = doc.text
    iri = _actor(t, "Islamic Resistance in Iraq", "Résistance islamique en Irak", nth=1, kind="militia")
    attacks = Event(
        "Explosions/Remote violence", "Air/drone strike", _mention(t, "attaques au drone"), date="2023-10-18",
        time_precision=2, date_text=_mention(t, "Depuis mercredi"), actor1=iri,
        actor2=_actor(t, "Military Forces of the United States", "troupes américaines", kind="state_military"),
        target=_mention(t, "bases irakiennes"),
        location=_location(t, "Iraq", "irakiennes", 33.0, 44.0, "IQ", 3),
        weapons=[Weapon("drone", "drone", *_find(t, "drone")), Weapon("rocket", "roquette", *_find(t, "roquette"))],
        casualties_text=_mention(t, "blessés légers"), count=5, count_text=_mention(t, "au moins cinq attaques"),
        claimed_by=iri, confidence=0.82,
        evidence=[_span(t, "Depuis mercredi, au moins cinq attaques au drone et à la roquette ont ciblé trois bases "
                           "irakiennes où sont déployées des troupes américaines")],
        notes="On or after 18 October 2023, at least five drone and rocket attacks targeted three Iraqi bases hosting "
              "US and coalition troops; one caused light injuries. Claimed by the Islamic Resistance in Iraq.",
    )
    evacuation = Event(
        "Strategic developments", "Other", _mention(t, "l'évacuation"), date="2023-10-20", time_precision=1,
        date_text=_mention(t, "vendredi"), actor1=_actor(t, "Government of the United States", "les États-Unis"),
        location=_location(t, "Baghdad", "Bagdad", 33.3406, 44.4009, "IQ", 1),
        confidence=0.6, evidence=[_span(t, "ont ordonné vendredi l'évacuation du personnel non-essentiel de leur ambassade à Bagdad")],
        notes="The United States ordered the evacuation of non-essential staff from its Baghdad embassy and Erbil consulate.",
    )
    claim_start, _ = _find(t, "La plupart des attaques ont été revendiquées", nth=1)
    _, claim_end = _find(t, "sur des chaînes Telegram", nth=1)
    claim = Claim(iri, "attaques", claim_start, claim_end, "claim", "Telegram", _mention(t, "Telegram", nth=1), 0.9)
    quote_s, quote_e = _find(t, "Les attaques qui visent les bases irakiennes où sont accueillis des conseillers de la "
                                "coalition internationale en Irak sont inacceptables")
    _, st_end = _find(t, "pour les affaires militaires")
    speaker_s, speaker_e = _find(t, "Yahya Rassoul")
    statement = Statement(Speaker("Yahya Rassoul", "Yahya Rassoul", speaker_s, speaker_e,
                                  "spokesman of the Prime Minister for military affairs", "Government of Iraq", 0.9),
                          t[quote_s:quote_e], "condemn", quote_s - 1, st_end, quote_s, quote_e, 0.85)
    places = [Place("Bagdad", *_find(t, "Bagdad"), "Baghdad", 33.3406, 44.4009, "IQ", None, "city", 98182, 0.9),
              Place("Erbil", *_find(t, "Erbil"), "Erbil", 36.19, 44.01, "IQ", None, "city", 95446, 0.9)]
    return doc, Extraction(doc.id, "fr", doc.published, "Air/drone strike", [attacks, evacuation], [claim], [statement],
                           places, 0.8)


def _jsonl(name: str, doc_id: str) -> Document:
    docs = [d for d in read_inputs([str(SAMPLES / name)]) if isinstance(d, Document) and d.id == doc_id]
    assert docs, f"{doc_id} not in samples/{name}: update tests/api_corpus.py"
    return docs[0]


def english() -> list[tuple[Document, Extraction]]:
    """Two English articles: the IED near Deir ez-Zor, the Bagram suicide bombing."""
    out = []
    doc = _jsonl("news-en.jsonl", "road_ied_8")
    doc.published = "2017-10-06"
    t = doc.text
    ev = Event("Explosions/Remote violence", "Remote explosive/landmine/IED", _mention(t, "roadside IED detonated"),
               date="2017-10-06", time_precision=2, date_text=_mention(t, "this week"),
               actor1=Actor("Unidentified Armed Group (Syria)", None),
               actor2=_actor(t, "Military Forces of Russia", "Russian soldiers", kind="state_military"),
               location=_location(t, "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408, "SY", 2, nth=1),
               weapons=[Weapon("IED", "IED", *_find(t, "IED"))], fatalities=1,
               fatalities_text=_mention(t, "Major General Vyacheslav Gladkikh died"), injuries=3,
               injuries_text=_mention(t, "Three other Russian military personnel were wounded"), confidence=0.8,
               evidence=[_span(t, "Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy")],
               notes="A Russian major general was killed and three soldiers wounded by a roadside IED near Deir ez-Zor.")
    out.append((doc, Extraction(doc.id, "en", doc.published, ev.sub_event_type, [ev], [], [], [], 0.8)))
    doc = _jsonl("news-en.jsonl", "suicide_ied_11")
    doc.published = "2015-12-21"
    t = doc.text
    ev = Event("Explosions/Remote violence", "Suicide bomb", _mention(t, "suicide bomber blew himself up"),
               date="2015-12-21", time_precision=1, date_text=_mention(t, "December 21, 2015"),
               actor1=Actor("Taliban", None), actor2=_actor(t, "NATO", "NATO service members", kind="external"),
               location=_location(t, "Bagram", "Bagram", 34.9461, 69.2594, "AF", 1),
               fatalities=6, fatalities_text=_mention(t, "killing six NATO service members"), confidence=0.85,
               evidence=[_span(t, "a suicide bomber blew himself up, killing six NATO service members")],
               notes="A suicide bomber killed six NATO service members in Bagram.")
    out.append((doc, Extraction(doc.id, "en", doc.published, ev.sub_event_type, [ev], [], [], [], 0.8)))
    return out


def arabic() -> tuple[Document, Extraction]:
    """The Arabic article on the suicide attack on a swimming pool in Tuz Khurmatu."""
    doc = _jsonl("news-ar.jsonl", "ar-snn-2015-07-26-209")
    t = doc.text
    ev = Event("Explosions/Remote violence", "Suicide bomb", _mention(t, "هاجم انتحاريان"), date="2015-07-25",
               time_precision=1, date_text=_mention(t, "أمس"), actor1=Actor("Unidentified Armed Group (Iraq)", None),
               actor2=_actor(t, "Civilians (Iraq)", "حمام سباحة مزدحما", kind="civilians"),
               location=_location(t, "Tuz Khurmatu", "طوز خورماتو", 34.8856, 44.6383, "IQ", 1, nth=1),
               fatalities=12, fatalities_text=_mention(t, "قتل 12 شخصا"), injuries=45,
               injuries_text=_mention(t, "إصابة 45 شخصا"), confidence=0.8,
               evidence=[_span(t, "قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق")],
               notes="Two suicide bombers attacked a crowded swimming pool in Tuz Khurmatu, killing at least 12.")
    return doc, Extraction(doc.id, "ar", doc.published, ev.sub_event_type, [ev], [], [], [], 0.8)


def hostile() -> tuple[Document, Extraction]:
    """An article whose text, title, URL and values are all markup and script."""
    t = HOSTILE_TEXT
    doc = Document("hostile-1", t, "2024-03-02", "en", title="<img src=x onerror=\"window.__xss='title'\">Market blast",
                   url="javascript:window.__xss='url'", source="<script>window.__xss='source'</script>")
    ev = Event("Explosions/Remote violence", "Remote explosive/landmine/IED", _mention(t, "an explosion hit"),
               date="2024-03-02", time_precision=1, date_text=_mention(t, "2 March 2024"),
               actor1=Actor("<b onmouseover=\"window.__xss='actor'\">Unidentified</b>", "<script>", *_find(t, "<script>")),
               location=_location(t, "Mosul", "Mosul", 36.335, 43.1189, "IQ", 1),
               fatalities=2, fatalities_text=_mention(t, "Two people were killed"), confidence=0.7,
               evidence=[_span(t, "an explosion hit the market of Mosul")],
               notes="<script>window.__xss='notes'</script> an explosion in Mosul")
    claim = Claim(Actor("<img src=x onerror=\"window.__xss='claim'\">", None), "<svg onload=alert(1)>",
                  *_find(t, "<a href=\"javascript:window.__xss='link'\">read more</a>"), "claim", "<i>Telegram</i>")
    return doc, Extraction(doc.id, "en", doc.published, ev.sub_event_type, [ev], [claim], [], [], 0.7)


def build_corpus(db: Path | str, with_hostile: bool = False) -> dict[str, int]:
    """Fill a new database at ``db`` (a path or a URL); returns the stored document ids by document key."""
    items = [reference(), *english(), arabic()]
    if with_hostile:
        items.append(hostile())
    store = Store.open(db)
    try:
        return {doc.key(): store.save(doc, extraction) for doc, extraction in items}
    finally:
        store.close()


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_server(db: Path | str, timeout: float = 90) -> Iterator[str]:
    """Run ``sitrep serve --db DB`` on a free loopback port; yields its base URL; stops it after."""
    import httpx

    port = free_port()
    log = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen([sys.executable, "-m", "sitrep", "serve", "--db", str(db), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise AssertionError(f"sitrep serve exited with {proc.returncode}: {log.read()[-2000:]}")
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"sitrep serve did not answer on {base} within {timeout:.0f} s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log.close()


if __name__ == "__main__":  # python -m tests.api_corpus OUT.db: a demo database without running the extractor
    import sys

    print(json.dumps(build_corpus(Path(sys.argv[1]), with_hostile="--hostile" in sys.argv)))
