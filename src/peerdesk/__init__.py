"""PeerDesk: a private, offline desktop workspace for peer support in recovery."""

__version__ = "0.1.0"
APP_NAME = "PeerDesk"
