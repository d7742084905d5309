"""Build PeerDesk's installers for the platform this runs on: ``python packaging/build.py``.

Writes into ``dist/``:

- every platform: ``dist/peerdesk/`` (the PyInstaller bundle; on macOS ``dist/PeerDesk.app``);
- Linux: ``peerdesk_<version>_<arch>.deb`` (needs ``dpkg-deb`` and ``objdump``);
- Windows: ``PeerDesk-<version>-setup.exe`` when Inno Setup's ``iscc`` is found;
- macOS: ``PeerDesk-<version>.dmg`` (``iconutil`` and ``hdiutil``).

Run it with the Python that has PeerDesk's dependencies and PyInstaller installed
(``pip install -e .[dev]``). Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICON_SVG = ROOT / "resources" / "icons" / "peerdesk.svg"
APP_ID = "org.peerdesk.PeerDesk"  # the AppStream component id
# The desktop entry's name must be what app.py gives QGuiApplication.setDesktopFileName():
# Wayland shells find the window's icon and name through it.
DESKTOP_FILE = "peerdesk.desktop"
# The .peerdesk exchange file type (shared-mime-info), named in the desktop entry's MimeType=.
MIME_TYPE = "application/x-peerdesk-bundle"
MIME_FILE = "peerdesk-mime.xml"
ICON_NAME = "peerdesk"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SCREENSHOTS = ("main-journal.png", "main-roadmap.png", "main-library.png", "unlock.png")
# Where the project's web pages and screenshots are published (AppStream needs web URLs).
PROJECT_URL = os.environ.get("PEERDESK_PROJECT_URL", "https://peerdesk.org")
MAINTAINER = "The PeerDesk developers <maintainers@peerdesk.org>"

# dpkg-deb compression (measured on two busy cores, 143 MiB installed): xz -6 gives 40 MB in
# 2.5-3.5 min, the release default (every dpkg reads it); zstd -3 gives 54 MB in ~4 s, still
# under the 70 MB target, for the packaging test and quick local builds (dpkg >= 1.21.18).
DEB_COMPRESSION = {"xz": ["-Zxz", "-z6"], "zstd": ["-Zzstd", "-z3"], "none": ["-Znone"]}


def read_version() -> str:
    text = (ROOT / "src" / "peerdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("build: src/peerdesk/__init__.py has no __version__")
    return match.group(1)


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def run(command: Sequence[str | Path], **kwargs: object) -> None:
    log("$ " + " ".join(str(part) for part in command))
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


# --- icons ------------------------------------------------------------------------------


def render_png_icons(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """PNG bytes of the SVG at each square size, rendered by Qt (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: {svg}: not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"build: could not encode the {size}px icon")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Windows Vista and later read these)."""
    sizes = sorted(size for size in pngs if size <= 256)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def write_iconset(pngs: dict[int, bytes], folder: Path) -> None:
    """An .iconset folder for macOS ``iconutil`` (16 to 512 points, 1x and 2x)."""
    folder.mkdir(parents=True, exist_ok=True)
    for points in (16, 32, 128, 256, 512):
        (folder / f"icon_{points}x{points}.png").write_bytes(pngs[points])
        (folder / f"icon_{points}x{points}@2x.png").write_bytes(pngs[points * 2])


def make_icons() -> dict[int, bytes]:
    icons = BUILD / "icons"
    if icons.exists():
        shutil.rmtree(icons)
    icons.mkdir(parents=True)
    pngs = render_png_icons(ICON_SVG, (*HICOLOR_SIZES, 1024))
    if sys.platform == "win32":
        (icons / "peerdesk.ico").write_bytes(ico_bytes(pngs))
    elif sys.platform == "darwin":
        iconset = icons / "peerdesk.iconset"
        write_iconset(pngs, iconset)
        run(["iconutil", "--convert", "icns", iconset, "--output", icons / "peerdesk.icns"])
    return pngs


# --- the bundle -------------------------------------------------------------------------


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_windows_version_file(version: str, target: Path = BUILD / "windows-version.txt") -> None:
    """The version resource PyInstaller puts into the .exe files (Explorer's Details tab)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "The PeerDesk developers",
        "FileDescription": "PeerDesk",
        "FileVersion": version,
        "InternalName": "PeerDesk",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": "PeerDesk.exe",
        "ProductName": "PeerDesk",
        "ProductVersion": version,
    }
    table = ", ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [{table}])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""",
        encoding="utf-8",
    )


