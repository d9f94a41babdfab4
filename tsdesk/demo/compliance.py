"""The demo's base application groundwork: the enterprise's rules adopted with their texts,
this year's programme (some items done by their records or by hand, one overdue), a stock-take
of one area, a signed
no-infringement declaration, the leading group and secrecy officers linked to people, key
departments, the hand-answered items, and the application planned for this year.

Exactly two gaps are left for a new user to see the assessment work: the information
department is a key department without a 保密员, and four people missed this year's all-staff
training (the training demo leaves them out for its own reminder)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import (
    Area,
    Department,
    Designation,
    Person,
    ProgrammeKind,
    RuleKind,
)
from tsdesk.services import attachments, company, settings, stocktake
from tsdesk.services.compliance import assessment, declarations, programme, rules
from tsdesk.services.compliance.rules import RuleInput

KEY_DEPARTMENTS = ("总经办", "技术研发中心", "信息部")  # 信息部 has no 保密员: a gap

RULES = [
    (RuleKind.MANAGEMENT, "商业秘密保护管理制度", "越丰〔2023〕12号", date(2023, 3, 15)),
    (
        RuleKind.DUTIES,
        "商业秘密保护工作领导小组及保密员职责",
        "越丰〔2023〕13号",
        date(2023, 3, 15),
    ),
    (RuleKind.GRADING, "商业秘密分级管理办法", "越丰〔2023〕14号", date(2023, 4, 10)),
    (RuleKind.EMERGENCY, "泄密事件应急处置预案", "越丰〔2023〕21号", date(2023, 6, 1)),
    (RuleKind.REWARD_PENALTY, "商业秘密保护奖惩办法", "越丰〔2024〕5号", date(2024, 1, 8)),
    (RuleKind.CARRIERS, "涉密载体与涉密区域管理规定", "越丰〔2023〕15号", date(2023, 4, 10)),
    (
        RuleKind.PEOPLE,
        "涉密人员入职、调岗和离职保密管理规定",
        "越丰〔2023〕16号",
        date(2023, 4, 10),
    ),
]

ANSWERS = {
    "10.2.office": ("总经办设保密工作办公室（行政楼 302），配保密柜 2 个、碎纸机 1 台",
                    "办公室照片及固定资产台账"),
    "10.2.funds": ("年度保密工作经费 18 万元", "年度预算批复文件"),
    "10.5.outreach": ("为上下游 6 家配套企业开展保密培训 2 场", "培训通知、签到表及照片"),
}  # fmt: skip


def _in_year(day: date, year: int) -> date:
    return min(max(day, date(year, 1, 1)), date(year, 12, 31))


def populate(demo: Context) -> None:
    today = date.today()
    year = today.year
    with demo.vault.unit_of_work(demo.admin) as uow:
        s = uow.session
        people = dict(s.execute(select(Person.name, Person.id)).all())
        for d in s.scalars(select(Designation)):
            if d.name in people:
                company.link_designation(uow, d.id, people[d.name])
        for dept_id, name in s.execute(select(Department.id, Department.name)).all():
            if name in KEY_DEPARTMENTS:
                company.set_department_key(uow, dept_id, True)

        for kind, title, number, adopted in RULES:
            rule_id = rules.add_rule(
                uow, RuleInput(kind, title, adopted, number, approved_by="陈建国")
            )
            text = f"{title}\n{number}\n\n（正文略：演示数据）\n"
            attachments.add(uow, rules.OWNER_KIND, rule_id, f"{title}.txt", text.encode())
        grading = s.scalar(
            select(rules.RuleDocument.id).where(rules.RuleDocument.kind == RuleKind.GRADING)
        )
        assert grading is not None  # added just above
        rules.revise_rule(uow, grading, date(2025, 2, 20))

        def item(kind: ProgrammeKind, title: str, due: date) -> int:
            return programme.add_item(uow, year, kind, title, _in_year(due, year))

        item(ProgrammeKind.TRAINING, "年度全员商业秘密保护轮训", today - timedelta(days=190))
        item(ProgrammeKind.TRAINING, "重点岗位人员专项培训", today - timedelta(days=40))
        item(ProgrammeKind.DRILL, "泄密应急处置演练", today - timedelta(days=20))
        publicity = item(
            ProgrammeKind.PUBLICITY, "“保密宣传月”海报与内刊专栏", today - timedelta(days=120)
        )
        item(ProgrammeKind.EXCHANGE, "赴省级示范点企业考察学习", today - timedelta(days=12))
        item(ProgrammeKind.REGISTER_REVIEW, "商业秘密清单年度复核", today + timedelta(days=20))
        programme.apply_matches(uow, year, today)
        programme.mark_done(
            uow, publicity, _in_year(today - timedelta(days=110), year), "内刊第 3 期专栏"
        )

        # This year's stock-take of the general office's confidential room: all present.
        room = s.scalar(select(Area.id).where(Area.name == "总经办机要室"))
        if room is not None:
            taken = stocktake.start(uow, room)
            found = [c.number for c in stocktake.expected(s, taken)]
            stocktake.finish(uow, taken, found, "年度盘点，账实相符")

        declarations.add_declaration(
            uow,
            today - timedelta(days=30),
            "陈建国",
            declarations.NO_INFRINGEMENT_TEXT,
            "法定代表人、总经理",
        )
        for key, (value, note) in ANSWERS.items():
            assessment.answer(uow, key, True, value, note, year=year)
        # The next deadline (004 第十一条（二）: 30 September): this year's, or next year's once
        # it has passed.
        planned = year if today <= date(year, 9, 30) else year + 1
        settings.set_value(uow, "base_application_year", planned)
