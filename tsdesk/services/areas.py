"""Secret areas (涉密区域): kinds, grade, the protection measures checklist and who may enter.

003 §3.5, §9.1.1. The kinds (§9.1.1.1 a–d) and the measures (§9.1.1.2 a–f) are written once
here as data; the area page, its editor and any printed sign read them from here.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError, raise_first
from tsdesk.models import (
    Area,
    AreaAccess,
    AreaKind,
    Carrier,
    CarrierStatus,
    Department,
    Grade,
    Person,
    PersonStatus,
    StockTake,
)
from tsdesk.services import lookup, reminders, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.lookup import found
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register import add_months
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork

# An area holding carriers is stock-taken at least this often; older, the 工作台 reminds.
STOCKTAKE_MONTHS = 6

# 003 §9.1.1.1 a–d
KIND_LABELS: dict[AreaKind, str] = {
    AreaKind.RND: QT_TRANSLATE_NOOP(
        "areas", "a) 产品研发工作区、设计实验室、信息数据中心和其他重要生产场所"
    ),
    AreaKind.ARCHIVE: QT_TRANSLATE_NOOP(
        "areas", "b) 涉密档案室，财务、人力资源、销售等部门办公室的涉密档案存放区域"
    ),
    AreaKind.SAMPLES: QT_TRANSLATE_NOOP("areas", "c) 未公开的样品存放地点"),
    AreaKind.MATERIALS: QT_TRANSLATE_NOOP("areas", "d) 重要原材料、重要半成品等涉密物资存放区域"),
}
KIND_SHORT: dict[AreaKind, str] = {
    AreaKind.RND: QT_TRANSLATE_NOOP("areas", "研发/数据中心/生产"),
    AreaKind.ARCHIVE: QT_TRANSLATE_NOOP("areas", "涉密档案"),
    AreaKind.SAMPLES: QT_TRANSLATE_NOOP("areas", "样品存放"),
    AreaKind.MATERIALS: QT_TRANSLATE_NOOP("areas", "涉密物资存放"),
}

# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "area": QT_TRANSLATE_NOOP("audit", "涉密区域"),
        "area.add": QT_TRANSLATE_NOOP("audit", "新增涉密区域"),
        "area.update": QT_TRANSLATE_NOOP("audit", "修改涉密区域"),
        "area.active": QT_TRANSLATE_NOOP("audit", "停用/启用涉密区域"),
        "area.access_grant": QT_TRANSLATE_NOOP("audit", "授予区域准入"),
        "area.access_revoke": QT_TRANSLATE_NOOP("audit", "撤销区域准入"),
        "print.area_record": QT_TRANSLATE_NOOP("audit", "打印区域登记表"),
    },
    entities={
        "area": QT_TRANSLATE_NOOP("audit", "涉密区域"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "name": QT_TRANSLATE_NOOP("audit", "名称"),
        "kind": QT_TRANSLATE_NOOP("audit", "区域类别"),
        "grade_id": QT_TRANSLATE_NOOP("audit", "保密等级"),
        "location": QT_TRANSLATE_NOOP("audit", "位置"),
        "department_id": QT_TRANSLATE_NOOP("audit", "主责部门"),
        "responsible_id": QT_TRANSLATE_NOOP("audit", "责任人"),
        "measures": QT_TRANSLATE_NOOP("audit", "已落实的保护措施"),
        "active": QT_TRANSLATE_NOOP("audit", "启用"),
        "person": QT_TRANSLATE_NOOP("audit", "人员"),
        "valid_from": QT_TRANSLATE_NOOP("audit", "生效日期"),
        "valid_until": QT_TRANSLATE_NOOP("audit", "截止日期"),
        "revoked_on": QT_TRANSLATE_NOOP("audit", "撤销日期"),
        "people": QT_TRANSLATE_NOOP("audit", "人数"),
    },
    values={"kind": ("areas", KIND_SHORT)},
    refs={"grade_id": "grade", "department_id": "department", "responsible_id": "person"},
    formats={"measures": lambda v, tr: " ".join(k for k, m in sorted(v.items()) if m.get("done"))},
    quiet=frozenset({"access"}),
)

# 003 §9.1.1.2 a–f: the protection measures, checked per area with a note each.
MEASURES: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("areas", "涉密区域划分为相对独立的空间，进出口设置涉密区域标识"),
    "b": QT_TRANSLATE_NOOP(
        "areas",
        "进入涉密区域需经过授权，设置门禁设施，可采取指纹、脸部、瞳孔等合法技术手段验证权限",
    ),
    "c": QT_TRANSLATE_NOOP("areas", "进出口处安装视频监控设施和报警装置，非法闯入能立即告警"),
    "d": QT_TRANSLATE_NOOP("areas", "区域内严格限制使用具有录音、摄像、拍照、信息存储等功能的设备"),
    "e": QT_TRANSLATE_NOOP("areas", "区域不接入外网，与内部网络相互隔离，采取分级管控"),
    "f": QT_TRANSLATE_NOOP(
        "areas", "区域网络搭建独立的网络基础设施，远程访问须严格核验权限并搭配安全验证等措施"
    ),
}


@dataclass(frozen=True)
class Measure:
    done: bool = False
    note: str = ""


@dataclass
class AreaInput:
    name: str
    kind: AreaKind
    grade_id: int
    location: str = ""
    department_id: int | None = None
    responsible_id: int | None = None
    measures: dict[str, Measure] = field(default_factory=dict)  # keys of MEASURES


@dataclass(frozen=True)
class AreaView:
    id: int
    number: str
    name: str
    kind: AreaKind
    grade: str
    location: str
    department: str
    responsible: str
    measures: dict[str, Measure]
    active: bool
    carriers: int  # carriers kept here (not destroyed)
    people: int  # current grants

    @property
    def measures_done(self) -> int:
        return sum(1 for m in self.measures.values() if m.done)


@dataclass(frozen=True)
class AccessView:
    id: int
    person_id: int
    person_number: str
    person_name: str
    department: str
    valid_from: date
    valid_until: date | None
    revoked_on: date | None
    granted_by: str

    def current(self, on: date | None = None) -> bool:
        return is_current(self.valid_from, self.valid_until, self.revoked_on, on)


def is_current(
    valid_from: date, valid_until: date | None, revoked_on: date | None, on: date | None = None
) -> bool:
    """A grant lets its person in on `on` when it has begun, not ended and not been revoked."""
    on = on or date.today()
    return (
        valid_from <= on
        and (valid_until is None or on <= valid_until)
        and (revoked_on is None or on < revoked_on)
    )


def access_current_clause(on: date):
    """`is_current` in SQL: a grant that lets its person in on `on`."""
    return and_(
        AreaAccess.valid_from <= on,
        or_(AreaAccess.valid_until.is_(None), AreaAccess.valid_until >= on),
        or_(AreaAccess.revoked_on.is_(None), AreaAccess.revoked_on > on),
    )


def parse_measures(raw: str) -> dict[str, Measure]:
    """The stored checklist, every measure of MEASURES present (unknown keys dropped)."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        data = {}
    out = {}
    for key in MEASURES:
        item = data.get(key) or {}
        out[key] = Measure(bool(item.get("done", False)), str(item.get("note", "")))
    return out


