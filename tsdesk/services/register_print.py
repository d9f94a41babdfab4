"""Printing the register: the ledger (台账), a secret's detail sheet and its approval forms.

Paper leaves the vault, so every print is audited as `print.<kind>` in the caller's unit of
work *before* the PDF is made, and the footer then names that event (services/documents.
footer_in): the printed page and the log anchor each other. `out` is a path or a binary
stream — the GUI passes a BytesIO so that no plaintext PDF lands on disk unless the user
saves it — and gets the PDF only once the event has committed (documents.deliver_when_committed).
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.documents.forms import render_form
from tsdesk.documents.ledger import (
    LedgerRow,
    SecretSheet,
    lay_out_ledger,
    render_detail,
    render_ledger,
)
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, TSDeskError
from tsdesk.models import (
    Approval,
    ApprovalKind,
    Area,
    Carrier,
    CarrierSecret,
    CarrierStatus,
    Category,
    Department,
    Grade,
    LabelIssue,
    Operator,
    PersonStatus,
    Secret,
)
from tsdesk.services import people, register
from tsdesk.services.documents import (
    deliver_when_committed,
    file_when_committed,
    footer_in,
    operator_name,
)
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register_io import (
    IdsOrFilter,
    RegisterRecord,
    all_ids,
    iter_records,
    resolve_ids,
    storages_text,
)
from tsdesk.vault import UnitOfWork

# The approval forms are data (resources/forms/register/*.json), one per kind of approval.
APPROVAL_FORMS: dict[ApprovalKind, str] = {
    ApprovalKind.CONFIRM: "register/secret_confirm_approval",
    ApprovalKind.CHANGE: "register/secret_change_approval",
    ApprovalKind.DECLASSIFY: "register/secret_declassify_approval",
}
CHECKED, UNCHECKED = "■", "□"  # the embedded font has no ☑


def _local_date(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the PC's local date."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().date().isoformat()


def _who(session: Session, operator: str) -> str:
    """An operator as printed on a form: display name with the login name."""
    row = session.scalar(select(Operator).where(Operator.name == operator)) if operator else None
    return f"{row.display_name}（{operator}）" if row is not None and row.display_name else operator


def describe_filter(session: Session, filter_or_ids: IdsOrFilter) -> str:
    """Which secrets a ledger shows, in words for its heading."""
    if filter_or_ids is None:
        return "全部"
    if not isinstance(filter_or_ids, register.RegisterFilter):
        return f"选定的 {len(list(filter_or_ids))} 项"
    f = filter_or_ids
    parts = []
    if f.grade_id is not None:
        grade = session.get(Grade, f.grade_id)
        parts.append(f"保密等级 {grade.name if grade else ''}")
    if f.category is not None:
        parts.append(f"类别 {register.CATEGORY_LABELS[Category(f.category)]}")
    if f.department_id is not None:
        department = session.get(Department, f.department_id)
        parts.append(f"主责部门 {department.name if department else ''}")
    if f.status is not None:
        parts.append(f"状态 {register.STATUS_LABELS[f.status]}")
    if f.review_due:
        parts.append("待审查")
    if f.expiring_within_days is not None:
        parts.append(f"{f.expiring_within_days} 天内到期")
    if f.search.strip():
        parts.append(f"检索“{f.search.strip()}”")
    return "；".join(parts) or "全部"


def _ledger_row(record: RegisterRecord, next_review: str = "") -> LedgerRow:
    return LedgerRow(
        number=record.number,
        subject=record.subject,
        category=record.category_label,
        grade=record.grade,
        term=record.term_text,
        department=record.department,
        owner=record.owner,
        scope=record.scope,
        storages=record.storages_text,
        status=record.status_label,
        next_review=next_review,
    )


class PrintCancelled(TSDeskError):
    """The user stopped a print; nothing was written."""

    template = QT_TRANSLATE_NOOP("errors", "已取消打印")


def print_ledger(
    uow: UnitOfWork,
    filter_or_ids: IdsOrFilter,
    out: str | Path | IO[bytes],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """The ledger of all secrets, an id list or a RegisterFilter; returns how many it lists.

    The secrets are read and wrapped a chunk at a time, then drawn page by page; between
    chunks and pages `progress(done, total)` is told and `cancelled()` asked — when it answers
    True, PrintCancelled is raised, the unit of work rolls back and neither the print event
    nor the PDF is left. A path is drawn straight into its temporary file (memory stays flat
    however long the register) and renamed after the commit; a stream is written then."""
    require(uow.actor, Permission.EXPORT)
    session = uow.session
    review = isinstance(filter_or_ids, register.RegisterFilter) and filter_or_ids.review_due

    def step(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise PrintCancelled()
        if progress is not None:
            progress(done, total)

    ids = resolve_ids(session, filter_or_ids)
    ids = all_ids(session) if ids is None else ids
    scope = describe_filter(session, filter_or_ids)
    due = (
        dict(
            session.execute(
                select(Secret.id, Secret.next_review).where(Secret.next_review.is_not(None))
            ).all()
        )
        if review
        else {}
    )
    rows = (
        _ledger_row(r, str(due.get(r.id) or "")) for r in iter_records(session, ids, points=False)
    )
    layout = lay_out_ledger(rows, review=review, expected=len(ids), progress=step)
    step(layout.count, 2 * layout.count)  # every row read: the drawing begins
    uow.record("print.ledger", "register", "", after={"count": layout.count, "scope": scope})
    footer = footer_in(uow)
    buffer = io.BytesIO()  # a stream's PDF, held until the commit
    into = str(file_when_committed(uow, Path(out))) if isinstance(out, str | Path) else buffer
    render_ledger(
        into,
        layout,
        footer,
        company=footer.company,
        printed_on=date.today(),
        scope=scope,
        review=review,
        progress=step,
    )
    if into is buffer:
        deliver_when_committed(uow, out, buffer.getvalue())
    return layout.count


def _points_text(secret: Secret) -> str:
    return "\n".join(f"{p.position}. {p.text}" for p in secret.points)


def _storages(secret: Secret) -> list[tuple[str, str]]:
    return [(register.STORAGE_LABELS[s.kind], s.location) for s in secret.storages]


def _names(session: Session, secret: Secret) -> dict[str, str]:
    department = session.get(Department, secret.department_id) if secret.department_id else None
    owner = people.get_person(session, secret.owner_id) if secret.owner_id else None
    grade = session.get(Grade, secret.grade_id)
    return {
        "department": department.name if department else "",
        "owner": owner.name if owner else "",
        "grade": grade.name if grade else "",
    }


MAX_LISTED = 30  # carriers or people named one by one; beyond that, a count


def _listed(items: list[str]) -> str:
    shown = "、".join(items[:MAX_LISTED])
    return shown + (f" 等 {len(items)} 项" if len(items) > MAX_LISTED else "")


def current_knowers(session: Session, secret_id: int) -> list[people.KnowerRow]:
    """Who may know the secret today, as paper names them: never a person who has left."""
    return [
        k for k in people.knowers_of(session, secret_id) if k.person_status != PersonStatus.LEFT
    ]


def measures_text(session: Session, secret: Secret) -> str:
    """003 §6.2.1 c drafted from what the register records for this secret: who may know it
    and how closely (access tiers), its carriers and where they are kept, and how many have
    had their confidentiality mark printed. (Scope, storage, grade and term have rows of
    their own on the form and the sheet.)"""
    lines = []
    knowers = current_knowers(session, secret.id)
    if knowers:
        tiers = Counter(k.tier for k in knowers)
        counts = "，".join(f"{people.TIER_LABELS[t]} {n} 人" for t, n in tiers.items())
        names = _listed([k.person_name for k in knowers])
        lines.append(f"限定知悉范围：{len(knowers)} 人（{counts}）：{names}")
    else:
        lines.append("限定知悉范围：尚未授权任何人员知悉")
    rows = session.execute(
        select(Carrier, Area.name, LabelIssue.issued)
        .join(CarrierSecret, CarrierSecret.carrier_id == Carrier.id)
        .outerjoin(Area, Area.id == Carrier.area_id)
        .outerjoin(LabelIssue, LabelIssue.carrier_id == Carrier.id)
        .where(CarrierSecret.secret_id == secret.id, Carrier.status != CarrierStatus.DESTROYED)
        .order_by(Carrier.number)
    ).all()
    if rows:
        where = _listed(
            [f"{c.number}（{area or c.location or '未指定存放区域'}）" for c, area, _ in rows]
        )
        marked = sum(1 for *_, issued in rows if issued)
        lines.append(f"登记涉密载体 {len(rows)} 件：{where}；已打印保密标识 {marked} 件")
    else:
        lines.append("登记涉密载体：无")
    return "\n".join(lines)


def _conditions(session: Session, secret: Secret) -> list[tuple[str, str]]:
    """The three constitutive conditions (003 §6.2.1 a–c) and the exclusion check (§6.1.3)."""
    value = secret.value_description
    extras = [
        f"估值 {secret.value_estimate}" if secret.value_estimate else "",
        f"研发成本 {secret.rd_cost}" if secret.rd_cost else "",
    ]
    value = "；".join(x for x in [value, *extras] if x)
    return [
        ("a) 不为公众所知悉", secret.not_public_basis or "（未填写）"),
        ("b) 具有商业价值", value or "（未填写）"),
        ("c) 已采取相应保密措施", measures_text(session, secret)),
        ("排除情形", "已逐项确认均不适用" if secret.exclusions_confirmed else "尚未确认"),
    ]


def _approval_summary(approval: Approval, details: dict[str, Any]) -> str:
    if approval.kind == ApprovalKind.CHANGE:
        before, after = details.get("before", {}), details.get("after", {})
        return (
            f"保密等级 {before.get('grade', '')} → {after.get('grade', '')}；"
            f"保密期限 {before.get('term', '')} → {after.get('term', '')}；"
            f"理由：{details.get('reason', '')}"
        )
    if approval.kind == ApprovalKind.DECLASSIFY:
        return f"{details.get('reason_label', '')}：{details.get('words', '')}"
    return (
        details.get("note", "") or f"定为{details.get('grade', '')}，期限 {details.get('term', '')}"
    )


def _details(approval: Approval) -> dict[str, Any]:
    try:
        value = json.loads(approval.details or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def print_detail(uow: UnitOfWork, secret_id: int, out: str | Path | IO[bytes]) -> None:
    """One secret's detail sheet: every field, points numbered, storages, knowers, approvals;
    `out` gets it once the print event has committed."""
    require(uow.actor, Permission.EXPORT)
    session = uow.session
    secret = register.get(session, secret_id)
    names = _names(session, secret)
    knowers = [
        (
            k.person_name + ("（离职）" if k.person_status == PersonStatus.LEFT else ""),
            k.department,
            people.TIER_LABELS[k.tier],
            f"{k.valid_from.isoformat()} 至 {k.valid_until.isoformat() if k.valid_until else '撤销'}",
            operator_name(session, k.granted_by),
            # a departed person's grant is never printed as in force
            "离职"
            if k.person_status == PersonStatus.LEFT
            else people.GRANT_STATE_LABELS[people.grant_state(k)],
        )
        for k in people.knowers_of(session, secret_id, include_past=True)
    ]
    approvals = [
        (
            register.APPROVAL_KIND_LABELS[a.kind],
            operator_name(session, a.requested_by),
            operator_name(session, a.approved_by),
            _local_date(a.approved_at),
            _approval_summary(a, _details(a)),
        )
        for a in register.approvals_of(session, secret_id)
    ]
    ended = ""
    if secret.ended_reason:
        ended = f"{register.STATUS_LABELS[secret.status]}（{secret.ended_on or ''}）：{secret.ended_reason}"
    sheet = SecretSheet(
        number=secret.number,
        subject=secret.subject,
        category=register.CATEGORY_LABELS[secret.category],
        grade=names["grade"],
        term=register.term_text(secret.term_kind, secret.term_until, secret.term_event),
        status=register.STATUS_LABELS[secret.status],
        department=names["department"],
        owner=names["owner"],
        scope=secret.scope,
        description=secret.description,
        note=secret.note,
        next_review=secret.next_review.isoformat() if secret.next_review else "",
        proposed=f"{_who(session, secret.proposed_by)} {_local_date(secret.proposed_at)}",
        confirmed=(
            f"{_who(session, secret.confirmed_by)} {_local_date(secret.confirmed_at)}"
            if secret.confirmed_by
            else ""
        ),
        ended=ended,
        points=[p.text for p in secret.points],
        storages=_storages(secret),
        conditions=_conditions(session, secret),
        knowers=knowers,
        approvals=approvals,
    )
    uow.record("print.detail", "secret", secret_id, after={"number": sheet.number})
    pdf = io.BytesIO()
    render_detail(pdf, sheet, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())


def approval_data(session: Session, approval: Approval) -> dict[str, str]:
    """What the approval form of `approval` is filled with (field keys of its JSON form)."""
    secret = register.get(session, approval.secret_id)
    details = _details(approval)
    names = _names(session, secret)
    on = _local_date(approval.approved_at)
    data = {
        "number": secret.number,
        "subject": secret.subject,
        "category": register.CATEGORY_LABELS[secret.category],
        "department": names["department"],
        "owner": names["owner"],
        "scope": secret.scope,
        "storages": storages_text([(s.kind, s.location) for s in secret.storages]),
        "points": _points_text(secret),
        "requested_by": _who(session, approval.requested_by),
        "requested_on": on,  # four eyes: asked for and approved at the same sitting
        "approved_by": _who(session, approval.approved_by),
        "approved_on": on,
        "approval_note": details.get("note", ""),
        "proposed_by": _who(session, secret.proposed_by),
        "confirmed_on": _local_date(secret.confirmed_at),
        "next_review": secret.next_review.isoformat() if secret.next_review else "",
        # the grade and term the approval decided on (the secret may have changed since)
        "grade": details.get("grade", names["grade"]),
        "term": details.get(
            "term", register.term_text(secret.term_kind, secret.term_until, secret.term_event)
        ),
    }
    if approval.kind == ApprovalKind.CONFIRM:
        data["conditions"] = "\n".join(f"{k}：{v}" for k, v in _conditions(session, secret))
    elif approval.kind == ApprovalKind.CHANGE:
        before, after = details.get("before", {}), details.get("after", {})
        data.update(
            grade_before=before.get("grade", ""),
            grade_after=after.get("grade", ""),
            term_before=before.get("term", ""),
            term_after=after.get("term", ""),
            reason=details.get("reason", ""),
        )
    else:  # 003 §6.3 a–c, the chosen one marked
        chosen = details.get("reason", "")
        data.update(
            reason_choices="\n".join(
                f"{CHECKED if reason.value == chosen else UNCHECKED} {label}"
                for reason, label in register.DECLASSIFY_LABELS.items()
            ),
            words=details.get("words", ""),
            on=details.get("on", ""),
        )
    return data


def print_approval(uow: UnitOfWork, approval_id: int, out: str | Path | IO[bytes]) -> None:
    """The approval form (确定 / 变更 / 解密审批表) of one approval; `out` gets it once the
    print event has committed."""
    require(uow.actor, Permission.EXPORT)
    approval = uow.session.get(Approval, approval_id)
    if approval is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "审批记录不存在"))
    data = approval_data(uow.session, approval)
    uow.record(
        "print.approval",
        "approval",
        approval_id,
        after={"kind": approval.kind.value, "number": data["number"]},
    )
    pdf = io.BytesIO()
    render_form(pdf, APPROVAL_FORMS[approval.kind], data, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())
