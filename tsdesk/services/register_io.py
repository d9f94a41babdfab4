"""The register in and out of Excel and CSV (issue 3 §5).

Most SMEs keep their 商业秘密清单 in a spreadsheet (003 §5.3 a lists its columns: 秘密主题,
保密等级, 保密期限, 主责部门, 保密范围, 存储方式). Import reads `.xlsx` or `.csv`, maps the
file's headers onto register fields (common Chinese headers are recognised), checks every row
with `register.check_input` — the one place for field rules — and imports all rows or none.
Export writes the same columns, so an export imports again unchanged.

Import is bulk: 10,000 rows in a few seconds. `register.propose` costs milliseconds a row
(a flush and an audit-chain lookup each), so the rows go in with executemany inside the one
transaction, with the same values `propose` stores and one `secret.propose` event per secret.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

from sqlalchemy import insert, literal_column, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError, ValidationError
from tsdesk.models import (
    AuditEvent,
    Category,
    Department,
    Grade,
    Person,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.services import company, people, register, settings, spreadsheet
from tsdesk.services.audit_text import Labels
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork, audit
from tsdesk.vault.atomic import write_atomic

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
LONG_TERM_WORDS = frozenset({"长期", "长期有效", "长期保密", "永久"})
IMPORTED_PERSON_PATTERN = "DR-{seq:04}"  # 导入: a 工号 the people page lets the officer correct
BATCH = 500  # rows per executemany: progress and cancel are checked between batches
HEADER_SCAN_ROWS = 10  # a title row or two above the headers is common in Chinese ledgers
# Names the import may create or keep, as long as the schema holds them.
DEPARTMENT_MAX = Department.__table__.c.name.type.length
NUMBER_MAX = Secret.__table__.c.number.type.length


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


# --- reading a file ----------------------------------------------------------------------


class Row(NamedTuple):
    number: int  # the row as the file shows it (Excel row, CSV record), for the report
    cells: tuple[Any, ...]


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]
    source: str = ""  # the file name, for the report and the audit event


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(raw: list[tuple[int, tuple[Any, ...]]]) -> int:
    """Which row holds the headers: the first with two recognised names, else the first row
    with anything in it (a title row above the headers is skipped)."""
    filled = [i for i, (_, cells) in enumerate(raw) if any(not _is_empty(c) for c in cells)]
    for i in filled[:HEADER_SCAN_ROWS]:
        if sum(_norm(c) in _SYNONYMS for c in raw[i][1] if not _is_empty(c)) >= 2:
            return i
    if not filled:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "文件是空的"))
    return filled[0]


def _clean(value: Any) -> Any:
    """A cell as read: without an export's formula guard, without surrounding spaces."""
    value = spreadsheet.unneutralise(value)
    return value.strip() if isinstance(value, str) else value


def _filled(value: Any) -> bool:
    return not _is_empty(value)


def read_table(path: str | Path) -> Table:
    """The header row and the data rows of an .xlsx or .csv file (empty rows left out)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = spreadsheet.read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        raw = spreadsheet.read_csv(path)
    elif suffix == ".xls":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入"
            )
        )
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只能导入 .xlsx 或 .csv 文件"))
    raw = [(number, tuple(map(_clean, cells))) for number, cells in raw]
    h = _header_index(raw)
    rows = [Row(number, cells) for number, cells in raw[h + 1 :] if any(map(_filled, cells))]
    header_cells = raw[h][1]
    width = max(
        [i + 1 for i, c in enumerate(header_cells) if not _is_empty(c)]
        + [i + 1 for row in rows for i, c in enumerate(row.cells) if not _is_empty(c)]
    )
    headers: list[str] = []
    taken: set[str] = set()
    next_n: dict[str, int] = {}  # a file of many equal headers must not take n² steps
    for i in range(width):
        name = cell_text(header_cells[i]) if i < len(header_cells) else ""
        name = re.sub(r"\s+", " ", name) or f"第{i + 1}列"
        unique, n = name, next_n.get(name, 2)
        while unique in taken:
            unique, n = f"{name} ({n})", n + 1
        next_n[name] = n
        taken.add(unique)
        headers.append(unique)
    rows = [Row(r.number, r.cells[:width] + (None,) * (width - len(r.cells))) for r in rows]
    return Table(headers, rows, path.name)


def auto_mapping(headers: Sequence[str]) -> dict[str, str]:
    """header → field key for every header; recognised names preselected, each field once."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        key = _SYNONYMS.get(_norm(header), IGNORE)
        if key in used:
            key = IGNORE
        used.add(key)
        mapping[header] = key
    return mapping


def mapping_problems(mapping: dict[str, str]) -> list[ValidationError]:
    """What is wrong with a column mapping (header → field key); empty when usable."""
    problems = []
    keys = [k for k in mapping.values() if k != IGNORE]
    for key in dict.fromkeys(k for k in keys if keys.count(k) > 1):
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{field}”对应了多列，请只选一列"),
                field=field_label(key),
            )
        )
    missing = [c.header for c in COLUMNS if c.required and c.key not in keys]
    if missing:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "请为以下字段指定列：{fields}"),
                fields="、".join(missing),
            )
        )
    return problems


# --- parsing cells ---------------------------------------------------------------------------
# Each returns a value or raises ValidationError: a translatable template and its parameters,
# which the wizard shows in the UI language and the CLI in Chinese.


