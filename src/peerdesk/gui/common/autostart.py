""""Start PeerDesk at login" (off by default), so reminders can ring after a restart.

Linux: an XDG autostart entry (``$XDG_CONFIG_HOME/autostart/peerdesk.desktop``); Windows: a
value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``; macOS: a LaunchAgent.
PeerDesk then starts locked and, where the desktop has a tray, hidden in it
(``--minimized``). Nothing in the entry names a vault or a person.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import sys
from pathlib import Path

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
VALUE_NAME = "PeerDesk"
AGENT_LABEL = "org.peerdesk.PeerDesk"


def start_command() -> list[str]:
    """How this PeerDesk is started again: the frozen program, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "peerdesk", "--minimized"]


def _xdg_entry() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / "peerdesk.desktop"


def _launch_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"


def is_enabled(platform: str = sys.platform) -> bool:
    if platform.startswith("win"):
        return _read_run_value() is not None
    if platform == "darwin":
        return _launch_agent().exists()
    return _xdg_entry().exists()


def set_enabled(enabled: bool, platform: str = sys.platform) -> None:
    command = start_command()
    if platform.startswith("win"):
        _write_run_value(subprocess_line(command) if enabled else None)
    elif platform == "darwin":
        path = _launch_agent()
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            agent = {"Label": AGENT_LABEL, "ProgramArguments": command, "RunAtLoad": True}
            path.write_bytes(plistlib.dumps(agent))
        else:
            path.unlink(missing_ok=True)
    else:
        path = _xdg_entry()
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                "[Desktop Entry]\n"
                "Type=Application\n"
                "Name=PeerDesk\n"
                "Comment=Reminders for PeerDesk (starts locked)\n"
                f"Exec={shlex.join(command)}\n"
                "Icon=peerdesk\n"
                "X-GNOME-Autostart-enabled=true\n",
                encoding="utf-8",
            )
        else:
            path.unlink(missing_ok=True)


def subprocess_line(command: list[str]) -> str:
    return " ".join(f'"{part}"' if " " in part else part for part in command)


if sys.platform == "win32":  # pragma: no cover - Windows only
    import winreg

    def _read_run_value() -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, VALUE_NAME)
                return str(value)
        except OSError:
            return None

    def _write_run_value(line: str | None) -> None:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            if line is None:
                with contextlib.suppress(OSError):
                    winreg.DeleteValue(key, VALUE_NAME)
            else:
                winreg.SetValueEx(key, VALUE_NAME, 0, winreg.REG_SZ, line)

else:

    def _read_run_value() -> str | None:
        return None

    def _write_run_value(line: str | None) -> None:
        raise OSError("the Windows registry exists only on Windows")
