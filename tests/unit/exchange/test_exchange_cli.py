"""The scripted contract: share / receive / contacts between two real vaults, in-process."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import database_proxy
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"
SHARE = "blue kettle on the third shelf"


def make_vault(folder: Path, kdf: KdfParams, owner: str, role: str, sam: bool) -> None:
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    owner_row = services.people.create(owner, role, is_owner=True)
    if sam:
        sam_row = services.people.create("Sam Rivera", "self")
        goal = services.roadmap.create_goal(sam_row.id, "Find a flat")
        services.roadmap.add_milestone(goal.id, "Call the housing office", owner_id=sam_row.id)
        services.roadmap.add_milestone(goal.id, "Ring the landlord", owner_id=owner_row.id)
    end_session(services)
    vault.close()
    database_proxy.initialize(None)


@pytest.fixture
def folders(tmp_path: Path, fast_kdf: KdfParams) -> dict[str, Path]:
    jo, sam = tmp_path / "jo", tmp_path / "sam"
    make_vault(jo, fast_kdf, "Jo Okafor", "peer_specialist", sam=True)
    make_vault(sam, fast_kdf, "Sam Rivera", "self", sam=False)
    (tmp_path / "pass").write_text(PASSPHRASE + "\n")
    (tmp_path / "share").write_text(SHARE + "\n")
    return {"jo": jo, "sam": sam, "pass": tmp_path / "pass", "share": tmp_path / "share"}


def cli(folders: dict[str, Path], who: str, *args: str) -> int:
    command, rest = args[0], args[1:]
    return main(
        [command, "--vault", str(folders[who]), "--passphrase-file", str(folders["pass"]), *rest]
    )


def test_share_receive_and_back(
    folders: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "to-sam.peerdesk"
    share = str(folders["share"])
    code = cli(
        folders,
        "jo",
        "share",
        "--what",
        "roadmap",
        "--person",
        "Sam Rivera",
        "--share-passphrase-file",
        share,
        "--out",
        str(first),
    )
    assert code == 0
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert b"housing" not in first.read_bytes()  # nothing readable in the file
    # Never overwrite.
    code = cli(
        folders,
        "jo",
        "share",
        "--what",
        "roadmap",
        "--person",
        "Sam Rivera",
        "--share-passphrase-file",
        share,
        "--out",
        str(first),
    )
    assert code == 1
    capsys.readouterr()

    assert (
        cli(
            folders,
            "sam",
            "receive",
            str(first),
            "--share-passphrase-file",
            share,
            "--dry-run",
            "--json",
        )
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["sender"]["name"] == "Jo Okafor"
    assert doc["sender"]["known"] is False
    assert len(doc["sender"]["fingerprint"].split()) >= 4
    assert doc["counts"] == {"new": 3, "changed": 0, "conflicts": 0, "deleted": 0}

    # An unknown sender is refused unless trusted explicitly.
    assert cli(folders, "sam", "receive", str(first), "--share-passphrase-file", share) == 1
    err = capsys.readouterr().err
    assert "--trust-new-sender" in err
    assert len(err.strip().splitlines()) == 1
    assert (
        cli(
            folders,
            "sam",
            "receive",
            str(first),
            "--share-passphrase-file",
            share,
            "--trust-new-sender",
        )
        == 0
    )
    capsys.readouterr()
    assert cli(folders, "sam", "contacts", "--json") == 0
    contacts = json.loads(capsys.readouterr().out)["contacts"]
    assert [c["name"] for c in contacts] == ["Jo Okafor"]

    # Sam answers to Jo's key (no passphrase), Jo takes it in.
    back = tmp_path / "to-jo.peerdesk"
    capsys.readouterr()
    assert (
        cli(folders, "sam", "share", "--what", "roadmap", "--to", "Jo Okafor", "--out", str(back))
        == 0
    )
    capsys.readouterr()
    assert cli(folders, "jo", "receive", str(back), "--dry-run", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"]["conflicts"] == 0
    assert cli(folders, "jo", "receive", str(back), "--trust-new-sender") == 0
    # A replay is refused with one line, and changes nothing.
    capsys.readouterr()
    assert cli(folders, "jo", "receive", str(back)) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_usage_errors_exit_2(folders: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        cli(folders, "jo", "share", "--what", "everything", "--out", str(tmp_path / "x"))
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        cli(folders, "jo", "receive", str(tmp_path / "x"), "--on-conflict", "coin-toss")
    assert exc.value.code == 2
