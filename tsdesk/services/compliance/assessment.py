"""The self-assessment against 004's conditions for a base: 第十条 (示范点, enterprises),
第八条 (示范指导站, associations) and 第六条 (示范区, parks), each condition broken into items.

An item has a stable key ("10.1.group"), the condition it belongs to, the seed's words, how it
is judged and `evaluate(session, today) -> ItemResult`: met (True / False; None for an item
that only informs), the evidence in words and the page (with filters) where a gap is fixed.
Items the data cannot answer (an office, funds, member statistics) are answered by hand per
year (`declarations.answer`); an unanswered one is a gap. The score is met / counted items.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import exists, func, not_, select, text
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
    Approval,
    ApprovalKind,
    Area,
    Carrier,
    CarrierStatus,
    CompanyProfile,
    Declaration,
    DeclarationKind,
    Department,
    Designation,
    DesignationKind,
    DestructionBatch,
    DestructionStatus,
    Grade,
    IncidentCase,
    IncidentStatus,
    LabelIssue,
    OrgKind,
    Person,
    PersonStatus,
    ProgrammeItem,
    Review,
    RuleKind,
    Secret,
    SecretStatus,
    StockTake,
    TrainingAttendance,
)
from tsdesk.models.register import CONCEALED, GRADED
from tsdesk.services import carriers
from tsdesk.services.compliance import declarations, rules
from tsdesk.services.training import TrainingFlag

Translate = Callable[[str, str], str]
CONTEXT = "assessment"  # the translation context of every text below
NAMES_SHOWN = 10  # people named in an evidence line before "等 N 人"


@dataclass(frozen=True)
class Evidence:
    """One line of evidence: a template marked QT_TRANSLATE_NOOP("assessment", …) and its
    values, put into words by the reader (Chinese on paper, the UI's language on screen)."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        words = translate(CONTEXT, self.template) if translate else self.template
        return words.format(**self.params)


def _e(template: str, **params: Any) -> Evidence:
    return Evidence(template, params)


@dataclass(frozen=True)
class ItemResult:
    met: bool | None  # None: informational, not counted
    evidence: list[Evidence]
    page: str = ""  # the page key where a gap is fixed (main window open_target)
    filters: dict[str, Any] = field(default_factory=dict)


Evaluate = Callable[[Session, date], ItemResult]


@dataclass(frozen=True)
class Item:
    key: str  # "10.1.group": article, condition, what
    condition: str  # QT_TRANSLATE_NOOP: "第十条（一） 组织架构完整"
    title: str  # QT_TRANSLATE_NOOP: the item in a few words
    rule: str  # QT_TRANSLATE_NOOP: the seed's words this item checks
    how: str  # QT_TRANSLATE_NOOP: how it is judged
    evaluate: Evaluate
    by_hand: bool = False
    informational: bool = False


# --- the conditions -----------------------------------------------------------------------------

C = {
    "10.1": QT_TRANSLATE_NOOP("assessment", "第十条（一） 组织架构完整"),
    "10.2": QT_TRANSLATE_NOOP("assessment", "第十条（二） 工作保障到位"),
    "10.3": QT_TRANSLATE_NOOP("assessment", "第十条（三） 制度建设完善"),
    "10.4": QT_TRANSLATE_NOOP("assessment", "第十条（四） 运行措施有效"),
    "10.5": QT_TRANSLATE_NOOP("assessment", "第十条（五） 示范作用突出"),
    "8.1": QT_TRANSLATE_NOOP("assessment", "第八条（一） 组织架构完整"),
    "8.2": QT_TRANSLATE_NOOP("assessment", "第八条（二） 工作保障到位"),
    "8.3": QT_TRANSLATE_NOOP("assessment", "第八条（三） 制度建设完善"),
    "8.4": QT_TRANSLATE_NOOP("assessment", "第八条（四） 服务机制创新"),
    "8.5": QT_TRANSLATE_NOOP("assessment", "第八条（五） 服务成效突出"),
    "6.1": QT_TRANSLATE_NOOP("assessment", "第六条（一） 工作基础扎实"),
    "6.2": QT_TRANSLATE_NOOP("assessment", "第六条（二） 组织架构健全"),
    "6.3": QT_TRANSLATE_NOOP("assessment", "第六条（三） 工作保障到位"),
    "6.4": QT_TRANSLATE_NOOP("assessment", "第六条（四） 机制建设完善"),
    "6.5": QT_TRANSLATE_NOOP("assessment", "第六条（五） 运行措施落地"),
    "6.6": QT_TRANSLATE_NOOP("assessment", "第六条（六） 部门协作密切"),
    "6.7": QT_TRANSLATE_NOOP("assessment", "第六条（七） 示范引领突出"),
}

COMPANY: tuple[str, dict[str, Any]] = ("company", {})
RULES = "compliance"


def _rules_target(kind: RuleKind) -> tuple[str, dict[str, Any]]:
    return RULES, {"tab": "rules", "kind": kind.value}


def _profile(session: Session) -> CompanyProfile | None:
    return session.get(CompanyProfile, 1)


def _names(names: list[str]) -> str:
    shown = "、".join(names[:NAMES_SHOWN])
    return shown if len(names) <= NAMES_SHOWN else f"{shown} …（{len(names)}）"


# --- evaluators from the data ---------------------------------------------------------------------


def leading_group(session: Session, today: date) -> ItemResult:
    """004 第十条（一）/第八条（一）: a leading group headed by the principal (主要负责人牵头):
    a LEADING_GROUP designation whose post is 组长 and whose person (or name) is the legal
    representative of the profile."""
    profile = _profile(session)
    principal = (profile.legal_representative if profile else "").strip()
    rows = session.execute(
        select(Designation, Person.name)
        .outerjoin(Person, Person.id == Designation.person_id)
        .where(Designation.kind == DesignationKind.LEADING_GROUP)
        .order_by(Designation.id)
    ).all()
    evidence: list[Evidence] = []
    if not rows:
        evidence.append(_e("没有登记领导小组成员"))
        return ItemResult(False, evidence, *COMPANY)
    head = None
    for d, person_name in rows:
        name = person_name or d.name
        is_head = "组长" in d.post and "副组长" not in d.post
        if is_head and head is None:
            head = (d, name)
    members = [
        (person_name or d.name) + (f"（{d.post}）" if d.post else "") for d, person_name in rows
    ]
    evidence.append(_e("领导小组成员 {n} 人：{names}", n=len(rows), names=_names(members)))
    if head is None:
        evidence.append(_e("没有指定组长"))
        return ItemResult(False, evidence, *COMPANY)
    d, name = head
    if not principal:
        evidence.append(_e("企业信息中未填写法定代表人"))
        return ItemResult(False, evidence, *COMPANY)
    if name != principal:
        evidence.append(
            _e("组长 {name} 不是法定代表人 {principal}", name=name, principal=principal)
        )
        return ItemResult(False, evidence, *COMPANY)
    evidence.append(_e("组长由法定代表人 {name} 担任", name=name))
    if d.person_id is None:
        evidence.append(_e("组长尚未关联到人员名录（按姓名认定）"))
    return ItemResult(True, evidence, *COMPANY)


def management_department(session: Session, today: date) -> ItemResult:
    """004 第十条（一）: 设立商业秘密保护部门或依托相关部门 — the profile names one."""
    profile = _profile(session)
    dept = (
        session.get(Department, profile.management_department_id)
        if profile and profile.management_department_id
        else None
    )
    if dept is None:
        return ItemResult(False, [_e("企业信息中未指定商业秘密管理部门")], *COMPANY)
    return ItemResult(True, [_e("商业秘密管理部门：{name}", name=dept.name)], *COMPANY)


def secrecy_officer(session: Session, today: date) -> ItemResult:
    """004 第十条（一）: 配备专（兼）职保密员不少于1名."""
    rows = session.execute(
        select(Designation.name, Designation.post, Department.name)
        .outerjoin(Department, Department.id == Designation.department_id)
        .where(Designation.kind == DesignationKind.SECRECY_OFFICER)
        .order_by(Designation.id)
    ).all()
    if not rows:
        return ItemResult(False, [_e("没有登记保密员")], *COMPANY)
    names = [n + "（" + "，".join(x for x in (post, dept) if x) + "）" if post or dept else n
             for n, post, dept in rows]  # fmt: skip
    return ItemResult(
        True, [_e("保密员 {n} 名：{names}", n=len(rows), names=_names(names))], *COMPANY
    )


def _rule_item(kind: RuleKind) -> Evaluate:
    def evaluate(session: Session, today: date) -> ItemResult:
        found = rules.in_force(session, kind, today)
        page, filters = _rules_target(kind)
        if not found:
            ever = rules.list_rules(session, kind=kind)
            evidence = [_e("没有现行有效的该类制度")]
            if ever:
                evidence.append(_e("已废止 {n} 份", n=len(ever)))
            return ItemResult(False, evidence, page, filters)
        return ItemResult(
            True,
            [
                _e(
                    "《{title}》{number} {date} 发布",
                    title=r.title,
                    number=f"（{r.number}）" if r.number else "",
                    date=(r.revised_on or r.adopted_on).isoformat(),
                )
                for r in found
            ],
            page,
            filters,
        )

    return evaluate


def programme(session: Session, today: date) -> ItemResult:
    """004 第十条（三）: 制定实施…年度工作方案 — items planned for this year."""
    year = today.year
    total, done = session.execute(
        select(func.count(ProgrammeItem.id), func.count(ProgrammeItem.done_on)).where(
            ProgrammeItem.year == year
        )
    ).one()
    target = (RULES, {"tab": "programme"})
    if not total:
        return ItemResult(False, [_e("{year} 年度工作方案尚未制定", year=year)], *target)
    overdue = session.execute(
        select(func.count(ProgrammeItem.id)).where(
            ProgrammeItem.year == year,
            ProgrammeItem.done_on.is_(None),
            ProgrammeItem.due_on < today,
        )
    ).scalar_one()
    evidence = [_e("{year} 年度工作方案 {n} 项，已完成 {done} 项", year=year, n=total, done=done)]
    if overdue:
        evidence.append(_e("逾期未完成 {n} 项", n=overdue))
    return ItemResult(True, evidence, *target)


def all_staff_training(session: Session, today: date) -> ItemResult:
    """004 第十条（三）: 每年组织全员商业秘密保护轮训不少于1次 — every person in service
    attended a training session in this calendar year (from attendance)."""
    start = date(today.year, 1, 1)
    trained = exists().where(
        TrainingAttendance.person_id == Person.id,
        TrainingAttendance.held_on >= start,
        TrainingAttendance.held_on <= today,
    )
    active = Person.status == PersonStatus.ACTIVE
    total = session.execute(select(func.count(Person.id)).where(active)).scalar_one()
    missing = session.scalars(
        select(Person.name).where(active, not_(trained)).order_by(Person.number)
    ).all()
    target = ("training", {"tab": "training", "flag": TrainingFlag.UNTRAINED.value})
    if not total:
        return ItemResult(False, [_e("人员名录中没有在职人员")], "people", {})
    evidence = [
        _e("{year} 年在职 {total} 人中已参加培训 {n} 人", year=today.year, total=total,
           n=total - len(missing))
    ]  # fmt: skip
    if missing:
        evidence.append(_e("今年尚未参加培训：{names}", names=_names(list(missing))))
    return ItemResult(not missing, evidence, *target)


def key_departments(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 确定…重点部门 — key departments marked, each with its own 保密员."""
    depts = session.execute(
        select(Department.id, Department.name).where(Department.is_key.is_(True))
        .order_by(Department.sort_order, Department.name)
    ).all()  # fmt: skip
    if not depts:
        return ItemResult(False, [_e("没有确定重点部门")], *COMPANY)
    covered = set(
        session.scalars(
            select(Designation.department_id).where(
                Designation.kind == DesignationKind.SECRECY_OFFICER,
                Designation.department_id.is_not(None),
            )
        )
    )
    evidence = [_e("重点部门 {n} 个：{names}", n=len(depts), names=_names([n for _, n in depts]))]
    without = [name for i, name in depts if i not in covered]
    if without:
        evidence.append(_e("以下重点部门没有保密员：{names}", names=_names(without)))
    return ItemResult(not without, evidence, *COMPANY)


def key_people(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 重点岗位和重点人员 — people in service marked as key posts."""
    names = session.scalars(
        select(Person.name)
        .where(Person.status == PersonStatus.ACTIVE, Person.key_post.is_(True))
        .order_by(Person.number)
    ).all()
    if not names:
        return ItemResult(False, [_e("没有确定重点岗位人员")], "people", {})
    return ItemResult(
        True, [_e("重点岗位/涉密人员 {n} 人：{names}", n=len(names), names=_names(list(names)))],
        "people", {},
    )  # fmt: skip


def grading_in_use(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 实行分级管理措施 — secrets in force carry grades; how many were graded
    with the grading assistant (the secret's grading JSON)."""
    rows = session.execute(
        select(Grade.name, func.count(Secret.id))
        .join(Secret, Secret.grade_id == Grade.id)
        .where(Secret.status == SecretStatus.CONFIRMED)
        .group_by(Grade.id)
        .order_by(Grade.rank)
    ).all()
    target = ("register", {"status": SecretStatus.CONFIRMED.value})
    if not rows:
        return ItemResult(False, [_e("商业秘密清单中没有已确定的商业秘密")], *target)
    assessed = session.execute(
        select(func.count(Secret.id)).where(
            Secret.status == SecretStatus.CONFIRMED, text(f"secret.{GRADED}")
        )
    ).scalar_one()  # the condition as ix_secret_graded_status has it
    by_grade = "，".join(f"{name} {n}" for name, n in rows)
    total = sum(n for _, n in rows)
    return ItemResult(
        True,
        [
            _e("已确定的商业秘密 {n} 项：{by_grade}", n=total, by_grade=by_grade),
            _e("其中经定级评估 {n} 项", n=assessed),
        ],
        *target,
    )


def confirmed(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 开展定密 — four-eyes 确定 approvals."""
    n = session.execute(
        select(func.count(Approval.id)).where(Approval.kind == ApprovalKind.CONFIRM)
    ).scalar_one()
    target = ("register", {"status": SecretStatus.PROPOSED.value})
    if not n:
        return ItemResult(False, [_e("没有定密审批记录")], *target)
    return ItemResult(True, [_e("定密审批 {n} 份", n=n)], *target)


def declassified(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 开展解密 — declassifications, or at least the periodic reviews that
    decide whether to declassify (003 §6.3, §5.3)."""
    n = session.execute(
        select(func.count(Approval.id)).where(Approval.kind == ApprovalKind.DECLASSIFY)
    ).scalar_one()
    reviews = session.execute(select(func.count(Review.id))).scalar_one()
    evidence = [_e("解密审批 {n} 份", n=n), _e("定期复核 {n} 次", n=reviews)]
    target = ("register", {"review_due": True})
    return ItemResult(bool(n or reviews), evidence, *target)


def destroyed(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 开展销毁 — destruction batches carried out."""
    rows = session.execute(
        select(DestructionBatch.number, DestructionBatch.executed_on)
        .where(DestructionBatch.status == DestructionStatus.DONE)
        .order_by(DestructionBatch.executed_on)
    ).all()
    target: tuple[str, dict[str, Any]] = ("destruction", {})
    if not rows:
        return ItemResult(False, [_e("没有完成的销毁记录")], *target)
    return ItemResult(
        True,
        [_e("完成销毁 {n} 批：{numbers}", n=len(rows), numbers=_names([r[0] for r in rows]))],
        *target,
    )


def concealed(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 隐密 — informational: only if the enterprise uses it."""
    n = session.execute(
        select(func.count(Secret.id)).where(
            text(f"secret.{CONCEALED}"), Secret.status == SecretStatus.CONFIRMED
        )  # the condition as ix_secret_concealed_status has it
    ).scalar_one()
    return ItemResult(None, [_e("隐密管理的商业秘密 {n} 项", n=n)], "register", {})


def areas_managed(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 涉密区域管理、物防 — secret areas in use."""
    names = session.scalars(
        select(Area.name).where(Area.active.is_(True)).order_by(Area.number)
    ).all()
    if not names:
        return ItemResult(False, [_e("没有登记涉密区域")], "areas", {})
    return ItemResult(
        True, [_e("涉密区域 {n} 个：{names}", n=len(names), names=_names(list(names)))], "areas", {}
    )


def carriers_labelled(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 涉密信息管理 — carriers registered and marked with labels (003 §9.2):
    met once labelling is in use; carriers still never labelled are shown (the 工作台
    reminder chases each of them)."""
    kept = session.execute(
        select(func.count(Carrier.id)).where(
            Carrier.status.not_in((CarrierStatus.DESTROYED, CarrierStatus.LOST))
        )
    ).scalar_one()
    if not kept:
        return ItemResult(False, [_e("没有登记涉密载体")], "carriers", {})
    labelled = session.execute(select(func.count(LabelIssue.carrier_id))).scalar_one()
    unlabelled = carriers.count_unlabelled(session)
    evidence = [_e("在管涉密载体 {n} 件，打印过保密标识的载体 {m} 件", n=kept, m=labelled)]
    if unlabelled:
        evidence.append(_e("其中 {n} 件从未打印保密标识", n=unlabelled))
    return ItemResult(bool(labelled), evidence, "carriers", {"unlabelled": True})


def stocktaken(session: Session, today: date) -> ItemResult:
    """004 第十条（四）: 物防 — a stock-take of the carriers finished this year."""
    start = date(today.year, 1, 1)
    n = session.execute(
        select(func.count(StockTake.id)).where(
            StockTake.finished_at.is_not(None), func.date(StockTake.finished_at) >= start
        )
    ).scalar_one()
    if not n:
        return ItemResult(False, [_e("{year} 年没有完成的盘点", year=today.year)], "areas",
                          {"stocktake_due": True})  # fmt: skip
    return ItemResult(True, [_e("{year} 年完成盘点 {n} 次", year=today.year, n=n)], "areas", {})


def declaration(session: Session, today: date) -> ItemResult:
    """004 第十条（五）: 近2年来没有发生侵犯他人商业秘密行为 — a signed declaration dated within
    the last 12 months (it speaks for the two years before its date)."""
    row = session.scalars(
        select(Declaration)
        .where(Declaration.kind == DeclarationKind.NO_INFRINGEMENT)
        .order_by(Declaration.declared_on.desc(), Declaration.id.desc())
        .limit(1)
    ).first()
    target = (RULES, {"tab": "assessment", "action": "declaration"})
    if row is None:
        return ItemResult(False, [_e("没有签署不侵权声明")], *target)
    evidence = [
        _e("{signer}{title} 于 {date} 签署声明", signer=row.signer,
           title=f"（{row.signer_title}）" if row.signer_title else "", date=row.declared_on.isoformat())
    ]  # fmt: skip
    if row.declared_on <= today - timedelta(days=365):
        evidence.append(_e("声明已超过 12 个月，请重新签署"))
        return ItemResult(False, evidence, *target)
    return ItemResult(True, evidence, *target)


def incidents(session: Session, today: date) -> ItemResult:
    """004 第十条（五）: 积极开展商业秘密侵权维权工作 — informational: incidents handled (drills
    never count)."""
    closed, open_ = session.execute(
        select(
            func.count(IncidentCase.id).filter(IncidentCase.status == IncidentStatus.CLOSED),
            func.count(IncidentCase.id).filter(IncidentCase.status != IncidentStatus.CLOSED),
        ).where(IncidentCase.is_drill.is_(False))
    ).one()
    return ItemResult(
        None, [_e("已结案的泄密事件 {n} 起，处置中 {m} 起", n=closed, m=open_)], "incidents", {}
    )


def _bases_built(provincial_min: int, municipal_min: int) -> Evaluate:
    """第八条（五）/第六条（一）: bases already built, from the company profile's figures."""

    def evaluate(session: Session, today: date) -> ItemResult:
        profile = _profile(session)

        def number(text: str) -> int:
            digits = "".join(ch for ch in text if ch.isdigit())
            return int(digits) if digits else 0

        provincial = number(profile.provincial_bases_built if profile else "")
        municipal = number(profile.municipal_bases_built if profile else "")
        return ItemResult(
            provincial >= provincial_min or municipal >= municipal_min,
            [_e("省级已建 {p} 家，市级已建 {m} 家", p=provincial, m=municipal)],
            *COMPANY,
        )

    return evaluate


# --- items answered by hand -----------------------------------------------------------------------


def _by_hand(key: str) -> Evaluate:
    def evaluate(session: Session, today: date) -> ItemResult:
        found = declarations.answers(session, today.year).get(key)
        target = (RULES, {"tab": "assessment", "action": "answer", "item": key})
        if found is None or found.met is None:
            return ItemResult(False, [_e("{year} 年尚未填写", year=today.year)], *target)
        evidence = []
        if found.value:
            evidence.append(_e("填写：{value}", value=found.value))
        if found.note:
            evidence.append(_e("证明材料：{note}", note=found.note))
        if not evidence:
            evidence.append(_e("已由 {who} 确认", who=found.answered_by))
        return ItemResult(found.met, evidence, *target)

    return evaluate


def _hand(key: str, condition: str, title: str, rule: str, how: str = "") -> Item:
    return Item(key, condition, title, rule, how or HAND_HOW, _by_hand(key), by_hand=True)


HAND_HOW = QT_TRANSLATE_NOOP("assessment", "手工填写：是否达到、数值和证明材料所在")

# --- the items of each form -----------------------------------------------------------------------

_GROUP = (
    QT_TRANSLATE_NOOP("assessment", "由主要负责人牵头的领导小组"),
    QT_TRANSLATE_NOOP(
        "assessment", "成立由本单位主要负责人牵头的商业秘密（知识产权）保护工作领导小组"
    ),
    QT_TRANSLATE_NOOP(
        "assessment", "企业信息中登记了领导小组，组长为法定代表人（按关联人员或姓名）"
    ),
)
_DEPARTMENT = (
    QT_TRANSLATE_NOOP("assessment", "设立或依托保护部门"),
    QT_TRANSLATE_NOOP("assessment", "设立商业秘密保护部门或依托相关部门开展商业秘密保护工作"),
    QT_TRANSLATE_NOOP("assessment", "企业信息中指定了商业秘密管理部门"),
)
_OFFICER = (
    QT_TRANSLATE_NOOP("assessment", "保密员不少于1名"),
    QT_TRANSLATE_NOOP("assessment", "配备专（兼）职保密员不少于1名"),
    QT_TRANSLATE_NOOP("assessment", "企业信息中登记了至少一名保密员"),
)
_DUTIES = (
    QT_TRANSLATE_NOOP("assessment", "明确的工作职责"),
    QT_TRANSLATE_NOOP("assessment", "制定明确的工作职责"),
    QT_TRANSLATE_NOOP("assessment", "制度登记中有现行有效的“机构与岗位职责”"),
)
_PROGRAMME = (
    QT_TRANSLATE_NOOP("assessment", "年度工作方案"),
    QT_TRANSLATE_NOOP(
        "assessment", "制定实施商业秘密保护培训宣传、研讨交流、考察学习等年度工作方案"
    ),
    QT_TRANSLATE_NOOP("assessment", "本年度工作方案至少有一个事项"),
)
_EMERGENCY = (
    QT_TRANSLATE_NOOP("assessment", "泄密应急处置制度"),
    QT_TRANSLATE_NOOP("assessment", "建立泄密应急处置和奖惩等管理制度"),
    QT_TRANSLATE_NOOP("assessment", "制度登记中有现行有效的“泄密应急处置预案”"),
)
_REWARD = (
    QT_TRANSLATE_NOOP("assessment", "奖惩制度"),
    QT_TRANSLATE_NOOP("assessment", "建立泄密应急处置和奖惩等管理制度"),
    QT_TRANSLATE_NOOP("assessment", "制度登记中有现行有效的“奖惩制度”"),
)
_OFFICE = (
    QT_TRANSLATE_NOOP("assessment", "固定的办公场所和设施"),
    QT_TRANSLATE_NOOP("assessment", "有固定的办公场所，配备必要的办公设施"),
)
_FUNDS = (
    QT_TRANSLATE_NOOP("assessment", "落实工作经费"),
    QT_TRANSLATE_NOOP("assessment", "落实相应的工作经费，保障商业秘密保护工作正常开展"),
)


def _org_items(article: str) -> list[Item]:
    c = C[f"{article}.1"]
    return [
        Item(f"{article}.1.group", c, *_GROUP, leading_group),
        Item(f"{article}.1.department", c, *_DEPARTMENT, management_department),
        Item(f"{article}.1.officer", c, *_OFFICER, secrecy_officer),
        Item(f"{article}.1.duties", c, *_DUTIES, _rule_item(RuleKind.DUTIES)),
        _hand(f"{article}.2.office", C[f"{article}.2"], *_OFFICE),
        _hand(f"{article}.2.funds", C[f"{article}.2"], *_FUNDS),
    ]


POINT: list[Item] = [
    *_org_items("10"),
    Item(
        "10.3.rules",
        C["10.3"],
        QT_TRANSLATE_NOOP("assessment", "内部管理制度"),
        QT_TRANSLATE_NOOP("assessment", "贯彻实施省级地方标准相关要求，完善内部管理制度"),
        QT_TRANSLATE_NOOP("assessment", "制度登记中有现行有效的“商业秘密保护管理制度”"),
        _rule_item(RuleKind.MANAGEMENT),
    ),
    Item("10.3.programme", C["10.3"], *_PROGRAMME, programme),
    Item("10.3.emergency", C["10.3"], *_EMERGENCY, _rule_item(RuleKind.EMERGENCY)),
    Item("10.3.reward", C["10.3"], *_REWARD, _rule_item(RuleKind.REWARD_PENALTY)),
    Item(
        "10.3.training",
        C["10.3"],
        QT_TRANSLATE_NOOP("assessment", "全员轮训每年不少于1次"),
        QT_TRANSLATE_NOOP("assessment", "每年组织全员商业秘密保护轮训不少于1次"),
        QT_TRANSLATE_NOOP("assessment", "每名在职人员本年度至少参加过一次培训（按签到记录）"),
        all_staff_training,
    ),
    Item(
        "10.4.key_departments",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "重点部门"),
        QT_TRANSLATE_NOOP("assessment", "确定企业商业秘密保护重点部门"),
        QT_TRANSLATE_NOOP("assessment", "至少确定一个重点部门，且每个重点部门都有保密员"),
        key_departments,
    ),
    Item(
        "10.4.key_people",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "重点岗位和重点人员"),
        QT_TRANSLATE_NOOP("assessment", "确定重点岗位和重点人员"),
        QT_TRANSLATE_NOOP("assessment", "人员名录中有在职的重点岗位/涉密人员"),
        key_people,
    ),
    Item(
        "10.4.grading",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "分级管理"),
        QT_TRANSLATE_NOOP("assessment", "实行分级管理措施"),
        QT_TRANSLATE_NOOP("assessment", "清单中已确定的商业秘密都定有保密等级"),
        grading_in_use,
    ),
    Item(
        "10.4.grading_rule",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "分级管理制度"),
        QT_TRANSLATE_NOOP("assessment", "实行分级管理措施并制定相应的制度"),
        QT_TRANSLATE_NOOP("assessment", "制度登记中有现行有效的“分级管理制度”"),
        _rule_item(RuleKind.GRADING),
    ),
    Item(
        "10.4.confirm",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "定密"),
        QT_TRANSLATE_NOOP("assessment", "企业对商业秘密进行核查和评估，开展定密"),
        QT_TRANSLATE_NOOP("assessment", "有经双人审批的定密记录"),
        confirmed,
    ),
    Item(
        "10.4.declassify",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "解密与复核"),
        QT_TRANSLATE_NOOP("assessment", "开展解密等工作"),
        QT_TRANSLATE_NOOP("assessment", "有解密审批或定期复核记录"),
        declassified,
    ),
    Item(
        "10.4.destroy",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "销毁"),
        QT_TRANSLATE_NOOP("assessment", "开展销毁等工作"),
        QT_TRANSLATE_NOOP("assessment", "有已完成的销毁批次"),
        destroyed,
    ),
    Item(
        "10.4.concealed",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "隐密（如采用）"),
        QT_TRANSLATE_NOOP("assessment", "开展定密、隐密、解密、销毁等工作"),
        QT_TRANSLATE_NOOP("assessment", "仅供参考：清单中标为隐密的商业秘密数"),
        concealed,
        informational=True,
    ),
    Item(
        "10.4.areas",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "涉密区域管理"),
        QT_TRANSLATE_NOOP("assessment", "加强对涉密区域管理，构建物防体系"),
        QT_TRANSLATE_NOOP("assessment", "登记了在用的涉密区域"),
        areas_managed,
    ),
    Item(
        "10.4.carriers",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "涉密载体与标识"),
        QT_TRANSLATE_NOOP("assessment", "加强对涉密信息管理"),
        QT_TRANSLATE_NOOP("assessment", "登记了涉密载体并使用保密标识（从未打印标识的载体另列）"),
        carriers_labelled,
    ),
    Item(
        "10.4.stocktake",
        C["10.4"],
        QT_TRANSLATE_NOOP("assessment", "本年度盘点"),
        QT_TRANSLATE_NOOP("assessment", "构建人防、技防、物防综合防护体系"),
        QT_TRANSLATE_NOOP("assessment", "本年度至少完成一次载体盘点"),
        stocktaken,
    ),
    Item(
        "10.5.declaration",
        C["10.5"],
        QT_TRANSLATE_NOOP("assessment", "近2年未侵犯他人商业秘密"),
        QT_TRANSLATE_NOOP("assessment", "近2年来没有发生侵犯他人商业秘密行为"),
        QT_TRANSLATE_NOOP("assessment", "12 个月内签署的不侵权声明（含日期和签署人）"),
        declaration,
    ),
    Item(
        "10.5.incidents",
        C["10.5"],
        QT_TRANSLATE_NOOP("assessment", "侵权维权工作"),
        QT_TRANSLATE_NOOP("assessment", "积极开展商业秘密侵权维权工作"),
        QT_TRANSLATE_NOOP("assessment", "仅供参考：已处置的泄密事件（演练不计）"),
        incidents,
        informational=True,
    ),
    _hand(
        "10.5.outreach",
        C["10.5"],
        QT_TRANSLATE_NOOP("assessment", "示范引领"),
        QT_TRANSLATE_NOOP(
            "assessment", "积极发挥示范引领作用，倡导商业秘密保护，辐射周边、上下游、相关行业企业"
        ),
    ),
]

