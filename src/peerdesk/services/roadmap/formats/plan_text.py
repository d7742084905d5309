"""The recovery plan as Markdown and as a standalone HTML page (no Qt).

Every piece of user text is escaped: in Markdown each punctuation character gets a
backslash (so ``<script>`` or ``[link](...)`` stays literal text), in HTML it goes through
:func:`html.escape`. The HTML page loads nothing: no scripts, no remote fonts or images, and
a Content-Security-Policy that forbids them anyway.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerdesk.services.roadmap.plan import PlanCheckin, PlanGoal, PlanPerson, RecoveryPlan
from peerdesk.vault.files import write_private_file_atomically

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&\"'=:$%^@])")


def md_escape(text: str) -> str:
    """Literal text in CommonMark: every punctuation character that could mean something."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_inline(text: str) -> str:
    """Escaped text on one line (table cells, list items)."""
    return md_escape(" ".join(text.split()))


def md_block(text: str) -> str:
    """Escaped text keeping its paragraphs."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(md_escape(p) for p in paragraphs if p)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def format_when(value: datetime) -> str:
    return format_date(value.date())


def _dates_line(goal: PlanGoal) -> str:
    if goal.start_date and goal.target_date:
        return f"{format_date(goal.start_date)} to {format_date(goal.target_date)}"
    if goal.target_date:
        return f"by {format_date(goal.target_date)}"
    if goal.start_date:
        return f"from {format_date(goal.start_date)}"
    return "no dates set"


# -- Markdown ------------------------------------------------------------------------------


def plan_markdown(plan: RecoveryPlan) -> str:
    lines = [
        f"# Recovery plan: {md_inline(plan.person_name)}",
        "",
        f"Prepared on {format_date(plan.prepared_on)}\\.",
        "",
    ]
    if not plan.goals:
        lines += ["No goals were chosen for this plan\\.", ""]
    for goal in plan.goals:
        lines += _goal_markdown(goal)
    if plan.victories:
        lines += ["## Small victories", ""]
        lines += [f"- {format_when(v.occurred_at)}: {md_inline(v.text)}" for v in plan.victories]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _goal_markdown(goal: PlanGoal) -> list[str]:
    lines = [
        f"## {md_inline(goal.title)}",
        "",
        f"**{md_inline(goal.life_area)}** · {md_inline(goal.status)} · "
        f"{md_escape(_dates_line(goal))} · {md_escape(goal.progress_text)}",
        "",
    ]
    if goal.vision:
        lines += ["**Why this matters**", ""]
        lines += ["> " + p for p in md_block(goal.vision).split("\n")]
        lines.append("")
    for warning in goal.warnings:
        lines += [f"*Note: {md_escape(warning)}*", ""]
    if goal.milestones:
        lines += ["### Milestones", "", "| Done | Milestone | Who | Due |", "|---|---|---|---|"]
        for m in goal.milestones:
            done = f"✓ {format_date(m.done_at)}" if m.done_at else "☐"
            due = format_date(m.due_date) + (" (after target)" if m.due_after_target else "")
            lines.append(
                f"| {done} | {md_inline(m.title)} | {md_inline(m.owner) or '—'} | {due or '—'} |"
            )
        lines.append("")
    if goal.people:
        lines += ["### Who does what", ""]
        lines += [f"- {_person_item(person, _MARKDOWN)}" for person in goal.people]
        lines.append("")
    if goal.checkins:
        lines += ["### Recent check-ins", ""]
        lines += [f"- {_checkin_item(c, _MARKDOWN)}" for c in goal.checkins]
        lines.append("")
    return lines


# -- HTML ----------------------------------------------------------------------------------

_CSS = """
body { font-family: sans-serif; color: #222; max-width: 46em; margin: 2em auto; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.0em; margin-bottom: 0.3em; }
.meta { color: #555; }
.note { color: #8a5a00; font-style: italic; }
blockquote { margin: 0.5em 0; padding-left: 1em; border-left: 3px solid #9bb; color: #333; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25em 0.5em; border-bottom: 1px solid #ddd; }
@media print { body { margin: 0; } h2 { break-after: avoid; } }
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "".join(f"<p>{_e(p)}</p>" for p in parts if p)


def plan_html(plan: RecoveryPlan) -> str:
    title = f"Recovery plan: {plan.person_name}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Prepared on {_e(format_date(plan.prepared_on))}.</p>',
    ]
    if not plan.goals:
        out.append("<p>No goals were chosen for this plan.</p>")
    for goal in plan.goals:
        out += _goal_html(goal)
    if plan.victories:
        out.append("<h2>Small victories</h2><ul>")
        out += [f"<li>{_e(format_when(v.occurred_at))}: {_e(v.text)}</li>" for v in plan.victories]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _goal_html(goal: PlanGoal) -> list[str]:
    out = [
        f"<h2>{_e(goal.title)}</h2>",
        f'<p class="meta"><b>{_e(goal.life_area)}</b> · {_e(goal.status)} · '
        f"{_e(_dates_line(goal))} · {_e(goal.progress_text)}</p>",
    ]
    if goal.vision:
        out.append(f"<h3>Why this matters</h3><blockquote>{_paragraphs(goal.vision)}</blockquote>")
    out += [f'<p class="note">Note: {_e(w)}</p>' for w in goal.warnings]
    if goal.milestones:
        out.append("<h3>Milestones</h3><table>")
        out.append("<tr><th>Done</th><th>Milestone</th><th>Who</th><th>Due</th></tr>")
        for m in goal.milestones:
            done = f"✓ {format_date(m.done_at)}" if m.done_at else "☐"
            due = format_date(m.due_date) + (" (after target)" if m.due_after_target else "")
            out.append(
                f"<tr><td>{_e(done)}</td><td>{_e(m.title)}</td>"
                f"<td>{_e(m.owner) or '—'}</td><td>{_e(due) or '—'}</td></tr>"
            )
        out.append("</table>")
    if goal.people:
        out.append("<h3>Who does what</h3><ul>")
        out += [f"<li>{_person_item(person, _HTML)}</li>" for person in goal.people]
        out.append("</ul>")
    if goal.checkins:
        out.append("<h3>Recent check-ins</h3><ul>")
        out += [f"<li>{_checkin_item(c, _HTML)}</li>" for c in goal.checkins]
        out.append("</ul>")
    return out


@dataclass(frozen=True)
class _Markup:
    """How one text format escapes, stresses and separates (Markdown or HTML)."""

    escape: Callable[[str], str]
    bold: str  # a format string with one {} for the text
    italic: str
    # Markdown keeps a check-in in one paragraph (Qt's Markdown reader turns line breaks inside
    # a list item into new bullets); HTML breaks lines.
    before_what: str
    before_next: str


_MARKDOWN = _Markup(md_inline, "**{}**", "*{}*", " — ", " ")
_HTML = _Markup(_e, "<b>{}</b>", "<i>{}</i>", "<br>", "<br>")


def _person_item(person: PlanPerson, m: _Markup) -> str:
    text = m.bold.format(m.escape(person.name))
    if person.role:
        text += f" ({m.escape(person.role)})"
    if person.contact:
        text += f", {m.escape(person.contact)}"
    return text


def _checkin_item(c: PlanCheckin, m: _Markup) -> str:
    text = m.bold.format(m.escape(format_when(c.occurred_at)))
    if c.who:
        text += f", {m.escape(c.who)}"
    if c.summary:
        text += f": {m.escape(c.summary)}"
    if c.what_happened:
        text += f"{m.before_what}{m.escape(c.what_happened)}"
    if c.next_step:
        owner = f" ({m.escape(c.next_step_owner)})" if c.next_step_owner else ""
        text += f"{m.before_next}{m.italic.format('Next step:')} {m.escape(c.next_step)}{owner}"
    return text


TEXT_FORMATS = ("markdown", "html")


def write_plan_text(plan: RecoveryPlan, fmt: str, path: Path) -> None:
    """Write the plan as Markdown or HTML: owner-only file, all or nothing."""
    if fmt == "markdown":
        text = plan_markdown(plan)
    elif fmt == "html":
        text = plan_html(plan)
    else:
        raise ValueError(f"Unknown plan format {fmt!r}.")
    write_private_file_atomically(path, text.encode("utf-8"))
