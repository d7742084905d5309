"""Day One's JSON export (a ``.json``, or the ``.zip`` that holds it with the media).

Day One keeps text only as Markdown (``text``; ``richText`` is ignored), times in UTC with
an IANA ``timeZone``, and photos, videos and audio as ``dayone-moment://`` links. PeerDesk
keeps text only: every media item is counted and reported as not imported.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.journal.formats.import_common import (
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    ImportedEntry,
    ImportFileError,
    ImportPreview,
    check_limits,
    decode_text,
    dedupe,
    entry_where,
    expect,
    load_json,
    read_bytes,
    too_many_entries,
)
from peerdesk.services.journal.model import clean_tag, unique_casefold

_MEDIA_LINK = re.compile(r"!\[[^\]]*\]\(dayone-moment:/*(?:(video|audio|pdf)/)?[^)\s]*\)")
_MEDIA_FIELDS = {"photos": "photo", "videos": "video", "audios": "audio recording"}
_MEDIA_FIELDS["pdfAttachments"] = "PDF"
_INVISIBLE = re.compile("[\u200b\ufeff]")
_MEDIA_WORDS = {None: "photo", "video": "video", "audio": "audio recording", "pdf": "PDF"}
# What the preview says, per kind of media (English plurals by "(s)"; see i18n.english_plural).
_MEDIA_NOTES = {
    "photo": QT_TRANSLATE_NOOP("JournalImport", "%n photo(s) not imported (PeerDesk keeps text)."),
    "video": QT_TRANSLATE_NOOP("JournalImport", "%n video(s) not imported (PeerDesk keeps text)."),
    "audio recording": QT_TRANSLATE_NOOP(
        "JournalImport", "%n audio recording(s) not imported (PeerDesk keeps text)."
    ),
    "PDF": QT_TRANSLATE_NOOP("JournalImport", "%n PDF(s) not imported (PeerDesk keeps text)."),
}
# What stands in the text where the media was.
_MEDIA_MARKS = {
    "photo": QT_TRANSLATE_NOOP("JournalImport", "*(photo not imported)*"),
    "video": QT_TRANSLATE_NOOP("JournalImport", "*(video not imported)*"),
    "audio recording": QT_TRANSLATE_NOOP("JournalImport", "*(audio recording not imported)*"),
    "PDF": QT_TRANSLATE_NOOP("JournalImport", "*(PDF not imported)*"),
}


def read_dayone(path: Path) -> ImportPreview:
    path = Path(path)
    data = read_bytes(path)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip":
        return _read_zip(path)
    return _read_journal(path, decode_text(path, data), "")


def _read_zip(path: Path) -> ImportPreview:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(
            path,
            translate("JournalImport", "not a readable zip file ({reason})").format(reason=exc),
        ) from exc
    with archive:
        members = [
            m
            for m in archive.infolist()
            if not m.is_dir()
            and not PurePosixPath(m.filename).name.startswith(".")
            and "__MACOSX" not in m.filename
        ]
        journals = [m for m in members if m.filename.lower().endswith(".json")]
        if not journals:
            raise ImportFileError(
                path, translate("JournalImport", "the zip holds no Day One .json journal")
            )
        combined = ImportPreview("dayone", path, [])
        for member in journals:
            if member.flag_bits & 0x1:
                raise ImportFileError(
                    path,
                    translate("JournalImport", "the zip is password-protected"),
                    member.filename,
                )
            if member.file_size > MAX_FILE_BYTES:
                raise ImportFileError(
                    path,
                    translate("JournalImport", "the journal inside is too large"),
                    member.filename,
                )
            try:
                raw = archive.read(member)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                raise ImportFileError(
                    path,
                    translate("JournalImport", "cannot unpack ({reason})").format(reason=exc),
                    member.filename,
                ) from exc
            if len(raw) > MAX_FILE_BYTES:
                raise ImportFileError(
                    path,
                    translate("JournalImport", "the journal inside is too large"),
                    member.filename,
                )
            part = _read_journal(path, decode_text(path, raw), member.filename)
            combined.entries.extend(part.entries)
            combined.notes.extend(part.notes)
        media_files = len(members) - len(journals)
        if media_files:
            combined.notes.append(
                translate(
                    "JournalImport",
                    "Media files in the zip not imported (PeerDesk keeps text): %n.",
                    None,
                    media_files,
                )
            )
    return dedupe(combined)


def _read_journal(path: Path, text: str, member: str) -> ImportPreview:
    data = load_json(path, text)
    prefix = f"{member}: " if member else ""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFileError(
            path,
            prefix + translate("JournalImport", 'not a Day One JSON export (no "entries" list)'),
        )
    if len(data["entries"]) > MAX_ENTRIES:
        raise ImportFileError(path, too_many_entries())
    preview = ImportPreview("dayone", path, [])
    media: dict[str, int] = {}
    bad_zones: set[str] = set()
    for number, item in enumerate(data["entries"], start=1):
        where = entry_where(number, member)
        if not isinstance(item, dict):
            raise ImportFileError(path, translate("JournalImport", "should be an object"), where)
        preview.entries.append(_entry(path, where, item, media, bad_zones))
    for word, n in sorted(media.items()):
        preview.notes.append(translate("JournalImport", _MEDIA_NOTES[word], None, n))
    if bad_zones:
        preview.notes.append(
            translate("JournalImport", "Unknown time zones ({zones}): times shown in UTC.").format(
                zones=", ".join(sorted(bad_zones)[:3])
            )
        )
    return preview


def _local_time(path: Path, where: str, stamp: str, zone: object, bad_zones: set[str]) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise ImportFileError(
            path,
            translate(
                "JournalImport", "field 'creationDate' is not an ISO date and time ({value})"
            ).format(value=repr(stamp[:40])),
            where,
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if isinstance(zone, str) and zone:
        try:
            return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        except (ZoneInfoNotFoundError, ValueError):
            bad_zones.add(zone[:40])
    return moment.astimezone(UTC).replace(tzinfo=None)


def _entry(
    path: Path,
    where: str,
    item: dict[str, object],
    media: dict[str, int],
    bad_zones: set[str],
) -> ImportedEntry:
    uuid = expect(path, where, "uuid", item.get("uuid"), str)
    stamp = expect(path, where, "creationDate", item.get("creationDate"), str)
    text = expect(path, where, "text", item.get("text", ""), str)
    starred = expect(path, where, "starred", item.get("starred", False), bool)
    tags = expect(path, where, "tags", item.get("tags", []), list)
    occurred = _local_time(path, where, stamp, item.get("timeZone"), bad_zones)
    listed: dict[str, int] = {}
    for name, word in _MEDIA_FIELDS.items():
        items = item.get(name)
        if items is not None:
            listed[word] = len(expect(path, where, name, items, list))
    linked: dict[str, int] = {}

    def replace_media(match: re.Match[str]) -> str:
        word = _MEDIA_WORDS[match.group(1)]
        linked[word] = linked.get(word, 0) + 1
        return translate("JournalImport", _MEDIA_MARKS[word])

    body = _MEDIA_LINK.sub(replace_media, _INVISIBLE.sub("", text)).strip("\n")
    for word in {*listed, *linked}:
        media[word] = media.get(word, 0) + max(listed.get(word, 0), linked.get(word, 0))
    title = ""
    first, _, rest = body.partition("\n")
    if first.startswith("#"):
        title = first.lstrip("#").strip()
        body = rest.strip("\n")
    names = []
    for tag in tags:
        expect(path, where, "tags", tag, str)
        if clean_tag(tag):
            names.append(clean_tag(tag))
    entry = ImportedEntry(
        source_key=f"dayone:{uuid.strip()}",
        occurred_at=occurred,
        title=title,
        body=body,
        starred=starred,
        tags=tuple(unique_casefold(names)),
    )
    return check_limits(path, where, entry)
