"""packaging/build.py's pieces that need no PyInstaller run: icons, version data, metadata."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build() -> ModuleType:
    # packaging/ is no Python package (the name would shadow PyPI's "packaging").
    spec = importlib.util.spec_from_file_location("peerdesk_build", ROOT / "packaging/build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


def test_version_comes_from_the_package() -> None:
    from peerdesk import __version__

    assert build.read_version() == __version__
    assert build.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert build.version_tuple("2.0rc1") == (2, 0, 1, 0)


def test_icons_render_at_every_size_as_real_pngs(qapp: object) -> None:
    from PySide6.QtGui import QImage

    pngs = build.render_png_icons(build.ICON_SVG, (16, 48, 512))
    for size, data in pngs.items():
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (size, size)
        # Not blank: the icon's teal square covers the middle.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_holds_each_size_up_to_256(qapp: object) -> None:
    pngs = build.render_png_icons(build.ICON_SVG, (16, 32, 48, 256, 512))
    data = build.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 4)
    sides = []
    for index in range(count):
        width, _h, _c, _r, _p, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sides.append(width or 256)
    assert sides == [16, 32, 48, 256]


def test_iconset_has_what_iconutil_expects(tmp_path: Path) -> None:
    sizes = (16, 32, 64, 128, 256, 512, 1024)
    pngs = {size: f"png{size}".encode() for size in sizes}
    build.write_iconset(pngs, tmp_path / "x.iconset")
    names = sorted(p.name for p in (tmp_path / "x.iconset").iterdir())
    assert len(names) == 10
    assert (tmp_path / "x.iconset" / "icon_512x512@2x.png").read_bytes() == b"png1024"


def test_windows_version_file_names_the_version(tmp_path: Path) -> None:
    target = tmp_path / "version.txt"
    build.write_windows_version_file("1.4.2", target)
    text = target.read_text(encoding="utf-8")
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates it as Python
    assert isinstance(call, ast.Call)
    assert ast.unparse(call.func) == "VSVersionInfo"
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text


def test_depends_file_groups_parse() -> None:
    groups = build.read_depends_file()
    assert "libc6" in groups
    assert {"libcups2", "libcups2t64"} <= build._group_packages(
        next(g for g in groups if "libcups2" in g)
    )
    assert not any(g.startswith("#") for g in groups)


def test_metainfo_needs_a_release_entry_for_this_version() -> None:
    text = build.metainfo_text(build.read_version())
    assert "@PROJECT_URL@" not in text
    for name in build.SCREENSHOTS:
        assert f"/screenshots/{name}</image>" in text
    with pytest.raises(SystemExit, match="no <release"):
        build.metainfo_text("99.0.0")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_is_valid_appstream(tmp_path: Path) -> None:
    path = tmp_path / f"{build.APP_ID}.metainfo.xml"
    path.write_text(build.metainfo_text(build.read_version()), encoding="utf-8")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_is_valid() -> None:
    path = build.LINUX / build.DESKTOP_FILE
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_control_file_is_well_formed() -> None:
    text = build.control_text("0.1.0", "amd64", 1234, ["libc6 (>= 2.36)", "libxcb1"])
    fields = dict(re.findall(r"^(\S+): (.*)$", text, re.MULTILINE))
    assert fields["Package"] == "peerdesk"
    assert fields["Installed-Size"] == "1234"
    assert fields["Depends"] == "libc6 (>= 2.36), libxcb1"
    description = text.split("Description: ", 1)[1].splitlines()
    assert description[0][0].isupper()
    assert all(line.startswith(" ") for line in description[1:])


def test_macos_info_plist_template() -> None:
    template = (ROOT / "packaging/macos/Info.plist").read_text(encoding="utf-8")
    filled = template.replace("@VERSION@", "0.1.0").replace("@MIN_MACOS@", "13.0")
    info = plistlib.loads(filled.encode())
    assert info["CFBundleIdentifier"] == "org.peerdesk.PeerDesk"
    assert info["CFBundleShortVersionString"] == "0.1.0"
    assert info["LSMinimumSystemVersion"] == "13.0"


def test_inno_setup_script_installs_per_user_by_default() -> None:
    text = (ROOT / "packaging/windows/peerdesk.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=dialog", text, re.MULTILINE)
    assert "{autoprograms}\\PeerDesk" in text
    assert "VersionInfoVersion={#AppVersionNumbers}" in text


def test_desktop_entry_name_matches_what_the_app_announces() -> None:
    app_source = (ROOT / "src/peerdesk/launch.py").read_text(encoding="utf-8")
    match = re.search(r'setDesktopFileName\(\s*"([^"]+)"\s*\)', app_source)
    assert match, "launch.py no longer calls QGuiApplication.setDesktopFileName"
    assert f"{match.group(1)}.desktop" == build.DESKTOP_FILE
    assert (build.LINUX / build.DESKTOP_FILE).is_file()