STATION: list[Item] = [
    *_org_items("8"),
    Item("8.3.programme", C["8.3"], *_PROGRAMME, programme),
    Item("8.3.emergency", C["8.3"], *_EMERGENCY, _rule_item(RuleKind.EMERGENCY)),
    Item("8.3.reward", C["8.3"], *_REWARD, _rule_item(RuleKind.REWARD_PENALTY)),
    _hand(
        "8.4.service",
        C["8.4"],
        QT_TRANSLATE_NOOP("assessment", "综合服务体系"),
        QT_TRANSLATE_NOOP("assessment", "发挥第三方社会服务机构作用，推动构建商业秘密综合服务体系"),
    ),
    _hand(
        "8.5.trained",
        C["8.5"],
        QT_TRANSLATE_NOOP("assessment", "培训企业数超会员30%"),
        QT_TRANSLATE_NOOP("assessment", "每年培训企业数超会员总数的30%以上"),
    ),
    _hand(
        "8.5.protecting",
        C["8.5"],
        QT_TRANSLATE_NOOP("assessment", "开展保护工作超会员20%"),
        QT_TRANSLATE_NOOP(
            "assessment", "开展商业秘密保护工作的比例超会员（或辖区企业）总数的20%以上"
        ),
    ),
    Item(
        "8.5.bases",
        C["8.5"],
        QT_TRANSLATE_NOOP("assessment", "已建示范点"),
        QT_TRANSLATE_NOOP(
            "assessment", "建设省级商业秘密保护示范点1家（含）或市级商业秘密保护示范点2家（含）以上"
        ),
        QT_TRANSLATE_NOOP("assessment", "企业信息中的已建数：省级 ≥ 1 或市级 ≥ 2"),
        _bases_built(1, 2),
    ),
]

