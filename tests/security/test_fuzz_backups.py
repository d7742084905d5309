"""Hostile backup files: restoring or listing them gives only documented errors, and a
rejected restore leaves the vault exactly as it was."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from _fuzz import mutated_bytes, mutated_json
from conftest import PASSPHRASE, Figures, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.backup import BackupService, restore_backup
from peerdesk.vault.backup import read_backup_info
from peerdesk.vault.errors import VaultError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

EXAMPLES = 1_000


def _rezip(members: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@st.composite
def hostile_backups(draw: st.DrawFn, original: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    kind = draw(st.sampled_from(["bytes", "manifest", "member", "names", "method"]))
    if kind == "bytes":
        return draw(mutated_bytes(original))
    if kind == "manifest":
        members["manifest.json"] = draw(mutated_json(json.loads(members["manifest.json"])))
    elif kind == "member":
        name = draw(st.sampled_from(sorted(members)))
        members[name] = draw(mutated_bytes(members[name]))
    elif kind == "names":
        victim = draw(st.sampled_from(sorted(members)))
        new_name = draw(
            st.sampled_from(["../keys.json", "/etc/x", "peerdesk.db/", "KEYS.JSON", ""])
        )
        members[new_name or "x"] = members.pop(victim)
    else:
        return _with_bad_compression(original, draw(st.sampled_from([1, 12, 14, 99, 8])))
    return _rezip(members)


def _with_bad_compression(original: bytes, method: int) -> bytes:
    """Claim an unsupported (or mismatched) compression method in every header."""
    data = bytearray(original)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset : found + offset + 2] = method.to_bytes(2, "little")
            start = found + 4
    return bytes(data)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.slow
def test_restore_and_listing_survive_hostile_backup_files(
    tmp_path: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    # No schema: a one-page database keeps each restore cheap; the parsing is the same.
    good = BackupService(vault).backup_to(tmp_path / "good.pdbackup").path
    vault.lock()
    original = good.read_bytes()
    before = snapshot(folder)
    target = tmp_path / "hostile.pdbackup"
    tally = {"inputs": 0, "rejected": 0, "restored": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=hostile_backups(original))
    def one(data: bytes) -> None:
        nonlocal before
        tally["inputs"] += 1
        target.write_bytes(data)
        with contextlib.suppress(VaultError):
            read_backup_info(target)
        try:
            restore_backup(vault, target, PASSPHRASE)
        except VaultError as exc:
            tally["rejected"] += 1 if str(exc) else pytest.fail("an error must say something")
            assert snapshot(folder) == before, "a rejected restore changed the vault"
            return
        tally["restored"] += 1  # the mutation kept a valid backup (e.g. a manifest tweak)
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.database.integrity_problems() == []
        vault.lock()
        for replaced in (folder / "backups").glob("replaced-*"):
            shutil.rmtree(replaced)  # keep the folder small: snapshots read every file
        before = snapshot(folder)

    try:
        one()
    finally:
        vault.close()
    figures.set(**tally)
