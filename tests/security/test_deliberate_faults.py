"""Every deliberate fault of _faults.py is caught by the tests named for it.

Each fault is applied alone (``PEERDESK_FAULT``) in a fresh pytest subprocess that runs
only its targeted tests; the run must fail (exit status 1: tests failed, not a crash of
the run itself). The kill rate (faults caught / faults) goes into the figures. Without a
fault the same tests pass: they are part of this suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _faults import FAULT_ENV, FAULTS
from conftest import REPO, SRC, Figures


def _run_with_fault(name: str) -> tuple[int, str]:
    env = dict(os.environ)
    env[FAULT_ENV] = name
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(Path(__file__).parent / "faultsite")])
    env.pop("PEERDESK_SECURITY_FIGURES", None)  # the faulty run's figures are not figures
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly", *FAULTS[name].targets],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return done.returncode, done.stdout[-3000:] + done.stderr[-2000:]


@pytest.mark.slow
def test_every_deliberate_fault_is_caught(figures: Figures) -> None:
    caught: list[str] = []
    missed: dict[str, str] = {}
    started = time.perf_counter()
    for name in FAULTS:
        code, output = _run_with_fault(name)
        if code == 1 and " failed" in output:
            caught.append(name)
        else:
            missed[name] = f"exit {code}: {output[-1500:]}"
    figures.set(
        faults=len(FAULTS),
        caught=len(caught),
        missed=len(missed),
        seconds=round(time.perf_counter() - started, 1),
        names=sorted(FAULTS),
    )
    assert not missed, "faults not caught:\n" + "\n\n".join(f"{k}: {v}" for k, v in missed.items())
