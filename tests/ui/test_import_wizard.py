"""The import wizard (issue 3 §5): file → mapping → preview → import with progress and
cancel; and the export action that warns first."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from register_testing import build_team
from sqlalchemy import func, select

from tsdesk.models import AuditEvent, Department, Secret
from tsdesk.services import register, register_io
from tsdesk.ui.register import import_wizard, register_io_actions
from tsdesk.ui.register.import_wizard import FILE, MAPPING, PREVIEW, RUN, ImportWizard
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

HEADERS = ["序号", "秘密名称", "类别", "密级", "保密期限", "责任部门", "责任人", "关键要点"]


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def write_xlsx(path, rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def good_rows(n=12, department="技术研发中心"):
    return [
        [i, f"第{i}项工艺参数", "设计信息", "二级", "长期", department, "张伟", "淬火温度曲线"]
        for i in range(1, n + 1)
    ]


def secrets(vault) -> int:
    with vault.reader() as session:
        return session.scalar(select(func.count()).select_from(Secret))


@pytest.fixture
def make_wizard(qtbot):
    made = []

    def make(session) -> ImportWizard:
        wizard = ImportWizard(session)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    assert wait_for_all()


def to_preview(wizard, qtbot, path, mapping_changes=None):
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    assert wizard.currentId() == MAPPING
    for header, key in (mapping_changes or {}).items():
        combo = wizard.mapping_page.combos[header]
        combo.setCurrentIndex(combo.findData(key))
    wizard.next()
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(lambda: wizard.plan is not None)


def test_a_good_file_goes_through_every_page(team, make_wizard, qtbot, tmp_path):
    session = UiSession(team.vault, team.admin)
    wizard = make_wizard(session)
    assert wizard.currentId() == FILE and not wizard.file_page.isComplete()
    path = write_xlsx(tmp_path / "台账.xlsx", good_rows(department="质量管理部"))
    wizard.file_page.load(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    assert "已读取 12 行、8 列，自动识别 7 列" in wizard.file_page.status.text()
    wizard.next()
    combos = wizard.mapping_page.combos
    assert {h: c.currentData() for h, c in combos.items()} == {
        "序号": "seq", "秘密名称": "subject", "类别": "category", "密级": "grade",
        "保密期限": "term", "责任部门": "department", "责任人": "owner", "关键要点": "",
    }  # fmt: skip
    assert wizard.mapping_page.table.item(1, 1).text() == "第1项工艺参数"  # a sample value
    combos["关键要点"].setCurrentIndex(combos["关键要点"].findData("points"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    page = wizard.preview_page
    assert page.isComplete() and page.problems_table.rowCount() == 0
    assert "12 行全部可以导入" in page.summary.text()
    assert page.rows_table.rowCount() == 12
    assert "新建部门：质量管理部" in page.created.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "导入"

    with qtbot.waitSignal(session.data_changed, check_params_cb=lambda e: e == "secret"):
        wizard.next()
        assert wizard.currentId() == RUN
        qtbot.waitUntil(lambda: wizard.run_page.finished)
    assert wizard.report.imported == 12
    assert wizard.run_page.progress.value() == 12
    assert "已导入 12 项商业秘密" in wizard.run_page.result.text()
    assert "新建部门：质量管理部" in wizard.run_page.result.text()
    assert secrets(team.vault) == 12
    with team.vault.reader() as s:
        points = {r.subject: r.points for r in register_io.records(s)}
    assert points["第3项工艺参数"] == ["淬火温度曲线"]


def test_bad_rows_are_listed_and_nothing_can_be_imported(team, make_wizard, qtbot, tmp_path):
    rows = good_rows(4)
    rows[1][3] = "四级商密"
    rows[2][1] = ""
    wizard = make_wizard(UiSession(team.vault, team.admin))
    to_preview(wizard, qtbot, write_xlsx(tmp_path / "bad.xlsx", rows))
    page = wizard.preview_page
    table = page.problems_table
    listed = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert listed == [
        ("3", "密级", "保密等级“四级商密”不存在（可填：一级商密、二级商密、三级商密）"),
        ("4", "秘密名称", "秘密主题不能为空"),
    ]
    assert "发现 2 处问题" in page.summary.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert secrets(team.vault) == 0


def test_an_unmapped_required_field_blocks_the_mapping_page(team, make_wizard, qtbot, tmp_path):
    wizard = make_wizard(UiSession(team.vault, team.admin))
    wizard.file_page.load(write_xlsx(tmp_path / "x.xlsx", good_rows(2)))
    qtbot.waitUntil(wizard.file_page.isComplete)
    wizard.next()
    combo = wizard.mapping_page.combos["秘密名称"]
    combo.setCurrentIndex(combo.findData(register_io.IGNORE))
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.problems.text() == "请为以下字段指定列：秘密主题"
    combos = wizard.mapping_page.combos
    combos["关键要点"].setCurrentIndex(combos["关键要点"].findData("subject"))
    assert wizard.mapping_page.isComplete()


def test_an_unreadable_file_says_why(team, make_wizard, qtbot, tmp_path):
    wizard = make_wizard(UiSession(team.vault, team.admin))
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    wizard.file_page.load(tmp_path / "old.xls")
    qtbot.waitUntil(lambda: "不支持旧版" in wizard.file_page.status.text())
    assert not wizard.file_page.isComplete()


def test_an_officer_is_told_new_departments_need_an_admin(team, make_wizard, qtbot, tmp_path):
    wizard = make_wizard(UiSession(team.vault, team.officer))
    to_preview(wizard, qtbot, write_xlsx(tmp_path / "x.xlsx", good_rows(2, "新部门")))
    assert wizard.plan.ok  # the file is fine …
    assert not wizard.preview_page.isComplete()  # … but this operator may not add departments
    assert "需要管理员权限" in wizard.preview_page.summary.text()


@pytest.fixture
def paused(monkeypatch):
    """The import stops after its first batch until `release` is set."""
    monkeypatch.setattr(register_io.importing, "BATCH", 3)
    reached, release = threading.Event(), threading.Event()
    real = register.insert_many

    def insert_batch(*args, **kwargs):
        real(*args, **kwargs)
        reached.set()
        assert release.wait(10)

    monkeypatch.setattr(register, "insert_many", insert_batch)
    return reached, release


def test_cancel_during_the_import_leaves_nothing(team, make_wizard, qtbot, tmp_path, paused):
    reached, release = paused
    before = team.vault.chain_head()
    wizard = make_wizard(UiSession(team.vault, team.admin))
    to_preview(wizard, qtbot, write_xlsx(tmp_path / "x.xlsx", good_rows(9, "新部门")))
    wizard.next()
    assert reached.wait(10) and wizard.running()
    wizard.run_page.cancel_button.click()
    assert wizard.run_page.result.text() == "正在取消…"
    release.set()
    qtbot.waitUntil(lambda: wizard.run_page.finished)
    assert wizard.run_page.result.text() == "导入已取消，未导入任何记录"
    assert wizard.report is None
    assert secrets(team.vault) == 0 and team.vault.chain_head() == before
    with team.vault.reader() as s:
        assert s.scalar(select(Department).where(Department.name == "新部门")) is None


def test_closing_the_wizard_mid_import_cancels_it_first(team, make_wizard, qtbot, tmp_path, paused):
    reached, release = paused
    wizard = make_wizard(UiSession(team.vault, team.admin))
    to_preview(wizard, qtbot, write_xlsx(tmp_path / "x.xlsx", good_rows(9)))
    wizard.next()
    assert reached.wait(10)
    wizard.reject()
    assert wizard.isVisible()  # waits for the rollback
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert secrets(team.vault) == 0


def test_the_template_can_be_downloaded(team, make_wizard, tmp_path, monkeypatch):
    wizard = make_wizard(UiSession(team.vault, team.officer))
    monkeypatch.setattr(
        import_wizard.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "模板"), "Excel"),
    )
    wizard.file_page.template_button.click()
    book = openpyxl.load_workbook(tmp_path / "模板.xlsx")
    assert book.sheetnames == ["商业秘密清单", "填写说明"]
    assert "一级商密" in book["填写说明"]["D6"].value
    assert "模板已保存" in wizard.file_page.status.text()


# --- export ------------------------------------------------------------------------------------


def test_export_warns_then_writes_and_is_audited(team, tmp_path, monkeypatch, qtbot):
    from register_testing import propose, secret_input

    propose(team, secret_input(team))
    session = UiSession(team.vault, team.auditor)
    warned, informed = [], []
    monkeypatch.setattr(
        register_io_actions.QMessageBox,
        "warning",
        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        register_io_actions.QMessageBox, "information", lambda *a, **k: informed.append(a[2])
    )
    monkeypatch.setattr(
        register_io_actions.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "清单"), "CSV 文件 (*.csv)"),
    )
    path = register_io_actions.export_with_warning(session, None, None)
    assert path == tmp_path / "清单.csv" and path.exists()
    assert "不受数据库加密保护" in warned[0] and "已导出 1 项" in informed[0]
    with team.vault.reader() as s:
        action = s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))
    assert action == "register.export"


def test_export_declined_writes_nothing(team, tmp_path, monkeypatch):
    monkeypatch.setattr(
        register_io_actions.QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(
        register_io_actions.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: pytest.fail("no file is asked for"),
    )
    session = UiSession(team.vault, team.officer)
    assert register_io_actions.export_with_warning(session, None) is None
    assert list(tmp_path.glob("*.xlsx")) + list(tmp_path.glob("*.csv")) == []