def build_bundle() -> Path:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            PACKAGING / "peerdesk.spec",
        ],
        cwd=ROOT,
    )
    bundle = DIST / ("PeerDesk.app" if sys.platform == "darwin" else "peerdesk")
    if not bundle.exists():
        raise SystemExit(f"build: PyInstaller did not produce {bundle}")
    return bundle


# --- Linux: system libraries and the .deb -------------------------------------------------


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    return [
        p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)
    ]


def _objdump(path: Path, flag: str) -> str:
    return subprocess.run(
        ["objdump", flag, str(path)], capture_output=True, text=True, check=True
    ).stdout


def system_libraries(bundle: Path) -> set[str]:
    """Sonames the bundle's ELF files link against that the bundle does not carry."""
    carried = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    for path in elf_files(bundle):
        needed.update(re.findall(r"^\s*NEEDED\s+(\S+)", _objdump(path, "-p"), re.MULTILINE))
    return needed - carried


def glibc_floor(bundle: Path) -> str:
    """The newest ``GLIBC_x.y`` symbol version any file of the bundle asks for."""
    best = (2, 17)
    for path in elf_files(bundle):
        for major, minor in re.findall(r"\(GLIBC_(\d+)\.(\d+)\)", _objdump(path, "-T")):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def owning_package(soname: str) -> str | None:
    result = subprocess.run(
        ["dpkg-query", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
    )
    for line in result.stdout.splitlines():
        package = line.split(":", 1)[0].split(",")[0].strip()
        if package and not package.endswith("-dev"):
            return package
    return None


@dataclass(frozen=True)
class DependsCheck:
    depends: list[str]  # the final Depends: groups, in order
    unowned: list[str]  # sonames no installed package provides
    missing: dict[str, str]  # soname -> owning package not named in packaging/linux/depends
    unused: list[str]  # groups in packaging/linux/depends that no library needs


def read_depends_file() -> list[str]:
    lines = (LINUX / "depends").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _group_packages(group: str) -> set[str]:
    return {re.sub(r"\s*\(.*\)", "", alt).strip().split(":")[0] for alt in group.split("|")}


def check_depends(bundle: Path) -> DependsCheck:
    """Compare what the bundle needs from the system with packaging/linux/depends."""
    groups = read_depends_file()
    used: set[str] = set()
    unowned: list[str] = []
    missing: dict[str, str] = {}
    for soname in sorted(system_libraries(bundle)):
        package = owning_package(soname)
        if package is None:
            unowned.append(soname)
            continue
        match = next((g for g in groups if package in _group_packages(g)), None)
        if match is None:
            missing[soname] = package
        else:
            used.add(match)
    libc = f"libc6 (>= {glibc_floor(bundle)})"
    depends = [libc if _group_packages(g) == {"libc6"} else g for g in groups]
    unused = [g for g in groups if g not in used]
    return DependsCheck(depends, unowned, missing, unused)


def control_text(version: str, arch: str, installed_kib: int, depends: list[str]) -> str:
    description = (LINUX / "description.txt").read_text(encoding="utf-8").strip().splitlines()
    summary, body = description[0], description[2:]
    long = "\n".join(" " + (line if line.strip() else ".") for line in body)
    return (
        f"Package: peerdesk\nVersion: {version}\nArchitecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\nSection: utils\nPriority: optional\n"
        f"Homepage: {PROJECT_URL}\nDescription: {summary}\n{long}\n"
    )


def metainfo_text(version: str) -> str:
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if f'version="{version}"' not in text:
        raise SystemExit(
            f"build: packaging/linux/{APP_ID}.metainfo.xml has no <release version="
            f'"{version}"> entry; add one for this release'
        )
    return text.replace("@PROJECT_URL@", PROJECT_URL)


def tree_kib(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink():
            total += 1
        elif path.is_file():
            total += (path.stat().st_size + 1023) // 1024
    return total


def stage_deb(bundle: Path, version: str, pngs: dict[int, bytes], root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "peerdesk", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "peerdesk").symlink_to("/opt/peerdesk/peerdesk")
    share = root / "usr" / "share"
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(LINUX / DESKTOP_FILE, applications / DESKTOP_FILE)
    mime = share / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy2(LINUX / MIME_FILE, mime / "peerdesk.xml")
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{ICON_NAME}.png").write_bytes(pngs[size])
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICON_SVG, scalable / f"{ICON_NAME}.svg")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(metainfo_text(version), encoding="utf-8")
    doc = share / "doc" / "peerdesk"
    doc.mkdir(parents=True)
    shutil.copy2(LINUX / "copyright", doc / "copyright")
    write_gzip(doc / "changelog.gz", changelog_text(version))
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    write_gzip(man / "peerdesk.1.gz", man_page_text())
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if is_program(path) else 0o644)


