"""Smoke-test a frozen PeerDesk: ``python packaging/smoke_frozen.py [EXECUTABLE]``.

Runs ``self-test``, creates a fresh vault with the frozen binary itself, and runs
``--smoke`` on it (offscreen), the way the release workflow checks every platform's build
before uploading it. Without an argument it tests the bundle that ``build.py`` just wrote
into ``dist/``. Exit status 0 when everything passed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_executable() -> Path:
    if sys.platform == "win32":
        # The console twin of PeerDesk.exe: the windowed one has no stdout to report on.
        return ROOT / "dist" / "peerdesk" / "peerdesk-cli.exe"
    if sys.platform == "darwin":
        return ROOT / "dist" / "PeerDesk.app" / "Contents" / "MacOS" / "PeerDesk"
    return ROOT / "dist" / "peerdesk" / "peerdesk"


def run(command: list[str], env: dict[str, str]) -> str:
    print("smoke: $ " + " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=300, check=False
    )
    print(result.stdout, end="", flush=True)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr, end="")
        raise SystemExit(f"smoke: {command[1:]} failed with exit status {result.returncode}")
    print(f"smoke: ok in {time.perf_counter() - started:.2f} s", flush=True)
    return result.stdout


def main(argv: list[str]) -> int:
    executable = Path(argv[0]) if argv else default_executable()
    if not executable.exists():
        raise SystemExit(f"smoke: {executable}: no such executable (run packaging/build.py)")
    with tempfile.TemporaryDirectory(prefix="peerdesk-smoke-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        # Keep the test away from the real account's data and keyring folders.
        for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_CACHE_HOME", "cache"), ("APPDATA", "appdata"),
                          ("LOCALAPPDATA", "localappdata")):  # fmt: skip
            (home / sub).mkdir()
            env[name] = str(home / sub)
        report = json.loads(run([str(executable), "self-test", "--json"], env))
        if not report["ok"]:
            raise SystemExit("smoke: self-test reported a failed check")
        vault = home / "vault"
        secret = home / "passphrase.txt"
        secret.write_text("smoke test passphrase\n", encoding="utf-8")
        common = ["--vault", str(vault), "--passphrase-file", str(secret)]
        run([str(executable), "vault", "init", *common], env)
        out = run([str(executable), "--smoke", *common], env)
        json.loads(out.strip().splitlines()[-1])
    print("smoke: all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
