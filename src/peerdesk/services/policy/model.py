"""The organisation's policy: the settings an administrator manages, each with its source.

A :class:`Policy` is immutable. Every value carries a :class:`Source` (the file and line,
the registry value, the built-in default, or the strict fallback used when the policy could
not be read) so the GUI can show "managed by your organisation" and ``peerdesk policy show``
can say where each value came from. The enforcement helpers (``clamp_auto_lock``,
``check_passphrase``, ``check_vault_location``, ``check_plaintext_export``, ...) are what the
app and the CLI call; they raise :class:`PolicyViolation` with a one-line reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from peerdesk.i18n import translate
from peerdesk.vault.errors import VaultError
from peerdesk.vault.strength import MIN_LENGTH, estimate

SourceKind = Literal["default", "file", "registry", "fallback"]

# Every area the app knows; the agency areas (notes, caseload) are off unless enabled.
ALL_AREAS = ("journal", "roadmap", "library", "notes", "caseload")
PERSONAL_AREAS = ("journal", "roadmap", "library")
# Note fields that ``require_note_fields`` may name (see services/notes).
NOTE_FIELDS = (
    "start_time",
    "end_time",
    "setting",
    "mode",
    "service_type",
    "goals_addressed",
    "what_was_done",
    "response",
    "next_steps",
    "next_steps_by",
    "staff_name",
    "staff_credential",
)
MAX_AUTO_LOCK_LIMIT = 24 * 60
MIN_PASSPHRASE_LENGTH_LIMIT = 128
DEFAULT_NOTICE_FALLBACK = (
    "This export holds confidential information. The organisation's policy could not be "
    "read, so the strictest rules apply; ask your administrator before sharing it."
)


class PolicyViolation(VaultError):
    """Refused by the organisation's policy (a one-line reason, naming the file if any)."""


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    path: str = ""  # the policy file or the registry key
    line: int | None = None  # in the file
    name: str = ""  # the registry value name

    def describe(self) -> str:
        if self.kind == "default":
            return translate("Policy", "default (not managed)")
        if self.kind == "fallback":
            return translate("Policy", "strictest fallback (the policy could not be read)")
        if self.kind == "registry":
            return f"{self.path}\\{self.name}"
        return f"{self.path}:{self.line}" if self.line else self.path

    @property
    def managed(self) -> bool:
        """Set by the organisation (or forced by a broken policy): the user cannot change it."""
        return self.kind != "default"


