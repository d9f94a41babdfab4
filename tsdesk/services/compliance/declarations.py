"""What the self-assessment cannot read from the records: signed declarations (004 第十条（五）
近2年来没有发生侵犯他人商业秘密行为) and the items answered by hand for a year (an office and
funds, a station's member statistics), each with a note of where the evidence is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import AssessmentAnswer, Declaration, DeclarationKind
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

SIGNER_MAX = 64

# The statement a new declaration starts from (the user may reword it).
NO_INFRINGEMENT_TEXT = QT_TRANSLATE_NOOP(
    "compliance",
    "本单位郑重声明：近2年来，本单位及其员工在生产经营活动中没有发生侵犯他人商业秘密的行为，"
    "未因侵犯商业秘密受到行政处罚或被人民法院判决承担责任。",
)

AUDIT_LABELS = Labels(
    actions={
        "declaration": QT_TRANSLATE_NOOP("audit", "声明"),
        "declaration.add": QT_TRANSLATE_NOOP("audit", "登记声明"),
        "assessment": QT_TRANSLATE_NOOP("audit", "基地申报自评"),
        "assessment.answer": QT_TRANSLATE_NOOP("audit", "填写自评项"),
        "print.assessment": QT_TRANSLATE_NOOP("audit", "打印自评报告"),
        "read.assessment": QT_TRANSLATE_NOOP("audit", "查看基地申报自评"),
        "read.rules": QT_TRANSLATE_NOOP("audit", "查看制度登记"),
        "read.programme": QT_TRANSLATE_NOOP("audit", "查看年度工作方案"),
    },
    entities={
        "assessment": QT_TRANSLATE_NOOP("audit", "基地申报自评"),
        "compliance_declaration": QT_TRANSLATE_NOOP("audit", "声明"),
        "assessment_answer": QT_TRANSLATE_NOOP("audit", "自评项"),
    },
    fields={
        "declared_on": QT_TRANSLATE_NOOP("audit", "声明日期"),
        "signer": QT_TRANSLATE_NOOP("audit", "签署人"),
        "signer_title": QT_TRANSLATE_NOOP("audit", "职务"),
        "year": QT_TRANSLATE_NOOP("audit", "年度"),
        "item_key": QT_TRANSLATE_NOOP("audit", "自评项"),
        "met": QT_TRANSLATE_NOOP("audit", "是否达到"),
        "value": QT_TRANSLATE_NOOP("audit", "数值"),
        "kind": QT_TRANSLATE_NOOP("audit", "类别"),
        "score": QT_TRANSLATE_NOOP("audit", "得分"),
    },
)


@dataclass(frozen=True, slots=True)
class DeclarationRow:
    id: int
    kind: DeclarationKind
    declared_on: date
    signer: str
    signer_title: str
    text: str


def add_declaration(
    uow: UnitOfWork,
    declared_on: date,
    signer: str,
    text: str,
    signer_title: str = "",
    kind: DeclarationKind = DeclarationKind.NO_INFRINGEMENT,
) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    if not signer.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写签署人"), field="signer")
    if len(signer.strip()) > SIGNER_MAX or len(signer_title.strip()) > SIGNER_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{field} 过长（最多 {n} 个字符）"),
            field="signer",
            n=SIGNER_MAX,
        )
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写声明内容"), field="text")
    if declared_on > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "声明日期不能晚于今天"), field="declared_on"
        )
    row = Declaration(
        kind=DeclarationKind(kind),
        declared_on=declared_on,
        signer=signer.strip(),
        signer_title=signer_title.strip(),
        text=text.strip(),
        recorded_by=uow.actor.name,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.record(
        "declaration.add",
        "compliance_declaration",
        row.id,
        after={
            "kind": row.kind.value,
            "declared_on": declared_on.isoformat(),
            "signer": row.signer,
            "signer_title": row.signer_title,
        },
    )
    return row.id


def list_declarations(
    session: Session, kind: DeclarationKind = DeclarationKind.NO_INFRINGEMENT
) -> list[DeclarationRow]:
    """Newest first."""
    rows = session.scalars(
        select(Declaration)
        .where(Declaration.kind == kind)
        .order_by(Declaration.declared_on.desc(), Declaration.id.desc())
    )
    return [
        DeclarationRow(r.id, r.kind, r.declared_on, r.signer, r.signer_title, r.text) for r in rows
    ]


# --- items answered by hand ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnswerRow:
    item_key: str
    year: int
    met: bool | None
    value: str
    note: str
    answered_by: str


def answers(session: Session, year: int) -> dict[str, AnswerRow]:
    rows = session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.year == year))
    return {
        r.item_key: AnswerRow(r.item_key, r.year, r.met, r.value, r.note, r.answered_by)
        for r in rows
    }


def answer(
    uow: UnitOfWork,
    year: int,
    item_key: str,
    met: bool | None,
    value: str = "",
    note: str = "",
    *,
    known_keys: frozenset[str] | None = None,
) -> None:
    """Answer (or re-answer) a hand item for `year`. `known_keys`: the keys that may be
    answered (the assessment passes its hand items)."""
    require(uow.actor, Permission.EDIT_DATA)
    if known_keys is not None and item_key not in known_keys:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "没有需要手工填写的自评项 {key}"), key=item_key
        )
    if not 2000 <= year <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "年度应在 2000–2100 之间"))
    row = uow.session.scalar(
        select(AssessmentAnswer).where(
            AssessmentAnswer.year == year, AssessmentAnswer.item_key == item_key
        )
    )
    before = None
    if row is None:
        row = AssessmentAnswer(year=year, item_key=item_key, answered_by=uow.actor.name)
        uow.session.add(row)
    else:
        before = {"met": row.met, "value": row.value, "note": row.note}
    row.met, row.value, row.note = met, value.strip(), note.strip()
    row.answered_by = uow.actor.name
    uow.session.flush()
    uow.record(
        "assessment.answer",
        "assessment_answer",
        row.id,
        before=before,
        after={
            "year": year,
            "item_key": item_key,
            "met": met,
            "value": row.value,
            "note": row.note,
        },
    )