def cell_text(value: Any) -> str:
    """A cell as text: 1001.0 → 1001, a midnight datetime → its date."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 1001 typed in Excel comes back as 1001.0
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", value).replace("－", "-").replace("–", "-").replace("/", "—")


_CATEGORIES: dict[str, Category] = {}
for _category, _label in register.CATEGORY_LABELS.items():
    _CATEGORIES[_squash(_label)] = _category
    _CATEGORIES.setdefault(_squash(_label.split("—")[-1]), _category)
for _name, _category in CATEGORY_SYNONYMS.items():
    _CATEGORIES.setdefault(_squash(_name), _category)


def parse_category(value: Any) -> Category:
    name = _squash(cell_text(value)).replace("-", "—").replace("——", "—")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "类别不能为空"))
    found = _CATEGORIES.get(name) or _CATEGORIES.get(name.split("—")[-1])
    if found is None:
        allowed_ = "、".join(register.CATEGORY_LABELS.values())
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "类别“{value}”无法识别（可填：{allowed}，或其简称）"),
            value=cell_text(value),
            allowed=allowed_,
        )
    return found


def parse_grade(value: Any, by_name: dict[str, Grade]) -> Grade:
    name = re.sub(r"\s+", "", cell_text(value))
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "保密等级不能为空"))
    grade = by_name.get(name) or by_name.get(name + "商密")
    if grade is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "保密等级“{name}”不存在（可填：{allowed}）"),
            name=name,
            allowed="、".join(by_name),
        )
    return grade


_DATE = re.compile(
    r"^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_YEARS = re.compile(r"^(\d{1,3})\s*年$")


def parse_term(value: Any, grade: Grade | None, today: date) -> tuple[TermKind, date | None, str]:
    """(kind, until, event): an Excel date cell, a text date, 长期, "N年", or an event in words;
    empty means the grade's default term (register.default_term)."""
    if isinstance(value, datetime):
        return TermKind.UNTIL_DATE, value.date(), ""
    if isinstance(value, date):
        return TermKind.UNTIL_DATE, value, ""
    words = cell_text(value)
    if not words:
        if grade is None:
            return TermKind.LONG_TERM, None, ""  # the grade's own problem is reported
        kind, until = register.default_term(grade, today)
        return kind, until, ""
    if words in LONG_TERM_WORDS:
        return TermKind.LONG_TERM, None, ""
    match = _DATE.match(words)
    if match:
        try:
            return TermKind.UNTIL_DATE, date(*(int(g) for g in match.groups())), ""
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "保密期限“{value}”不是有效日期"), value=words
            ) from None
    match = _YEARS.match(words)
    if match:
        years = int(match.group(1))
        if years < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "保密期限的年数应大于 0"))
        try:
            return TermKind.UNTIL_DATE, today.replace(year=today.year + years), ""
        except ValueError:  # 29 February
            return TermKind.UNTIL_DATE, today.replace(year=today.year + years, day=28), ""
    return TermKind.UNTIL_EVENT, None, words


_STORAGES: dict[str, StorageKind] = {
    **{_squash(v).upper(): k for k, v in register.STORAGE_LABELS.items()},
    **{_squash(n).upper(): k for n, k in STORAGE_SYNONYMS.items()},
}
_STORAGE_ITEM = re.compile(r"^(.*?)\s*(?:[（(](.*)[）)]|[:：]\s*(.*))?$", re.DOTALL)


def parse_storages(value: Any) -> list[tuple[StorageKind, str]]:
    """ "纸质资料（档案室）；本地信息系统(服务器A)" → [(PAPER, 档案室), (LOCAL_SYSTEM, 服务器A)]."""
    out: list[tuple[StorageKind, str]] = []
    for part in re.split(r"[；;、,，\n]+(?![^（(]*[）)])", cell_text(value)):
        part = part.strip()
        if not part:
            continue
        match = _STORAGE_ITEM.match(part)
        name, location = match.group(1), (match.group(2) or match.group(3) or "").strip()
        kind = _STORAGES.get(_squash(name).upper())
        if kind is None:
            allowed_ = "、".join(register.STORAGE_LABELS.values())
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "存储方式“{value}”无法识别（可填：{allowed}，括号内写位置）"
                ),
                value=part,
                allowed=allowed_,
            )
        out.append((kind, location))
    return out


# "1." "2、" "(3)" "（4）" "⑤" at the start of a point; "1.5mm" is not a number mark.
_POINT_MARK = re.compile(r"^\s*(?:\d{1,3}\s*[.、．](?!\d)|[（(]\d{1,3}[)）]|[①-⑳])\s*")


def parse_points(value: Any) -> list[str]:
    lines = (_POINT_MARK.sub("", line).strip() for line in cell_text(value).splitlines())
    return [line for line in lines if line]


def _number(value: Any) -> str | None:
    number = cell_text(value)
    return number or None


# --- the plan: every row checked before anything is written ----------------------------------


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as in the file; 0 for the file as a whole
    column: str  # the file's header (or the field's name when no column holds it)
    error: TSDeskError  # what is wrong: a translatable template and its parameters

    @property
    def message(self) -> str:
        return self.error.message

    def __str__(self) -> str:
        where = f"第 {self.row} 行" if self.row else "文件"
        return (
            f"{where}，“{self.column}”列：{self.message}"
            if self.column
            else f"{where}：{self.message}"
        )


