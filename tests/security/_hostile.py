"""Hostile rich text: what a shared file or a paste could carry, and a vault full of it."""

from __future__ import annotations

import base64
from pathlib import Path

from peerdesk.services.session import Services

# A 1x1 PNG: if an export or view ever embeds a local image named in user text, it shows.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def hostile_text(local_image: Path) -> str:
    return (
        "Plain start. <script>alert('pwn')</script> "
        '<img src="http://example.invalid/track.png"> '
        f'<img src="{local_image.as_uri()}"> '
        '<a href="http://example.invalid/phish">click me</a> '
        '<iframe src="http://example.invalid/frame"></iframe> <b>bold?</b>\n\n'
        f"![remote](http://example.invalid/md.png) ![local]({local_image}) "
        f"![local uri]({local_image.as_uri()}) [md link](http://example.invalid/md)"
    )


def fill_hostile(services: Services, text: str) -> dict[str, int]:
    """Put ``text`` in every text field the areas in this build offer. Returns counts."""
    made: dict[str, int] = {}
    if getattr(services, "journal", None) is not None:
        from peerdesk.services.journal.model import EntryFields

        services.journal.create(EntryFields(title=text[:150], body=text, tags=("hostile",)))
        made["journal entries"] = 1
    if getattr(services, "library", None) is not None:
        from peerdesk.services.library.cards import CardContent

        services.library.create(
            CardContent(
                title="Hostile <b>card</b> <script>x</script>",
                summary=text[:1500],
                steps=text,
                when_to_use=text,
            )
        )
        made["strategy cards"] = 1
    if getattr(services, "roadmap", None) is not None and hasattr(services, "people"):
        owner = services.people.create("Sam <script>alert(1)</script>", "self", is_owner=True)
        helper = services.people.create(
            "Jo <img src=http://example.invalid/p.png>", contact=text[:400], notes=text
        )
        goal = services.roadmap.create_goal(
            owner.id, "Goal <b>bold</b> <script>x</script>", vision=text
        )
        services.roadmap.add_participant(goal.id, helper.id, "coach <i>x</i>")
        services.roadmap.add_milestone(goal.id, "Milestone <a href='http://example.invalid'>x</a>")
        services.roadmap.add_checkin(
            goal.id, person_id=owner.id, rating=3, what_happened=text, next_step=text[:500]
        )
        services.roadmap.log_win(text[:1000], person_id=owner.id, goal_id=goal.id)
        made["goals"] = 1
    return made
