"""The demo database's carriers and secret areas: drawings, disks, samples and servers of a
Shaoxing loom maker, kept in six areas, with movements (one overdue), a copy, seals (one
check overdue), a lost and a destroyed carrier, and who may enter each area."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import AreaKind, CarrierKind, Department, Grade, MovementKind, Person, Secret
from tsdesk.models import SealReason as R
from tsdesk.services import approvals, areas, carriers
from tsdesk.services.areas import AreaInput, Measure
from tsdesk.services.carriers import CarrierInput, MovementInput, SealInput

P, S, Y, M, X = (
    CarrierKind.PAPER,
    CarrierKind.STORAGE,
    CarrierKind.SYSTEM,
    CarrierKind.SAMPLE,
    CarrierKind.MATERIAL,
)


@dataclass(frozen=True)
class DemoArea:
    key: str
    name: str
    kind: AreaKind
    grade: str
    location: str
    department: str
    responsible: str  # 工号
    done: str  # measures (003 §9.1.1.2) in place, e.g. "abcd"
    notes: dict[str, str]
    people: tuple[str, ...]  # 工号 with a standing grant


AREAS = [
    DemoArea(
        "archive",
        "研发中心图纸档案室",
        AreaKind.ARCHIVE,
        "一级商密",
        "研发楼 2 楼 203 室",
        "技术研发中心",
        "YF006",
        "abcd",
        {
            "b": "指纹门禁，进出登记",
            "c": "门口及室内各 1 路监控，录像保存 90 天",
            "e": "室内无网络接口",
        },
        ("YF005", "YF006", "YF008", "YF012", "YF016"),
    ),
    DemoArea(
        "lab",
        "研发中心样品间",
        AreaKind.SAMPLES,
        "二级商密",
        "研发楼 1 楼 108 室",
        "技术研发中心",
        "YF011",
        "abd",
        {"c": "监控已报修，预计 2026 年 12 月恢复", "d": "手机统一存放于门外储物柜"},
        ("YF005", "YF011", "YF006"),
    ),
    DemoArea(
        "servers",
        "服务器机房",
        AreaKind.RND,
        "一级商密",
        "行政楼 3 楼 301 室",
        "信息部",
        "YF033",
        "abcdef",
        {"e": "涉密服务器位于独立 VLAN，与办公网物理隔离", "f": "远程运维经堡垒机 + 双因素认证"},
        ("YF033", "YF034"),
    ),
    DemoArea(
        "office",
        "总经办机要室",
        AreaKind.ARCHIVE,
        "一级商密",
        "行政楼 5 楼 502 室",
        "总经办",
        "YF003",
        "abcd",
        {"b": "双人双锁保险柜"},
        ("YF001", "YF002", "YF003"),
    ),
    DemoArea(
        "finance",
        "财务档案室",
        AreaKind.ARCHIVE,
        "二级商密",
        "行政楼 2 楼 206 室",
        "财务部",
        "YF032",
        "ab",
        {"c": "计划随行政楼安防改造加装监控"},
        ("YF004", "YF031", "YF032"),
    ),
    DemoArea(
        "craft",
        "工艺科档案室与涉密物料区",
        AreaKind.MATERIALS,
        "二级商密",
        "生产楼 1 楼东侧",
        "生产制造部",
        "YF014",
        "abd",
        {"d": "车间手机禁带区"},
        ("YF013", "YF014", "YF015", "YF018"),
    ),
]

# The demo register's secrets (demo/register.py) that the carriers record, by subject.
SECRETS: dict[str, str] = {
    "loom": "GA798 型剑杆织机整机设计图纸",
    "rapier_algo": "剑杆头高速引纬交接控制算法",
    "dobby_code": "电子多臂开口装置控制程序源代码",
    "servo": "织机主轴伺服驱动参数表",
    "dyeing": "活性染料冷轧堆染色工艺参数",
    "setting": "涤棉混纺织物高温定型工艺窗口",
    "reed": "喷气织机异形筘设计方案（在研）",
    "dryer": "新型节能烘燥机热风循环结构",
    "warping": "整经机张力闭环控制试验记录",
    "heat": "关键零部件热处理工艺卡",
    "clients": "华东地区重点客户名单及交易习惯",
    "dealers": "东南亚经销商合作条款与返利政策",
    "pricing": "2027 年度产品报价策略与底价",
    "tender": "大客户定制机型投标文件（柯桥纺织园项目）",
    "suppliers": "核心供应商名单与采购价格",
    "servo_alt": "进口伺服电机替代供应商评估报告",
    "budget": "2026 年度财务预算与成本核算明细",
    "unit_cost": "剑杆织机单台制造成本构成",
    "equity": "股权激励方案（草案）",
    "salary": "研发人员薪酬体系与绩效方案",
    "noncompete": "核心技术人员花名册与竞业限制名单",
    "plan": "公司三年发展规划（2026–2028）",
    "claims": "质量异常处理与索赔案例库",
    "capacity": "生产排程与产能数据",
    "erp": "ERP 系统数据库结构与接口文档",
    "vision": "织物疵点视觉检测模型训练数据",
    "wastewater": "染整废水回用膜处理工艺",
    "survey": "客户满意度调查原始数据",
    "expo": "海外展会参展策略",
}

# (key, kind, title, secret keys, custodian 工号, area, location, device detail)
# fmt: off
CARRIERS: list[tuple[str, CarrierKind, str, tuple[str, ...], str, str, str, str]] = [
    ("ga798_main", P, "GA798 整机总装图（A0，共 12 张）", ("loom",), "YF006", "archive", "A-03 柜第 1 层", ""),
    ("ga798_weft", P, "GA798 引纬机构部件图", ("loom",), "YF006", "archive", "A-03 柜第 2 层", ""),
    ("ga798_cam", P, "GA798 打纬共轭凸轮零件图", ("loom",), "YF006", "archive", "A-03 柜第 2 层", ""),
    ("ga798_base", P, "GA798 减振底座装配图", ("loom",), "YF008", "archive", "A-03 柜第 3 层", ""),
    ("ga798_bom", P, "GA798 物料清单（受控版）", ("loom", "suppliers"), "YF006", "archive", "A-04 柜", ""),
    ("ga798_cad", S, "GA798 图纸归档光盘（2025 改进版）", ("loom",), "YF006", "archive", "保密柜 B-01", "DVD-R 4.7 GB ×2"),
    ("rapier_disk", S, "加密移动硬盘 YD-07（引纬算法）", ("rapier_algo",), "YF007", "archive", "保密柜 B-01", "希捷 2 TB，BitLocker 加密，SN NA8Q2K7M"),
    ("rapier_cd", S, "剑杆引纬算法源码备份光盘（2025-12）", ("rapier_algo",), "YF007", "archive", "保密柜 B-02", "BD-R 25 GB"),
    ("dobby_usb", S, "电子多臂控制程序发布 U 盘 V3.2", ("dobby_code",), "YF009", "archive", "保密柜 B-02", "金士顿加密 U 盘 32 GB"),
    ("dobby_print", P, "电子多臂控制程序接口说明（打印版）", ("dobby_code",), "YF007", "archive", "A-05 柜", ""),
    ("servo_sheet", P, "织机主轴伺服驱动参数表（签批版）", ("servo",), "YF035", "archive", "A-05 柜", ""),
    ("servo_usb", S, "伺服参数调试 U 盘", ("servo",), "YF035", "lab", "调试台抽屉", "爱国者 U 盘 16 GB"),
    ("rd_laptop", S, "研发笔记本电脑 NB-R07", ("loom", "servo"), "YF008", "archive", "", "ThinkPad P16，SSD 1 TB，资产号 IT-2024-117"),
    ("old_print", P, "GA798 总装晒图（2023 版，已换版）", ("loom",), "YF006", "archive", "C-11 柜", ""),
    ("old_manual", P, "GA798 设计说明书（2023 版）", ("loom",), "YF006", "archive", "C-11 柜", ""),
    ("rapier_head", M, "GA798 剑头样件（新齿形，3 件）", ("loom",), "YF011", "lab", "样品柜 S-01", ""),
    ("reed_sample", M, "喷气织机异形筘样品（在研）", ("reed",), "YF006", "lab", "样品柜 S-02", ""),
    ("dryer_sample", M, "烘燥机热风导流板样件", ("dryer",), "YF008", "lab", "样品架 R-1", ""),
    ("dryer_log", P, "烘燥机试验记录本 SY-2026-04", ("dryer",), "YF011", "lab", "样品柜 S-03", ""),
    ("warping_log", P, "整经机张力试验记录本 SY-2025-11", ("warping",), "YF011", "lab", "样品柜 S-03", ""),
    ("shaft_sample", M, "主轴热处理金相试样（5 件）", ("heat",), "YF018", "lab", "样品柜 S-04", ""),
    ("vision_gpu", Y, "疵点检测 GPU 服务器 GPU-01", ("vision",), "YF010", "servers", "机柜 R2-U10", "浪潮 NF5468M6，8×A800，存储 60 TB"),
    ("vision_disk", S, "疵点训练数据备份硬盘 HD-21", ("vision",), "YF010", "servers", "介质柜 M-1", "西部数据 8 TB"),
    ("erp_db", Y, "ERP 数据库服务器 DB01", ("erp", "budget", "suppliers"), "YF034", "servers", "机柜 R1-U20", "华为 2288H V6，RAID10 4×1.92 TB"),
    ("erp_tape1", S, "ERP 备份磁带 BK-2026-01", ("erp",), "YF034", "servers", "磁带柜 T-1", "LTO-8 12 TB"),
    ("erp_tape2", S, "ERP 备份磁带 BK-2026-02", ("erp",), "YF034", "servers", "磁带柜 T-1", "LTO-8 12 TB"),
    ("erp_tape3", S, "ERP 备份磁带 BK-2026-03", ("erp",), "YF034", "servers", "磁带柜 T-1", "LTO-8 12 TB"),
    ("erp_doc", P, "ERP 数据库结构与接口文档（打印版）", ("erp",), "YF033", "servers", "资料柜", ""),
    ("mes_server", Y, "MES 工艺库服务器 MES01", ("dyeing", "setting", "heat"), "YF034", "servers", "机柜 R1-U24", "戴尔 R750，2×960 GB SSD"),
    ("plan_board", P, "公司三年发展规划（董事会审议稿）", ("plan",), "YF003", "office", "保险柜 1 号", ""),
    ("plan_ppt", S, "发展规划汇报材料 U 盘", ("plan",), "YF002", "office", "保险柜 1 号", "加密 U 盘 64 GB"),
    ("pricing_sheet", P, "2027 年度产品报价底价表", ("pricing",), "YF021", "office", "保险柜 2 号", ""),
    ("equity_draft", P, "股权激励方案（草案，第 3 稿）", ("equity",), "YF001", "office", "保险柜 2 号", ""),
    ("unit_cost_book", P, "GA798 单台制造成本核算底稿", ("unit_cost",), "YF031", "finance", "档案柜 F-02", ""),
    ("unit_cost_usb", S, "成本核算数据 U 盘 CW-02", ("unit_cost",), "YF031", "finance", "保险柜", "加密 U 盘 32 GB"),
    ("budget_book", P, "2026 年度财务预算书（纸质）", ("budget",), "YF032", "finance", "档案柜 F-01", ""),
    ("budget_detail", P, "2026 年度成本费用明细账", ("budget",), "YF032", "finance", "档案柜 F-01", ""),
    ("dyeing_card", P, "活性染料冷轧堆染色工艺参数卡", ("dyeing",), "YF014", "craft", "档案柜 2 号", ""),
    ("dyeing_sample", X, "冷轧堆染料配方小样（6 组）", ("dyeing",), "YF015", "craft", "物料架 W-2", ""),
    ("setting_report", P, "高温定型工艺窗口试验报告", ("setting",), "YF014", "craft", "档案柜 2 号", ""),
    ("heat_card", P, "关键零部件热处理工艺卡（齿轮类）", ("heat",), "YF018", "craft", "工艺卡柜", ""),
    ("heat_card2", P, "关键零部件热处理工艺卡（轴类）", ("heat",), "YF018", "craft", "工艺卡柜", ""),
    ("damping", X, "专用减振阻尼材料（批次 2026-03）", ("loom",), "YF013", "craft", "涉密物料区 W-5", ""),
    ("wastewater_book", P, "染整废水回用膜处理运行台账", ("wastewater",), "YF014", "craft", "环保台账柜", ""),
    ("capacity_plan", P, "2026 年第四季度生产排程表", ("capacity",), "YF017", "craft", "调度室文件柜", ""),
    ("clients_list", P, "华东地区重点客户名单（打印版）", ("clients",), "YF022", "", "销售部档案柜（带锁）", ""),
    ("clients_visits", P, "华东客户拜访记录本（2026）", ("clients",), "YF022", "", "销售部档案柜（带锁）", ""),
    ("dealers_contract", P, "东南亚经销商合作协议原件", ("dealers",), "YF023", "", "销售部档案柜（带锁）", ""),
    ("dealers_rebate", P, "东南亚经销商返利政策（打印件）", ("dealers",), "YF023", "", "销售部档案柜（带锁）", ""),
    ("tender_file", P, "柯桥纺织园项目投标文件（正本）", ("tender",), "YF037", "", "投标专柜", ""),
    ("tender_usb", S, "投标文件电子版 U 盘", ("tender",), "YF037", "", "投标专柜", "加密 U 盘 16 GB"),
    ("suppliers_list", P, "核心供应商名单与采购价格清单", ("suppliers",), "YF026", "", "采购部档案柜", ""),
    ("servo_alt_report", P, "进口伺服电机替代供应商评估报告", ("servo_alt",), "YF027", "", "采购部档案柜", ""),
    ("salary_book", P, "研发人员薪酬体系与绩效方案", ("salary",), "YF029", "", "人力资源部档案柜", ""),
    ("noncompete_list", P, "核心技术人员竞业限制名单", ("noncompete",), "YF029", "", "人力资源部档案柜", ""),
    ("claims_book", P, "质量异常处理与索赔案例汇编（2025 版）", ("claims",), "YF019", "", "质量部资料柜", ""),
    ("survey_data", S, "客户满意度调查原始数据光盘", ("survey",), "YF024", "", "销售部档案柜（带锁）", "DVD-R"),
    ("expo_plan", P, "海外展会参展策略（2027）", ("expo",), "YF023", "", "销售部档案柜（带锁）", ""),
]
# fmt: on


def _measures(area: DemoArea) -> dict[str, Measure]:
    return {key: Measure(key in area.done, area.notes.get(key, "")) for key in areas.MEASURES}


def populate(demo: Context) -> None:
    """Fill the demo's areas and carriers; `approver_name` approves the movements that the
    grade rule (003 §8.3.1) puts before an approver."""
    vault, admin_actor = demo.vault, demo.admin
    approver_name, approver_password = demo.approver, demo.password
    today = date.today()
    with vault.unit_of_work(admin_actor) as uow:
        s = uow.session
        person = {p.number: p.id for p in s.scalars(select(Person))}
        department = {d.name: d.id for d in s.scalars(select(Department))}
        grade = {g.name: g.id for g in s.scalars(select(Grade))}
        by_subject = {x.subject: x.id for x in s.scalars(select(Secret))}
        secret_of = {key: by_subject[subject] for key, subject in SECRETS.items()}
        area_ids: dict[str, int] = {}
        for a in AREAS:
            area_ids[a.key] = areas.add_area(
                uow,
                AreaInput(
                    name=a.name,
                    kind=a.kind,
                    grade_id=grade[a.grade],
                    location=a.location,
                    department_id=department.get(a.department),
                    responsible_id=person[a.responsible],
                    measures=_measures(a),
                ),
            )
            for number in a.people:
                areas.grant_access(
                    uow, area_ids[a.key], person[number], today - timedelta(days=365)
                )
        # Temporary grants: an intern's has run out, a tester's runs two more weeks.
        areas.grant_access(
            uow,
            area_ids["archive"],
            person["YF036"],
            today - timedelta(days=120),
            today - timedelta(days=30),
        )
        areas.grant_access(
            uow,
            area_ids["lab"],
            person["YF010"],
            today - timedelta(days=7),
            today + timedelta(days=14),
        )
        ids: dict[str, int] = {}
        for key, kind, title, secret_keys, custodian, area, location, device in CARRIERS:
            ids[key] = carriers.register_carrier(
                uow,
                CarrierInput(
                    kind=kind,
                    title=title,
                    secret_ids=[secret_of[k] for k in secret_keys],
                    custodian_id=person[custodian],
                    area_id=area_ids[area] if area else None,
                    location=location,
                    device_detail=device,
                ),
            )

    def move(uow, key, kind, who, days_ago, due_in=None, approver=None, **kw) -> carriers.Moved:
        return carriers.record_movement(
            uow,
            ids[key],
            MovementInput(
                kind=kind,
                person_id=person[who] if who else None,
                started_on=today - timedelta(days=days_ago),
                due_on=today + timedelta(days=due_in) if due_in is not None else None,
                **kw,
            ),
            approver,
        )

    # One approval session for the demo's movements (one password check).
    with vault.unit_of_work(admin_actor) as uow:
        approver = approvals.second_operator(
            uow, approver_name, approver_password, "演示数据：载体借阅、复制、送修审批"
        )
        # 003 §8.3.1: borrowed for assembly, still out, due in five days.
        move(uow, "ga798_main", MovementKind.BORROW, "YF016", 3, 5, approver,
             purpose="GA798 改进型样机总装", content="总装图第 1–6 张", device="")  # fmt: skip
        # Overdue: the visit book went on a sales trip and has not come back.
        move(uow, "clients_visits", MovementKind.BORROW, "YF025", 21, -6, approver,
             purpose="宁波、台州客户回访", content="宁波、台州客户页")  # fmt: skip
        # Consulted and returned the same day.
        move(uow, "dyeing_card", MovementKind.CONSULT, "YF020", 12, -12, approver,
             purpose="色差质量攻关", content="冷轧堆工艺第 3 节")  # fmt: skip
        move(uow, "dyeing_card", MovementKind.RETURN, "YF020", 12)
        # A copy for the outside machinist, registered at once as …-C02 (003 §9.1.2.1).
        copied = move(uow, "ga798_weft", MovementKind.COPY, "YF016", 30, None, approver,
                      purpose="外协加工剑头座", content="剑头座零件图 2 张",
                      device="研发中心涉密复印机 FC-01")  # fmt: skip
        if copied.copy_id is None:
            raise RuntimeError("a copy movement registers the copy")
        ids["ga798_weft_copy"] = copied.copy_id
        # Sent out for repair, the SSD taken out first (003 §9.1.2.2 c).
        move(uow, "rd_laptop", MovementKind.REPAIR, "YF033", 4, 10, approver,
             purpose="主板故障送联想服务站维修", device="联想柯桥服务站",
             media_removed=True, note="SSD 已拆下交档案室保密柜 B-01 保管")  # fmt: skip
        # Handed over when the electrical group changed hands.
        move(uow, "servo_sheet", MovementKind.TRANSFER, "YF007", 60, None, approver,
             note="电气组资料交接")  # fmt: skip
        # Borrowed and returned on time.
        move(uow, "suppliers_list", MovementKind.BORROW, "YF027", 40, -30, approver,
             purpose="年度供应商评审", content="全部")  # fmt: skip
        move(uow, "suppliers_list", MovementKind.RETURN, "YF027", 33)
        # 三级商密: no approver needed.
        move(uow, "warping_log", MovementKind.BORROW, "YF011", 2, 12,
             purpose="整经机张力复测", content="第 20–35 页")  # fmt: skip

    with vault.unit_of_work(admin_actor) as uow:
        # 003 §7.3.1 b: evidence for a possible infringement case; its check is overdue.
        carriers.seal(
            uow,
            ids["rapier_cd"],
            SealInput(R.EVIDENCE, "FT-2026-001", "研发中心图纸档案室 保密柜 B-02",
                      "2025-12 源码快照，拟作为维权证据", today - timedelta(days=200), 90),
        )  # fmt: skip
        carriers.check_seal(uow, ids["rapier_cd"], True, "封条完好", today - timedelta(days=110))
        # 003 §7.3.1 a: the board's plan will not change and stays in force.
        carriers.seal(
            uow,
            ids["plan_board"],
            SealInput(R.STABLE, "FT-2026-002", "总经办机要室 保险柜 1 号",
                      sealed_on=today - timedelta(days=30), check_interval_days=180),
        )  # fmt: skip
        carriers.mark_lost(
            uow,
            ids["dealers_rebate"],
            "海外业务经理出差曼谷途中遗失，已启动泄密应急处置",
            today - timedelta(days=9),
        )
        carriers.mark_destroyed(
            uow, ids["old_print"], "XH-2026-001：换版后旧晒图碎纸机粉碎，监销人王丽娟"
        )
