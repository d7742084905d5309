"""The open JSON format for sharing strategy cards: ``peerdesk-library`` version 1.

Described in docs/FORMATS.md, with a JSON Schema in
``resources/schemas/peerdesk-library-1.schema.json``. The reader here checks the same
rules itself (no third-party validator at run time), and is written for hostile files:
every problem becomes a :class:`LibraryFileError` naming the field, nothing else escapes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peerdesk import __version__
from peerdesk.i18n import translate
from peerdesk.services.library import CardContent, CrisisItem, UseEntry
from peerdesk.services.library.crisis import SECTION_BY_KEY
from peerdesk.services.library.formats.export import LibraryExport
from peerdesk.services.steps import Progress, Steps, run_to_end
from peerdesk.vault.files import write_private_file_atomically

FORMAT = "peerdesk-library"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_STRATEGIES = 50_000
MAX_USES = 500_000
MAX_CRISIS_ITEMS = 1_000
MAX_LIST = 50

# field -> (required, max length); text fields may be empty unless min 1 is given below
TEXT_LIMITS = {
    "title": 200,
    "category": 80,
    "summary": 2_000,
    "steps": 50_000,
    "when_to_use": 5_000,
    "source": 1_000,
    "provenance": 1_000,
}
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_STARTER_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
# C0 controls other than tab, newline and carriage return; lone surrogates (not UTF-8).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?$")


class LibraryFileError(ValueError):
    """A library file that cannot be imported, explained in plain words."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class IncomingCard:
    id: str
    content: CardContent
    starter_key: str | None = None
    provenance: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class IncomingPersonal:
    favourites: tuple[str, ...] = ()
    uses: tuple[UseEntry, ...] = ()
    crisis_plan: tuple[CrisisItem, ...] = ()


@dataclass(frozen=True)
class LibraryFile:
    cards: tuple[IncomingCard, ...]
    categories: tuple[str, ...] = ()
    personal: IncomingPersonal | None = None
    exported_at: str = ""


# ------------------------------------------------------------------------------ writing


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat()


