"""A demo database: a plausible Shaoxing manufacturer with data for every module that exists.

The company, its people in charge and its operators are made here; every capability that
declares `demo` then adds its own rows, in navigation order (tsdesk/capabilities).
"""

from __future__ import annotations

from pathlib import Path

from tsdesk import capabilities
from tsdesk.demo.context import Context
from tsdesk.models import DesignationKind, OrgKind, Role
from tsdesk.services import company, operators
from tsdesk.vault import Vault

DEMO_PASSWORD = "tsdesk-demo"  # documented in the README; a demo holds no real secret
COMPANY = "绍兴越丰纺织机械有限公司"

PROFILE = {
    "org_kind": OrgKind.ENTERPRISE,
    "legal_representative": "陈建国",
    "address": "浙江省绍兴市柯桥区齐贤街道工业园区兴业路 18 号",
    "postal_code": "312065",
    "headcount": "286",
    "org_type": "有限责任公司（民营）",
    "industry": "纺织专用设备制造",
    "annual_output": "2.6 亿元",
    "contact_person": "王丽娟",
    "contact_title": "总经办主任 / 专职保密员",
    "contact_phone": "0575-8412 3366",
    "protection_work_summary": (
        "公司于 2023 年成立商业秘密保护工作领导小组，由总经理任组长；总经办为商业秘密管理部门，"
        "配备专职保密员 1 名、各部门兼职保密员 6 名。已建立商业秘密清单与分级管理制度，"
        "全员签订保密协议，核心技术人员签订竞业限制协议；研发中心与图纸档案室划定为涉密区域，"
        "每年组织全员保密轮训不少于 1 次。"
    ),
}
DEPARTMENTS = [
    "总经办",
    "技术研发中心",
    "生产制造部",
    "质量管理部",
    "销售部",
    "采购部",
    "人力资源部",
    "财务部",
    "信息部",
]
LEADING_GROUP = [
    ("陈建国", "组长"),
    ("沈明华", "副组长"),
    ("王丽娟", "成员"),
    ("周晓东", "成员"),
    ("钱卫平", "成员"),
]
OPERATORS = [
    ("baomi", "王丽娟", Role.OFFICER),
    ("shenpi", "沈明华", Role.APPROVER),
    ("shenji", "钱卫平", Role.AUDITOR),
]


def create_demo(path: Path, password: str = DEMO_PASSWORD) -> str:
    """Create the demo database at `path`; returns its recovery key."""
    vault, admin, recovery_key = Vault.create(
        path,
        company=COMPANY,
        admin_name="admin",
        admin_password=password,
        admin_display_name="系统管理员",
    )
    try:
        with vault.unit_of_work(admin) as uow:
            ids = {name: company.add_department(uow, name) for name in DEPARTMENTS}
            company.update_profile(uow, {**PROFILE, "management_department_id": ids["总经办"]})
            for name, post in LEADING_GROUP:
                company.add_designation(uow, DesignationKind.LEADING_GROUP, name, post)
            company.add_designation(
                uow,
                DesignationKind.SECRECY_OFFICER,
                "王丽娟",
                "专职",
                ids["总经办"],
                "0575-8412 3366",
            )
            company.add_designation(
                uow, DesignationKind.SECRECY_OFFICER, "周晓东", "兼职", ids["技术研发中心"]
            )
        for name, display, role in OPERATORS:
            with vault.unit_of_work(admin) as uow:
                operators.add(uow, name, role, password, display)
        demo = Context(vault, admin, approver="shenpi", password=password)
        for capability in capabilities.declared():
            if capability.demo:
                capabilities.resolve(capability.demo)(demo)
    finally:
        vault.close()
    return recovery_key
