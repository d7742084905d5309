"""The Spanish content files mirror the English ones exactly (same keys, list lengths and
non-text values) and leave no English behind."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from peerdesk.i18n import fallback_strings
from peerdesk.resource_files import resource_path
from peerdesk.services.journal.content import MOOD_BANDS, MOOD_WORDS
from peerdesk.services.library.crisis import SECTIONS
from peerdesk.store.records.roadmap import DEFAULT_LIFE_AREAS

Path_ = tuple[str | int, ...]


def _field(path: Path_) -> str:
    """The name of the nearest dict key on the path."""
    return next((str(p) for p in reversed(path) if isinstance(p, str)), "")


def _starter_non_text(path: Path_) -> bool:
    return _field(path) in {"key", "format"}


def _prompts_non_text(path: Path_) -> bool:
    return _field(path) in {"key", "format"}


def _emotions_non_text(path: Path_) -> bool:
    return _field(path) == "format"


def _demo_non_text(path: Path_) -> bool:
    field = _field(path)
    if field in {"key", "format", "person", "strategy", "owner", "next_step_owner", "goal"}:
        return True
    if field in {"status", "time", "kind", "emotions"}:
        return True
    if path[:1] == ("people",) and field == "role":
        return True
    return path[:2] == ("crisis_plan", "self_help")


FILES: dict[str, tuple[tuple[str, ...], Callable[[Path_], bool]]] = {
    "starter": (("library", "starter"), _starter_non_text),
    "prompts": (("journal", "prompts"), _prompts_non_text),
    "emotions": (("journal", "emotions"), _emotions_non_text),
    "demo": (("demo", "demo"), _demo_non_text),
}

# Text that is the same in both languages on purpose: people's names, a dog's and a
# person's name used as tags, and words spelled alike in Spanish.
SAME_IN_BOTH = {
    "Sam Rivera",
    "Jo Okafor",
    "Maya Rivera",
    "Dev Hassan",
    "Alex Moreau",
    "biscuit",
    "jo",
    "irritable",
}
# English words that should not appear in Spanish text (checked as whole words).
ENGLISH_WORDS = re.compile(
    r"\b(the|and|you|your|with|what|when|that|this|for|not|have|feel|about|my|it's|i'm)\b",
    re.IGNORECASE,
)
ENGLISH_ALLOWED = ("(they/them)",)


def _pair(name: str) -> tuple[Any, Any]:
    folder, stem = FILES[name][0]
    en = json.loads(resource_path(folder, f"{stem}.json").read_text(encoding="utf-8"))
    es = json.loads(resource_path(folder, f"{stem}.es.json").read_text(encoding="utf-8"))
    return en, es


def _tracker_names(en: Any, es: Any) -> dict[str, str]:
    return {a["name"]: b["name"] for a, b in zip(en["trackers"], es["trackers"], strict=True)}


def _walk(
    en: Any, es: Any, path: Path_, non_text: Callable[[Path_], bool], keymap: dict[str, str]
) -> Iterator[tuple[Path_, str, str]]:
    """Checks the structure; yields (path, English, Spanish) for every text field."""
    assert type(en) is type(es), path
    if isinstance(en, dict):
        if path[-1:] == ("trackers",) and path[:1] == ("checkins",):
            # a check-in's tracker values are keyed by the tracker's (translated) name
            assert {keymap[k] for k in en} == set(es), path
            for k, v in en.items():
                assert es[keymap[k]] == v, path
            return
        assert set(en) == set(es), (path, set(en) ^ set(es))
        for k in en:
            yield from _walk(en[k], es[k], (*path, k), non_text, keymap)
    elif isinstance(en, list):
        assert len(en) == len(es), path
        for i, (a, b) in enumerate(zip(en, es, strict=True)):
            yield from _walk(a, b, (*path, i), non_text, keymap)
    elif isinstance(en, str) and not non_text(path):
        assert bool(en.strip()) == bool(es.strip()), path
        yield path, en, es
    else:
        assert en == es, path


def _text_fields(name: str) -> list[tuple[Path_, str, str]]:
    en, es = _pair(name)
    keymap = _tracker_names(en, es) if name == "demo" else {}
    return list(_walk(en, es, (), FILES[name][1], keymap))


@pytest.mark.parametrize("name", list(FILES))
def test_the_spanish_file_has_the_english_structure(name: str) -> None:
    assert _text_fields(name)


@pytest.mark.parametrize("name", list(FILES))
def test_no_english_left_in_the_spanish_file(name: str) -> None:
    same = [(p, en) for p, en, es in _text_fields(name) if en == es and en.strip()]
    unexpected = [(p, en) for p, en in same if en not in SAME_IN_BOTH]
    assert not unexpected
    english = [
        (p, es)
        for p, _, es in _text_fields(name)
        if es not in SAME_IN_BOTH and ENGLISH_WORDS.search(_without_allowed(es))
    ]
    assert not english


def _without_allowed(text: str) -> str:
    for allowed in ENGLISH_ALLOWED:
        text = text.replace(allowed, "")
    return text


def test_whitelisted_fields_are_few() -> None:
    same = [p for name in FILES for p, en, es in _text_fields(name) if en == es and en.strip()]
    assert len(same) <= 15, same


def test_spanish_starter_keeps_categories_consistent() -> None:
    _, es = _pair("starter")
    categories = set(es["categories"])
    assert all(card["category"] in categories for card in es["strategies"])
    assert len({card["key"] for card in es["strategies"]}) == len(es["strategies"]) == 48


def test_spanish_emotion_words_are_distinct() -> None:
    _, es = _pair("emotions")
    words = [w for g in es["groups"] for w in g["emotions"]]
    assert len(words) == len(set(words))


def test_the_qt_free_table_covers_section_names_and_mood_words() -> None:
    table = fallback_strings("es")
    for section in SECTIONS:
        assert table["CrisisPlanSection"][section.source_title]
        assert table["CrisisPlanSection"][section.source_hint]
    for word in [*MOOD_WORDS.values(), *(w for _, w in MOOD_BANDS)]:
        assert table["MoodWords"][word]
    for area in DEFAULT_LIFE_AREAS:
        assert table["LifeArea"][area]
