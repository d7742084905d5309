"""``peerdesk export library``, ``peerdesk import --from library`` and ``peerdesk library``.

Import prints counts only (no card text: stdout is not an export). PDF needs Qt, which is
imported only when a PDF is asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peerdesk.cli.common import (
    EXIT_OK,
    CliError,
    add_vault_command,
    unlocked_session,
)
from peerdesk.services.library import StarterInstaller
from peerdesk.services.library.formats.export import (
    ExportOptions,
    describe_contents,
    gather_export,
)
from peerdesk.services.library.formats.importing import Match, apply_import, preview_import
from peerdesk.services.library.formats.json_file import (
    LibraryFileError,
    read_library_file,
    write_json,
)
from peerdesk.services.library.formats.markdown_file import library_markdown
from peerdesk.vault.errors import VaultError
from peerdesk.vault.files import write_private_file_atomically

FORMATS = ("json", "markdown", "pdf")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    library = sub.add_parser("library", help="coping-strategy library tasks")
    lsub = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    restore = add_vault_command(
        lsub,
        "restore-starter",
        "bring back deleted cards of the starter library",
        cmd_restore_starter,
    )
    restore.add_argument(
        "--reset-edited", action="store_true", help="also undo your edits to starter cards"
    )


def register_export(export_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_vault_command(
        export_sub,
        "library",
        "strategy cards as JSON (to share), Markdown or a PDF booklet",
        cmd_export,
    )
    parser.add_argument("--format", choices=FORMATS, default="json")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    parser.add_argument(
        "--card", action="append", metavar="ID", help="export only this card (repeatable)"
    )
    parser.add_argument(
        "--include-personal",
        action="store_true",
        help="also write your use log, effectiveness, favourites and crisis plan",
    )
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def cmd_export(args: argparse.Namespace) -> int:
    out: Path = args.out.expanduser()
    if out.exists() and not args.force:
        raise CliError("the file already exists; choose another name or add --force", out)
    if not out.parent.is_dir():
        raise CliError("the folder does not exist", out.parent)
    options = ExportOptions(strategy_ids=args.card, include_personal=args.include_personal)
    with unlocked_session(args) as services:
        export = gather_export(services.library, services.crisis_plan, options)
        if args.card and len(export.cards) != len(set(args.card)):
            raise CliError("some --card ids are not in this library; nothing was written")
        try:
            if args.format == "json":
                write_json(export, out)
            elif args.format == "markdown":
                write_private_file_atomically(out, library_markdown(export).encode("utf-8"))
            else:
                from peerdesk.gui.common.pdf import ensure_gui_application
                from peerdesk.gui.library.pdf import write_booklet_pdf

                ensure_gui_application()
                write_booklet_pdf(export, out)
        except OSError as exc:
            raise CliError(f"cannot write the file ({exc.strerror or exc})", out) from exc
    print(f"Wrote {out}:")
    for line in describe_contents(export):
        print(f"  {line}")
    return EXIT_OK


def import_library(args: argparse.Namespace, services: Any, path: Path) -> int:
    try:
        parsed = read_library_file(path)
    except LibraryFileError as exc:
        raise CliError(f"{exc}; nothing was imported", path) from exc
    preview = preview_import(services.library, parsed)
    try:
        result = apply_import(services.library, services.crisis_plan, preview, path.name)
    except (ValueError, VaultError) as exc:
        raise CliError(f"{exc}; nothing was imported", path) from exc
    print(
        f"Imported {path.name}: {preview.count(Match.NEW)} new, "
        f"{preview.count(Match.EXISTING)} already in your library, "
        f"{preview.count(Match.CHANGED)} different from yours."
    )
    print(f"  {result.summary()}.")
    if preview.count(Match.CHANGED):
        print(
            "  Cards that differ from yours were left as they are; import the file in the "
            "app to compare them side by side and choose."
        )
    return EXIT_OK


IMPORT_FORMATS = {"library": import_library}


def cmd_restore_starter(args: argparse.Namespace) -> int:
    with unlocked_session(args) as services:
        count = StarterInstaller(services.library, services.settings).restore(
            reset_edited=args.reset_edited
        )
    print(f"Starter library restored: {count} cards brought back or reset.")
    return EXIT_OK