def is_program(path: Path) -> bool:
    """Executable files of the .deb: programs yes, shared libraries no (Debian policy 8.1:
    a shared library is installed 0644 unless it is also a program)."""
    if is_shared_library(path):
        return False
    return bool(path.stat().st_mode & 0o111) or is_elf(path)


def is_shared_library(path: Path) -> bool:
    name = path.name
    return (name.endswith(".so") or ".so." in name) and is_elf(path)


def write_gzip(path: Path, text: str) -> None:
    """gzip -9n: no name or time in the header, so the build is reproducible."""
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed,
    ):
        packed.write(text.encode("utf-8"))


def man_page_text() -> str:
    """peerdesk(1), generated from the CLI's own argparse definitions (never drifts)."""
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from peerdesk.cli.main import build_parser
        from peerdesk.cli.manpage import render
    finally:
        sys.path.pop(0)
    return render(build_parser(), date=release_date())


def release_date() -> datetime.date:
    """The date of the last commit (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        found = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
        )
        epoch = found.stdout.strip() or None
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    return datetime.date.today()


def changelog_text(version: str) -> str:
    """/usr/share/doc/peerdesk/changelog.gz in Debian's format (a native package)."""
    day = release_date()
    stamp = day.strftime("%a, %d %b %Y") + " 00:00:00 +0000"
    return (
        f"peerdesk ({version}) unstable; urgency=medium\n\n"
        f"  * PeerDesk {version}. The changes are described in the project's README\n"
        f"    and docs/ ({PROJECT_URL}).\n\n"
        f" -- {MAINTAINER}  {stamp}\n"
    )


def validate_desktop_files(root: Path) -> None:
    """Run the AppStream and desktop-entry validators where installed."""
    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    desktop = root / "usr" / "share" / "applications" / DESKTOP_FILE
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    else:
        log("appstreamcli not found: the AppStream file is not validated")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop])
    missing = [name for name in SCREENSHOTS if not (ROOT / "docs" / "screenshots" / name).exists()]
    if missing:
        log(
            "note: docs/screenshots/ lacks "
            + ", ".join(missing)
            + " (the AppStream file names them)"
        )


def build_deb(bundle: Path, version: str, pngs: dict[int, bytes], compression: str) -> Path:
    check = check_depends(bundle)
    problems = []
    if check.unowned:
        problems.append(
            "no installed package provides "
            + ", ".join(check.unowned)
            + " (install them so the dependencies can be checked)"
        )
    for soname, package in check.missing.items():
        problems.append(f"{soname} comes from {package}, which packaging/linux/depends lacks")
    for group in check.unused:
        if _group_packages(group) != {"libc6"}:
            problems.append(f"packaging/linux/depends names {group!r}, which nothing needs")
    if problems:
        raise SystemExit("build: the .deb's Depends are out of step:\n  " + "\n  ".join(problems))
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = BUILD / "deb" / "root"
    stage_deb(bundle, version, pngs, root)
    validate_desktop_files(root)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        control_text(version, arch, tree_kib(root), check.depends), encoding="utf-8"
    )
    out = DIST / f"peerdesk_{version}_{arch}.deb"
    started = time.monotonic()
    run(["dpkg-deb", "--root-owner-group", *DEB_COMPRESSION[compression], "--build", root, out])
    log(
        f"{out.name}: {out.stat().st_size / 1e6:.1f} MB ({compression}, "
        f"{time.monotonic() - started:.0f} s); installed size {tree_kib(root) / 1024:.0f} MiB"
    )
    return out


