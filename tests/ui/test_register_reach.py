"""Issue 8 §2: the register's Excel/CSV and print features are reached through the real main
window — the page's 文件 menu, the window's 文件 menu and the secret detail window's print
buttons — and each leaves the file it promises (rows in the workbook, text in the PDF)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import select
from tsdesk_testing import pdf_text

from tsdesk.models import AuditEvent, Category
from tsdesk.services import grading, register, register_io
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.register.import_wizard import ImportWizard
from tsdesk.ui.register.register import RegisterPage
from tsdesk.ui.register.secret_detail import SecretDetailDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def team(opened):
    team = build_team(opened.vault, opened.admin)
    team.loom = confirmed(team)
    team.clients = propose(
        team,
        secret_input(
            team,
            "华东地区重点客户名单",
            category=Category.PARTNERS,
            points=["客户采购周期"],
            department_id=team.departments["销售部"],
        ),
    )
    return team


@pytest.fixture
def window(team, qtbot):
    made = MainWindow(UiSession(team.vault, team.officer))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.show_page(RegisterPage)
    yield made
    made.close()


@pytest.fixture
def page(window) -> RegisterPage:
    return window.current_page()


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """QMessageBox's questions answered yes; what it said, in order."""
    said: list[str] = []

    def answer(button):
        def box(_parent, _title, text, *args, **kwargs):
            said.append(text)
            return button

        return box

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", answer(QMessageBox.StandardButton.Ok))
    return said


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "Excel 工作簿 (*.xlsx)")
    )


@pytest.fixture
def saved_pdfs(monkeypatch, tmp_path) -> list[Path]:
    """Every preview that opens saves its PDF through its own 另存为… button."""
    paths: list[Path] = []

    def exec_(dialog: PdfPreviewDialog) -> int:
        target = tmp_path / f"preview-{len(paths)}.pdf"
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        dialog.save_button.click()
        paths.append(target)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return paths


def choose(qtbot, button: QToolButton, text: str) -> None:
    """Click a tool button whose menu pops up and pick `text` from it with the keyboard."""
    menu = button.menu()

    def pick() -> None:
        try:
            (action,) = [a for a in menu.actions() if a.text() == text]
            assert action.isEnabled() and action.isVisible(), text
            menu.setActiveAction(action)
            QTest.keyClick(menu, Qt.Key.Key_Return)
        finally:
            menu.close()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_all()


def choose_in_menu_bar(qtbot, window: MainWindow, text: str) -> None:
    """Open 文件 in the window's menu bar with the mouse and pick `text`."""
    bar = window.menuBar()
    qtbot.mouseClick(
        bar,
        Qt.MouseButton.LeftButton,
        pos=bar.actionGeometry(window.file_menu.menuAction()).center(),
    )
    qtbot.waitUntil(window.file_menu.isVisible)
    (action,) = [a for a in window.file_menu.actions() if a.text() == text]
    window.file_menu.setActiveAction(action)
    QTest.keyClick(window.file_menu, Qt.Key.Key_Return)
    wait_for_all()


def search(page: RegisterPage, text: str) -> None:
    page.search_edit.setText(text)
    page.apply_filter()


def number_of(team, secret_id: int) -> str:
    with team.vault.reader() as s:
        return register.get(s, secret_id).number


def audit_actions(team) -> list[str]:
    with team.vault.reader() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


# --- the register page's 文件 menu ------------------------------------------------------------


def test_the_file_menu_sits_on_the_register_toolbar(page):
    assert page.file_button.isVisible() and page.file_button.text() == "文件"
    assert [a.text() for a in page.file_menu.actions() if not a.isSeparator()] == [
        "导入…", "导出…", "下载导入模板", "打印台账…",
    ]  # fmt: skip


def test_export_writes_the_listed_secrets(team, page, qtbot, monkeypatch, messages, tmp_path):
    search(page, "客户")
    out = tmp_path / "清单.xlsx"
    save_to(monkeypatch, out)
    choose(qtbot, page.file_button, "导出…")
    assert "不受数据库加密保护" in messages[0]  # warned before anything was written
    sheet = openpyxl.load_workbook(out).active
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)]
    assert [r[1] for r in rows] == [number_of(team, team.clients)]
    assert "华东地区重点客户名单" in rows[0]
    assert "已导出 1 项" in messages[-1]
    assert audit_actions(team)[-1] == "register.export"


