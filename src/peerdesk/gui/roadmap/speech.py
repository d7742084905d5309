"""What a screen reader says for one goal or one milestone (``Qt.AccessibleTextRole``).

The timeline and the board paint their rows, so the painted words reach a screen reader only
through these sentences: the title, the status, whose goal and its life area, the progress
and the target date, and any date warning — short sentences, in the language shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerdesk.gui.roadmap.dates import long_date
from peerdesk.services.roadmap import GoalRow, MilestoneRow


def goal_sentence(goal: GoalRow) -> str:
    """ "Goal: Walk every morning. In progress, Sam, Health. 3 of 5 milestones done.
    Target date: March 12, 2027." """
    parts = [
        QCoreApplication.translate("RoadmapSpeech", "Goal: {title}.").format(title=goal.title),
        QCoreApplication.translate("RoadmapSpeech", "{status}, {person}, {area}.").format(
            status=goal.status_label, person=goal.person_name, area=goal.life_area
        ),
        f"{goal.progress_text}.",
    ]
    if goal.target_date is not None:
        parts.append(
            QCoreApplication.translate("RoadmapSpeech", "Target date: {date}.").format(
                date=long_date(goal.target_date)
            )
        )
    parts += list(goal.date_warnings)
    return " ".join(parts)


def milestone_sentence(milestone: MilestoneRow) -> str:
    """ "Milestone: Fill in the forms. Not done yet. Who: Alex. Due: December 1, 2026." """
    parts = [
        QCoreApplication.translate("RoadmapSpeech", "Milestone: {title}.").format(
            title=milestone.title
        )
    ]
    if milestone.done_at is not None:
        parts.append(
            QCoreApplication.translate("RoadmapSpeech", "Done on {date}.").format(
                date=long_date(milestone.done_at)
            )
        )
    else:
        parts.append(QCoreApplication.translate("RoadmapSpeech", "Not done yet."))
    who = milestone.owner_name or QCoreApplication.translate("RoadmapSpeech", "anyone")
    parts.append(QCoreApplication.translate("RoadmapSpeech", "Who: {name}.").format(name=who))
    if milestone.due_date is not None:
        parts.append(
            QCoreApplication.translate("RoadmapSpeech", "Due: {date}.").format(
                date=long_date(milestone.due_date)
            )
        )
    if milestone.due_after_target:
        parts.append(
            QCoreApplication.translate("RoadmapSpeech", "It is due after the goal's target date.")
        )
    return " ".join(parts)
