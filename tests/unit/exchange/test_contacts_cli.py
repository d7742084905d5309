"""``peerdesk contacts`` (module ready, registered by the lead in cli/main.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from peerdesk.cli import contacts_commands
from peerdesk.services.session import end_session
from tests.conftest import PASSPHRASE
from tests.unit.exchange.conftest import Introduced, use


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    parser = argparse.ArgumentParser()
    contacts_commands.register(parser.add_subparsers())
    parsed = parser.parse_args(args)
    assert parsed.handler(parsed) == 0
    return capsys.readouterr().out


def test_contacts_lists_self_and_pinned_contacts(
    introduced: Introduced, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sam = use(introduced.pair.sam)
    folder = sam.vault.folder
    end_session(sam)
    sam.vault.close()
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE + "\n")
    base = ["contacts", "--vault", str(folder), "--passphrase-file", str(secret)]
    document = json.loads(run([*base, "--json"], capsys))
    assert document["self"] == {
        "name": "Sam Rivera",
        "fingerprint": introduced.sam_identity.fingerprint,
    }
    [jo] = document["contacts"]
    assert jo["name"] == "Jo Okafor"
    assert jo["fingerprint"] == introduced.jo_identity.fingerprint
    text = run([*base, "--rename", jo["id"], "Jo (agency)"], capsys)
    assert f"{jo['id']}  Jo (agency)  {jo['fingerprint']}" in text
    assert "No contacts yet." in run([*base, "--forget", jo["id"]], capsys)