ZONE: list[Item] = [
    _hand(
        "6.1.policy",
        C["6.1"],
        QT_TRANSLATE_NOOP("assessment", "政府出台保护政策"),
        QT_TRANSLATE_NOOP("assessment", "以政府（或管委会）名义出台相关商业秘密保护政策措施"),
    ),
    _hand(
        "6.1.share",
        C["6.1"],
        QT_TRANSLATE_NOOP("assessment", "开展保护工作的企业达30%"),
        QT_TRANSLATE_NOOP("assessment", "园区内相关企业开展商业秘密保护工作的比例达30%以上"),
    ),
    Item(
        "6.1.bases",
        C["6.1"],
        QT_TRANSLATE_NOOP("assessment", "已建示范站（点）"),
        QT_TRANSLATE_NOOP(
            "assessment",
            "省级商业秘密保护示范站（点）1家（含）以上或者市级商业秘密保护示范站（点）3家（含）以上",
        ),
        QT_TRANSLATE_NOOP("assessment", "企业信息中的已建数：省级 ≥ 1 或市级 ≥ 3"),
        _bases_built(1, 3),
    ),
    _hand(
        "6.2.centre",
        C["6.2"],
        QT_TRANSLATE_NOOP("assessment", "综合服务中心（平台）"),
        QT_TRANSLATE_NOOP(
            "assessment", "建立包含商业秘密保护在内的相关知识产权综合服务中心（平台）"
        ),
    ),
    Item(
        "6.2.staff",
        C["6.2"],
        QT_TRANSLATE_NOOP("assessment", "专（兼）职人员1名以上"),
        QT_TRANSLATE_NOOP("assessment", "配备具有商业秘密保护经验的专（兼）职人员1名以上"),
        QT_TRANSLATE_NOOP("assessment", "企业信息中登记了至少一名保密员"),
        secrecy_officer,
    ),
    _hand("6.3.office", C["6.3"], *_OFFICE),
    _hand("6.3.funds", C["6.3"], *_FUNDS),
    _hand(
        "6.4.mechanism",
        C["6.4"],
        QT_TRANSLATE_NOOP("assessment", "运行机制与协助维权"),
        QT_TRANSLATE_NOOP("assessment", "商业秘密保护运行机制、工作流程设置科学，协助维权机制健全"),
    ),
    _hand(
        "6.5.training",
        C["6.5"],
        QT_TRANSLATE_NOOP("assessment", "每年培训不少于2次、受训率30%"),
        QT_TRANSLATE_NOOP(
            "assessment", "每年组织企业商业秘密保护培训不少于2次，园区内企业受训率达30%以上"
        ),
    ),
    _hand(
        "6.5.services",
        C["6.5"],
        QT_TRANSLATE_NOOP("assessment", "调研、指导服务不少于6次"),
        QT_TRANSLATE_NOOP("assessment", "每年开展调研、指导等服务不少于6次"),
    ),
    _hand(
        "6.6.cooperation",
        C["6.6"],
        QT_TRANSLATE_NOOP("assessment", "部门协作"),
        QT_TRANSLATE_NOOP("assessment", "与市场监管等部门协同保护长效机制顺畅"),
    ),
    _hand(
        "6.7.leading",
        C["6.7"],
        QT_TRANSLATE_NOOP("assessment", "示范引领"),
        QT_TRANSLATE_NOOP(
            "assessment", "吸引商业秘密保护高端人才、第三方社会服务机构和优秀企业聚集入驻"
        ),
    ),
]

