"""Text deleted through each area's service is gone from the decrypted database pages.

Journal entries, strategy cards and goals each have a delete (with undo) in their
service. Whatever is kept for undo or for merging vaults later, the words the user
deleted must not stay readable in peerdesk.db: not in the row, not in the full-text index.
Areas that are not in this build are skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from _pages import decrypted_text
from conftest import PASSPHRASE

from peerdesk.services.session import Services, end_session, start_session

Deleter = Callable[[Services, str, str], None]


def _journal(services: Services, word: str, kept: str) -> None:
    from peerdesk.services.journal.model import EntryFields

    services.journal.create(EntryFields(title=f"kept {kept}", body="nothing to see"))
    entry = services.journal.create(
        EntryFields(title=f"title {word}", body=f"body {word} here", tags=(f"{word}t",))
    )
    services.journal.delete([entry])


def _library(services: Services, word: str, kept: str) -> None:
    from peerdesk.services.library.cards import CardContent

    services.library.create(CardContent(title=f"kept {kept}"))
    card = services.library.create(
        CardContent(title=f"card {word}", summary=f"summary {word}", steps=f"1. {word}")
    )
    services.library.delete(card)


def _roadmap(services: Services, word: str, kept: str) -> None:
    owner = services.people.create(name="Sam", role="self")
    services.roadmap.create_goal(owner.id, f"kept {kept}")
    goal = services.roadmap.create_goal(owner.id, f"goal {word}", vision=f"vision {word}")
    services.roadmap.add_milestone(goal.id, f"milestone {word}")
    services.roadmap.delete_goal(goal.id)


AREAS: dict[str, tuple[str, Deleter]] = {
    "journal": ("journal", _journal),
    "library": ("library", _library),
    "roadmap": ("roadmap", _roadmap),
}


@pytest.mark.parametrize(
    "area",
    [
        "journal",
        "library",
        "roadmap",
    ],
)
def test_deleted_text_is_gone_from_the_decrypted_pages(services: Services, area: str) -> None:
    attribute, delete = AREAS[area]
    if getattr(services, attribute, None) is None:
        pytest.skip(f"the {area} area is not in this build")
    word, kept = f"zqdeleted{area}canary", f"zqkept{area}canary"
    delete(services, word, kept)
    vault = services.vault
    data_key: Any = vault._require_data_key()
    end_session(services)  # checkpoints and truncates the WAL
    text = decrypted_text(vault.db_path, data_key)
    vault.unlock_with_passphrase(PASSPHRASE)
    end_session(start_session(vault))
    assert kept.encode() in text, "control: live text must be found in the decrypted pages"
    still_there = word.encode() in text
    assert not still_there, f"deleted {area} text is still in peerdesk.db"
