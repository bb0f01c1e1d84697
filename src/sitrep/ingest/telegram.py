"""Telegram channel exports written by Telegram Desktop (``result.json``, "Machine-readable JSON").

Every message with text (or a caption) becomes a document: channel name as ``source``, message id,
date, ``forwarded_from``, views when present, and the text reassembled from the export's ``text``
field, which is either a string or a list of strings and entity objects (``{"type": "bold",
"text": ...}``, links, hashtags, mentions, ``text_link`` ...). Service messages (channel created,
pinned ...) and media-only messages are skipped and counted. Edited messages carry their edit time
(their text in the export is the edited text). The message link ``https://t.me/<username>/<id>``
is the URL when the channel's username is known (``t.me/c/<id>/<msg>`` for private channels).

Channel exports are read as a stream, message by message: memory stays bounded on large exports,
and a truncated export still yields every message before the cut, then one message saying where
it stops. A whole-account export (``chats.list``) is read whole, within a size limit.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import InputProblem
from ..model import Document

_MESSAGES_KEY = re.compile(r'"messages"\s*:\s*\[')
_CHUNK = 1 << 20
_HEADER_LIMIT = 1 << 20  # the channel header (name, type, id) comes before the messages
_MAX_ACCOUNT_EXPORT = 200_000_000
_MEDIA_KEYS = ("photo", "file", "sticker_emoji", "poll", "contact_information",
               "location_information", "place_name", "game_title", "invoice_information")
_CHANNEL_TYPES = {"public_channel", "private_channel", "public_supergroup", "private_supergroup",
                  "private_group", "personal_chat", "bot_chat", "saved_messages"}


@dataclass(frozen=True, slots=True)
class TelegramChat:
    """The channel (or group) an export is of."""

    id: str
    name: str
    type: str | None = None
    username: str | None = None  # not in the export: given by the user (sources file)


@dataclass(frozen=True, slots=True)
class TelegramMessage:
    """One message of an export, with the fields a :class:`Document` has no room for."""

    chat: TelegramChat
    message_id: int
    text: str
    date: str | None  # as written in the export (the exporting machine's local time)
    published: str | None  # YYYY-MM-DD (UTC when the export gives a Unix time)
    edited: str | None = None
    forwarded_from: str | None = None
    views: int | None = None
    author: str | None = None  # a signed post's author, or the sender in a group
    reply_to: int | None = None
    media: str | None = None  # photo, video_file ... when the text is a caption
    origin: str = "<memory>"
    line: int | None = None

    @property
    def url(self) -> str | None:
        """The message link, when it can be built."""
        if self.chat.username:
            return f"https://t.me/{self.chat.username}/{self.message_id}"
        if self.chat.type in ("private_channel", "private_supergroup") and self.chat.id.isdigit():
            return f"https://t.me/c/{self.chat.id}/{self.message_id}"
        return None

    @property
    def key(self) -> str:
        """The document id: ``telegram:<chat id>/<message id>`` (stable across re-exports)."""
        return f"telegram:{self.chat.id}/{self.message_id}"

    def fingerprint(self) -> str:
        """Changes when the message does (an edit): what a watcher compares to know what is new."""
        return hashlib.sha256(json.dumps([self.text, self.edited, self.date], ensure_ascii=False).encode()).hexdigest()[:32]

    def document(self) -> Document:
        """The message as a document (id ``telegram:<chat>/<msg>``, source the channel name)."""
        meta = {"channel": self.chat.name, "message_id": self.message_id, "date": self.date, "edited": self.edited,
                "forwarded_from": self.forwarded_from, "views": self.views, "author": self.author,
                "reply_to": self.reply_to, "media": self.media}
        return Document(id=self.key, text=self.text, published=self.published, url=self.url,
                        source=self.chat.name, origin=self.origin, line=self.line,
                        meta={k: v for k, v in meta.items() if v is not None})


@dataclass
class ExportStats:
    """What reading one export found."""

    messages: int = 0  # every entry of the export's message list
    read: int = 0  # messages that became documents
    service: int = 0
    media_only: int = 0
    empty: int = 0
    edited: int = 0
    truncated: bool = False

    def note(self, origin: str) -> InputProblem | None:
        """A one-line note of what was skipped, or ``None`` when nothing was."""
        skipped = [f"{n} {what}" for n, what in ((self.service, "service"), (self.media_only, "media-only"),
                                                  (self.empty, "empty")) if n]
        if not skipped:
            return None
        return InputProblem(origin, None, f"{self.read} of {self.messages} messages read; skipped "
                            f"{', '.join(skipped)} message(s) with no text", "nothing to do (they carry no text)",
                            severity="note")


def message_text(value: object) -> str:
    """Reassemble a message's text from the export's ``text``: a string, or a list of strings and
    entity objects whose ``text`` is the visible text (bold, links, hashtags, mentions, ...)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def looks_like_export(head: bytes) -> bool:
    """True when the first bytes of a JSON file look like a Telegram Desktop export."""
    text = head[:4096].decode("utf-8", "replace")
    if not text.lstrip("\ufeff \t\r\n").startswith("{"):
        return False
    if '"messages"' in text or '"chats"' in text and '"personal_information"' in text:
        return True
    match = re.search(r'"type"\s*:\s*"([a-z_]+)"', text)
    return bool(match and match.group(1) in _CHANNEL_TYPES)


