"""Exporting the register to `.xlsx` or `.csv` in the import's columns (an export imports
again unchanged), and the blank template to fill in."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Row, literal_column, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import (
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
from tsdesk.services import register, spreadsheet
from tsdesk.services.permissions import Permission, require
from tsdesk.services.register_io.columns import (
    COLUMNS,
    EXAMPLE_MARK,
    EXPORT_COLUMNS,
    TEMPLATE_COLUMNS,
    Column,
)
from tsdesk.services.register_io.importing import _chunks
from tsdesk.vault import UnitOfWork
from tsdesk.vault.atomic import write_atomic

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
    point_rows: Iterable[Row[int, str]]
    storage_rows: Iterable[Row[int, StorageKind, str]]
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