@dataclass
class PlannedRow:
    row: int
    inp: register.SecretInput  # department_id/owner_id None where a new one will be created
    department: str  # as named in the file ("" none)
    owner: str


@dataclass
class ImportPlan:
    table: Table
    mapping: dict[str, str]
    rows: list[PlannedRow]
    problems: list[ImportProblem]
    new_departments: list[str]
    new_people: list[tuple[str, str]]  # (name, department name or "")
    # The vault as the plan saw it: every change appends to the audit chain, so while the
    # head is the same (and the day too) the plan still holds and need not be made again.
    chain_head: audit.ChainHead | None = None
    today: date | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def numbers_kept(self) -> int:
        return sum(r.inp.number is not None for r in self.rows)


@dataclass
class ImportReport:
    source: str
    imported: int = 0
    numbers_kept: int = 0
    numbers_generated: int = 0
    created_departments: list[str] = field(default_factory=list)
    created_people: list[tuple[str, str]] = field(default_factory=list)  # (name, 工号)
    problems: list[ImportProblem] = field(default_factory=list)

    def text(self, translate: Callable[[str, str], str] = lambda _ctx, text: text) -> str:
        """The report as the CLI prints it and (with Qt's translate) the wizard shows it."""

        def tr(text: str, **values) -> str:
            return translate("register_io", text).format(**values)

        if self.problems:
            lines = [
                tr(
                    QT_TRANSLATE_NOOP("register_io", "{source}：发现 {n} 处问题，未导入任何记录。"),
                    source=self.source,
                    n=len(self.problems),
                ),
                *(str(p) for p in self.problems),
            ]
            return "\n".join(lines)
        lines = [
            tr(
                QT_TRANSLATE_NOOP(
                    "register_io",
                    "{source}：已导入 {n} 项商业秘密（状态“拟定”，须经审批确定）；"
                    "沿用文件编号 {kept} 项，自动编号 {generated} 项。",
                ),
                source=self.source,
                n=self.imported,
                kept=self.numbers_kept,
                generated=self.numbers_generated,
            )
        ]
        if self.created_departments:
            lines.append(
                tr(
                    QT_TRANSLATE_NOOP("register_io", "新建部门：{names}"),
                    names="、".join(self.created_departments),
                )
            )
        if self.created_people:
            people = "、".join(f"{name}（{no}）" for name, no in self.created_people)
            lines.append(tr(QT_TRANSLATE_NOOP("register_io", "新建人员：{names}"), names=people))
        return "\n".join(lines)


class ImportRefused(ValidationError):
    """The file has invalid rows: nothing was imported. `report` lists them row by row."""

    template = QT_TRANSLATE_NOOP("errors", "导入文件有 {count} 处问题，未导入任何记录")

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(count=len(report.problems))


class ImportCancelled(TSDeskError):
    template = QT_TRANSLATE_NOOP("errors", "导入已取消，未导入任何记录")


# check_input's field → the column key it concerns
_FIELD_COLUMN = {
    "subject": "subject",
    "category": "category",
    "grade_id": "grade",
    "term_until": "term",
    "term_event": "term",
    "term_kind": "term",
    "storages": "storages",
    "points": "points",
    "department_id": "department",
    "owner_id": "owner",
    "number": "number",
}


class _Directory:
    """Departments, people and grades by name, loaded once (no SELECT per row). Holding the
    objects keeps them in the session's identity map, so check_input's session.get is free."""

    def __init__(self, session: Session) -> None:
        self.grades = {g.name: g for g in register.grades(session)}
        self._departments = list(session.scalars(select(Department)))
        self.department_ids = {d.name: d.id for d in self._departments}
        self._people = list(session.scalars(select(Person)))
        self.people: dict[str, list[Person]] = {}
        for person in self._people:
            self.people.setdefault(person.name, []).append(person)

    def person(self, name: str, department_id: int | None) -> Person | None:
        """The one person of that name (in the row's department, when there are several)."""
        found = self.people.get(name, [])
        if len(found) > 1:
            found = [p for p in found if p.department_id == department_id] or found
        if len(found) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "人员名录中有 {n} 名“{name}”，无法确定是哪一位，请先在人员页区分同名人员",
                ),
                n=len(found),
                name=name,
            )
        return found[0] if found else None


def _try(
    bad: dict[str, ValidationError], key: str, default: Any, parse: Callable[..., Any], *args: Any
) -> Any:
    """parse(*args), or `default` with the problem noted under `key`."""
    try:
        return parse(*args)
    except ValidationError as err:
        bad[key] = err
        return default


