"""``peerdesk policy show``, ``peerdesk audit`` and ``peerdesk export notes``.

No Qt at import time: only ``export notes --format pdf`` loads it, when it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from peerdesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    PENDING_AUDIT,
    CliError,
    add_vault_command,
    current_policy,
    unlocked_session,
)
from peerdesk.i18n import translate
from peerdesk.services.policy import SETTING_NAMES

FORMATS = ("pdf", "csv")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    policy = sub.add_parser("policy", help="the organisation's policy on this computer")
    psub = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    show = psub.add_parser("show", help="print the effective policy and where each value came from")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_policy_show)

    audit = add_vault_command(
        sub, "audit", "show, export (CSV) or verify the vault's audit trail", cmd_audit
    )
    audit.add_argument("--csv", type=Path, metavar="FILE", help="write the trail to a new CSV file")
    audit.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain (exit 1 naming the first broken row)",
    )
    audit.add_argument("--limit", type=int, default=50, metavar="N", help="rows to print (newest)")


def register_export(export_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_vault_command(
        export_sub,
        "notes",
        "session notes as PDF or CSV (one row a note), with the organisation's notice",
        cmd_export_notes,
    )
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--out", type=Path, required=True, metavar="FILE")
    parser.add_argument("--person", metavar="NAME", help="only this person's notes")
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    parser.add_argument("--until", type=_date, metavar="YYYY-MM-DD")


# -- policy show ------------------------------------------------------------------------------


def _show_value(name: str, value: object) -> str:
    if value is None:
        if name == "areas":
            return translate("Policy", "(not managed: personal areas; agency areas if enabled)")
        if name == "vault_locations":
            return translate("Policy", "(anywhere)")
        return translate("Policy", "(no limit)")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cmd_policy_show(args: argparse.Namespace) -> int:
    policy = current_policy()
    if args.json:
        print(json.dumps(policy.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if policy.problems:
        print(translate("Policy", "The policy could not be read; the strictest reading applies:"))
        for problem in policy.problems:
            print(f"  {problem}")
    elif policy.files_read:
        print(
            translate("Policy", "Policy read from: {where}").format(
                where=", ".join(policy.files_read)
            )
        )
    else:
        print(translate("Policy", "No organisation policy on this computer (built-in defaults)."))
    width = max(len(n) for n in SETTING_NAMES)
    for name in SETTING_NAMES:
        value = _show_value(name, getattr(policy, name))
        print(f"{name:<{width}}  {value}    [{policy.source(name).describe()}]")
    return EXIT_OK


# -- audit ------------------------------------------------------------------------------------


def cmd_audit(args: argparse.Namespace) -> int:
    out: Path | None = args.csv.expanduser() if args.csv else None
    if out is not None and out.exists():
        raise CliError(translate("Cli", "the file already exists; choose another name"), out)
    with unlocked_session(args) as services:
        check = services.audit.verify() if args.verify else None
        if out is not None:
            services.policy.check_plaintext_export("audit")
            count = services.audit.write_csv(out)
            print(
                translate("Cli", "Wrote {count} audit rows to {out}").format(count=count, out=out)
            )
        elif not args.verify:
            for row in reversed(services.audit.rows(limit=max(1, args.limit), newest_first=True)):
                print(f"{row.seq:>6}  {row.at}  {row.os_user}  {row.kind:<18} {row.details_text}")
    if check is not None:
        if not check.ok:
            print(f"peerdesk: {check.describe()}", file=sys.stderr)
            return EXIT_ERROR
        print(check.describe())
    return EXIT_OK


# -- export notes -----------------------------------------------------------------------------


def cmd_export_notes(args: argparse.Namespace) -> int:
    from peerdesk.services.export_files import ExportFileError
    from peerdesk.services.notes import NoteFilter
    from peerdesk.services.notes.export import gather_notes, write_notes_csv

    out: Path = args.out.expanduser()
    if out.exists():
        raise CliError(translate("Cli", "the file already exists; choose another name"), out)
    if not out.parent.is_dir():
        raise CliError(translate("Cli", "the folder for the output file does not exist"), out)
    with unlocked_session(args) as services:
        person_id = None
        if args.person:
            person = services.people.find_by_name(args.person)
            if person is None:
                raise CliError(
                    translate("Cli", "nobody called {name!r} is in this vault").format(
                        name=args.person
                    )
                )
            person_id = person.id
        export = gather_notes(
            services.notes, services.policy, NoteFilter(person_id, args.since, args.until)
        )
        pending = PENDING_AUDIT.get()
        if pending is not None:
            pending.update(person_id=person_id, count=len(export.notes))
        try:
            if args.format == "csv":
                write_notes_csv(export, out)
            else:
                _write_pdf(export.markdown(), out)
        except ExportFileError as exc:
            PENDING_AUDIT.set(None)
            raise CliError(exc.message, exc.path) from exc
    print(
        translate("Cli", "Exported {n} session notes to {out} (readable by you only).").format(
            n=len(export.notes), out=out
        )
    )
    return EXIT_OK


def _write_pdf(markdown: str, out: Path) -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from peerdesk.gui.notes.pdf import write_notes_pdf

    write_notes_pdf(markdown, out, title="Session notes")
