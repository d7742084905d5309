"""``peerdesk contacts``: this vault's exchange identity and the contacts it has pinned.

Registered in ``COMMAND_MODULES`` in cli/main.py. Listing makes
the vault's identity if it has none (a person needs their own fingerprint words to read out
to the other person before a first exchange).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from peerdesk.cli.common import EXIT_OK, CliError, add_vault_command, unlocked_session
from peerdesk.services.exchange.contacts import Contact, ContactNotFound


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_vault_command(
        sub,
        "contacts",
        "this vault's fingerprint words and the vaults it exchanges files with",
        cmd_contacts,
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument("--rename", nargs=2, metavar=("ID", "NAME"), help="rename a contact")
    parser.add_argument("--forget", metavar="ID", help="forget a contact (and its keys)")


def _contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.name,
        "claimed_name": contact.claimed_name,
        "fingerprint": contact.fingerprint,
        "first_exchange_at": contact.first_exchange_at.isoformat() + "Z",
        "last_exchange_at": contact.last_exchange_at.isoformat() + "Z",
    }


def cmd_contacts(args: argparse.Namespace) -> int:
    with unlocked_session(args) as services:
        contacts = services.contacts
        try:
            if args.rename:
                contacts.rename(args.rename[0], args.rename[1])
            if args.forget:
                contacts.forget(contacts.get(args.forget).id)
        except ContactNotFound as exc:
            raise CliError("no contact has that id; see 'peerdesk contacts'") from exc
        own = contacts.own_identity()
        listed = contacts.list_contacts()
        if args.json:
            document = {
                "self": {"name": own.display_name, "fingerprint": own.fingerprint},
                "contacts": [_contact_json(c) for c in listed],
            }
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
        print(f"This vault: {own.display_name or '(no name)'} — {own.fingerprint}")
        if not listed:
            print("No contacts yet.")
        for contact in listed:
            last = contact.last_exchange_at.strftime("%Y-%m-%d %H:%M")
            print(f"{contact.id}  {contact.name}  {contact.fingerprint}  last exchange {last} UTC")
    return EXIT_OK
