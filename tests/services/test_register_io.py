"""Excel and CSV in and out of the register (issue 3 §5): all-or-nothing import with a
row-by-row report, terms in every spelling, new departments and people, GBK CSV, cancel,
and export → import round trips."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import func, select, text
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.errors import PermissionDenied
from tsdesk.models import (
    AuditEvent,
    Category,
    Department,
    Person,
    Secret,
    SecretPoint,
    SecretStatus,
    SecretStorage,
    StorageKind,
    TermKind,
)
from tsdesk.services import register, register_io, spreadsheet
from tsdesk.vault import Vault, audit

HEADERS = ["序号", "编号", "秘密主题", "类别", "保密等级", "保密期限", "主责部门", "责任人",
           "保密范围", "存储方式", "秘密点", "描述", "备注"]  # fmt: skip
TODAY = date(2026, 3, 1)


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def write_xlsx(path, headers, rows, *, title: str | None = None):
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def row(subject="主轴热处理工艺参数", **values):
    """A valid row in HEADERS order; keyword names are the column keys."""
    cells = {
        "seq": 1,
        "number": None,
        "subject": subject,
        "category": "设计信息",
        "grade": "二级商密",
        "term": "长期",
        "department": "技术研发中心",
        "owner": "张伟",
        "scope": "研发中心工艺组",
        "storages": "纸质资料（档案室 3 号柜）",
        "points": "1. 淬火温度曲线\n2. 回火保温时间",
        "description": "工艺卡",
        "note": "",
    }
    cells.update(values)
    return [cells[c.key] for c in register_io.TEMPLATE_COLUMNS]


def plan_for(vault, path, mapping=None):
    table = register_io.read_table(path)
    with vault.reader() as session:
        return register_io.preview(
            session, table, mapping or register_io.auto_mapping(table.headers), today=TODAY
        )


def import_file(vault, actor, path, **kwargs):
    plan = plan_for(vault, path)
    with vault.unit_of_work(actor) as uow:
        return register_io.run_import(uow, plan, today=TODAY, **kwargs)


def count(vault, model) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def head(vault):
    with vault.reader() as session:
        return audit.head(session)


# --- reading and mapping ---------------------------------------------------------------------


def test_template_headers_are_recognised_and_its_example_is_not_imported(team, tmp_path):
    path = tmp_path / "模板.xlsx"
    register_io.write_template(path, ["一级商密", "二级商密", "三级商密"])
    table = register_io.read_table(path)
    mapping = register_io.auto_mapping(table.headers)
    assert [mapping[h] for h in table.headers] == [c.key for c in register_io.TEMPLATE_COLUMNS]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["商业秘密清单", "填写说明"]
    explained = [r[0].value for r in book["填写说明"].iter_rows(min_row=2, max_row=15)]
    assert explained == [c.header for c in register_io.COLUMNS]
    plan = plan_for(team.vault, path)
    assert plan.rows == [] and not plan.ok  # the 示例 row is skipped
    assert plan.problems[0].message == "文件中没有可导入的记录"


def test_common_headers_under_a_title_row_map_themselves(team, tmp_path):
    path = write_xlsx(
        tmp_path / "台账.xlsx",
        ["序号", "秘密名称", "类型", "密级", "责任部门", "负责人", "知悉范围", "说明", "关键要点"],
        [
            [
                1,
                "客户名单",
                "客户信息",
                "三级",
                "销售部",
                "李娜",
                "销售部",
                "华东区客户",
                "联系人偏好",
            ]
        ],
        title="越丰公司商业秘密清单（2025 年度）",
    )
    table = register_io.read_table(path)
    assert table.headers[0] == "序号" and table.rows[0].number == 3  # as Excel shows it
    mapping = register_io.auto_mapping(table.headers)
    assert mapping == {
        "序号": "seq", "秘密名称": "subject", "类型": "category", "密级": "grade",
        "责任部门": "department", "负责人": "owner", "知悉范围": "scope",
        "说明": "description", "关键要点": "",
    }  # fmt: skip
    mapping["关键要点"] = "points"  # mapped by hand
    with team.vault.reader() as session:
        plan = register_io.preview(session, table, mapping, today=TODAY)
    assert plan.ok
    (planned,) = plan.rows
    assert planned.inp.category == Category.PARTNERS
    assert planned.inp.points == ["联系人偏好"]
    assert planned.inp.owner_id == team.people["李娜"]
    assert (planned.inp.term_kind, planned.inp.term_until) == (
        TermKind.UNTIL_DATE,
        date(2031, 3, 1),
    )


def test_mapping_problems_are_named():
    problems = register_io.mapping_problems({"a": "subject", "b": "subject"})
    assert [p.message for p in problems] == [
        "“秘密主题”对应了多列，请只选一列",
        "请为以下字段指定列：类别、保密等级",
    ]
    assert register_io.mapping_problems({"a": "subject", "b": "category", "c": "grade"}) == []


# --- all or nothing --------------------------------------------------------------------------


def test_a_file_with_bad_rows_imports_nothing_and_says_where(team, tmp_path):
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        HEADERS,
        [
            row("好的一行"),
            row("等级不对", grade="四级商密"),
            row("", category="设计信息"),
            row("存储不明", storages="抽屉"),
            row("日期不对", term="2030-02-30"),
            row("编号重复一", number="A-1"),
            row("编号重复二", number="A-1"),
        ],
    )
    before = head(team.vault)
    with pytest.raises(register_io.ImportRefused) as refused:
        import_file(team.vault, team.officer, path)
    problems = [(p.row, p.column, p.message) for p in refused.value.report.problems]
    assert (
        3,
        "保密等级",
        "保密等级“四级商密”不存在（可填：一级商密、二级商密、三级商密）",
    ) in problems
    assert (4, "秘密主题", "秘密主题不能为空") in problems
    assert any(r == 5 and c == "存储方式" and "“抽屉”无法识别" in m for r, c, m in problems)
    assert (6, "保密期限", "保密期限“2030-02-30”不是有效日期") in problems
    assert (8, "编号", "编号“A-1”与第 7 行重复") in problems
    assert [r for r, _, _ in problems] == [3, 4, 5, 6, 8]
    report = refused.value.report.text()
    assert report.startswith("bad.xlsx：发现 5 处问题，未导入任何记录。")
    assert "第 3 行，“保密等级”列：保密等级“四级商密”不存在" in report
    assert count(team.vault, Secret) == 0
    assert count(team.vault, Department) == 3  # 技术研发中心 exists; nothing was created
    assert head(team.vault) == before  # not even an audit event


def test_a_number_already_in_the_register_is_refused_by_the_register_rule(team, tmp_path):
    propose(team, secret_input(team, number="TS-OLD-1"))
    path = write_xlsx(tmp_path / "dup.xlsx", HEADERS, [row(number="TS-OLD-1"), row(number="X")])
    plan = plan_for(team.vault, path)
    assert [(p.row, p.column, p.message) for p in plan.problems] == [(2, "编号", "编号已被使用")]


def test_auditors_cannot_import_and_officers_cannot_create_departments(team, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", HEADERS, [row(department="新设的部门")])
    with pytest.raises(PermissionDenied):
        import_file(team.vault, team.auditor, path)
    with pytest.raises(PermissionDenied):  # 修改企业信息 is the admin's
        import_file(team.vault, team.officer, path)
    assert count(team.vault, Secret) == 0 and count(team.vault, Person) == 3


# --- what a good import does -----------------------------------------------------------------


def test_terms_in_every_spelling(team, tmp_path):
    terms = [
        datetime(2030, 12, 31),  # an Excel date cell
        "2031-01-02",
        "2031/1/3",
        "2031年1月4日",
        "2031.01.05",
        "长期",
        "产品上市之日",
        "5年",
        None,  # the grade's default: 二级商密 = 10 years
    ]
    path = write_xlsx(
        tmp_path / "terms.xlsx", HEADERS, [row(f"期限{i}", term=t) for i, t in enumerate(terms)]
    )
    report = import_file(team.vault, team.officer, path)
    assert report.imported == len(terms)
    with team.vault.reader() as session:
        got = {
            r.subject: (r.term_kind, r.term_until, r.term_event)
            for r in register_io.records(session)
        }
    D, L, E = TermKind.UNTIL_DATE, TermKind.LONG_TERM, TermKind.UNTIL_EVENT
    assert [got[f"期限{i}"] for i in range(len(terms))] == [
        (D, date(2030, 12, 31), ""),
        (D, date(2031, 1, 2), ""),
        (D, date(2031, 1, 3), ""),
        (D, date(2031, 1, 4), ""),
        (D, date(2031, 1, 5), ""),
        (L, None, ""),
        (E, None, "产品上市之日"),
        (D, date(2031, 3, 1), ""),
        (D, date(2036, 3, 1), ""),
    ]


def test_categories_storages_and_points_are_read_in_common_spellings():
    assert register_io.parse_category("技术信息-软件信息") == Category.SOFTWARE
    assert register_io.parse_category("技术信息——设计信息") == Category.DESIGN
    assert register_io.parse_category("财务信息") == Category.FINANCE
    assert register_io.parse_category("经营信息") == Category.BUSINESS
    assert register_io.parse_category("其他商业信息") == Category.OTHER
    assert register_io.parse_storages(
        "纸质资料；本地信息系统(服务器A、B)、云端存储: 阿里云 OSS"
    ) == [
        (StorageKind.PAPER, ""),
        (StorageKind.LOCAL_SYSTEM, "服务器A、B"),
        (StorageKind.CLOUD, "阿里云 OSS"),
    ]
    assert register_io.parse_points("1. 甲\n2、乙\n(3) 丙\n④ 丁\n1.5mm 公差") == [
        "甲", "乙", "丙", "丁", "1.5mm 公差",
    ]  # fmt: skip


def test_new_departments_and_people_are_created_and_listed(opened, tmp_path):
    vault, admin = opened.vault, opened.admin
    path = write_xlsx(
        tmp_path / "new.xlsx",
        HEADERS,
        [
            row("甲", department="质量管理部", owner="周晓东"),
            row("乙", department="质量管理部", owner="周晓东"),
            row("丙", department="信息部", owner="钱卫平"),
            row("丁", department="", owner=""),
        ],
    )
    plan = plan_for(vault, path)
    assert plan.ok
    assert plan.new_departments == ["质量管理部", "信息部"]
    assert plan.new_people == [("周晓东", "质量管理部"), ("钱卫平", "信息部")]
    with vault.unit_of_work(admin) as uow:
        report = register_io.run_import(uow, plan, today=TODAY)
    assert report.created_departments == ["质量管理部", "信息部"]
    assert report.created_people == [("周晓东", "DR-0001"), ("钱卫平", "DR-0002")]
    assert "新建部门：质量管理部、信息部" in report.text()
    with vault.reader() as session:
        zhou = session.scalar(select(Person).where(Person.name == "周晓东"))
        quality = session.scalar(select(Department).where(Department.name == "质量管理部"))
        assert zhou.department_id == quality.id and zhou.number == "DR-0001"
        by_subject = {r.subject: r for r in register_io.records(session)}
    assert (by_subject["乙"].department, by_subject["乙"].owner) == ("质量管理部", "周晓东")
    assert (by_subject["丁"].department, by_subject["丁"].owner) == ("", "")


def test_numbers_are_kept_or_generated_and_the_import_is_audited(team, tmp_path):
    path = write_xlsx(
        tmp_path / "n.xlsx", HEADERS, [row("甲", number="JS-2019-007"), row("乙"), row("丙")]
    )
    before = head(team.vault)
    report = import_file(team.vault, team.officer, path)
    assert (report.imported, report.numbers_kept, report.numbers_generated) == (3, 1, 2)
    with team.vault.reader() as session:
        numbers = {r.subject: r.number for r in register_io.records(session)}
        events = list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.seq > before.seq).order_by(AuditEvent.seq)
            )
        )
        assert audit.verify(session).ok
    assert numbers == {"甲": "JS-2019-007", "乙": "TS-2026-0001", "丙": "TS-2026-0002"}
    assert [e.action for e in events] == ["secret.propose"] * 3 + ["register.import"]
    assert '"file":"n.xlsx"' in events[-1].after and '"rows":3' in events[-1].after
    assert all(e.operator == team.officer.name for e in events)


def test_bulk_rows_are_what_propose_stores(team, tmp_path):
    """register_io writes rows in bulk; they must equal what register.propose stores for the
    same input (the record, its points and storages, the search index, the audit event)."""
    path = write_xlsx(tmp_path / "one.xlsx", HEADERS, [row("对照", number="B-1", note=" 备注 ")])
    table = register_io.read_table(path)
    with team.vault.unit_of_work(team.officer) as uow:  # today: propose knows no other day
        register_io.run_import(
            uow, register_io.preview(uow.session, table, register_io.auto_mapping(table.headers))
        )
    with team.vault.reader() as session:
        imported = session.scalar(select(Secret).where(Secret.number == "B-1"))
        inp = register.input_of(imported)
    inp.number = "P-1"
    propose(team, inp)
    columns = [
        c.key
        for c in Secret.__table__.columns
        if c.key not in ("id", "number", "proposed_at", "updated_at")
    ]

    def stored(number):
        with team.vault.reader() as session:
            s = session.scalar(select(Secret).where(Secret.number == number))
            fts = session.execute(
                text(
                    "SELECT number, subject, description, points FROM secret_fts WHERE rowid = :id"
                ),
                {"id": s.id},
            ).one()
            event = session.scalar(
                select(AuditEvent).where(
                    AuditEvent.action == "secret.propose", AuditEvent.entity_id == str(s.id)
                )
            )
            snap = register.snapshot(s)
            return (
                {c: getattr(s, c) for c in columns},
                [(p.position, p.text) for p in s.points],
                [(x.kind, x.location) for x in s.storages],
                tuple(fts)[1:],
                {k: v for k, v in audit_after(event).items() if k != "number"},
                {k: v for k, v in snap.items() if k != "number"},
            )

    bulk, single = stored("B-1"), stored("P-1")
    for part_bulk, part_single in zip(bulk, single, strict=True):
        assert part_bulk == part_single
    assert bulk[4] == bulk[5]  # the event records the snapshot


def audit_after(event):
    import json

    return json.loads(event.after)


def test_imported_secrets_are_found_by_search(team, tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", HEADERS, [row("剑杆织机引纬凸轮廓线")])
    import_file(team.vault, team.officer, path)
    with team.vault.reader() as session:
        assert len(register.search(session, "引纬凸轮")) == 1
        assert len(register.search(session, "淬火")) == 1  # a secret point


# --- CSV -------------------------------------------------------------------------------------


def write_csv(path, rows, encoding):
    out = io.StringIO(newline="")
    csv.writer(out).writerows([HEADERS, *rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8", "utf-8-sig"])
def test_csv_in_gbk_and_utf8(team, tmp_path, encoding):
    path = write_csv(
        tmp_path / "清单.csv",
        [row("报价体系", term="2030/12/31", category="经营信息—财务信息"), row("客户名单")],
        encoding,
    )
    table = register_io.read_table(path)
    assert table.headers == HEADERS
    report = import_file(team.vault, team.admin, path)
    assert report.imported == 2
    with team.vault.reader() as session:
        subjects = {r.subject: r for r in register_io.records(session)}
    assert subjects["报价体系"].category == Category.FINANCE
    assert subjects["报价体系"].term_until == date(2030, 12, 31)
    assert subjects["客户名单"].points == ["淬火温度曲线", "回火保温时间"]


def test_unreadable_files_say_so(tmp_path):
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "b.xlsx").write_bytes(b"not a zip")
    (tmp_path / "c.csv").write_bytes(b"")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    messages = []
    for name in ("a.xls", "b.xlsx", "c.csv", "d.pdf"):
        with pytest.raises(register_io.ValidationError) as err:
            register_io.read_table(tmp_path / name)
        messages.append(err.value.message)
    assert messages == [
        "不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入",
        "无法读取 Excel 文件 b.xlsx：文件已损坏或不是 .xlsx 格式",
        "文件是空的",
        "只能导入 .xlsx 或 .csv 文件",
    ]


# --- cancel ------------------------------------------------------------------------------------


def test_cancel_leaves_nothing_behind(opened, tmp_path, monkeypatch):
    monkeypatch.setattr(register_io.importing, "BATCH", 2)
    vault, admin = opened.vault, opened.admin
    path = write_xlsx(
        tmp_path / "c.xlsx",
        HEADERS,
        [row(f"第{i}项", department="新部门", owner="新人") for i in range(7)],
    )
    before = head(vault)
    seen: list[tuple[int, int]] = []

    def progress(done, total):
        seen.append((done, total))

    plan = plan_for(vault, path)
    with pytest.raises(register_io.ImportCancelled), vault.unit_of_work(admin) as uow:
        register_io.run_import(
            uow, plan, today=TODAY, progress=progress, cancelled=lambda: len(seen) >= 2
        )
    assert seen == [(2, 7), (4, 7)]
    assert count(vault, Secret) == count(vault, SecretPoint) == count(vault, SecretStorage) == 0
    assert count(vault, Department) == count(vault, Person) == 0
    assert head(vault) == before
    with vault.reader() as session:
        assert session.execute(text("SELECT count(*) FROM secret_fts")).scalar() == 0
    # The same plan imports afterwards: the cancelled run left it as it was.
    assert all(r.inp.department_id is None and r.inp.owner_id is None for r in plan.rows)
    with vault.unit_of_work(admin) as uow:
        report = register_io.run_import(uow, plan, today=TODAY, progress=progress)
    assert report.imported == 7 and seen[-1] == (7, 7)
    with vault.reader() as session:
        assert {(r.department, r.owner) for r in register_io.records(session)} == {
            ("新部门", "新人")
        }


# --- export ------------------------------------------------------------------------------------


def same_records(records):
    return [
        (
            r.number, r.subject, r.category, r.grade, r.term_kind, r.term_until, r.term_event,
            r.department, r.owner, r.scope, r.storages, r.points, r.description, r.note,
        )
        for r in records
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_a_fresh_vault_gives_the_same_records(team, tmp_path, suffix):
    inputs = [
        secret_input(team, "剑杆织机引纬机构设计图纸"),
        secret_input(
            team,
            "客户名单（华东区）",
            category=Category.PARTNERS,
            term_kind=TermKind.LONG_TERM,
            term_until=None,
            department_id=team.departments["销售部"],
            owner_id=team.people["李娜"],
            scope="销售部经理；总经理",
            storages=[(StorageKind.CLOUD, "企业网盘/销售"), (StorageKind.PAPER, "")],
            points=["1.5 级客户的报价底线", "联系人偏好"],
            note="每季度更新",
        ),
        secret_input(
            team,
            "新品上市计划",
            category=Category.BUSINESS,
            term_kind=TermKind.UNTIL_EVENT,
            term_until=None,
            term_event="新品公开发布之日",
            owner_id=None,
            points=[],
        ),
    ]
    confirmed(team, inputs[0])
    for inp in inputs[1:]:
        propose(team, inp)
    path = tmp_path / f"导出{suffix}"
    with team.vault.unit_of_work(team.auditor) as uow:
        assert register_io.export_register(uow, path) == 3
    with team.vault.reader() as session:
        original = same_records(register_io.records(session))
        event = session.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert event.action == "register.export" and event.operator == team.auditor.name
    assert audit_after(event) == {"file": f"导出{suffix}", "format": suffix[1:], "count": 3}

    fresh, fresh_admin, _ = Vault.create(
        tmp_path / "fresh.tsdesk", company="另一家", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        table = register_io.read_table(path)
        assert table.headers == [c.header for c in register_io.EXPORT_COLUMNS]
        with fresh.unit_of_work(fresh_admin) as uow:
            report = register_io.import_file(uow, path)
        assert report.imported == 3 and report.numbers_kept == 3
        with fresh.reader() as session:
            assert same_records(register_io.records(session)) == original
            statuses = {r.status for r in register_io.records(session)}
        assert statuses == {SecretStatus.PROPOSED}  # imported records are proposals
    finally:
        fresh.close()


def test_export_of_a_filter_or_ids_and_its_format(team, tmp_path):
    a = propose(team, secret_input(team, "甲项"))
    propose(team, secret_input(team, "乙项", grade_id=team.grades["一级商密"]))
    path = tmp_path / "f.xlsx"
    with team.vault.unit_of_work(team.officer) as uow:
        assert (
            register_io.export_register(
                uow, path, register.RegisterFilter(grade_id=team.grades["一级商密"])
            )
            == 1
        )
        assert register_io.export_register(uow, tmp_path / "ids.csv", [a]) == 1
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(c.header for c in register_io.EXPORT_COLUMNS)
    assert rows[1][2] == "乙项" and rows[1][5] == datetime(2035, 12, 31)  # a real date cell
    assert rows[1][-1] == "拟定"
    data = (tmp_path / "ids.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the Chinese right
    with pytest.raises(register_io.ValidationError), team.vault.unit_of_work(team.officer) as uow:
        register_io.export_register(uow, tmp_path / "x.pdf")


# --- the xlsx reader ---------------------------------------------------------------------------


def shared_strings_copy(src, dst):
    """`src` rewritten the way Excel saves: strings in xl/sharedStrings.xml (openpyxl writes
    them inline), so the reader is tested on both forms."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(src) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    strings: list[str] = []

    def shared(match):
        strings.append(match.group(3))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(strings) - 1}</v></c>'

    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(
        r'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>',
        shared,
        sheet,
        flags=re.S,
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{ns}">' + "".join(f"<si><r><t>{s}</t></r></si>" for s in strings) + "</sst>"
    ).encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats'
        b'-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    with zipfile.ZipFile(dst, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return strings


