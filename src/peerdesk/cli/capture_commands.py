"""Quick capture from a terminal: ``peerdesk checkin`` and ``peerdesk write``.

Both go through the journal service, exactly as the check-in panel and the entry editor do,
so the same checks apply (mood 0–10, lengths, tags). Nothing the user wrote is echoed.
"""

from __future__ import annotations

import argparse
import sys

from peerdesk.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_vault_command,
    unlocked_session,
)
from peerdesk.i18n import translate
from peerdesk.services.journal.content import emotion_groups
from peerdesk.services.journal.model import EntryFields, JournalValueError, validate


def _mood(value: str) -> int:
    try:
        mood = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number from 0 to 10: {value!r}") from exc
    if not 0 <= mood <= 10:
        raise argparse.ArgumentTypeError(f"the mood must be from 0 to 10 (got {mood})")
    return mood


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = add_vault_command(
        sub, "checkin", "record a check-in: mood 0-10, emotions, a short note", cmd_checkin
    )
    checkin.add_argument("--mood", type=_mood, required=True, metavar="N", help="0 to 10")
    checkin.add_argument(
        "--emotion",
        action="append",
        default=[],
        metavar="WORD",
        help="an emotion from the check-in panel's list (repeatable)",
    )
    checkin.add_argument("--note", default="", metavar="TEXT", help="a short note")
    write = add_vault_command(
        sub,
        "write",
        "write a journal entry (TEXT, or '-' to read it from standard input)",
        cmd_write,
    )
    write.add_argument("--title", default="", metavar="T")
    write.add_argument("text", nargs="?", default="-", metavar="TEXT | -")


def known_emotions() -> dict[str, str]:
    return {e.casefold(): e for group in emotion_groups() for e in group.emotions}


def cmd_checkin(args: argparse.Namespace) -> int:
    known = known_emotions()
    emotions: list[str] = []
    for word in args.emotion:
        name = known.get(" ".join(word.split()).casefold())
        if name is None:
            # What was typed is not echoed: stderr gets no user content.
            raise CliError(
                translate(
                    "cli",
                    "unknown emotion: --emotion takes one the check-in panel offers "
                    "(for example peaceful, hopeful, anxious, tired)",
                ),
                code=EXIT_USAGE,
            )
        emotions.append(name)
    note = " ".join(args.note.split())
    fields = EntryFields(kind="checkin", mood=args.mood, body=note, emotions=tuple(emotions))
    try:
        validate(fields)  # before asking for the passphrase
    except JournalValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from exc
    with unlocked_session(args) as services:
        try:
            services.journal.check_in(args.mood, emotions=emotions, note=note)
        except JournalValueError as exc:
            raise CliError(str(exc), code=EXIT_USAGE) from exc
    print(translate("cli", "Check-in saved (mood {mood}).").format(mood=args.mood))
    return EXIT_OK


def cmd_write(args: argparse.Namespace) -> int:
    if args.text == "-":
        if args.passphrase_file == "-":
            raise CliError(
                translate("cli", "standard input cannot hold both the passphrase and the text"),
                code=EXIT_USAGE,
            )
        body = sys.stdin.read()
    else:
        body = args.text
    fields = EntryFields(kind="entry", title=args.title, body=body.rstrip("\n"))
    if not fields.title.strip() and not fields.body.strip():
        message = translate("cli", "write something first: the entry is empty")
        raise CliError(message, code=EXIT_USAGE)
    try:
        validate(fields)
    except JournalValueError as exc:
        raise CliError(str(exc), code=EXIT_USAGE) from exc
    with unlocked_session(args) as services:
        try:
            services.journal.create(fields)
        except JournalValueError as exc:
            raise CliError(str(exc), code=EXIT_USAGE) from exc
    print(translate("cli", "Entry saved ({count} characters).").format(count=len(fields.body)))
    return EXIT_OK
