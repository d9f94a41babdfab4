"""The demo's people procedures (003 §8.2.3–8.2.4): hire dates and key posts for everyone, a
newcomer's joining checklist under way, a job change half settled, and 韩磊 (YF012), who left
about four months ago through a completed exit procedure that decided to sign a non-compete
(the agreements demo adds that agreement)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import (
    AgreementKind,
    AgreementStatus,
    Department,
    Person,
    PersonStatus,
)
from tsdesk.services import agreements, people, procedures
from tsdesk.services.agreements import AgreementInput

# Years of service by 工号 (the rest: 3 years); key posts (重点岗位 / 涉密人员, 003 §8.2.1).
SERVICE_YEARS = {"YF001": 16, "YF002": 14, "YF003": 9, "YF004": 12, "YF005": 11, "YF006": 8}
KEY_POSTS = {"YF001", "YF002", "YF003", "YF005", "YF006", "YF007", "YF012", "YF014", "YF033"}
NEWCOMER = "YF036"  # 云飞, 实习工程师: joined 20 days ago, checklist open
NEWCOMER_DAYS = 20
MOVER = "YF011"  # 蒋立新: 试验工程师 → 质量管理部 质量工程师, six days ago
LEAVER = "YF012"  # 韩磊
LEFT_DAYS = 120


def populate(demo: Context) -> None:
    today = date.today()
    with demo.vault.unit_of_work(demo.admin) as uow:
        s = uow.session
        staff = {p.number: p for p in s.scalars(select(Person).order_by(Person.number))}
        departments = {d.name: d.id for d in s.scalars(select(Department))}
        for number, person in staff.items():
            years = SERVICE_YEARS.get(number, 3)
            # Through the service, audited: `audit verify` replays every person's record.
            people.update_person(
                uow,
                person.id,
                number=person.number,
                name=person.name,
                department_id=person.department_id,
                post=person.post,
                phone=person.phone,
                hire_date=date(today.year - years, 3 + int(number[-1]) % 9, 1),
                key_post=number in KEY_POSTS,
            )

        # A newcomer's checklist: the NDA was due on the first day, training within N days.
        newcomer = staff[NEWCOMER]
        hire = today - timedelta(days=NEWCOMER_DAYS)
        procedures.start_join(
            uow,
            newcomer.id,
            hire,
            key_post=False,
            tasks=["授予“剑杆织机整机设计图纸”查阅权限（由研发中心主任审批）"],
            started_on=hire,
        )

        # A job change under way: the grants and the area reviewed one by one, not finished.
        mover = staff[MOVER]
        moved = procedures.start_transfer(
            uow,
            mover.id,
            to_department_id=departments.get("质量管理部"),
            to_post="质量工程师",
            effective_on=today - timedelta(days=6),
            note="试验组并入质量管理部",
            started_on=today - timedelta(days=6),
        )
        first_grant = next(i for i in procedures.get(s, moved).items if i.kind == "grant")
        procedures.settle_item(
            uow, first_grant.id, "kept", "质量部仍需对照试验数据", on=today - timedelta(days=5)
        )

        # 韩磊 left through the whole exit procedure (003 §8.2.4).
        leaver = staff[LEAVER]
        leave_on = today - timedelta(days=LEFT_DAYS)
        started = leave_on - timedelta(days=7)
        proc = procedures.start_exit(
            uow, leaver.id, leave_on, note="个人原因辞职", started_on=started
        )
        procedures.add_item(uow, proc, "device", "笔记本电脑 ThinkPad T14，资产号 IT-0412")
        procedures.add_item(uow, proc, "device", "加密 U 盘 KF-07")
        # The exit pledge he signed on his last day, through the agreements service (so it
        # is numbered and audited like any other; the agreements demo runs later).
        pledge = agreements.add_agreement(
            uow,
            AgreementInput(kind=AgreementKind.EXIT, person_id=leaver.id, effective_on=leave_on),
            leave_on,
        )
        agreements.set_status(uow, pledge, AgreementStatus.SIGNED, leave_on, today=today)
        outcomes = {
            "grant": "revoked",
            "area": "revoked",
            "carrier": "returned",
            "exit_pledge": "signed",
            "noncompete": "sign",
        }
        devices = iter(("returned", "wiped"))
        for item in procedures.get(s, proc).items:
            outcome = next(devices) if item.kind == "device" else outcomes[item.kind]
            procedures.settle_item(uow, item.id, outcome, on=leave_on)
        procedures.complete(uow, proc, on=leave_on)
        assert people.get_person(s, leaver.id).status == PersonStatus.LEFT
