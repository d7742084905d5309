"""``peerdesk search``, ``export journal`` and ``import --from jrnl|dayone|daylio``.

No Qt at import time: only ``export journal --format pdf`` loads it, when it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from peerdesk.cli.common import (
    EXIT_OK,
    CliError,
    add_passphrase_file_option,
    unlocked_session,
)
from peerdesk.services.export_files import ExportFileError, write_export
from peerdesk.services.journal.formats import (
    ImportFileError,
    ImportPreview,
    apply_import,
    count_already_there,
    read_import,
)
from peerdesk.services.journal.model import JournalValueError
from peerdesk.services.journal.search import SearchFilters, snippet_plain
from peerdesk.services.session import Services


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from exc


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", metavar="DIR", help="the vault folder")
    add_passphrase_file_option(parser)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser(
        "search",
        help='search the journal (every word must match; "quoted phrases")',
        description="Search the journal. Every word must match, whole or as the start of a "
        'word; "quoted words" match as a phrase. Matched words are shown in [brackets].',
    )
    _common(search)
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    search.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    search.add_argument("--tag", action="append", default=[], metavar="TAG")
    search.add_argument("--starred", action="store_true", help="starred entries only")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.set_defaults(handler=cmd_search)


def register_export(export_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journal = export_sub.add_parser(
        "journal",
        help="the journal as Markdown, JSON or PDF (your private text: keep the file safe)",
    )
    _common(journal)
    journal.add_argument("--format", choices=("markdown", "json", "pdf"), required=True)
    journal.add_argument("--out", type=Path, required=True, metavar="FILE")
    journal.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    journal.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    journal.set_defaults(handler=cmd_export_journal)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1 or args.limit > 10_000:
        raise CliError("--limit must be from 1 to 10000")
    query = " ".join(args.query)
    filters = SearchFilters(
        since=args.since, until=args.until, tags=tuple(args.tag), starred_only=args.starred
    )
    with unlocked_session(args) as services:
        hits = services.journal.search(query, filters, limit=args.limit)
    if args.json:
        rows = [
            {
                "id": h.id,
                "date": h.occurred_at.isoformat(sep=" ", timespec="minutes"),
                "title": h.title,
                "snippet": snippet_plain(h.snippet),
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("No entries match.", file=sys.stderr)
        return EXIT_OK
    for hit in hits:
        stamp = hit.occurred_at.strftime("%Y-%m-%d %H:%M")
        title = hit.title or ("Check-in" if hit.kind == "checkin" else "(untitled)")
        print(f"{stamp}  {title}")
        snippet = " ".join(snippet_plain(hit.snippet).split())
        if snippet:
            print(f"    {snippet}")
    return EXIT_OK


def cmd_export_journal(args: argparse.Namespace) -> int:
    from peerdesk.services.journal.formats import journal_json, journal_markdown

    out: Path = args.out.expanduser()
    if out.exists():
        raise CliError("the file already exists; choose another name", out)
    with unlocked_session(args) as services:
        entries = services.journal.entries_between(args.since, args.until)
        names = {t.id: t.name for t in services.journal.trackers(include_archived=True)}
    try:
        if args.format == "json":
            write_export(out, journal_json(entries, names).encode("utf-8"))
        elif args.format == "markdown":
            text = journal_markdown(entries, names, since=args.since, until=args.until)
            write_export(out, text.encode("utf-8"))
        else:
            if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from peerdesk.gui.journal.pdf import write_journal_pdf

            text = journal_markdown(entries, names, since=args.since, until=args.until)
            write_journal_pdf(text, out)
    except ExportFileError as exc:
        raise CliError(exc.message, exc.path) from exc
    print(f"Exported {len(entries)} journal entries to {out} (readable by you only).")
    return EXIT_OK


def describe_preview(preview: ImportPreview, already: int) -> list[str]:
    lines = [f"{preview.count} entries found in {preview.path.name}"]
    if preview.first and preview.last:
        lines[0] += f", {preview.first:%Y-%m-%d} to {preview.last:%Y-%m-%d}"
    if already:
        lines.append(f"{already} of them are already in the vault and are skipped.")
    lines.extend(preview.notes)
    return lines


def _import(name: str, services: Services, path: Path) -> int:
    try:
        preview = read_import(name, path)
    except ImportFileError as exc:
        where = f"{exc.where}: " if exc.where else ""
        raise CliError(f"{where}{exc.problem}; nothing was imported", exc.path) from exc
    already = count_already_there(preview)
    for line in describe_preview(preview, already):
        print(line)
    try:
        result = apply_import(preview, services.bus)
    except JournalValueError as exc:
        raise CliError(f"{exc}; nothing was imported", path) from exc
    print(f"Imported {result.added} entries; {result.already_there} were already there.")
    return EXIT_OK


def _handler(name: str) -> Any:
    def handle(args: argparse.Namespace, services: Services, path: Path) -> int:
        return _import(name, services, path)

    return handle


IMPORT_FORMATS = {name: _handler(name) for name in ("jrnl", "dayone", "daylio")}