def _dump_measures(measures: dict[str, Measure]) -> str:
    return json.dumps(
        {k: {"done": m.done, "note": m.note} for k, m in measures.items()},
        ensure_ascii=False,
        sort_keys=True,
    )


def check_input(session: Session, inp: AreaInput) -> list[Problem]:
    problems: list[Problem] = []
    if not inp.name.strip():
        problems.append(Problem("name", QT_TRANSLATE_NOOP("errors", "区域名称不能为空")))
    elif len(inp.name.strip()) > 100:
        problems.append(
            Problem("name", QT_TRANSLATE_NOOP("errors", "区域名称过长（最多 100 个字符）"))
        )
    if not isinstance(inp.kind, AreaKind):
        problems.append(Problem("kind", QT_TRANSLATE_NOOP("errors", "请选择区域类别")))
    grade = session.get(Grade, inp.grade_id) if inp.grade_id else None
    if grade is None or not grade.active:
        problems.append(Problem("grade_id", QT_TRANSLATE_NOOP("errors", "保密等级无效")))
    if inp.department_id is not None and session.get(Department, inp.department_id) is None:
        problems.append(Problem("department_id", QT_TRANSLATE_NOOP("errors", "部门不存在")))
    if inp.responsible_id is not None and session.get(Person, inp.responsible_id) is None:
        problems.append(Problem("responsible_id", QT_TRANSLATE_NOOP("errors", "责任人不存在")))
    if set(inp.measures) - set(MEASURES):
        problems.append(Problem("measures", QT_TRANSLATE_NOOP("errors", "未知的保护措施项")))
    return problems


