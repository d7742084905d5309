"""The wheel works on its own: built from a clean copy of the checkout, installed into a
fresh virtual environment (Python 3.11 and 3.12), it passes ``self-test``, creates a vault
with sample data and opens it with ``--smoke``.

Before the data files travelled inside the wheel, ``self-test`` failed there with
"PeerDesk resource missing: …/resources/library/starter.json".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Under pytest-xdist one worker runs this module (XDIST_GROUPS in tests/conftest.py): the
# wheel is built once (module fixture), and the canary sweep would otherwise read the venvs.
pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a passphrase for the wheel test"


def _python(version: str) -> str | None:
    """An interpreter of this minor version that really runs (pyenv shims may not)."""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", "/root/.pyenv"))
    candidates = [str(p) for p in sorted(pyenv_root.glob(f"versions/{version}.*/bin/python3"))]
    candidates += [f"/usr/bin/python{version}", f"python{version}"]
    for candidate in candidates:
        try:
            out = subprocess.run(
                [candidate, "-c", "import sys, venv; print(sys.version_info[:2])"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip() == str(tuple(map(int, version.split(".")))):
            return candidate
    return None


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "VIRTUAL"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PEERDESK_KDF_TARGET_MS="5",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    # tools/dev check points HOME at a fresh folder; keep pip's download cache across runs.
    cache = os.environ.get("PEERDESK_PIP_CACHE_DIR")
    if cache:
        env["PIP_CACHE_DIR"] = cache
    return env


def _run(command: list[str], env: dict[str, str], cwd: Path | None = None) -> str:
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, timeout=900, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(command)} exited {result.returncode}\n"
        f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    )
    return result.stdout


def _clean_copy(target: Path) -> Path:
    """The files git tracks (as they are in the working tree): what a fresh clone holds."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("wheel-home")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, home: Path) -> Path:
    source = _clean_copy(tmp_path_factory.mktemp("checkout"))
    out = tmp_path_factory.mktemp("wheels")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(source)], _env(home)
    )
    (built,) = out.glob("peerdesk-*.whl")
    return built


def test_the_wheel_carries_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "peerdesk/resources/library/starter.json",
        "peerdesk/resources/journal/prompts.json",
        "peerdesk/resources/journal/emotions.json",
        "peerdesk/resources/demo/demo.json",
        "peerdesk/resources/schemas/peerdesk-library-1.schema.json",
    ):
        assert needed in names


@pytest.mark.parametrize("version", ["3.11", "3.12"])
def test_the_installed_wheel_runs(version: str, wheel: Path, home: Path, tmp_path: Path) -> None:
    python = _python(version)
    if python is None:
        pytest.skip(f"no Python {version} on this machine")
    env = _env(home)
    venv = tmp_path / "venv"
    _run([python, "-m", "venv", str(venv)], env)
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], env)
    peerdesk = str(venv / "bin" / "peerdesk")
    # Run from an empty folder, so nothing can be found in a checkout by accident.
    work = tmp_path / "elsewhere"
    work.mkdir()
    located = _run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import peerdesk.resource_files as r; print(r.resources_dir())",
        ],
        env,
        cwd=work,
    )
    assert Path(located.strip()).is_relative_to(venv)
    assert "All checks passed." in _run([peerdesk, "self-test"], env, cwd=work)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = tmp_path / "vault"
    unlock = ["--vault", str(vault), "--passphrase-file", str(secret)]
    _run([peerdesk, "vault", "init", *unlock, "--sample-data"], env, cwd=work)
    timings = json.loads(
        _run([peerdesk, "--smoke", *unlock], env, cwd=work).strip().splitlines()[-1]
    )
    assert timings  # the smoke run opened every area and reported its phases
    checked = _run([peerdesk, "vault", "check", *unlock], env, cwd=work)
    assert checked.strip()
