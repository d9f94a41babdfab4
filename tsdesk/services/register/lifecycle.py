"""A secret's lifecycle: editing, 定密, change of grade or term, 解密, 作废, 已销毁, reviews.

Every move that changes what is protected takes a second operator's approval (four eyes)
and leaves an `Approval` row. Sources: 003 §5.3, §6.2, §6.3, §8.1.3."""

from __future__ import annotations

import enum
import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    Problem,
    ValidationError,
    raise_first,
)
from tsdesk.models import (
    Approval,
    ApprovalKind,
    Category,
    DeclassifyReason,
    Grade,
    Review,
    ReviewOutcome,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.models.base import utcnow
from tsdesk.services.approvals import check_approver
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register.core import (
    _CONFIRMED,
    _PROPOSED,
    DATA_CONDITION_LABELS,
    DECLASSIFY_LABELS,
    LIVE_STATUSES,
    SecretInput,
    _add_months,
    _apply,
    _apply_term,
    _grade_problems,
    _term_problems,
    check_input,
    data_conditions,
    get,
    index,
    snapshot,
    term_text,
)
from tsdesk.vault import Actor, UnitOfWork

# --- lifecycle -------------------------------------------------------------------------------


class Move(enum.StrEnum):
    """What may happen to a secret; `TRANSITIONS` says from which status."""

    EDIT = "edit"
    CONFIRM = "confirm"  # 定密 (003 §6.2.2, §8.1.3)
    CHANGE = "change"  # 变更等级或期限 (003 §8.1.3)
    REVIEW = "review"  # 定期审查 (003 §5.3, §6.2.4)
    DECLASSIFY = "declassify"  # 解密 (003 §6.3)
    VOID = "void"  # 作废: a record entered in error
    DESTROY = "destroy"  # 已销毁: set by the destruction module (003 §7.4)


# The lifecycle, defined once: move -> (statuses it may start from, status it leads to or None
# for "unchanged", what the user is told when the status does not allow it).
TRANSITIONS: dict[Move, tuple[frozenset[SecretStatus], SecretStatus | None, str]] = {
    Move.EDIT: (
        LIVE_STATUSES,
        None,
        QT_TRANSLATE_NOOP("errors", "已结束的商业秘密不能再修改"),
    ),
    Move.CONFIRM: (
        frozenset({_PROPOSED}),
        _CONFIRMED,
        QT_TRANSLATE_NOOP("errors", "只有拟定状态的商业秘密可以定密"),
    ),
    Move.CHANGE: (
        frozenset({_CONFIRMED}),
        None,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密需经审批变更等级或期限；拟定的可直接编辑"),
    ),
    Move.REVIEW: (
        frozenset({_CONFIRMED}),
        None,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密需要定期审查"),
    ),
    Move.DECLASSIFY: (
        frozenset({_CONFIRMED}),
        SecretStatus.DECLASSIFIED,
        QT_TRANSLATE_NOOP("errors", "只有已确定的商业秘密可以解密"),
    ),
    Move.VOID: (
        LIVE_STATUSES,
        SecretStatus.VOID,
        QT_TRANSLATE_NOOP("errors", "只有拟定或已确定的商业秘密可以作废"),
    ),
    # Confirmed (its term over) or declassified, once its last carrier is destroyed (003 §7.4).
    Move.DESTROY: (
        frozenset({_CONFIRMED, SecretStatus.DECLASSIFIED}),
        SecretStatus.DESTROYED,
        QT_TRANSLATE_NOOP("errors", "只有已确定或已解密的商业秘密可以登记为已销毁"),
    ),
}


def allowed_moves(status: SecretStatus) -> set[Move]:
    """What the UI may offer for a secret in this status."""
    return {move for move, (sources, _, _) in TRANSITIONS.items() if status in sources}


def _check_move(secret: Secret, move: Move) -> None:
    sources, _, refused = TRANSITIONS[move]
    if secret.status not in sources:
        raise ValidationError(refused)


def _do_move(secret: Secret, move: Move) -> None:
    _check_move(secret, move)
    target = TRANSITIONS[move][1]
    if target is not None:
        secret.status = target


def update(uow: UnitOfWork, secret_id: int, inp: SecretInput) -> None:
    """Edit what a secret says. Grade and term of a confirmed secret change only by approval."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.EDIT)
    if secret.status == SecretStatus.CONFIRMED and (
        inp.grade_id != secret.grade_id
        or inp.term_kind != secret.term_kind
        or (inp.term_until if inp.term_kind == TermKind.UNTIL_DATE else None) != secret.term_until
        or (inp.term_event.strip() if inp.term_kind == TermKind.UNTIL_EVENT else "")
        != secret.term_event
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已确定的商业秘密变更等级或期限须经审批"))
    inp.number = secret.number
    raise_first(check_input(uow.session, inp, secret_id=secret_id))
    before = snapshot(secret)
    _apply(secret, inp)
    uow.session.flush()
    index(uow.session, secret)
    uow.record("secret.update", "secret", secret.id, before=before, after=snapshot(secret))


def _approved(
    uow: UnitOfWork,
    secret: Secret,
    kind: ApprovalKind,
    approver: Actor,
    details: dict,
    action: str,
    before: dict,
    **after: Any,
) -> int:
    """A four-eyes approval and the event it makes: the approval row (what the form prints)
    and `action` on the secret, naming who approved and the approval's number."""
    row = Approval(
        secret_id=secret.id,
        kind=kind,
        requested_by=uow.actor.name,
        approved_by=approver.name,
        approved_at=utcnow(),
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
    )
    uow.session.add(row)
    uow.session.flush()
    approval_id = row.id
    uow.record(
        action,
        "secret",
        secret.id,
        before=before,
        after={
            **snapshot(secret),
            **after,
            "approved_by": approver.name,
            "approval_id": approval_id,
        },
    )
    return approval_id


def _review_months(session: Session, grade_id: int) -> int:
    """The review interval of a grade a secret holds or is about to hold."""
    grade = session.get(Grade, grade_id)
    if grade is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "保密等级不存在"))
    return grade.review_interval_months