def _name_taken(session: Session, name: str, area_id: int | None) -> bool:
    other = session.scalar(select(Area.id).where(Area.name == name.strip()))
    return other is not None and other != area_id


def snapshot(area: Area) -> dict:
    return {
        "number": area.number,
        "name": area.name,
        "kind": area.kind.value,
        "grade_id": area.grade_id,
        "location": area.location,
        "department_id": area.department_id,
        "responsible_id": area.responsible_id,
        "measures": json.loads(area.measures or "{}"),
        "active": area.active,
    }


def _apply(area: Area, inp: AreaInput) -> None:
    area.name = inp.name.strip()
    area.kind = inp.kind
    area.grade_id = inp.grade_id
    area.location = inp.location.strip()
    area.department_id = inp.department_id
    area.responsible_id = inp.responsible_id
    measures = {k: Measure(m.done, m.note.strip()) for k, m in inp.measures.items()}
    area.measures = _dump_measures({**parse_measures("{}"), **measures})


def add_area(uow: UnitOfWork, inp: AreaInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    raise_first(check_input(session, inp))
    if _name_taken(session, inp.name, None):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已有同名的涉密区域"))
    number = next_number(
        uow,
        "area",
        settings.get(uow.session, "area_number_pattern"),
        lambda n: session.scalar(select(Area.id).where(Area.number == n)) is not None,
    )
    area = Area(number=number, active=True)
    _apply(area, inp)
    session.add(area)
    session.flush()
    uow.record("area.add", "area", area.id, after=snapshot(area))
    return area.id


def update_area(uow: UnitOfWork, area_id: int, inp: AreaInput) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    area = get(uow.session, area_id)
    raise_first(check_input(uow.session, inp))
    if _name_taken(uow.session, inp.name, area_id):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已有同名的涉密区域"))
    before = snapshot(area)
    _apply(area, inp)
    uow.session.flush()
    after = snapshot(area)
    if after != before:
        uow.record("area.update", "area", area_id, before=before, after=after)


def set_active(uow: UnitOfWork, area_id: int, active: bool) -> None:
    """Retire an area (nothing is deleted) once no carrier is kept there; or bring it back."""
    require(uow.actor, Permission.EDIT_DATA)
    area = get(uow.session, area_id)
    if area.active == active:
        return
    if not active and _carriers_in(uow.session, area_id):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "区域内仍登记有载体，请先移交后再停用"))
    area.active = active
    uow.session.flush()
    uow.record(
        "area.active", "area", area_id, before={"active": not active}, after={"active": active}
    )


def get(session: Session, area_id: int) -> Area:
    return found(session.get(Area, area_id), QT_TRANSLATE_NOOP("errors", "涉密区域不存在"))


def by_number(session: Session, number: str) -> Area:
    return lookup.by_number(
        session, Area, number, QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的涉密区域")
    )


def _carriers_in(session: Session, area_id: int) -> int:
    return session.execute(
        select(func.count(Carrier.id)).where(
            Carrier.area_id == area_id, Carrier.status != CarrierStatus.DESTROYED
        )
    ).scalar_one()


# Carriers that are still somewhere to be counted (each a probe of the status–area index).
_KEPT = (
    CarrierStatus.IN_STORE,
    CarrierStatus.LENT,
    CarrierStatus.OUT_FOR_REPAIR,
    CarrierStatus.SEALED,
)


def stocktake_due_clause(on: date):
    """Active areas holding carriers with no finished stock-take in STOCKTAKE_MONTHS."""
    since = datetime.combine(add_months(on, -STOCKTAKE_MONTHS), time())
    holds = exists().where(Carrier.status.in_(_KEPT), Carrier.area_id == Area.id)
    counted = exists().where(
        StockTake.area_id == Area.id,
        StockTake.finished_at.is_not(None),
        StockTake.finished_at >= since,
    )
    return and_(Area.active.is_(True), holds, ~counted)


