"""The demo caseload: people Jo serves, with signed notes, a draft, an addendum and plans.

Everything goes through the services, so the notes are signed (and final) the real way.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from peerdesk.services.notes import AGENCY_ENABLED


def fill(services: Any, data: dict[str, Any], context: dict[str, Any]) -> None:
    caseload = data.get("caseload")
    if not caseload:
        return
    today = services.roadmap.today()
    staff = caseload.get("staff_name", "")
    credential = caseload.get("staff_credential", "")
    for item in caseload.get("people", []):
        person = services.people.create(
            item["name"], "self", contact=item.get("contact", ""), notes=item.get("notes", "")
        )
        goal_ids: dict[str, str] = {}
        for goal in item.get("goals", []):
            ahead = goal.get("target_days_ahead")
            created = services.roadmap.create_goal(
                person.id,
                goal["title"],
                status=goal.get("status", "proposed"),
                target_date=today + timedelta(days=int(ahead)) if ahead is not None else None,
            )
            goal_ids[goal["key"]] = created.id
            for step in goal.get("milestones", []):
                services.roadmap.add_milestone(
                    created.id,
                    step["title"],
                    owner_id=person.id if step.get("owner") == item["key"] else None,
                    due_date=today + timedelta(days=int(step["due_days_ahead"])),
                )
        if item.get("planned_days_ahead") is not None:
            when = datetime.combine(
                today + timedelta(days=int(item["planned_days_ahead"])), time(10)
            )
            services.notes.plan_contact(person.id, when, "in_person")
        for note in item.get("notes", []):
            row = services.notes.create_draft(
                person.id,
                today - timedelta(days=int(note["days_ago"])),
                start_time=note.get("start", ""),
                end_time=note.get("end", ""),
                setting=note.get("setting", ""),
                mode=note.get("mode", ""),
                service_type=note.get("service_type", ""),
                goal_ids=[goal_ids[k] for k in note.get("goals", [])],
                what_was_done=note.get("what_was_done", ""),
                response=note.get("response", ""),
                next_steps=note.get("next_steps", ""),
                next_steps_by=note.get("next_steps_by", ""),
                staff_name=staff,
                staff_credential=credential,
            )
            # Under a policy that requires more fields, such a note stays a draft.
            if note.get("sign") and not services.notes.missing_fields(row.id):
                services.notes.sign(row.id)
                if note.get("addendum"):
                    services.notes.add_addendum(row.id, note["addendum"], staff, credential)
    services.settings.set(AGENCY_ENABLED, True)
