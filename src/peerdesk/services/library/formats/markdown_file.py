"""Markdown for strategy cards and the crisis plan: the ``.md`` export and the PDF source.

User text is Markdown, but raw HTML in it must stay text wherever the file is shown, so
``<``, ``>`` and ``&`` are written as entities (they still read as themselves).
"""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.services.inert_markdown import escape_html as inert
from peerdesk.services.library import SECTIONS, CrisisItem, StrategyCard, UseEntry
from peerdesk.services.library.formats.export import LibraryExport


def inline(text: str) -> str:
    """One line of plain user text inside Markdown: HTML made literal, no line breaks."""
    flat = " ".join(text.split())
    for mark in ("\\", "*", "_", "`", "[", "]", "#"):
        flat = flat.replace(mark, "\\" + mark)
    return inert(flat)


def card_markdown(
    card: StrategyCard, *, include_personal: bool = False, heading: str = "##"
) -> str:
    c = card.content
    lines = [f"{heading} {inline(c.title)}", ""]
    facts = []
    if c.category:
        facts.append(f"**Category:** {inline(c.category)}")
    if c.duration_minutes is not None:
        facts.append(f"**Takes:** about {c.duration_minutes} min")
    if c.tags:
        facts.append("**Tags:** " + ", ".join(inline(t) for t in c.tags))
    if facts:
        lines += [" · ".join(facts), ""]
    if c.summary:
        lines += [f"*{inline(c.summary)}*", ""]
    if c.steps:
        lines += ["**Steps**", "", inert(c.steps.strip()), ""]
    if c.when_to_use:
        lines += ["**When to use it**", "", inert(c.when_to_use.strip()), ""]
    if c.warning_signs:
        lines += ["**Warning signs**", ""] + [f"- {inline(s)}" for s in c.warning_signs] + [""]
    if c.source:
        lines += [f"**Source:** {inline(c.source)}", ""]
    if include_personal:
        lines += [f"**How it worked for me:** {card.effectiveness.describe()}", ""]
    return "\n".join(lines)


def crisis_plan_markdown(items: Iterable[CrisisItem], *, heading: str = "#") -> str:
    items = list(items)
    lines = [f"{heading} My crisis plan", ""]
    for section in SECTIONS:
        lines += [f"{heading}# {section.title}", ""]
        entries = [i for i in items if i.section == section.key]
        if not entries:
            lines += ["*(nothing written yet)*", ""]
            continue
        for item in entries:
            text = inline(item.text)
            if item.contact:
                text += f" — {inline(item.contact)}"
            if item.strategy_title and item.strategy_title != item.text:
                text += f" (card: {inline(item.strategy_title)})"
            lines.append(f"- {text}")
        lines.append("")
    return "\n".join(lines)


def _use_line(use: UseEntry, titles: dict[str, str]) -> str:
    before = "–" if use.distress_before is None else str(use.distress_before)
    after = "–" if use.distress_after is None else str(use.distress_after)
    line = (
        f"- {use.used_at:%Y-%m-%d %H:%M} · {inline(titles.get(use.strategy_id, ''))} · "
        f"distress {before} → {after}"
    )
    return line + (f" · {inline(use.note)}" if use.note else "")


def library_markdown(export: LibraryExport) -> str:
    parts = [
        "# Coping strategies",
        "",
        f"{len(export.cards)} strategy cards, exported from PeerDesk.",
        "",
    ]
    for card in export.cards:
        parts.append(card_markdown(card, include_personal=export.include_personal))
        parts.append("---\n")
    if export.include_personal:
        if export.uses:
            titles = {c.id: c.title for c in export.cards}
            parts += ["# My use log", ""]
            parts += [_use_line(u, titles) for u in export.uses]
            parts.append("")
        if export.crisis_plan:
            parts.append(crisis_plan_markdown(export.crisis_plan))
    return "\n".join(parts).rstrip() + "\n"