def to_document(export: LibraryExport) -> dict[str, Any]:
    """The export as a JSON-ready dict (stable key order, so files diff well)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z",
        "generator": f"PeerDesk {__version__}",
        "categories": list(export.categories),
        "strategies": [
            {
                "id": card.id,
                "starter_key": card.starter_key,
                "title": card.content.title,
                "category": card.content.category,
                "summary": card.content.summary,
                "steps": card.content.steps,
                "when_to_use": card.content.when_to_use,
                "warning_signs": list(card.content.warning_signs),
                "duration_minutes": card.content.duration_minutes,
                "tags": list(card.content.tags),
                "source": card.content.source,
                "provenance": card.provenance,
                "created_at": _stamp(card.created_at),
            }
            for card in export.cards
        ],
    }
    if export.include_personal:
        document["personal"] = {
            "favourites": list(export.favourites),
            "uses": [
                {
                    "id": use.id,
                    "strategy_id": use.strategy_id,
                    "used_at": _stamp(use.used_at),
                    "distress_before": use.distress_before,
                    "distress_after": use.distress_after,
                    "note": use.note,
                }
                for use in export.uses
            ],
            "crisis_plan": [
                {
                    "id": item.id,
                    "section": item.section,
                    "position": item.position,
                    "text": item.text,
                    "contact": item.contact,
                    "strategy_id": item.strategy_id,
                }
                for item in export.crisis_plan
            ],
        }
    return document


def to_json_bytes(export: LibraryExport) -> bytes:
    return (json.dumps(to_document(export), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json(export: LibraryExport, path: Path) -> None:
    write_private_file_atomically(path, to_json_bytes(export))


# ------------------------------------------------------------------------------ reading


def read_library_file(path: Path) -> LibraryFile:
    return run_to_end(read_library_steps(path))


def read_library_steps(path: Path) -> Steps[LibraryFile]:
    """:func:`read_library_file` as steps: the file is decoded and checked a few hundred
    cards at a time, so a window reading 5 000 cards (~4 MB) keeps repainting."""
    data = _read_bytes(path)
    try:
        return (yield from _parse_steps(data))
    except LibraryFileError as exc:
        raise LibraryFileError(str(exc), path) from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LibraryFileError(
                translate(
                    "LibraryFile", "the file is {size} MB; a library file may be at most {limit} MB"
                ).format(size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)),
                path,
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise LibraryFileError(translate("LibraryFile", "the file does not exist"), path) from exc
    except IsADirectoryError as exc:
        raise LibraryFileError(
            translate("LibraryFile", "this is a folder, not a library file"), path
        ) from exc
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise LibraryFileError(
            translate("LibraryFile", "cannot read the file ({reason})").format(reason=reason), path
        ) from exc
    return data


def parse_library(data: bytes, path: Path | None = None) -> LibraryFile:
    """Decode and check a library file. Raises :class:`LibraryFileError` naming the problem."""
    try:
        return run_to_end(_parse_steps(data))
    except LibraryFileError as exc:
        raise LibraryFileError(str(exc), path) from None


# Cards decoded or checked between two progress steps: a few ms of work each.
CARD_STEP = 250
_SPACE = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, pos: int) -> int:
    found = _SPACE.match(text, pos)
    return pos if found is None else found.end()


def _parse_steps(data: bytes) -> Steps[LibraryFile]:
    if len(data) > MAX_FILE_BYTES:
        raise LibraryFileError(translate("LibraryFile", "the file is too large for a library file"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LibraryFileError(
            translate(
                "LibraryFile", "the file is not valid UTF-8 text (bad byte at position {position})"
            ).format(position=exc.start)
        ) from None
    text = text.removeprefix("\ufeff")
    document = yield from _load_steps(text)
    return (yield from _read_document_steps(document))


def _load_steps(text: str) -> Steps[Any]:
    """``json.loads`` of a library file, with the ``"strategies"`` array decoded one card
    at a time (the whole 5 000-card file in one call is 50-100 ms of one stall). Anything
    unexpected — broken JSON, a duplicate key, a file of another shape — is handed to
    :func:`_load`, which decodes the whole text in one call and reports the problem exactly
    as before (broken files pay for a second parse; good ones never do)."""
    decoder = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    pairs: list[tuple[str, Any]] = []
    try:
        pos = _skip_space(text, 0)
        if text[pos : pos + 1] != "{":
            return _load(text)
        pos = _skip_space(text, pos + 1)
        closed = text[pos : pos + 1] == "}"
        pos += closed
        while not closed:
            key, pos = decoder.raw_decode(text, pos)
            pos = _skip_space(text, pos)
            if not isinstance(key, str) or text[pos : pos + 1] != ":":
                return _load(text)
            pos = _skip_space(text, pos + 1)
            if key == "strategies" and text[pos : pos + 1] == "[":
                items: list[Any] = []
                pos = _skip_space(text, pos + 1)
                done = text[pos : pos + 1] == "]"
                pos += done
                while not done:
                    item, pos = decoder.raw_decode(text, pos)
                    items.append(item)
                    if len(items) % CARD_STEP == 0:
                        yield Progress(len(items), 0, "cards")
                    pos = _skip_space(text, pos)
                    mark = text[pos : pos + 1]
                    if mark not in (",", "]"):
                        return _load(text)
                    done = mark == "]"
                    pos = _skip_space(text, pos + 1)
                pairs.append((key, items))
            else:
                value, pos = decoder.raw_decode(text, pos)
                pairs.append((key, value))
                pos = _skip_space(text, pos)
            mark = text[pos : pos + 1]
            if mark not in (",", "}"):
                return _load(text)
            closed = mark == "}"
            pos = _skip_space(text, pos + 1)
        document = _no_duplicate_keys(pairs)
    except (ValueError, RecursionError):  # LibraryFileError is a ValueError too
        return _load(text)
    if _skip_space(text, pos) != len(text):
        return _load(text)
    return document


def _load(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise LibraryFileError(
            translate(
                "LibraryFile", "not valid JSON: {reason} (line {line}, column {column})"
            ).format(reason=exc.msg, line=exc.lineno, column=exc.colno)
        ) from None
    except RecursionError:
        raise LibraryFileError(
            translate("LibraryFile", "not a library file: the JSON is nested far too deeply")
        ) from None
    except LibraryFileError:
        raise
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise LibraryFileError(
            translate("LibraryFile", "not valid JSON: {reason}").format(reason=exc)
        ) from None


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise LibraryFileError(
                translate(
                    "LibraryFile", "not a valid library file: the field {field} appears twice"
                ).format(field=repr(key))
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise LibraryFileError(
        translate("LibraryFile", "not valid JSON: {name} is not a number JSON allows").format(
            name=name
        )
    )


class _Reader:
    """Where a value sits in the file (e.g. ``strategies[3].title``), for error messages.

    Cheap on the happy path: the dotted name is only built when a problem is reported.
    """

    __slots__ = ("key", "parent")

    def __init__(self, parent: _Reader | None, key: str | int | None) -> None:
        self.parent = parent
        self.key = key

    @property
    def where(self) -> str:
        if self.parent is None:
            return "" if self.key is None else str(self.key)
        base = self.parent.where
        if isinstance(self.key, int):
            return f"{base}[{self.key}]"
        return f"{base}.{self.key}" if base else str(self.key)

    def fail(self, message: str) -> LibraryFileError:
        return LibraryFileError(f"{self.where}: {message}")

    def object(self, value: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(translate("LibraryFile", "must be an object"))
        if not allowed.issuperset(value):
            unknown = sorted(set(value) - allowed)
            raise self.fail(
                translate("LibraryFile", "unknown field {field}").format(
                    field=repr(unknown[0][:40])
                )
            )
        if not required.issubset(value):
            missing = sorted(required - set(value))
            raise self.fail(
                translate("LibraryFile", "the field {field} is missing").format(
                    field=repr(missing[0])
                )
            )
        return value

    def at(self, name: str) -> _Reader:
        return _Reader(self, name)

    def item(self, index: int) -> _Reader:
        return _Reader(self, index)


def _text(reader: _Reader, value: Any, limit: int, *, minimum: int = 0) -> str:
    if not isinstance(value, str):
        raise reader.fail(translate("LibraryFile", "must be text"))
    if len(value) > limit:
        raise reader.fail(
            translate("LibraryFile", "is longer than {limit} characters").format(limit=limit)
        )
    if len(value.strip()) < minimum:
        raise reader.fail(translate("LibraryFile", "must not be empty"))
    bad = _BAD_CHARS.search(value)
    if bad is not None:
        code = f"U+{ord(bad.group()):04X}"
        raise reader.fail(
            translate("LibraryFile", "contains a character that is not allowed ({code})").format(
                code=code
            )
        )
    return value


def _optional_text(reader: _Reader, value: Any, limit: int, pattern: re.Pattern[str]) -> str | None:
    if value is None:
        return None
    text = _text(reader, value, limit)
    if not pattern.match(text):
        raise reader.fail(translate("LibraryFile", "is not in the expected form"))
    return text


def _uuid(reader: _Reader, value: Any) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise reader.fail(
            translate("LibraryFile", "must be an id like {example}").format(
                example="0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a"
            )
        )
    return value.lower()


def _whole_number(low: int, high: int) -> str:
    return translate("LibraryFile", "must be a whole number from {low} to {high}").format(
        low=low, high=high
    )


def _integer(reader: _Reader, value: Any, low: int, high: int, *, nullable: bool) -> int | None:
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise reader.fail(_whole_number(low, high))
    if isinstance(value, float) and not value.is_integer():
        raise reader.fail(_whole_number(low, high))
    number = int(value)
    if not low <= number <= high:
        raise reader.fail(_whole_number(low, high))
    return number


def _stamp_value(reader: _Reader, value: Any, *, nullable: bool) -> datetime | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not _STAMP.match(value):
        raise reader.fail(
            translate("LibraryFile", "must be a date and time like {example}").format(
                example="2026-05-01T18:30:00"
            )
        )
    try:
        return datetime.fromisoformat(value.removesuffix("Z"))
    except ValueError:
        raise reader.fail(translate("LibraryFile", "is not a real date and time")) from None


def _list(reader: _Reader, value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise reader.fail(translate("LibraryFile", "must be a list"))
    if len(value) > limit:
        raise reader.fail(
            translate("LibraryFile", "has more than {limit} items").format(limit=limit)
        )
    return value


def _text_list(reader: _Reader, value: Any, item_limit: int) -> tuple[str, ...]:
    return tuple(
        _text(reader.item(n), item, item_limit, minimum=1)
        for n, item in enumerate(_list(reader, value, MAX_LIST))
    )


_TOP = {"format", "version", "exported_at", "generator", "categories", "strategies", "personal"}
_CARD = {
    "id",
    "starter_key",
    "title",
    "category",
    "summary",
    "steps",
    "when_to_use",
    "warning_signs",
    "duration_minutes",
    "tags",
    "source",
    "provenance",
    "created_at",
}
_PERSONAL = {"favourites", "uses", "crisis_plan"}
_USE = {"id", "strategy_id", "used_at", "distress_before", "distress_after", "note"}
_CRISIS = {"id", "section", "position", "text", "contact", "strategy_id"}


def _read_document_steps(document: Any) -> Steps[LibraryFile]:
    root = _Reader(None, None)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise LibraryFileError(
            translate(
                "LibraryFile", "not a PeerDesk library file (the format must be {format})"
            ).format(format=repr(FORMAT))
        )
    version = document.get("version")
    if version != VERSION or isinstance(version, bool):
        shown = json.dumps(version)[:20]
        raise LibraryFileError(
            translate(
                "LibraryFile",
                "this library file has format version {version}; "
                "this PeerDesk reads version {readable}",
            ).format(version=shown, readable=VERSION)
        )
    top = root.object(document, _TOP, {"format", "version", "strategies"})
    exported_at = ""
    if "exported_at" in top:
        exported_at = _text(root.at("exported_at"), top["exported_at"], 40)
    if "generator" in top:
        _text(root.at("generator"), top["generator"], 200)
    categories: tuple[str, ...] = ()
    if "categories" in top:
        categories = tuple(
            _text(root.at("categories").item(n), c, TEXT_LIMITS["category"], minimum=1)
            for n, c in enumerate(_list(root.at("categories"), top["categories"], 1_000))
        )
    where = root.at("strategies")
    raw_cards = _list(where, top["strategies"], MAX_STRATEGIES)
    read: list[IncomingCard] = []
    for n, raw in enumerate(raw_cards):
        read.append(_read_card(where.item(n), raw))
        if (n + 1) % CARD_STEP == 0:
            yield Progress(n + 1, len(raw_cards), "cards")
    cards = tuple(read)
    seen: set[str] = set()
    for n, card in enumerate(cards):
        if card.id in seen:
            raise (
                where.item(n)
                .at("id")
                .fail(translate("LibraryFile", "the same id appears on two cards"))
            )
        seen.add(card.id)
    personal = None
    if "personal" in top and top["personal"] is not None:
        personal = _read_personal(root.at("personal"), top["personal"], seen)
    return LibraryFile(
        cards=cards, categories=categories, personal=personal, exported_at=exported_at
    )


def _read_card(reader: _Reader, raw: Any) -> IncomingCard:
    card = reader.object(raw, _CARD, {"id", "title"})

    def text(name: str, minimum: int = 0) -> str:
        return _text(reader.at(name), card.get(name, ""), TEXT_LIMITS[name], minimum=minimum)

    content = CardContent(
        title=text("title", 1),
        category=text("category"),
        summary=text("summary"),
        steps=text("steps"),
        when_to_use=text("when_to_use"),
        warning_signs=_text_list(reader.at("warning_signs"), card.get("warning_signs", []), 200),
        duration_minutes=_integer(
            reader.at("duration_minutes"), card.get("duration_minutes"), 0, 1440, nullable=True
        ),
        tags=_text_list(reader.at("tags"), card.get("tags", []), 80),
        source=text("source"),
    )
    return IncomingCard(
        id=_uuid(reader.at("id"), card["id"]),
        content=content,
        starter_key=_optional_text(
            reader.at("starter_key"), card.get("starter_key"), 80, _STARTER_KEY
        ),
        provenance=text("provenance"),
        created_at=_stamp_value(reader.at("created_at"), card.get("created_at"), nullable=True),
    )


def _read_personal(reader: _Reader, raw: Any, card_ids: set[str]) -> IncomingPersonal:
    personal = reader.object(raw, _PERSONAL, set())

    def known_card(where: _Reader, value: Any) -> str:
        card_id = _uuid(where, value)
        if card_id not in card_ids:
            raise where.fail(translate("LibraryFile", "refers to a card that is not in this file"))
        return card_id

    favourites = tuple(
        known_card(reader.at("favourites").item(n), v)
        for n, v in enumerate(
            _list(reader.at("favourites"), personal.get("favourites", []), MAX_STRATEGIES)
        )
    )
    uses = tuple(
        _read_use(reader.at("uses").item(n), v, known_card)
        for n, v in enumerate(_list(reader.at("uses"), personal.get("uses", []), MAX_USES))
    )
    crisis = tuple(
        _read_crisis(reader.at("crisis_plan").item(n), v, known_card)
        for n, v in enumerate(
            _list(reader.at("crisis_plan"), personal.get("crisis_plan", []), MAX_CRISIS_ITEMS)
        )
    )
    for name, items in (("uses", uses), ("crisis_plan", crisis)):
        ids = [i.id for i in items]
        if len(set(ids)) != len(ids):
            raise reader.at(name).fail(translate("LibraryFile", "the same id appears twice"))
    return IncomingPersonal(favourites=favourites, uses=uses, crisis_plan=crisis)


def _read_use(reader: _Reader, raw: Any, known_card: Callable[[_Reader, Any], str]) -> UseEntry:
    use = reader.object(raw, _USE, {"id", "strategy_id", "used_at"})
    used_at = _stamp_value(reader.at("used_at"), use["used_at"], nullable=False)
    assert used_at is not None
    return UseEntry(
        id=_uuid(reader.at("id"), use["id"]),
        strategy_id=known_card(reader.at("strategy_id"), use["strategy_id"]),
        used_at=used_at,
        distress_before=_integer(
            reader.at("distress_before"), use.get("distress_before"), 0, 10, nullable=True
        ),
        distress_after=_integer(
            reader.at("distress_after"), use.get("distress_after"), 0, 10, nullable=True
        ),
        note=_text(reader.at("note"), use.get("note", ""), 5_000),
    )


def _read_crisis(
    reader: _Reader, raw: Any, known_card: Callable[[_Reader, Any], str]
) -> CrisisItem:
    item = reader.object(raw, _CRISIS, {"id", "section", "text"})
    section = item["section"]
    if not isinstance(section, str) or section not in SECTION_BY_KEY:
        raise reader.at("section").fail(
            translate("LibraryFile", "must be one of {names}").format(
                names=", ".join(SECTION_BY_KEY)
            )
        )
    strategy = item.get("strategy_id")
    return CrisisItem(
        id=_uuid(reader.at("id"), item["id"]),
        section=section,
        position=_integer(reader.at("position"), item.get("position", 0), 0, 10_000, nullable=False)
        or 0,
        text=_text(reader.at("text"), item["text"], 2_000, minimum=1),
        contact=_text(reader.at("contact"), item.get("contact", ""), 500),
        strategy_id=None if strategy is None else known_card(reader.at("strategy_id"), strategy),
    )
