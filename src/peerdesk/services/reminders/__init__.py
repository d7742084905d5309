"""Reminders (no Qt): when a check-in, a goal review or a due milestone deserves a nudge."""

from peerdesk.services.reminders.schedule import (
    KINDS,
    DueReminder,
    ReminderPlan,
    ReminderService,
    next_occurrences,
    reminder_text,
)

__all__ = [
    "KINDS",
    "DueReminder",
    "ReminderPlan",
    "ReminderService",
    "next_occurrences",
    "reminder_text",
]
