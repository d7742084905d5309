"""What runs in the helper process: age's passphrase encryption (scrypt, seconds).

pyrage holds the GIL for the whole scrypt, so a thread would still freeze the window; a
spawned process does not. The child gets its input through a pipe (memory only, never a
file) and answers once through the same pipe. No Qt here: the child must start fast.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from typing import Any

ENCRYPT = "encrypt"
OPEN = "open"


def run(kind: str, args: tuple[Any, ...]) -> Any:
    """The work itself (also callable in-process, for tests of the mapping)."""
    if kind == ENCRYPT:
        from peerdesk.services.exchange.bundle import encrypt_to_passphrase

        inner, passphrase = args
        return encrypt_to_passphrase(inner, passphrase)
    if kind == OPEN:
        from peerdesk.services.exchange.bundle import open_bundle

        data, passphrase = args
        # No identity and no contacts: only a passphrase bundle opens here; the vault's
        # checks (own file, impostor, replay) run afterwards in the app (finish_open).
        return open_bundle(data, None, share_passphrase=passphrase)
    raise ValueError(kind)


def child_main(conn: Connection, kind: str, args: tuple[Any, ...]) -> None:
    """Entry point of the spawned process: one job, one answer, exit."""
    from peerdesk.services.exchange.errors import BundleError

    try:
        answer: tuple[Any, ...] = ("ok", run(kind, args))
    except BundleError as exc:
        answer = ("refused", type(exc).__name__, str(exc))
    except ValueError as exc:
        answer = ("error", str(exc))
    except Exception:  # never send a traceback (it could quote the input)
        answer = ("error", "")
    try:
        conn.send(answer)
    finally:
        conn.close()
