"""Four-eyes approval: a second operator confirms with their own password, there and then."""

from __future__ import annotations

from tsdesk.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import LABELS, Permission, allowed
from tsdesk.vault import Actor, UnitOfWork

AUDIT_LABELS = Labels(
    actions={
        "approval": QT_TRANSLATE_NOOP("audit", "审批"),
        "approval.granted": QT_TRANSLATE_NOOP("audit", "双人审批通过"),
        "approval.password_failed": QT_TRANSLATE_NOOP("audit", "审批人密码错误"),
    },
    entities={"approval": QT_TRANSLATE_NOOP("audit", "审批")},
    fields={
        "requester": QT_TRANSLATE_NOOP("audit", "申请人"),
        "approver": QT_TRANSLATE_NOOP("audit", "审批人"),
        "subject": QT_TRANSLATE_NOOP("audit", "审批事项"),
    },
    refs={"requester": "login", "approver": "login"},
    quiet=frozenset({"reason"}),  # a failed approval's reason is its action
)

SAME_PERSON = QT_TRANSLATE_NOOP("errors", "审批人不能是申请人本人")


def check_approver(uow: UnitOfWork, approver: Actor) -> None:
    """Four eyes, the one check every approved change makes: the approver is not the one
    asking and may approve. Services call it again with the Actor `second_operator`
    returned, so that no caller can approve its own request."""
    if approver.name == uow.actor.name:
        raise ValidationError(SAME_PERSON)
    if not allowed(approver, Permission.APPROVE):
        raise PermissionDenied(action=LABELS[Permission.APPROVE])


def second_operator(uow: UnitOfWork, approver_name: str, password: str, subject: str) -> Actor:
    """Check the approver and record the approval in the caller's transaction.

    The approver must be another active operator whose role may approve, and must enter
    their own password now. Returns the approver; the caller stores it with the change.
    """
    if approver_name == uow.actor.name:  # refused before the password is even tried
        raise ValidationError(SAME_PERSON)
    approver = uow.vault.verify_password(approver_name, password, "approval")
    check_approver(uow, approver)
    uow.record(
        "approval.granted",
        "approval",
        subject,
        after={"requester": uow.actor.name, "approver": approver.name, "subject": subject},
    )
    return approver