def read_telegram(path: Path, username: str | None = None, stats: ExportStats | None = None,
                  max_message_bytes: int = 20_000_000) -> Iterator[TelegramMessage | InputProblem]:
    """Messages of a Telegram Desktop export, one by one; problems (a truncated or malformed
    export) as :class:`InputProblem`. ``stats`` (when given) is filled in as the export is read."""
    stats = stats if stats is not None else ExportStats()
    origin = str(path)
    try:
        with path.open("rb") as stream:
            yield from _read_stream(stream, origin, username, stats, max_message_bytes)
    except OSError as exc:
        yield InputProblem(origin, None, f"cannot be read ({exc.strerror or exc})", "check its permissions")


def _read_stream(stream: BinaryIO, origin: str, username: str | None, stats: ExportStats,
                 max_message_bytes: int) -> Iterator[TelegramMessage | InputProblem]:
    reader = _Buffer(stream)
    start = reader.find_messages()
    if start is None:
        yield from _read_whole(stream, origin, username, stats)
        return
    header_text, pos = start
    try:
        header = json.loads(header_text)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or ("id" not in header and "name" not in header):
        stream.seek(0)
        yield from _read_whole(stream, origin, username, stats)
        return
    chat = _chat(header, username)
    decoder = json.JSONDecoder()
    while True:
        pos = reader.skip_separators(pos)
        if pos is None:
            stats.truncated = True
            yield _truncated(origin, reader.line_at_end(), stats)
            return
        if reader.buf[pos] == "]":
            return
        try:
            item, end = decoder.raw_decode(reader.buf, pos)
        except json.JSONDecodeError as exc:
            if reader.more():
                if len(reader.buf) - pos > max_message_bytes:
                    yield InputProblem(origin, reader.line_of(pos), f"message is over {max_message_bytes / 1e6:.0f} MB or malformed",
                                       "re-export the channel from Telegram Desktop (JSON format)")
                    return
                continue
            stats.truncated = True
            yield _truncated(origin, reader.line_of(pos), stats, exc)
            return
        line = reader.line_of(pos)
        pos = reader.consume(end)
        message = _message(item, chat, origin, line, stats)
        if message is not None:
            yield message


def _truncated(origin: str, line: int, stats: ExportStats, exc: json.JSONDecodeError | None = None) -> InputProblem:
    return InputProblem(origin, line, f"export is truncated (it ends inside the message list): {stats.read} message(s) "
                        f"read before the cut", "re-export the channel from Telegram Desktop to get the rest "
                        "(Export chat history → Format: Machine-readable JSON)")


def _read_whole(stream: BinaryIO, origin: str, username: str | None,
                stats: ExportStats) -> Iterator[TelegramMessage | InputProblem]:
    """A whole-account export (``chats.list``), or a channel export not in Desktop's layout."""
    stream.seek(0)
    data = stream.read(_MAX_ACCOUNT_EXPORT + 1)
    if len(data) > _MAX_ACCOUNT_EXPORT:
        yield InputProblem(origin, None, f"Telegram export over {_MAX_ACCOUNT_EXPORT / 1e6:.0f} MB without a top-level message list",
                           "export each channel on its own (channel menu → Export chat history, JSON)")
        return
    try:
        root = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield InputProblem(origin, None, f"is not UTF-8 (byte offset {exc.start})", "re-export it from Telegram Desktop")
        return
    except json.JSONDecodeError as exc:
        yield InputProblem(origin, exc.lineno, f"is not complete JSON ({exc.msg}); truncated or damaged export",
                           "re-export the channel from Telegram Desktop (Export chat history → Machine-readable JSON)")
        return
    chats = []
    if isinstance(root, dict) and isinstance(root.get("messages"), list):
        chats = [root]
    elif isinstance(root, dict):
        for group in ("chats", "left_chats"):
            listed = root.get(group, {}).get("list") if isinstance(root.get(group), dict) else None
            chats.extend(c for c in listed or () if isinstance(c, dict) and isinstance(c.get("messages"), list))
    if not chats:
        yield InputProblem(origin, None, "is JSON but not a Telegram export (no message list)",
                           "give a result.json written by Telegram Desktop, or a .jsonl of documents")
        return
    for entry in chats:
        chat = _chat(entry, username if len(chats) == 1 else None)
        for item in entry["messages"]:
            message = _message(item, chat, origin, None, stats)
            if message is not None:
                yield message


