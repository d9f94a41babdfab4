"""The company profile, departments and designations (004 附表1–3, 第十条)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    CompanyProfile,
    Department,
    Designation,
    DesignationKind,
    OrgKind,
    Person,
)
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

# The fields the base application forms ask for, in the order of 004 附表3 (enterprise).
# Labels per kind of organisation: 附表3 enterprise, 附表2 association, 附表1 park.
PROFILE_FIELDS: list[tuple[str, dict[OrgKind, str]]] = [
    (
        "org_name",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "企业名称"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "组织名称"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区名称"),
        },
    ),
    (
        "legal_representative",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "法定代表人"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "法定代表人"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "负责人"),
        },
    ),
    (
        "address",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "经营地址"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "注册地址"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "联系地址"),
        },
    ),
    ("postal_code", {k: QT_TRANSLATE_NOOP("company", "邮政编码") for k in OrgKind}),
    (
        "headcount",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "员工数量"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "会员数量"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "入园企业数量"),
        },
    ),
    (
        "org_type",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "企业类型"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "组织类型"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区类型"),
        },
    ),
    (
        "industry",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "所属行业"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "所属行业"),
        },
    ),
    (
        "annual_output",
        {
            OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "年产值"),
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "行业年产值"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区产值"),
        },
    ),
    (
        "provincial_bases_built",
        {
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "省级示范点已建数"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "省级示范站(点)已建数"),
        },
    ),
    (
        "municipal_bases_built",
        {
            OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "市级示范点已建数"),
            OrgKind.PARK: QT_TRANSLATE_NOOP("company", "市级示范站(点)已建数"),
        },
    ),
    ("contact_person", {k: QT_TRANSLATE_NOOP("company", "联系人") for k in OrgKind}),
    ("contact_title", {k: QT_TRANSLATE_NOOP("company", "职务/职称") for k in OrgKind}),
    ("contact_phone", {k: QT_TRANSLATE_NOOP("company", "联系电话") for k in OrgKind}),
    (
        "protection_work_summary",
        {k: QT_TRANSLATE_NOOP("company", "商业秘密保护工作开展情况") for k in OrgKind},
    ),
]
# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "company": QT_TRANSLATE_NOOP("audit", "企业信息"),
        "company.update": QT_TRANSLATE_NOOP("audit", "修改企业信息"),
        "department": QT_TRANSLATE_NOOP("audit", "部门"),
        "department.add": QT_TRANSLATE_NOOP("audit", "新增部门"),
        "department.rename": QT_TRANSLATE_NOOP("audit", "重命名部门"),
        "designation": QT_TRANSLATE_NOOP("audit", "领导小组/保密员"),
        "designation.add": QT_TRANSLATE_NOOP("audit", "新增人员指定"),
        "designation.remove": QT_TRANSLATE_NOOP("audit", "撤销人员指定"),
        "designation.link": QT_TRANSLATE_NOOP("audit", "关联人员名录"),
        "department.key": QT_TRANSLATE_NOOP("audit", "重点部门"),
    },
    entities={
        "company_profile": QT_TRANSLATE_NOOP("audit", "企业信息"),
        "department": QT_TRANSLATE_NOOP("audit", "部门"),
        "designation": QT_TRANSLATE_NOOP("audit", "领导小组/保密员"),
    },
    fields={
        "org_name": QT_TRANSLATE_NOOP("audit", "企业名称"),
        "org_kind": QT_TRANSLATE_NOOP("audit", "组织类型"),
        "legal_representative": QT_TRANSLATE_NOOP("audit", "法定代表人"),
        "address": QT_TRANSLATE_NOOP("audit", "地址"),
        "postal_code": QT_TRANSLATE_NOOP("audit", "邮政编码"),
        "headcount": QT_TRANSLATE_NOOP("audit", "职工人数"),
        "org_type": QT_TRANSLATE_NOOP("audit", "企业类型"),
        "industry": QT_TRANSLATE_NOOP("audit", "所属行业"),
        "annual_output": QT_TRANSLATE_NOOP("audit", "年产值"),
        "provincial_bases_built": QT_TRANSLATE_NOOP("audit", "省级示范点已建数"),
        "municipal_bases_built": QT_TRANSLATE_NOOP("audit", "市级示范点已建数"),
        "contact_person": QT_TRANSLATE_NOOP("audit", "联系人"),
        "contact_title": QT_TRANSLATE_NOOP("audit", "职务/职称"),
        "contact_phone": QT_TRANSLATE_NOOP("audit", "联系电话"),
        "regulator_name": QT_TRANSLATE_NOOP("audit", "市场监管部门"),
        "regulator_contact": QT_TRANSLATE_NOOP("audit", "市场监管部门联系方式"),
        "protection_work_summary": QT_TRANSLATE_NOOP("audit", "商业秘密保护工作开展情况"),
        "management_department_id": QT_TRANSLATE_NOOP("audit", "商业秘密管理部门"),
        "kind": QT_TRANSLATE_NOOP("audit", "类别"),
        "post": QT_TRANSLATE_NOOP("audit", "职务"),
        "person_id": QT_TRANSLATE_NOOP("audit", "人员"),
        "is_key": QT_TRANSLATE_NOOP("audit", "重点部门"),
    },
    values={
        "kind": (
            "company",
            {
                DesignationKind.LEADING_GROUP: QT_TRANSLATE_NOOP("company", "领导小组成员"),
                DesignationKind.SECRECY_OFFICER: QT_TRANSLATE_NOOP("company", "保密员"),
            },
        ),
        "org_kind": (
            "company",
            {
                OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "企业（附表3 示范点）"),
                OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "协会等组织（附表2 示范指导站）"),
                OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区（附表1 示范区）"),
            },
        ),
    },
    refs={"management_department_id": "department", "person_id": "person"},
)

FIELD_NAMES = [name for name, _ in PROFILE_FIELDS]
# Not on the base forms: the district's market regulator, for the complaint pack (000 §7.5.2).
REGULATOR_FIELDS = ("regulator_name", "regulator_contact")
_MAX_LENGTH = {
    c.name: getattr(c.type, "length", None)
    for c in CompanyProfile.__table__.columns
    if getattr(c.type, "length", None)
}


def fields_for(kind: OrgKind) -> list[tuple[str, str]]:
    """(field, label) pairs the form for this kind of organisation asks for."""
    return [(name, labels[kind]) for name, labels in PROFILE_FIELDS if kind in labels]


def get_profile(session: Session) -> dict[str, Any]:
    row = session.get(CompanyProfile, 1)
    data: dict[str, Any] = (
        {name: getattr(row, name) for name in FIELD_NAMES}
        if row
        else dict.fromkeys(FIELD_NAMES, "")
    )
    for name in REGULATOR_FIELDS:
        data[name] = getattr(row, name) if row else ""
    data["org_kind"] = row.org_kind if row else OrgKind.ENTERPRISE
    data["management_department_id"] = row.management_department_id if row else None
    return data


def update_profile(uow: UnitOfWork, changes: dict[str, Any]) -> None:
    require(uow.actor, Permission.EDIT_COMPANY)
    row = uow.session.get(CompanyProfile, 1) or CompanyProfile(id=1)
    uow.session.add(row)
    allowed = set(FIELD_NAMES) | set(REGULATOR_FIELDS) | {"org_kind", "management_department_id"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "未知字段：{names}"), names=", ".join(sorted(unknown))
        )
    if "org_name" in changes and not str(changes["org_name"]).strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写企业名称"), field="org_name")
    for name, value in changes.items():
        limit = _MAX_LENGTH.get(name)
        if limit and value is not None and len(str(value)) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{field} 过长（最多 {n} 个字符）"), field=name, n=limit
            )
    if (
        changes.get("management_department_id") is not None
        and uow.session.get(Department, changes["management_department_id"]) is None
    ):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))
    before, after = {}, {}
    for name, value in changes.items():
        if name == "org_kind":
            value = OrgKind(value)
        elif name != "management_department_id":
            value = str(value or "").strip()
        if getattr(row, name) != value:
            before[name], after[name] = getattr(row, name), value
            setattr(row, name, value)
    if after:
        uow.record("company.update", "company_profile", 1, before=before, after=after)
        if "org_name" in after:
            _refresh_banner(uow, company=after["org_name"])


def _refresh_banner(uow: UnitOfWork, **values: str) -> None:
    """The login dialog reads the company name and notice from the key-slot file's banner."""
    keyfile = uow.vault.ensure_keyfile()
    keyfile.banner.update(values)
    keyfile.save()


