"""Journal search: safe queries, prefixes, accents, phrases, any script, filters, deletion."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from journal_pages import decrypted_pages

from peerdesk.services.journal import EntryFields, SearchFilters
from peerdesk.services.journal.search import (
    MARK_CLOSE,
    MARK_OPEN,
    parse_query,
    snippet_html,
    snippet_plain,
)
from peerdesk.services.session import Services, end_session
from peerdesk.store.records import database_proxy
from peerdesk.vault.vault import DB_NAME


def _ids(services: Services, query: str, filters: SearchFilters | None = None) -> set[str]:
    return {h.id for h in services.journal.search(query, filters)}


def _add(services: Services, body: str, **kwargs: object) -> str:
    return services.journal.create(EntryFields(body=body, **kwargs))  # type: ignore[arg-type]


def test_parse_query_quotes_every_term_and_joins_with_and() -> None:
    assert parse_query("walk river") == '"walk"* AND "river"*'
    assert parse_query('"long walk" home') == '"long walk" AND "home"*'
    assert parse_query("a") == '"a"'  # one letter matches whole
    assert parse_query('  "" -- ***  ') is None


@pytest.mark.parametrize(
    "hostile",
    [
        "NEAR(a b)",
        "title:secret",
        "a OR b",
        "x*",
        '"unbalanced',
        "(a",
        "-a",
        "a AND",
        "^a",
        "'",
        "\\",
    ],
)
def test_fts_syntax_typed_by_the_user_is_plain_text(services: Services, hostile: str) -> None:
    _add(services, "something else entirely")
    services.journal.search(hostile)  # no OperationalError, whatever the text


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_text_is_a_safe_query(services: Services, text: str) -> None:
    services.journal.search(text)


def test_words_match_whole_or_as_prefix_ignoring_case_and_accents(services: Services) -> None:
    cafe = _add(services, "Met Jo at the Café on Élm street")
    walk = _add(services, "A long walking meditation")
    assert _ids(services, "cafe") == {cafe}
    assert _ids(services, "CAFÉ") == {cafe}
    assert _ids(services, "elm") == {cafe}
    assert _ids(services, "walk") == {walk}
    assert _ids(services, "medit walk") == {walk}
    assert _ids(services, "walk cafe") == set()  # every word must match


def test_quoted_phrases_match_as_phrases(services: Services) -> None:
    near = _add(services, "I went for a long walk today")
    apart = _add(services, "The walk was long")
    assert _ids(services, '"long walk"') == {near}
    assert _ids(services, "long walk") == {near, apart}


def test_title_and_tags_are_searched_and_titles_rank_first(services: Services) -> None:
    in_body = _add(services, "lots of words about the garden here and there")
    in_title = services.journal.create(EntryFields(title="Garden", body="plain"))
    tagged = services.journal.create(EntryFields(body="plain", tags=("allotment",)))
    hits = services.journal.search("garden")
    assert [h.id for h in hits] == [in_title, in_body]
    assert _ids(services, "allotment") == {tagged}


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("今天我和朋友去公园散步，心情很好。", "朋友"),
        ("今天我和朋友去公园散步，心情很好。", "散步"),
        ("今日は友達と公園を散歩しました。", "散歩"),
        ("今日は友達と公園を散歩しました。", "ともだち友達"[-2:]),
        ("カフェでコーヒーを飲んだ", "コーヒー"),
        ("วันนี้ฉันไปเดินเล่นที่สวน", "เดินเล่น"),
        ("오늘 공원에서 산책했다", "산책"),
        ("Сегодня гулял в парке", "парк"),
        ("Σήμερα περπάτησα στο πάρκο", "παρκο"),
        ("اليوم مشيت في الحديقة", "الحديقة"),
    ],
)
def test_text_in_any_language_is_findable(services: Services, text: str, query: str) -> None:
    entry_id = _add(services, text)
    _add(services, "unrelated English words")
    hits = services.journal.search(query)
    assert [h.id for h in hits] == [entry_id]
    # The snippet shows the text as written (no index joiners) with the match marked.
    plain = snippet_plain(hits[0].snippet, "", "").strip("…")
    assert "\u2060" not in plain
    assert plain.replace(" ", "") in text.replace(" ", "")
    assert MARK_OPEN in hits[0].snippet


def test_cjk_word_does_not_match_its_characters_apart(services: Services) -> None:
    apart = _add(services, "朋 and 友 far apart: 朋在这里，友在那里")
    together = _add(services, "我的朋友")
    assert _ids(services, "朋友") == {together}
    assert apart not in _ids(services, "朋友")


def test_snippets_mark_matches_and_html_stays_inert(services: Services) -> None:
    _add(services, "<script>alert(1)</script> then a hopeful morning")
    hit = services.journal.search("hopeful")[0]
    assert f"{MARK_OPEN}hopeful{MARK_CLOSE}" in hit.snippet
    rendered = snippet_html(hit.snippet)
    assert "<script>" not in rendered
    assert "&lt;script&gt;" in rendered
    assert "<b>hopeful</b>" in rendered


def test_filters_date_range_tags_mood_starred_kind(services: Services) -> None:
    j = services.journal
    a = j.create(EntryFields(body="walk one", occurred_at=datetime(2026, 1, 5, 9), mood=3))
    b = j.create(
        EntryFields(
            body="walk two #park", occurred_at=datetime(2026, 2, 5, 9), mood=8, starred=True
        )
    )
    c = j.check_in(6, note="walk three #park", occurred_at=datetime(2026, 2, 28, 23, 59))
    assert _ids(services, "walk", SearchFilters(since=date(2026, 2, 1))) == {b, c}
    assert _ids(services, "walk", SearchFilters(until=date(2026, 2, 28))) == {a, b, c}
    assert _ids(services, "walk", SearchFilters(until=date(2026, 2, 27))) == {a, b}
    assert _ids(services, "walk", SearchFilters(tags=("park",))) == {b, c}
    assert _ids(services, "walk", SearchFilters(tags=("PARK", "nope"))) == set()
    assert _ids(services, "walk", SearchFilters(mood_min=5)) == {b, c}
    assert _ids(services, "walk", SearchFilters(mood_max=6, mood_min=4)) == {c}
    assert _ids(services, "walk", SearchFilters(starred_only=True)) == {b}
    assert _ids(services, "walk", SearchFilters(kind="checkin")) == {c}
    # No words: the filters alone list entries, newest first.
    hits = services.journal.search("", SearchFilters(tags=("park",)))
    assert [h.id for h in hits] == [c, b]
    assert services.journal.search_count("walk", SearchFilters(mood_min=5)) == 2


def test_edit_removes_the_old_words_from_the_index(services: Services) -> None:
    entry_id = _add(services, "the word is pelican")
    services.journal.update(entry_id, EntryFields(body="the word is heron"))
    assert _ids(services, "pelican") == set()
    assert _ids(services, "heron") == {entry_id}


def test_deleted_words_are_not_findable_nor_left_in_the_decrypted_pages(
    services: Services,
) -> None:
    vault = services.vault
    keep = _add(services, "keep this ordinary entry")
    gone = services.journal.create(
        EntryFields(title="Xylophonist", body="zanzibarquux confession", tags=("quuxtag",))
    )
    folder = vault.folder
    key = vault._require_data_key()
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zanzibarquux" in decrypted_pages(folder / DB_NAME, key)  # the reader works

    services.journal.delete([gone])
    assert _ids(services, "zanzibarquux") == set()
    assert _ids(services, "xylophonist") == set()
    assert _ids(services, "ordinary") == {keep}
    end_session(services)  # lock: checkpoints the WAL into the database file
    pages = decrypted_pages(folder / DB_NAME, key)
    for word in (b"zanzibarquux", b"Xylophonist", b"xylophonist", b"quuxtag", b"confession"):
        assert word not in pages, word
    assert b"ordinary" in pages


def test_index_rowids_are_stable_across_vacuum(services: Services) -> None:
    first = _add(services, "alpha entry")
    doomed = _add(services, "beta entry")
    third = _add(services, "gamma entry")
    services.journal.delete([doomed])
    database_proxy.execute_sql("VACUUM")
    assert _ids(services, "alpha") == {first}
    assert _ids(services, "gamma") == {third}
    fourth = _add(services, "delta entry")
    assert _ids(services, "delta") == {fourth}
    assert _ids(services, "entry") == {first, third, fourth}


def test_rebuilding_the_index_gives_the_same_results(services: Services) -> None:
    from peerdesk.services.journal import text_index

    a = _add(services, "river walk #outside")
    _add(services, "kitchen tea")
    assert text_index.rebuild_from_entries() == 2
    assert _ids(services, "river") == {a}
    assert _ids(services, "outside") == {a}


@pytest.mark.parametrize("window", [2, 4])
def test_paging_past_the_ranking_window_gives_every_match_once(
    services: Services, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    from peerdesk.services.journal import search as search_module

    monkeypatch.setattr(search_module, "RANK_WINDOW", window)
    ids = [_add(services, f"river {'river ' * (n % 3)}number {n}") for n in range(11)]
    _add(services, "no match here")
    for filters in (None, SearchFilters(kind="entry"), SearchFilters(since=date(2000, 1, 1))):
        seen: list[str] = []
        for offset in range(0, 12, 3):
            seen += [
                h.id for h in services.journal.search("river", filters, limit=3, offset=offset)
            ]
        assert sorted(seen) == sorted(ids)
        assert len(seen) == len(set(seen))
        # The newest written matches are ranked first; the rest follow newest first.
        assert set(seen[:window]) == set(ids[-window:])
        assert seen[window:] == list(reversed(ids[:-window]))


def test_highlight_marks_prefixes_accents_phrases_and_cjk() -> None:
    from peerdesk.services.journal.highlight import snippet, term

    def marks(text: str, *terms: tuple[str, bool]) -> str | None:
        made = snippet(text, [t for t in (term(w, p) for w, p in terms) if t])
        return None if made is None else snippet_plain(made)

    assert marks("We met at the Café.", ("cafe", True)) == "We met at the [Café]."
    assert marks("walking home", ("walk", True)) == "[walking] home"
    assert marks("walking home", ("walk", False)) is None
    assert marks("a long walk home", ("long walk", False)) == "a [long walk] home"
    assert marks("我的朋友很好", ("朋友", True)) == "我的[朋友]很好"
    long_text = " ".join(f"w{n}" for n in range(100)) + " target " + "tail " * 50
    made = marks(long_text, ("target", True))
    assert made is not None
    assert made.startswith("…")
    assert made.endswith("…")
    assert "[target]" in made


def test_edited_away_words_are_not_left_in_the_decrypted_pages(services: Services) -> None:
    vault = services.vault
    folder, key = vault.folder, vault._require_data_key()
    entry_id = services.journal.create(
        EntryFields(title="Quokkatitle", body="the word was pelicanword", tags=("wombattag",))
    )
    services.drafts.save("journal.editor.autosave", {"body": "the word was pelicanword"})
    services.journal.update(entry_id, EntryFields(title="Plain", body="the word is heron"))
    services.drafts.discard("journal.editor.autosave")
    assert _ids(services, "pelicanword") == set()
    end_session(services)
    pages = decrypted_pages(folder / DB_NAME, key)
    for word in (b"pelicanword", b"Quokkatitle", b"quokkatitle", b"wombattag"):
        assert word not in pages, word
    assert b"heron" in pages


@pytest.mark.parametrize("max_expansions", [1, 40])
def test_prefixes_expand_to_the_words_they_start(
    services: Services, monkeypatch: pytest.MonkeyPatch, max_expansions: int
) -> None:
    from peerdesk.services.journal import search as search_module

    monkeypatch.setattr(search_module, "MAX_EXPANSIONS", max_expansions)
    walk = _add(services, "walked to the shop")
    walking = _add(services, "a walking group")
    street = _add(services, "die Straße entlang")
    cafe = _add(services, "Café crème")
    assert _ids(services, "walk") == {walk, walking}
    assert _ids(services, "WALKI") == {walking}
    assert _ids(services, "stra") == {street}
    assert _ids(services, "straß") == {street}
    assert _ids(services, "caf cre") == {cafe}
    assert _ids(services, "zz") == set()
    assert services.journal.search_count("walk") == 2


def test_snippets_and_previews_show_markdown_as_plain_words(services: Services) -> None:
    _add(services, "# Heading\n**Luckily** the rabbit\\-hole was *deep*\\.")
    hit = services.journal.search("rabbit")[0]
    assert snippet_plain(hit.snippet) == "Heading Luckily the [rabbit]-hole was deep."
    row = services.journal.timeline_page(limit=1)[0]
    assert row.preview == "Heading Luckily the rabbit-hole was deep."
