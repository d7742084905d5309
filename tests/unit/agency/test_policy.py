"""The organisation's policy: read from the fixed place, sources, malformed → strictest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from peerdesk.services.policy import (
    REGISTRY_KEY,
    SETTING_NAMES,
    STRICTEST,
    PolicyViolation,
    load_policy,
    system_policy_file,
)
from peerdesk.services.policy import loader as policy_loader
from tests.unit.agency.conftest import no_registry, policy_from

FULL = """\
# PeerDesk policy for the drop-in centre
allow_remember_on_this_computer = false
max_auto_lock_minutes = 10
min_passphrase_length = 14
min_passphrase_strength = 3
vault_locations = ["/srv/peerdesk"]
allow_plaintext_exports = false
export_notice = "42 CFR Part 2: no redisclosure."
areas = ["notes", "caseload", "roadmap"]
require_note_fields = ["response", "goals_addressed"]
"""


def _is_strictest(policy: object) -> None:
    for name in SETTING_NAMES:
        assert getattr(policy, name) == STRICTEST[name], name


def test_no_policy_means_defaults_not_managed(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.toml", registry=no_registry)
    assert policy.problems == ()
    assert not any(policy.is_managed(n) for n in SETTING_NAMES)
    assert policy.allows_plaintext_export()
    assert policy.clamp_auto_lock(0) == 0
    assert policy.shows_area("journal")
    assert not policy.shows_area("notes")
    assert policy.shows_area("notes", enabled_here=True)


def test_every_setting_read_with_file_and_line(tmp_path: Path) -> None:
    policy = policy_from(tmp_path, FULL)
    assert policy.problems == ()
    assert policy.allow_remember_on_this_computer is False
    assert policy.max_auto_lock_minutes == 10
    assert policy.min_passphrase_length == 14
    assert policy.min_passphrase_strength == 3
    assert policy.vault_locations == ("/srv/peerdesk",)
    assert policy.allow_plaintext_exports is False
    assert policy.export_notice.startswith("42 CFR")
    assert policy.areas == ("notes", "caseload", "roadmap")
    assert policy.require_note_fields == ("response", "goals_addressed")
    for line, name in enumerate(SETTING_NAMES, start=2):
        source = policy.source(name)
        assert source.kind == "file"
        assert source.line == line, name
        assert source.describe() == f"{tmp_path / 'policy.toml'}:{line}"
        assert policy.is_managed(name)


def test_enforcement_helpers(tmp_path: Path) -> None:
    policy = policy_from(tmp_path, FULL)
    assert policy.clamp_auto_lock(0) == 10  # "never" is not allowed
    assert policy.clamp_auto_lock(60) == 10
    assert policy.clamp_auto_lock(3) == 3
    with pytest.raises(PolicyViolation, match="14 characters"):
        policy.check_passphrase("short phrase")
    with pytest.raises(PolicyViolation, match="stronger"):
        policy.check_passphrase("aaaaaaaaaaaaaaaaaaaa")
    policy.check_passphrase("four quiet words walking home")
    policy.check_vault_location(Path("/srv/peerdesk/jo"))
    with pytest.raises(PolicyViolation, match="/srv/peerdesk"):
        policy.check_vault_location(Path("/srv/peerdesk-other/jo"))
    with pytest.raises(PolicyViolation):
        policy.check_vault_location(Path("/srv/peerdesk/../elsewhere"))
    with pytest.raises(PolicyViolation, match="readable"):
        policy.check_plaintext_export("journal")
    with pytest.raises(PolicyViolation):
        policy.check_remember()
    assert not policy.shows_area("journal")
    assert policy.missing_note_fields({"response": True}) == ["goals_addressed"]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("max_auto_lock_minutes = 10\nallow_plaintext_exports = tru\n", 2, "not valid TOML"),
        ('max_auto_lock_minutes = "ten"\n', 1, "whole number"),
        ("\n\nallow_plaintext_exports = 1\n", 3, "true or false"),
        ("max_auto_lock_minutes = 100000\n", 1, "from 1 to 1440"),
        ("allow_plaintext_export = false\n", 1, "unknown setting"),
        ('areas = ["journal", "diary"]\n', 1, "unknown item 'diary'"),
        ('vault_locations = ["relative/folder"]\n', 1, "absolute"),
        ('require_note_fields = ["mood"]\n', 1, "unknown item"),
        ("max_auto_lock_minutes = 5\n\n[extra]\nx = 1\n", 3, "unknown setting 'extra'"),
    ],
)
def test_malformed_policy_is_strictest_and_names_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    policy = policy_from(tmp_path, text)
    _is_strictest(policy)
    assert len(policy.problems) == 1
    problem = policy.problems[0]
    assert problem.path == str(tmp_path / "policy.toml")
    assert problem.line == line
    assert words in str(problem)
    assert f"policy.toml:{line}:" in str(problem)
    assert policy.source("allow_plaintext_exports").kind == "fallback"
    assert policy.is_managed("max_auto_lock_minutes")
    assert policy.clamp_auto_lock(30) == 1
    with pytest.raises(PolicyViolation):
        policy.check_plaintext_export()
    with pytest.raises(PolicyViolation):
        policy.check_vault_location(tmp_path)


def test_not_utf8_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b'max_auto_lock_minutes = 5\nexport_notice = "\xff"\n')
    policy = load_policy(path, registry=no_registry)
    assert policy.problems[0].line == 2
    _is_strictest(policy)


def test_registry_wins_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("max_auto_lock_minutes = 10\nallow_plaintext_exports = true\n")

    def registry() -> dict[str, object]:
        return {"max_auto_lock_minutes": 3, "areas": ["notes", "caseload"], "export_notice": "GPO"}

    policy = load_policy(path, registry=registry)
    assert policy.max_auto_lock_minutes == 3
    assert policy.source("max_auto_lock_minutes").kind == "registry"
    assert (
        policy.source("max_auto_lock_minutes").describe()
        == REGISTRY_KEY + "\\max_auto_lock_minutes"
    )
    assert policy.allow_plaintext_exports is True
    assert policy.source("allow_plaintext_exports").line == 2
    assert policy.areas == ("notes", "caseload")
    assert policy.files_read == (str(path), REGISTRY_KEY)


def test_bad_registry_value_is_strictest(tmp_path: Path) -> None:
    policy = load_policy(
        tmp_path / "absent.toml", registry=lambda: {"allow_plaintext_exports": "yes"}
    )
    _is_strictest(policy)
    assert REGISTRY_KEY in str(policy.problems[0])


def test_location_is_fixed_and_not_moved_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    loose = tmp_path / "loose.toml"
    loose.write_text("allow_plaintext_exports = true\n")
    for name in (
        "PEERDESK_POLICY",
        "PEERDESK_POLICY_FILE",
        "PEERDESK_POLICY_DIR",
        "ProgramData",
        "PROGRAMDATA",
        "ALLUSERSPROFILE",
        "XDG_CONFIG_DIRS",
        "XDG_CONFIG_HOME",
    ):
        monkeypatch.setenv(name, str(loose))
    assert system_policy_file("linux") == Path("/etc/peerdesk/policy.toml")
    assert system_policy_file("darwin") == Path("/Library/Application Support/PeerDesk/policy.toml")
    assert system_policy_file("win32") == Path(r"C:\ProgramData") / "PeerDesk" / "policy.toml"
    # A strict policy in the (test-substituted) system place is not loosened by any of it.
    strict = tmp_path / "strict.toml"
    strict.write_text("allow_plaintext_exports = false\n")
    monkeypatch.setattr(policy_loader, "system_policy_file", lambda platform="": strict)
    assert load_policy().allow_plaintext_exports is False


def test_json_and_fingerprint(tmp_path: Path) -> None:
    policy = policy_from(tmp_path, FULL)
    data = policy.to_json()
    settings = data["settings"]
    assert isinstance(settings, dict)
    assert settings["max_auto_lock_minutes"]["value"] == 10
    assert settings["max_auto_lock_minutes"]["managed"] is True
    default = load_policy(tmp_path / "absent.toml", registry=no_registry)
    assert policy.fingerprint() != default.fingerprint()


def test_admx_template_covers_every_setting() -> None:
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[3] / "packaging" / "windows"
    admx = ET.parse(root / "peerdesk.admx").getroot()
    names: set[str] = set()
    for element in admx.iter():
        if element.get("valueName"):
            names.add(str(element.get("valueName")))
        key = element.get("key", "")
        if element.tag.endswith("list") and key.startswith("Software\\Policies\\PeerDesk\\"):
            names.add(key.rsplit("\\", 1)[1])
    assert names == set(SETTING_NAMES)
    adml = (root / "en-US" / "peerdesk.adml").read_text(encoding="utf-8")
    for ref in set(re.findall(r"\$\(string\.(\w+)\)", (root / "peerdesk.admx").read_text())):
        assert f'<string id="{ref}">' in adml, ref


def test_registry_multi_string_notice(tmp_path: Path) -> None:
    policy = load_policy(
        tmp_path / "absent.toml",
        registry=lambda: {"export_notice": ["Line one.", "Line two."], "areas": ["notes"]},
    )
    assert policy.export_notice == "Line one.\nLine two."
    assert policy.areas == ("notes",)
