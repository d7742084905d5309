"""The .peerdesk exchange file type: registered for Linux (desktop entry + shared-mime-info,
installed by the .deb), Windows (Inno Setup) and macOS (Info.plist)."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from peerdesk.services.exchange.bundle import MAGIC_PREFIX

ROOT = Path(__file__).resolve().parents[2]
MIME = "application/x-peerdesk-bundle"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("peerdesk_build_ft", ROOT / "packaging/build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


def test_desktop_entry_opens_peerdesk_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(build.LINUX / build.DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert MIME in section["MimeType"].split(";")
    assert section["Exec"].endswith("%f")
    assert build.MIME_TYPE == MIME


def test_shared_mime_info_declares_glob_and_magic() -> None:
    tree = ET.parse(build.LINUX / build.MIME_FILE)
    kind = tree.getroot().find("m:mime-type", NS)
    assert kind is not None
    assert kind.get("type") == MIME
    glob = kind.find("m:glob", NS)
    assert glob is not None
    assert glob.get("pattern") == "*.peerdesk"
    match = kind.find("m:magic/m:match", NS)
    assert match is not None
    assert match.get("value", "").encode() == MAGIC_PREFIX  # the file's real first bytes


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="no shared-mime-info")
def test_update_mime_database_accepts_it(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy2(build.LINUX / build.MIME_FILE, packages / "peerdesk.xml")
    result = subprocess.run(
        ["update-mime-database", str(tmp_path / "mime")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mime" / "application" / "x-peerdesk-bundle.xml").is_file()


def test_the_deb_installs_the_mime_file(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "peerdesk").write_bytes(b"#!/bin/sh\n")
    pngs = dict.fromkeys(build.HICOLOR_SIZES, b"png")
    root = tmp_path / "root"
    build.stage_deb(bundle, build.read_version(), pngs, root)
    installed = root / "usr/share/mime/packages/peerdesk.xml"
    assert installed.read_bytes() == (build.LINUX / build.MIME_FILE).read_bytes()


def test_metainfo_provides_the_mediatype() -> None:
    assert f"<mediatype>{MIME}</mediatype>" in build.metainfo_text(build.read_version())


def test_inno_setup_associates_the_extension() -> None:
    text = (ROOT / "packaging/windows/peerdesk.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in text
    assert 'Subkey: "Software\\Classes\\.peerdesk\\OpenWithProgids"' in text
    assert 'ValueData: """{app}\\PeerDesk.exe"" ""%1"""' in text
    assert MIME in text


def test_info_plist_declares_the_document_type() -> None:
    template = (ROOT / "packaging/macos/Info.plist").read_text(encoding="utf-8")
    info = plistlib.loads(
        template.replace("@VERSION@", "1").replace("@MIN_MACOS@", "13.0").encode()
    )
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == ["org.peerdesk.bundle"]
    (declared,) = info["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == "org.peerdesk.bundle"
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["peerdesk"]
    assert tags["public.mime-type"] == MIME