def count_stocktake_due(session: Session, on: date | None = None) -> int:
    return session.execute(
        select(func.count(Area.id)).where(stocktake_due_clause(on or date.today()))
    ).scalar_one()


def list_areas(
    session: Session,
    *,
    active_only: bool = False,
    stocktake_due: bool = False,
    on: date | None = None,
) -> list[AreaView]:
    on = on or date.today()
    q = select(Area).order_by(Area.number)
    if active_only:
        q = q.where(Area.active.is_(True))
    if stocktake_due:
        q = q.where(stocktake_due_clause(on))
    areas = list(session.scalars(q))
    grades = {g.id: g.name for g in session.scalars(select(Grade))}
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    carrier_counts = dict(
        session.execute(
            select(Carrier.area_id, func.count(Carrier.id))
            .where(Carrier.status != CarrierStatus.DESTROYED, Carrier.area_id.is_not(None))
            .group_by(Carrier.area_id)
        ).all()
    )
    people: dict[int, set[int]] = {}
    for grant in session.scalars(select(AreaAccess)):
        if is_current(grant.valid_from, grant.valid_until, grant.revoked_on, on):
            people.setdefault(grant.area_id, set()).add(grant.person_id)
    responsible_ids = {a.responsible_id for a in areas if a.responsible_id}
    names = (
        dict(
            session.execute(
                select(Person.id, Person.name).where(Person.id.in_(responsible_ids))
            ).all()
        )
        if responsible_ids
        else {}
    )
    return [
        AreaView(
            id=a.id,
            number=a.number,
            name=a.name,
            kind=a.kind,
            grade=grades.get(a.grade_id, ""),
            location=a.location,
            department=departments.get(a.department_id, "") if a.department_id else "",
            responsible=names.get(a.responsible_id, "") if a.responsible_id else "",
            measures=parse_measures(a.measures),
            active=a.active,
            carriers=carrier_counts.get(a.id, 0),
            people=len(people.get(a.id, ())),
        )
        for a in areas
    ]


def view(session: Session, area_id: int) -> AreaView:
    get(session, area_id)
    return next(v for v in list_areas(session) if v.id == area_id)


# --- who may enter (003 §9.1.1.2 b, §8.2.2) ------------------------------------------------


