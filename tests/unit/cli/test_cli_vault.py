"""``peerdesk vault …`` and ``self-test``: real processes, real vaults, one-line errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEERDESK_KDF_TARGET_MS="5")
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("a quiet morning walk\n")
    return path


@pytest.fixture
def cli_vault(tmp_path: Path, pass_file: Path) -> Path:
    folder = tmp_path / "vault"
    result = run("vault", "init", "--vault", str(folder), "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr
    return folder


def test_init_prints_the_recovery_code_once(tmp_path: Path, pass_file: Path) -> None:
    folder = tmp_path / "v"
    result = run("vault", "init", "--vault", str(folder), "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr
    assert "recovery code" in result.stdout
    code_lines = [ln.strip() for ln in result.stdout.splitlines() if ln.count("-") == 7]
    assert len(code_lines) == 1
    assert code_lines[0] not in (folder / "keys.json").read_text()


def test_check_reports_ok(cli_vault: Path, pass_file: Path) -> None:
    result = run("vault", "check", "--vault", str(cli_vault), "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_wrong_passphrase_one_line_error_and_nothing_changed(
    cli_vault: Path, tmp_path: Path
) -> None:
    before = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in cli_vault.iterdir()
        if p.is_file()
    }
    result = run(
        "vault", "check", "--vault", str(cli_vault), "--passphrase-file", "-", stdin="nope\n"
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "does not unlock" in result.stderr
    after = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in cli_vault.iterdir()
        if p.is_file()
    }
    # Only the failed-unlock counter (no secret; the next unlock audits and removes it).
    assert after.pop("failed-unlocks.json", None) is not None
    assert after == before


def test_passwd_backup_restore_round_trip(cli_vault: Path, pass_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdbackup"
    result = run(
        "vault",
        "backup",
        "--vault",
        str(cli_vault),
        "--passphrase-file",
        str(pass_file),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()
    new_pass = tmp_path / "new.txt"
    new_pass.write_text("a new evening routine\n")
    result = run(
        "vault",
        "passwd",
        "--vault",
        str(cli_vault),
        "--passphrase-file",
        str(pass_file),
        "--new-passphrase-file",
        str(new_pass),
    )
    assert result.returncode == 0, result.stderr
    result = run("vault", "check", "--vault", str(cli_vault), "--passphrase-file", str(new_pass))
    assert result.returncode == 0, result.stderr
    result = run(
        "vault", "restore", "--vault", str(cli_vault), "--passphrase-file", str(pass_file), str(out)
    )
    assert result.returncode == 0, result.stderr
    result = run("vault", "check", "--vault", str(cli_vault), "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr


def test_missing_vault_and_usage_errors(tmp_path: Path, pass_file: Path, cli_vault: Path) -> None:
    result = run(
        "vault", "check", "--vault", str(tmp_path / "none"), "--passphrase-file", str(pass_file)
    )
    assert result.returncode == 1
    assert str(tmp_path / "none") in result.stderr
    result = run("vault", "frobnicate")
    assert result.returncode == 2
    result = run(
        "vault",
        "check",
        "--vault",
        str(cli_vault),
        "--passphrase-file",
        str(tmp_path / "absent.txt"),
    )
    assert result.returncode != 0
    assert "absent.txt" in result.stderr


def test_no_terminal_and_no_passphrase_file_is_a_usage_error(cli_vault: Path) -> None:
    result = run("vault", "check", "--vault", str(cli_vault), stdin="")
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr


def test_self_test_passes() -> None:
    result = run("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SQLCipher" in result.stdout
    assert "All checks passed." in result.stdout


def test_smoke_on_a_demo_vault_prints_timings() -> None:
    import json

    result = run("--demo", "--smoke")
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert timings["ok"] is True
    assert "unlock_ms" in timings
    assert timings["area_ms"]


def test_smoke_on_a_real_vault(cli_vault: Path, pass_file: Path) -> None:
    result = run("--vault", str(cli_vault), "--smoke", "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr
    assert '"ok": true' in result.stdout


def test_rotate_key_prints_a_new_code_and_keeps_data(cli_vault: Path, pass_file: Path) -> None:
    from peerdesk.services.journal.model import EntryFields
    from peerdesk.services.session import end_session, start_session
    from peerdesk.vault.vault import Vault

    passphrase = pass_file.read_text().strip()
    vault = Vault.open(cli_vault)  # data to keep: an empty vault proves nothing
    vault.unlock_with_passphrase(passphrase)
    services = start_session(vault)
    for i in range(5):
        services.journal.create(EntryFields(title=f"kept {i}", body="across the new key"))
    end_session(services)
    vault.close()
    before = (cli_vault / "peerdesk.db").read_bytes()
    result = run(
        "vault", "rotate-key", "--vault", str(cli_vault), "--passphrase-file", str(pass_file)
    )
    assert result.returncode == 0, result.stderr
    assert "new recovery code" in result.stdout
    assert (cli_vault / "peerdesk.db").read_bytes() != before
    result = run("vault", "check", "--vault", str(cli_vault), "--passphrase-file", str(pass_file))
    assert result.returncode == 0, result.stderr
    found = run("search", "--vault", str(cli_vault), "--passphrase-file", str(pass_file),
                "--json", "across")  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert found.stdout.count('"title": "kept') == 5
