"""The .deb's extras that lintian asks for: a man page generated from argparse (every
command and option in it), a Debian changelog, a copyright notice, libraries not executable.
Fast: no bundle is built here (tests/packaging/test_deb.py builds the real .deb)."""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.cli.main import build_parser
from peerdesk.cli.manpage import commands, render

ROOT = Path(__file__).resolve().parents[2]


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("peerdesk_build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["peerdesk_build"] = module
    spec.loader.exec_module(module)
    return module


def _all_options(parser: argparse.ArgumentParser) -> set[str]:
    found = {
        option
        for action in parser._actions
        if action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
    }
    for _name, _help, sub in commands(parser):
        found |= _all_options(sub)
    return found


def test_man_page_lists_every_command_and_option() -> None:
    parser = build_parser()
    page = render(parser)
    assert page.startswith(".TH PEERDESK 1 ")
    names = [name for name, _help, _sub in commands(parser)]
    assert len(names) > 5
    for name in names:
        assert ".SS " + name.replace("-", "\\-") in page, name
    for option in _all_options(parser):
        assert option.replace("-", "\\-") in page, option


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed")
def test_man_page_renders_without_warnings(tmp_path: Path) -> None:
    source = tmp_path / "peerdesk.1"
    source.write_text(render(build_parser()), encoding="utf-8")
    result = subprocess.run(
        ["man", "--warnings", "-l", str(source)],
        capture_output=True,
        text=True,
        env={"MANWIDTH": "80", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        check=True,
    )
    assert "peerdesk" in result.stdout
    assert result.stderr.strip() == ""


def test_changelog_copyright_and_library_modes(tmp_path: Path) -> None:
    build = _build_module()
    text = build.changelog_text("1.2.3")
    assert text.startswith("peerdesk (1.2.3) unstable; urgency=medium\n")
    assert "\n -- " in text
    packed = tmp_path / "changelog.gz"
    build.write_gzip(packed, text)
    again = tmp_path / "again.gz"
    build.write_gzip(again, text)
    assert packed.read_bytes() == again.read_bytes()  # reproducible (gzip -9n)
    assert gzip.decompress(packed.read_bytes()).decode() == text
    copyright_text = (ROOT / "packaging" / "linux" / "copyright").read_text(encoding="utf-8")
    assert any(
        line.startswith("Copyright: 2") for line in copyright_text.splitlines()
    )  # a notice with a year, as lintian wants
    library = tmp_path / "libexample.so.6"
    shutil.copy2(sys.executable, library)  # any ELF file will do
    library.chmod(0o755)
    program = tmp_path / "peerdesk"
    shutil.copy2(sys.executable, program)
    assert build.is_shared_library(library)
    assert not build.is_program(library)
    assert build.is_program(program)
