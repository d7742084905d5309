"""Session notes (progress notes) per person served: drafts, signing, addenda, search.

A draft can be changed (:meth:`NotesService.update_draft`, which the GUI's autosave calls)
and deleted. :meth:`NotesService.sign` sets ``signed_at`` and the note becomes final: every
later update or delete raises :class:`SignedNoteError` — here, in the record's ``save``, and
in SQLite triggers that abort any UPDATE or DELETE of a signed row, whatever the writer.
Corrections are addenda: dated, signed, append-only, shown below the original.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import peewee

from peerdesk.i18n import translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.fts_query import fts_match_expression
from peerdesk.services.notes.model import (
    DEFAULT_SERVICE_TYPES,
    EDITABLE_FIELDS,
    AddendumRow,
    MissingFieldsError,
    NoteFilter,
    NoteHit,
    NoteNotFound,
    NoteRow,
    NotesError,
)
from peerdesk.services.policy import Policy
from peerdesk.services.settings import SettingsService
from peerdesk.store.records import (
    Goal,
    NoteAddendum,
    Person,
    PlannedContact,
    ServiceType,
    SessionNote,
    database_proxy,
    utc_now,
)
from peerdesk.store.records.agency import (
    ADDENDUM_MESSAGE,
    NOTE_MODES,
    NOTE_SETTINGS,
    SIGNED_NOTE_MESSAGE,
    SignedNoteError,
)

SERVICE_TYPES_SEEDED = "notes.service_types_seeded"
AGENCY_ENABLED = "agency.enabled"
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
TEXT_MAX = 20_000
SHORT_MAX = 200
SEARCH_LIMIT = 200
ALL_NOTES = NoteFilter()


def _signed_error() -> SignedNoteError:
    return SignedNoteError(
        translate(
            "Notes",
            "This note is signed, so it can no longer be changed or deleted. "
            "Add an addendum to correct or complete it.",
        )
    )


def _is_signed_abort(exc: Exception) -> bool:
    text = str(exc)
    return SIGNED_NOTE_MESSAGE in text or ADDENDUM_MESSAGE in text


class NotesService:
    def __init__(self, bus: ChangeBus, policy: Policy, settings: SettingsService) -> None:
        self.bus = bus
        self.policy = policy
        self.settings = settings

    # -- service types (the agency's list, kept in the vault) ------------------------------

    def ensure_service_types(self) -> None:
        if self.settings.get(SERVICE_TYPES_SEEDED):
            return
        with database_proxy.atomic():
            for position, name in enumerate(DEFAULT_SERVICE_TYPES):
                shown = translate("ServiceType", name)
                ServiceType.insert(name=shown, position=position).on_conflict_ignore().execute()
            self.settings.set(SERVICE_TYPES_SEEDED, True)

    def service_types(self, *, include_archived: bool = False) -> list[str]:
        query = ServiceType.alive()
        if not include_archived:
            query = query.where(ServiceType.archived == False)  # noqa: E712
        return [s.name for s in query.order_by(ServiceType.position, ServiceType.name)]

    def add_service_type(self, name: str) -> None:
        name = _short(name, translate("Notes", "A service type needs a name."))
        last = ServiceType.select(peewee.fn.MAX(ServiceType.position)).scalar() or 0
        with database_proxy.atomic():
            existing = ServiceType.get_or_none(ServiceType.name == name)
            if existing is not None:
                existing.archived = False
                existing.deleted_at = None
                existing.save()
            else:
                ServiceType.create(name=name, position=int(last) + 1)
        self.bus.publish(Change("service_type", "reset"))

    def rename_service_type(self, old: str, new: str) -> None:
        new = _short(new, translate("Notes", "A service type needs a name."))
        record = ServiceType.get_or_none(ServiceType.name == old)
        if record is None:
            raise NotesError(translate("Notes", "There is no such service type."))
        record.name = new
        try:
            record.save()
        except peewee.IntegrityError as exc:
            raise NotesError(
                translate("Notes", "That service type is already in the list.")
            ) from exc
        self.bus.publish(Change("service_type", "reset"))

    def archive_service_type(self, name: str) -> None:
        """Hide a type from new notes (notes that used it keep it)."""
        ServiceType.update(archived=True, updated_at=utc_now()).where(
            ServiceType.name == name
        ).execute()
        self.bus.publish(Change("service_type", "reset"))

    # -- reading ---------------------------------------------------------------------------

    def get(self, note_id: str) -> NoteRow:
        record = SessionNote.alive().where(SessionNote.id == note_id).first()
        if record is None:
            raise NoteNotFound(translate("Notes", "There is no such note."))
        return NoteRow.of(record, self._addenda([note_id]).get(note_id, ()))

    def _query(self, flt: NoteFilter) -> Any:
        query = SessionNote.alive()
        if flt.person_id is not None:
            query = query.where(SessionNote.person == flt.person_id)
        if flt.since is not None:
            query = query.where(SessionNote.note_date >= flt.since)
        if flt.until is not None:
            query = query.where(SessionNote.note_date <= flt.until)
        if flt.status == "draft":
            query = query.where(SessionNote.signed_at.is_null())
        elif flt.status == "signed":
            query = query.where(SessionNote.signed_at.is_null(False))
        return query

    def note_ids(self, flt: NoteFilter = ALL_NOTES, *, newest_first: bool = True) -> list[str]:
        """Ids in date order (for lazy list models; fetch rows with :meth:`rows`)."""
        order = (
            (SessionNote.note_date.desc(), SessionNote.start_time.desc(), SessionNote.id)
            if newest_first
            else (SessionNote.note_date, SessionNote.start_time, SessionNote.id)
        )
        query = self._query(flt).select(SessionNote.id).order_by(*order)
        # One fetchall, not peewee's row-at-a-time iterator: 15 600 ids in ~10 ms, not ~100.
        sql, params = query.sql()
        return [row[0] for row in database_proxy.execute_sql(sql, params).fetchall()]

    def rows(self, ids: Sequence[str]) -> dict[str, NoteRow]:
        """The notes with these ids (with their addenda). Raw SQL: this is the hot path of
        search-as-you-type and of the lazy note list."""
        found: dict[str, NoteRow] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            addenda = self._addenda(chunk)
            marks = ",".join("?" * len(chunk))
            cursor = database_proxy.execute_sql(
                f"SELECT {_ROW_COLUMNS} FROM session_note WHERE id IN ({marks})", chunk
            )
            for raw in cursor:
                row = _row_from_sql(raw, addenda.get(raw[0], ()))
                found[row.id] = row
        return found

    def list_notes(
        self, flt: NoteFilter = ALL_NOTES, *, newest_first: bool = False
    ) -> list[NoteRow]:
        ids = self.note_ids(flt, newest_first=newest_first)
        rows = self.rows(ids)
        return [rows[i] for i in ids if i in rows]

    def unsigned(self, *, person_id: str | None = None) -> list[NoteRow]:
        """Notes not yet signed, oldest first."""
        return self.list_notes(NoteFilter(person_id=person_id, status="draft"), newest_first=False)

    def _addenda(self, note_ids: Iterable[str]) -> dict[str, tuple[AddendumRow, ...]]:
        ids = list(note_ids)
        if not ids:
            return {}
        grouped: dict[str, list[AddendumRow]] = defaultdict(list)
        marks = ",".join("?" * len(ids))
        cursor = database_proxy.execute_sql(
            "SELECT id, note_id, written_at, text, staff_name, staff_credential, signed_at "
            f"FROM note_addendum WHERE note_id IN ({marks}) ORDER BY written_at, created_at",
            ids,
        )
        for a_id, note_id, written, text, name, credential, signed in cursor:
            grouped[str(note_id)].append(
                AddendumRow(
                    id=str(a_id),
                    note_id=str(note_id),
                    written_at=_dt(written) or datetime.min,
                    text=str(text),
                    staff_name=str(name),
                    staff_credential=str(credential),
                    signed_at=_dt(signed) or datetime.min,
                )
            )
        return {k: tuple(v) for k, v in grouped.items()}

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str, *, person_id: str | None = None, limit: int = 50) -> list[NoteHit]:
        """Every word must match (as a word or its start): the ``limit`` most recently
        written matching notes, newest date first."""
        expression = fts_match_expression(text)
        if expression is None:
            return []
        limit = max(1, min(limit, SEARCH_LIMIT))
        if person_id is not None:
            # One person's notes (a few hundred) by date, each checked against the set of
            # matching rows (built once) — not every match of the vault walked for theirs.
            sql = (
                "SELECT n.id FROM session_note n WHERE n.person_id = ? AND n.deleted_at IS NULL "
                "AND n.search_rowid IN (SELECT rowid FROM session_note_fts "
                "WHERE session_note_fts MATCH ?) ORDER BY n.note_date DESC, n.id LIMIT ?"
            )
            params: list[Any] = [person_id, expression, limit]
        else:
            # The most recently written matches (FTS5 walks its rowids backwards and stops
            # at the limit; sorting every match of a two-letter prefix by date would not),
            # then shown by date.
            sql = (
                "SELECT n.id FROM session_note_fts f "
                "JOIN session_note n ON n.search_rowid = f.rowid "
                "WHERE session_note_fts MATCH ? AND n.deleted_at IS NULL "
                "ORDER BY f.rowid DESC LIMIT ?"
            )
            params = [expression, limit]
        found = [row[0] for row in database_proxy.execute_sql(sql, params)]
        rows = self.rows(found)
        ids = sorted(found, key=lambda i: (rows[i].note_date, i) if i in rows else (date.min, i))
        ids.reverse()
        words = [w.casefold() for w in re.findall(r"\w+", text)]
        hits = []
        for note_id in ids:
            row = rows.get(note_id)
            if row is not None:
                hits.append(
                    NoteHit(row.id, row.person_id, row.note_date, row.status, _snippet(row, words))
                )
        return hits

    def _index(self, record: SessionNote, addenda: Sequence[str] = ()) -> None:
        rowid = record.search_rowid
        database_proxy.execute_sql("DELETE FROM session_note_fts WHERE rowid = ?", (rowid,))
        database_proxy.execute_sql(
            "INSERT INTO session_note_fts (rowid, service_type, what_was_done, response, "
            "next_steps, staff, addenda) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rowid,
                record.service_type,
                record.what_was_done,
                record.response,
                record.next_steps,
                f"{record.staff_name} {record.staff_credential} {record.next_steps_by}",
                "\n".join(addenda),
            ),
        )

    # -- changing drafts -------------------------------------------------------------------

    def create_draft(self, person_id: str, note_date: date, **fields: Any) -> NoteRow:
        """A new unsigned note. ``fields``: any of EDITABLE_FIELDS."""
        if Person.alive().where(Person.id == person_id).first() is None:
            raise NotesError(translate("Notes", "Choose the person this note is about."))
        values = self._clean(person_id, {"note_date": note_date, **fields})
        with database_proxy.atomic():
            rowid = (SessionNote.select(peewee.fn.MAX(SessionNote.search_rowid)).scalar() or 0) + 1
            record = SessionNote.create(person=person_id, search_rowid=rowid, **values)
            self._index(record)
        self.bus.publish(Change("session_note", "inserted", (record.id,)))
        return NoteRow.of(record)

    def update_draft(self, note_id: str, person_id: str | None = None, **fields: Any) -> NoteRow:
        """Change an unsigned note (autosave). A signed note raises SignedNoteError.

        ``person_id`` moves a draft to another person (chosen wrongly at first); the goals
        it addresses must then be that person's."""
        with database_proxy.atomic():
            record = self._record(note_id)
            if record.signed_at is not None:
                raise _signed_error()
            owner = str(record.__data__["person"])
            if person_id is not None and person_id != owner:
                if Person.alive().where(Person.id == person_id).first() is None:
                    raise NotesError(translate("Notes", "Choose the person this note is about."))
                setattr(record, "person", person_id)  # noqa: B010 - a foreign key by id
                owner = person_id
                if "goal_ids" not in fields:
                    fields = {**fields, "goal_ids": ()}
            values = self._clean(owner, fields)
            for name, value in values.items():
                setattr(record, name, value)
            self._save(record)
            self._index(record)
        self.bus.publish(Change("session_note", "updated", (note_id,)))
        return NoteRow.of(record)

    def delete_draft(self, note_id: str) -> None:
        """Remove an unsigned note for good (its words too). A signed note cannot go."""
        with database_proxy.atomic():
            record = self._record(note_id)
            if record.signed_at is not None:
                raise _signed_error()
            rowid = record.search_rowid
            try:
                record.delete_instance()
            except SignedNoteError as exc:
                raise _signed_error() from exc
            except peewee.IntegrityError as exc:
                if _is_signed_abort(exc):
                    raise _signed_error() from exc
                raise
            database_proxy.execute_sql("DELETE FROM session_note_fts WHERE rowid = ?", (rowid,))
        self.bus.publish(Change("session_note", "deleted", (note_id,)))

    def required_fields(self) -> tuple[str, ...]:
        """Always the staff name (a signature needs one), plus the policy's list."""
        names = ["staff_name"]
        names += [f for f in self.policy.require_note_fields if f not in names]
        return tuple(names)

    def missing_fields(self, note_id: str) -> tuple[str, ...]:
        row = self.get(note_id)
        filled = row.filled()
        return tuple(f for f in self.required_fields() if not filled.get(f, False))

    def sign(self, note_id: str, *, at: datetime | None = None) -> NoteRow:
        """Finalise the note with the signing time (UTC). Refused while fields are missing."""
        with database_proxy.atomic():
            record = self._record(note_id)
            if record.signed_at is not None:
                raise _signed_error()
            row = NoteRow.of(record)
            filled = row.filled()
            missing = tuple(f for f in self.required_fields() if not filled.get(f, False))
            if missing:
                raise MissingFieldsError(
                    translate("Notes", "Fill in before signing: {fields}.").format(
                        fields=", ".join(f.replace("_", " ") for f in missing)
                    ),
                    missing,
                )
            record.signed_at = (
                (at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
            )
            self._save(record)
        self.bus.publish(Change("session_note", "updated", (note_id,)))
        return NoteRow.of(record)

    def add_addendum(
        self, note_id: str, text: str, staff_name: str, staff_credential: str = ""
    ) -> AddendumRow:
        """Append a dated, signed addendum below a signed note (the original stays)."""
        text = text.strip()
        if not text:
            raise NotesError(translate("Notes", "An addendum needs some text."))
        if len(text) > TEXT_MAX:
            raise NotesError(translate("Notes", "An addendum is too long."))
        staff_name = _short(staff_name, translate("Notes", "Sign the addendum with your name."))
        with database_proxy.atomic():
            note = self._record(note_id)
            if note.signed_at is None:
                raise NotesError(
                    translate("Notes", "Only a signed note takes addenda; edit the draft instead.")
                )
            now = utc_now()
            record = NoteAddendum.create(
                note=note_id,
                written_at=now,
                text=text,
                staff_name=staff_name,
                staff_credential=staff_credential.strip()[:SHORT_MAX],
                signed_at=now,
            )
            texts = [a.text for a in self._addenda([note_id]).get(note_id, ())]
            self._index(note, texts)
        self.bus.publish(Change("session_note", "updated", (note_id,)))
        return AddendumRow.of(record)

    # -- planned contacts ------------------------------------------------------------------

    def plan_contact(self, person_id: str, planned_at: datetime, setting: str = "") -> str:
        if setting and setting not in NOTE_SETTINGS:
            raise NotesError(translate("Notes", "Unknown setting."))
        record = PlannedContact.create(person=person_id, planned_at=planned_at, setting=setting)
        self.bus.publish(Change("planned_contact", "inserted", (record.id,)))
        return str(record.id)

    def cancel_planned_contact(self, contact_id: str) -> None:
        PlannedContact.update(deleted_at=utc_now(), updated_at=utc_now()).where(
            PlannedContact.id == contact_id
        ).execute()
        self.bus.publish(Change("planned_contact", "deleted", (contact_id,)))

    def planned_contacts(self, person_id: str) -> list[tuple[str, datetime, str]]:
        query = (
            PlannedContact.alive()
            .where(PlannedContact.person == person_id)
            .order_by(PlannedContact.planned_at)
        )
        return [(p.id, p.planned_at, p.setting) for p in query]

    # -- helpers ---------------------------------------------------------------------------

    def _record(self, note_id: str) -> SessionNote:
        record = SessionNote.alive().where(SessionNote.id == note_id).first()
        if record is None:
            raise NoteNotFound(translate("Notes", "There is no such note."))
        assert isinstance(record, SessionNote)
        return record

    def _save(self, record: SessionNote) -> None:
        try:
            record.save()
        except peewee.IntegrityError as exc:
            if _is_signed_abort(exc):
                raise _signed_error() from exc
            raise

    def _clean(self, person_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise TypeError(f"Cannot set {', '.join(sorted(unknown))} on a note.")
        values: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "note_date":
                if not isinstance(value, date) or isinstance(value, datetime):
                    raise NotesError(translate("Notes", "A note needs a date."))
                values[name] = value
            elif name in ("start_time", "end_time"):
                value = str(value or "").strip()
                if value and not _TIME.match(value):
                    raise NotesError(translate("Notes", "Times are written HH:MM, e.g. 09:30."))
                values[name] = value
            elif name == "setting":
                if value and value not in NOTE_SETTINGS:
                    raise NotesError(translate("Notes", "Setting: in person, phone or video."))
                values[name] = value or ""
            elif name == "mode":
                if value and value not in NOTE_MODES:
                    raise NotesError(translate("Notes", "Mode: individual or group."))
                values[name] = value or ""
            elif name == "goal_ids":
                ids = [str(g) for g in (value or ())]
                if ids:
                    theirs = {
                        g.id
                        for g in Goal.select(Goal.id).where(
                            Goal.person == person_id, Goal.id.in_(ids)
                        )
                    }
                    if set(ids) - theirs:
                        raise NotesError(
                            translate("Notes", "A note can only address this person's own goals.")
                        )
                values[name] = json.dumps(list(dict.fromkeys(ids)))
            elif name in ("what_was_done", "response", "next_steps"):
                value = str(value or "")
                if len(value) > TEXT_MAX:
                    raise NotesError(translate("Notes", "That text is too long for a note."))
                values[name] = value
            else:
                values[name] = str(value or "").strip()[:SHORT_MAX]
        start = values.get("start_time")
        end = values.get("end_time")
        if start and end and end < start:
            raise NotesError(translate("Notes", "The session cannot end before it starts."))
        return values


_ROW_COLUMNS = (
    "id, person_id, note_date, start_time, end_time, setting, mode, service_type, goal_ids, "
    "what_was_done, response, next_steps, next_steps_by, staff_name, staff_credential, "
    "signed_at, created_at, updated_at"
)


def _dt(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _row_from_sql(raw: Sequence[Any], addenda: tuple[AddendumRow, ...]) -> NoteRow:
    try:
        goals = json.loads(raw[8] or "[]")
    except ValueError:
        goals = []
    return NoteRow(
        id=str(raw[0]),
        person_id=str(raw[1]),
        note_date=date.fromisoformat(str(raw[2])[:10]),
        start_time=str(raw[3]),
        end_time=str(raw[4]),
        setting=str(raw[5]),
        mode=str(raw[6]),
        service_type=str(raw[7]),
        goal_ids=tuple(str(g) for g in goals) if isinstance(goals, list) else (),
        what_was_done=str(raw[9]),
        response=str(raw[10]),
        next_steps=str(raw[11]),
        next_steps_by=str(raw[12]),
        staff_name=str(raw[13]),
        staff_credential=str(raw[14]),
        signed_at=_dt(raw[15]),
        created_at=_dt(raw[16]) or datetime.min,
        updated_at=_dt(raw[17]) or datetime.min,
        addenda=addenda,
    )


def _short(value: str, message: str) -> str:
    value = " ".join(str(value).split())
    if not value:
        raise NotesError(message)
    return value[:SHORT_MAX]


def _snippet(row: NoteRow, words: Sequence[str], width: int = 160) -> str:
    texts = [row.what_was_done, row.response, row.next_steps, row.service_type]
    texts += [a.text for a in row.addenda]
    for text in texts:
        folded = text.casefold()
        for word in words:
            at = folded.find(word)
            if at >= 0:
                start = max(0, at - width // 3)
                piece = " ".join(text[start : start + width].split())
                return ("…" if start else "") + piece
    return " ".join(row.what_was_done[:width].split())
