"""People across vaults: "Sam Rivera in Jo's file is you", remembered per peer vault.

Person ids differ between vaults (each vault made its own), so a payload names people by the
sender's ids; the receiver maps each once (to someone in its circle, or a new person made
with the sender's id) and remembers the link. Sharing back translates the other way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from peerdesk.services.exchange.payload import IncomingPerson
from peerdesk.store.records import database_proxy

NEW = "new"


@dataclass(frozen=True)
class PersonMatch:
    """An incoming person and who they are here."""

    their_id: str
    name: str
    role: str
    suggestion: str  # a person id in this vault, or "new"
    suggestion_name: str | None  # that person's name here (None for "new")
    known: bool  # remembered from an earlier exchange (no need to ask again)
    is_subject: bool  # the person whose roadmap or summary it is


def links(peer: str) -> dict[str, str]:
    """their id → my id, for one peer vault."""
    rows = database_proxy.execute_sql(
        "SELECT their_id, my_id FROM people_link WHERE peer = ?", (peer,)
    ).fetchall()
    return dict(rows)


def reverse_links(peer: str) -> dict[str, str]:
    """my id → their id, for sharing back to that peer."""
    return {mine: their for their, mine in links(peer).items()}


def save_links(peer: str, mapping: Mapping[str, str]) -> None:
    rows = [(f"{peer}/{their}", peer, their, mine) for their, mine in mapping.items()]
    database_proxy.cursor().executemany(
        "INSERT INTO people_link (key, peer, their_id, my_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET my_id = excluded.my_id",
        rows,
    )


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def suggest(people: Sequence[IncomingPerson], peer: str, subject: str | None) -> list[PersonMatch]:
    """Known links first; then the same id, the same name, the vault's own "self"; else new."""
    known = links(peer)
    rows = database_proxy.execute_sql(
        "SELECT id, name, role, is_owner, deleted_at IS NULL FROM person"
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    alive = [r for r in rows if r[4]]
    by_name: dict[str, str] = {}
    for r in alive:
        by_name.setdefault(_norm(r[1]), r[0])
    owner = next((r for r in alive if r[3]), None)
    taken: set[str] = set()
    out: list[PersonMatch] = []
    for person in people:
        is_subject = person.id == subject
        choice: str | None = None
        remembered = False
        if person.id in known and known[person.id] in by_id:
            choice, remembered = known[person.id], True
        elif person.id in by_id and by_id[person.id][4]:
            choice = person.id
        elif _norm(person.name) in by_name and by_name[_norm(person.name)] not in taken:
            choice = by_name[_norm(person.name)]
        elif is_subject and owner is not None and owner[2] == "self" and owner[0] not in taken:
            choice = owner[0]
        if choice is not None:
            taken.add(choice)
        out.append(
            PersonMatch(
                person.id,
                person.name,
                person.role,
                choice or NEW,
                by_id[choice][1] if choice else None,
                remembered,
                is_subject,
            )
        )
    return out