def test_the_xlsx_reader_gives_what_openpyxl_gives(tmp_path):
    path = tmp_path / "values.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["文字", "整数", "小数", "日期", "真假", "日期时间"])
    sheet.append(["甲 & <乙>", 7, 2.5, datetime(2030, 12, 31), True, datetime(2031, 1, 2, 8, 30)])
    sheet.append([None, None, "第三行", None, False])
    sheet["H5"] = "隔开的单元格"
    sheet["B4"] = date(2029, 6, 1)
    sheet["B4"].number_format = "yyyy年m月d日"
    book.create_sheet("第二张")["A1"] = "不读"
    book.save(path)

    def trimmed(rows):
        out = []
        for number, cells in rows:
            cells = list(cells)
            while cells and cells[-1] is None:
                cells.pop()
            out.append((number, tuple(cells)))
        return [r for r in out if r[1]]

    reference = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
    expected = trimmed(enumerate(reference.iter_rows(values_only=True), start=1))
    assert trimmed(spreadsheet.read_xlsx(path)) == expected
    assert expected[1][1][3] == datetime(2030, 12, 31) and expected[3][1][1] == datetime(2029, 6, 1)
    excel_like = tmp_path / "excel.xlsx"
    assert "甲 &amp; &lt;乙&gt;" in shared_strings_copy(path, excel_like)
    assert trimmed(spreadsheet.read_xlsx(excel_like)) == expected