def preview(
    session: Session, table: Table, mapping: dict[str, str], *, today: date | None = None
) -> ImportPlan:
    """Check every row of `table` under `mapping` (header → field key); nothing is written."""
    today = today or date.today()
    wrong = mapping_problems(mapping)
    if wrong:
        raise wrong[0]
    unknown = [h for h in mapping if h not in table.headers]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "文件中没有这些列：{names}"), names="、".join(unknown)
        )
    column_of = {key: table.headers.index(h) for h, key in mapping.items() if key != IGNORE}
    header_of = {key: table.headers[i] for key, i in column_of.items()}
    directory = _Directory(session)
    problems: list[ImportProblem] = []
    planned: list[PlannedRow] = []
    new_departments: dict[str, None] = {}
    new_people: dict[str, str] = {}
    first_number_row: dict[str, int] = {}

    for row in table.rows:
        cells = {key: row.cells[i] for key, i in column_of.items()}
        if cell_text(cells.get("seq")) == EXAMPLE_MARK:
            continue
        if all(_is_empty(cells.get(c.key)) for c in COLUMNS if c.imported):
            continue
        bad: dict[str, ValidationError] = {}  # column key → the first problem found there
        category = _try(bad, "category", None, parse_category, cells.get("category"))
        grade = _try(bad, "grade", None, parse_grade, cells.get("grade"), directory.grades)
        term_kind, term_until, term_event = _try(
            bad, "term", (TermKind.LONG_TERM, None, ""), parse_term, cells.get("term"), grade, today
        )
        storages = _try(bad, "storages", [], parse_storages, cells.get("storages"))
        department = cell_text(cells.get("department"))
        department_id = directory.department_ids.get(department)
        if department and department_id is None:
            if len(department) > DEPARTMENT_MAX:
                bad["department"] = ValidationError(
                    QT_TRANSLATE_NOOP("errors", "部门名称过长（最多 {n} 个字符）"), n=DEPARTMENT_MAX
                )
            else:
                new_departments.setdefault(department)
        owner_name = cell_text(cells.get("owner"))
        owner = _try(bad, "owner", None, directory.person, owner_name, department_id)
        if owner_name and owner is None and "owner" not in bad:
            if len(owner_name) > people.NAME_MAX:
                bad["owner"] = ValidationError(
                    QT_TRANSLATE_NOOP("errors", "责任人姓名过长（最多 {n} 个字符）"),
                    n=people.NAME_MAX,
                )
            else:
                new_people.setdefault(owner_name, department)
        number = _number(cells.get("number"))
        if number is not None:
            if len(number) > NUMBER_MAX:
                bad["number"] = ValidationError(
                    QT_TRANSLATE_NOOP("errors", "编号过长（最多 {n} 个字符）"), n=NUMBER_MAX
                )
            elif number in first_number_row:
                bad["number"] = ValidationError(
                    QT_TRANSLATE_NOOP("errors", "编号“{number}”与第 {row} 行重复"),
                    number=number,
                    row=first_number_row[number],
                )
            else:
                first_number_row[number] = row.number
        inp = register.SecretInput(
            subject=cell_text(cells.get("subject")),
            category=category,
            grade_id=grade.id if grade else 0,
            term_kind=term_kind,
            term_until=term_until,
            term_event=term_event,
            description=cell_text(cells.get("description")),
            points=parse_points(cells.get("points")),
            department_id=department_id,
            owner_id=owner.id if owner else None,
            scope=cell_text(cells.get("scope")),
            storages=storages,
            note=cell_text(cells.get("note")),
        )
        # The register's own rules; the number is checked below for all rows at once.
        for problem in register.check_input(session, inp):
            key = _FIELD_COLUMN.get(problem.field, problem.field)
            bad.setdefault(key, ValidationError(problem.message))
        inp.number = number
        for key, error in bad.items():
            column = header_of.get(key, COLUMN_BY_KEY[key].header if key in COLUMN_BY_KEY else "")
            problems.append(ImportProblem(row.number, column, error))
        planned.append(PlannedRow(row.number, inp, department, owner_name))

    # check_input looks a number up with one SELECT per row; ask once which are taken and let
    # check_input word the problem for those rows only.
    taken = _taken_numbers(session, list(first_number_row))
    for plan_row in planned:
        if plan_row.inp.number in taken:
            for problem in register.check_input(session, plan_row.inp):
                if problem.field == "number":
                    column = header_of["number"]
                    problems.append(
                        ImportProblem(plan_row.row, column, ValidationError(problem.message))
                    )
    problems.sort(key=lambda p: p.row)
    if not planned and not problems:
        problems.append(
            ImportProblem(
                0, "", ValidationError(QT_TRANSLATE_NOOP("errors", "文件中没有可导入的记录"))
            )
        )
    return ImportPlan(
        table=table,
        mapping=dict(mapping),
        rows=planned,
        problems=problems,
        new_departments=list(new_departments),
        new_people=list(new_people.items()),
        chain_head=audit.head(session),
        today=today,
    )


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _taken_numbers(session: Session, numbers: Sequence[str]) -> set[str]:
    taken: set[str] = set()
    for chunk in _chunks([n.strip() for n in numbers]):
        taken.update(session.scalars(select(Secret.number).where(Secret.number.in_(chunk))))
    return taken


# --- running the import ------------------------------------------------------------------


def _values(inp: register.SecretInput) -> dict[str, Any]:
    """The secret row `register.propose` stores for `inp` (the fields `register._apply` sets);
    tests/services/test_register_io.py holds the two equal."""
    return {
        "subject": inp.subject.strip(),
        "description": inp.description.strip(),
        "category": inp.category,
        "grade_id": inp.grade_id,
        "term_kind": inp.term_kind,
        "term_until": inp.term_until if inp.term_kind == TermKind.UNTIL_DATE else None,
        "term_event": inp.term_event.strip() if inp.term_kind == TermKind.UNTIL_EVENT else "",
        "department_id": inp.department_id,
        "owner_id": inp.owner_id,
        "scope": inp.scope.strip(),
        "note": inp.note.strip(),
        "not_public_basis": inp.not_public_basis.strip(),
        "value_description": inp.value_description.strip(),
        "value_estimate": inp.value_estimate.strip(),
        "rd_cost": inp.rd_cost.strip(),
        "exclusions_confirmed": inp.exclusions_confirmed,
        "data_conditions": json.dumps(inp.data_conditions, sort_keys=True),
    }


