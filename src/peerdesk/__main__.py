"""``python -m peerdesk``: the same as the ``peerdesk`` command."""

from peerdesk.cli.main import main

raise SystemExit(main())