# --- the assessment ---------------------------------------------------------------------------------

KINDS: dict[str, OrgKind] = {
    "point": OrgKind.ENTERPRISE,
    "station": OrgKind.ASSOCIATION,
    "zone": OrgKind.PARK,
}
ITEMS: dict[OrgKind, list[Item]] = {
    OrgKind.ENTERPRISE: POINT,
    OrgKind.ASSOCIATION: STATION,
    OrgKind.PARK: ZONE,
}
KIND_TITLES: dict[OrgKind, str] = {
    OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("assessment", "示范点（第十条）"),
    OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("assessment", "示范指导站（第八条）"),
    OrgKind.PARK: QT_TRANSLATE_NOOP("assessment", "示范区（第六条）"),
}
HAND_KEYS = frozenset(i.key for items in ITEMS.values() for i in items if i.by_hand)


def item(key: str) -> Item:
    for items in ITEMS.values():
        for it in items:
            if it.key == key:
                return it
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "没有自评项 {key}"), key=key)


def kind_of(session: Session, kind: str | OrgKind | None = None) -> OrgKind:
    """The form's kind: as asked ("point", "station", "zone" or an OrgKind), else the
    profile's organisation type."""
    if kind is None:
        profile = _profile(session)
        return profile.org_kind if profile else OrgKind.ENTERPRISE
    if isinstance(kind, OrgKind):
        return kind
    if kind in KINDS:
        return KINDS[kind]
    return OrgKind(kind)


