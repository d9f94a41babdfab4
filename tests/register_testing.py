"""A small company for the register, people and grading tests: an officer who proposes and
asks, two approvers, an auditor, departments, people, and a helper for a valid secret."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tsdesk.models import Category, Role, TermKind
from tsdesk.services import approvals, company, operators, people, register
from tsdesk.services.register import SecretInput
from tsdesk.vault import Actor, UnitOfWork, Vault

OFFICER, OFFICER_PASSWORD = "officer1", "officer-pass-1"
APPROVER, APPROVER_PASSWORD = "approver1", "approver-pass-1"
APPROVER2, APPROVER2_PASSWORD = "approver2", "approver-pass-2"
AUDITOR, AUDITOR_PASSWORD = "auditor1", "auditor-pass-1"


@dataclass
class Team:
    vault: Vault
    admin: Actor
    officer: Actor
    approver: Actor
    approver2: Actor
    auditor: Actor
    grades: dict[str, int]  # 一级商密 / 二级商密 / 三级商密 -> id
    departments: dict[str, int]
    people: dict[str, int]  # name -> person id


def build_team(vault: Vault, admin: Actor) -> Team:
    with vault.unit_of_work(admin) as uow:
        operators.add(uow, OFFICER, Role.OFFICER, OFFICER_PASSWORD, "王保密")
        operators.add(uow, APPROVER, Role.APPROVER, APPROVER_PASSWORD, "沈审批")
        operators.add(uow, APPROVER2, Role.APPROVER, APPROVER2_PASSWORD, "钱审批")
        operators.add(uow, AUDITOR, Role.AUDITOR, AUDITOR_PASSWORD, "赵审计")
        departments = {
            name: company.add_department(uow, name) for name in ("技术研发中心", "销售部", "财务部")
        }
        staff = {
            "张伟": people.add_person(
                uow, "E001", "张伟", departments["技术研发中心"], "工艺工程师"
            ),
            "李娜": people.add_person(uow, "E002", "李娜", departments["销售部"], "销售经理"),
            "陈静": people.add_person(uow, "E003", "陈静", departments["财务部"], "会计"),
        }
        grades = {g.name: g.id for g in register.grades(uow.session)}
    return Team(
        vault,
        admin,
        vault.verify_password(OFFICER, OFFICER_PASSWORD),
        vault.verify_password(APPROVER, APPROVER_PASSWORD),
        vault.verify_password(APPROVER2, APPROVER2_PASSWORD),
        vault.verify_password(AUDITOR, AUDITOR_PASSWORD),
        grades,
        departments,
        staff,
    )


def secret_input(team: Team, subject: str = "剑杆织机引纬机构设计图纸", **changes) -> SecretInput:
    """A secret that may be confirmed as it is."""
    values = {
        "subject": subject,
        "category": Category.DESIGN,
        "grade_id": team.grades["二级商密"],
        "term_kind": TermKind.UNTIL_DATE,
        "term_until": date(2035, 12, 31),
        "description": "GA798 型剑杆织机的引纬机构总装图与零件图",
        "points": ["剑头运动曲线的分段参数", "引纬凸轮的非对称廓线"],
        "department_id": team.departments["技术研发中心"],
        "owner_id": team.people["张伟"],
        "exclusions_confirmed": True,
        "not_public_basis": "仅存于 PDM 系统，未申请专利，未对外提供",
        "value_description": "缩短换型时间三成，同行无公开资料",
    }
    values.update(changes)
    return SecretInput(**values)


def propose(team: Team, inp: SecretInput | None = None, actor: Actor | None = None) -> int:
    with team.vault.unit_of_work(actor or team.officer) as uow:
        return register.propose(uow, inp or secret_input(team))


def approve(uow: UnitOfWork, name: str = APPROVER, password: str = APPROVER_PASSWORD) -> Actor:
    """The four-eyes step the UI runs inside the same transaction."""
    return approvals.second_operator(uow, name, password, "定密审批")


def confirmed(team: Team, inp: SecretInput | None = None) -> int:
    secret_id = propose(team, inp)
    with team.vault.unit_of_work(team.officer) as uow:
        register.confirm(uow, secret_id, approve(uow))
    return secret_id
