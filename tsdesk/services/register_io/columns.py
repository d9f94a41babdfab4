"""The register's columns in a spreadsheet: their keys, headers, the headers recognised on import,
and the audit labels of import and export."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import (
    Category,
    StorageKind,
)
from tsdesk.services.audit_text import Labels

# --- the columns: one definition for recognition, the template, export and the wizard -----


# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "register": QT_TRANSLATE_NOOP("audit", "清单导入导出"),
        "register.import": QT_TRANSLATE_NOOP("audit", "导入商业秘密清单"),
        "register.export": QT_TRANSLATE_NOOP("audit", "导出商业秘密清单"),
    },
    entities={
        "register": QT_TRANSLATE_NOOP("audit", "商业秘密清单"),
    },
    fields={
        "numbers_kept": QT_TRANSLATE_NOOP("audit", "沿用编号"),
        "numbers_generated": QT_TRANSLATE_NOOP("audit", "新生成编号"),
        "departments_created": QT_TRANSLATE_NOOP("audit", "新建部门"),
        "people_created": QT_TRANSLATE_NOOP("audit", "新建人员"),
        "format": QT_TRANSLATE_NOOP("audit", "格式"),
        "count": QT_TRANSLATE_NOOP("audit", "数量"),
    },
)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as written in the template and the export (marked: the wizard translates it)
    synonyms: tuple[str, ...]  # other headers meaning the same (compared after _norm)
    help: str  # the template's explanation sheet
    required: bool = False
    imported: bool = True  # 序号 and 状态 are read but not stored


IGNORE = ""  # mapping value: the column is not imported
EXAMPLE_MARK = "示例"  # a row whose 序号 says this is the template's example, never imported

COLUMNS: tuple[Column, ...] = (
    Column(
        "seq",
        QT_TRANSLATE_NOOP("register_io", "序号"),
        ("序", "行号", "NO", "NO."),
        "行的顺序号，仅便于查看，不导入。",
        imported=False,
    ),
    Column(
        "number",
        QT_TRANSLATE_NOOP("register_io", "编号"),
        ("秘密编号", "清单编号", "商业秘密编号", "台账编号"),
        "商业秘密编号；留空则按系统设置的编号规则自动生成。填写的编号不得与已有编号重复。",
    ),
    Column(
        "subject",
        QT_TRANSLATE_NOOP("register_io", "秘密主题"),
        ("名称", "秘密名称", "商业秘密名称", "主题", "秘密事项", "事项名称", "项目名称"),
        "商业秘密的主题，最多 200 字。",
        required=True,
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("register_io", "类别"),
        ("类型", "秘密类别", "信息类别", "分类", "秘密类型"),
        "信息类别，可写全称（如“技术信息—设计信息”）或简称（如“设计信息”）。",
        required=True,
    ),
    Column(
        "grade",
        QT_TRANSLATE_NOOP("register_io", "保密等级"),
        ("密级", "等级", "秘密等级", "商密等级"),
        "保密等级名称；“一级”等同“一级商密”。",
        required=True,
    ),
    Column(
        "term",
        QT_TRANSLATE_NOOP("register_io", "保密期限"),
        ("期限", "保密期", "保密年限", "解密日期", "截止日期"),
        "截止日期（日期格式，或 2030-12-31、2030/12/31、2030年12月31日），或“长期”，"
        "或“5年”（自导入之日起），或写明解密事件（如“产品上市之日”）；留空则取该保密等级的默认期限。",
    ),
    Column(
        "department",
        QT_TRANSLATE_NOOP("register_io", "主责部门"),
        ("责任部门", "部门", "归口部门", "责任单位", "主管部门", "所属部门"),
        "负责该商业秘密的部门；系统中尚无的部门将在导入时新建。",
    ),
    Column(
        "owner",
        QT_TRANSLATE_NOOP("register_io", "责任人"),
        ("负责人", "主责人", "责任人员"),
        "责任人姓名；人员名录中尚无的人员将在导入时新建（工号自动生成，可在人员页修改）。",
    ),
    Column(
        "scope",
        QT_TRANSLATE_NOOP("register_io", "保密范围"),
        ("知悉范围", "知悉人员", "知密范围", "涉密范围", "接触范围"),
        "可以知悉该秘密的部门、岗位或人员。",
    ),
    Column(
        "storages",
        QT_TRANSLATE_NOOP("register_io", "存储方式"),
        ("存放方式", "存储位置", "存放位置", "载体", "存储载体"),
        "存储方式，可填多项，以“；”分隔，括号内写位置，"
        "如“纸质资料（档案室 3 号柜）；本地信息系统（PLM 服务器）”。",
    ),
    Column(
        "points",
        QT_TRANSLATE_NOOP("register_io", "秘密点"),
        ("秘密要点", "密点", "技术秘密点", "秘密点描述"),
        "区别于公知信息的秘密点，一行一条（单元格内换行），可带“1.”等编号。",
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("register_io", "描述"),
        ("说明", "内容描述", "秘密描述", "内容", "简要说明", "具体内容"),
        "对该商业秘密的说明。",
    ),
    Column("note", QT_TRANSLATE_NOOP("register_io", "备注"), ("附注",), "备注。"),
    Column(
        "status",
        QT_TRANSLATE_NOOP("register_io", "状态"),
        ("当前状态",),
        "导出时写出当前状态；导入时不读取：导入的记录一律为“拟定”，须经审批确定。",
        imported=False,
    ),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
TEMPLATE_COLUMNS = tuple(c for c in COLUMNS if c.key != "status")
EXPORT_COLUMNS = COLUMNS

# Category names besides CATEGORY_LABELS' full "技术信息—设计信息": the part after the dash, and
# the two top-level words, which mean their catch-all (003 §6.1.1 c, §6.1.2 a; 000 §5).
CATEGORY_SYNONYMS: dict[str, Category] = {
    "技术信息": Category.TECH_OTHER,
    "经营信息": Category.BUSINESS,
    "客户信息": Category.PARTNERS,
    "供应商信息": Category.PARTNERS,
    "客户、供应商与其他合作方信息": Category.PARTNERS,
    "其他信息": Category.OTHER,
}
# Storage words besides STORAGE_LABELS' own (003 §7.1.1–7.1.4 name them so).
STORAGE_SYNONYMS: dict[str, StorageKind] = {
    "本地化信息系统": StorageKind.LOCAL_SYSTEM,
    "信息系统": StorageKind.LOCAL_SYSTEM,
    "本地系统": StorageKind.LOCAL_SYSTEM,
    "服务器": StorageKind.LOCAL_SYSTEM,
    "云端存储空间": StorageKind.CLOUD,
    "云端": StorageKind.CLOUD,
    "云存储": StorageKind.CLOUD,
    "网盘": StorageKind.CLOUD,
    "存储设备": StorageKind.HARDWARE,
    "移动硬盘": StorageKind.HARDWARE,
    "U盘": StorageKind.HARDWARE,
    "光盘": StorageKind.HARDWARE,
    "纸质": StorageKind.PAPER,
    "纸质文件": StorageKind.PAPER,
    "纸质档案": StorageKind.PAPER,
}


def _norm(header: Any) -> str:
    """A header as compared: no spaces, no required-marks, no hint in brackets, upper case."""
    text_ = re.sub(r"\s+", "", str(header or ""))
    text_ = re.sub(r"[（(【\[].*?[）)】\]]", "", text_)
    return text_.strip("*＊:：").upper()


_SYNONYMS: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, *_column.synonyms):
        _SYNONYMS.setdefault(_norm(_name), _column.key)


def field_label(key: str) -> str:
    return COLUMN_BY_KEY[key].header
