"""What each roadmap dialog's values become: one service call (or a few) per dialog.

Each function takes the unlocked services, the dialog's context (which goal, which
milestone) and the values it returned; it raises the service's error when they are refused.
"""

from __future__ import annotations

from typing import Any

from peerdesk.gui.roadmap.dialogs import parse_iso
from peerdesk.services.session import Services

Values = dict[str, Any]


def new_goal(services: Services, context: Values, v: Values) -> str:
    goal = services.roadmap.create_goal(
        v["person_id"],
        v["title"],
        vision=v["vision"],
        life_area=v["life_area"],
        status=v["status"],
        start_date=parse_iso(v["start_date"]),
        target_date=parse_iso(v["target_date"]),
        participants=[(p[0], p[1]) for p in v["participants"]],
    )
    return goal.id


def edit_goal(services: Services, context: Values, v: Values) -> None:
    roadmap = services.roadmap
    goal_id = context["goal"]
    before = roadmap.get_goal(goal_id)
    roadmap.update_goal(
        goal_id,
        title=v["title"],
        person_id=v["person_id"],
        vision=v["vision"],
        life_area=v["life_area"],
        start_date=parse_iso(v["start_date"]),
        target_date=parse_iso(v["target_date"]),
    )
    if v["status"] != before.status:
        roadmap.set_status(goal_id, v["status"])
    wanted = {p[0]: p[1] for p in v["participants"]}
    for participant in roadmap.participants(goal_id):
        if participant.person_id not in wanted:
            roadmap.remove_participant(participant.id)
    for person_id, role in wanted.items():
        roadmap.add_participant(goal_id, person_id, role)


def milestone(services: Services, context: Values, v: Values) -> None:
    roadmap = services.roadmap
    due = parse_iso(v["due_date"])
    if context.get("milestone"):
        roadmap.update_milestone(
            context["milestone"], title=v["title"], owner_id=v["owner_id"], due_date=due
        )
    else:
        roadmap.add_milestone(context["goal"], v["title"], owner_id=v["owner_id"], due_date=due)


def checkin(services: Services, context: Values, v: Values) -> None:
    services.roadmap.add_checkin(
        context["goal"],
        person_id=v["person_id"],
        rating=v["rating"],
        what_happened=v["what_happened"],
        next_step=v["next_step"],
        next_step_owner_id=v["next_step_owner_id"],
    )


def win(services: Services, context: Values, v: Values) -> None:
    services.roadmap.log_win(v["text"], goal_id=context.get("goal"))


def person(services: Services, context: Values, v: Values) -> None:
    people = services.people
    if context.get("person"):
        people.update(context["person"], **v)
    else:
        people.create(
            v["name"], v["role"], contact=v["contact"], notes=v["notes"], is_owner=v["is_owner"]
        )