def _append_events(
    session: Session, operator: str, events: list[tuple[str, str, int, Any]]
) -> None:
    """Append (action, entity_type, entity_id, after) events to the audit chain in one
    executemany. The hash is the chain's own (`audit._digest` over `audit._body`), exactly as
    `audit.append` computes it one event at a time."""
    last = audit.head(session)
    seq, prev = last.seq, last.hash
    rows = []
    for action, entity_type, entity_id, after in events:
        seq += 1
        row = {
            "seq": seq,
            "ts": datetime.now(UTC).isoformat(timespec="microseconds"),
            "operator": operator,
            "action": action,
            "entity_type": entity_type,
            "entity_id": str(entity_id),
            "before": audit.canonical(None),
            "after": audit.canonical(after),
            "prev_hash": prev,
        }
        row["hash"] = prev = audit._digest(prev, audit._body(SimpleNamespace(**row)))
        rows.append(row)
    _executemany(session.connection(), AuditEvent.__tablename__, rows)


def _executemany(conn, table: str, rows: list[dict[str, Any]]) -> None:
    """One driver-level executemany of plain values (str, int): SQLAlchemy's per-parameter
    processing would cost more than the insert itself."""
    if rows:
        names = list(rows[0])
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [tuple(row[n] for n in names) for row in rows],
        )


def _insert_batch(uow: UnitOfWork, batch: list[tuple[register.SecretInput, str]]) -> None:
    # Core inserts on the tables: the ORM's bulk path costs several times more per row.
    conn = uow.session.connection()
    rows = [
        {
            **_values(inp),
            "number": number,
            "status": SecretStatus.PROPOSED,
            "proposed_by": uow.actor.name,
            "next_review": None,  # as propose: the review clock starts at 定密
        }
        for inp, number in batch
    ]
    # Ids given here: SQLite answers RETURNING for an ordered executemany one row at a time.
    # Inside this write transaction nobody else can add a secret, so max(id)+1… are free
    # (ids are rowids without AUTOINCREMENT: the same numbers SQLite would hand out).
    first = (conn.exec_driver_sql("SELECT max(id) FROM secret").scalar() or 0) + 1
    ids = range(first, first + len(rows))
    for secret_id, row in zip(ids, rows, strict=True):
        row["id"] = secret_id
    conn.execute(insert(Secret.__table__), rows)
    points, storages, fts, events = [], [], [], []
    for secret_id, row, (inp, _) in zip(ids, rows, batch, strict=True):
        texts = [t.strip() for t in inp.points]
        places = [(StorageKind(k), loc.strip()) for k, loc in inp.storages]
        points += [
            {"secret_id": secret_id, "position": i, "text": t} for i, t in enumerate(texts, 1)
        ]
        storages += [
            {"secret_id": secret_id, "kind": k.value, "location": loc} for k, loc in places
        ]
        fts.append((secret_id, row["number"], row["subject"], row["description"], texts))
        shape = SimpleNamespace(
            **row,
            points=[SimpleNamespace(text=t) for t in texts],
            storages=[SimpleNamespace(kind=k, location=loc) for k, loc in places],
        )
        events.append(("secret.propose", "secret", secret_id, register.snapshot(shape)))
    _executemany(conn, SecretPoint.__tablename__, points)
    _executemany(conn, SecretStorage.__tablename__, storages)
    register.index_many(conn, fts)
    _append_events(uow.session, uow.actor.name, events)


def run_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import every row of `plan` in the caller's transaction, or none.

    The rows are checked again if the vault changed since the plan was made; any problem
    raises ImportRefused with the row-by-row report, a cancel raises ImportCancelled — either
    way the unit of work rolls back and nothing is left behind."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    today = today or date.today()
    if plan.chain_head != audit.head(session) or plan.today != today:
        plan = preview(session, plan.table, plan.mapping, today=today)
    report = ImportReport(source=plan.table.source)
    if plan.problems:
        report.problems = plan.problems
        raise ImportRefused(report)
    if plan.new_departments:
        require(uow.actor, Permission.EDIT_COMPANY)
    stop = cancelled or (lambda: False)

    department_ids = {d.name: d.id for d in session.scalars(select(Department))}
    for name in plan.new_departments:
        department_ids[name] = company.add_department(uow, name)
        report.created_departments.append(name)
    person_numbers = set(session.scalars(select(Person.number)))
    owner_ids: dict[str, int] = {}
    for name, department in plan.new_people:
        number = next_number(uow, "person", IMPORTED_PERSON_PATTERN, person_numbers.__contains__)
        person_numbers.add(number)
        owner_ids[name] = people.add_person(uow, number, name, department_ids.get(department))
        report.created_people.append((name, number))

    taken = set(session.scalars(select(Secret.number)))
    taken.update(r.inp.number for r in plan.rows if r.inp.number is not None)
    pattern = settings.get(uow.vault, "secret_number_pattern")

    total = len(plan.rows)
    batch: list[tuple[register.SecretInput, str]] = []
    for done, planned in enumerate(plan.rows, start=1):
        inp = planned.inp
        if planned.department and inp.department_id is None:  # created above
            inp = replace(inp, department_id=department_ids[planned.department])
        if planned.owner and inp.owner_id is None:
            inp = replace(inp, owner_id=owner_ids[planned.owner])
        # (copies: the plan itself stays as it was, should this transaction roll back)
        if inp.number is not None:
            number = inp.number.strip()
            report.numbers_kept += 1
        else:
            number = next_number(uow, "secret", pattern, taken.__contains__, today)
            taken.add(number)
            report.numbers_generated += 1
        batch.append((inp, number))
        if len(batch) == BATCH or done == total:
            if stop():
                raise ImportCancelled()
            _insert_batch(uow, batch)
            batch = []
            if progress:
                progress(done, total)
    if stop():
        raise ImportCancelled()
    report.imported = total
    uow.record(
        "register.import",
        "register",
        "",
        after={
            "file": plan.table.source,
            "rows": total,
            "numbers_kept": report.numbers_kept,
            "numbers_generated": report.numbers_generated,
            "departments_created": report.created_departments,
            "people_created": [name for name, _ in report.created_people],
        },
    )
    return report


