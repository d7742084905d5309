"""Shipped journal content: the grouped emotions list, built-in prompts and templates.

Read from ``resources/journal/`` (written for PeerDesk). Loaded once per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from peerdesk.resource_files import resource_path

# Words at the ends and the middle of the 0-10 mood scale.
MOOD_WORDS = {0: "Very low", 5: "Okay", 10: "Very good"}


@dataclass(frozen=True)
class EmotionGroup:
    name: str
    emotions: tuple[str, ...]


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


def _load(name: str, expected_format: str) -> dict[str, Any]:
    path = resource_path("journal", name)
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != expected_format:
        raise ValueError(f"{path}: not a {expected_format} file")
    return data


@cache
def emotion_groups() -> list[EmotionGroup]:
    data = _load("emotions.json", "peerdesk-emotions")
    return [
        EmotionGroup(str(g["name"]), tuple(str(e) for e in g["emotions"])) for g in data["groups"]
    ]


@cache
def _prompts_file() -> dict[str, Any]:
    return _load("prompts.json", "peerdesk-prompts")


def builtin_prompts() -> list[BuiltinPrompt]:
    return [
        BuiltinPrompt(str(p["key"]), str(p["category"]), str(p["text"]))
        for p in _prompts_file()["prompts"]
    ]


def builtin_templates() -> list[BuiltinTemplate]:
    return [
        BuiltinTemplate(str(t["key"]), str(t["name"]), str(t["body"]))
        for t in _prompts_file().get("templates", [])
    ]


def mood_words() -> dict[int, str]:
    return dict(MOOD_WORDS)


def mood_word(mood: int | None) -> str:
    """A short word for any mood value (for lists and exports)."""
    if mood is None:
        return ""
    if mood <= 1:
        return "very low"
    if mood <= 3:
        return "low"
    if mood <= 6:
        return "okay"
    if mood <= 8:
        return "good"
    return "very good"
