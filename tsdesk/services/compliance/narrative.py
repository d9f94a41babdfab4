"""The 开展情况 draft of the base application (004 附表1–3 商业秘密保护工作开展情况): a work
summary in Chinese drafted from the data, every number in it a `Figure` with the query it
came from, all counted as of one day (the print date), so the text can be checked against
the records and re-drafted when they change."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.models import (
    AgreementKind,
    Area,
    AuditEvent,
    Carrier,
    CarrierStatus,
    CompanyProfile,
    Department,
    Designation,
    DesignationKind,
    DestructionBatch,
    DestructionStatus,
    Drill,
    Grade,
    IncidentCase,
    IncidentStatus,
    Inspection,
    InspectionAction,
    Person,
    PersonStatus,
    Secret,
    SecretStatus,
    TrainingAttendance,
    TrainingSession,
)
from tsdesk.services.agreements import person_bound


@dataclass(frozen=True)
class Figure:
    """One number (or date) the draft states: what it is, its value, where it was counted."""

    key: str
    label: str
    value: str
    source: str


@dataclass(frozen=True)
class Draft:
    text: str
    figures: list[Figure]
    as_of: date


def figures_json(figures: Iterable[Figure]) -> str:
    return json.dumps([asdict(f) for f in figures], ensure_ascii=False)


def figures_from_json(raw: str) -> list[Figure]:
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return []
    return [Figure(**item) for item in items if isinstance(item, dict)]


def _local_day(ts: str) -> date:
    """An audit timestamp (ISO UTC text) as the PC's local date."""
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def _cn_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _first_event(session: Session, action: str, entity_type: str, ids: list[str], until: date):
    """The earliest `action` event on any of these entities up to `until` (its local day)."""
    if not ids:
        return None
    stamps = session.scalars(
        select(AuditEvent.ts)
        .where(
            AuditEvent.entity_type == entity_type,
            AuditEvent.entity_id.in_(ids),
            AuditEvent.action == action,
        )
        .order_by(AuditEvent.seq)
    ).all()
    days = [d for d in (_local_day(ts) for ts in stamps) if d <= until]
    return days[0] if days else None


def _group_set_up(session: Session, today: date) -> date | None:
    # 004 第十条（一）: the leading group dates from its first member still appointed.
    ids = session.scalars(
        select(Designation.id).where(Designation.kind == DesignationKind.LEADING_GROUP)
    ).all()
    return _first_event(session, "designation.add", "designation", [str(i) for i in ids], today)


def _department_set_up(session: Session, department_id: int | None, today: date) -> date | None:
    """When the profile first named the current 商业秘密管理部门."""
    if department_id is None:
        return None
    rows = session.execute(
        select(AuditEvent.ts, AuditEvent.after)
        .where(
            AuditEvent.entity_type == "company_profile",
            AuditEvent.action == "company.update",
            AuditEvent.after.like('%"management_department_id"%'),
        )
        .order_by(AuditEvent.seq)
    ).all()
    for ts, after in rows:
        try:
            value = json.loads(after or "null") or {}
        except ValueError:
            continue
        if value.get("management_department_id") == department_id and _local_day(ts) <= today:
            return _local_day(ts)
    return None


def _percent(part: int, whole: int) -> str:
    return f"{part * 100 / whole:.0f}%" if whole else "—"