def import_file(
    uow: UnitOfWork,
    path: str | Path,
    mapping: dict[str, str] | None = None,
    **kwargs: Any,
) -> ImportReport:
    """Read, map (automatically unless given) and import a file: what the CLI does."""
    table = read_table(path)
    plan = preview(uow.session, table, mapping or auto_mapping(table.headers))
    return run_import(uow, plan, **kwargs)


# --- export ------------------------------------------------------------------------------


@dataclass
class RegisterRecord:
    """One secret as the export, the ledger and the detail sheet print it."""

    id: int
    number: str
    subject: str
    category: Category
    grade: str
    term_kind: TermKind
    term_until: date | None
    term_event: str
    department: str
    owner: str
    scope: str
    storages: list[tuple[StorageKind, str]]
    points: list[str]
    description: str
    note: str
    status: SecretStatus

    @property
    def category_label(self) -> str:
        return register.CATEGORY_LABELS[self.category]

    @property
    def status_label(self) -> str:
        return register.STATUS_LABELS[self.status]

    @property
    def term_text(self) -> str:
        return register.term_text(self.term_kind, self.term_until, self.term_event)

    @property
    def storages_text(self) -> str:
        return storages_text(self.storages)

    @property
    def points_text(self) -> str:
        return "\n".join(f"{i}. {p}" for i, p in enumerate(self.points, 1))


def storages_text(storages: Sequence[tuple[StorageKind, str]]) -> str:
    return "；".join(
        register.STORAGE_LABELS[k] + (f"（{loc}）" if loc else "") for k, loc in storages
    )


IdsOrFilter = register.RegisterFilter | Sequence[int] | None  # None: the whole register


def resolve_ids(session: Session, filter_or_ids: IdsOrFilter) -> list[int] | None:
    """Secret ids in order for a filter (sorted by number) or an id list; None means all."""
    if filter_or_ids is None:
        return None
    if isinstance(filter_or_ids, register.RegisterFilter):
        return [row.id for row in register.list_secrets(session, filter_or_ids)]
    return [int(i) for i in filter_or_ids]


def records(session: Session, ids: Sequence[int] | None = None) -> list[RegisterRecord]:
    """The secrets `ids` (in that order; all, by number, when None) with names resolved."""
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    grades_ = dict(session.execute(select(Grade.id, Grade.name)).all())
    query = select(
        Secret.id,
        Secret.number,
        Secret.subject,
        Secret.category,
        Secret.grade_id,
        Secret.term_kind,
        Secret.term_until,
        Secret.term_event,
        Secret.department_id,
        Secret.owner_id,
        Secret.scope,
        Secret.description,
        Secret.note,
        Secret.status,
    )
    if ids is None:
        rows = session.execute(query.order_by(Secret.number)).all()
    else:
        found = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            for row in session.execute(query.where(Secret.id.in_(chunk))):
                found[row.id] = row
        rows = [found[i] for i in dict.fromkeys(ids) if i in found]
    wanted = None if ids is None else {r.id for r in rows}
    owner_ids = {r.owner_id for r in rows if r.owner_id is not None}
    owners: dict[int, str] = {}
    for chunk in _chunks(list(owner_ids)):
        owners.update(
            session.execute(select(Person.id, Person.name).where(Person.id.in_(chunk))).all()
        )
    points: dict[int, list[str]] = {}
    storages: dict[int, list[tuple[StorageKind, str]]] = {}
    point_q = select(SecretPoint.secret_id, SecretPoint.text).order_by(
        SecretPoint.secret_id, SecretPoint.position
    )
    storage_q = select(
        SecretStorage.secret_id, SecretStorage.kind, SecretStorage.location
    ).order_by(SecretStorage.secret_id, SecretStorage.id)
    if wanted is None:
        point_rows = session.execute(point_q)
        storage_rows = session.execute(storage_q)
    else:
        point_rows = [
            r
            for chunk in _chunks(list(wanted))
            for r in session.execute(point_q.where(SecretPoint.secret_id.in_(chunk)))
        ]
        storage_rows = [
            r
            for chunk in _chunks(list(wanted))
            for r in session.execute(storage_q.where(SecretStorage.secret_id.in_(chunk)))
        ]
    for sid, point in point_rows:
        points.setdefault(sid, []).append(point)
    for sid, kind, location in storage_rows:
        storages.setdefault(sid, []).append((kind, location))
    return [
        RegisterRecord(
            id=r.id,
            number=r.number,
            subject=r.subject,
            category=r.category,
            grade=grades_.get(r.grade_id, ""),
            term_kind=r.term_kind,
            term_until=r.term_until,
            term_event=r.term_event,
            department=departments.get(r.department_id, ""),
            owner=owners.get(r.owner_id, ""),
            scope=r.scope,
            storages=storages.get(r.id, []),
            points=points.get(r.id, []),
            description=r.description,
            note=r.note,
            status=r.status,
        )
        for r in rows
    ]


