"""The demo roadmap: Sam's goals, milestones, check-ins and victories, through the services.

Dates in demo.json are relative ("days ago", "days ahead") so the demo always looks current.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any


def fill(services: Any, data: dict[str, Any], context: dict[str, Any]) -> None:
    roadmap = services.roadmap
    people: dict[str, str] = context.get("people", {})
    today = roadmap.today()

    def day(ago: Any = None, ahead: Any = None) -> Any:
        if ago is not None:
            return today - timedelta(days=int(ago))
        if ahead is not None:
            return today + timedelta(days=int(ahead))
        return None

    def moment(ago: int, hour: int = 18) -> datetime:
        return datetime.combine(today - timedelta(days=int(ago)), time(hour, 0))

    goal_ids: dict[str, str] = {}
    for item in data.get("goals", []):
        goal = roadmap.create_goal(
            people[item["person"]],
            item["title"],
            vision=item.get("vision", ""),
            life_area=item.get("life_area", ""),
            status=item.get("status", "proposed"),
            start_date=day(ago=item.get("start_days_ago")),
            target_date=day(ahead=item.get("target_days_ahead")),
            participants=[
                (people[p["person"]], p.get("role", "")) for p in item.get("participants", [])
            ],
        )
        goal_ids[item["key"]] = goal.id
        for step in item.get("milestones", []):
            milestone = roadmap.add_milestone(
                goal.id,
                step["title"],
                owner_id=people.get(step.get("owner", "")),
                due_date=day(ahead=step.get("due_days_ahead")),
            )
            if step.get("done_days_ago") is not None:
                done_on = day(ago=step["done_days_ago"])
                roadmap.complete_milestone(milestone.id, on=done_on, victory=False)
        for checkin in sorted(item.get("checkins", []), key=lambda c: -int(c["days_ago"])):
            roadmap.add_checkin(
                goal.id,
                person_id=people.get(checkin.get("person", "")),
                rating=checkin.get("rating"),
                what_happened=checkin.get("what_happened", ""),
                next_step=checkin.get("next_step", ""),
                next_step_owner_id=people.get(checkin.get("next_step_owner", "")),
                occurred_at=moment(checkin["days_ago"]),
            )
    for win in sorted(data.get("victories", []), key=lambda v: -int(v["days_ago"])):
        roadmap.log_win(
            win["text"],
            person_id=people.get(win.get("person", "")),
            goal_id=goal_ids.get(win.get("goal", "")),
            occurred_at=moment(win["days_ago"], 20),
        )
    context["goals"] = goal_ids
