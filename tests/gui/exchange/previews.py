"""A received file's preview made from a vault's own records, for the preview dialog without a
second vault: items of every status, two conflicts (an edit and a deletion) and two people to
place ("who is who"). The texts are the vault's own, so a Spanish demo vault gives Spanish."""

from __future__ import annotations

from peerdesk.services.exchange.people_map import NEW, PersonMatch
from peerdesk.services.exchange.views import ConflictView, ExchangePreview, PreviewItem
from peerdesk.services.session import Services

SENDER = "Jo Okafor"
WORDS = "maple otter comet basil harbor quilt"


def sample_preview(services: Services, *, conflicts: bool = True) -> ExchangePreview:
    roadmap = services.roadmap
    ids = roadmap.roadmap_goal_ids()
    rows = roadmap.goal_rows(ids)
    goals = [rows[i] for i in ids if i in rows][:3]
    assert len(goals) >= 2, "the vault needs two goals"
    first, second = goals[0], goals[1]
    steps = roadmap.milestones(first.id) or roadmap.milestones(second.id)
    step = steps[0].title if steps else second.title
    owner = services.people.owner()
    assert owner is not None
    items = [
        PreviewItem("milestone", "their-m1", step, "new"),
        PreviewItem("goal", second.id, second.title, "changed", ("target_date", "why")),
        PreviewItem("goal", goals[-1].id, goals[-1].title, "deleted"),
    ]
    found: list[ConflictView] = []
    if conflicts:
        items.insert(0, PreviewItem("goal", first.id, first.title, "conflict", ("title",), ("c1",)))
        found = [
            ConflictView(
                "c1", "goal", first.id, first.title, "title", "edit",
                first.title, step, owner.name, SENDER,
                "2026-03-02T10:00:00", "2026-03-04T18:30:00",
            ),
            ConflictView(
                "c2", "goal", second.id, second.title, "_deleted", "they_deleted",
                None, None, owner.name, SENDER, "2026-03-01T09:00:00", "2026-03-03T12:00:00",
            ),
        ]  # fmt: skip
    people = [
        PersonMatch("their-p1", owner.name, "self", owner.id, owner.name, False, True),
        PersonMatch("their-p2", SENDER, "peer_specialist", NEW, None, False, False),
    ]
    return ExchangePreview(
        what="roadmap",
        sender_vault="their-vault",
        sender_name=SENDER,
        fingerprint=WORDS,
        subject_name=owner.name,
        items=items,
        conflicts=found,
        people=people,
        sender_known=False,
    )