STREAM_CHUNK = 500  # ids bound in one IN (…) by iter_records


def all_ids(session: Session) -> list[int]:
    """Every secret's id, by number: the order of a whole-register export or ledger."""
    return list(session.scalars(select(Secret.id).order_by(Secret.number)))


# A secret's storages and points as one JSON array [[[kind, location]…], [point…]], in their
# order, by correlated subqueries: the chunk comes back as one row a secret (SQLite ≥ 3.44
# orders inside an aggregate), and one JSON decode a secret.
_EXTRAS = (
    "json_array(json((SELECT json_group_array(json_array(kind, location) ORDER BY id)"
    " FROM secret_storage WHERE secret_storage.secret_id = secret.id)), json({points}))"
)
_POINTS = (
    "(SELECT json_group_array(text ORDER BY position)"
    " FROM secret_point WHERE secret_point.secret_id = secret.id)"
)
_decode = json.JSONDecoder().raw_decode  # json.loads less its per-call checks
_KINDS = {k.value: k for k in StorageKind}  # a dict look-up is a tenth of StorageKind(k)


def iter_records(
    session: Session, ids: Sequence[int] | None = None, *, points: bool = True
) -> Iterator[RegisterRecord]:
    """`records(session, ids)` one record at a time (ids in their order, unknown
    ids skipped; all by number when None), for the export and the ledger of 100,000
    secrets: one query a chunk, names joined in, so memory stays that of a chunk. Without
    `points` the points stay empty (the ledger does not print them)."""
    wanted = all_ids(session) if ids is None else list(dict.fromkeys(int(i) for i in ids))
    query = (
        select(
            Secret.id,
            Secret.number,
            Secret.subject,
            Secret.category,
            Grade.name,
            Secret.term_kind,
            Secret.term_until,
            Secret.term_event,
            Department.name,
            Person.name,
            Secret.scope,
            Secret.description,
            Secret.note,
            Secret.status,
            literal_column(_EXTRAS.format(points=_POINTS if points else "'[]'")),
        )
        .outerjoin(Grade, Grade.id == Secret.grade_id)
        .outerjoin(Department, Department.id == Secret.department_id)
        .outerjoin(Person, Person.id == Secret.owner_id)
    )
    for start in range(0, len(wanted), STREAM_CHUNK):
        chunk = wanted[start : start + STREAM_CHUNK]
        rows = {r[0]: r for r in session.execute(query.where(Secret.id.in_(chunk)))}
        for sid in chunk:
            r = rows.get(sid)
            if r is None:
                continue
            storages, texts = _decode(r[14])[0]
            yield RegisterRecord(
                id=sid,
                number=r[1],
                subject=r[2],
                category=r[3],
                grade=r[4] or "",
                term_kind=r[5],
                term_until=r[6],
                term_event=r[7],
                department=r[8] or "",
                owner=r[9] or "",
                scope=r[10],
                storages=[(_KINDS[k], loc) for k, loc in storages],
                points=texts,
                description=r[11],
                note=r[12],
                status=r[13],
            )


def _export_cells(seq: int, record: RegisterRecord, *, dates: bool) -> list[Any]:
    term: Any = record.term_text
    if dates and record.term_kind == TermKind.UNTIL_DATE and record.term_until:
        term = record.term_until  # an Excel date cell
    values = {
        "seq": seq,
        "number": record.number,
        "subject": record.subject,
        "category": record.category_label,
        "grade": record.grade,
        "term": term,
        "department": record.department,
        "owner": record.owner,
        "scope": record.scope,
        "storages": record.storages_text,
        "points": record.points_text,
        "description": record.description,
        "note": record.note,
        "status": record.status_label,
    }
    return [values[c.key] for c in EXPORT_COLUMNS]


# Column widths (Excel character units) of the template and the export.
_WIDTHS = {
    "seq": 6, "number": 16, "subject": 36, "category": 22, "grade": 10, "term": 14,
    "department": 14, "owner": 10, "scope": 28, "storages": 34, "points": 48,
    "description": 40, "note": 20, "status": 8,
}  # fmt: skip


def _xlsx_bytes(rows: Iterable[list[Any]], columns: Sequence[Column]) -> bytes:
    return spreadsheet.write_xlsx(
        "商业秘密清单",
        [c.header for c in columns],
        rows,
        widths=[_WIDTHS[c.key] for c in columns],
        freeze="C2",
    )


