"""Why a bundle was refused: one exception class per reason, each with one line of plain words.

``reason`` is a stable key (for counts, the CLI's ``--json`` and tests); ``str(error)`` is
the sentence shown to the person, translated. Nothing from inside the file is ever quoted,
except a sender's claimed name in :class:`ImpostorError`, which the person needs to see.
"""

from __future__ import annotations

from peerdesk.i18n import translate


def _one_line(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


class BundleError(Exception):
    """A bundle that cannot be read in. Nothing was written anywhere."""

    reason = "refused"

    def __init__(self, message: str) -> None:
        super().__init__(_one_line(message))

    @property
    def message(self) -> str:
        return str(self)


class NotABundleError(BundleError):
    reason = "not_a_bundle"

    def __init__(self) -> None:
        super().__init__(translate("Exchange", "This is not a PeerDesk exchange file."))


class NewerFormatError(BundleError):
    reason = "newer_format"

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Exchange",
                "This exchange file was made by a newer PeerDesk; update PeerDesk to read it.",
            )
        )


class TooLargeError(BundleError):
    reason = "too_large"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "This exchange file is far too large to be a real one.")
        )


class DamagedBundleError(BundleError):
    reason = "damaged"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "This exchange file is damaged or cut short; ask for a new one.")
        )


class PassphraseNeededError(BundleError):
    reason = "passphrase_needed"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "This exchange file is locked with a share passphrase; enter it.")
        )


class WrongPassphraseError(BundleError):
    reason = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "The share passphrase is not right for this exchange file.")
        )


class WrongRecipientError(BundleError):
    reason = "wrong_recipient"

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Exchange", "This exchange file was made for someone else, not for this vault."
            )
        )


class TamperedBundleError(BundleError):
    reason = "tampered"

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Exchange",
                "This exchange file was changed after it was signed — refused.",
            )
        )


class ExpiredBundleError(BundleError):
    reason = "expired"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "This exchange file has expired; ask the sender for a new one.")
        )


class ImpostorError(BundleError):
    """A known contact's name, but a different signing key."""

    reason = "impostor"

    def __init__(self, claimed_name: str) -> None:
        self.claimed_name = _one_line(claimed_name)[:200]
        super().__init__(
            translate(
                "Exchange",
                "This file claims to be from %1 but was signed with a different key — refused.",
            ).replace("%1", self.claimed_name)
        )


class AlreadyReceivedError(BundleError):
    """A replay, or an older file than the last one read in from this sender: a no-op."""

    reason = "already_received"

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Exchange",
                "This exchange file was already received, or a newer one from the same "
                "sender was; nothing to do.",
            )
        )


class OwnBundleError(BundleError):
    reason = "own_bundle"

    def __init__(self) -> None:
        super().__init__(
            translate("Exchange", "This exchange file was made by this same vault; nothing to do.")
        )


ALL_REASONS: tuple[type[BundleError], ...] = (
    NotABundleError,
    NewerFormatError,
    TooLargeError,
    DamagedBundleError,
    PassphraseNeededError,
    WrongPassphraseError,
    WrongRecipientError,
    TamperedBundleError,
    ExpiredBundleError,
    ImpostorError,
    AlreadyReceivedError,
    OwnBundleError,
)
