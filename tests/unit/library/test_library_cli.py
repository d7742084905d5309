"""``peerdesk export library`` and ``peerdesk import --from library`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _make_vault(folder: Path, kdf: KdfParams, *, mine: bool) -> None:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    if mine:
        from peerdesk.services.library import CardContent

        sid = services.library.create(CardContent(title="Walk the dog", steps="<b>go</b>"))
        services.library.log_use(sid, 6, 2, "secret note")
    end_session(services)
    vault.close()


@pytest.mark.parametrize("fmt", ["json", "markdown", "pdf"])
def test_export_writes_each_format(
    tmp_path: Path,
    fast_kdf: KdfParams,
    passphrase_file: Path,
    fmt: str,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    if fmt == "pdf":
        request.getfixturevalue("qapp")  # the CLI must not create a second kind of app here
    _make_vault(tmp_path / "v", fast_kdf, mine=True)
    out = tmp_path / f"library.{fmt}"
    code = main(
        [
            "export",
            "library",
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-file",
            str(passphrase_file),
            "--format",
            fmt,
            "--out",
            str(out),
        ]
    )
    assert code == 0
    data = out.read_bytes()
    assert b"secret note" not in data  # personal data was not asked for
    assert out.stat().st_mode & 0o077 == 0
    if fmt == "json":
        assert json.loads(data)["format"] == "peerdesk-library"
    elif fmt == "markdown":
        assert b"## Walk the dog" in data
        assert b"<b>" not in data
    else:
        assert data.startswith(b"%PDF")
    printed = capsys.readouterr().out
    assert "No personal data" in printed


def test_import_into_a_fresh_vault_and_again(
    tmp_path: Path, fast_kdf: KdfParams, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_vault(tmp_path / "a", fast_kdf, mine=True)
    _make_vault(tmp_path / "b", fast_kdf, mine=False)
    out = tmp_path / "shared.json"
    common = ["--passphrase-file", str(passphrase_file)]
    assert (
        main(
            [
                "export",
                "library",
                "--vault",
                str(tmp_path / "a"),
                *common,
                "--include-personal",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(["import", "--vault", str(tmp_path / "b"), *common, "--from", "library", str(out)])
        == 0
    )
    first = capsys.readouterr().out
    assert "1 new" in first
    assert "1 use log." in first  # singular (it said "1 use logs")
    assert "Walk the dog" not in first  # counts only: stdout is not an export
    assert (
        main(["import", "--vault", str(tmp_path / "b"), *common, "--from", "library", str(out)])
        == 0
    )
    assert "0 added, 0 replaced" in capsys.readouterr().out


def test_a_bad_file_is_one_line_on_stderr(
    tmp_path: Path, fast_kdf: KdfParams, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_vault(tmp_path / "v", fast_kdf, mine=False)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "peerdesk-library", "version": 1, "strategies": [{}]}')
    code = main(
        [
            "import",
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-file",
            str(passphrase_file),
            "--from",
            "library",
            str(bad),
        ]
    )
    assert code != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert str(bad) in err[0]
    assert "strategies[0]: the field 'id' is missing; nothing was imported" in err[0]


def test_export_refuses_to_overwrite(
    tmp_path: Path, fast_kdf: KdfParams, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_vault(tmp_path / "v", fast_kdf, mine=False)
    out = tmp_path / "exists.json"
    out.write_text("keep me")
    code = main(
        [
            "export",
            "library",
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-file",
            str(passphrase_file),
            "--out",
            str(out),
        ]
    )
    assert code != 0
    assert out.read_text() == "keep me"
    assert "already exists" in capsys.readouterr().err


def test_restore_starter(
    tmp_path: Path, fast_kdf: KdfParams, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _make_vault(tmp_path / "v", fast_kdf, mine=False)
    assert (
        main(
            [
                "library",
                "restore-starter",
                "--vault",
                str(tmp_path / "v"),
                "--passphrase-file",
                str(passphrase_file),
            ]
        )
        == 0
    )
    assert "0 cards" in capsys.readouterr().out
