"""The recovery plan as Markdown and as a standalone HTML page (no Qt).

Every piece of user text is escaped: in Markdown each punctuation character gets a
backslash (so ``<script>`` or ``[link](...)`` stays literal text), in HTML it goes through
:func:`html.escape`. The HTML page loads nothing: no scripts, no remote fonts or images, and
a Content-Security-Policy that forbids them anyway.

The headings and labels are translated (``peerdesk.i18n.translate``, context "PlanText");
dates are written by the caller's ``dates`` function (the GUI passes QLocale's), else in
English ("26 November 2026").
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerdesk.i18n import content_language, translate
from peerdesk.services.roadmap.plan import PlanCheckin, PlanGoal, PlanPerson, RecoveryPlan
from peerdesk.vault.files import write_private_file_atomically

DateText = Callable[[date], str]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&\"'=:$%^@])")


def md_escape(text: str) -> str:
    """Literal text in CommonMark: every punctuation character that could mean something."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_inline(text: str) -> str:
    """Escaped text on one line (table cells, list items)."""
    return md_escape(" ".join(text.split()))


_MD_MARKUP = re.compile(r"([\\`*_\[\]<>|~#&])")
_FIELD = re.compile(r"(\{\w+\})")


def md_text(text: str) -> str:
    """Our own words (translated headings, dates): only what could start markup is escaped,
    so "Recovery plan: Sam" and "(after target)" read as written in the raw file too."""
    return _MD_MARKUP.sub(r"\\\1", text)


def md_format(template: str, **values: str) -> str:
    """A translated ``template`` with its ``{fields}`` filled by escaped ``values``."""
    return "".join(
        md_inline(values[part[1:-1]]) if _FIELD.fullmatch(part) else md_text(part)
        for part in _FIELD.split(template)
    )


def md_block(text: str) -> str:
    """Escaped text keeping its paragraphs."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(md_escape(p) for p in paragraphs if p)


def format_date(value: date | None) -> str:
    """The English date the plan uses when the caller gives no ``dates`` ("26 November 2026")."""
    if value is None:
        return ""
    return f"{value.day} {value.strftime('%B %Y')}"


def format_when(value: datetime) -> str:
    return format_date(value.date())


@dataclass(frozen=True)
class _Dates:
    """The caller's date writer, blank-safe."""

    write: DateText = format_date

    def __call__(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        return self.write(value.date() if isinstance(value, datetime) else value)


def _dates_line(goal: PlanGoal, dates: _Dates) -> str:
    if goal.start_date and goal.target_date:
        return translate("PlanText", "{start} to {end}").format(
            start=dates(goal.start_date), end=dates(goal.target_date)
        )
    if goal.target_date:
        return translate("PlanText", "by {date}").format(date=dates(goal.target_date))
    if goal.start_date:
        return translate("PlanText", "from {date}").format(date=dates(goal.start_date))
    return translate("PlanText", "no dates set")


def _due_text(due: date | None, after_target: bool, dates: _Dates) -> str:
    text = dates(due)
    if after_target:
        text = translate("PlanText", "{date} (after target)").format(date=text)
    return text


@dataclass(frozen=True)
class _Words:
    """The plan's headings and labels, translated once per file."""

    title: str
    prepared: str
    no_goals: str
    small_victories: str
    why: str
    note: str
    milestones: str
    columns: tuple[str, str, str, str]
    who_does_what: str
    recent_checkins: str
    next_step: str

    @classmethod
    def now(cls) -> _Words:
        return cls(
            title=translate("PlanText", "Recovery plan: {name}"),
            prepared=translate("PlanText", "Prepared on {date}."),
            no_goals=translate("PlanText", "No goals were chosen for this plan."),
            small_victories=translate("PlanText", "Small victories"),
            why=translate("PlanText", "Why this matters"),
            note=translate("PlanText", "Note: {text}"),
            milestones=translate("PlanText", "Milestones"),
            columns=(
                translate("PlanText", "Done"),
                translate("PlanText", "Milestone"),
                translate("PlanText", "Who"),
                translate("PlanText", "Due"),
            ),
            who_does_what=translate("PlanText", "Who does what"),
            recent_checkins=translate("PlanText", "Recent check-ins"),
            next_step=translate("PlanText", "Next step:"),
        )


# -- Markdown ------------------------------------------------------------------------------


def plan_title(person_name: str) -> str:
    """ "Recovery plan: Sam", translated (the document's title and first heading)."""
    return translate("PlanText", "Recovery plan: {name}").format(name=person_name)


def plan_markdown(plan: RecoveryPlan, dates: DateText = format_date) -> str:
    when, w = _Dates(dates), _Words.now()
    lines = [
        f"# {md_format(w.title, name=plan.person_name)}",
        "",
        md_format(w.prepared, date=when(plan.prepared_on)),
        "",
    ]
    if not plan.goals:
        lines += [md_text(w.no_goals), ""]
    for goal in plan.goals:
        lines += _goal_markdown(goal, when, w)
    if plan.victories:
        lines += [f"## {md_text(w.small_victories)}", ""]
        lines += [f"- {md_text(when(v.occurred_at))}: {md_inline(v.text)}" for v in plan.victories]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _goal_markdown(goal: PlanGoal, when: _Dates, w: _Words) -> list[str]:
    lines = [
        f"## {md_inline(goal.title)}",
        "",
        f"**{md_inline(goal.life_area)}** · {md_inline(goal.status)} · "
        f"{md_text(_dates_line(goal, when))} · {md_text(goal.progress_text)}",
        "",
    ]
    if goal.vision:
        lines += [f"**{md_text(w.why)}**", ""]
        lines += ["> " + p for p in md_block(goal.vision).split("\n")]
        lines.append("")
    for warning in goal.warnings:
        lines += [f"*{md_format(w.note, text=warning)}*", ""]
    if goal.milestones:
        head = " | ".join(md_text(h) for h in w.columns)
        lines += [
            f"### {md_text(w.milestones)}",
            "",
            f"| {head} |",
            "|---|---|---|---|",
        ]
        for m in goal.milestones:
            done = f"✓ {md_text(when(m.done_at))}" if m.done_at else "☐"
            due = md_text(_due_text(m.due_date, m.due_after_target, when))
            lines.append(
                f"| {done} | {md_inline(m.title)} | {md_inline(m.owner) or '—'} | {due or '—'} |"
            )
        lines.append("")
    if goal.people:
        lines += [f"### {md_text(w.who_does_what)}", ""]
        lines += [f"- {_person_item(person, _MARKDOWN)}" for person in goal.people]
        lines.append("")
    if goal.checkins:
        lines += [f"### {md_text(w.recent_checkins)}", ""]
        lines += [f"- {_checkin_item(c, _MARKDOWN, when, w)}" for c in goal.checkins]
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


def plan_html(plan: RecoveryPlan, dates: DateText = format_date) -> str:
    when, w = _Dates(dates), _Words.now()
    title = plan_title(plan.person_name)
    prepared = w.prepared.format(date=when(plan.prepared_on))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(content_language())}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(prepared)}</p>',
    ]
    if not plan.goals:
        out.append(f"<p>{_e(w.no_goals)}</p>")
    for goal in plan.goals:
        out += _goal_html(goal, when, w)
    if plan.victories:
        out.append(f"<h2>{_e(w.small_victories)}</h2><ul>")
        out += [f"<li>{_e(when(v.occurred_at))}: {_e(v.text)}</li>" for v in plan.victories]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _goal_html(goal: PlanGoal, when: _Dates, w: _Words) -> list[str]:
    out = [
        f"<h2>{_e(goal.title)}</h2>",
        f'<p class="meta"><b>{_e(goal.life_area)}</b> · {_e(goal.status)} · '
        f"{_e(_dates_line(goal, when))} · {_e(goal.progress_text)}</p>",
    ]
    if goal.vision:
        out.append(f"<h3>{_e(w.why)}</h3><blockquote>{_paragraphs(goal.vision)}</blockquote>")
    out += [f'<p class="note">{_e(w.note.format(text=warning))}</p>' for warning in goal.warnings]
    if goal.milestones:
        out.append(f"<h3>{_e(w.milestones)}</h3><table>")
        out.append("<tr>" + "".join(f"<th>{_e(h)}</th>" for h in w.columns) + "</tr>")
        for m in goal.milestones:
            done = f"✓ {when(m.done_at)}" if m.done_at else "☐"
            due = _due_text(m.due_date, m.due_after_target, when)
            out.append(
                f"<tr><td>{_e(done)}</td><td>{_e(m.title)}</td>"
                f"<td>{_e(m.owner) or '—'}</td><td>{_e(due) or '—'}</td></tr>"
            )
        out.append("</table>")
    if goal.people:
        out.append(f"<h3>{_e(w.who_does_what)}</h3><ul>")
        out += [f"<li>{_person_item(person, _HTML)}</li>" for person in goal.people]
        out.append("</ul>")
    if goal.checkins:
        out.append(f"<h3>{_e(w.recent_checkins)}</h3><ul>")
        out += [f"<li>{_checkin_item(c, _HTML, when, w)}</li>" for c in goal.checkins]
        out.append("</ul>")
    return out


