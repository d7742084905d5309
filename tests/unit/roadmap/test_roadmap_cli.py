"""``peerdesk export roadmap`` in Markdown and HTML (PDF is tested with the GUI tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_args(tmp_path: Path, fast_kdf: KdfParams) -> list[str]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    sam = services.people.create("Sam", "self", is_owner=True)
    kim = services.people.create("Kim Lee", "self")
    alex = services.people.create("Alex", "peer_specialist", contact="alex@example.org")
    flat = services.roadmap.create_goal(
        sam.id, "Own flat", target_date=date(2027, 3, 1), participants=[(alex.id, "forms")]
    )
    services.roadmap.add_milestone(flat.id, "Forms <b>now</b>", owner_id=alex.id)
    services.roadmap.create_goal(sam.id, "Walk daily")
    services.roadmap.create_goal(kim.id, "Kim's goal")
    end_session(services)
    vault.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return ["--vault", str(folder), "--passphrase-file", str(secret)]


def _export(vault_args: list[str], *extra: str) -> int:
    return main(["export", "roadmap", *vault_args, *extra])


def test_markdown_for_the_owner_by_default(
    vault_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.md"
    assert _export(vault_args, "--format", "markdown", "--out", str(out)) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Recovery plan: Sam\n")
    assert "## Own flat" in text
    assert "Forms \\<b\\>now\\</b\\>" in text
    assert "Kim" not in text
    assert "alex@example.org" not in text
    assert capsys.readouterr().out.startswith(
        "Recovery plan for Sam: 2 goals, 1 milestone, 0 check-ins."
    )


def test_html_for_a_named_person_and_chosen_goal(vault_args: list[str], tmp_path: Path) -> None:
    out = tmp_path / "plan.html"
    args = ["--format", "html", "--out", str(out), "--person", "sam", "--goal", "own flat"]
    assert _export(vault_args, *args, "--contacts") == 0
    page = out.read_text(encoding="utf-8")
    assert "Forms &lt;b&gt;now&lt;/b&gt;" in page
    assert "Walk daily" not in page
    assert "alex@example.org" in page
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--person", "Nobody"], "nobody called 'Nobody' is in the circle"),
        (["--goal", "Fly to the moon"], "Sam has no goal called 'Fly to the moon'"),
        (["--checkins", "-1"], "--checkins must be 0 or more"),
    ],
)
def test_bad_requests_are_one_line_errors_and_write_nothing(
    vault_args: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "plan.md"
    assert _export(vault_args, "--format", "markdown", "--out", str(out), *extra) == 1
    err = capsys.readouterr().err
    assert err == f"peerdesk: {message}\n"
    assert not out.exists()


def test_an_existing_file_is_not_replaced_without_force(
    vault_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.md"
    out.write_text("keep me", encoding="utf-8")
    assert _export(vault_args, "--format", "markdown", "--out", str(out)) == 1
    assert f"peerdesk: {out}: the file already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert _export(vault_args, "--format", "markdown", "--out", str(out), "--force") == 0
    assert out.read_text(encoding="utf-8").startswith("# Recovery plan")
