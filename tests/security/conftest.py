"""Shared pieces of the security suite: child processes, vault snapshots, figures.

Every trial that kills a process runs the victim as a real child process
(``sys.executable`` with ``src`` on ``PYTHONPATH``), so ``kill -9`` hits SQLite and the
file writes exactly where they are, with no Python clean-up running.

Figures (trials, inputs tried, rows lost) are collected with the ``figures`` fixture and
written as JSON to ``$PEERDESK_SECURITY_FIGURES`` when that is set; docs/SECURITY.md's
"Verified" table is filled from that file.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
SCRIPTS = Path(__file__).resolve().parent / "scripts"
FIGURES_ENV = "PEERDESK_SECURITY_FIGURES"
PASSPHRASE = "correct horse battery staple"  # the same as tests/conftest.py

_FIGURES: dict[str, dict[str, Any]] = {}

# test_deliberate_faults.py runs targeted tests with one fault applied (see _faults.py).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _faults import apply_fault_from_env  # noqa: E402

apply_fault_from_env()


def child_env(**extra: str) -> dict[str, str]:
    """The test's environment (isolated HOME/XDG, fast KDF) plus ``src`` on the path."""
    env = dict(os.environ)
    # Under a deliberate-fault run the children carry the fault too (faultsite/).
    fault_site = (
        [str(Path(__file__).resolve().parent / "faultsite")] if env.get("PEERDESK_FAULT") else []
    )
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), *fault_site])
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def start_script(name: str, *args: str, **env: str) -> subprocess.Popen[str]:
    """Start ``scripts/<name>.py`` with piped stdout/stderr (line-buffered text)."""
    return subprocess.Popen(
        [sys.executable, str(SCRIPTS / f"{name}.py"), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=child_env(**env),
    )


def run_script(
    name: str, *args: str, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPTS / f"{name}.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(**env),
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every regular file under ``folder`` (relative path -> bytes).

    Except the failed-unlock counter: a wrong secret is *meant* to count itself there (a
    count and two times, no secret; the next unlock audits and removes it).
    """
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "failed-unlocks.json"
    }


def assert_unchanged(before: dict[str, bytes], folder: Path) -> None:
    after = snapshot(folder)
    assert sorted(after) == sorted(before), "files appeared or vanished in the vault folder"
    changed = [name for name in before if before[name] != after[name]]
    assert not changed, f"vault files changed: {changed}"


def file_stats(folder: Path) -> dict[str, tuple[int, int, int]]:
    """(inode, size, ns mtime) of every file: a rewrite with the same bytes still shows.

    The failed-unlock counter aside, like :func:`snapshot`: a wrong secret counts itself.
    """
    stats = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "failed-unlocks.json":
            st = p.stat()
            stats[str(p.relative_to(folder))] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return stats


class Figures:
    def __init__(self, name: str) -> None:
        self.values = _FIGURES.setdefault(name, {})

    def set(self, **values: Any) -> None:
        self.values.update(values)

    def add(self, key: str, amount: int = 1) -> None:
        self.values[key] = int(self.values.get(key, 0)) + amount


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    return Figures(request.node.name)


_OUTCOMES: dict[str, str] = {}
_STARTED = (time.time(), time.process_time())


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Every security test's outcome, for the figures file (a failed setup counts too)."""
    if not report.nodeid.startswith("tests/security/"):
        return
    first_problem = _OUTCOMES.get(report.nodeid) in (None, "passed")
    if (report.when == "call" or report.outcome != "passed") and first_problem:
        _OUTCOMES[report.nodeid] = report.outcome


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return done.stdout.strip() or "unknown"


# The commit the run started from (HEAD may move during a long run): read when this
# conftest is imported, i.e. before the first security test runs.
_COMMIT = [_commit()] if os.environ.get(FIGURES_ENV) else []


# Under pytest-xdist each worker hands its part to the controller, which writes the merged
# file (tests/conftest.py, tools/security_figures.py merge).
XDIST_OUTPUT_KEY = "peerdesk_security_figures"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the figures, the outcomes and the run's cost (tools/security_figures.py)."""
    target = os.environ.get(FIGURES_ENV)
    if not target or not _OUTCOMES:
        return
    if session.config.pluginmanager.has_plugin("dsession"):
        return  # an xdist controller: its workers ran the tests and wrote the figures
    wall = time.time() - _STARTED[0]
    cpu = time.process_time() - _STARTED[1] + _children_cpu()
    run = {
        "finished_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": _COMMIT[0] if _COMMIT else _commit(),
        "wall_seconds": round(wall),
        "cpu_seconds": round(cpu),
        "outcomes": dict(sorted(_OUTCOMES.items())),
    }
    document = {"run": run, "figures": dict(sorted(_FIGURES.items()))}
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:  # an xdist worker: only part of the suite ran here
        workeroutput[XDIST_OUTPUT_KEY] = text
        return
    Path(target).write_text(text)


@pytest.fixture
def power_cut_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A FUSE filesystem that forgets everything not fsynced on a cut (test_power_cut.py)."""
    from _powercut import mount_power_cut_disk

    yield from mount_power_cut_disk(tmp_path, monkeypatch, SCRIPTS / "powercut_fs.py", child_env())


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()!r}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
