"""The journal service on a real SQLCipher vault: entries, check-ins, undo, trackers, prompts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from peerdesk.services.events import Change
from peerdesk.services.journal import EntryFields, JournalValueError
from peerdesk.services.session import Services


def test_create_and_read_back_an_entry(services: Services) -> None:
    journal = services.journal
    when = datetime(2026, 3, 4, 21, 15)
    entry_id = journal.create(
        EntryFields(
            title="  A good day ",
            body="Walked by the river. #outside #Gratitude",
            occurred_at=when,
            mood=7,
            starred=True,
            tags=("family",),
        )
    )
    entry = journal.get(entry_id)
    assert entry.title == "A good day"
    assert entry.occurred_at == when
    assert entry.mood == 7
    assert entry.starred
    assert set(entry.tags) == {"family", "outside", "Gratitude"}
    assert journal.count() == 1


def test_check_in_records_mood_emotions_energy_sleep_and_trackers(services: Services) -> None:
    journal = services.journal
    cravings = journal.add_tracker("Cravings", "scale", 0, 10)
    outside = journal.add_tracker("Went outside", "bool")
    entry_id = journal.check_in(
        6,
        emotions=["hopeful", "tired", "hopeful"],
        energy=4,
        sleep_hours=6.5,
        note="Slept badly but the walk helped.",
        trackers={cravings: 3, outside: 1},
    )
    entry = journal.get(entry_id)
    assert entry.kind == "checkin"
    assert entry.emotions == ("hopeful", "tired")
    assert (entry.mood, entry.energy, entry.sleep_hours) == (6, 4, 6.5)
    assert entry.trackers == {cravings: 3.0, outside: 1.0}


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        (EntryFields(mood=11), "Mood"),
        (EntryFields(mood=-1), "Mood"),
        (EntryFields(energy=42), "Energy"),
        (EntryFields(sleep_hours=30), "Sleep"),
        (EntryFields(title="x" * 501), "title"),
        (EntryFields(kind="poem"), "kind"),
        (EntryFields(tags=("t" * 81,)), "tag"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(
    services: Services, fields: EntryFields, word: str
) -> None:
    with pytest.raises(JournalValueError, match=word):
        services.journal.create(fields)
    assert services.journal.count() == 0


def test_tracker_values_are_checked_against_the_scale(services: Services) -> None:
    tracker = services.journal.add_tracker("Cravings", "scale", 0, 5)
    with pytest.raises(JournalValueError, match="Cravings"):
        services.journal.check_in(5, trackers={tracker: 9})
    with pytest.raises(JournalValueError, match="no longer exists"):
        services.journal.check_in(5, trackers={"nope": 1})
    assert services.journal.count() == 0


def test_every_change_is_published(services: Services) -> None:
    seen: list[Change] = []
    services.bus.subscribe(seen.append)
    journal = services.journal
    entry_id = journal.create(EntryFields(title="One"))
    journal.update(entry_id, EntryFields(title="Two"))
    journal.set_starred(entry_id, True)
    snapshots = journal.delete([entry_id])
    journal.restore(snapshots)
    kinds = [(c.entity, c.kind) for c in seen]
    assert kinds == [
        ("journal_entry", "inserted"),
        ("journal_entry", "updated"),
        ("journal_entry", "updated"),
        ("journal_entry", "deleted"),
        ("journal_entry", "inserted"),
    ]
    assert all(c.ids == (entry_id,) for c in seen)


def test_delete_then_restore_brings_everything_back(services: Services) -> None:
    journal = services.journal
    tracker = journal.add_tracker("Cravings")
    entry_id = journal.check_in(
        4, emotions=["sad"], note="Rough evening #work", trackers={tracker: 6}
    )
    before = journal.get(entry_id)
    snapshots = journal.delete([entry_id])
    assert journal.count() == 0
    with pytest.raises(KeyError):
        journal.get(entry_id)
    journal.restore(snapshots)
    after = journal.get(entry_id)
    assert after.body == before.body
    assert after.emotions == before.emotions
    assert after.trackers == before.trackers
    assert after.tags == before.tags
    assert journal.search("rough")[0].id == entry_id


def test_deleted_row_keeps_no_text(services: Services) -> None:
    from peerdesk.store.records import JournalEntry

    entry_id = services.journal.create(EntryFields(title="Secret title", body="secret body"))
    services.journal.delete([entry_id])
    row = JournalEntry.get_by_id(entry_id)
    assert row.deleted_at is not None
    assert (row.title, row.body, row.search_rowid) == ("", "", None)


def test_timeline_pages_newest_first_without_gaps_or_repeats(services: Services) -> None:
    journal = services.journal
    start = datetime(2026, 1, 1, 8, 0)
    for n in range(25):
        # Pairs share a timestamp, so the id must break ties.
        journal.create(EntryFields(title=f"n{n}", occurred_at=start + timedelta(hours=n // 2)))
    seen: list[str] = []
    after = None
    while True:
        page = journal.timeline_page(after, limit=7)
        if not page:
            break
        seen.extend(r.id for r in page)
        after = (page[-1].occurred_at, page[-1].id)
    assert len(seen) == len(set(seen)) == 25
    times = [journal.get(i).occurred_at for i in seen]
    assert times == sorted(times, reverse=True)


def test_trackers_prompts_and_templates(services: Services) -> None:
    journal = services.journal
    with pytest.raises(JournalValueError):
        journal.add_tracker("   ")
    tracker = journal.add_tracker("Meetings", "bool")
    with pytest.raises(JournalValueError, match="already"):
        journal.add_tracker("Meetings")
    assert [t.name for t in journal.trackers()] == ["Meetings"]
    journal.archive_tracker(tracker)
    assert journal.trackers() == []
    assert journal.trackers(include_archived=True)[0].archived

    prompts = journal.prompts()
    assert len(prompts) >= 8
    assert {"Gratitude", "A small victory"} <= {p.category for p in prompts}
    mine = journal.add_prompt("What made me laugh?")
    assert any(p.id == mine and not p.builtin for p in journal.prompts())
    journal.delete_prompt(mine)
    assert all(p.id != mine for p in journal.prompts())
    assert journal.templates()
    assert len(journal.prompts()) == len(prompts)  # built-ins are added only once


def test_emotions_are_grouped(services: Services) -> None:
    groups = services.journal.emotion_groups()
    assert len(groups) >= 4
    assert all(g.emotions for g in groups)


def test_tag_names_are_the_tags_in_use(services: Services) -> None:
    journal = services.journal
    journal.create(EntryFields(body="#work #family"))
    journal.create(EntryFields(body="#work"))
    gone = journal.create(EntryFields(body="#secret"))
    journal.delete([gone])
    assert journal.tag_names() == ["family", "work"]


def test_sample_data_fills_a_journal(services: Services) -> None:
    from peerdesk.services.sample_data import fill_sample_data

    fill_sample_data(services)
    journal = services.journal
    assert journal.count("checkin") >= 30
    assert journal.count("entry") >= 10
    assert journal.trends.days_checked_in() >= 30
    assert journal.search("Biscuit")


def test_days_checked_in_stays_right_through_every_change(services: Services) -> None:
    from pathlib import Path

    from peerdesk.services.journal.formats import apply_import, read_import
    from peerdesk.store.records import database_proxy

    def recount() -> int:
        row = database_proxy.execute_sql(
            "SELECT count(DISTINCT substr(occurred_at, 1, 10)) FROM journal_entry "
            "WHERE kind = 'checkin' AND deleted_at IS NULL"
        ).fetchone()
        return int(row[0])

    journal = services.journal
    trends = journal.trends
    day = datetime(2026, 3, 1, 9)
    a = journal.check_in(5, occurred_at=day)
    b = journal.check_in(6, occurred_at=day.replace(hour=20))
    c = journal.check_in(7, occurred_at=day + timedelta(days=2))
    journal.create(
        EntryFields(body="an entry is not a check-in", occurred_at=day + timedelta(days=5))
    )
    assert trends.days_checked_in() == recount() == 2
    journal.update(c, EntryFields(kind="checkin", mood=7, occurred_at=day + timedelta(days=3)))
    assert trends.checkin_days() == [day.date(), (day + timedelta(days=3)).date()]
    snapshots = journal.delete([a])
    assert trends.days_checked_in() == recount() == 2  # b is still on that day
    journal.delete([b])
    assert trends.days_checked_in() == recount() == 1
    journal.restore(snapshots)
    assert trends.days_checked_in() == recount() == 2
    journal.update(c, EntryFields(kind="entry", occurred_at=day + timedelta(days=3)))
    assert trends.days_checked_in() == recount() == 1
    data = Path(__file__).parent / "data"
    apply_import(read_import("daylio", data / "daylio-old-7col.csv"), services.bus)
    assert trends.days_checked_in() == recount() == 3
    cumulative = trends.days_checked_in_cumulative()
    assert [p.value for p in cumulative] == [1.0, 2.0, 3.0]
