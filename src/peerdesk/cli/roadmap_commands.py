"""``peerdesk export roadmap``: the printable recovery plan for one person.

Markdown and HTML are written without Qt; PDF imports Qt lazily (offscreen when there is
no display), so the rest of the CLI still starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from peerdesk.cli.common import EXIT_OK, CliError, add_vault_command, unlocked_session
from peerdesk.vault.errors import VaultError

FORMATS = ("pdf", "html", "markdown")


def register_export(export_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_vault_command(
        export_sub,
        "roadmap",
        "a printable recovery plan for one person (PDF, HTML or Markdown)",
        cmd_export_roadmap,
    )
    parser.description = (
        "Write one person's recovery plan: their goals, milestones with owners and dates, "
        "who does what and recent check-ins. By default the goals still being worked on; "
        "contact details and victories only when asked for."
    )
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.add_argument("--person", metavar="NAME", help="whose plan (default: the vault's owner)")
    parser.add_argument(
        "--goal",
        action="append",
        metavar="TITLE",
        help="put only this goal in (repeat for more; default: proposed, in progress, paused)",
    )
    parser.add_argument(
        "--checkins", type=int, default=3, metavar="N", help="recent check-ins per goal (0: none)"
    )
    parser.add_argument("--contacts", action="store_true", help="include people's contact details")
    parser.add_argument("--victories", action="store_true", help="include the victories list")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _selection(args: argparse.Namespace, services: Any) -> Any:
    from peerdesk.services.roadmap import GoalFilter
    from peerdesk.services.roadmap.plan import PlanSelection

    if args.person:
        person = services.people.find_by_name(args.person)
        if person is None:
            raise CliError(f"nobody called {args.person!r} is in the circle")
    else:
        person = services.people.owner()
        if person is None:
            raise CliError("the vault has no owner yet; name the person with --person NAME")
    goal_ids: tuple[str, ...] | None = None
    if args.goal:
        ids = services.roadmap.roadmap_goal_ids(GoalFilter(person_id=person.id))
        rows = services.roadmap.goal_rows(ids)
        by_title = {rows[i].title.casefold(): i for i in ids if i in rows}
        chosen: list[str] = []
        for title in args.goal:
            key = " ".join(title.split()).casefold()
            if key not in by_title:
                raise CliError(f"{person.name} has no goal called {title!r}")
            chosen.append(by_title[key])
        goal_ids = tuple(chosen)
    if args.checkins < 0:
        raise CliError("--checkins must be 0 or more")
    return PlanSelection(
        person_id=person.id,
        goal_ids=goal_ids,
        include_contacts=args.contacts,
        checkins_per_goal=args.checkins,
        include_victories=args.victories,
    )


def _write_pdf(plan: Any, out: Path) -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from peerdesk.gui.roadmap.pdf import write_plan_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["peerdesk"])
    write_plan_pdf(plan, out)


def cmd_export_roadmap(args: argparse.Namespace) -> int:
    from peerdesk.services.roadmap import RoadmapError
    from peerdesk.services.roadmap.formats.plan_text import write_plan_text
    from peerdesk.services.roadmap.plan import build_plan

    out: Path = args.out.expanduser()
    if out.exists() and not args.force:
        raise CliError("the file already exists; choose another name or add --force", out)
    if not out.parent.is_dir():
        raise CliError("the folder for the output file does not exist", out)
    with unlocked_session(args) as services:
        try:
            plan = build_plan(services.roadmap, services.people, _selection(args, services))
        except (RoadmapError, LookupError) as exc:
            raise CliError(str(exc)) from exc
        try:
            if args.format == "pdf":
                _write_pdf(plan, out)
            else:
                write_plan_text(plan, args.format, out)
        except VaultError as exc:
            raise CliError(str(exc), out) from exc
    print(f"{plan.describe()}. Written to {out}")
    return EXIT_OK
