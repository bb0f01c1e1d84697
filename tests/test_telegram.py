"""Telegram Desktop channel exports (result.json): messages as documents, text reassembled from
entity lists, service and media-only messages skipped and counted, edits, forwards, message links,
truncated and malformed exports, large exports read as a stream."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.errors import InputProblem
from sitrep.ingest import read_inputs
from sitrep.ingest.items import SourceOptions
from sitrep.ingest.sources import telegram_items
from sitrep.ingest.telegram import ExportStats, message_text, read_telegram
from sitrep.model import Document

EXPORT = Path(__file__).parent / "fixtures" / "sources" / "telegram" / "ChatExport_2023-10-20" / "result.json"
CHANNEL = "Résistance Info (fixture)"


def _read(paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputProblem)]


def test_every_message_with_text_is_a_document():
    docs, problems = _read([EXPORT])
    assert [d.id for d in docs] == [f"telegram:1692735411/{n}" for n in (2, 3, 5, 6, 8)]
    assert all(d.source == CHANNEL and d.origin == str(EXPORT) for d in docs)
    claim = docs[0]
    assert claim.text.startswith('La plupart des attaques ont été revendiquées par un groupe baptisé "Résistance islamique en Irak"')
    assert claim.published == "2023-10-18" and claim.url is None  # public channel, username unknown
    assert claim.line == 18  # the line of the message in result.json
    (note,) = problems
    assert note.message() == (f"note: {EXPORT}: 5 of 9 messages read; skipped 2 service, 2 media-only message(s) "
                              "with no text — nothing to do (they carry no text)")


def test_text_reassembled_from_entity_lists():
    docs, _ = _read([EXPORT])
    arabic = docs[1].text
    assert arabic.startswith("«داعش» يتبنى تفجيرًا ببغداد أوقع 20 قتيلاً\nأعلن تنظيم داعش أمس الخميس")
    assert arabic.endswith("#العراق #بغداد\nالمصدر @sabereen_news")  # hashtags, text_link text, mention
    assert docs[2].text.endswith(" https://aawsat.com/home/article/415016")  # a link entity
    assert docs[4].text.startswith("Communiqué : Résistance islamique en Irak — Dimanche 5 janvier")  # bold inside
    raw = json.loads(EXPORT.read_text(encoding="utf-8"))
    for message in raw["messages"]:  # the entity list and text_entities always agree
        assert message_text(message["text"]) == message_text(message["text_entities"])


def test_metadata_edits_forwards_views_and_links():
    items = [r.item for r in telegram_items(EXPORT, SourceOptions(telegram_username="@resistance_info")) if r.item]
    by_id = {i.meta["message_id"]: i for i in items}
    assert by_id[5].meta["edited"] == "2023-10-18T16:25:41"
    assert by_id[6].meta["forwarded_from"] == "Sabereen News" and by_id[6].meta["views"] == 15230
    assert by_id[6].meta["media"] == "video_file"  # a caption: the text is read, the media noted
    assert by_id[8].meta["reply_to"] == 2
    assert by_id[2].document.url == "https://t.me/resistance_info/2"
    assert by_id[2].meta["channel"] == CHANNEL and by_id[2].item_id == "telegram:1692735411/2"


def test_an_edit_changes_the_fingerprint_and_the_text(tmp_path):
    raw = json.loads(EXPORT.read_text(encoding="utf-8"))
    before = {m.message_id: m.fingerprint() for m in read_telegram(EXPORT) if not isinstance(m, InputProblem)}
    message = next(m for m in raw["messages"] if m["id"] == 2)
    message["text"] = message["text"] + " (mis à jour)"
    message["edited"], message["edited_unixtime"] = "2023-10-18T18:00:00", "1697652000"
    path = tmp_path / "result.json"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    after = {m.message_id: m for m in read_telegram(path) if not isinstance(m, InputProblem)}
    assert after[2].fingerprint() != before[2] and after[2].text.endswith("(mis à jour)")
    assert all(after[n].fingerprint() == before[n] for n in (3, 5, 6, 8))


def test_private_channel_links_and_sniffing_by_content(tmp_path):
    raw = json.loads(EXPORT.read_text(encoding="utf-8"))
    raw["type"] = "private_channel"
    path = tmp_path / "export-of-channel.json"  # not called result.json: sniffed
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
    docs, _ = _read([path])
    assert docs[0].url == "https://t.me/c/1692735411/2"


def test_truncated_export_keeps_messages_before_the_cut_and_the_run_goes_on(tmp_path):
    data = EXPORT.read_bytes()
    cut = tmp_path / "result.json"
    cut.write_bytes(data[: data.index(b'"forwarded_from"')])  # inside message 6
    docs, problems = _read([cut, EXPORT])
    assert [d.id for d in docs[:3]] == ["telegram:1692735411/2", "telegram:1692735411/3", "telegram:1692735411/5"]
    assert len(docs) == 3 + 5  # then the whole export still read
    error = problems[0]
    line = data[: data.index(b'"forwarded_from"')].count(b"\n") + 1
    assert error.message().startswith(f"error: {cut}:")
    assert "export is truncated (it ends inside the message list): 3 message(s) read before the cut" in error.what
    assert error.todo.startswith("re-export the channel from Telegram Desktop")
    assert error.line is not None and error.line <= line


def test_export_cut_in_its_header_and_json_that_is_no_export(tmp_path):
    header = tmp_path / "result.json"
    header.write_text('{\n "name": "Chan', encoding="utf-8")
    account = tmp_path / "account.json"  # an account export with no chats in it
    account.write_text('{\n "about": "x",\n "personal_information": {},\n "chats": {\n  "about": "y",\n  "list": []\n }\n}\n',
                       encoding="utf-8")
    docs, problems = _read([header, account, EXPORT])
    assert len(docs) == 5
    assert problems[0].message().startswith(f"error: {header}:2: is not complete JSON (")
    assert problems[1].message() == (f"error: {account}: is JSON but not a Telegram export (no message list) — "
                                      "give a result.json written by Telegram Desktop, or a .jsonl of documents")


def test_whole_account_export_reads_every_chat(tmp_path):
    channel = json.loads(EXPORT.read_text(encoding="utf-8"))
    account = {"about": "Here is the data you requested.", "personal_information": {"first_name": "A"},
               "chats": {"about": "chats", "list": [channel, {**channel, "id": 42, "name": "Other", "messages": channel["messages"][:3]}]}}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(account, ensure_ascii=False, indent=1), encoding="utf-8")
    docs, _ = _read([path])
    assert [d.id for d in docs] == [f"telegram:1692735411/{n}" for n in (2, 3, 5, 6, 8)] + ["telegram:42/2", "telegram:42/3"]
    assert docs[-1].source == "Other"


def test_large_export_streams_with_right_line_numbers(tmp_path):
    channel = json.loads(EXPORT.read_text(encoding="utf-8"))
    template = next(m for m in channel["messages"] if m["id"] == 3)
    channel["messages"] = [{**template, "id": n} for n in range(1, 3001)]
    path = tmp_path / "result.json"
    text = json.dumps(channel, ensure_ascii=False, indent=1)
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 3 * (1 << 20)  # several read chunks
    stats = ExportStats()
    messages = [m for m in read_telegram(path, stats=stats) if not isinstance(m, InputProblem)]
    assert len(messages) == 3000 and stats.read == 3000 and not stats.truncated
    lines = text.split("\n")
    for m in (messages[0], messages[1234], messages[-1]):
        assert lines[m.line - 1] == "  {" and lines[m.line] == f'   "id": {m.message_id},'
