"""50 distinctive strings written through the services never reach any vault file in clear."""

from __future__ import annotations

from pathlib import Path

from peerdesk.services.session import Services, end_session
from peerdesk.store.records import Person

CANARIES = [f"Canary{n:02d}-Zq{n * 7919 % 10007:05d}-tulip" for n in range(50)]


def _vault_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(folder: Path) -> list[tuple[str, str]]:
    found = []
    for path in _vault_files(folder):
        raw = path.read_bytes()
        for canary in CANARIES:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                if encoded in raw:
                    found.append((path.name, canary))
    return found


def test_canaries_never_on_disk_while_open_and_after_close(services: Services) -> None:
    folder = services.vault.folder
    for index, canary in enumerate(CANARIES):
        if index % 3 == 0:
            services.drafts.save(f"draft-{index}", {"text": canary})
        elif index % 3 == 1:
            services.settings.set(f"test.value{index}", canary)
        else:
            Person.create(name=canary, notes=canary * 3, role="supporter")
    services.backups.automatic("manual")
    files = {p.name for p in _vault_files(folder)}
    assert "peerdesk.db-wal" in files  # checked while the WAL is live
    assert _leaks(folder) == []
    for path in _vault_files(folder):
        if path.name.endswith(".db"):
            assert not path.read_bytes().startswith(b"SQLite format 3")
    end_session(services)
    services.vault.close()
    assert _leaks(folder) == []
