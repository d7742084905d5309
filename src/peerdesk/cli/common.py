"""Shared pieces of the CLI: vault location, reading secrets, unlocking, reporting errors."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TextIO

from peerdesk import APP_NAME
from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.vault.errors import VaultError
from peerdesk.vault.vault import Vault

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """An error to report as one line on stderr (naming the file), then exit non-zero."""

    def __init__(self, message: str, path: Path | None = None, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.path = path
        self.code = code


def default_vault_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def vault_dir(args: argparse.Namespace) -> Path:
    value = getattr(args, "vault", None)
    return Path(value).expanduser() if value else default_vault_dir()


def add_passphrase_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from FILE ('-' for standard input) instead of prompting",
    )


def add_vault_command(
    sub: Any, name: str, help_text: str, handler: Any, *, passphrase_file: bool = True
) -> argparse.ArgumentParser:
    """A subcommand with ``--vault DIR`` (and ``--passphrase-file``) that runs ``handler``."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    if passphrase_file:
        add_passphrase_file_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def _read_lines(source: str, stdin: TextIO) -> list[str]:
    if source == "-":
        text = stdin.read()
    else:
        path = Path(source).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise CliError("the passphrase file does not exist", path) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read the passphrase file ({exc})", path) from exc
    return text.splitlines()


def read_secret(
    args: argparse.Namespace,
    prompt: str,
    *,
    line: int = 0,
    confirm: bool = False,
    file_option: str = "passphrase_file",
) -> str:
    """A secret from ``--passphrase-file`` (one per line) or an echo-free prompt."""
    source = getattr(args, file_option, None)
    if source:
        lines = _read_lines(source, sys.stdin)
        if len(lines) <= line or not lines[line]:
            raise CliError(
                "the passphrase file has no passphrase on the expected line", Path(source)
            )
        return lines[line]
    if not sys.stdin.isatty():
        raise CliError(
            "no terminal to ask for the passphrase; use --passphrase-file FILE (or - for stdin)",
            code=EXIT_USAGE,
        )
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != secret:
        raise CliError("the two passphrases are not the same; nothing was changed")
    if not secret:
        raise CliError("an empty passphrase is not allowed")
    return secret


# An audit event the running command adds when its session ends well (export, import, ...).
PENDING_AUDIT: ContextVar[dict[str, Any] | None] = ContextVar("pending_audit", default=None)
_warned: set[str] = set()


def current_policy() -> Policy:
    """The organisation's policy from its fixed system-wide place (no flag or variable moves
    it). A malformed policy is reported once on stderr, naming file and line; the strictest
    reading then applies."""
    policy = load_policy()
    for problem in policy.problems:
        line = f"peerdesk: {problem} (the strictest policy applies until it is fixed)"
        if line not in _warned:
            _warned.add(line)
            print(line, file=sys.stderr)
    return policy


def open_vault(args: argparse.Namespace, policy: Policy | None = None) -> Vault:
    """``Vault.open`` on ``--vault``, refused outside the folders the policy allows."""
    folder = vault_dir(args)
    (policy or current_policy()).check_vault_location(folder)
    return Vault.open(folder)


@contextmanager
def unlocked_session(args: argparse.Namespace) -> Iterator[Services]:
    """Open, unlock and start a session on ``--vault``; lock and release on the way out."""
    policy = current_policy()
    vault = open_vault(args, policy)
    try:
        if (
            policy.allows_remember()
            and vault.remembered_on_this_computer
            and not getattr(args, "passphrase_file", None)
        ):
            try:
                vault.unlock_with_keyring()
            except VaultError:
                vault.unlock_with_passphrase(read_secret(args, "Passphrase: "))
        else:
            vault.unlock_with_passphrase(read_secret(args, "Passphrase: "))
        services = start_session(vault, policy=policy)
        try:
            yield services
            pending = PENDING_AUDIT.get()
            if pending is not None:
                details = dict(pending)
                services.audit.record(details.pop("kind"), **details)
                PENDING_AUDIT.set(None)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()


def report(error: CliError | VaultError, stream: TextIO | None = None) -> int:
    stream = stream or sys.stderr
    path = error.path
    where = f"{path}: " if path is not None else ""
    message = str(error)
    print(f"peerdesk: {where}{message}", file=stream)
    return error.code if isinstance(error, CliError) else EXIT_ERROR
