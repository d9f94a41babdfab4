"""The demo's training, drill and inspection: an all-staff session and a key-post session in
the past year, each with its signed sign-in sheet kept as a scan; a few people left out so
the yearly-training reminder shows; a leak-response drill; a quarterly inspection with one
corrective action closed on evidence and one overdue."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import Person, PersonStatus, TrainingAudience
from tsdesk.services import attachments, training
from tsdesk.services.training import DrillInput, InspectionInput, SessionInput

UNTRAINED = ("YF027", "YF028", "YF037", "YF038")  # missed the all-staff session
KEY_POSTS = ("YF003", "YF005", "YF006", "YF007", "YF008", "YF012", "YF014", "YF016", "YF034")
DRILL = ("YF003", "YF005", "YF007", "YF009", "YF033", "YF034")
SCORES = {"YF005": 96, "YF006": 92, "YF007": 88, "YF008": 90, "YF012": 85, "YF034": 94}


def populate(demo: Context) -> None:
    today = date.today()
    with demo.vault.unit_of_work(demo.admin) as uow:
        active = dict(
            uow.session.execute(
                select(Person.number, Person.id).where(Person.status == PersonStatus.ACTIVE)
            ).all()
        )

        def ids(numbers) -> tuple[int, ...]:
            return tuple(active[n] for n in numbers if n in active)

        everyone = ids(n for n in sorted(active) if n not in UNTRAINED)
        sessions = [
            training.add_session(
                uow,
                SessionInput(
                    "商业秘密保护制度宣讲与典型泄密案例",
                    TrainingAudience.ALL,
                    today - timedelta(days=200),
                    "王丽娟",
                    "年度全员保密轮训",
                    everyone,
                ),
            ),
            training.add_session(
                uow,
                SessionInput(
                    "涉密图纸与电子文档的保管、传递和销毁",
                    TrainingAudience.KEY,
                    today - timedelta(days=45),
                    "周晓东",
                    "重点岗位专项培训，课后闭卷测试",
                    ids(KEY_POSTS),
                ),
            ),
        ]
        training.record_scores(
            uow, sessions[1], {active[n]: s for n, s in SCORES.items() if n in active}
        )
        # The printed sheet, signed and scanned, kept with each session (the rendered PDF
        # stands in for the scan).
        for n, session_id in enumerate(sessions, start=1):
            scan = training.signin_sheet_pdf(uow, session_id)
            attachments.add(uow, training.OWNER_KIND, session_id, f"签到表扫描件-{n}.pdf", scan)

        training.add_drill(
            uow,
            DrillInput(
                "研发工程师通过个人网盘向外发送 GA798 引纬机构图纸（模拟）",
                today - timedelta(days=30),
                "09:00 信息部监测到大文件外发告警\n09:12 保密员核实并通知研发中心负责人\n"
                "09:25 冻结账号、断开外网\n10:10 评估泄露范围，形成初步报告\n"
                "11:00 领导小组听取汇报，决定启动应急预案（演练结束）",
                "告警到保密员的通知用时偏长；外发日志保存期不足 90 天。",
                ids(DRILL),
            ),
        )

        inspection = training.plan_inspection(
            uow,
            InspectionInput(
                "第三季度商业秘密保密检查",
                today - timedelta(days=40),
                "王丽娟",
                "研发中心图纸档案室；样机试验间",
                "一级、二级商密纸质图纸；研发部移动存储介质",
                "技术研发中心全体人员",
                "涉密区域管理制度；涉密载体管理制度；知悉人员管理制度",
            ),
        )
        training.record_result(
            uow,
            inspection,
            "1. 档案室 6 月份进出登记有 3 天缺漏。\n2. 样机试验间门锁为普通机械锁。",
            "基本符合要求，存在 2 项问题，限期整改。",
            today - timedelta(days=38),
        )
        closed = training.add_action(
            uow,
            inspection,
            "补齐档案室进出登记，值班人员签字确认",
            today - timedelta(days=20),
            active.get("YF006"),
            "" if "YF006" in active else "孙志刚",
        )
        training.close_action(
            uow, closed, "已补录并由档案管理员签字，今后每日下班前核对", today - timedelta(days=25)
        )
        training.add_action(
            uow,
            inspection,
            "样机试验间更换为指纹门禁锁",
            today - timedelta(days=5),
            active.get("YF016"),
            "" if "YF016" in active else "许国庆",
        )
