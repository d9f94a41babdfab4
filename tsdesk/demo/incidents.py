"""Demo leak-response cases (issue 15 §5): the lost dealer-rebate list handled and closed, an
active 较大 case against the engineer who left with a deadline already missed, and a closed
drill recorded as a training drill."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import (
    Carrier,
    CarrierStatus,
    IncidentCase,
    IncidentKind,
    IncidentLinkRole,
    IncidentSource,
    Person,
    Secret,
    StepStatus,
)
from tsdesk.services.incidents import cases, playbook

LEAVER = "YF012"  # 韩磊, who left through the exit procedure (demo/people.py)
DRILL_TEAM = ("YF001", "YF003", "YF005", "YF029", "YF033")


def _run_steps(uow, case_id: int, notes: dict[str, str], keep_open: tuple[str, ...] = ()) -> None:
    """Mandatory steps done with a note (the demo does not seal or revoke real records);
    optional ones skipped with a reason."""
    for step in playbook.steps_of(uow.session, case_id):
        if step.status != StepStatus.OPEN or step.title in keep_open:
            continue
        if step.mandatory:
            playbook.complete_step(uow, step.id, notes.get(step.title, "已按预案办理"))
        else:
            playbook.skip_step(uow, step.id, "本事件不涉及")


def _opened(uow, case_id: int, at: datetime) -> None:
    """Backdate the opening (stored UTC) to just after the discovery."""
    case = uow.session.get(IncidentCase, case_id)
    case.opened_at = (at + timedelta(minutes=40)).astimezone(UTC).replace(tzinfo=None)


def populate(demo: Context) -> None:
    now = datetime.now().replace(second=0, microsecond=0)
    with demo.vault.unit_of_work(demo.admin) as uow:
        s = uow.session
        staff = dict(s.execute(select(Person.number, Person.id)).all())

        # 1. The dealer-rebate list lost in Bangkok (demo/carriers.py): closed.
        lost = s.scalar(select(Carrier.id).where(Carrier.status == CarrierStatus.LOST))
        if lost is not None:
            inp = cases.prefill(s, IncidentSource.CARRIER_LOST, lost)
            inp.discovered_at = now - timedelta(days=9, hours=3)
            inp.discovered_by = "严俊"
            inp.facts = "出差曼谷途中公文包在酒店大堂遗失，内有经销商返利政策打印件一份。"
            case_id = cases.open_case(uow, inp)
            _opened(uow, case_id, inp.discovered_at)
            low = {k: (1, "影响有限") for k in cases.FACTOR_KEYS} | {
                "a": (3, "二级商密"),
                "b": (2, "遗失，未见披露迹象"),
            }
            cases.grade(uow, case_id, cases.GradingInput(low, 1), now=now - timedelta(days=9))
            _run_steps(
                uow,
                case_id,
                {
                    "向管理层报告": "当日电话报告总经理陈建国",
                    "调查泄密原因、范围和流向": "酒店监控显示被保洁误收，文件已寻回销毁",
                    "追究责任": "严俊书面检查，扣减当季绩效",
                },
            )
            cases.close_case(
                uow,
                case_id,
                "文件经酒店寻回后当面碎毁，未发现外泄；遗失系个人保管不善。",
                "出差携带涉密纸件须装入带锁文件袋并登记；海外出差前加做一次保密提醒。",
            )

        # 2. The engineer who left: drawings seen at a competitor's fair booth. Active, 较大,
        # the investigation overdue.
        drawings = s.scalar(select(Secret.id).where(Secret.subject.like("%整机设计图纸%")))
        leaver = staff.get(LEAVER)
        if drawings is not None and leaver is not None:
            discovered = now - timedelta(days=5, hours=2)
            case_id = cases.open_case(
                uow,
                cases.CaseInput(
                    "离职工程师涉嫌向竞争对手披露 GA798 整机图纸",
                    IncidentKind.BREACH_OF_DUTY,
                    discovered,
                    "孔令辉",
                    "上海纺机展上，竞争对手展位样机的引纬机构与 GA798 高度相似；"
                    "其技术人员中有本公司前机械设计工程师韩磊。",
                    links=[
                        cases.LinkInput("secret", drawings),
                        cases.LinkInput("person", leaver, IncidentLinkRole.SUSPECT),
                        cases.LinkInput("person", staff["YF021"], IncidentLinkRole.WITNESS),
                    ],
                ),
            )
            _opened(uow, case_id, discovered)
            scores = {
                "a": (4, "一级商密"),
                "b": (4, "疑已被竞争对手使用"),
                "c": (2, "引纬机构部分"),
                "d": (2, "尚未见订单流失"),
                "e": (2, "已离职，身份明确"),
            }
            cases.grade(uow, case_id, cases.GradingInput(scores, 2), now=now - timedelta(days=5))
            _run_steps(
                uow,
                case_id,
                {
                    "向管理层报告": "展会当晚报告总经理",
                    "成立应急工作小组": "组长沈明华，成员王丽娟、周晓东、谢芳、水建军",
                },
                keep_open=tuple(
                    st.title
                    for st in playbook.steps_of(s, case_id)
                    if st.title not in ("向管理层报告", "成立应急工作小组")
                ),
            )
            holds = next(st for st in playbook.steps_of(s, case_id) if st.action == "holds")
            playbook.run_action(uow, holds.id)
            cases.add_note(uow, case_id, "已调取韩磊离职前 90 天的 PDM 下载记录，待信息部分析。")

        # 3. A drill: the same playbook on a fictitious scenario, closed and recorded.
        team = tuple(staff[n] for n in DRILL_TEAM if n in staff)
        drill_id = cases.open_case(
            uow,
            cases.CaseInput(
                "演练：研发电脑感染木马，控制算法源码疑被窃取",
                IncidentKind.IMPROPER_MEANS,
                now - timedelta(hours=6),
                "水建军",
                "模拟场景：终端防护报警，研发中心一台电脑向境外地址持续外传数据。",
                is_drill=True,
            ),
        )
        drill_scores = {k: (4, "演练设定") for k in cases.FACTOR_KEYS}
        cases.grade(
            uow, drill_id, cases.GradingInput(drill_scores, 3), now=now - timedelta(hours=5)
        )
        _run_steps(uow, drill_id, {"向管理层报告": "13 分钟内报告到总经理（目标 30 分钟）"})
        cases.close_case(
            uow,
            drill_id,
            "各环节按预案完成；断网和证据固定用时 42 分钟，偏长。",
            "信息部编写断网与镜像操作卡；每半年演练一次。",
            team,
        )
