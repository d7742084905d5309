"""``peerdesk vault init|check|passwd|recover|backup|restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerdesk.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    PENDING_AUDIT,
    CliError,
    add_vault_command,
    current_policy,
    open_vault,
    read_secret,
    unlocked_session,
    vault_dir,
)
from peerdesk.services.backup import restore_backup
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.vault import Vault


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vault = sub.add_parser("vault", help="create, check, back up and restore a vault")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    init = add_vault_command(
        vsub, "init", "create a new vault (prints the recovery code)", cmd_init
    )
    init.add_argument(
        "--sample-data", action="store_true", help="fill it with demo data, for training"
    )
    add_vault_command(vsub, "check", "cipher, integrity and foreign-key checks", cmd_check)
    passwd = add_vault_command(vsub, "passwd", "change the passphrase", cmd_passwd)
    passwd.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    recover = add_vault_command(
        vsub,
        "recover",
        "set a new passphrase with the recovery code",
        cmd_recover,
        passphrase_file=False,
    )
    recover.add_argument("--recovery-code-file", metavar="FILE", help="read the code from FILE")
    recover.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    backup = add_vault_command(vsub, "backup", "write an encrypted backup file", cmd_backup)
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    add_vault_command(
        vsub,
        "rotate-key",
        "re-encrypt the vault with a new random key (prints a new recovery code)",
        cmd_rotate_key,
    )
    add_vault_command(
        vsub,
        "new-recovery-code",
        "replace the recovery code (the old one stops working)",
        cmd_new_recovery_code,
    )
    restore = add_vault_command(
        vsub, "restore", "replace the vault's data with a backup (checked first)", cmd_restore
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the .pdbackup file")


def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_dir(args)
    policy = current_policy()
    policy.check_vault_location(folder)
    passphrase = read_secret(args, "New passphrase: ", confirm=True)
    policy.check_passphrase(passphrase)
    vault, code = Vault.create(folder, passphrase)
    try:
        services = start_session(vault, policy=policy)
        try:
            if args.sample_data:
                from peerdesk.services.sample_data import fill_sample_data

                fill_sample_data(services)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()
    print(f"Created a PeerDesk vault in {folder}")
    print()
    print("Your recovery code (write it down and keep it somewhere safe; it is shown only once):")
    print()
    print(f"    {code}")
    print()
    print("With it you can set a new passphrase if you forget yours.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked_session(args) as services:
        problems = services.vault.database.integrity_problems()
    folder = vault_dir(args)
    if problems:
        for line in problems:
            print(f"peerdesk: {folder / 'peerdesk.db'}: {line}", file=sys.stderr)
        return EXIT_ERROR
    print(f"{folder}: ok (cipher, integrity and foreign keys)")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    policy = current_policy()
    vault = open_vault(args, policy)
    try:
        current = read_secret(args, "Current passphrase: ")
        new = read_secret(args, "New passphrase: ", confirm=True, file_option="new_passphrase_file")
        policy.check_passphrase(new)
        vault.unlock_with_passphrase(current)  # the change is recorded in the audit trail
        services = start_session(vault, policy=policy)
        try:
            services.security.change_passphrase(current, new)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()
    print("Passphrase changed.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    policy = current_policy()
    vault = open_vault(args, policy)
    try:
        code = read_secret(args, "Recovery code: ", file_option="recovery_code_file")
        new = read_secret(args, "New passphrase: ", confirm=True, file_option="new_passphrase_file")
        policy.check_passphrase(new)
        vault.unlock_with_recovery_code(code)  # audited: recovery-code use, then the change
        services = start_session(vault, policy=policy)
        try:
            services.security.reset_passphrase(code, new)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()
    print("A new passphrase is set. Your recovery code still works.")
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    policy = current_policy()
    vault = open_vault(args, policy)
    try:
        passphrase = read_secret(args, "Passphrase: ")
        vault.unlock_with_passphrase(passphrase)
        was_remembered = vault.remembered_on_this_computer
        services = start_session(vault, policy=policy)  # brings the schema up to date first
        try:
            code = services.security.rotate_data_key(passphrase)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()
    print("The vault is now encrypted with a new key. Your passphrase is unchanged.")
    print("The old recovery code no longer works. Your new recovery code (shown only once):")
    print()
    print(f"    {code}")
    print()
    if was_remembered:
        print("This computer no longer remembers the vault; turn it on again in Settings.")
    return EXIT_OK


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    with unlocked_session(args) as services:
        code = services.security.renew_recovery_code()
    print("Your new recovery code (shown only once; the old one no longer works):")
    print()
    print(f"    {code}")
    print()
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    out: Path = args.out.expanduser()
    if out.exists():
        raise CliError("the file already exists; choose another name", out)
    PENDING_AUDIT.set(
        {"kind": "export", "what": "backup", "format": "pdbackup", "file_name": out.name}
    )
    with unlocked_session(args) as services:
        services.backups.backup_to(out)
    print(f"Encrypted backup written to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    backup_file: Path = args.file.expanduser()
    if not backup_file.is_file():
        raise CliError("the backup file does not exist", backup_file)
    policy = current_policy()
    vault = open_vault(args, policy)
    try:
        secret = read_secret(args, "Passphrase of the backup: ")
        replaced = restore_backup(vault, backup_file, secret)
        # The restored vault's own audit trail records the restore (the replaced files,
        # kept in backups/, hold the trail up to now).
        vault.unlock_with_passphrase(secret)
        services = start_session(vault, policy=policy)
        try:
            services.audit.record("restore", what="backup", file_name=backup_file.name)
        finally:
            end_session(services, reason="command_end")
    finally:
        vault.close()
    print(f"Restored. The replaced files are kept in {replaced}")
    return EXIT_OK
