"""``python -m peerdesk``: the same as the ``peerdesk`` command."""

import multiprocessing

if __name__ == "__main__":
    # The exchange runs scrypt in a spawned helper process; a frozen build must let that
    # child run its job instead of starting the app again.
    multiprocessing.freeze_support()
    from peerdesk.cli.main import main

    raise SystemExit(main())
