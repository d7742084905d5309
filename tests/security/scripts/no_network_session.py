"""A whole session (command line and GUI) with every Python-level socket use audited.

Usage: no_network_session.py VAULT PASSPHRASE_FILE
An audit hook (``sys.addaudithook``) sees every ``socket.*`` event; an internet socket
(AF_INET/AF_INET6) is refused on creation. Prints ``AUDIT <events> <socket events>
<internet sockets refused>`` at the end. The parent also runs this under strace to see
sockets made by C code (Qt), where available.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

counts = {"events": 0, "socket": 0, "refused": 0}
INTERNET = {int(socket.AF_INET), int(socket.AF_INET6)}


def _local(sock: object) -> bool:
    family = getattr(sock, "family", None)
    return family is not None and int(family) not in INTERNET


def hook(event: str, args: tuple[Any, ...]) -> None:
    counts["events"] += 1
    if not event.startswith("socket."):
        return
    if event == "socket.__new__" and len(args) > 1 and int(args[1]) not in INTERNET:
        return  # a local (AF_UNIX) socket: D-Bus for the keyring, not the network
    if event in ("socket.connect", "socket.bind") and args and _local(args[0]):
        return  # connecting that local socket (the session bus of a real keyring)
    counts["socket"] += 1
    if event in ("socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.bind"):
        counts["refused"] += 1
        raise PermissionError(f"PeerDesk must not use the network ({event})")


sys.addaudithook(hook)

from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _faults import apply_fault_from_env  # noqa: E402

from peerdesk.cli.main import main as cli_main  # noqa: E402

apply_fault_from_env()  # a deliberate fault under test, if any


def main() -> None:
    vault, passphrase_file = sys.argv[1], sys.argv[2]
    common = ["--vault", vault, "--passphrase-file", passphrase_file]
    assert cli_main(["vault", "init", *common]) == 0
    assert cli_main(["vault", "backup", "--out", vault + ".pdbackup", *common]) == 0
    assert cli_main(["vault", "check", *common]) == 0
    assert cli_main(["search", *common, "anything"]) in (0, 1)
    assert cli_main(["self-test"]) in (0, 1)
    assert cli_main(["--smoke", *common]) == 0  # unlock, the window, every area shown
    print(f"AUDIT {counts['events']} {counts['socket']} {counts['refused']}", flush=True)


if __name__ == "__main__":
    main()
