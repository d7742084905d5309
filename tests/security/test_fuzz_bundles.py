"""Hostile exchange bundles: 10 000 mutated, truncated, re-signed, replayed files.

Sam's vault has pinned Jo and received Jo's bundles 1-3 for the scope ``sam-at-jo``. Every
input below is something Sam must refuse: bit flips and cuts of real files, headers and
payloads changed under Jo's signature, files re-signed with an attacker's key (under Jo's
key, or under Jo's *name*), replays and older sequence numbers, expired files, files for
another vault or forwarded from one, Sam's own file, newer formats and random bytes. Each
must raise a BundleError of an expected kind with a one-line message, and Sam's vault
files stay byte-identical (size and nanosecond mtime after every input, the bytes every
500 inputs and at the end; the WAL index -shm is left out: readers write read marks there).

Recipient-encrypted bundles only: a passphrase bundle costs 2 s of scrypt per try.
"""

from __future__ import annotations

import base64
import random
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest
from _fuzz import json_values
from conftest import Figures
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.exchange.bundle import MAGIC, HeaderFields, seal_bundle
from peerdesk.services.exchange.errors import BundleError
from peerdesk.services.exchange.identity import VaultIdentity
from peerdesk.vault.keys import KdfParams
from tests.unit.exchange.conftest import make_vault, receive, send, use
from tests.unit.exchange.forge import envelope, inner_of, seal_to, split_inner

BYTE_CHECK_EVERY = 500
SCOPE = "sam-at-jo"
RECEIVED = 3

# What each kind of input may be refused as (the first is the usual one).
EXPECTED: dict[str, set[str]] = {
    # (a splice that inserts and cuts nothing, or two flips of the same bit, leave the file
    # as it was: a replay)
    "flip": {
        "damaged",
        "wrong_recipient",
        "not_a_bundle",
        "newer_format",
        "passphrase_needed",
        "already_received",
    },
    "splice": {
        "damaged",
        "wrong_recipient",
        "not_a_bundle",
        "newer_format",
        "passphrase_needed",
        "already_received",
    },
    "truncate": {"damaged", "not_a_bundle", "wrong_recipient"},
    "replay": {"already_received"},
    "older": {"already_received"},
    "tamper_header": {"tampered", "newer_format", "damaged"},
    "tamper_payload": {"tampered"},
    "resign_under_jos_key": {"tampered", "newer_format", "damaged"},
    "resign_under_jos_name": {"impostor"},
    "expired": {"expired"},
    "for_another_vault": {"wrong_recipient"},
    "forwarded": {"wrong_recipient"},
    "own": {"own_bundle"},
    "newer_container": {"newer_format"},
    "garbage": {"not_a_bundle", "damaged", "too_large", "newer_format"},
    "inner_garbage": {"damaged"},
}
KINDS = sorted(EXPECTED)


def _state(files: list[Path]) -> list[tuple[str, int, int]]:
    return [
        (p.name, st.st_size, st.st_mtime_ns)
        for p in files
        if (st := p.stat() if p.exists() else None) is not None
    ]


def _bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }


def _name_variants(name: str, rng: random.Random) -> str:
    chars = [c.upper() if rng.random() < 0.3 else c for c in name]
    return "  " + "".join(chars).replace(" ", " " * rng.randint(1, 3)) + " "


