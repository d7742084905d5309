"""Tombstones keep ids for undo and merging, but a lock blanks the words in them."""

from __future__ import annotations

from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import Goal, Milestone, Strategy, StrategyTag, utc_now
from peerdesk.store.tombstones import purge_tombstoned_text
from tests.conftest import PASSPHRASE


def test_lock_blanks_tombstoned_words_and_keeps_the_ids(services: Services) -> None:
    owner = services.people.create(name="Sam", role="self")
    kept = services.roadmap.create_goal(owner.id, "Keep this goal", vision="still here")
    gone = services.roadmap.create_goal(owner.id, "Remove this goal", vision="private words")
    services.roadmap.add_milestone(gone.id, "a private step")
    services.roadmap.delete_goal(gone.id)
    vault = services.vault
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    start_session(vault)
    tomb = Goal.get_by_id(gone.id)
    assert tomb.deleted_at is not None
    assert (tomb.title, tomb.vision) == ("", "")
    assert [m.title for m in Milestone.select().where(Milestone.goal == gone.id)] == [""]
    alive = Goal.get_by_id(kept.id)
    assert (alive.title, alive.vision) == ("Keep this goal", "still here")


def test_purge_drops_tags_of_deleted_cards_and_is_idempotent(services: Services) -> None:
    card = Strategy.create(title="Private card", steps="1. walk", warning_signs='["x"]')
    StrategyTag.create(strategy=card, name="privatetag")
    Strategy.update(deleted_at=utc_now()).where(Strategy.id == card.id).execute()
    assert purge_tombstoned_text() == 2
    row = Strategy.get_by_id(card.id)
    assert (row.title, row.steps, row.warning_signs) == ("", "", "[]")
    assert not StrategyTag.select().where(StrategyTag.strategy == card.id).exists()
    assert purge_tombstoned_text() == 0
