"""Agreements with employees and outside parties (003 §9.4, §8.2.3–8.2.4, §8.3.4).

An agreement *binds* on a day when it is in force (signed and effective), has started and has
not passed its end date: `binding_clause`, the one definition every query uses (the people
page's NDA column, the grant rule, the carrier rule, the reminders).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, or_

from tsdesk.models import Agreement, AgreementKind, AgreementStatus


def binding_clause(today: date):
    return and_(
        Agreement.status == AgreementStatus.IN_FORCE,
        or_(Agreement.effective_on.is_(None), Agreement.effective_on <= today),
        or_(Agreement.end_on.is_(None), Agreement.end_on >= today),
    )


def person_bound(person_id, kind: AgreementKind, today: date):
    """A clause: the person (an id or a column) has an agreement of `kind` binding today."""
    return exists().where(
        Agreement.person_id == person_id, Agreement.kind == kind, binding_clause(today)
    )
