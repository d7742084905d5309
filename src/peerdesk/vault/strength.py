"""A plain-words hint on how strong a new passphrase is. No Qt, no network, no word lists."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from peerdesk.i18n import translate

MIN_LENGTH = 8


@dataclass(frozen=True)
class StrengthHint:
    score: int  # 0 (unusable) .. 4 (strong)
    text: str

    @property
    def acceptable(self) -> bool:
        return self.score >= 1


def _pool_size(passphrase: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    return max(pool, 1)


def estimate(passphrase: str) -> StrengthHint:
    """Rough entropy with penalties for repeats; words count, so long phrases score well."""
    if len(passphrase) < MIN_LENGTH:
        return StrengthHint(
            0,
            translate(
                "Strength", "Use at least %n character(s); a few words work well.", None, MIN_LENGTH
            ),
        )
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 3)
    bits = effective_length * math.log2(_pool_size(passphrase))
    words = len([w for w in passphrase.split() if len(w) >= 3])
    if words >= 4:
        bits = max(bits, 60.0)
    if bits < 40:
        return StrengthHint(
            1,
            translate(
                "Strength", "Weak: anyone with your files could guess this. Add a few words."
            ),
        )
    if bits < 60:
        return StrengthHint(
            2, translate("Strength", "Fair. Another word or two would make it much stronger.")
        )
    if bits < 80:
        return StrengthHint(3, translate("Strength", "Good."))
    return StrengthHint(4, translate("Strength", "Strong."))