def _grade_and_term(session: Session, secret: Secret) -> dict:
    """What an approval form shows of the grade and the term (names, not ids)."""
    grade = session.get(Grade, secret.grade_id)
    return {
        "grade_id": secret.grade_id,
        "grade": grade.name if grade else "",
        "term_kind": secret.term_kind.value,
        "term_until": str(secret.term_until or ""),
        "term_event": secret.term_event,
        "term": term_text(secret.term_kind, secret.term_until, secret.term_event),
    }


def confirm_problems(secret: Secret) -> list[Problem]:
    """What must hold before 定密 (the UI asks before it calls an approver over)."""
    problems: list[Problem] = []
    # 003 §6.2.1 a–b: the two constitutive conditions the register records in words
    # (c, the measures, is drafted from the data on the form and the detail sheet).
    if not secret.not_public_basis.strip():
        problems.append(
            Problem(
                "not_public_basis",
                QT_TRANSLATE_NOOP("errors", "定密前须写明该信息不为公众所知悉的依据"),
            )
        )
    if not (secret.value_description or secret.value_estimate or secret.rd_cost).strip():
        problems.append(
            Problem(
                "value_description",
                QT_TRANSLATE_NOOP("errors", "定密前须写明该信息的商业价值"),
            )
        )
    if not secret.points:
        # 003 §3.3, §6.2.2: the secret points are the scope of the right.
        problems.append(
            Problem("points", QT_TRANSLATE_NOOP("errors", "定密前须至少列明一个秘密点"))
        )
    if not secret.exclusions_confirmed:
        # 003 §6.1.3 a–d
        problems.append(
            Problem(
                "exclusions_confirmed",
                QT_TRANSLATE_NOOP(
                    "errors", "定密前须逐项确认该信息不属于不应作为商业秘密的情形（a–d）"
                ),
            )
        )
    if secret.category == Category.SOFTWARE:
        held = data_conditions(secret)
        if not all(held.get(key) for key in DATA_CONDITION_LABELS):
            # 003 §6.4 a–c
            problems.append(
                Problem(
                    "data_conditions",
                    QT_TRANSLATE_NOOP(
                        "errors", "数据、算法及代码类商业秘密须满足 a–c 三项条件后方可定密"
                    ),
                )
            )
    return problems


