"""Helpers for the kill trials: a reproducible random source and reading a child's lines."""

from __future__ import annotations

import os
import random
import re
import subprocess

SEED_ENV = "PEERDESK_SECURITY_SEED"
_ACK = re.compile(r"^ACK ([0-9a-f-]{36})$")


def trial_random(name: str) -> tuple[random.Random, int]:
    """A Random seeded from $PEERDESK_SECURITY_SEED (to replay a failure) or fresh."""
    seed = int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(2**32))
    return random.Random(f"{name}-{seed}"), seed


def expect_line(proc: subprocess.Popen[str], wanted: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != wanted:
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"child said {line!r} instead of {wanted!r}; stderr:\n{err}")


def kill_and_collect(proc: subprocess.Popen[str]) -> tuple[list[str], str]:
    """kill -9, then the complete lines the child had already written, and its stderr."""
    proc.kill()
    out, err = proc.communicate()
    lines = out.split("\n")
    complete = lines[:-1]  # the last piece may be a line cut short by the kill
    return complete, err


def acks(lines: list[str]) -> list[str]:
    return [m.group(1) for line in lines if (m := _ACK.match(line.strip()))]