def test_declining_the_export_warning_writes_nothing(page, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    save_to(monkeypatch, tmp_path / "no.xlsx")
    choose(qtbot, page.file_button, "导出…")
    assert not (tmp_path / "no.xlsx").exists()


def test_template_download_offers_the_company_grades(
    team, page, qtbot, monkeypatch, messages, tmp_path
):
    with team.vault.unit_of_work(team.admin) as uow:
        grading.add_grade(uow, "内部资料")
    out = tmp_path / "模板"
    save_to(monkeypatch, out)
    choose(qtbot, page.file_button, "下载导入模板")
    book = openpyxl.load_workbook(out.with_suffix(".xlsx"))
    headers = [c.value for c in book.active[1]]
    assert headers[:3] == ["序号", "编号", "秘密主题*"]
    grade_list = next(
        v.formula1 for v in book.active.data_validations.dataValidation if "商密" in v.formula1
    )
    assert grade_list == '"一级商密,二级商密,三级商密,内部资料"'
    assert "填写说明" in book.sheetnames
    assert "导入模板已保存到" in messages[-1]


def test_import_runs_the_wizard_and_lists_what_came_in(
    team, page, window, qtbot, monkeypatch, tmp_path
):
    source = tmp_path / "旧台账.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["序号", "秘密名称", "类别", "密级", "保密期限", "责任部门", "责任人"])
    book.active.append([1, "染整车间配方表", "设计信息", "二级", "长期", "技术研发中心", "张伟"])
    book.save(source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))

    def run(wizard: ImportWizard) -> int:
        wizard.show()
        wizard.file_page.browse_button.click()
        qtbot.waitUntil(wizard.file_page.isComplete)
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.run_page.finished)
        wizard.accept()
        return 1

    monkeypatch.setattr(ImportWizard, "exec", run)
    choose(qtbot, page.file_button, "导入…")
    with team.vault.reader() as s:
        assert [r.subject for r in register_io.records(s)][-1] == "染整车间配方表"
    subjects = [page.model.row_at(i).subject for i in range(page.model.rowCount())]
    assert "染整车间配方表" in subjects and page.count_label.text() == "共 3 项"


def test_print_ledger_previews_the_listed_secrets(team, page, qtbot, saved_pdfs):
    search(page, "设计图纸")
    choose(qtbot, page.file_button, "打印台账…")
    (pdf,) = saved_pdfs
    text = pdf_text(pdf)
    assert number_of(team, team.loom) in text and "剑杆织机引纬机构设计图纸" in text
    assert "华东地区重点客户名单" not in text
    assert audit_actions(team)[-1] == "print.ledger"


def test_an_auditor_may_print_but_not_import(team, qtbot):
    auditor_window = MainWindow(UiSession(team.vault, team.auditor))
    qtbot.addWidget(auditor_window)
    auditor_window.show()
    page = auditor_window.show_page(RegisterPage)
    try:
        assert not page.import_action.isEnabled()
        assert page.export_action.isEnabled() and page.print_action.isEnabled()
    finally:
        auditor_window.close()


# --- the main window's 文件 menu ---------------------------------------------------------------


def test_the_window_file_menu_offers_the_page_actions(team, window, qtbot, saved_pdfs):
    choose_in_menu_bar(qtbot, window, "打印台账…")
    (pdf,) = saved_pdfs
    text = pdf_text(pdf)
    assert "剑杆织机引纬机构设计图纸" in text and "华东地区重点客户名单" in text
    window.nav.setCurrentRow(0)  # another page: only the window's own entries
    window.file_menu.aboutToShow.emit()
    assert [a.text() for a in window.file_menu.actions() if not a.isSeparator()] == [
        "新建(&N)",
        "刷新(&R)",
        "锁定(&L)",
        "退出(&Q)",
    ]


# --- the secret detail window ------------------------------------------------------------------


@pytest.fixture
def detail(team, page, qtbot, monkeypatch):
    """The detail window of the confirmed secret, opened by double-clicking its row."""
    opened: list[SecretDetailDialog] = []

    def exec_(dialog):
        dialog.show()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(SecretDetailDialog, "exec", exec_)
    assert page.select(team.loom)
    row = page.table.selectionModel().selectedRows()[0].row()
    index = page.model.index(row, 1)
    rect = page.table.visualRect(index)
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    (dialog,) = opened
    yield dialog
    dialog.close()


def test_detail_window_prints_its_sheet(team, detail, qtbot, saved_pdfs):
    assert detail.print_detail_button.isVisible() and detail.print_detail_button.isEnabled()
    qtbot.mouseClick(detail.print_detail_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    (pdf,) = saved_pdfs
    text = pdf_text(pdf)
    assert number_of(team, team.loom) in text and "剑头运动曲线的分段参数" in text
    assert audit_actions(team)[-1] == "print.detail"


def test_detail_window_prints_each_approval_form(team, detail, qtbot, saved_pdfs):
    button = detail.print_approval_button
    assert button.isVisible() and button.isEnabled()
    entries = [a.text() for a in button.menu().actions()]
    assert len(entries) == 1 and entries[0].startswith("商业秘密确定审批表（")
    choose(qtbot, button, entries[0])
    (pdf,) = saved_pdfs
    text = pdf_text(pdf)
    assert "商业秘密确定审批表" in text and "剑杆织机引纬机构设计图纸" in text
    assert audit_actions(team)[-1] == "print.approval"


def test_a_proposal_has_no_approval_form_to_print(team, page, qtbot):
    dialog = SecretDetailDialog(page.session, team.clients, page)
    qtbot.addWidget(dialog)
    assert dialog.print_detail_button.isEnabled()
    assert not dialog.print_approval_button.isEnabled()
    assert isinstance(dialog.print_approval_button.menu(), QMenu)
    assert dialog.print_approval_button.menu().isEmpty()
