"""Entry point of ``peerdesk``: the app by default, or a command.

Only the GUI path imports Qt, and only when it is taken.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peerdesk import __version__
from peerdesk.cli import (
    contacts_commands,
    exchange_commands,
    journal_commands,
    library_commands,
    roadmap_commands,
    self_test,
    vault_commands,
)
from peerdesk.cli.common import EXIT_USAGE, CliError, add_passphrase_file_option, report
from peerdesk.vault.errors import VaultError

# Each module adds its commands with register(sub); area modules may also offer
# register_export(export_sub) and IMPORT_FORMATS = {name: handler}.
COMMAND_MODULES: tuple[object, ...] = (
    vault_commands,
    self_test,
    journal_commands,
    library_commands,
    roadmap_commands,
    exchange_commands,
    contacts_commands,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="peerdesk",
        description="PeerDesk: a private, offline workspace for peer support in recovery.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help="the vault folder (default: your data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo vault (deleted at exit)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="unlock, build the window, show every area once, print timings as JSON, exit",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start locked in the tray, where the desktop has one (used by start at login)",
    )
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    add_passphrase_file_option(parser)
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser("export", help="export journal, roadmap or library to a file")
    export_sub = export.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    import_formats: dict[str, object] = {}
    for module in COMMAND_MODULES:
        getattr(module, "register", lambda _s: None)(sub)
        getattr(module, "register_export", lambda _s: None)(export_sub)
        import_formats.update(getattr(module, "IMPORT_FORMATS", {}))
    if import_formats:
        from peerdesk.cli.import_command import register_import

        register_import(sub, import_formats)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import vault_dir

    if args.qt_probe:
        from peerdesk.gui.shell.probe import qt_probe

        return int(qt_probe())
    from peerdesk.app import run_app

    return int(
        run_app(
            vault_folder=None if args.demo else vault_dir(args),
            demo=args.demo,
            smoke=args.smoke,
            passphrase_file=args.passphrase_file,
            minimized=args.minimized,
            open_file=getattr(args, "open_file", None),
        )
    )


BUNDLE_SUFFIX = ".peerdesk"


def _take_bundle_argument(
    parser: argparse.ArgumentParser, argv: Sequence[str]
) -> tuple[list[str], Path | None]:
    """``peerdesk [--vault DIR] FILE.peerdesk`` opens the app on that file's preview (how
    the file manager starts it). Only without a subcommand: ``receive FILE`` stays as is."""
    commands: set[str] = set()
    for action in parser._actions:  # argparse keeps subcommands here
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    items = list(argv)
    if any(item in commands for item in items):
        return items, None
    for index, item in enumerate(items):
        if item.lower().endswith(BUNDLE_SUFFIX) and not item.startswith("-"):
            return items[:index] + items[index + 1 :], Path(item).expanduser()
    return items, None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv, open_file = _take_bundle_argument(parser, sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    args.open_file = open_file
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args)
        return int(handler(args))
    except (CliError, VaultError) as exc:
        return report(exc)
    except KeyboardInterrupt:
        print("peerdesk: interrupted; nothing more was changed", file=sys.stderr)
        return 130


def gui_main() -> int:
    return main()