def grant_access(
    uow: UnitOfWork,
    area_id: int,
    person_id: int,
    valid_from: date | None = None,
    valid_until: date | None = None,
) -> int:
    """Authorise a person to enter, from–until (None: until revoked)."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    area = get(session, area_id)
    if not area.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该区域已停用"))
    person = found(session.get(Person, person_id), QT_TRANSLATE_NOOP("errors", "人员不存在"))
    if person.status != PersonStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该人员已离职，不能授权"))
    valid_from = valid_from or date.today()
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "授权截止日期不能早于起始日期"))
    for other in session.scalars(
        select(AreaAccess).where(
            AreaAccess.area_id == area_id,
            AreaAccess.person_id == person_id,
            AreaAccess.revoked_on.is_(None),
        )
    ):
        if _overlap(other.valid_from, other.valid_until, valid_from, valid_until):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} 在该期间已有进入授权"), name=person.name
            )
    grant = AreaAccess(
        area_id=area_id,
        person_id=person_id,
        valid_from=valid_from,
        valid_until=valid_until,
        granted_by=uow.actor.name,
    )
    session.add(grant)
    session.flush()
    uow.record(
        "area.access_grant",
        "area",
        area_id,
        after={
            "access": grant.id,
            "person": person.number,
            "name": person.name,
            "valid_from": valid_from,
            "valid_until": valid_until,
        },
    )
    return grant.id


def _overlap(a_from: date, a_until: date | None, b_from: date, b_until: date | None) -> bool:
    return (a_until is None or b_from <= a_until) and (b_until is None or a_from <= b_until)


def revoke_access(uow: UnitOfWork, access_id: int, on: date | None = None) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    grant = found(
        uow.session.get(AreaAccess, access_id), QT_TRANSLATE_NOOP("errors", "授权记录不存在")
    )
    if grant.revoked_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该授权已撤销"))
    grant.revoked_on = on or date.today()
    uow.session.flush()
    person = found(
        uow.session.get(Person, grant.person_id), QT_TRANSLATE_NOOP("errors", "人员不存在")
    )
    uow.record(
        "area.access_revoke",
        "area",
        grant.area_id,
        after={"access": grant.id, "person": person.number, "revoked_on": grant.revoked_on},
    )


def access_list(
    session: Session, area_id: int, *, on: date | None = None, include_past: bool = False
) -> list[AccessView]:
    """Who may enter the area on `on` (default today); with include_past, every grant ever."""
    get(session, area_id)
    q = (
        select(AreaAccess, Person, Department.name)
        .join(Person, Person.id == AreaAccess.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(AreaAccess.area_id == area_id)
        .order_by(Person.number, AreaAccess.valid_from)
    )
    out = [
        AccessView(
            id=grant.id,
            person_id=person.id,
            person_number=person.number,
            person_name=person.name,
            department=department or "",
            valid_from=grant.valid_from,
            valid_until=grant.valid_until,
            revoked_on=grant.revoked_on,
            granted_by=grant.granted_by,
        )
        for grant, person, department in session.execute(q)
    ]
    return out if include_past else [a for a in out if a.current(on)]


def areas_of_person(session: Session, person_id: int, on: date | None = None) -> list[Area]:
    """The areas this person may enter on `on` (default today), by number."""
    q = (
        select(Area)
        .join(AreaAccess, AreaAccess.area_id == Area.id)
        .where(AreaAccess.person_id == person_id, access_current_clause(on or date.today()))
        .group_by(Area.id)
        .order_by(Area.number)
    )
    return list(session.scalars(q))


def may_enter(session: Session, area_id: int, person_id: int, on: date | None = None) -> bool:
    return any(a.person_id == person_id for a in access_list(session, area_id, on=on))


# --- the printable record --------------------------------------------------------------------


def record_pdf(uow: UnitOfWork, area_id: int, on: date | None = None) -> bytes:
    """The area's record sheet with its measures and today's access list, recorded as a print
    in `uow` before the footer takes the chain head; hand it on once `uow` has committed."""
    from tsdesk.documents.area_record import AccessLine, AreaRecord, MeasureLine, render_area_record
    from tsdesk.services.documents import footer_in

    require(uow.actor, Permission.EXPORT)
    on = on or date.today()
    session = uow.session
    area = view(session, area_id)
    # A person who has left is never printed as admitted, whatever their grant says.
    left = set(session.scalars(select(Person.id).where(Person.status == PersonStatus.LEFT)))
    people = [a for a in access_list(session, area_id, on=on) if a.person_id not in left]
    record = AreaRecord(
        number=area.number,
        name=area.name,
        kind=KIND_LABELS[area.kind],
        grade=area.grade,
        location=area.location,
        department=area.department,
        responsible=area.responsible,
        as_of=on.isoformat(),
        measures=[
            MeasureLine(key, MEASURES[key], m.done, m.note) for key, m in area.measures.items()
        ],
        people=[
            AccessLine(
                a.person_number,
                a.person_name,
                a.department,
                a.valid_from.isoformat(),
                a.valid_until.isoformat() if a.valid_until else "长期",
            )
            for a in people
        ],
    )
    uow.record("print.area_record", "area", area_id, after={"people": len(people)})
    buffer = io.BytesIO()
    render_area_record(buffer, record, footer_in(uow))
    return buffer.getvalue()


def write_record(
    uow: UnitOfWork, area_id: int, out: str | Path | IO[bytes], on: date | None = None
) -> None:
    """The record sheet into `out`, which gets it only once the print event has committed."""
    from tsdesk.services.documents import deliver_when_committed

    deliver_when_committed(uow, out, record_pdf(uow, area_id, on))


reminders.register(
    Reminder(
        key="areas.stocktake_due",
        title=QT_TRANSLATE_NOOP("reminders", "涉密区域超过 6 个月未盘点"),
        severity=Severity.DUE,
        count=count_stocktake_due,
        page="areas",
        filter={"stocktake_due": True},
        hint=QT_TRANSLATE_NOOP("reminders", "存放载体的在用区域，6 个月内没有完成的盘点。"),
        order=50,
    )
)