# --- departments -------------------------------------------------------------------------------


def list_departments(session: Session) -> list[Department]:
    return list(
        session.scalars(select(Department).order_by(Department.sort_order, Department.name))
    )


def add_department(uow: UnitOfWork, name: str, note: str = "") -> int:
    require(uow.actor, Permission.EDIT_COMPANY)
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写部门名称"))
    if uow.session.scalar(select(Department.id).where(Department.name == name)) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "部门 {name} 已存在"), name=name)
    row = Department(name=name, note=note.strip())
    uow.session.add(row)
    uow.session.flush()
    uow.record("department.add", "department", row.id, after={"name": name})
    return row.id


def rename_department(uow: UnitOfWork, department_id: int, name: str) -> None:
    require(uow.actor, Permission.EDIT_COMPANY)
    row = uow.session.get(Department, department_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))
    name = name.strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写部门名称"))
    before, row.name = row.name, name
    uow.record(
        "department.rename", "department", row.id, before={"name": before}, after={"name": name}
    )


def set_department_key(uow: UnitOfWork, department_id: int, is_key: bool) -> None:
    """Mark a 重点部门 (004 第十条（四）) or take the mark off."""
    require(uow.actor, Permission.EDIT_COMPANY)
    row = uow.session.get(Department, department_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "部门不存在"))
    if row.is_key != bool(is_key):
        before, row.is_key = row.is_key, bool(is_key)
        uow.record(
            "department.key",
            "department",
            row.id,
            before={"is_key": before},
            after={"is_key": row.is_key},
        )


