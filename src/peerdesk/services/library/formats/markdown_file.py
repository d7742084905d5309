"""Markdown for strategy cards and the crisis plan: the ``.md`` export and the PDF source.

User text is Markdown, but raw HTML in it must stay text wherever the file is shown, so
``<``, ``>`` and ``&`` are written as entities (they still read as themselves). The words
PeerDesk adds (headings, labels) are in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from peerdesk.i18n import translate
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
        label = translate("LibraryExport", "Category:")
        facts.append(f"**{label}** {inline(c.category)}")
    if c.duration_minutes is not None:
        label = translate("LibraryExport", "Takes:")
        about = translate("LibraryExport", "about {minutes} min")
        facts.append(f"**{label}** {about.format(minutes=c.duration_minutes)}")
    if c.tags:
        label = translate("LibraryExport", "Tags:")
        facts.append(f"**{label}** " + ", ".join(inline(t) for t in c.tags))
    if facts:
        lines += [" · ".join(facts), ""]
    if c.summary:
        lines += [f"*{inline(c.summary)}*", ""]
    if c.steps:
        label = translate("LibraryExport", "Steps")
        lines += [f"**{label}**", "", inert(c.steps.strip()), ""]
    if c.when_to_use:
        label = translate("LibraryExport", "When to use it")
        lines += [f"**{label}**", "", inert(c.when_to_use.strip()), ""]
    if c.warning_signs:
        label = translate("LibraryExport", "Warning signs")
        lines += [f"**{label}**", ""] + [f"- {inline(s)}" for s in c.warning_signs] + [""]
    if c.source:
        label = translate("LibraryExport", "Source:")
        lines += [f"**{label}** {inline(c.source)}", ""]
    if include_personal:
        label = translate("LibraryExport", "How it worked for me:")
        lines += [f"**{label}** {card.effectiveness.describe()}", ""]
    return "\n".join(lines)


def crisis_plan_markdown(items: Iterable[CrisisItem], *, heading: str = "#") -> str:
    items = list(items)
    title = translate("LibraryExport", "My crisis plan")
    empty = translate("LibraryExport", "(nothing written yet)")
    card = translate("LibraryExport", "(card: {title})")
    lines = [f"{heading} {title}", ""]
    for section in SECTIONS:
        lines += [f"{heading}# {section.title}", ""]
        entries = [i for i in items if i.section == section.key]
        if not entries:
            lines += [f"*{empty}*", ""]
            continue
        for item in entries:
            text = inline(item.text)
            if item.contact:
                text += f" — {inline(item.contact)}"
            if item.strategy_title and item.strategy_title != item.text:
                text += " " + card.format(title=inline(item.strategy_title))
            lines.append(f"- {text}")
        lines.append("")
    return "\n".join(lines)


def _use_line(use: UseEntry, titles: dict[str, str]) -> str:
    before = "–" if use.distress_before is None else str(use.distress_before)
    after = "–" if use.distress_after is None else str(use.distress_after)
    distress = translate("LibraryExport", "distress {before} → {after}")
    title = inline(titles.get(use.strategy_id, ""))
    line = f"- {use.used_at:%Y-%m-%d %H:%M} · {title} · " + distress.format(
        before=before, after=after
    )
    return line + (f" · {inline(use.note)}" if use.note else "")


def library_markdown(export: LibraryExport) -> str:
    title = translate("LibraryExport", "Coping strategies")
    count = translate(
        "LibraryExport", "%n strategy card(s), exported from PeerDesk.", "", len(export.cards)
    )
    parts = [f"# {title}", "", count, ""]
    for card in export.cards:
        parts.append(card_markdown(card, include_personal=export.include_personal))
        parts.append("---\n")
    if export.include_personal:
        if export.uses:
            titles = {c.id: c.title for c in export.cards}
            use_log = translate("LibraryExport", "My use log")
            parts += [f"# {use_log}", ""]
            parts += [_use_line(u, titles) for u in export.uses]
            parts.append("")
        if export.crisis_plan:
            parts.append(crisis_plan_markdown(export.crisis_plan))
    return "\n".join(parts).rstrip() + "\n"
