"""The audit trail: each event once, the hash chain and its anchor, no content in rows."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from peerdesk.services.audit import AUDIT_CSV_COLUMNS, AuditError
from peerdesk.services.policy import Policy
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import AuditEvent, database_proxy
from peerdesk.vault.errors import WrongSecretError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import FAILED_UNLOCKS_NAME, Vault
from tests.conftest import PASSPHRASE
from tests.unit.agency.conftest import filled_draft

CANARIES = ("Zebracanary-7731", "Quokkacanary-0412", "Narwhalcanary-5590")


def _kinds(services: Services) -> list[str]:
    return [r.kind for r in services.audit.rows()]


def _drop_guards() -> None:
    """What someone with the data key can do: the triggers are no protection against them."""
    database_proxy.execute_sql("DROP TRIGGER audit_event_no_update")
    database_proxy.execute_sql("DROP TRIGGER audit_event_no_delete")


def _fill(services: Services, n: int = 6) -> None:
    for i in range(n):
        services.audit.record("export", what="journal", format="markdown", file_name=f"f{i}.md")


def test_unlock_is_recorded_once_with_the_policy(agency: Services, default_policy: Policy) -> None:
    rows = agency.audit.rows()
    assert [r.kind for r in rows] == ["unlock"]
    assert rows[0].details["method"] == "created"
    assert rows[0].details["policy"] == default_policy.fingerprint()
    assert rows[0].details["policy_source"] == "none"
    assert rows[0].os_user
    assert rows[0].vault_label == agency.vault.folder.name
    assert agency.audit.verify().ok


def test_lock_failed_unlock_and_recovery_use_each_once(
    new_vault: tuple[Vault, str], default_policy: Policy
) -> None:
    vault, code = new_vault
    services = start_session(vault, policy=default_policy)
    end_session(services, reason="idle")
    for attempt in range(3):
        with pytest.raises(WrongSecretError):
            vault.unlock_with_passphrase(f"wrong {attempt}")
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_code("0000-0000-0000-0000-0000-0000-0000-0000")
    counter = json.loads((vault.folder / FAILED_UNLOCKS_NAME).read_text())
    assert counter["count"] == 4
    assert PASSPHRASE not in json.dumps(counter)
    vault.unlock_with_recovery_code(code)
    services = start_session(vault, policy=default_policy)
    assert not (vault.folder / FAILED_UNLOCKS_NAME).exists()
    rows = services.audit.rows()
    assert [r.kind for r in rows] == [
        "unlock",
        "lock",
        "failed_unlock",
        "unlock",
        "recovery_code_use",
    ]
    assert rows[1].details == {"reason": "idle"}
    assert rows[2].details["count"] == 4
    assert rows[2].details["methods"] == "passphrase:3, recovery code:1"
    assert rows[3].details["method"] == "recovery code"
    assert services.audit.verify().ok
    end_session(services, reason="manual")


def test_security_actions_are_audited_once(
    new_vault: tuple[Vault, str], default_policy: Policy, fast_kdf: KdfParams
) -> None:
    vault, code = new_vault
    services = start_session(vault, policy=default_policy)
    services.security.change_passphrase(PASSPHRASE, "another long passphrase here", kdf=fast_kdf)
    services.security.reset_passphrase(code, PASSPHRASE, kdf=fast_kdf)
    services.security.renew_recovery_code()
    services.security.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    counts = Counter(_kinds(services))
    assert counts == {
        "unlock": 1,
        "passphrase_change": 2,
        "recovery_code_use": 1,
        "recovery_code_renewed": 1,
        "key_rotation": 1,
    }
    check = services.audit.verify()
    assert check.ok, check.problem
    end_session(services)


def test_key_rotation_keeps_signed_notes_addenda_and_the_chain(
    new_vault: tuple[Vault, str], default_policy: Policy, fast_kdf: KdfParams
) -> None:
    vault, _code = new_vault
    services = start_session(vault, policy=default_policy)
    person = services.people.create("Robin Example", role="self").id
    note = filled_draft(services, person)
    services.notes.sign(note)
    services.notes.add_addendum(note, "Late entry", "Jo Okafor")
    services.security.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault, policy=default_policy)
    assert services.notes.get(note).addenda[0].text == "Late entry"
    assert services.audit.verify().ok
    end_session(services)


def test_deleting_a_row_is_detected_and_named(agency: Services) -> None:
    _fill(agency)
    _drop_guards()
    database_proxy.execute_sql("DELETE FROM audit_event WHERE seq = 4")
    check = agency.audit.verify()
    assert not check.ok
    assert check.first_broken == 4
    assert "row 4" in check.describe()


def test_editing_a_row_is_detected_and_named(agency: Services) -> None:
    _fill(agency)
    _drop_guards()
    database_proxy.execute_sql(
        "UPDATE audit_event SET details = ? WHERE seq = 3", ('{"what":"nothing"}',)
    )
    check = agency.audit.verify()
    assert check.first_broken == 3
    assert "changed" in check.describe()


def test_editing_a_row_and_rehashing_it_is_still_detected(agency: Services) -> None:
    from peerdesk.services.audit.service import canonical_bytes, chain_hash

    _fill(agency)
    _drop_guards()
    row = agency.audit.rows()[2]
    canonical = canonical_bytes(row.seq, row.at, "someone-else", row.vault_label, row.kind, "{}")
    database_proxy.execute_sql(
        "UPDATE audit_event SET os_user = 'someone-else', details = '{}', hash = ? WHERE seq = 3",
        (chain_hash(row.prev_hash, canonical),),
    )
    check = agency.audit.verify()
    assert check.first_broken == 4  # row 4 no longer follows row 3


def test_reordering_rows_is_detected(agency: Services) -> None:
    _fill(agency)
    _drop_guards()
    database_proxy.execute_sql("UPDATE audit_event SET seq = 100 WHERE seq = 2")
    database_proxy.execute_sql("UPDATE audit_event SET seq = 2 WHERE seq = 3")
    database_proxy.execute_sql("UPDATE audit_event SET seq = 3 WHERE seq = 100")
    check = agency.audit.verify()
    assert check.first_broken == 2


def test_cutting_the_tail_is_detected_by_the_anchor(agency: Services) -> None:
    _fill(agency)
    _drop_guards()
    database_proxy.execute_sql("DELETE FROM audit_event WHERE seq >= 6")
    check = agency.audit.verify()
    assert check.first_broken == 6
    assert "removed from the end" in check.describe()


def test_the_triggers_refuse_ordinary_writes(agency: Services) -> None:
    import peewee

    with pytest.raises(peewee.IntegrityError, match="append-only"):
        database_proxy.execute_sql("DELETE FROM audit_event")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        AuditEvent.update(kind="x").execute()


def test_anchor_catches_up_after_a_crash_between_commit_and_anchor(
    new_vault: tuple[Vault, str], default_policy: Policy
) -> None:
    vault, _ = new_vault
    services = start_session(vault, policy=default_policy)
    anchor = vault.audit_anchor
    assert anchor is not None
    _fill(services, 2)
    vault.set_audit_anchor(anchor["count"], anchor["head"])  # as if the anchor write was lost
    assert services.audit.verify().ok  # an intact extension of the anchored chain
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault, policy=default_policy)
    assert vault.audit_anchor == {
        "count": services.audit.count(),
        "head": services.audit.rows()[-1].hash,
    }
    end_session(services)


def test_details_refuse_free_text(agency: Services) -> None:
    with pytest.raises(AuditError):
        agency.audit.record("export", title="a title")  # type: ignore[arg-type]
    with pytest.raises(AuditError):
        agency.audit.record("export", person_id="Robin Example")
    with pytest.raises(AuditError):
        agency.audit.record("gossip")
    row = agency.audit.record("export", file_name="/home/someone/secret folder/out.csv")
    assert row.details["file_name"] == "out.csv"


def test_no_content_canaries_in_audit_rows_or_csv(agency: Services, tmp_path: Path) -> None:
    person = agency.people.create(CANARIES[0], role="self").id
    note = filled_draft(agency, person, what_was_done=CANARIES[1], response=CANARIES[2])
    agency.notes.sign(note)
    agency.audit.record_export("notes", "csv", "notes.csv", person_id=person, count=1)
    out = tmp_path / "audit.csv"
    agency.audit.write_csv(out)
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].split(",") == list(AUDIT_CSV_COLUMNS)
    raw = json.dumps([r.__dict__ for r in agency.audit.rows()])
    for canary in CANARIES:
        assert canary not in raw
        assert canary not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert agency.audit.rows()[-1].details["what"] == "audit"  # the CSV export itself


def test_deletions_reported_by_services_are_audited_once(agency: Services) -> None:
    person = agency.people.create("Ann Example", role="supporter").id
    goal = agency.roadmap.create_goal(person, "A goal").id
    draft = agency.notes.create_draft(person, __import__("datetime").date(2026, 1, 1)).id
    agency.roadmap.delete_goal(goal)
    agency.notes.delete_draft(draft)
    agency.people.delete(person)
    rows = [r for r in agency.audit.rows() if r.kind == "delete"]
    assert [(r.details["what"], r.details.get("item_id")) for r in rows] == [
        ("goal", goal),
        ("session_note", draft),
        ("person", person),
    ]
    assert agency.audit.verify().ok


def test_a_row_in_a_rolled_back_transaction_leaves_no_false_alarm(agency: Services) -> None:
    class Boom(Exception):
        pass

    def export_then_fail() -> None:
        with database_proxy.atomic():
            agency.audit.record("export", what="journal")
            raise Boom

    with pytest.raises(Boom):
        export_then_fail()
    assert agency.audit.verify().ok
    with database_proxy.atomic():
        agency.audit.record("export", what="roadmap")
    assert agency.audit.verify().ok
    agency.audit.reconcile_anchor()
    anchor = agency.vault.audit_anchor
    assert anchor is not None
    assert anchor["count"] == agency.audit.count()