def draft(session: Session, today: date | None = None) -> Draft:
    """The 开展情况 text and its figures, as of `today`."""
    today = today or date.today()
    year_start = date(today.year, 1, 1)
    figures: list[Figure] = []

    def fig(key: str, label: str, value: object, source: str) -> str:
        text = str(value)
        figures.append(Figure(key, label, text, source))
        return text

    profile = session.get(CompanyProfile, 1)
    principal = profile.legal_representative.strip() if profile else ""

    # 一、组织架构 (004 第十条（一）)
    group = session.scalars(
        select(Designation).where(Designation.kind == DesignationKind.LEADING_GROUP)
    ).all()
    officers = session.scalar(
        select(func.count(Designation.id)).where(
            Designation.kind == DesignationKind.SECRECY_OFFICER
        )
    )
    department = (
        session.get(Department, profile.management_department_id)
        if profile and profile.management_department_id
        else None
    )
    leader = next((d.name for d in group if d.post.strip() == "组长"), principal)
    parts = []
    if group:
        since = _group_set_up(session, today)
        when = (
            fig(
                "group_since",
                "领导小组成立日期",
                _cn_date(since),
                "审计记录：领导小组成员（designation.add）最早一条",
            )
            + "成立"
            if since
            else "成立了"
        )
        count = fig(
            "group_members", "领导小组成员人数", len(group), "企业信息·人员指定，类别 领导小组成员"
        )
        parts.append(f"于{when}以{leader}为组长的商业秘密保护工作领导小组（成员{count}人）")
    if department is not None:
        since = _department_set_up(session, department.id, today)
        name = fig("department", "商业秘密管理部门", department.name, "企业信息：商业秘密管理部门")
        prefix = (
            "于"
            + fig(
                "department_since",
                "管理部门确定日期",
                _cn_date(since),
                "审计记录：企业信息修改（company.update）首次指定该部门",
            )
            if since
            else ""
        )
        parts.append(f"{prefix}明确由{name}负责商业秘密保护日常工作")
    count = fig(
        "officers", "保密员人数", officers or 0, "企业信息·人员指定，类别 保密员（专/兼职）"
    )
    parts.append(f"配备专（兼）职保密员{count}名")
    paragraphs = ["一、组织架构。我单位" + "，".join(parts) + "。"]

    # 二、定密与分级管理 (第十条（四）)
    by_grade = session.execute(
        select(Grade.name, func.count(Secret.id))
        .join(Secret, Secret.grade_id == Grade.id)
        .where(Secret.status == SecretStatus.CONFIRMED)
        .group_by(Grade.id)
        .order_by(Grade.rank)
    ).all()
    confirmed = sum(n for _, n in by_grade)
    total = fig(
        "secrets_confirmed", "已确定的商业秘密（项）", confirmed, "商业秘密清单，状态 已确定"
    )
    grades = "、".join(
        f"{name}"
        + fig(f"secrets_grade_{name}", f"{name}（项）", n, f"商业秘密清单，已确定，等级 {name}")
        + "项"
        for name, n in by_grade
    )
    proposed = session.scalar(
        select(func.count(Secret.id)).where(Secret.status == SecretStatus.PROPOSED)
    )
    ended = session.scalar(
        select(func.count(Secret.id)).where(
            Secret.status.in_((SecretStatus.DECLASSIFIED, SecretStatus.DESTROYED))
        )
    )
    text = f"二、定密与分级管理。建立商业秘密清单，实行分级管理，目前已确定商业秘密{total}项"
    if grades:
        text += f"，其中{grades}"
    if proposed:
        text += (
            "，另有"
            + fig("secrets_proposed", "拟定待确定（项）", proposed, "商业秘密清单，状态 拟定")
            + "项拟定待审批"
        )
    if ended:
        text += (
            "；已依程序解密或销毁"
            + fig("secrets_ended", "已解密或销毁（项）", ended, "商业秘密清单，状态 已解密/已销毁")
            + "项"
        )
    paragraphs.append(text + "。")

    # 三、载体与涉密区域
    carriers = session.scalar(
        select(func.count(Carrier.id)).where(Carrier.status != CarrierStatus.DESTROYED)
    )
    areas = session.scalar(select(func.count(Area.id)).where(Area.active.is_(True)))
    paragraphs.append(
        "三、载体与涉密区域。对涉密载体统一编号、加贴保密标识、登记流转，现登记在管涉密载体"
        + fig("carriers", "在管涉密载体（件）", carriers or 0, "涉密载体，状态 非已销毁")
        + "件；划定涉密区域"
        + fig("areas", "涉密区域（个）", areas or 0, "涉密区域，启用中")
        + "个，实行门禁和出入授权管理。"
    )

    # 四、保密协议
    active = (
        session.scalar(select(func.count(Person.id)).where(Person.status == PersonStatus.ACTIVE))
        or 0
    )
    with_nda = (
        session.scalar(
            select(func.count(Person.id)).where(
                Person.status == PersonStatus.ACTIVE,
                person_bound(Person.id, AgreementKind.NDA, today),
            )
        )
        or 0
    )
    paragraphs.append(
        "四、保密协议。在职员工"
        + fig("staff", "在职员工（人）", active, "人员名录，状态 在职")
        + "人中，"
        + fig("staff_nda", "保密协议生效中（人）", with_nda, "协议，员工保密协议，当日生效中")
        + "人签订的保密协议在有效期内，覆盖率"
        + fig("nda_share", "保密协议覆盖率", _percent(with_nda, active), "上两项之比")
        + "。"
    )

    # 五、培训、演练与检查 (第十条（三）)
    sessions = (
        session.scalar(
            select(func.count(TrainingSession.id)).where(
                TrainingSession.held_on >= year_start, TrainingSession.held_on <= today
            )
        )
        or 0
    )
    trained = (
        session.scalar(
            select(func.count(distinct(TrainingAttendance.person_id)))
            .join(Person, Person.id == TrainingAttendance.person_id)
            .where(
                Person.status == PersonStatus.ACTIVE,
                TrainingAttendance.held_on >= year_start,
                TrainingAttendance.held_on <= today,
            )
        )
        or 0
    )
    drills = (
        session.scalar(
            select(func.count(Drill.id)).where(Drill.held_on >= year_start, Drill.held_on <= today)
        )
        or 0
    )
    inspections = (
        session.scalar(
            select(func.count(Inspection.id)).where(
                Inspection.done_on.is_not(None),
                Inspection.done_on >= year_start,
                Inspection.done_on <= today,
            )
        )
        or 0
    )
    actions = session.execute(
        select(
            func.count(InspectionAction.id),
            func.count(InspectionAction.closed_on),
        )
        .join(Inspection, Inspection.id == InspectionAction.inspection_id)
        .where(
            Inspection.done_on.is_not(None),
            Inspection.done_on >= year_start,
            Inspection.done_on <= today,
        )
    ).one()
    year = today.year
    paragraphs.append(
        f"五、培训、演练与检查。{year}年以来开展商业秘密保护培训"
        + fig("training_sessions", f"{year}年培训场次", sessions, "培训记录，本年度举办")
        + "场，在职员工参训"
        + fig("trained", f"{year}年参训在职员工（人）", trained, "培训签到，本年度，去重")
        + "人，覆盖率"
        + fig("training_share", "培训覆盖率", _percent(trained, active), "参训人数 / 在职员工")
        + "；组织泄密应急演练"
        + fig("drills", f"{year}年演练（次）", drills, "演练记录，本年度举办")
        + "次；开展保密检查"
        + fig("inspections", f"{year}年保密检查（次）", inspections, "保密检查，本年度完成")
        + "次，提出整改措施"
        + fig("actions", "整改措施（项）", actions[0], "整改措施，本年度检查提出")
        + "项、已完成"
        + fig("actions_closed", "已完成整改（项）", actions[1], "整改措施，已关闭")
        + "项。"
    )

    # 六、销毁与事件处置 (第十条（四）（五）)
    batches = (
        session.scalar(
            select(func.count(DestructionBatch.id)).where(
                DestructionBatch.status == DestructionStatus.DONE,
                DestructionBatch.executed_on <= today,
            )
        )
        or 0
    )
    incidents = (
        session.scalar(
            select(func.count(IncidentCase.id)).where(
                IncidentCase.is_drill.is_(False),
                IncidentCase.status == IncidentStatus.CLOSED,
                or_(IncidentCase.closed_at.is_(None), func.date(IncidentCase.closed_at) <= today),
            )
        )
        or 0
    )
    open_cases = (
        session.scalar(
            select(func.count(IncidentCase.id)).where(
                and_(IncidentCase.is_drill.is_(False), IncidentCase.status != IncidentStatus.CLOSED)
            )
        )
        or 0
    )
    text = (
        "六、销毁与事件处置。按审批、监销程序完成涉密载体和数据销毁"
        + fig("destructions", "已完成销毁（批次）", batches, "销毁记录，状态 已完成")
        + "批次；依应急预案处置并结案泄密事件"
        + fig("incidents", "已结案泄密事件（起）", incidents, "应急处置，非演练，已结案")
        + "起"
    )
    if open_cases:
        text += (
            "，在办"
            + fig("incidents_open", "在办泄密事件（起）", open_cases, "应急处置，非演练，未结案")
            + "起"
        )
    paragraphs.append(text + "。")
    paragraphs.append(
        f"以上数据统计截至{fig('as_of', '统计截止日期', _cn_date(today), '打印日期')}。"
    )
    return Draft("\n".join(paragraphs), figures, today)
