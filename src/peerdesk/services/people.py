"""The circle of people: the vault's owner, their supporters, or a peer specialist's caseload.

Other areas read people through :class:`PeopleService` (names for pickers, the owner for
"waiting on me"); only this service changes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.store.records import Person, database_proxy, utc_now
from peerdesk.store.records.people import ROLES

# English names marked for lupdate; role_label() translates them when shown.
ROLE_LABELS = {
    "self": QT_TRANSLATE_NOOP("PersonRole", "Person in recovery"),
    "peer_specialist": QT_TRANSLATE_NOOP("PersonRole", "Peer specialist"),
    "supporter": QT_TRANSLATE_NOOP("PersonRole", "Supporter"),
    "group": QT_TRANSLATE_NOOP("PersonRole", "Group"),
    "professional": QT_TRANSLATE_NOOP("PersonRole", "Professional"),
}
NAME_MAX = 200


def role_label(role: str) -> str:
    """A circle role in words, in the language shown."""
    label = ROLE_LABELS.get(role)
    return translate("PersonRole", label) if label is not None else role


class PersonNotFound(LookupError):
    pass


@dataclass(frozen=True)
class PersonRow:
    id: str
    name: str
    role: str
    contact: str
    notes: str
    is_owner: bool

    @property
    def role_label(self) -> str:
        return role_label(self.role)

    @classmethod
    def of(cls, record: Person) -> PersonRow:
        return cls(
            id=record.id,
            name=record.name,
            role=record.role,
            contact=record.contact,
            notes=record.notes,
            is_owner=bool(record.is_owner),
        )


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError(translate("PeopleService", "A person needs a name."))
    if len(name) > NAME_MAX:
        raise ValueError(
            translate("PeopleService", "A name can be at most {count} characters.").format(
                count=NAME_MAX
            )
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"Unknown role {role!r}; choose one of: {', '.join(ROLES)}.")
    return role


class PeopleService:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> list[PersonRow]:
        """Everyone in the circle: the owner first, then by name."""
        query = Person.alive().order_by(Person.is_owner.desc(), Person.name.collate("NOCASE"))
        return [PersonRow.of(p) for p in query]

    def get(self, person_id: str) -> PersonRow:
        record = Person.alive().where(Person.id == person_id).first()
        if record is None:
            raise PersonNotFound(f"No person with id {person_id}.")
        return PersonRow.of(record)

    def names(self) -> dict[str, str]:
        """id → name, tombstoned people included (old records still name them)."""
        return {p.id: p.name for p in Person.select(Person.id, Person.name)}

    def owner(self) -> PersonRow | None:
        record = Person.alive().where(Person.is_owner == True).first()  # noqa: E712
        return PersonRow.of(record) if record is not None else None

    def find_by_name(self, name: str) -> PersonRow | None:
        """The living person with this name, ignoring case and extra spaces."""
        wanted = " ".join(name.split()).casefold()
        for person in self.list():
            if person.name.casefold() == wanted:
                return person
        return None

    # -- changing --------------------------------------------------------------------------

    def create(
        self,
        name: str,
        role: str = "supporter",
        *,
        contact: str = "",
        notes: str = "",
        is_owner: bool = False,
    ) -> PersonRow:
        with database_proxy.atomic():
            if is_owner:
                self._clear_owner()
            record = Person.create(
                name=_clean_name(name),
                role=_check_role(role),
                contact=contact.strip(),
                notes=notes,
                is_owner=is_owner,
            )
        self.bus.publish(Change("person", "inserted", (record.id,)))
        return PersonRow.of(record)

    def update(self, person_id: str, **changes: Any) -> PersonRow:
        """Change name, role, contact, notes or is_owner."""
        allowed = {"name", "role", "contact", "notes", "is_owner"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"Cannot change {', '.join(sorted(unknown))} of a person.")
        with database_proxy.atomic():
            record = Person.alive().where(Person.id == person_id).first()
            if record is None:
                raise PersonNotFound(f"No person with id {person_id}.")
            if "name" in changes:
                record.name = _clean_name(changes["name"])
            if "role" in changes:
                record.role = _check_role(changes["role"])
            if "contact" in changes:
                record.contact = str(changes["contact"]).strip()
            if "notes" in changes:
                record.notes = str(changes["notes"])
            if changes.get("is_owner") and not record.is_owner:
                self._clear_owner()
                record.is_owner = True
            elif "is_owner" in changes and not changes["is_owner"]:
                record.is_owner = False
            record.save()
        self.bus.publish(Change("person", "updated", (person_id,)))
        return PersonRow.of(record)

    def delete(self, person_id: str) -> None:
        """Tombstone a person. Their goals, milestones and check-ins keep naming them."""
        with database_proxy.atomic():
            record = Person.alive().where(Person.id == person_id).first()
            if record is None:
                raise PersonNotFound(f"No person with id {person_id}.")
            if record.is_owner:
                raise ValueError(
                    translate(
                        "PeopleService", "The vault's owner cannot be removed from the circle."
                    )
                )
            record.deleted_at = utc_now()
            record.save()
        self.bus.publish(Change("person", "deleted", (person_id,)))

    def restore(self, person_id: str) -> None:
        with database_proxy.atomic():
            Person.update(deleted_at=None, updated_at=utc_now()).where(
                Person.id == person_id
            ).execute()
        self.bus.publish(Change("person", "inserted", (person_id,)))

    def _clear_owner(self) -> None:
        Person.update(is_owner=False, updated_at=utc_now()).where(
            Person.is_owner == True  # noqa: E712
        ).execute()
