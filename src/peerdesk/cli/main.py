"""Entry point of ``peerdesk``: the app by default, or a command.

Only the GUI path imports Qt, and only when it is taken.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peerdesk import __version__
from peerdesk.cli import (
    agency_commands,
    capture_commands,
    contacts_commands,
    exchange_commands,
    journal_commands,
    library_commands,
    roadmap_commands,
    self_test,
    vault_commands,
)
from peerdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    PENDING_AUDIT,
    CliError,
    add_passphrase_file_option,
    current_policy,
    report,
)
from peerdesk.vault.errors import VaultError

# Each module adds its commands with register(sub); area modules may also offer
# register_export(export_sub) and IMPORT_FORMATS = {name: handler}.
COMMAND_MODULES: tuple[object, ...] = (
    vault_commands,
    self_test,
    journal_commands,
    capture_commands,
    library_commands,
    roadmap_commands,
    agency_commands,
    exchange_commands,
    contacts_commands,
)


def _audited(kind: str, what: str | None, handler: Any) -> Any:
    """Wrap an export or import handler: the policy first, the audit row, the notice."""

    def run(args: argparse.Namespace) -> int:
        policy = current_policy()
        fmt = str(getattr(args, "format", None) or getattr(args, "import_format", "") or "")
        target = getattr(args, "out", None) or getattr(args, "file", None)
        if kind == "export":
            policy.check_plaintext_export(what or "")
        PENDING_AUDIT.set(
            {
                "kind": kind,
                "what": what,
                "format": fmt,
                "file_name": target.name if target is not None else None,
            }
        )
        try:
            code = int(handler(args))
        finally:
            PENDING_AUDIT.set(None)
        if kind == "export" and code == 0 and policy.export_notice:
            print(policy.export_notice)
        return code

    return run


def _guard_exports_and_imports(sub: Any, export_sub: Any) -> None:
    for name, parser in export_sub.choices.items():
        handler = parser.get_default("handler")
        if handler is not None:
            parser.set_defaults(handler=_audited("export", name, handler))
    importer = sub.choices.get("import")
    if importer is not None and importer.get_default("handler") is not None:
        importer.set_defaults(handler=_audited("import", None, importer.get_default("handler")))


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
    _guard_exports_and_imports(sub, export_sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import default_vault_dir

    if args.qt_probe:
        from peerdesk.gui.shell.probe import qt_probe

        return int(qt_probe())
    if args.vault and not args.demo:
        # The vault picker (GUI) checks each folder it opens; this covers --vault DIR.
        current_policy().check_vault_location(Path(args.vault).expanduser())
    from peerdesk.launch import run_app

    return int(
        run_app(
            # No --vault: the vault picker (it opens the one vault there is without asking).
            vault_folder=Path(args.vault).expanduser() if args.vault and not args.demo else None,
            default_folder=default_vault_dir(),
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
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        # --help and --version print, then exit: flush here, where a closed pipe is quiet.
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
        raise
    args.open_file = open_file
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args)
        code = int(handler(args))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except (CliError, VaultError) as exc:
        return report(exc)
    except KeyboardInterrupt:
        print("peerdesk: interrupted; nothing more was changed", file=sys.stderr)
        return 130


def _quiet_broken_pipe() -> int:
    """The reader went away (``peerdesk search … | head -n 1``): end without a traceback.

    Python would flush stdout again at exit and fail once more; point it at /dev/null.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_OK


def gui_main() -> int:
    return main()