@pytest.mark.parametrize(
    "examples",
    [pytest.param(10_000, marks=pytest.mark.slow, id="10000"), pytest.param(300, id="300")],
)
def test_hostile_bundles_are_refused_and_change_nothing(
    examples: int, tmp_path: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    jo = make_vault(tmp_path / "jo" / "vault", fast_kdf, "Jo Okafor")
    sam = make_vault(tmp_path / "sam" / "vault", fast_kdf, "Sam Rivera")
    try:
        _run(examples, use(jo).contacts.own_identity(), jo, sam, figures)
    finally:
        from peerdesk.services.session import end_session

        for services in (jo, sam):
            use(services)
            end_session(services)
            services.vault.close()


def _run(examples: int, jo_identity: VaultIdentity, jo: Any, sam: Any, figures: Figures) -> None:
    sam_identity = use(sam).contacts.own_identity()
    received = [send(jo, sam_identity, SCOPE, f"round {n}".encode() * 30) for n in range(3)]
    for data in received:
        receive(sam, data)
    use(sam)
    assert sam.contacts.last_received(sam.contacts.list_contacts()[0].id, "roadmap", SCOPE) == 3
    mallory = VaultIdentity.generate("Mallory")
    attacker = Ed25519PrivateKey.generate()
    # A fresh, valid (never received) bundle from Jo: the material for header/payload edits.
    valid = send(jo, sam_identity, SCOPE, b"fresh payload " * 20)
    header, header_bytes, signature, payload = split_inner(inner_of(valid, sam_identity))
    assert header["sequence"] == RECEIVED + 1

    use(sam)
    folder = sam.vault.folder
    sam.vault.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    watched = [folder / "peerdesk.db", folder / "peerdesk.db-wal", folder / "keys.json"]
    start_bytes = _bytes(folder)
    tally: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}

    def jo_bundle(rng: random.Random, **fields: Any) -> bytes:
        base = HeaderFields("roadmap", SCOPE, RECEIVED + 1 + rng.randrange(1000))
        return seal_bundle(
            jo_identity,
            replace(base, **fields),
            rng.randbytes(rng.randrange(200)),
            to_recipient=sam_identity.age_recipient,
            share_passphrase=None,
        )

    def build(kind: str, draw: Any, rng: random.Random) -> bytes:
        if kind == "flip":
            data = bytearray(rng.choice(received))
            for _ in range(draw(st.integers(1, 4))):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            return bytes(data)
        if kind == "splice":
            data = rng.choice(received)
            at = rng.randrange(len(data) + 1)
            cut = rng.randrange(0, 40)
            return data[:at] + draw(st.binary(max_size=24)) + data[at + cut :]
        if kind == "truncate":
            data = rng.choice(received)
            return data[: rng.randrange(len(data))]
        if kind == "replay":
            return rng.choice(received)
        if kind == "older":
            sealed = seal_bundle(
                jo_identity,
                HeaderFields("roadmap", SCOPE, rng.randint(1, RECEIVED), ack=rng.randrange(9)),
                draw(st.binary(max_size=64)),
                to_recipient=sam_identity.age_recipient,
                share_passphrase=None,
            )
            return sealed
        if kind == "tamper_header":
            changed = dict(header)
            key = draw(st.sampled_from(sorted(header)))
            changed[key] = draw(json_values)
            if changed == header:
                changed["sequence"] = header["sequence"] + 1
            return seal_to(
                envelope(changed, payload, signature=signature), sam_identity.age_recipient
            )
        if kind == "tamper_payload":
            other = draw(st.binary(max_size=300))
            if other == payload:
                other += b"!"
            return seal_to(
                envelope(header_bytes, other, signature=signature), sam_identity.age_recipient
            )
        if kind == "resign_under_jos_key":
            changed = dict(header, sequence=header["sequence"] + rng.randrange(1, 99))
            return seal_to(envelope(changed, payload, signer=attacker), sam_identity.age_recipient)
        if kind == "resign_under_jos_name":
            public = attacker.public_key().public_bytes_raw()
            changed = dict(
                header,
                sender_signing_key=base64.b64encode(public).decode(),
                sender_name=_name_variants("Jo Okafor", rng),
                sequence=header["sequence"] + rng.randrange(1, 99),
            )
            return seal_to(envelope(changed, payload, signer=attacker), sam_identity.age_recipient)
        if kind == "expired":
            when = datetime(2000 + rng.randrange(26), 1 + rng.randrange(12), 1 + rng.randrange(28))
            return jo_bundle(rng, expires_at=when)
        if kind == "for_another_vault":
            return seal_bundle(
                jo_identity,
                HeaderFields("roadmap", SCOPE, RECEIVED + 1 + rng.randrange(99)),
                b"for mallory",
                to_recipient=mallory.age_recipient,
                share_passphrase=None,
            )
        if kind == "forwarded":
            for_mallory = seal_bundle(
                jo_identity,
                HeaderFields("roadmap", SCOPE, RECEIVED + 1 + rng.randrange(99)),
                b"for mallory",
                to_recipient=mallory.age_recipient,
                share_passphrase=None,
            )
            inner = bytes(pyrage.decrypt(for_mallory[len(MAGIC) :], [mallory.age_identity]))
            return seal_to(inner, sam_identity.age_recipient)
        if kind == "own":
            return seal_bundle(
                sam_identity,
                HeaderFields("roadmap", "sam-self", 1 + rng.randrange(99)),
                b"mine",
                to_recipient=sam_identity.age_recipient,
                share_passphrase=None,
            )
        if kind == "newer_container":
            return f"PEERDESK-BUNDLE/{rng.randint(2, 99999)}\n".encode() + valid[len(MAGIC) :]
        if kind == "garbage":
            prefix = draw(st.sampled_from([b"", MAGIC, MAGIC + b"age-encryption.org/v1\n"]))
            return prefix + draw(st.binary(max_size=200))
        if kind == "inner_garbage":
            return seal_to(draw(st.binary(max_size=200)), sam_identity.age_recipient)
        raise AssertionError(kind)

    started = time.perf_counter()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(kind=st.sampled_from(KINDS), seed=st.integers(0, 2**32), data=st.data())
    def one(kind: str, seed: int, data: st.DataObject) -> None:
        use(jo)  # building never needs Jo's database, but must not touch Sam's
        bundle = build(kind, data.draw, random.Random(seed))
        use(sam)
        tally["inputs"] += 1
        before = _state(watched)
        with pytest.raises(BundleError) as caught:
            sam.contacts.open_bundle(bundle)
        error = caught.value
        message = str(error)
        assert message
        assert "\n" not in message, "refusals are one line"
        assert error.reason in EXPECTED[kind], (kind, error.reason, message)
        tally[error.reason] += 1
        by_kind[kind][error.reason] += 1
        assert _state(watched) == before, "opening a bundle changed the vault"
        if tally["inputs"] % BYTE_CHECK_EVERY == 0:
            tally["byte_checks"] += 1
            assert _bytes(folder) == start_bytes, "opening a bundle changed the vault"

    one()
    elapsed = time.perf_counter() - started
    use(sam)
    assert tally["inputs"] >= examples
    assert _bytes(folder) == start_bytes
    assert sam.vault.database.integrity_problems() == []
    figures.set(
        inputs=tally["inputs"],
        refused=tally["inputs"],
        accepted=0,
        byte_checks=tally["byte_checks"] + 1,
        refused_by_reason={
            k: v for k, v in sorted(tally.items()) if k not in ("inputs", "byte_checks")
        },
        inputs_by_kind={k: sum(v.values()) for k, v in by_kind.items()},
        seconds=round(elapsed, 1),
        vault_byte_identical=True,
    )