@dataclass(frozen=True)
class _Markup:
    """How one text format escapes, stresses and separates (Markdown or HTML)."""

    escape: Callable[[str], str]  # the user's text
    text: Callable[[str], str]  # our own words
    bold: str  # a format string with one {} for the text
    italic: str
    # Markdown keeps a check-in in one paragraph (Qt's Markdown reader turns line breaks inside
    # a list item into new bullets); HTML breaks lines.
    before_what: str
    before_next: str


_MARKDOWN = _Markup(md_inline, md_text, "**{}**", "*{}*", " — ", " ")
_HTML = _Markup(_e, _e, "<b>{}</b>", "<i>{}</i>", "<br>", "<br>")


def _person_item(person: PlanPerson, m: _Markup) -> str:
    text = m.bold.format(m.escape(person.name))
    if person.role:
        text += f" ({m.escape(person.role)})"
    if person.contact:
        text += f", {m.escape(person.contact)}"
    return text


def _checkin_item(c: PlanCheckin, m: _Markup, when: _Dates, w: _Words) -> str:
    text = m.bold.format(m.escape(when(c.occurred_at)))
    if c.who:
        text += f", {m.escape(c.who)}"
    if c.summary:
        text += f": {m.escape(c.summary)}"
    if c.what_happened:
        text += f"{m.before_what}{m.escape(c.what_happened)}"
    if c.next_step:
        owner = f" ({m.escape(c.next_step_owner)})" if c.next_step_owner else ""
        label = m.italic.format(m.text(w.next_step))
        text += f"{m.before_next}{label} {m.escape(c.next_step)}{owner}"
    return text


TEXT_FORMATS = ("markdown", "html")


def write_plan_text(
    plan: RecoveryPlan, fmt: str, path: Path, dates: DateText = format_date
) -> None:
    """Write the plan as Markdown or HTML: owner-only file, all or nothing."""
    if fmt == "markdown":
        text = plan_markdown(plan, dates)
    elif fmt == "html":
        text = plan_html(plan, dates)
    else:
        raise ValueError(f"Unknown plan format {fmt!r}.")
    write_private_file_atomically(path, text.encode("utf-8"))
