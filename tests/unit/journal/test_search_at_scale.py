"""The search paths that keep any word <= 50 ms at a million entries (issue 14), on a small
vault with the thresholds lowered so the same code runs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from peerdesk.services.journal import EntryFields
from peerdesk.services.journal import search as search_module
from peerdesk.services.session import Services


@pytest.fixture
def journal(services: Services) -> Services:
    start = datetime(2025, 1, 1)
    for i in range(60):
        services.journal.create(
            EntryFields(occurred_at=start + timedelta(days=i), title=f"Day {i}", body="today ok")
        )
    services.journal.create(
        EntryFields(occurred_at=start, title="Old", body="todays river zeppelin zeppelin")
    )
    services.journal.create(
        EntryFields(occurred_at=start + timedelta(days=70), title="New", body="today zeppelin")
    )
    return services


def test_common_whole_word_is_matched_whole_and_listed_newest_first(
    journal: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "SCORE_CAP", 10)
    monkeypatch.setattr(search_module, "SAMPLE_ROWS", 16)
    hits = journal.journal.search("today", limit=100)
    assert len(hits) == 61  # "todays" is not a match of the common whole word
    assert hits[0].title == "New"  # no score for a common word: newest written first
    # Two or three letters use the prefix index and still find every word they start.
    assert any(h.title == "Old" for h in journal.journal.search("tod", limit=100))


def test_rare_words_are_still_ranked_and_found_in_old_entries(
    journal: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "SCORE_CAP", 10)
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 2)  # several windows, newest first
    hits = journal.journal.search("zeppelin")
    assert {h.title for h in hits} == {"Old", "New"}
    assert hits[0].title == "Old"  # two mentions rank above one
    assert [h.title for h in journal.journal.search("todays")] == ["Old"]
    page = journal.journal.search("today", limit=20, offset=50)
    assert len(page) == 11


def test_paging_past_the_ranked_window(journal: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 4)
    pages = [journal.journal.search("today", limit=7, offset=o) for o in range(0, 70, 7)]
    ids = [h.id for page in pages for h in page]
    assert len(ids) == len(set(ids)) == 62  # "todays" too: a rare word is a prefix
