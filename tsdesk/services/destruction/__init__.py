"""销毁 (003 §7.4, §9.6.5): requests, hold checks, approval, supervised execution, the printed
审批表 / 清册 / 证明 / 数据销毁记录, and legal holds any module may place."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import (
    Carrier,
    CarrierSecret,
    CarrierStatus,
    DestructionBatch,
    DestructionStatus,
    Secret,
    SecretStatus,
    Setting,
    TermKind,
)
from tsdesk.services import reminders
from tsdesk.services.audit_text import Labels
from tsdesk.services.destruction.core import (
    CERT_PREFIX,
    ENTITY,
    HOLD_ENTITY,
    KIND_LABELS,
    REASON_LABELS,
    RESULT_LABELS,
    STATUS_LABELS,
    BatchRow,
    BatchView,
    CertificateCheck,
    Execution,
    HoldFinding,
    HoldRow,
    ItemInput,
    ItemOutcome,
    ItemRow,
    MethodRow,
    NoteRow,
    SupervisorRow,
    add_items,
    annotate,
    approve,
    by_number,
    cancel,
    certificate_payload_of,
    check_item,
    confirm_supervisor,
    count_batches,
    create_request,
    execute,
    get_batch,
    holds_on,
    lift_hold,
    list_batches,
    method_fits,
    methods,
    place_hold,
    remove_item,
    return_to_draft,
    save_method,
    submit,
    verify_certificate,
)
from tsdesk.services.destruction.prints import (
    DOCUMENTS,
    approval_form_pdf,
    certificate_payload,
    certificate_pdf,
    data_log_pdf,
    destruction_list_pdf,
    write_document,
)
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.settings import SETTINGS

AUDIT_LABELS = Labels(
    actions={
        "destruction": QT_TRANSLATE_NOOP("audit", "销毁"),
        "destruction.request": QT_TRANSLATE_NOOP("audit", "销毁申请"),
        "destruction.add_items": QT_TRANSLATE_NOOP("audit", "销毁申请增加项目"),
        "destruction.remove_item": QT_TRANSLATE_NOOP("audit", "销毁申请移除项目"),
        "destruction.submit": QT_TRANSLATE_NOOP("audit", "提交销毁申请"),
        "destruction.approve": QT_TRANSLATE_NOOP("audit", "批准销毁"),
        "destruction.return": QT_TRANSLATE_NOOP("audit", "退回销毁申请"),
        "destruction.cancel": QT_TRANSLATE_NOOP("audit", "撤销销毁申请"),
        "destruction.execute": QT_TRANSLATE_NOOP("audit", "执行销毁"),
        "destruction.annotate": QT_TRANSLATE_NOOP("audit", "批注销毁记录"),
        "destruction.method_save": QT_TRANSLATE_NOOP("audit", "保存销毁方法"),
        "legal_hold": QT_TRANSLATE_NOOP("audit", "法律保全"),
        "legal_hold.place": QT_TRANSLATE_NOOP("audit", "设置法律保全"),
        "legal_hold.lift": QT_TRANSLATE_NOOP("audit", "解除法律保全"),
        # reads through the command line (cli.record_read)
        "read.destructions": QT_TRANSLATE_NOOP("audit", "查看销毁记录清单"),
        "read.destruction": QT_TRANSLATE_NOOP("audit", "查看销毁记录"),
        "print.destruction_approval": QT_TRANSLATE_NOOP("audit", "打印销毁审批表"),
        "print.destruction_list": QT_TRANSLATE_NOOP("audit", "打印销毁清册"),
        "print.destruction_certificate": QT_TRANSLATE_NOOP("audit", "打印销毁证明"),
        "print.destruction_data_log": QT_TRANSLATE_NOOP("audit", "打印数据销毁记录"),
    },
    entities={
        ENTITY: QT_TRANSLATE_NOOP("audit", "销毁记录"),
        HOLD_ENTITY: QT_TRANSLATE_NOOP("audit", "法律保全"),
        "destruction_method": QT_TRANSLATE_NOOP("audit", "销毁方法"),
    },
    fields={
        "items": QT_TRANSLATE_NOOP("audit", "项目"),
        "kind": QT_TRANSLATE_NOOP("audit", "类型"),
        "carrier_id": QT_TRANSLATE_NOOP("audit", "载体"),
        "secret_id": QT_TRANSLATE_NOOP("audit", "商业秘密"),
        "description": QT_TRANSLATE_NOOP("audit", "说明"),
        "warning": QT_TRANSLATE_NOOP("audit", "提示"),
        "position": QT_TRANSLATE_NOOP("audit", "序号"),
        "status": QT_TRANSLATE_NOOP("audit", "状态"),
        "approver": QT_TRANSLATE_NOOP("audit", "审批人"),
        "executed_on": QT_TRANSLATE_NOOP("audit", "销毁日期"),
        "place": QT_TRANSLATE_NOOP("audit", "销毁地点"),
        "executor": QT_TRANSLATE_NOOP("audit", "执行人"),
        "supervisors": QT_TRANSLATE_NOOP("audit", "监销人"),
        "confirmed": QT_TRANSLATE_NOOP("audit", "以密码确认的监销人"),
        "destroyed": QT_TRANSLATE_NOOP("audit", "已销毁项数"),
        "failed": QT_TRANSLATE_NOOP("audit", "未能销毁项数"),
        "video_reference": QT_TRANSLATE_NOOP("audit", "录像或照片存放处"),
        "entity_type": QT_TRANSLATE_NOOP("audit", "保全对象类型"),
        "entity_id": QT_TRANSLATE_NOOP("audit", "保全对象"),
        "label": QT_TRANSLATE_NOOP("audit", "名称"),
        "applies_to": QT_TRANSLATE_NOOP("audit", "适用对象"),
        "sanitization": QT_TRANSLATE_NOOP("audit", "处理类别"),
        "level": QT_TRANSLATE_NOOP("audit", "级别"),
        "active": QT_TRANSLATE_NOOP("audit", "启用"),
        "document": QT_TRANSLATE_NOOP("audit", "文书"),
        "count": QT_TRANSLATE_NOOP("audit", "条数"),
    },
    values={
        "status": (
            "destruction",
            {s.value: label for s, label in STATUS_LABELS.items()},
        ),
    },
    refs={"carrier_id": "carrier", "secret_id": "secret", "approver": "login"},
    quiet=frozenset({"supervisors", "entity_id"}),
)


# --- reminders on the 工作台 ------------------------------------------------------------------


def _overdue_clause(today: date):
    """Approved more than `destruction_due_days` ago and not executed; the setting is read
    inside the query, so the reminder stays one COUNT (absent, its default)."""
    days = func.coalesce(
        select(Setting.value).where(Setting.key == "destruction_due_days").scalar_subquery(),
        str(SETTINGS["destruction_due_days"].default),
    )
    return and_(
        DestructionBatch.status == DestructionStatus.APPROVED,
        DestructionBatch.approved_at
        < func.datetime(today.isoformat(), func.printf("-%d days", days)),
    )


def count_overdue(session: Session, today: date) -> int:
    return session.execute(
        select(func.count()).select_from(DestructionBatch).where(_overdue_clause(today))
    ).scalar_one()


def overdue_batches(session: Session, today: date | None = None) -> list[BatchRow]:
    """The batches `count_overdue` counts (the 工作台 tile opens these)."""
    ids = set(
        session.scalars(select(DestructionBatch.id).where(_overdue_clause(today or date.today())))
    )
    return [r for r in list_batches(session, DestructionStatus.APPROVED) if r.id in ids]


def count_pending(session: Session, today: date) -> int:
    return count_batches(session, DestructionStatus.PENDING)


def _ended_secrets(today: date):
    """Declassified, or past a dated term. Two selects: as one OR, SQLite read every
    confirmed secret's row for its term (2 s at 100,000 secrets). The `+` keeps the status
    index out of the second, so that it ranges over ix_secret_term_status_number."""
    in_force = literal_column(f"+{Secret.__tablename__}.status").in_(
        [SecretStatus.CONFIRMED.value, SecretStatus.PROPOSED.value]
    )
    return union_all(
        select(Secret.id).where(Secret.status == SecretStatus.DECLASSIFIED),
        select(Secret.id).where(
            Secret.term_until < today, Secret.term_kind == TermKind.UNTIL_DATE, in_force
        ),
    )


def _candidates(today: date):
    # The carriers of ended secrets as a set probed per carrier in store: joined instead,
    # SQLite probed carrier_secret once per (carrier, ended secret) pair — 40 s and more at
    # 300,000 carriers (benchmarks/bench_reminders.py).
    of_ended = select(CarrierSecret.carrier_id).where(
        CarrierSecret.secret_id.in_(_ended_secrets(today))
    )
    return select(Carrier.id).where(
        Carrier.status == CarrierStatus.IN_STORE, Carrier.id.in_(of_ended)
    )


def _superseded():
    # The marked copies as a set (ix_carrier_superseded_on) probed per carrier in store: as
    # one WHERE, SQLite read each stored carrier's row for the mark (6 s at 300,000).
    marked = select(Carrier.id).where(Carrier.superseded_on.is_not(None))
    return select(Carrier.id).where(
        Carrier.status == CarrierStatus.IN_STORE, Carrier.id.in_(marked)
    )


def count_superseded(session: Session, today: date) -> int:
    """Copies marked 已被替代 on the carriers page and still in store."""
    return session.execute(select(func.count()).select_from(_superseded().subquery())).scalar_one()


def count_kept_after_end(session: Session, today: date) -> int:
    """Carriers in store whose secret is declassified or past its term: due for destruction
    (or for a decision to keep them)."""
    return session.execute(
        select(func.count()).select_from(_candidates(today).subquery())
    ).scalar_one()


def candidate_carriers(session: Session, today: date | None = None) -> list[int]:
    """The carriers `count_kept_after_end` and `count_superseded` count, by number
    (carriers.rows_for shows them)."""
    return list(
        session.scalars(
            select(Carrier.id)
            .where(
                Carrier.id.in_(_candidates(today or date.today())) | Carrier.id.in_(_superseded())
            )
            .order_by(Carrier.number)
        )
    )


reminders.register(
    Reminder(
        key="destruction.pending",
        title=QT_TRANSLATE_NOOP("reminders", "销毁申请待审批"),
        severity=Severity.DUE,
        count=count_pending,
        page="destruction",
        filter={"status": DestructionStatus.PENDING.value},
        order=36,
    )
)
reminders.register(
    Reminder(
        key="destruction.overdue",
        title=QT_TRANSLATE_NOOP("reminders", "已批准的销毁逾期未执行"),
        severity=Severity.OVERDUE,
        count=count_overdue,
        page="destruction",
        filter={"status": DestructionStatus.APPROVED.value, "overdue": True},
        hint=QT_TRANSLATE_NOOP("reminders", "批准后超过规定天数仍未执行的销毁。"),
        order=37,
    )
)
reminders.register(
    Reminder(
        key="destruction.kept_after_end",
        title=QT_TRANSLATE_NOOP("reminders", "期满或已解密仍在库的载体"),
        severity=Severity.DUE,
        count=count_kept_after_end,
        page="destruction",
        filter={"view": "candidates"},
        hint=QT_TRANSLATE_NOOP(
            "reminders", "所载商业秘密已解密或保密期限届满、仍在库的载体：请申请销毁或决定保留。"
        ),
        order=38,
    )
)
reminders.register(
    Reminder(
        key="destruction.superseded",
        title=QT_TRANSLATE_NOOP("reminders", "已被替代仍在库的载体"),
        severity=Severity.DUE,
        count=count_superseded,
        page="destruction",
        filter={"view": "candidates"},
        hint=QT_TRANSLATE_NOOP("reminders", "在载体页标记为已被替代的副本或旧版本：请申请销毁。"),
        order=39,
    )
)

__all__ = [
    "count_superseded",
    "CERT_PREFIX",
    "method_fits",
    "AUDIT_LABELS",
    "DOCUMENTS",
    "ENTITY",
    "HOLD_ENTITY",
    "KIND_LABELS",
    "REASON_LABELS",
    "RESULT_LABELS",
    "STATUS_LABELS",
    "BatchRow",
    "BatchView",
    "CertificateCheck",
    "Execution",
    "HoldFinding",
    "HoldRow",
    "ItemInput",
    "ItemOutcome",
    "ItemRow",
    "MethodRow",
    "NoteRow",
    "SupervisorRow",
    "add_items",
    "annotate",
    "approval_form_pdf",
    "approve",
    "by_number",
    "cancel",
    "certificate_payload",
    "certificate_payload_of",
    "certificate_pdf",
    "check_item",
    "confirm_supervisor",
    "count_batches",
    "candidate_carriers",
    "count_kept_after_end",
    "count_overdue",
    "count_pending",
    "create_request",
    "data_log_pdf",
    "destruction_list_pdf",
    "execute",
    "get_batch",
    "holds_on",
    "lift_hold",
    "list_batches",
    "methods",
    "overdue_batches",
    "place_hold",
    "remove_item",
    "return_to_draft",
    "save_method",
    "submit",
    "verify_certificate",
    "write_document",
]