# Tools build.py itself uses on Debian/Ubuntu: objdump (binutils), and the validators.
BUILD_TOOLS_APT = ("binutils", "appstream", "desktop-file-utils")


def apt_candidates(packages: Sequence[str]) -> set[str]:
    """Those of the packages that this system's apt can install (one ``apt-cache`` call)."""
    if not packages:
        return set()
    result = subprocess.run(
        ["apt-cache", "policy", *packages], capture_output=True, text=True, check=False
    )
    found = re.findall(r"^(\S+):\n\s+Installed: .*\n\s+Candidate: (.*)$", result.stdout, re.M)
    return {name for name, candidate in found if candidate.strip() != "(none)"}


def apt_packages() -> list[str]:
    """Debian packages to build and run the .deb here: its Depends plus the build tools.

    Of each "a | b" group, the first that this system's apt offers (names differ before and
    after the t64 transition).
    """
    groups = [
        [re.sub(r"\s*\(.*\)", "", alt).strip() for alt in group.split("|")]
        for group in read_depends_file()
    ]
    offered = apt_candidates([name for names in groups if len(names) > 1 for name in names])
    chosen = [next((n for n in names if n in offered), names[0]) for names in groups]
    return [*chosen, *BUILD_TOOLS_APT]


# --- Windows and macOS ------------------------------------------------------------------


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def build_windows_installer(bundle: Path, version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup (iscc) not found: the bundle is built, the installer is not")
        return None
    numbers = ".".join(str(n) for n in version_tuple(version))
    run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DAppVersionNumbers={numbers}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={BUILD / 'icons' / 'peerdesk.ico'}",
            PACKAGING / "windows" / "peerdesk.iss",
        ]
    )
    return DIST / f"PeerDesk-{version}-setup.exe"


def build_dmg(app: Path, version: str) -> Path:
    staging = BUILD / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    out = DIST / f"PeerDesk-{version}.dmg"
    run(
        [
            "hdiutil", "create", "-volname", "PeerDesk", "-srcfolder", staging,
            "-fs", "HFS+", "-format", "UDZO", "-ov", out,
        ]
    )  # fmt: skip
    return out


# --- main -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--deb-compression",
        choices=sorted(DEB_COMPRESSION),
        default=os.environ.get("PEERDESK_DEB_COMPRESSION", "xz"),
        help="compression of the .deb (default: xz, the smallest)",
    )
    parser.add_argument(
        "--no-installer", action="store_true", help="build the bundle only (dist/peerdesk)"
    )
    parser.add_argument(
        "--apt-packages",
        action="store_true",
        help="print the Debian packages needed to build and test the .deb here, then exit",
    )
    args = parser.parse_args(argv)
    if args.apt_packages:
        print(" ".join(apt_packages()))
        return 0
    version = read_version()
    started = time.monotonic()
    BUILD.mkdir(exist_ok=True)
    DIST.mkdir(exist_ok=True)
    log(f"PeerDesk {version} on {sys.platform}")
    pngs = make_icons()
    if sys.platform == "win32":
        write_windows_version_file(version)
    bundle = build_bundle()
    log(f"bundle: {bundle} ({tree_kib(bundle) / 1024:.0f} MiB)")
    if not args.no_installer:
        if sys.platform.startswith("linux"):
            build_deb(bundle, version, pngs, args.deb_compression)
        elif sys.platform == "win32":
            build_windows_installer(bundle, version)
        elif sys.platform == "darwin":
            build_dmg(bundle, version)
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