# --- designations (领导小组, 保密员) -------------------------------------------------------------


def list_designations(session: Session) -> list[Designation]:
    return list(session.scalars(select(Designation).order_by(Designation.kind, Designation.id)))


def add_designation(
    uow: UnitOfWork,
    kind: DesignationKind,
    name: str,
    post: str = "",
    department_id: int | None = None,
    phone: str = "",
    person_id: int | None = None,
) -> int:
    require(uow.actor, Permission.EDIT_COMPANY)
    if person_id is not None and uow.session.get(Person, person_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "人员不存在"))
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写姓名"))
    row = Designation(
        kind=DesignationKind(kind),
        name=name.strip(),
        post=post.strip(),
        department_id=department_id,
        phone=phone.strip(),
        person_id=person_id,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.record(
        "designation.add",
        "designation",
        row.id,
        after={"kind": row.kind.value, "name": row.name, "post": row.post},
    )
    return row.id


def link_designation(uow: UnitOfWork, designation_id: int, person_id: int | None) -> None:
    """Say which person of the directory holds a designation (or none), so the
    self-assessment sees who leads the group (004 第十条（一）)."""
    require(uow.actor, Permission.EDIT_COMPANY)
    row = uow.session.get(Designation, designation_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "记录不存在"))
    if person_id is not None and uow.session.get(Person, person_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "人员不存在"))
    if row.person_id != person_id:
        before, row.person_id = row.person_id, person_id
        uow.record(
            "designation.link",
            "designation",
            row.id,
            before={"person_id": before},
            after={"person_id": person_id, "name": row.name},
        )


def remove_designation(uow: UnitOfWork, designation_id: int) -> None:
    """A designation is a current appointment, not a record: removing it is audited."""
    require(uow.actor, Permission.EDIT_COMPANY)
    row = uow.session.get(Designation, designation_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "记录不存在"))
    uow.record(
        "designation.remove",
        "designation",
        row.id,
        before={"kind": row.kind.value, "name": row.name},
    )
    uow.session.delete(row)