def _chat(header: dict, username: str | None) -> TelegramChat:
    raw_id = header.get("id")
    chat_id = str(raw_id) if raw_id not in (None, "") else hashlib.sha1(str(header.get("name")).encode()).hexdigest()[:12]
    name = header.get("name") if isinstance(header.get("name"), str) else None
    return TelegramChat(id=chat_id, name=name or f"Telegram chat {chat_id}", type=header.get("type"),
                        username=(username or "").lstrip("@") or None)


def _message(item: object, chat: TelegramChat, origin: str, line: int | None,
             stats: ExportStats) -> TelegramMessage | None:
    stats.messages += 1
    if not isinstance(item, dict):
        stats.empty += 1
        return None
    if item.get("type", "message") != "message":
        stats.service += 1
        return None
    text = message_text(item.get("text")) if "text" in item else message_text(item.get("text_entities"))
    media = _str(item.get("media_type")) or next((k for k in _MEDIA_KEYS if item.get(k)), None)
    if not text.strip():
        if media:
            stats.media_only += 1
        else:
            stats.empty += 1
        return None
    msg_id = item.get("id")
    if not isinstance(msg_id, int):
        stats.empty += 1
        return None
    date = item.get("date") if isinstance(item.get("date"), str) else None
    edited = item.get("edited") if isinstance(item.get("edited"), str) else None
    stats.read += 1
    stats.edited += edited is not None
    author = item.get("author") if isinstance(item.get("author"), str) else None
    if author is None and chat.type not in ("public_channel", "private_channel"):
        author = item.get("from") if isinstance(item.get("from"), str) else None
    views = item.get("views")
    return TelegramMessage(
        chat=chat, message_id=msg_id, text=text, date=date, published=_published(item.get("date_unixtime"), date),
        edited=edited, forwarded_from=_str(item.get("forwarded_from")) or _str(item.get("saved_from")),
        views=views if isinstance(views, int) else None, author=author,
        reply_to=item.get("reply_to_message_id") if isinstance(item.get("reply_to_message_id"), int) else None,
        media=media, origin=origin, line=line,
    )


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _published(unixtime: object, date: str | None) -> str | None:
    if isinstance(unixtime, (str, int)) and str(unixtime).isdigit():
        return datetime.fromtimestamp(int(unixtime), tz=timezone.utc).strftime("%Y-%m-%d")
    if date and re.match(r"^\d{4}-\d{2}-\d{2}", date):
        return date[:10]
    return None


@dataclass
class _Buffer:
    """Text of a stream read in chunks, with the line number of its start (for messages)."""

    stream: BinaryIO
    buf: str = ""
    base_line: int = 1
    eof: bool = False
    _lines: int = 0  # newlines between the start of ``buf`` and ``_counted_to``
    _counted_to: int = 0
    _decoder: codecs.IncrementalDecoder = field(default_factory=lambda: codecs.getincrementaldecoder("utf-8-sig")("replace"))

    def more(self) -> bool:
        """Read the next chunk; ``False`` at the end of the stream."""
        if self.eof:
            return False
        chunk = self.stream.read(_CHUNK)
        if not chunk:
            self.eof = True
            self.buf += self._decoder.decode(b"", final=True)
            return False
        self.buf += self._decoder.decode(chunk)
        return True

    def find_messages(self) -> tuple[str, int] | None:
        """The header as JSON text and the position after ``"messages": [``, or ``None``."""
        while True:
            match = _MESSAGES_KEY.search(self.buf)
            if match:
                header = self.buf[:match.start()].rstrip().rstrip(",") + "}"
                return header, match.end()
            if len(self.buf) > _HEADER_LIMIT or not self.more():
                return None

    def skip_separators(self, pos: int) -> int | None:
        while True:
            while pos < len(self.buf) and self.buf[pos] in " \t\r\n,":
                pos += 1
            if pos < len(self.buf):
                return pos
            if not self.more():
                return None

    def line_of(self, pos: int) -> int:
        """Line number of position ``pos`` (positions asked for only move forward)."""
        if pos < self._counted_to:
            return self.base_line + self.buf.count("\n", 0, pos)
        self._lines += self.buf.count("\n", self._counted_to, pos)
        self._counted_to = pos
        return self.base_line + self._lines

    def line_at_end(self) -> int:
        return self.line_of(len(self.buf))

    def consume(self, end: int) -> int:
        """Drop text before ``end`` once it is large; returns ``end``'s new position."""
        if end < _CHUNK:
            return end
        self.base_line = self.line_of(end)
        self._lines = 0
        self._counted_to = 0
        self.buf = self.buf[end:]
        return 0
