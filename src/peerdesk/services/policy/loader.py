"""Reading the organisation's policy from the place an administrator controls.

- Linux: ``/etc/peerdesk/policy.toml``
- Windows: ``%ProgramData%\\PeerDesk\\policy.toml`` (the ProgramData folder is asked of the
  shell, not read from an environment variable) and the registry key
  ``HKLM\\SOFTWARE\\Policies\\PeerDesk`` (Group Policy; a registry value wins over the file)
- macOS: ``/Library/Application Support/PeerDesk/policy.toml``

The location is fixed: no user setting, environment variable or command-line flag moves
it. Tests pass ``path=`` (and ``registry=``) to :func:`load_policy` instead.

A malformed policy (bad TOML, a wrong type, an unknown key, a value out of range) is
reported with the file and line, and then *every* setting takes its strictest reading
(:data:`~peerdesk.services.policy.model.STRICTEST`), never the loosest.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peerdesk.services.policy.model import (
    ALL_AREAS,
    MAX_AUTO_LOCK_LIMIT,
    MIN_PASSPHRASE_LENGTH_LIMIT,
    NOTE_FIELDS,
    SETTING_NAMES,
    STRICTEST,
    Policy,
    PolicyProblem,
    PolicyValue,
    Source,
)

REGISTRY_KEY = r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\PeerDesk"
MAX_POLICY_BYTES = 256 * 1024
MAX_NOTICE_CHARS = 4000
MAX_LIST_ITEMS = 100

# One value as read from the registry: what it is, and the value name it came from.
RegistryValues = Mapping[str, object]
RegistryReader = Callable[[], RegistryValues | None]


@dataclass(frozen=True)
class _Raw:
    value: object
    source: Source


class _Bad(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def system_policy_file(platform: str = sys.platform) -> Path:
    """The system-wide policy file of this platform (fixed; not configurable)."""
    if platform == "win32":
        return _program_data() / "PeerDesk" / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/PeerDesk/policy.toml")
    return Path("/etc/peerdesk/policy.toml")


def _program_data() -> Path:
    """FOLDERID_ProgramData from the shell (an environment variable could be set by anyone)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        import uuid
        from ctypes import wintypes

        guid = uuid.UUID("{62AB5D82-FDC1-4DC3-A9DD-070D1D495D97}")  # FOLDERID_ProgramData

        class _GUID(ctypes.Structure):
            _fields_ = [
                ("Data1", wintypes.DWORD),
                ("Data2", wintypes.WORD),
                ("Data3", wintypes.WORD),
                ("Data4", wintypes.BYTE * 8),
            ]

        raw = _GUID.from_buffer_copy(guid.bytes_le)
        out = ctypes.c_wchar_p()
        shell32 = ctypes.windll.shell32
        ole32 = ctypes.windll.ole32
        if shell32.SHGetKnownFolderPath(ctypes.byref(raw), 0, None, ctypes.byref(out)) == 0:
            try:
                return Path(str(out.value))
            finally:
                ole32.CoTaskMemFree(out)
    return Path(r"C:\ProgramData")


def read_windows_registry() -> RegistryValues | None:
    """The values under HKLM\\SOFTWARE\\Policies\\PeerDesk (None: no key, or not Windows).

    Booleans and numbers are REG_DWORD, texts REG_SZ; a list is REG_MULTI_SZ or, as the
    ADMX ``list`` element writes it, a subkey of that name with one value per item.
    """
    if sys.platform != "win32":
        return None
    import winreg  # pragma: no cover - Windows only

    values: dict[str, object] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Policies\PeerDesk")
    except OSError:
        return None
    with key:
        index = 0
        while True:
            try:
                name, data, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            values[name] = data
            index += 1
        index = 0
        while True:
            try:
                sub_name = winreg.EnumKey(key, index)
            except OSError:
                break
            index += 1
            with winreg.OpenKey(key, sub_name) as sub:
                items: list[tuple[str, object]] = []
                item = 0
                while True:
                    try:
                        item_name, item_data, _k = winreg.EnumValue(sub, item)
                    except OSError:
                        break
                    items.append((item_name, item_data))
                    item += 1
                values[sub_name] = [str(d) for _n, d in sorted(items, key=lambda p: _order(p[0]))]
    return values


def _order(name: str) -> tuple[int, str]:
    return (int(name), "") if name.isdigit() else (1 << 30, name)


# -- checking one value -----------------------------------------------------------------------


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):  # REG_DWORD
        return bool(value)
    raise _Bad("must be true or false")


