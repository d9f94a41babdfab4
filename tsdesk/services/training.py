"""Training sessions, drills and inspections (003 §12, §13.1, §5.3 b; 004 第十条)."""

from __future__ import annotations

from sqlalchemy import func, select

from tsdesk.models import TrainingAttendance


def last_trained(person_id):
    """A scalar subquery: the date the person (an id or a column) was last trained, or NULL.
    Read from ix_training_attendance_person alone."""
    return (
        select(func.max(TrainingAttendance.held_on))
        .where(TrainingAttendance.person_id == person_id)
        .scalar_subquery()
    )