def _csv_bytes(rows: Iterable[list[Any]], columns: Sequence[Column]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    writer.writerows([spreadsheet.neutralise(v) for v in row] for row in rows)
    # UTF-8 with BOM: Excel on a Chinese Windows then opens it without mangling the text.
    return out.getvalue().encode("utf-8-sig")


def export_register(uow: UnitOfWork, path: str | Path, filter_or_ids: IdsOrFilter = None) -> int:
    """Write the register (all, an id list or a RegisterFilter) to .xlsx or .csv; returns the
    count. Audited as `register.export`: the file leaves the encrypted vault."""
    require(uow.actor, Permission.EXPORT)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "只能导出为 .xlsx 或 .csv 文件"))
    # Streamed a chunk at a time into the (in-memory) file: never every record at once.
    found = iter_records(uow.session, resolve_ids(uow.session, filter_or_ids))
    counted = [0]

    def rows() -> Iterable[list[Any]]:
        for seq, record in enumerate(found, 1):
            counted[0] = seq
            yield _export_cells(seq, record, dates=suffix == ".xlsx")

    data = (
        _xlsx_bytes(rows(), EXPORT_COLUMNS)
        if suffix == ".xlsx"
        else _csv_bytes(rows(), EXPORT_COLUMNS)
    )
    uow.record(
        "register.export",
        "register",
        "",
        after={"file": path.name, "format": suffix[1:], "count": counted[0]},
    )
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "无法写入文件 {name}：{reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    return counted[0]


# --- the template ------------------------------------------------------------------------

TEMPLATE_EXAMPLE = {
    "seq": EXAMPLE_MARK,
    "number": "",
    "subject": "GX-3 型剑杆织机主轴热处理工艺参数",
    "category": "技术信息—设计信息",
    "grade": "一级商密",
    "term": "长期",
    "department": "技术研发中心",
    "owner": "周晓东",
    "scope": "技术研发中心工艺组；生产制造部热处理工段班组长",
    "storages": "纸质资料（图纸档案室 3 号柜）；本地信息系统（PLM 服务器）",
    "points": "1. 淬火温度曲线与保温时间组合\n2. 回火阶段的分段降温参数",
    "description": "主轴 42CrMo 材料热处理的完整工艺卡，决定主轴寿命。",
    "note": "",
}


def write_template(path: str | Path, grade_names: Sequence[str] | None = None) -> None:
    """An .xlsx to fill in: the recognised headers, an example row (序号 “示例”, not imported),
    and a second sheet explaining each column and its allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    grade_names = list(grade_names or ("一级商密", "二级商密", "三级商密"))
    book = Workbook()
    sheet = book.active
    sheet.title = "商业秘密清单"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    wrap = Alignment(wrap_text=True, vertical="top")
    keys = [c.key for c in TEMPLATE_COLUMNS]
    for i, column in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(1, i, column.header + ("*" if column.required else ""))
        cell.font, cell.fill = bold, fill
        sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS[column.key]
        example = sheet.cell(2, i, TEMPLATE_EXAMPLE[column.key] or None)
        example.alignment = wrap
        example.font = Font(color="808080")
    sheet.freeze_panes = "C2"
    # Drop-down lists that help without refusing short names ("设计信息", "一级").
    for key, values in (
        ("category", list(register.CATEGORY_LABELS.values())),
        ("grade", grade_names),
    ):
        letter = get_column_letter(keys.index(key) + 1)
        rule = DataValidation(
            type="list", formula1='"' + ",".join(values) + '"', showErrorMessage=False
        )
        rule.add(f"{letter}2:{letter}5000")
        sheet.add_data_validation(rule)

    help_sheet = book.create_sheet("填写说明")
    allowed_values = {
        "category": "\n".join(register.CATEGORY_LABELS.values()),
        "grade": "\n".join(grade_names),
        "term": "日期 / " + register.LONG_TERM_LABEL + " / N年 / 事件描述",
        "storages": "\n".join(register.STORAGE_LABELS.values()),
        "status": "\n".join(register.STATUS_LABELS.values()),
    }
    for i, title in enumerate(("列名", "必填", "说明", "可填写的值"), start=1):
        cell = help_sheet.cell(1, i, title)
        cell.font, cell.fill = bold, fill
    for r, column in enumerate(COLUMNS, start=2):
        help_sheet.cell(r, 1, column.header).font = bold
        help_sheet.cell(r, 2, "是" if column.required else "")
        help_sheet.cell(r, 3, column.help).alignment = wrap
        help_sheet.cell(r, 4, allowed_values.get(column.key, "")).alignment = wrap
    notes = [
        "第一张工作表的第 2 行是示例（序号为“示例”的行不会导入），可删除或照此填写。",
        "也可使用自己的表格：常见列名（如 名称、密级、责任部门、知悉范围）会被自动识别，其余列可在导入向导中手动对应。",
        "导入时逐行检查：任何一行有问题则整个文件都不导入，并列出每一行的问题。",
        "文件中出现而系统中尚无的部门和人员会自动新建，并在预览和导入结果中列出。",
    ]
    for r, note in enumerate(notes, start=len(COLUMNS) + 3):
        help_sheet.cell(r, 1, note)
    for letter, width in zip("ABCD", (12, 6, 60, 28), strict=True):
        help_sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    write_atomic(Path(path), out.getvalue())
