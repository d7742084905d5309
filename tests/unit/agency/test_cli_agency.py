"""The CLI under a policy: every setting honoured, no flag or variable around it; audit, notes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from peerdesk.cli import common
from peerdesk.cli.main import main
from peerdesk.services.policy import loader as policy_loader

PASS = "four quiet words walking home"


@pytest.fixture
def policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stand-in for /etc/peerdesk/policy.toml (the only thing tests may move)."""
    path = tmp_path / "etc" / "policy.toml"
    path.parent.mkdir()
    monkeypatch.setattr(policy_loader, "system_policy_file", lambda platform="": path)
    monkeypatch.setattr(policy_loader, "read_windows_registry", lambda: None)
    common._warned.clear()
    return path


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n")
    return path


def _vault(tmp_path: Path, pass_file: Path, name: str = "vault", sample: bool = True) -> Path:
    folder = tmp_path / name
    args = ["vault", "init", "--vault", str(folder), "--passphrase-file", str(pass_file)]
    assert main([*args, "--sample-data"] if sample else args) == 0
    return folder


def _audit_kinds(folder: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert (
        main(
            ["audit", "--vault", str(folder), "--passphrase-file", str(pass_file), "--limit", "500"]
        )
        == 0
    )
    return [line.split()[3] for line in capsys.readouterr().out.splitlines()]


def test_policy_show_names_sources(policy_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy_file.write_text("max_auto_lock_minutes = 5\n\nallow_plaintext_exports = false\n")
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert f"{policy_file}:1" in out
    assert f"{policy_file}:3" in out
    assert "default (not managed)" in out
    assert main(["policy", "show", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["settings"]["allow_plaintext_exports"] == {
        "value": False,
        "source": "file",
        "where": f"{policy_file}:3",
        "managed": True,
    }


def test_malformed_policy_one_error_line_and_strictest(
    policy_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy_file.write_text("max_auto_lock_minutes = 5\nareas = [\n")
    assert main(["policy", "show", "--json"]) == 0
    captured = capsys.readouterr()
    assert f"{policy_file}:" in captured.err
    assert "strictest" in captured.err
    data = json.loads(captured.out)
    assert data["settings"]["allow_plaintext_exports"]["value"] is False
    assert data["settings"]["max_auto_lock_minutes"]["value"] == 1


def test_no_flag_moves_the_policy(policy_file: Path, tmp_path: Path) -> None:
    loose = tmp_path / "loose.toml"
    loose.write_text("allow_plaintext_exports = true\n")
    for flag in ("--policy", "--policy-file", "--no-policy"):
        with pytest.raises(SystemExit) as info:
            main([flag, str(loose), "policy", "show"])
        assert info.value.code == 2


@pytest.mark.parametrize(
    ("what", "fmt"),
    [
        ("journal", "markdown"),
        ("journal", "json"),
        ("roadmap", "html"),
        ("roadmap", "markdown"),
        ("library", "json"),
        ("library", "markdown"),
        ("notes", "csv"),
        ("notes", "pdf"),
    ],
)
def test_plaintext_exports_refused_by_policy(
    policy_file: Path,
    tmp_path: Path,
    pass_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    fmt: str,
) -> None:
    folder = _vault(tmp_path, pass_file)
    policy_file.write_text("allow_plaintext_exports = false\n")
    monkeypatch.setenv("PEERDESK_ALLOW_PLAINTEXT_EXPORTS", "1")
    out = tmp_path / f"out.{fmt}"
    capsys.readouterr()
    extra = ["--person", "Sam Rivera"] if what == "roadmap" else []
    code = main(
        [
            "export",
            what,
            "--vault",
            str(folder),
            "--passphrase-file",
            str(pass_file),
            "--format",
            fmt,
            "--out",
            str(out),
            *extra,
        ]
    )
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "does not allow readable" in err[0]
    assert not out.exists()


def test_audit_csv_refused_when_plaintext_exports_are_off(
    policy_file: Path, tmp_path: Path, pass_file: Path
) -> None:
    folder = _vault(tmp_path, pass_file, sample=False)
    policy_file.write_text("allow_plaintext_exports = false\n")
    out = tmp_path / "audit.csv"
    assert (
        main(
            [
                "audit",
                "--vault",
                str(folder),
                "--passphrase-file",
                str(pass_file),
                "--csv",
                str(out),
            ]
        )
        == 1
    )
    assert not out.exists()


def test_passphrase_rules_for_init_passwd_recover(
    policy_file: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _vault(tmp_path, pass_file, sample=False)
    policy_file.write_text("min_passphrase_length = 40\nmin_passphrase_strength = 4\n")
    capsys.readouterr()
    assert (
        main(
            ["vault", "init", "--vault", str(tmp_path / "v2"), "--passphrase-file", str(pass_file)]
        )
        == 1
    )
    assert "at least 40 characters" in capsys.readouterr().err
    assert not (tmp_path / "v2").exists()
    short = tmp_path / "new.txt"
    short.write_text("still not forty characters long\n")
    args = ["--vault", str(folder), "--new-passphrase-file", str(short)]
    assert main(["vault", "passwd", "--passphrase-file", str(pass_file), *args]) == 1
    code_file = tmp_path / "code.txt"
    code_file.write_text("0000-0000-0000-0000-0000-0000-0000-0000\n")
    assert main(["vault", "recover", "--recovery-code-file", str(code_file), *args]) == 1
    assert "at least 40" in capsys.readouterr().err
    # Nothing changed: the old passphrase still opens the vault.
    assert (
        main(["vault", "check", "--vault", str(folder), "--passphrase-file", str(pass_file)]) == 0
    )


def test_vault_locations_for_every_command(
    policy_file: Path,
    tmp_path: Path,
    pass_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    outside = _vault(tmp_path, pass_file, "outside", sample=False)
    allowed = tmp_path / "allowed"
    policy_file.write_text(f'vault_locations = ["{allowed}"]\n')
    base = ["--vault", str(outside), "--passphrase-file", str(pass_file)]
    for command in (
        ["vault", "check", *base],
        ["vault", "passwd", *base, "--new-passphrase-file", str(pass_file)],
        ["vault", "rotate-key", *base],
        ["vault", "backup", *base, "--out", str(tmp_path / "b.pdbackup")],
        ["audit", *base],
        ["search", *base, "anything"],
        ["export", "notes", *base, "--format", "csv", "--out", str(tmp_path / "n.csv")],
        [
            "vault",
            "init",
            "--vault",
            str(tmp_path / "elsewhere"),
            "--passphrase-file",
            str(pass_file),
        ],
    ):
        capsys.readouterr()
        assert main(command) == 1, command
        assert "allows vaults only in" in capsys.readouterr().err, command
    # The GUI path (peerdesk --vault DIR) too, before any window is built.
    import peerdesk.launch

    monkeypatch.setattr(peerdesk.launch, "run_app", lambda **_kw: 99)
    capsys.readouterr()
    assert main(["--vault", str(outside)]) == 1
    assert "allows vaults only in" in capsys.readouterr().err
    inside = _vault(allowed, pass_file, "jo", sample=False)
    assert (
        main(["vault", "check", "--vault", str(inside), "--passphrase-file", str(pass_file)]) == 0
    )


def test_export_notes_csv_with_notice_and_audit(
    policy_file: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _vault(tmp_path, pass_file)
    policy_file.write_text('export_notice = "42 CFR Part 2 applies: do not redisclose."\n')
    out = tmp_path / "priya.csv"
    base = ["--vault", str(folder), "--passphrase-file", str(pass_file)]
    capsys.readouterr()
    assert (
        main(
            [
                "export",
                "notes",
                *base,
                "--format",
                "csv",
                "--out",
                str(out),
                "--person",
                "Priya Shah",
            ]
        )
        == 0
    )
    assert "42 CFR Part 2" in capsys.readouterr().out
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert {r["person"] for r in rows} == {"Priya Shah"}
    assert all(r["export_notice"].startswith("42 CFR") for r in rows)
    assert sum(1 for r in rows if r["addenda"].startswith("[Addendum")) == 1
    # Never overwritten.
    assert main(["export", "notes", *base, "--format", "csv", "--out", str(out)]) == 1
    kinds = _audit_kinds(folder, pass_file, capsys)
    assert kinds.count("export") == 1
    capsys.readouterr()
    assert main(["audit", *base, "--verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_cli_events_recorded_once(
    policy_file: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _vault(tmp_path, pass_file, sample=False)
    base = ["--vault", str(folder), "--passphrase-file", str(pass_file)]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it at all\n")
    assert main(["vault", "check", "--vault", str(folder), "--passphrase-file", str(wrong)]) == 1
    new = tmp_path / "new.txt"
    new.write_text("five other quiet words here\n")
    assert main(["vault", "passwd", *base, "--new-passphrase-file", str(new)]) == 0
    assert (
        main(
            [
                "vault",
                "passwd",
                "--vault",
                str(folder),
                "--passphrase-file",
                str(new),
                "--new-passphrase-file",
                str(pass_file),
            ]
        )
        == 0
    )
    backup = tmp_path / "b.pdbackup"
    assert main(["vault", "backup", *base, "--out", str(backup)]) == 0
    journal = tmp_path / "j.md"
    assert main(["export", "journal", *base, "--format", "markdown", "--out", str(journal)]) == 0
    assert main(["vault", "rotate-key", *base]) == 0
    assert main(["vault", "restore", *base, str(backup)]) == 0
    kinds = _audit_kinds(folder, pass_file, capsys)
    # The restored trail is the backup's, followed by the restore itself.
    assert kinds.count("failed_unlock") == 1
    assert kinds.count("passphrase_change") == 2
    assert kinds.count("restore") == 1
    assert kinds[-4:] == ["unlock", "restore", "lock", "unlock"]
    assert "key_rotation" not in kinds  # it happened after the backup was taken
    assert kinds.count("export") == 0  # the backup row is written after the copy is made
    capsys.readouterr()
    assert main(["audit", *base, "--verify"]) == 0


def test_audit_verify_exits_1_naming_the_row(
    policy_file: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from peerdesk.services.session import end_session, start_session
    from peerdesk.store.records import database_proxy
    from peerdesk.vault.vault import Vault

    folder = _vault(tmp_path, pass_file, sample=False)
    base = ["--vault", str(folder), "--passphrase-file", str(pass_file)]
    for _ in range(3):
        assert main(["vault", "check", *base]) == 0
    with Vault.open(folder) as vault:
        vault.unlock_with_passphrase(PASS)
        services = start_session(
            vault, policy=policy_loader.load_policy(policy_file, registry=lambda: None)
        )
        database_proxy.execute_sql("DROP TRIGGER audit_event_no_delete")
        database_proxy.execute_sql("DELETE FROM audit_event WHERE seq = 3")
        end_session(services)
    capsys.readouterr()
    assert main(["audit", *base, "--verify"]) == 1
    err = capsys.readouterr().err
    assert "row 3" in err


def test_import_and_export_recorded_once_each(
    policy_file: Path, tmp_path: Path, pass_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _vault(tmp_path, pass_file, sample=False)
    base = ["--vault", str(folder), "--passphrase-file", str(pass_file)]
    cards = tmp_path / "cards.json"
    assert main(["export", "library", *base, "--format", "json", "--out", str(cards)]) == 0
    assert main(["import", *base, "--from", "library", str(cards)]) == 0
    capsys.readouterr()
    assert main(["audit", *base, "--limit", "500"]) == 0
    lines = capsys.readouterr().out.splitlines()
    exports = [line for line in lines if " export " in line]
    imports = [line for line in lines if " import " in line]
    assert len(exports) == 1
    assert "file_name=cards.json" in exports[0]
    assert "what=library" in exports[0]
    assert len(imports) == 1
    assert "format=library" in imports[0]
