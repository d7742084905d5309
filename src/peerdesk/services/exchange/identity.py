"""This vault's exchange identity: an Ed25519 signing key and an age X25519 identity.

Made lazily, the first time the vault shares or receives a file, and kept in the encrypted
database (:class:`~peerdesk.store.records.ExchangeIdentity`), so ``vault rotate-key``
re-encrypts it with the rest and contacts keep working. The private halves never leave this
module's objects: they have no ``repr`` and are never logged or formatted into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import x25519

from peerdesk.services.exchange.fingerprint import fingerprint_text
from peerdesk.store.records import ExchangeIdentity, Person, database_proxy
from peerdesk.store.records.contacts import IDENTITY_ROW

DISPLAY_NAME_MAX = 200


def clean_display_name(name: str) -> str:
    """One line, printable, at most 200 characters."""
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return text[:DISPLAY_NAME_MAX]


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True, eq=False)
class VaultIdentity:
    """The unlocked identity: signs outgoing bundles, decrypts the ones addressed here."""

    signing_key: Ed25519PrivateKey = field(repr=False)
    age_identity: x25519.Identity = field(repr=False)
    display_name: str = ""

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing_key)

    @property
    def age_recipient(self) -> str:
        return str(self.age_identity.to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint_text(self.signing_public)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    @classmethod
    def generate(cls, display_name: str = "") -> VaultIdentity:
        """A fresh identity in memory (tests; the service stores the one it makes)."""
        return cls(Ed25519PrivateKey.generate(), x25519.Identity.generate(), display_name)


class IdentityService:
    """Reads, lazily creates and renames this vault's identity (one row in the database).

    The keys are read once per session and kept (they never change); the name is read each
    time, since it may follow the owner's name.
    """

    def __init__(self) -> None:
        self._keys: tuple[Ed25519PrivateKey, x25519.Identity] | None = None

    def _load_keys(self) -> tuple[Ed25519PrivateKey, x25519.Identity] | None:
        if self._keys is None:
            row = ExchangeIdentity.get_or_none(ExchangeIdentity.id == IDENTITY_ROW)
            if row is None:
                return None
            self._keys = (
                Ed25519PrivateKey.from_private_bytes(bytes(row.signing_private)),
                x25519.Identity.from_str(row.age_identity),
            )
        return self._keys

    def existing(self, *, with_name: bool = True) -> VaultIdentity | None:
        """The identity if one was made already; never writes. ``with_name=False`` skips
        reading the display name (opening a bundle does not need it)."""
        keys = self._load_keys()
        if keys is None:
            return None
        return VaultIdentity(keys[0], keys[1], self._stored_name() if with_name else "")

    def _stored_name(self) -> str:
        row = (
            ExchangeIdentity.select(ExchangeIdentity.display_name)
            .where(ExchangeIdentity.id == IDENTITY_ROW)
            .first()
        )
        name = None if row is None else row.display_name
        return clean_display_name(name if name is not None else self.default_display_name())

    def identity(self) -> VaultIdentity:
        """The identity, made and stored on first use."""
        found = self.existing()
        if found is not None:
            return found
        fresh = VaultIdentity.generate()
        with database_proxy.atomic():
            ExchangeIdentity.insert(
                id=IDENTITY_ROW,
                signing_private=fresh.signing_key.private_bytes(
                    Encoding.Raw, PrivateFormat.Raw, NoEncryption()
                ),
                age_identity=str(fresh.age_identity),
                display_name=None,
            ).on_conflict_ignore().execute()
        made = self.existing()
        assert made is not None
        return made

    def default_display_name(self) -> str:
        """The vault owner's name; else the one person in recovery, if there is just one."""
        owner = Person.alive().where(Person.is_owner == True).first()  # noqa: E712
        if owner is not None:
            return str(owner.name)
        selves = list(Person.alive().where(Person.role == "self").limit(2))
        return str(selves[0].name) if len(selves) == 1 else ""

    def display_name(self) -> str:
        found = self.existing()
        return (
            found.display_name
            if found is not None
            else clean_display_name(self.default_display_name())
        )

    def set_display_name(self, name: str | None) -> None:
        """Set the name sent with bundles; ``None`` goes back to the owner's name."""
        self.identity()
        value = None if name is None else clean_display_name(name)
        ExchangeIdentity.update(display_name=value).where(
            ExchangeIdentity.id == IDENTITY_ROW
        ).execute()
