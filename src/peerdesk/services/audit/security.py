"""Vault secrets changed under the organisation's policy, each change audited.

The GUI and the CLI call these instead of the :class:`~peerdesk.vault.vault.Vault` methods,
so the passphrase rules and "remember on this computer" are enforced in one place and every
change lands in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.services.audit.service import AuditService
from peerdesk.services.policy import Policy
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


@dataclass
class SecurityService:
    vault: Vault
    audit: AuditService
    policy: Policy

    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
        self.policy.check_passphrase(new)
        self.vault.change_passphrase(current, new, kdf=kdf)
        self.audit.record("passphrase_change", via="passphrase")

    def reset_passphrase(
        self, recovery_code: str, new: str, *, kdf: KdfParams | None = None
    ) -> None:
        """With the recovery code (records the code's use and the change)."""
        self.policy.check_passphrase(new)
        self.vault.reset_passphrase(recovery_code, new, kdf=kdf)
        if self.vault.unlocked_with != "recovery code":  # else recorded at unlock already
            self.audit.record("recovery_code_use", what="passphrase reset")
        self.audit.record("passphrase_change", via="recovery code")

    def renew_recovery_code(self) -> str:
        code = self.vault.renew_recovery_code()
        self.audit.record("recovery_code_renewed")
        return code

    def rotate_data_key(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        code = self.vault.rotate_data_key(passphrase, kdf=kdf)
        self.audit.record("key_rotation")
        return code

    def remember_on_this_computer(self) -> None:
        self.policy.check_remember()
        self.vault.remember_on_this_computer()
        self.audit.record("remember_changed", setting="on")

    def forget_on_this_computer(self) -> None:
        self.vault.forget_on_this_computer()
        self.audit.record("remember_changed", setting="off")

    def enforce_remember_policy(self) -> bool:
        """At unlock: a vault remembered against the policy is forgotten. True if it was."""
        if self.policy.allows_remember() or not self.vault.remembered_on_this_computer:
            return False
        self.vault.forget_on_this_computer()
        self.audit.record("remember_changed", setting="off by policy")
        return True
