"""The demo register: about 30 secrets of a Shaoxing rapier-loom maker, 40 employees and who
knows what — built through the services like the app would, so every rule holds.

Most secrets are confirmed by the demo approver in one four-eyes approval (one password
check for the batch, recorded once in the audit chain); some stay proposed, one is
declassified, one void, some reviews are overdue, some terms ended or end soon, and some
temporary grants have expired.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from tsdesk.demo.agreements import sign_employee_ndas
from tsdesk.demo.context import Context
from tsdesk.models import (
    AccessTier,
    Category,
    DeclassifyReason,
    Department,
    PersonStatus,
    ReviewOutcome,
    StorageKind,
    TermKind,
)
from tsdesk.services import approvals, grading, people, register
from tsdesk.services.grading import GradingSheet
from tsdesk.services.register import SecretInput

L, C, H, P = StorageKind.LOCAL_SYSTEM, StorageKind.CLOUD, StorageKind.HARDWARE, StorageKind.PAPER

# (工号, 姓名, 部门, 岗位, 电话)
PEOPLE: list[tuple[str, str, str, str, str]] = [
    ("YF001", "陈建国", "总经办", "总经理", "13905750001"),
    ("YF002", "沈明华", "总经办", "副总经理", "13905750002"),
    ("YF003", "王丽娟", "总经办", "总经办主任 / 专职保密员", "13905750003"),
    ("YF004", "钱卫平", "财务部", "财务总监", "13905750004"),
    ("YF005", "周晓东", "技术研发中心", "总工程师", "13905750005"),
    ("YF006", "孙志刚", "技术研发中心", "结构设计组组长", "13905750006"),
    ("YF007", "李文博", "技术研发中心", "电控软件组组长", "13905750007"),
    ("YF008", "吴海燕", "技术研发中心", "机械设计工程师", "13905750008"),
    ("YF009", "郑凯", "技术研发中心", "嵌入式软件工程师", "13905750009"),
    ("YF010", "冯雪", "技术研发中心", "算法工程师", "13905750010"),
    ("YF011", "蒋立新", "技术研发中心", "试验工程师", "13905750011"),
    ("YF012", "韩磊", "技术研发中心", "机械设计工程师", "13905750012"),
    ("YF013", "杨帆", "生产制造部", "生产部经理", "13905750013"),
    ("YF014", "朱建华", "生产制造部", "染整工艺主管", "13905750014"),
    ("YF015", "秦月", "生产制造部", "工艺员", "13905750015"),
    ("YF016", "许国庆", "生产制造部", "装配车间主任", "13905750016"),
    ("YF017", "何静", "生产制造部", "计划调度员", "13905750017"),
    ("YF018", "吕斌", "生产制造部", "热处理班长", "13905750018"),
    ("YF019", "施红梅", "质量管理部", "质量部经理", "13905750019"),
    ("YF020", "张鹏", "质量管理部", "质量工程师", "13905750020"),
    ("YF021", "孔令辉", "销售部", "销售总监", "13905750021"),
    ("YF022", "曹静怡", "销售部", "华东区域经理", "13905750022"),
    ("YF023", "严俊", "销售部", "海外业务经理", "13905750023"),
    ("YF024", "华晓玲", "销售部", "销售内勤", "13905750024"),
    ("YF025", "金涛", "销售部", "客户经理", "13905750025"),
    ("YF026", "魏东", "采购部", "采购部经理", "13905750026"),
    ("YF027", "陶丽", "采购部", "采购工程师", "13905750027"),
    ("YF028", "姜波", "采购部", "采购员", "13905750028"),
    ("YF029", "谢芳", "人力资源部", "人力资源部经理", "13905750029"),
    ("YF030", "邹敏", "人力资源部", "薪酬专员", "13905750030"),
    ("YF031", "喻琳", "财务部", "成本会计", "13905750031"),
    ("YF032", "柏杨", "财务部", "预算主管", "13905750032"),
    ("YF033", "水建军", "信息部", "信息部经理", "13905750033"),
    ("YF034", "窦晨", "信息部", "数据库管理员", "13905750034"),
    ("YF035", "章宇", "技术研发中心", "电气工程师", "13905750035"),
    ("YF036", "云飞", "技术研发中心", "实习工程师", "13905750036"),
    ("YF037", "苏婷", "销售部", "投标专员", "13905750037"),
    ("YF038", "潘志强", "生产制造部", "设备维修工", "13905750038"),
    ("YF039", "葛晓峰", "技术研发中心", "工艺工程师", "13905750039"),
    ("YF040", "范丽", "销售部", "客户经理", "13905750040"),
]
LEFT = {"YF039": 40, "YF040": 12}  # days ago; 葛晓峰 still holds grants (the page flags it)

ALL_EXCLUSIONS = True
DEMO_NOT_PUBLIC = "仅在公司内部按知悉范围使用，未公开发表，未申请专利，未对外提供。"
DEMO_VALUE = "为公司带来竞争优势，泄露将削弱其市场地位并造成经济损失。"
SOFTWARE_OK = {"a": True, "b": True, "c": True}


@dataclass
class DemoSecret:
    key: str
    subject: str
    category: Category
    grade: str  # 一级商密 / 二级商密 / 三级商密
    department: str
    owner: str  # 工号
    description: str
    points: list[str]
    storages: list[tuple[StorageKind, str]]
    term: tuple[TermKind, date | None, str] = (TermKind.LONG_TERM, None, "")
    scope: str = ""
    not_public_basis: str = ""
    value_description: str = ""
    value_estimate: str = ""
    rd_cost: str = ""
    data_conditions: dict[str, bool] = field(default_factory=dict)
    confirm: bool = True
    knowers: list[str] = field(default_factory=list)  # 工号
    scores: tuple[int, ...] = ()  # a–f, when the grading assistant was used
    core: tuple[str, ...] = ()


def _secrets(today: date) -> list[DemoSecret]:
    y = today.year

    def until(year: int, month: int = 12, day: int = 31) -> tuple[TermKind, date, str]:
        return TermKind.UNTIL_DATE, date(year, month, day), ""

    def event(words: str) -> tuple[TermKind, None, str]:
        return TermKind.UNTIL_EVENT, None, words

    return [
        DemoSecret(
            "loom",
            "GA798 型剑杆织机整机设计图纸",
            Category.DESIGN,
            "一级商密",
            "技术研发中心",
            "YF005",
            "GA798 型高速剑杆织机的总装图、部件图和零件图，含 2025 年改进版。",
            [
                "引纬剑带与剑头的啮合齿形参数",
                "打纬机构共轭凸轮的廓线数据（转速 650 r/min 工况）",
                "整机减振底座的阻尼材料配方与布置",
            ],
            [(L, "PDM 系统 /产品/GA798"), (P, "图纸档案室 A-03 柜")],
            scope="技术研发中心结构设计组、总工程师、装配车间主任",
            not_public_basis="图纸仅存于 PDM 系统与档案室，未申请专利，未对外提供；同行无公开资料。",
            value_description="公司主力机型，2025 年销售 1,100 台，转速与稳定性领先同类产品。",
            value_estimate="约 8,000 万元",
            rd_cost="累计研发投入 2,300 万元",
            knowers=["YF005", "YF006", "YF008", "YF012", "YF016"],
            scores=(5, 5, 5, 4, 3, 4),
            core=("product",),
        ),
        DemoSecret(
            "rapier_algo",
            "剑杆头高速引纬交接控制算法",
            Category.SOFTWARE,
            "一级商密",
            "技术研发中心",
            "YF007",
            "剑杆头在织口中央交接纬纱的时序补偿算法及其参数自整定方法。",
            ["交接时刻的相位补偿模型", "纬纱张力前馈控制系数表", "基于编码器的速度波动辨识方法"],
            [(L, "代码仓库 gitlab.yf.local/ctrl/rapier"), (H, "加密移动硬盘 YD-07")],
            scope="电控软件组",
            not_public_basis="自研算法，不含开源代码；源码仅存于内网代码仓库。",
            value_description="将交接失误率降至万分之三，是整机高速化的关键。",
            rd_cost="研发投入约 600 万元",
            data_conditions=SOFTWARE_OK,
            knowers=["YF007", "YF009", "YF010"],
            scores=(5, 5, 4, 5, 3, 5),
            core=("product", "data_code"),
        ),
        DemoSecret(
            "dobby_code",
            "电子多臂开口装置控制程序源代码",
            Category.SOFTWARE,
            "一级商密",
            "技术研发中心",
            "YF007",
            "电子多臂开口装置主控板固件源代码及构建脚本。",
            ["综框运动曲线的分段多项式插补", "断电保护时的综框归位策略"],
            [(L, "代码仓库 gitlab.yf.local/ctrl/dobby")],
            term=until(y + 8),
            scope="电控软件组",
            data_conditions=SOFTWARE_OK,
            knowers=["YF007", "YF009", "YF035"],
        ),
        DemoSecret(
            "servo",
            "织机主轴伺服驱动参数表",
            Category.TECH_OTHER,
            "二级商密",
            "技术研发中心",
            "YF035",
            "各机型主轴伺服驱动器的调试参数与负载惯量匹配表。",
            ["不同筘幅下的惯量比设定值", "启动瞬间的转矩提升曲线"],
            [(L, "PDM 系统 /电气/伺服参数"), (P, "电气组资料柜")],
            term=until(y + 6),
            knowers=["YF035", "YF016", "YF038"],
        ),
        DemoSecret(
            "dyeing",
            "活性染料冷轧堆染色工艺参数",
            Category.TECH_OTHER,
            "一级商密",
            "生产制造部",
            "YF014",
            "纯棉针织物活性染料冷轧堆染色的低碱工艺，含助剂配比。",
            ["堆置温度与时间的组合窗口", "纯碱与烧碱的替代配比", "固色率快速检测方法"],
            [(L, "MES 系统 /工艺库/染整"), (P, "工艺科档案柜 2 号")],
            scope="染整工艺主管、工艺员",
            not_public_basis="配方为多年试验所得，未公开发表。",
            value_description="节省染化料 18%，废水减少 30%。",
            knowers=["YF014", "YF015"],
            scores=(5, 4, 4, 4, 2, 5),
            core=("product",),
        ),
        DemoSecret(
            "setting",
            "涤棉混纺织物高温定型工艺窗口",
            Category.TECH_OTHER,
            "二级商密",
            "生产制造部",
            "YF014",
            "涤棉 65/35 织物热定型的温度、车速与超喂组合。",
            ["定型温度与车速的对应表", "超喂率与门幅收缩的关系曲线"],
            [(L, "MES 系统 /工艺库/定型")],
            term=until(y + 5),
            knowers=["YF014", "YF015", "YF013"],
        ),
        DemoSecret(
            "reed",
            "喷气织机异形筘设计方案（在研）",
            Category.DESIGN,
            "二级商密",
            "技术研发中心",
            "YF006",
            "新一代喷气织机异形筘的槽型与辅助喷嘴布置方案。",
            ["异形筘槽的截面形状参数", "辅助喷嘴间距的递变规律"],
            [(L, "PDM 系统 /在研/喷气筘")],
            term=event("产品正式发布"),
            confirm=False,
            knowers=["YF006", "YF012"],
        ),
        DemoSecret(
            "dryer",
            "新型节能烘燥机热风循环结构",
            Category.DESIGN,
            "二级商密",
            "技术研发中心",
            "YF008",
            "热风分段回用的烘燥机风道结构，样机已完成。",
            ["回风分段比例", "风道导流板角度"],
            [(L, "PDM 系统 /在研/烘燥机"), (P, "试验记录本 SY-2026-04")],
            term=until(y + 5),
            confirm=False,
            knowers=["YF008"],
            scores=(4, 3, 3, 3, 2, 4),
        ),
        DemoSecret(
            "warping",
            "整经机张力闭环控制试验记录",
            Category.DESIGN,
            "三级商密",
            "技术研发中心",
            "YF011",
            "整经机张力闭环控制的 42 组对比试验原始记录。",
            ["张力传感器的安装位置对比结论"],
            [(P, "试验记录本 SY-2025-11"), (L, "共享盘 /试验/整经")],
            term=(TermKind.UNTIL_DATE, today + timedelta(days=25), ""),
            knowers=["YF011", "YF036"],
        ),
        DemoSecret(
            "heat",
            "关键零部件热处理工艺卡",
            Category.TECH_OTHER,
            "二级商密",
            "生产制造部",
            "YF018",
            "剑带轮、打纬凸轮等关键件的渗碳淬火工艺卡。",
            ["凸轮渗碳层深度与回火温度", "剑带轮变形控制的装炉方式"],
            [(P, "热处理车间工艺卡柜"), (L, "MES 系统 /工艺卡")],
            term=until(y + 7),
            knowers=["YF018", "YF013"],
        ),
        DemoSecret(
            "clients",
            "华东地区重点客户名单及交易习惯",
            Category.PARTNERS,
            "二级商密",
            "销售部",
            "YF022",
            "绍兴、杭州、苏州等地 126 家重点织造企业的联系人、采购周期与价格承受能力。",
            ["客户采购周期与付款习惯", "关键决策人的偏好与联系方式", "各客户的价格承受区间"],
            [(L, "CRM 系统 /客户/华东"), (P, "销售部档案柜（带锁）")],
            term=until(y + 5),
            scope="销售总监、华东区域经理、客户经理",
            not_public_basis="经多年走访整理形成，非公开名录可得。",
            knowers=["YF021", "YF022", "YF025", "YF024"],
        ),
        DemoSecret(
            "dealers",
            "东南亚经销商合作条款与返利政策",
            Category.PARTNERS,
            "二级商密",
            "销售部",
            "YF023",
            "越南、孟加拉、印尼经销商的合作协议与阶梯返利政策。",
            ["阶梯返利的触发条件", "独家代理区域划分"],
            [(L, "CRM 系统 /经销商"), (C, "企业网盘 /海外业务（加密）")],
            term=until(y + 3),
            knowers=["YF021", "YF023"],
        ),
        DemoSecret(
            "pricing",
            f"{y + 1} 年度产品报价策略与底价",
            Category.BUSINESS,
            "一级商密",
            "销售部",
            "YF021",
            "各机型的指导价、底价及大客户折扣授权。",
            ["各机型底价", "折扣审批权限与阈值"],
            [(L, "CRM 系统 /价格"), (P, "总经办保险柜")],
            term=until(y + 1),
            scope="总经理、销售总监",
            knowers=["YF001", "YF021"],
            scores=(5, 5, 2, 4, 3, 5),
            core=("plan",),
        ),
        DemoSecret(
            "tender",
            "大客户定制机型投标文件（柯桥纺织园项目）",
            Category.BUSINESS,
            "二级商密",
            "销售部",
            "YF037",
            "柯桥纺织园 200 台定制剑杆织机项目的技术标与商务标。",
            ["投标报价及其测算依据", "定制配置清单"],
            [(L, "共享盘 /投标/柯桥纺织园"), (P, "投标专柜")],
            term=event("项目开标结束"),
            confirm=False,
            knowers=["YF037", "YF021"],
        ),
        DemoSecret(
            "suppliers",
            "核心供应商名单与采购价格",
            Category.PARTNERS,
            "二级商密",
            "采购部",
            "YF026",
            "伺服电机、剑带、电控板等 38 家核心供应商及年度框架价格。",
            ["伺服电机的采购单价与年度返点", "剑带供应商的替代清单"],
            [(L, "ERP 系统 /采购/价格"), (P, "采购部档案柜")],
            term=until(y + 4),
            knowers=["YF026", "YF027"],
        ),
        DemoSecret(
            "servo_alt",
            "进口伺服电机替代供应商评估报告",
            Category.PARTNERS,
            "三级商密",
            "采购部",
            "YF027",
            "三家国产伺服电机替代方案的测试与评估。",
            ["各替代方案的寿命测试结果"],
            [(L, "共享盘 /采购/评估")],
            term=until(y + 2),
            confirm=False,
            knowers=["YF027", "YF035"],
        ),
        DemoSecret(
            "budget",
            f"{y} 年度财务预算与成本核算明细",
            Category.FINANCE,
            "二级商密",
            "财务部",
            "YF032",
            "年度预算、各事业部成本中心核算明细。",
            ["各成本中心的预算额度"],
            [(L, "财务系统 /预算"), (P, "财务部保险柜")],
            term=until(y + 3),
            knowers=["YF004", "YF032", "YF031"],
        ),
        DemoSecret(
            "unit_cost",
            "剑杆织机单台制造成本构成",
            Category.FINANCE,
            "一级商密",
            "财务部",
            "YF031",
            "GA 系列各机型的物料、人工与制造费用构成。",
            ["单台物料成本及主要零部件占比", "制造费用分摊方法"],
            [(L, "财务系统 /成本")],
            scope="财务总监、成本会计、总经理",
            knowers=["YF004", "YF031", "YF001"],
            scores=(4, 5, 3, 4, 2, 5),
            core=("rd_cost",),
        ),
        DemoSecret(
            "equity",
            "股权激励方案（草案）",
            Category.FINANCE,
            "一级商密",
            "总经办",
            "YF001",
            "面向核心骨干的限制性股权激励方案草案。",
            ["激励对象名单", "授予价格与考核条件"],
            [(P, "总经办保险柜")],
            term=event("方案经股东会审议通过并公告"),
            confirm=False,
            knowers=["YF001", "YF002"],
        ),
        DemoSecret(
            "salary",
            "研发人员薪酬体系与绩效方案",
            Category.HUMAN_RESOURCES,
            "二级商密",
            "人力资源部",
            "YF029",
            "研发序列职级、薪酬带宽与项目奖金方案。",
            ["各职级薪酬带宽", "项目奖金计提比例"],
            [(L, "HR 系统 /薪酬"), (P, "人力资源部档案柜")],
            term=until(y + 3),
            knowers=["YF029", "YF030"],
        ),
        DemoSecret(
            "noncompete",
            "核心技术人员花名册与竞业限制名单",
            Category.HUMAN_RESOURCES,
            "二级商密",
            "人力资源部",
            "YF029",
            "核心技术人员名单、竞业限制协议签订与补偿支付情况。",
            ["竞业限制补偿标准"],
            [(L, "HR 系统 /员工档案")],
            term=until(y + 5),
            knowers=["YF029"],
        ),
        DemoSecret(
            "plan",
            f"公司三年发展规划（{y}–{y + 2}）",
            Category.BUSINESS,
            "一级商密",
            "总经办",
            "YF002",
            "产品路线、产能扩张与海外市场布局规划。",
            ["喷气织机产品线的上市时间表", "越南组装厂选址方案"],
            [(P, "总经办保险柜"), (L, "OA 系统 /战略（限阅）")],
            term=until(y + 2),
            scope="领导小组成员",
            knowers=["YF001", "YF002", "YF003", "YF004", "YF005"],
            scores=(5, 5, 3, 4, 3, 5),
            core=("plan",),
        ),
        DemoSecret(
            "claims",
            "质量异常处理与索赔案例库",
            Category.MANAGEMENT,
            "三级商密",
            "质量管理部",
            "YF019",
            "近三年质量异常、客户索赔及处理结果。",
            ["典型失效模式与改进措施"],
            [(L, "QMS 系统 /案例库")],
            term=(TermKind.UNTIL_DATE, today - timedelta(days=33), ""),
            knowers=["YF019", "YF020"],
        ),
        DemoSecret(
            "capacity",
            "生产排程与产能数据",
            Category.MANAGEMENT,
            "三级商密",
            "生产制造部",
            "YF017",
            "各车间月度产能、排程规则与瓶颈工序数据。",
            ["瓶颈工序节拍"],
            [(L, "MES 系统 /排程")],
            term=until(y + 2),
            knowers=["YF017", "YF013"],
        ),
        DemoSecret(
            "erp",
            "ERP 系统数据库结构与接口文档",
            Category.SOFTWARE,
            "二级商密",
            "信息部",
            "YF033",
            "自建 ERP 的数据库表结构、接口定义与二次开发代码。",
            ["物料编码规则与 BOM 表结构", "与 MES 对接的接口协议"],
            [(L, "代码仓库 gitlab.yf.local/it/erp"), (H, "备份磁带 BK-2026")],
            term=until(y + 5),
            data_conditions=SOFTWARE_OK,
            knowers=["YF033", "YF034"],
        ),
        DemoSecret(
            "old_loom",
            "旧款 GA615 型织机送经机构图纸",
            Category.DESIGN,
            "三级商密",
            "技术研发中心",
            "YF006",
            "已停产机型 GA615 的送经机构图纸。",
            ["送经蜗轮副的传动比"],
            [(P, "图纸档案室 C-11 柜")],
            term=until(y + 1),
            knowers=["YF006"],
        ),
        DemoSecret(
            "duplicate",
            "剑杆织机整机图纸（重复录入）",
            Category.DESIGN,
            "一级商密",
            "技术研发中心",
            "YF005",
            "与 GA798 整机设计图纸重复。",
            ["同 GA798 整机设计图纸"],
            [(L, "PDM 系统 /产品/GA798")],
            confirm=False,
        ),
        DemoSecret(
            "vision",
            "织物疵点视觉检测模型训练数据",
            Category.SOFTWARE,
            "二级商密",
            "技术研发中心",
            "YF010",
            "12 万张标注的坯布疵点图像及标注规范。",
            ["疵点分类标注规范", "难例样本的采集方法"],
            [(L, "GPU 服务器 /data/defect"), (C, "企业网盘 /算法（加密）")],
            term=until(y + 4),
            data_conditions={"a": True, "b": True},  # c) still to be put in place
            confirm=False,
            knowers=["YF010"],
        ),
        DemoSecret(
            "wastewater",
            "染整废水回用膜处理工艺",
            Category.TECH_OTHER,
            "二级商密",
            "生产制造部",
            "YF014",
            "染整废水经超滤与反渗透两级回用的工艺参数。",
            ["膜清洗周期与药剂配比", "回用水电导率控制点"],
            [(L, "MES 系统 /环保"), (P, "环保台账柜")],
            term=until(y + 6),
            knowers=["YF014", "YF013"],
        ),
        DemoSecret(
            "survey",
            "客户满意度调查原始数据",
            Category.OTHER,
            "三级商密",
            "销售部",
            "YF024",
            "年度客户满意度调查问卷原始数据与访谈记录。",
            ["大客户访谈记录"],
            [(L, "CRM 系统 /调查")],
            term=until(y + 2),
            confirm=False,
            knowers=["YF024"],
        ),
        DemoSecret(
            "expo",
            "海外展会参展策略",
            Category.BUSINESS_OTHER,
            "三级商密",
            "销售部",
            "YF023",
            "ITMA ASIA 等展会的新品发布节奏与展位策略。",
            ["新品发布时间点"],
            [(C, "企业网盘 /市场")],
            term=event("展会开幕"),
            knowers=["YF023", "YF021"],
        ),
    ]


def _sheet(grades: dict[str, int], secret: DemoSecret) -> GradingSheet:
    reasons = {
        "a": "对主营产品竞争力的贡献",
        "b": "泄露后竞争对手可直接仿制或压价",
        "c": "投入与技术成熟度",
        "d": "同行业尚无公开的同类方案",
        "e": "涉及对客户、合作方的保密义务",
        "f": "目前知悉人员的范围",
    }
    values = dict(zip(grading.FACTOR_KEYS, secret.scores, strict=True))
    return GradingSheet(
        scores={k: (v, reasons[k]) for k, v in values.items()},
        core=list(secret.core),
        decided_grade_id=grades[secret.grade],
    )


def populate(demo: Context) -> None:
    """Fill the demo register. The admin proposes and asks; `approver_name` approves."""
    vault, admin_actor = demo.vault, demo.admin
    approver_name, approver_password = demo.approver, demo.password
    today = date.today()
    with vault.unit_of_work(admin_actor) as uow:
        departments = {d.name: d.id for d in uow.session.scalars(select(Department))}
        person_ids = {
            number: people.add_person(uow, number, name, departments.get(dept), post, phone)
            for number, name, dept, post, phone in PEOPLE
        }
        # 003 §9.4: an NDA before the grants below (the grant rule refuses 一级 without one).
        sign_employee_ndas(uow, person_ids, today)
        grades = {g.name: g.id for g in register.grades(uow.session)}
        samples = _secrets(today)
        ids: dict[str, int] = {}
        for s in samples:
            kind, until, event = s.term
            ids[s.key] = register.propose(
                uow,
                SecretInput(
                    subject=s.subject,
                    category=s.category,
                    grade_id=grades[s.grade],
                    term_kind=kind,
                    term_until=until,
                    term_event=event,
                    description=s.description,
                    points=s.points,
                    department_id=departments.get(s.department),
                    owner_id=person_ids[s.owner],
                    scope=s.scope,
                    storages=s.storages,
                    # Every demo secret is confirmable: a) and b) in words (003 §6.2.1).
                    not_public_basis=s.not_public_basis or DEMO_NOT_PUBLIC,
                    value_description=s.value_description or DEMO_VALUE,
                    value_estimate=s.value_estimate,
                    rd_cost=s.rd_cost,
                    exclusions_confirmed=ALL_EXCLUSIONS,
                    data_conditions=s.data_conditions,
                ),
            )
            if s.scores:
                grading.record(uow, ids[s.key], _sheet(grades, s))

    # 定密: one four-eyes approval for the batch (one password check for the demo).
    to_confirm = [s.key for s in samples if s.confirm]
    with vault.unit_of_work(admin_actor) as uow:
        approver = approvals.second_operator(
            uow, approver_name, approver_password, f"演示数据：批量定密审批（{len(to_confirm)} 项）"
        )
        for key in to_confirm:
            register.confirm(uow, ids[key], approver, note="商业秘密工作领导小组会议审议通过")
        # An old model's drawings, no longer worth protecting (003 §6.3 a).
        register.declassify(
            uow,
            ids["old_loom"],
            approver,
            DeclassifyReason.NO_LONGER_VALUABLE,
            "GA615 型已于三年前停产，送经机构已被电子送经取代",
        )
        register.void(uow, ids["duplicate"], "与 GA798 型整机设计图纸重复录入")

    with vault.unit_of_work(admin_actor) as uow:
        # Overdue reviews: last reviewed more than a grade interval ago (003 §5.3).
        for key, months in (("dyeing", 7), ("wastewater", 13), ("clients", 14)):
            reviewed = register.add_months(today, -months)
            register.record_review(
                uow, ids[key], ReviewOutcome.UNCHANGED, "年度清点：仍具保护价值", reviewed
            )
        register.record_review(uow, ids["servo"], ReviewOutcome.UNCHANGED, "半年度审查：参数未变化")
        # Knowers; the first grant of some secrets was temporary and has run out.
        for s in samples:
            if s.key in ("old_loom", "duplicate"):
                continue
            for number in s.knowers:
                people.grant(
                    uow,
                    ids[s.key],
                    person_ids[number],
                    AccessTier.FULL if number == s.owner else AccessTier.PARTIAL,
                    "主责人员" if number == s.owner else "岗位工作需要",
                    valid_from=today - timedelta(days=200),
                )
        temporary = [
            ("loom", "YF036", -90, -30, "实习期间参与样机装配"),  # expired
            ("rapier_algo", "YF035", -60, -1, "协助电控联调"),  # expired yesterday
            ("clients", "YF037", -10, 20, "柯桥纺织园项目投标期间"),  # current, ends soon
            ("unit_cost", "YF032", -5, 25, "年度预算编制"),  # current
            ("dyeing", "YF020", 0, 14, "质量攻关小组临时查阅"),  # current
        ]
        for key, number, start, end, reason in temporary:
            people.grant(
                uow,
                ids[key],
                person_ids[number],
                AccessTier.CONSULT,
                reason,
                valid_from=today + timedelta(days=start),
                valid_until=today + timedelta(days=end),
            )
        people.grant(
            uow,
            ids["loom"],
            person_ids["YF039"],
            AccessTier.PARTIAL,
            "参与 GA798 改进设计",
            valid_from=today - timedelta(days=300),
        )
        people.grant(
            uow,
            ids["clients"],
            person_ids["YF040"],
            AccessTier.PARTIAL,
            "负责宁波、台州客户",
            valid_from=today - timedelta(days=400),
        )
        # 范丽 left and her grant was revoked at the exit interview (003 §8.2.4); 葛晓峰 left
        # too: recording the leave ends his open grant as of that day.
        for k in people.knowers_of(uow.session, ids["clients"]):
            if k.person_number == "YF040":
                people.revoke(uow, k.id, today - timedelta(days=LEFT["YF040"]))
        for number, days in LEFT.items():
            people.set_status(
                uow, person_ids[number], PersonStatus.LEFT, today - timedelta(days=days)
            )