def confirm(uow: UnitOfWork, secret_id: int, approver: Actor, note: str = "") -> int:
    """定密: a proposed secret becomes confirmed, approved by someone other than its
    proposer. Returns the Approval id (商业秘密确定审批表)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.CONFIRM)
    check_approver(uow, approver)
    if approver.name == secret.proposed_by:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "定密须由拟定人以外的审批人批准"))
    raise_first(confirm_problems(secret))
    before = snapshot(secret)
    _do_move(secret, Move.CONFIRM)
    today = date.today()
    secret.confirmed_by = approver.name
    secret.confirmed_at = utcnow()
    # 003 §5.3
    secret.next_review = _add_months(today, _review_months(uow.session, secret.grade_id))
    return _approved(
        uow,
        secret,
        ApprovalKind.CONFIRM,
        approver,
        {**_grade_and_term(uow.session, secret), "note": note.strip()},
        "secret.confirm",
        before,
    )


def change_problems(
    session: Session,
    secret: Secret,
    grade_id: int,
    term_kind: TermKind,
    term_until: date | None = None,
    term_event: str = "",
    reason: str = "",
) -> list[Problem]:
    """Why a grade/term change cannot be asked for; empty when it can."""
    sources, _, refused = TRANSITIONS[Move.CHANGE]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems = _grade_problems(session, grade_id) + _term_problems(
        term_kind, term_until, term_event
    )
    if problems:
        return problems
    same_term = (
        term_kind == secret.term_kind
        and (term_until if term_kind == TermKind.UNTIL_DATE else None) == secret.term_until
        and (term_event.strip() if term_kind == TermKind.UNTIL_EVENT else "") == secret.term_event
    )
    if grade_id == secret.grade_id and same_term:
        return [Problem("grade_id", QT_TRANSLATE_NOOP("errors", "等级和期限均未改变"))]
    if not reason.strip():
        return [Problem("reason", QT_TRANSLATE_NOOP("errors", "须说明变更理由"))]
    return []


def change_grade_term(
    uow: UnitOfWork,
    secret_id: int,
    approver: Actor,
    *,
    grade_id: int,
    term_kind: TermKind,
    term_until: date | None = None,
    term_event: str = "",
    reason: str = "",
) -> int:
    """变更: a confirmed secret's grade and/or term, approved (003 §8.1.3). The review clock
    restarts from the approval with the new grade's interval. Returns the Approval id."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.CHANGE)
    check_approver(uow, approver)
    raise_first(
        change_problems(uow.session, secret, grade_id, term_kind, term_until, term_event, reason)
    )
    before, old = snapshot(secret), _grade_and_term(uow.session, secret)
    secret.grade_id = grade_id
    _apply_term(secret, term_kind, term_until, term_event)
    secret.next_review = _add_months(date.today(), _review_months(uow.session, grade_id))
    uow.session.flush()
    new = _grade_and_term(uow.session, secret)
    return _approved(
        uow,
        secret,
        ApprovalKind.CHANGE,
        approver,
        {"before": old, "after": new, "reason": reason.strip()},
        "secret.change",
        before,
    )


def declassify_problems(
    secret: Secret,
    reason: DeclassifyReason | None,
    words: str,
    on: date | None = None,
) -> list[Problem]:
    sources, _, refused = TRANSITIONS[Move.DECLASSIFY]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems: list[Problem] = []
    if not isinstance(reason, DeclassifyReason):
        problems.append(Problem("reason", QT_TRANSLATE_NOOP("errors", "请选择解密情形")))
    if not words.strip():
        problems.append(Problem("words", QT_TRANSLATE_NOOP("errors", "须写明解密的具体理由")))
    on = on or date.today()
    if on > date.today():
        problems.append(Problem("on", QT_TRANSLATE_NOOP("errors", "解密日期不能晚于今天")))
    elif secret.confirmed_at is not None and on < secret.confirmed_at.date():
        problems.append(Problem("on", QT_TRANSLATE_NOOP("errors", "解密日期不能早于定密日期")))
    return problems


