"""Importing a register from `.xlsx` or `.csv`: reading the table, mapping its headers, parsing
cells, checking every row (`preview`) and importing all rows or none (`run_import`).

Rows go in through `register.insert_many` in batches, so progress and cancel are checked
between batches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import String, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from tsdesk.errors import QT_TRANSLATE_NOOP, TSDeskError, ValidationError
from tsdesk.models import (
    Category,
    Department,
    Grade,
    Person,
    Secret,
    StorageKind,
    TermKind,
)
from tsdesk.services import company, people, register, settings, spreadsheet
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register_io.columns import (
    _SYNONYMS,
    CATEGORY_SYNONYMS,
    COLUMN_BY_KEY,
    COLUMNS,
    EXAMPLE_MARK,
    IGNORE,
    STORAGE_SYNONYMS,
    _norm,
    field_label,
)
from tsdesk.vault import UnitOfWork, audit

LONG_TERM_WORDS = frozenset({"长期", "长期有效", "长期保密", "永久"})
IMPORTED_PERSON_PATTERN = "DR-{seq:04}"  # 导入: a 工号 the people page lets the officer correct
BATCH = 500  # rows per executemany: progress and cancel are checked between batches
HEADER_SCAN_ROWS = 10  # a title row or two above the headers is common in Chinese ledgers


def _max_length(type_: TypeEngine[Any]) -> int:
    """The declared length of a String column's type."""
    if not isinstance(type_, String) or type_.length is None:
        raise TypeError(f"{type_!r} declares no length")
    return type_.length


# Names the import may create or keep, as long as the schema holds them.
DEPARTMENT_MAX = _max_length(Department.__table__.c.name.type)
NUMBER_MAX = _max_length(Secret.__table__.c.number.type)


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
        # Every part of the pattern is optional, so it matches any text; were it not to,
        # the whole part would be the (then unknown) name.
        match = _STORAGE_ITEM.match(part)
        name, location = (
            (match.group(1), (match.group(2) or match.group(3) or "").strip())
            if match
            else (part, "")
        )
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
            bad.setdefault(key, problem.error())
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
                    problems.append(ImportProblem(plan_row.row, column, problem.error()))
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
    pattern = settings.get(uow.session, "secret_number_pattern")

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
            register.insert_many(uow, batch)
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
