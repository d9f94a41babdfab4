"""The company profile, its departments and the designations 004 第十条 requires."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, enum_column


class OrgKind(enum.StrEnum):
    ENTERPRISE = "enterprise"  # 示范点 — 004 附表3
    ASSOCIATION = "association"  # 示范指导站 — 004 附表2
    PARK = "park"  # 示范区 — 004 附表1


class CompanyProfile(Base):
    """One row. Field names are the keys the base application forms (004 附表1–3) use."""

    __tablename__ = "company_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    org_kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind), default=OrgKind.ENTERPRISE)
    org_name: Mapped[str] = mapped_column(String(200), default="")  # 企业/组织/园区名称
    legal_representative: Mapped[str] = mapped_column(String(64), default="")  # 法定代表人/负责人
    address: Mapped[str] = mapped_column(String(300), default="")  # 经营/注册/联系地址
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    headcount: Mapped[str] = mapped_column(String(32), default="")  # 员工/会员/入园企业数量
    org_type: Mapped[str] = mapped_column(String(64), default="")  # 企业/组织/园区类型
    industry: Mapped[str] = mapped_column(String(64), default="")  # 所属行业
    annual_output: Mapped[str] = mapped_column(String(64), default="")  # 年产值/行业年产值/园区产值
    provincial_bases_built: Mapped[str] = mapped_column(String(16), default="")  # 附表1–2
    municipal_bases_built: Mapped[str] = mapped_column(String(16), default="")  # 附表1–2
    contact_person: Mapped[str] = mapped_column(String(64), default="")
    contact_title: Mapped[str] = mapped_column(String(64), default="")  # 职务/职称
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    protection_work_summary: Mapped[str] = mapped_column(Text, default="")  # 工作开展情况
    # 004 第十条（一）: 商业秘密保护部门
    management_department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id"), nullable=True
    )
    # The district's market regulator, for the administrative complaint (003 §11.3, 000 §7.5.2).
    regulator_name: Mapped[str] = mapped_column(String(200), default="")
    regulator_contact: Mapped[str] = mapped_column(Text, default="")  # address, phone, window


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_key: Mapped[bool] = mapped_column(Boolean, default=False)  # 重点部门 — 004 第十条（四）


class DesignationKind(enum.StrEnum):
    LEADING_GROUP = "leading_group"  # 领导小组成员 — 004 第十条（一）
    SECRECY_OFFICER = "secrecy_officer"  # 保密员（专/兼职，不少于 1 名）— 004 第十条（一）


class Designation(Base):
    __tablename__ = "designation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DesignationKind] = mapped_column(enum_column(DesignationKind))
    name: Mapped[str] = mapped_column(String(64))
    post: Mapped[str] = mapped_column(String(64), default="")  # 组长/副组长/成员, or 专职/兼职
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), nullable=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    # The person behind the name, so the assessment can see who holds a post (004 第十条（一）).
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
