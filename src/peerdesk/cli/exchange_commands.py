"""``peerdesk share`` and ``peerdesk receive``: exchange bundles (``peerdesk contacts`` is in
contacts_commands.py).

share   writes one scope (a person's roadmap, strategy cards, a progress summary) into a
        sealed ``.peerdesk`` file: to a pinned contact (``--to``) or to a share passphrase
        agreed in person (``--share-passphrase-file``). The file is created 0600 and never
        replaces an existing one.
receive checks and opens a file, previews it (``--dry-run``; ``--json`` for scripts) and
        merges it in one transaction. Exit 0: merged or previewed; 1: refused (one line on
        stderr, nothing changed); 2: usage.

Scripted receives decide what a dialog would ask:

- an unknown sender is read in only with ``--trust-new-sender`` (after comparing the
  fingerprint words printed by ``--dry-run``); the sender is then pinned;
- conflicts need ``--on-conflict keep-mine|take-theirs``, otherwise nothing is merged;
- people in the file are matched by name (or by an earlier exchange), else created.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Literal

from peerdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_vault_command,
    read_secret,
    unlocked_session,
)
from peerdesk.i18n import translate

MAX_BUNDLE = 512 * 1024 * 1024


def _t(text: str) -> str:
    return translate("Exchange", text)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    share = add_vault_command(
        sub, "share", "write a roadmap, strategy cards or a summary for another vault", cmd_share
    )
    share.add_argument("--what", choices=("roadmap", "library", "summary"), required=True)
    share.add_argument("--person", metavar="NAME", help="whose roadmap (default: the owner)")
    share.add_argument(
        "--cards",
        nargs="+",
        metavar="all|favourites|TITLE",
        help="which cards: all, favourites, or one or more titles (default: all)",
    )
    share.add_argument(
        "--include-personal",
        action="store_true",
        help="include contact details (roadmap) and your use log (cards)",
    )
    target = share.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="CONTACT", help="a pinned contact (name or id)")
    target.add_argument(
        "--share-passphrase-file",
        metavar="FILE",
        help="encrypt to the share passphrase in FILE (first line; '-' for standard input)",
    )
    share.add_argument("--expires", metavar="DATE", help="refuse the file after DATE (YYYY-MM-DD)")
    share.add_argument("--out", type=Path, required=True, metavar="FILE")

    receive = add_vault_command(
        sub, "receive", "preview and merge a .peerdesk file from another vault", cmd_receive
    )
    receive.add_argument("file", type=Path, metavar="FILE")
    receive.add_argument(
        "--share-passphrase-file", metavar="FILE", help="the share passphrase (first line)"
    )
    receive.add_argument("--dry-run", action="store_true", help="preview only; change nothing")
    receive.add_argument("--json", action="store_true", help="print the preview/result as JSON")
    receive.add_argument(
        "--on-conflict",
        choices=("keep-mine", "take-theirs"),
        help="how to settle fields both sides changed (required when there are conflicts)",
    )
    receive.add_argument(
        "--trust-new-sender",
        action="store_true",
        help="read in a file from a sender not pinned yet, and pin them "
        "(compare the fingerprint words from --dry-run first)",
    )


# -- share --------------------------------------------------------------------------------


def _expires(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise CliError(_t("--expires needs a date like 2026-12-31"), code=EXIT_USAGE) from exc
    if day < date.today():
        raise CliError(_t("--expires is in the past"), code=EXIT_USAGE)
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def _write_new_private(path: Path, data: bytes) -> None:
    """Create *path* 0600 and write *data*; an existing file is never replaced."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise CliError(_t("the file already exists; choose another name"), path) from exc
    except OSError as exc:
        raise CliError(_t("cannot create the file") + f" ({exc.strerror})", path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise CliError(_t("cannot write the file") + f" ({exc.strerror})", path) from exc


def _request(args: argparse.Namespace, services: Any) -> Any:
    from peerdesk.services.exchange.service import ShareRequest

    person_id = None
    if args.person:
        person = services.people.find_by_name(args.person)
        if person is None:
            raise CliError(_t("nobody with that name is in the circle"))
        person_id = person.id
    cards = args.cards or ["all"]
    if cards in (["all"], ["favourites"]):
        return ShareRequest(args.what, person_id, cards[0], (), args.include_personal)
    return ShareRequest(args.what, person_id, "titles", tuple(cards), args.include_personal)


def cmd_share(args: argparse.Namespace) -> int:
    from peerdesk.services.exchange.errors import BundleError
    from peerdesk.services.exchange.service import ExchangeError

    out: Path = args.out.expanduser()
    if out.exists():
        raise CliError(_t("the file already exists; choose another name"), out)
    if not out.parent.is_dir():
        raise CliError(_t("the folder for the output file does not exist"), out)
    expires = _expires(args.expires)
    share_passphrase = None
    if args.share_passphrase_file:
        share_passphrase = read_secret(
            args, "Share passphrase: ", file_option="share_passphrase_file"
        )
    with unlocked_session(args) as services:
        request = _request(args, services)
        contact_id = None
        if args.to:
            wanted = " ".join(args.to.split()).casefold()
            for contact in services.contacts.list_contacts():
                if contact.id == args.to or " ".join(contact.name.split()).casefold() == wanted:
                    contact_id = contact.id
                    break
            if contact_id is None:
                raise CliError(_t("no pinned contact has that name; see 'peerdesk contacts'"))
        try:
            description = services.exchange.describe(request)
            if request.cards == "titles" and description.counts.get("cards", 0) < len(
                request.titles
            ):
                raise CliError(_t("a card title given with --cards is not in the library"))
            data = services.exchange.make_bundle(
                request,
                to_contact=contact_id,
                share_passphrase=share_passphrase,
                expires_at=expires,
            )
        except (ExchangeError, BundleError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        _write_new_private(out, data)
    for line in description.lines():
        print(line)
    print(_t("Written to") + f" {out}")
    return EXIT_OK


# -- receive ------------------------------------------------------------------------------


def _read_bundle(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE:
            raise CliError(_t("the file is far too large to be an exchange file"), path)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CliError(_t("the file does not exist"), path) from exc
    except OSError as exc:
        raise CliError(_t("cannot read the file") + f" ({exc.strerror})", path) from exc


def _print_preview(preview: Any) -> None:
    counts = preview.counts
    who = preview.sender_name or _t("(no name)")
    state = _t("known contact") if preview.sender_known else _t("NOT KNOWN YET")
    print(f"{_t('From')}: {who} ({state})")
    if preview.fingerprint:
        print(f"{_t('Fingerprint')}: {preview.fingerprint}")
    print(
        f"{_t('New')}: {counts['new']}  {_t('Changed')}: {counts['changed']}  "
        f"{_t('Conflicts')}: {counts['conflicts']}  {_t('Deleted')}: {counts['deleted']}"
    )
    for item in preview.items:
        fields = f" ({', '.join(item.fields)})" if item.fields and item.status == "changed" else ""
        print(f"  {item.status:<9} {item.table:<16} {item.label}{fields}")
    for c in preview.conflicts:
        mine, theirs = f"{_t('mine')} {c.mine!r}", f"{c.theirs_who} {c.theirs!r}"
        print(f"  conflict  {c.label} [{c.field}]: {mine} / {theirs}")
    for person in preview.people_to_confirm:
        here = person.suggestion_name or _t("a new person")
        print(f"  {_t('person')}: {person.name} → {here}")


def cmd_receive(args: argparse.Namespace) -> int:
    from peerdesk.services.exchange.errors import BundleError
    from peerdesk.services.exchange.payload import PayloadError
    from peerdesk.services.exchange.service import ExchangeError

    path: Path = args.file.expanduser()
    data = _read_bundle(path)
    share_passphrase = None
    if args.share_passphrase_file:
        share_passphrase = read_secret(
            args, "Share passphrase: ", file_option="share_passphrase_file"
        )
    with unlocked_session(args) as services:
        exchange = services.exchange
        try:
            opened = exchange.open(data, share_passphrase=share_passphrase)
            preview = exchange.preview_bundle(opened)
        except (BundleError, PayloadError, ExchangeError) as exc:
            raise CliError(str(exc), path) from exc
        if args.dry_run:
            if args.json:
                print(json.dumps(_preview_json(preview), ensure_ascii=False, indent=2, default=str))
            else:
                _print_preview(preview)
            return EXIT_OK
        if opened.contact is None and not args.trust_new_sender:
            raise CliError(
                _t("the sender is not a pinned contact; compare these words with them:")
                + f" {opened.sender.fingerprint}; "
                + _t("then run again with --trust-new-sender"),
                path,
            )
        if preview.conflicts and not args.on_conflict:
            raise CliError(
                _t(
                    "both sides changed the same fields; choose --on-conflict keep-mine or "
                    "take-theirs (nothing was changed)"
                ),
                path,
            )
        default: Literal["mine", "theirs"] = "mine" if args.on_conflict == "keep-mine" else "theirs"
        try:
            result = exchange.apply(
                preview, default=default, pin_sender=bool(args.trust_new_sender)
            )
        except (ExchangeError, PayloadError) as exc:
            raise CliError(str(exc), path) from exc
    counts = result.counts
    if args.json:
        print(json.dumps({"merged": counts, "preview": _preview_json(preview)}, default=str))
    else:
        print(
            f"{_t('Merged')}: {_t('new')} {counts['new']}, {_t('changed')} {counts['changed']}, "
            f"{_t('deleted')} {counts['deleted']}, {_t('conflicts settled')} "
            f"{counts['conflicts_resolved']}, {_t('people added')} {counts['people_created']}"
        )
    return EXIT_OK


def _preview_json(preview: Any) -> dict[str, Any]:
    doc: dict[str, Any] = preview.to_json()
    return doc