@dataclass(frozen=True)
class Assessed:
    item: Item
    result: ItemResult

    @property
    def counted(self) -> bool:
        return not self.item.informational

    @property
    def gap(self) -> bool:
        return self.counted and self.result.met is not True


@dataclass(frozen=True)
class Assessment:
    kind: OrgKind
    on: date
    items: list[Assessed]

    @property
    def total(self) -> int:
        return sum(1 for a in self.items if a.counted)

    @property
    def met(self) -> int:
        return sum(1 for a in self.items if a.counted and a.result.met is True)

    @property
    def gaps(self) -> list[Assessed]:
        return [a for a in self.items if a.gap]

    @property
    def percent(self) -> int:
        return round(100 * self.met / self.total) if self.total else 0


def assess(
    session: Session, today: date | None = None, kind: str | OrgKind | None = None
) -> Assessment:
    """Evaluate every item of the form for `kind` (default: the profile's) as of `today`."""
    today = today or date.today()
    org_kind = kind_of(session, kind)
    return Assessment(
        org_kind, today, [Assessed(it, it.evaluate(session, today)) for it in ITEMS[org_kind]]
    )


def answer(
    uow, item_key: str, met: bool | None, value: str = "", note: str = "", year: int | None = None
) -> None:
    """Answer a hand item for `year` (default this year)."""
    declarations.answer(
        uow, year or date.today().year, item_key, met, value, note, known_keys=HAND_KEYS
    )


def as_json(a: Assessment, translate: Translate | None = None) -> dict[str, Any]:
    """What `tsdesk assess --json` prints: score, every item, the gaps (never translated)."""

    def one(x: Assessed) -> dict[str, Any]:
        return {
            "key": x.item.key,
            "condition": x.item.condition,
            "title": x.item.title,
            "met": x.result.met,
            "counted": x.counted,
            "by_hand": x.item.by_hand,
            "evidence": [e.text(translate) for e in x.result.evidence],
            "page": x.result.page,
            "filters": x.result.filters,
        }

    return {
        "kind": a.kind.value,
        "on": a.on.isoformat(),
        "score": {"met": a.met, "total": a.total, "percent": a.percent},
        "items": [one(x) for x in a.items],
        "gaps": [one(x) for x in a.gaps],
    }


def days_to_deadline(year: int, today: date) -> int:
    """Days from `today` to 30 September of `year` (004 第十一条（二）), negative when past."""
    return (date(year, 9, 30) - today).days
