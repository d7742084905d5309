"""Open a vault, unlock it, say READY and hold it until stdin closes (a second process)."""

from __future__ import annotations

import sys

from _support import open_session, say


def main() -> None:
    services = open_session(sys.argv[1], sys.argv[2])
    say("READY")
    sys.stdin.read()
    services.vault.close()


if __name__ == "__main__":
    main()
