"""The library service on a real SQLCipher vault: cards, search, filters, sorting, uses."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from peerdesk.services.events import Change
from peerdesk.services.library import LibraryQuery, StarterInstaller, UnknownCardError
from peerdesk.services.library.starter import load_starter_library
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import JournalEntry, Strategy
from peerdesk.vault.vault import Vault
from tests.unit.library.library_helpers import sample_content

PASSPHRASE = "correct horse battery staple"


def test_a_new_vault_has_the_starter_library(services: Services) -> None:
    starter = load_starter_library()
    assert len(starter.cards) >= 30
    assert services.library.count() == len(starter.cards)
    keys = {c.starter_key for c in services.library.all_cards()}
    assert keys == {c.key for c in starter.cards}
    assert services.library.categories()[:3] == list(starter.categories[:3])


def test_starter_loading_is_idempotent_and_respects_deletions(
    services: Services, new_vault: tuple[Vault, str]
) -> None:
    vault, _ = new_vault
    total = services.library.count()
    victim = services.library.all_cards()[0].id
    services.library.delete(victim)
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    again = start_session(vault)
    try:
        assert again.library.count() == total - 1  # not re-added behind the user's back
        assert StarterInstaller(again.library, again.settings).ensure_loaded() == 0
        assert StarterInstaller(again.library, again.settings).restore() == 1
        assert again.library.count() == total
        assert again.library.card(victim).title  # the same card came back
        assert StarterInstaller(again.library, again.settings).restore() == 0
    finally:
        end_session(again)


def test_restore_can_undo_edits_to_starter_cards(services: Services) -> None:
    card = services.library.all_cards()[0]
    services.library.update(card.id, sample_content("My own words"))
    installer = StarterInstaller(services.library, services.settings)
    assert installer.restore() == 0
    assert services.library.card(card.id).title == "My own words"
    assert installer.restore(reset_edited=True) == 1
    assert services.library.card(card.id).content == card.content


def test_create_update_delete_publish_changes_and_keep_search_in_step(
    services: Services,
) -> None:
    seen: list[Change] = []
    services.bus.subscribe(seen.append)
    sid = services.library.create(sample_content("Zebra walk", steps="Walk like a zebra."))
    assert seen[-1] == Change("strategy", "inserted", (sid,))
    assert services.library.query_ids(LibraryQuery(text="zebr")) == [sid]

    services.library.update(sid, sample_content("Zebra walk", steps="Walk like a flamingo."))
    assert seen[-1] == Change("strategy", "updated", (sid,))
    assert services.library.query_ids(LibraryQuery(text="flaming")) == [sid]
    assert services.library.query_ids(LibraryQuery(text="zebra like")) == [sid]
    assert services.library.query_ids(LibraryQuery(text="walk zebra")) == [sid]

    services.library.delete(sid)
    assert seen[-1] == Change("strategy", "deleted", (sid,))
    assert services.library.query_ids(LibraryQuery(text="flaming")) == []
    assert Strategy.get_by_id(sid).deleted_at is not None  # a tombstone, not a hard delete
    with pytest.raises(UnknownCardError):
        services.library.card(sid)


def test_search_ignores_fts_syntax_typed_by_the_user(services: Services) -> None:
    sid = services.library.create(sample_content('Say "NEAR" out loud'))
    for typed in ['"', "NEAR(", "title:", "*", "a OR", ")(", "-", "^"]:
        services.library.query_ids(LibraryQuery(text=typed))  # never raises
    assert sid in services.library.query_ids(LibraryQuery(text='"near'))


def test_search_is_accent_and_case_insensitive(services: Services) -> None:
    sid = services.library.create(sample_content("Zürichsee visit", steps="Sit by the ZÜRICHSEE."))
    assert services.library.query_ids(LibraryQuery(text="zurichs")) == [sid]


def test_filters_by_category_tag_situation_and_favourite(services: Services) -> None:
    a = services.library.create(
        sample_content("Alpha", category="Testing", tags=("zz-one",), warning_signs=("x-sign",))
    )
    b = services.library.create(
        sample_content("Beta", category="Testing", tags=("zz-two",), warning_signs=())
    )
    assert services.library.query_ids(LibraryQuery(category="Testing")) == [a, b]
    assert services.library.query_ids(LibraryQuery(tag="zz-two")) == [b]
    assert services.library.query_ids(LibraryQuery(situation="x-sign")) == [a]
    assert "x-sign" in services.library.situations()
    assert "zz-one" in services.library.tags()
    assert "Testing" in services.library.categories()
    services.library.set_favourite(b, True)
    assert services.library.query_ids(LibraryQuery(category="Testing", favourites_only=True)) == [b]


def test_sorting_by_title_recent_use_and_helpfulness(services: Services) -> None:
    lib = services.library
    c = lib.create(sample_content("Cc", category="Sorting"))
    a = lib.create(sample_content("aa", category="Sorting"))
    b = lib.create(sample_content("Bb", category="Sorting"))
    query = LibraryQuery(category="Sorting")
    assert lib.query_ids(query) == [a, b, c]  # case-insensitive
    now = datetime(2026, 5, 1, 12, 0)
    lib.log_use(a, 5, 4, used_at=now - timedelta(days=3))  # helped by 1
    lib.log_use(c, 8, 2, used_at=now - timedelta(days=1))  # helped by 6
    lib.log_use(b, 3, 3, used_at=now)  # no change
    assert lib.query_ids(LibraryQuery(category="Sorting", sort="recent")) == [b, c, a]
    assert lib.query_ids(LibraryQuery(category="Sorting", sort="helpful")) == [c, a, b]


def test_effectiveness_figures(services: Services) -> None:
    lib = services.library
    sid = lib.create(sample_content("Figures"))
    assert lib.card(sid).effectiveness.uses == 0
    assert lib.card(sid).effectiveness.describe() == "Not used yet"
    lib.log_use(sid, 8, 4, "helped")
    lib.log_use(sid, 6, 4)
    lib.log_use(sid, None, 3)  # not rated before: counted, not averaged
    figures = lib.card(sid).effectiveness
    assert (figures.uses, figures.rated_uses, figures.average_change) == (3, 2, 3.0)
    assert figures.describe() == "Used 3 times · distress down 3.0 on average"
    use = lib.uses(sid)[-1]
    lib.delete_use(use.id)
    assert lib.card(sid).effectiveness.uses == 2


@pytest.mark.parametrize("bad", [-1, 11, 2.5, True, "5"])
def test_distress_must_be_0_to_10(services: Services, bad: object) -> None:
    sid = services.library.create(sample_content())
    with pytest.raises(ValueError, match="Distress"):
        services.library.log_use(sid, bad, 3)  # type: ignore[arg-type]
    assert services.library.uses(sid) == []


def test_a_use_links_to_that_days_checkin(services: Services) -> None:
    day = datetime(2026, 3, 4, 9, 0)
    JournalEntry.create(kind="entry", occurred_at=day)  # not a check-in
    checkin = JournalEntry.create(kind="checkin", occurred_at=day)
    JournalEntry.create(kind="checkin", occurred_at=day - timedelta(days=1))
    sid = services.library.create(sample_content())
    linked = services.library.log_use(sid, 5, 2, used_at=day.replace(hour=20))
    assert linked.checkin_id == checkin.id
    alone = services.library.log_use(sid, 5, 2, used_at=day + timedelta(days=5))
    assert alone.checkin_id is None


def test_bad_content_is_refused_and_nothing_is_half_written(services: Services) -> None:
    from peerdesk.services.library import NewCard

    before = services.library.count()
    with pytest.raises(ValueError, match="title"):
        services.library.insert_many(
            [NewCard(sample_content("fine")), NewCard(sample_content("   "))]
        )
    with pytest.raises(ValueError, match="longer"):
        services.library.create(sample_content("x" * 201))
    assert services.library.count() == before


def test_categories_are_editable(services: Services) -> None:
    lib = services.library
    sid = lib.create(sample_content(category="Breathing"))
    lib.add_category("Outdoors")
    assert lib.categories()[-1] == "Outdoors"
    with pytest.raises(ValueError, match="already"):
        lib.add_category("Outdoors")
    lib.rename_category("Breathing", "Breath work")
    assert lib.card(sid).category == "Breath work"
    assert "Breathing" not in lib.categories()
    lib.remove_category("Outdoors")
    assert "Outdoors" not in lib.categories()


def test_crisis_plan_sections_items_and_order(services: Services) -> None:
    plan = services.crisis_plan
    sid = services.library.all_cards()[0].id
    first = plan.add("ask_for_help", "Maya", "text or call")
    second = plan.add("ask_for_help", "Jo", "Tuesdays")
    linked = plan.add("self_help", "Breathe", strategy_id=sid)
    items = plan.plan()
    assert [i.text for i in items.section("ask_for_help")] == ["Maya", "Jo"]
    assert items.section("self_help")[0].strategy_title == services.library.card(sid).title
    plan.move(second, -1)
    assert [i.text for i in plan.plan().section("ask_for_help")] == ["Jo", "Maya"]
    plan.update(first, "Maya (sister)", "call")
    plan.remove(linked)
    assert plan.plan().section("self_help") == []
    assert plan.plan().section("ask_for_help")[1].contact == "call"
    with pytest.raises(ValueError, match="section"):
        plan.add("nonsense", "x")
    with pytest.raises(ValueError, match="Write"):
        plan.add("reasons", "   ")


def _fts_blocks_containing(fragment: bytes) -> int:
    from peerdesk.store.records import database_proxy

    sql = "SELECT count(*) FROM strategy_fts_data WHERE instr(block, ?) > 0"
    return int(database_proxy.execute_sql(sql, (fragment,)).fetchone()[0])


def test_a_deleted_cards_words_leave_the_search_index(services: Services) -> None:
    sid = services.library.create(sample_content("Qzxwvkplomb ritual", steps="Qzxwvkplomb."))
    assert _fts_blocks_containing(b"zxwvkplomb") > 0
    services.library.delete(sid)
    assert _fts_blocks_containing(b"zxwvkplomb") == 0


def test_filter_choices_follow_every_change(services: Services) -> None:
    lib = services.library
    assert "zz-fresh" not in lib.tags()  # cached from here on
    sid = lib.create(sample_content(tags=("zz-fresh",), warning_signs=("zz-sign",), category="Zz"))
    assert "zz-fresh" in lib.tags()
    assert "zz-sign" in lib.situations()
    assert "Zz" in lib.categories()
    lib.delete(sid)
    assert "zz-fresh" not in lib.tags()
    assert "zz-sign" not in lib.situations()
    assert "Zz" not in lib.categories()
