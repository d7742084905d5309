"""The shared goal roadmap (no Qt): the service, its rows, and the printable plan."""

from peerdesk.services.roadmap.rows import (
    ACTIVE_STATUSES,
    STATUS_LABELS,
    CheckinRow,
    DeletedGoal,
    GoalFilter,
    GoalRow,
    MilestoneRow,
    ParticipantRow,
    VictoryRow,
    WaitingItem,
    WhoDoesWhat,
    rating_label,
    rating_text,
    status_label,
)
from peerdesk.services.roadmap.service import GoalNotFound, RoadmapError, RoadmapService

__all__ = [
    "ACTIVE_STATUSES",
    "STATUS_LABELS",
    "CheckinRow",
    "DeletedGoal",
    "GoalFilter",
    "GoalNotFound",
    "GoalRow",
    "MilestoneRow",
    "ParticipantRow",
    "RoadmapError",
    "RoadmapService",
    "VictoryRow",
    "WaitingItem",
    "WhoDoesWhat",
    "rating_label",
    "rating_text",
    "status_label",
]
