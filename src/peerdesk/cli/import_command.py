"""``peerdesk import --from FORMAT FILE``: each area contributes its formats."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peerdesk.cli.common import add_vault_command

ImportHandler = Callable[[argparse.Namespace, Any, Path], int]


def register_import(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], formats: dict[str, Any]
) -> None:
    parser = add_vault_command(
        sub,
        "import",
        "import a file into the vault (one transaction)",
        lambda args: _run(args, formats),
    )
    parser.add_argument("--from", dest="import_format", required=True, choices=sorted(formats))
    parser.add_argument("file", type=Path, metavar="FILE")


def _run(args: argparse.Namespace, formats: dict[str, Any]) -> int:
    from peerdesk.cli.common import unlocked_session

    handler: ImportHandler = formats[args.import_format]
    with unlocked_session(args) as services:
        return handler(args, services, args.file.expanduser())
