"""The organisation's policy (Qt-free): where it is read from, and the rules it sets."""

from peerdesk.services.policy.loader import (
    REGISTRY_KEY,
    load_policy,
    read_windows_registry,
    system_policy_file,
)
from peerdesk.services.policy.model import (
    ALL_AREAS,
    NOTE_FIELDS,
    SETTING_NAMES,
    STRICTEST,
    Policy,
    PolicyProblem,
    PolicyViolation,
    Source,
)

__all__ = [
    "ALL_AREAS",
    "NOTE_FIELDS",
    "REGISTRY_KEY",
    "SETTING_NAMES",
    "STRICTEST",
    "Policy",
    "PolicyProblem",
    "PolicyViolation",
    "Source",
    "load_policy",
    "read_windows_registry",
    "system_policy_file",
]