def declassify(
    uow: UnitOfWork,
    secret_id: int,
    approver: Actor,
    reason: DeclassifyReason,
    words: str,
    on: date | None = None,
) -> int:
    """解密 (003 §6.3 a/b/c), approved. Returns the Approval id (解密审批表)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.DECLASSIFY)
    check_approver(uow, approver)
    raise_first(declassify_problems(secret, reason, words, on))
    on = on or date.today()
    before = snapshot(secret)
    _do_move(secret, Move.DECLASSIFY)
    secret.ended_reason = f"{DECLASSIFY_LABELS[reason]}：{words.strip()}"
    secret.ended_on = on
    secret.ended_by = uow.actor.name
    secret.next_review = None
    return _approved(
        uow,
        secret,
        ApprovalKind.DECLASSIFY,
        approver,
        {
            **_grade_and_term(uow.session, secret),
            "reason": reason.value,
            "reason_label": DECLASSIFY_LABELS[reason],
            "words": words.strip(),
            "on": on.isoformat(),
        },
        "secret.declassify",
        before,
        reason=secret.ended_reason,
        on=on.isoformat(),
    )


def void_needs_approval(secret: Secret) -> bool:
    """Voiding a confirmed secret ends its protection like 解密, so it takes four eyes too."""
    return secret.status == SecretStatus.CONFIRMED


def void(uow: UnitOfWork, secret_id: int, reason: str, approver: Actor | None = None) -> None:
    """作废: a record entered in error. Its number stays taken; the record stays readable."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.VOID)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须说明作废原因"))
    if void_needs_approval(secret):
        if approver is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "作废已确定的商业秘密须经审批"))
        check_approver(uow, approver)
    before = snapshot(secret)
    _do_move(secret, Move.VOID)
    secret.ended_reason = reason.strip()
    secret.ended_on = date.today()
    secret.ended_by = uow.actor.name
    secret.next_review = None
    after = {**snapshot(secret), "reason": secret.ended_reason}
    if approver is not None:
        after["approved_by"] = approver.name
    uow.record("secret.void", "secret", secret.id, before=before, after=after)


def mark_destroyed(uow: UnitOfWork, secret_id: int, reference: str) -> None:
    """已销毁, for the destruction module: `reference` names its destruction record
    (003 §7.4, §9.6.5)."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    _check_move(secret, Move.DESTROY)
    if not reference.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "须注明销毁记录"))
    before = snapshot(secret)
    _do_move(secret, Move.DESTROY)
    secret.ended_reason = reference.strip()
    secret.ended_on = date.today()
    secret.ended_by = uow.actor.name
    secret.next_review = None
    uow.record(
        "secret.destroy",
        "secret",
        secret.id,
        before=before,
        after={**snapshot(secret), "reference": secret.ended_reason},
    )


# --- reviews (003 §5.3, §6.2.4) ----------------------------------------------------------------


def review_problems(
    secret: Secret, outcome: ReviewOutcome | None, note: str, reviewed_on: date | None = None
) -> list[Problem]:
    sources, _, refused = TRANSITIONS[Move.REVIEW]
    if secret.status not in sources:
        return [Problem("status", refused)]
    problems: list[Problem] = []
    if not isinstance(outcome, ReviewOutcome):
        problems.append(Problem("outcome", QT_TRANSLATE_NOOP("errors", "请选择审查结论")))
    elif outcome != ReviewOutcome.UNCHANGED and not note.strip():
        problems.append(
            Problem("note", QT_TRANSLATE_NOOP("errors", "结论为变更或解密时须说明理由"))
        )
    if (reviewed_on or date.today()) > date.today():
        problems.append(Problem("reviewed_on", QT_TRANSLATE_NOOP("errors", "审查日期不能晚于今天")))
    return problems


def record_review(
    uow: UnitOfWork,
    secret_id: int,
    outcome: ReviewOutcome,
    note: str = "",
    reviewed_on: date | None = None,
) -> int:
    """Record a periodic review; the next one falls one grade interval later. A conclusion
    of change or declassify is followed by that approval, which the review does not replace."""
    require(uow.actor, Permission.EDIT_DATA)
    secret = get(uow.session, secret_id)
    raise_first(review_problems(secret, outcome, note, reviewed_on))
    reviewed_on = reviewed_on or date.today()
    next_review = _add_months(reviewed_on, _review_months(uow.session, secret.grade_id))
    before = {"next_review": str(secret.next_review or "")}
    review = Review(
        secret_id=secret.id,
        reviewed_on=reviewed_on,
        reviewer=uow.actor.name,
        outcome=outcome,
        note=note.strip(),
        next_review=next_review,
    )
    uow.session.add(review)
    secret.next_review = next_review
    uow.session.flush()
    uow.record(
        "secret.review",
        "secret",
        secret.id,
        before=before,
        after={
            "outcome": outcome.value,
            "note": review.note,
            "reviewed_on": reviewed_on.isoformat(),
            "next_review": next_review.isoformat(),
        },
    )
    return review.id


def approvals_of(session: Session, secret_id: int) -> list[Approval]:
    return list(
        session.scalars(
            select(Approval)
            .where(Approval.secret_id == secret_id)
            .order_by(Approval.approved_at, Approval.id)
        )
    )


def reviews_of(session: Session, secret_id: int) -> list[Review]:
    """Newest first."""
    return list(
        session.scalars(
            select(Review)
            .where(Review.secret_id == secret_id)
            .order_by(Review.reviewed_on.desc(), Review.id.desc())
        )
    )
