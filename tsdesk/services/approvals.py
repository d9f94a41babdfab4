"""Four-eyes approval: a second operator confirms with their own password, there and then."""

from __future__ import annotations

from tsdesk.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from tsdesk.services.permissions import LABELS, Permission, allowed
from tsdesk.vault import Actor, UnitOfWork


def second_operator(uow: UnitOfWork, approver_name: str, password: str, subject: str) -> Actor:
    """Check the approver and record the approval in the caller's transaction.

    The approver must be another active operator whose role may approve, and must enter
    their own password now. Returns the approver; the caller stores it with the change.
    """
    if approver_name == uow.actor.name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "审批人不能是申请人本人"))
    approver = uow.vault.verify_password(approver_name, password)
    if not allowed(approver, Permission.APPROVE):
        raise PermissionDenied(action=LABELS[Permission.APPROVE])
    uow.record(
        "approval.granted",
        "approval",
        subject,
        after={"requester": uow.actor.name, "approver": approver.name, "subject": subject},
    )
    return approver
