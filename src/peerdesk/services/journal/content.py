"""Shipped journal content: the grouped emotions list, built-in prompts and templates.

Read from ``resources/journal/`` (written for PeerDesk), in the content language
(``peerdesk.i18n.content_language``): ``emotions.es.json`` and ``prompts.es.json`` hold
the Spanish. Loaded once per process and language.

Emotions are stored by key: the English word (``"anxious"``) is what a check-in keeps in
the vault, whatever the language, so trends and searches never split one feeling in two.
``emotion_label(key)`` gives the word to show; the Spanish file lists the same groups and
words in the same order, so each Spanish word maps to the English key at its place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, content_language, localized_resource, translate
from peerdesk.resource_files import resource_path

MOOD_CONTEXT = "MoodWords"

# Words at the ends and the middle of the 0-10 mood scale (English source text; shown
# through ``mood_words()`` in the content language).
MOOD_WORDS = {
    0: QT_TRANSLATE_NOOP("MoodWords", "Very low"),
    5: QT_TRANSLATE_NOOP("MoodWords", "Okay"),
    10: QT_TRANSLATE_NOOP("MoodWords", "Very good"),
}
# The short word for any mood value, by upper bound of its band.
MOOD_BANDS = (
    (1, QT_TRANSLATE_NOOP("MoodWords", "very low")),
    (3, QT_TRANSLATE_NOOP("MoodWords", "low")),
    (6, QT_TRANSLATE_NOOP("MoodWords", "okay")),
    (8, QT_TRANSLATE_NOOP("MoodWords", "good")),
    (10, QT_TRANSLATE_NOOP("MoodWords", "very good")),
)


@dataclass(frozen=True)
class EmotionGroup:
    """A group of emotions. ``emotions`` are the keys (stored in the vault); ``labels``
    the words to show, in the same order; ``name`` is the group's name to show and
    ``key`` its English name."""

    name: str
    emotions: tuple[str, ...]
    key: str = ""
    labels: tuple[str, ...] = ()

    def items(self) -> tuple[tuple[str, str], ...]:
        """(key, label) pairs in order."""
        labels = self.labels or self.emotions
        return tuple(zip(self.emotions, labels, strict=True))


@dataclass(frozen=True)
class BuiltinPrompt:
    key: str
    category: str
    text: str


@dataclass(frozen=True)
class BuiltinTemplate:
    key: str
    name: str
    body: str


def _load(name: str, expected_format: str, language: str) -> dict[str, Any]:
    path = (
        localized_resource("journal", name) if language != "en" else resource_path("journal", name)
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise ValueError(f"{path}: not a {expected_format} file")
    return data


@cache
def _emotion_groups(language: str) -> tuple[EmotionGroup, ...]:
    # Keys come from the English file; the language's file has the same groups and words
    # in the same order (a test checks), so a word's key is the English word at its place.
    source = _load("emotions.json", "peerdesk-emotions", "en")["groups"]
    shown = _load("emotions.json", "peerdesk-emotions", language)["groups"]
    if len(shown) != len(source):
        shown = source
    groups = []
    for group, local in zip(source, shown, strict=True):
        keys = tuple(str(e) for e in group["emotions"])
        labels = tuple(str(e) for e in local["emotions"])
        if len(labels) != len(keys):
            labels = keys
        groups.append(EmotionGroup(str(local["name"]), keys, str(group["name"]), labels))
    return tuple(groups)


def emotion_groups() -> list[EmotionGroup]:
    """The emotion groups in the content language (keys stay English)."""
    return list(_emotion_groups(content_language()))


@cache
def _emotion_labels(language: str) -> dict[str, str]:
    return {key: label for g in _emotion_groups(language) for key, label in g.items()}


def emotion_label(key: str) -> str:
    """The word to show for a stored emotion key; unknown keys (the user's own words,
    older data) are shown as they are."""
    return _emotion_labels(content_language()).get(key, key)


def emotion_key(label: str) -> str:
    """The stored key for a shown word (either language); unknown words are their own key."""
    folded = label.strip().casefold()
    for language in ("en", content_language()):
        for key, shown in _emotion_labels(language).items():
            if shown.casefold() == folded or key.casefold() == folded:
                return key
    return label.strip()


@cache
def _prompts_file(language: str) -> dict[str, Any]:
    return _load("prompts.json", "peerdesk-prompts", language)


def builtin_prompts() -> list[BuiltinPrompt]:
    return [
        BuiltinPrompt(str(p["key"]), str(p["category"]), str(p["text"]))
        for p in _prompts_file(content_language())["prompts"]
    ]


def builtin_templates() -> list[BuiltinTemplate]:
    return [
        BuiltinTemplate(str(t["key"]), str(t["name"]), str(t["body"]))
        for t in _prompts_file(content_language()).get("templates", [])
    ]


def _mood_text(source: str) -> str:
    if content_language() == "en":
        return source
    return translate(MOOD_CONTEXT, source)


def mood_words() -> dict[int, str]:
    return {value: _mood_text(word) for value, word in MOOD_WORDS.items()}


def mood_word(mood: int | None) -> str:
    """A short word for any mood value (for lists and exports)."""
    if mood is None:
        return ""
    for upper, word in MOOD_BANDS:
        if mood <= upper:
            return _mood_text(word)
    return _mood_text(MOOD_BANDS[-1][1])