@dataclass(frozen=True)
class PolicyProblem:
    """A malformed policy: the file (or registry key), the line when known, and what is wrong."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


PolicyValue = bool | int | str | tuple[str, ...] | None


@dataclass(frozen=True)
class Policy:
    """The effective policy. ``None`` for a limit means "no limit" (not managed)."""

    allow_remember_on_this_computer: bool = True
    max_auto_lock_minutes: int | None = None
    min_passphrase_length: int = MIN_LENGTH
    min_passphrase_strength: int = 1  # 0..4, the scale of vault/strength.py
    vault_locations: tuple[str, ...] | None = None  # None: any folder
    allow_plaintext_exports: bool = True
    export_notice: str = ""
    areas: tuple[str, ...] | None = None  # None: the app decides (personal areas + enabled)
    require_note_fields: tuple[str, ...] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)
    problems: tuple[PolicyProblem, ...] = ()
    files_read: tuple[str, ...] = ()

    # -- describing ------------------------------------------------------------------------

    def source(self, name: str) -> Source:
        return self.sources.get(name, Source("default"))

    def is_managed(self, name: str) -> bool:
        """True when the organisation sets ``name``: show it as managed, do not let it change."""
        return self.source(name).managed

    @property
    def is_fallback(self) -> bool:
        return bool(self.problems)

    def values(self) -> dict[str, PolicyValue]:
        return {name: getattr(self, name) for name in SETTING_NAMES}

    def to_json(self) -> dict[str, object]:
        """The effective values and their sources (for ``policy show --json``)."""
        settings: dict[str, object] = {}
        for name in SETTING_NAMES:
            value = getattr(self, name)
            src = self.source(name)
            settings[name] = {
                "value": list(value) if isinstance(value, tuple) else value,
                "source": src.kind,
                "where": src.describe() if src.kind in ("file", "registry") else "",
                "managed": src.managed,
            }
        return {
            "settings": settings,
            "problems": [str(p) for p in self.problems],
            "files_read": list(self.files_read),
            "fingerprint": self.fingerprint(),
        }

    def fingerprint(self) -> str:
        """A short digest of the effective values (recorded in the audit trail at unlock)."""
        data = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.values().items()}
        raw = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return hashlib.sha256(raw).hexdigest()[:16]

    def summary_source(self) -> str:
        """Where the policy came from, in a few words (no user content)."""
        if self.problems:
            return "fallback"
        kinds = {s.kind for s in self.sources.values()}
        if not kinds or kinds == {"default"}:
            return "none"
        return "+".join(sorted(k for k in kinds if k != "default"))

    # -- enforcement -----------------------------------------------------------------------

    def clamp_auto_lock(self, minutes: int) -> int:
        """The auto-lock delay to use: never longer than the limit, and 0 (never) not allowed."""
        limit = self.max_auto_lock_minutes
        if limit is None:
            return minutes
        if minutes <= 0 or minutes > limit:
            return limit
        return minutes

    def passphrase_problem(self, passphrase: str) -> str | None:
        if len(passphrase) < self.min_passphrase_length:
            return translate(
                "Policy",
                "Your organisation requires a passphrase of at least %n character(s).",
                None,  # positional: pyside6-lupdate does not see a call with n=...
                self.min_passphrase_length,
            )
        if estimate(passphrase).score < self.min_passphrase_strength:
            return translate(
                "Policy",
                "Your organisation requires a stronger passphrase; add a few more words.",
            )
        return None

    def check_passphrase(self, passphrase: str) -> None:
        problem = self.passphrase_problem(passphrase)
        if problem is not None:
            raise PolicyViolation(problem)

    def allows_vault_location(self, folder: Path) -> bool:
        if self.vault_locations is None:
            return True
        target = _resolved(folder)
        for allowed in self.vault_locations:
            base = _resolved(Path(allowed).expanduser())
            if target == base or base in target.parents:
                return True
        return False

    def check_vault_location(self, folder: Path) -> None:
        if self.allows_vault_location(folder):
            return
        if self.vault_locations:
            places = ", ".join(self.vault_locations)
            message = translate(
                "Policy", "Your organisation allows vaults only in these folders: {places}."
            ).format(places=places)
        else:
            message = translate(
                "Policy",
                "Your organisation's policy allows no vault folder here; ask your administrator.",
            )
        raise PolicyViolation(message, folder)

    def allows_plaintext_export(self) -> bool:
        return self.allow_plaintext_exports

    def check_plaintext_export(self, what: str = "") -> None:
        del what
        if not self.allow_plaintext_exports:
            raise PolicyViolation(
                translate(
                    "Policy",
                    "Your organisation does not allow readable (unencrypted) exports on this "
                    "computer; nothing was written.",
                )
            )

    def allows_remember(self) -> bool:
        return self.allow_remember_on_this_computer

    def check_remember(self) -> None:
        if not self.allow_remember_on_this_computer:
            raise PolicyViolation(
                translate(
                    "Policy",
                    "Your organisation does not allow remembering vaults on this computer.",
                )
            )

    def shows_area(self, area: str, *, enabled_here: bool = False) -> bool:
        """Whether ``area`` is shown. Without a managed list: the personal areas, plus the
        agency areas (notes, caseload) only when the vault enabled them (``enabled_here``)."""
        if self.areas is not None:
            return area in self.areas
        return area in PERSONAL_AREAS or enabled_here

    def missing_note_fields(self, filled: Mapping[str, bool]) -> list[str]:
        """The required note fields that are empty (``filled`` maps field → has a value)."""
        return [name for name in self.require_note_fields if not filled.get(name, False)]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


SETTING_NAMES = (
    "allow_remember_on_this_computer",
    "max_auto_lock_minutes",
    "min_passphrase_length",
    "min_passphrase_strength",
    "vault_locations",
    "allow_plaintext_exports",
    "export_notice",
    "areas",
    "require_note_fields",
)

# The strictest reading, used for every setting when the policy cannot be read. Areas are
# not a security control: the fallback shows the usual set rather than hiding the vault.
STRICTEST: dict[str, PolicyValue] = {
    "allow_remember_on_this_computer": False,
    "max_auto_lock_minutes": 1,
    "min_passphrase_length": 20,
    "min_passphrase_strength": 4,
    "vault_locations": (),  # no folder allowed until the policy is fixed
    "allow_plaintext_exports": False,
    "export_notice": DEFAULT_NOTICE_FALLBACK,
    "areas": None,
    "require_note_fields": NOTE_FIELDS,
}
