"""``peerdesk self-test``: is this installation able to keep data safe?"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from peerdesk import __version__
from peerdesk.cli.common import EXIT_ERROR, EXIT_OK
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.database import sqlcipher_version
from peerdesk.vault.keyring_store import keyring_status
from peerdesk.vault.keys import calibrate_kdf
from peerdesk.vault.vault import DB_NAME, Vault


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("self-test", help="check SQLCipher, encryption, keyring and Qt")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.set_defaults(handler=cmd_self_test)


def _encryption_round_trip() -> str:
    canary = "peerdesk-self-test-" + secrets.token_hex(8)
    with tempfile.TemporaryDirectory(prefix="peerdesk-selftest-") as tmp:
        folder = Path(tmp) / "vault"
        passphrase = secrets.token_urlsafe(16)
        vault, _code = Vault.create(folder, passphrase, kdf=calibrate_kdf(0.01))
        services = start_session(vault)
        services.drafts.save("self-test", {"text": canary})
        end_session(services)
        vault.close()
        raw = (folder / DB_NAME).read_bytes()
        if raw.startswith(b"SQLite format 3") or canary.encode() in raw:
            raise RuntimeError("the database file is readable without the key")
        vault = Vault.open(folder)
        vault.unlock_with_passphrase(passphrase)
        services = start_session(vault)
        read_back = services.drafts.load("self-test")
        end_session(services)
        vault.close()
        if read_back != {"text": canary}:
            raise RuntimeError("data written was not read back")
    return "write, close, reopen and read back: ok; no plaintext on disk"


def qt_probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--qt-probe"]
    return [sys.executable, "-m", "peerdesk", "--qt-probe"]


def _qt_platform() -> str:
    # In a child process: a Qt platform that cannot start aborts the whole process.
    env = dict(os.environ)
    if (
        not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        qt_probe_command(), capture_output=True, text=True, timeout=60, env=env, check=False
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"Qt did not start ({last})")
    return result.stdout.strip()


def _pdf_helper() -> str:
    # A window writes large PDFs in a spawned helper process (Qt's layout would freeze it):
    # the helper must start in this installation too (a frozen build included).
    from peerdesk.gui.common.pdf_process import check_helper

    with tempfile.TemporaryDirectory(prefix="peerdesk-selftest-") as tmp:
        size = check_helper(Path(tmp))
    return f"a PDF printed by a helper process: ok ({size:,} bytes)"


def cmd_self_test(args: argparse.Namespace) -> int:
    checks: list[tuple[str, bool, str]] = []

    def run(name: str, func: object) -> None:
        try:
            detail = func()  # type: ignore[operator]
            checks.append((name, True, str(detail)))
        except Exception as exc:
            checks.append((name, False, str(exc) or type(exc).__name__))

    run("PeerDesk", lambda: f"{__version__} on Python {sys.version.split()[0]}")
    run("SQLCipher", sqlcipher_version)
    run("Encryption", _encryption_round_trip)
    status = keyring_status()
    checks.append(("Keyring", True, f"{status.backend}: {status.reason}"))
    run("Qt", _qt_platform)
    run("PDF helper", _pdf_helper)
    ok = all(passed for _name, passed, _detail in checks)
    if args.json:
        print(
            json.dumps(
                {"ok": ok, "checks": [{"name": n, "ok": p, "detail": d} for n, p, d in checks]}
            )
        )
    else:
        for name, passed, detail in checks:
            print(f"{'ok  ' if passed else 'FAIL'}  {name:<11} {detail}")
        print("All checks passed." if ok else "Some checks failed.")
    return EXIT_OK if ok else EXIT_ERROR
