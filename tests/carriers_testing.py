"""A small company for the carrier, area and stock-take tests: people, secrets of a grade that
needs an approver for movements (一级) and one that does not (三级), an approver, two areas."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from tsdesk.models import AreaKind, CarrierKind, Category, Grade, Role, TermKind
from tsdesk.services import areas, carriers, company, operators, people, register
from tsdesk.vault import Actor, Vault

APPROVER = "approver1"
APPROVER_PASSWORD = "approver-pass-1"


@dataclass
class World:
    vault: Vault
    admin: Actor
    approver: Actor
    grade1: int  # movement_needs_approval
    grade3: int  # no approval needed
    top_secret: int  # 一级, long term
    low_secret: int  # 三级, until a date
    alice: int  # people
    bob: int
    archive: int  # areas
    lab: int

    def uow(self):
        return self.vault.unit_of_work(self.admin)

    def read(self):
        return self.vault.reader()

    def carrier(
        self,
        title: str = "图纸",
        secrets: list[int] | None = None,
        kind: CarrierKind = CarrierKind.PAPER,
        area: int | None = None,
        location: str = "",
    ) -> int:
        with self.uow() as uow:
            return carriers.register_carrier(
                uow,
                carriers.CarrierInput(
                    kind=kind,
                    title=title,
                    secret_ids=secrets or [self.low_secret],
                    custodian_id=self.alice,
                    area_id=area,
                    location=location,
                ),
            )


def build_world(opened) -> World:
    vault, admin = opened.vault, opened.admin
    with vault.unit_of_work(admin) as uow:
        operators.add(uow, APPROVER, Role.APPROVER, APPROVER_PASSWORD)
        rd = company.add_department(uow, "技术研发中心")
        alice = people.add_person(uow, "E001", "张伟", rd, "工程师")
        bob = people.add_person(uow, "E002", "李娜", rd, "档案管理员")
        grades = {g.name: g.id for g in uow.session.scalars(select(Grade))}
        top = register.propose(
            uow,
            register.SecretInput(
                subject="织机主轴热处理工艺",
                category=Category.DESIGN,
                grade_id=grades["一级商密"],
                term_kind=TermKind.LONG_TERM,
                department_id=rd,
            ),
        )
        from datetime import date

        low = register.propose(
            uow,
            register.SecretInput(
                subject="2026 年度供应商报价汇总",
                category=Category.PARTNERS,
                grade_id=grades["三级商密"],
                term_kind=TermKind.UNTIL_DATE,
                term_until=date(2030, 12, 31),
                department_id=rd,
            ),
        )
        archive = areas.add_area(
            uow,
            areas.AreaInput(
                name="研发中心图纸档案室", kind=AreaKind.ARCHIVE, grade_id=grades["一级商密"]
            ),
        )
        lab = areas.add_area(
            uow, areas.AreaInput(name="样品间", kind=AreaKind.SAMPLES, grade_id=grades["二级商密"])
        )
    return World(
        vault=vault,
        admin=admin,
        approver=vault.verify_password(APPROVER, APPROVER_PASSWORD),
        grade1=grades["一级商密"],
        grade3=grades["三级商密"],
        top_secret=top,
        low_secret=low,
        alice=alice,
        bob=bob,
        archive=archive,
        lab=lab,
    )
