"""The ``peerdesk`` command. Imports no Qt at module level: it must start fast."""
