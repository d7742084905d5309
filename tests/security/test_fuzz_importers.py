"""Every importer under hypothesis: 10 000 mutated files per format.

Formats are found the way the command line finds them (``IMPORT_FORMATS`` of every
module in ``COMMAND_MODULES``), so a new importer is fuzzed as soon as it is registered
and has a seed file in SEEDS (a test fails for a format without one). Each input goes
through the format's import handler exactly as ``peerdesk import --from NAME FILE`` runs
it. The only allowed failures are the documented ones (CliError or VaultError: one line
naming the file); after every rejected import the vault files are unchanged.

"Unchanged" is checked by size and nanosecond mtime of peerdesk.db, its WAL and
keys.json after every input (any write moves the mtime), and by comparing their bytes
every 500 inputs. The WAL index (-shm) is left out: readers write their read marks
there, and it holds no data.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from _fuzz import import_inputs
from conftest import REPO, Figures
from hypothesis import HealthCheck, given, settings

from peerdesk.cli.common import CliError
from peerdesk.cli.main import COMMAND_MODULES
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError

EXAMPLES = 10_000
BYTE_CHECK_EVERY = 500

# Seed files per format (paths in the repository). Mutations start from these.
SEEDS: dict[str, list[str]] = {
    "jrnl": ["tests/unit/journal/data/jrnl-export.json"],
    "dayone": ["tests/unit/journal/data/dayone-export.json"],
    "daylio": [
        "tests/unit/journal/data/daylio-export.csv",
        "tests/unit/journal/data/daylio-scales.csv",
        "tests/unit/journal/data/daylio-old-7col.csv",
    ],
    "library": ["tests/security/seeds/library.json"],
}


# Known importer bugs, by format: (exception type, text of its message). The fuzzer counts
# these separately and still checks that the vault is unchanged; each entry needs a strict
# xfail regression test that says when it is fixed. None are open: the Day One surrogate
# and Daylio digit escapes found here were fixed (see the two regression tests below).
KNOWN_ESCAPES: dict[str, tuple[type[BaseException], str]] = {}


def import_formats() -> dict[str, Any]:
    formats: dict[str, Any] = {}
    for module in COMMAND_MODULES:
        formats.update(getattr(module, "IMPORT_FORMATS", {}))
    return formats


FORMATS = import_formats()


def _state(files: list[Path]) -> list[tuple[str, int, int]]:
    return [
        (p.name, st.st_size, st.st_mtime_ns)
        for p in files
        if (st := p.stat() if p.exists() else None) is not None
    ]


def _bytes(files: list[Path]) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in files if p.exists()}


def test_every_import_format_has_a_fuzz_seed() -> None:
    missing = sorted(set(FORMATS) - set(SEEDS))
    assert missing == [], f"add seed files for {missing} to SEEDS"
    for name, paths in SEEDS.items():
        if name in FORMATS:
            for path in paths:
                assert (REPO / path).is_file(), path


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FORMATS) or ["(none registered)"])
def test_importer_survives_10000_mutated_files(
    fmt: str, services: Services, tmp_path: Path, figures: Figures
) -> None:
    if fmt not in FORMATS:
        pytest.skip("no import formats are registered yet")
    handler = FORMATS[fmt]
    seeds = [(REPO / p).read_bytes() for p in SEEDS[fmt]]
    suffix = Path(SEEDS[fmt][0]).suffix
    folder = services.vault.folder
    watched = [folder / "peerdesk.db", folder / "peerdesk.db-wal", folder / "keys.json"]
    target = tmp_path / f"input{suffix}"
    args = argparse.Namespace(vault=str(folder), passphrase_file=None, import_format=fmt)
    tally = {"inputs": 0, "rejected": 0, "imported": 0, "byte_checks": 0, "known_bug_hits": 0}
    known = KNOWN_ESCAPES.get(fmt)
    services.vault.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    strategy = import_inputs(seeds[0])
    for extra in seeds[1:]:
        strategy = strategy | import_inputs(extra)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=strategy)
    def one(data: bytes) -> None:
        tally["inputs"] += 1
        target.write_bytes(data)
        before = _state(watched)
        full = _bytes(watched) if tally["inputs"] % BYTE_CHECK_EVERY == 0 else None
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                code = handler(args, services, target)
        except (CliError, VaultError) as exc:
            tally["rejected"] += 1
            message = str(exc)
            assert message
            assert "\n" not in message.strip(), "errors are one line"
            assert _state(watched) == before, "a rejected import changed the vault"
        except Exception as exc:
            if known is None or not isinstance(exc, known[0]) or known[1] not in str(exc):
                raise
            tally["known_bug_hits"] += 1
            assert _state(watched) == before, "a failed import changed the vault"
        else:
            assert code == 0
            tally["imported"] += 1
            return
        if full is not None:
            tally["byte_checks"] += 1
            assert _bytes(watched) == full, "a rejected import changed the vault"

    one()
    assert tally["inputs"] >= EXAMPLES
    problems = services.vault.database.integrity_problems()
    figures.set(format=fmt, **tally, seeds=len(seeds), integrity_problems_after=len(problems))
    assert problems == []


@pytest.mark.parametrize("field", ["text", "uuid"])
def test_dayone_lone_surrogate_is_a_clean_error(
    services: Services, tmp_path: Path, field: str
) -> None:
    import json

    if "dayone" not in FORMATS:
        pytest.skip("no dayone importer in this build")
    document = json.loads((REPO / SEEDS["dayone"][0]).read_text(encoding="utf-8"))
    document["entries"][0][field] = "\ud800"
    path = tmp_path / "dayone.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    args = argparse.Namespace(vault=None, passphrase_file=None, import_format="dayone")
    before = services.journal.count()
    with contextlib.redirect_stdout(io.StringIO()), pytest.raises((CliError, VaultError)):
        FORMATS["dayone"](args, services, path)
    assert services.journal.count() == before, "a refused import wrote entries"


def test_daylio_superscript_digit_is_a_clean_error(services: Services, tmp_path: Path) -> None:
    if "daylio" not in FORMATS:
        pytest.skip("no daylio importer in this build")
    path = tmp_path / "daylio.csv"
    path.write_bytes(
        b"year,date,weekday,time,mood,activities,note\r\n"
        b'\xc2\xb2,30 May,Saturday,6:50 pm,rad,friends | gaming,"Awesome"\r\n'
    )
    args = argparse.Namespace(vault=None, passphrase_file=None, import_format="daylio")
    before = services.journal.count()
    with contextlib.redirect_stdout(io.StringIO()), pytest.raises((CliError, VaultError)):
        FORMATS["daylio"](args, services, path)
    assert services.journal.count() == before, "a refused import wrote entries"