def _as_int(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad("must be a whole number")
    if not low <= value <= high:
        raise _Bad(f"must be from {low} to {high}")
    return value


def _as_text(value: object) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n".join(value)  # REG_MULTI_SZ (the ADMX multiText element)
    if not isinstance(value, str):
        raise _Bad("must be a text in quotes")
    if len(value) > MAX_NOTICE_CHARS:
        raise _Bad(f"is longer than {MAX_NOTICE_CHARS} characters")
    return value


def _as_list(value: object, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):  # REG_MULTI_SZ arrives as a list; a REG_SZ as one item
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad('must be a list of texts in quotes, like ["a", "b"]')
    if len(value) > MAX_LIST_ITEMS:
        raise _Bad(f"has more than {MAX_LIST_ITEMS} items")
    items = tuple(v.strip() for v in value if v.strip())
    if allowed is not None:
        unknown = [v for v in items if v not in allowed]
        if unknown:
            raise _Bad(f"has unknown item {unknown[0]!r}; known: {', '.join(allowed)}")
    return items


def _as_folders(value: object) -> tuple[str, ...]:
    folders = _as_list(value)
    for folder in folders:
        if not Path(folder).expanduser().is_absolute():
            raise _Bad(f"{folder!r} is not an absolute folder path")
    return folders


CHECKS: dict[str, Callable[[object], PolicyValue]] = {
    "allow_remember_on_this_computer": _as_bool,
    "max_auto_lock_minutes": lambda v: _as_int(v, 1, MAX_AUTO_LOCK_LIMIT),
    "min_passphrase_length": lambda v: _as_int(v, 1, MIN_PASSPHRASE_LENGTH_LIMIT),
    "min_passphrase_strength": lambda v: _as_int(v, 0, 4),
    "vault_locations": _as_folders,
    "allow_plaintext_exports": _as_bool,
    "export_notice": _as_text,
    "areas": lambda v: _as_list(v, ALL_AREAS),
    "require_note_fields": lambda v: _as_list(v, NOTE_FIELDS),
}
assert set(CHECKS) == set(SETTING_NAMES)


# -- reading the file -------------------------------------------------------------------------

_TOML_LINE = re.compile(r"at line (\d+)")


def _key_lines(text: str) -> dict[str, int]:
    """The line of each top-level ``key =`` (tomllib does not report positions)."""
    lines: dict[str, int] = {}
    in_table = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_table = True
            header = re.match(r"^\[+\s*\"?([A-Za-z0-9_\-]+)", stripped)
            if header:  # a table is an unknown setting: name its line
                lines.setdefault(header.group(1), number)
            continue
        match = re.match(r'^\s*("?)([A-Za-z0-9_\-]+)\1\s*=', line)
        if match and not in_table:
            lines.setdefault(match.group(2), number)
    return lines


def _read_file(path: Path) -> dict[str, _Raw] | None:
    """The settings in the file, or None when there is no file. Raises _Bad (with a line)."""
    try:
        if not path.exists():
            return None
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise _Bad("the policy file is implausibly large")
        raw = path.read_bytes()
    except OSError as exc:
        raise _Bad(f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _Bad("is not UTF-8 text", line) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        message = str(exc).split(" (at ")[0]
        raise _Bad(f"is not valid TOML: {message}", int(found.group(1)) if found else None) from exc
    lines = _key_lines(text)
    settings: dict[str, _Raw] = {}
    for key, value in data.items():
        key_line = lines.get(key)
        if key not in CHECKS:
            raise _Bad(f"unknown setting {key!r}", key_line)
        settings[key] = _Raw(value, Source("file", str(path), key_line))
    return settings


def _read_registry(reader: RegistryReader) -> dict[str, _Raw] | None:
    values = reader()
    if values is None:
        return None
    settings: dict[str, _Raw] = {}
    for key, value in values.items():
        if key not in CHECKS:
            raise _Bad(f"unknown setting {key!r}")
        settings[key] = _Raw(value, Source("registry", REGISTRY_KEY, name=key))
    return settings


def _strictest(problems: tuple[PolicyProblem, ...], files: tuple[str, ...]) -> Policy:
    values: dict[str, Any] = dict(STRICTEST)
    sources = {name: Source("fallback") for name in SETTING_NAMES}
    return Policy(**values, sources=sources, problems=problems, files_read=files)


def load_policy(
    path: Path | None = None,
    *,
    registry: RegistryReader | None = None,
) -> Policy:
    """The effective policy. ``path``/``registry`` default to this platform's fixed places.

    Precedence per setting: the registry (Windows Group Policy), then the policy file,
    then the built-in default. Any problem anywhere: every setting strictest.
    """
    file_path = path if path is not None else system_policy_file()
    reader = registry if registry is not None else read_windows_registry
    merged: dict[str, _Raw] = {}
    files: list[str] = []
    try:
        from_file = _read_file(file_path)
    except _Bad as exc:
        problem = PolicyProblem(str(file_path), exc.line, str(exc))
        return _strictest((problem,), (str(file_path),))
    if from_file is not None:
        files.append(str(file_path))
        merged.update(from_file)
    try:
        from_registry = _read_registry(reader)
    except _Bad as exc:
        return _strictest((PolicyProblem(REGISTRY_KEY, None, str(exc)),), tuple(files))
    if from_registry is not None:
        files.append(REGISTRY_KEY)
        merged.update(from_registry)
    values: dict[str, Any] = {}
    sources: dict[str, Source] = {}
    for name, raw in merged.items():
        try:
            file_bool = raw.source.kind == "file" and CHECKS[name] is _as_bool
            if file_bool and not isinstance(raw.value, bool):  # 0/1 only from a REG_DWORD
                raise _Bad("must be true or false")
            values[name] = CHECKS[name](raw.value)
        except _Bad as exc:
            src = raw.source
            where = src.path if src.kind == "file" else f"{src.path}\\{src.name}"
            problem = PolicyProblem(where, src.line, f"{name} {exc}")
            return _strictest((problem,), tuple(files))
        sources[name] = raw.source
    return Policy(**values, sources=sources, files_read=tuple(files))
