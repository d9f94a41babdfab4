"""The 申报表 and 证据汇编 tabs of 基地申报 through the real main window: the form prefilled
from the profile and the data, edited and saved as the year's draft without touching the
profile (and with it when ticked), re-drafted after the data changed, its length shown,
previewed and printed with nothing of the operator or the log on the page; the binder made
on a worker with its progress, and cancelled with nothing left."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
from datetime import date

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from register_testing import build_team
from sqlalchemy import select
from tsdesk_testing import read

from tsdesk.models import AuditEvent, TrainingAudience
from tsdesk.services import company, training
from tsdesk.services.compliance import applications, binder
from tsdesk.services.training import SessionInput
from tsdesk.ui.compliance.application import ApplicationTab
from tsdesk.ui.compliance.binder import BinderTab
from tsdesk.ui.compliance.page import CompliancePage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

YEAR = date.today().year
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext")
PROFILE = {
    "org_name": "绍兴越丰精密机械有限公司",
    "legal_representative": "陈建国",
    "contact_phone": "0575-84123366",
}


@pytest.fixture
def team(opened):
    team = build_team(opened.vault, opened.admin)
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(uow, PROFILE)
    return team


def make_window(qtbot, team, actor):
    made = MainWindow(UiSession(team.vault, actor))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    wait_for_all()
    return made


@pytest.fixture
def window(team, qtbot):
    made = make_window(qtbot, team, team.officer)
    yield made
    wait_for_all()
    made.close()


def open_tab(window, title: str):
    """Through the navigation to 基地申报, then its tab by the title shown."""
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    window.nav.setCurrentRow(next(r for r, t in enumerate(titles) if t.startswith("基地申报")))
    page = window.current_page()
    assert isinstance(page, CompliancePage)
    tabs = page.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    tabs.tabBar().setCurrentIndex(index)  # as a click on the tab does
    return tabs.currentWidget()


def when_shown(dialog_class, act) -> None:
    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def printed(into: list[bytes]):
    def act(dialog: PdfPreviewDialog) -> None:
        into.append(dialog.pdf_bytes())
        dialog.accept()

    return act


def last_event(team):
    def q(s):
        row = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        return row.action, json.loads(row.after)

    return read(team.vault, q)


def raw_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, encoding="utf-8"
    )
    return "".join(out.stdout.split())


def test_prefilled_edited_saved_without_touching_the_profile(window, team, qtbot):
    tab = open_tab(window, "申报表")
    assert isinstance(tab, ApplicationTab)
    assert "附表3" in tab.form_label.text()
    assert tab.edits["org_name"].text() == PROFILE["org_name"]
    assert tab.edits["headcount"].text() == "3人"  # from the people in post
    assert tab.narrative.toPlainText().startswith("一、组织架构。")
    labels = [tab.figures.item(r, 0).text() for r in range(tab.figures.rowCount())]
    assert "在职员工（人）" in labels
    assert not tab.to_profile.isEnabled()  # an officer may not change the profile

    tab.edits["contact_phone"].setText("13800000000")
    assert tab.state_label.text() == "有未保存的修改"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.state_label.text() == "已保存草稿"
    saved = read(team.vault, applications.load, YEAR)
    assert saved.saved and saved.values["contact_phone"] == "13800000000"
    assert read(team.vault, company.get_profile)["contact_phone"] == PROFILE["contact_phone"]
    assert last_event(team)[0] == "application.save"


def test_saved_to_the_profile_when_ticked(team, qtbot):
    window = make_window(qtbot, team, team.admin)
    try:
        tab = open_tab(window, "申报表")
        tab.edits["annual_output"].setText("3.1亿元")
        assert tab.to_profile.isEnabled()
        tab.to_profile.setChecked(True)
        tab.save_button.click()
        assert read(team.vault, company.get_profile)["annual_output"] == "3.1亿元"
        assert not tab.to_profile.isChecked()
    finally:
        wait_for_all()
        window.close()


def test_redraft_after_the_data_changed_and_the_length(window, team):
    tab = open_tab(window, "申报表")

    def value(key_label: str) -> str:
        for r in range(tab.figures.rowCount()):
            if tab.figures.item(r, 0).text() == key_label:
                return tab.figures.item(r, 1).text()
        raise AssertionError(key_label)

    sessions = f"{YEAR}年培训场次"
    assert value(sessions) == "0"
    with team.vault.unit_of_work(team.officer) as uow:
        training.add_session(
            uow,
            SessionInput(
                topic="保密制度宣讲",
                audience=TrainingAudience.ALL,
                held_on=date.today(),
                attendee_ids=tuple(team.people.values()),
            ),
        )
    tab.redraft_button.click()
    assert value(sessions) == "1" and value("培训覆盖率") == "100%"
    assert "开展商业秘密保护培训1场" in tab.narrative.toPlainText()
    assert tab.dirty
    tab._update_length()
    assert "表内约可容纳" in tab.length_label.text() and "附页" not in tab.length_label.text()
    tab.narrative.setPlainText("本年度开展商业秘密保护专项工作。" * 60)
    tab._update_length()
    assert "续印在附页" in tab.length_label.text()


@needs_pdftotext
def test_preview_prints_what_is_typed_for_the_authority(window, team, tmp_path):
    tab = open_tab(window, "申报表")
    tab.edits["contact_person"].setText("王丽娟")
    tab.narrative.setPlainText("我公司建立健全商业秘密保护体系，全员签订保密协议。")
    pdfs: list[bytes] = []
    when_shown(PdfPreviewDialog, printed(pdfs))
    tab.print_button.click()
    assert pdfs, "the preview did not open"
    text = raw_text(pdfs[0], tmp_path)
    assert "绍兴市商业秘密保护基地（示范点）申报表" in text
    assert "王丽娟" in text and "我公司建立健全商业秘密保护体系，全员签订保密协议。" in text
    assert "审计链" not in text and "王保密" not in text
    info = pypdf.PdfReader(io.BytesIO(pdfs[0])).metadata
    assert "审计链" in info.keywords
    assert last_event(team) == (
        "print.application",
        {"year": YEAR, "form": "base-point", "saved_draft": False},
    )


def test_the_binder_with_progress(window, team, qtbot):
    tab = open_tab(window, "证据汇编")
    assert isinstance(tab, BinderTab)
    rows = [
        (tab.sections.item(r, 0).text(), tab.sections.item(r, 1).text())
        for r in range(tab.sections.rowCount())
    ]
    assert rows[0] == ("基地申报表", "1") and ("涉密区域登记表", "无记录，略去") in rows
    pdfs: list[bytes] = []
    when_shown(PdfPreviewDialog, printed(pdfs))
    tab.make_button.click()
    assert tab.cancel_button.isEnabled() and not tab.make_button.isEnabled()
    qtbot.waitUntil(lambda: bool(pdfs), timeout=30_000)
    reader = pypdf.PdfReader(io.BytesIO(pdfs[0]))
    assert "".join(reader.pages[0].extract_text().split()).startswith(
        "商业秘密保护基地实地考察资料汇编"
    )
    assert last_event(team)[0] == "print.binder"
    assert tab.status.text() == "已生成资料汇编" and tab.make_button.isEnabled()


def test_a_cancelled_binder_records_nothing(window, team, qtbot, monkeypatch):
    tab = open_tab(window, "证据汇编")
    real_plan = binder.plan

    def slow_plan(*args, **kwargs):
        time.sleep(0.3)  # time for the click on 取消
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(binder, "plan", slow_plan)
    before = read(
        team.vault, lambda s: s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()))
    )
    tab.make_button.click()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: tab.task is None, timeout=30_000)
    assert tab.status.text() == "已取消，未生成任何文件，也未记录打印"
    after = read(
        team.vault, lambda s: s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()))
    )
    assert after == before


def test_planning_the_application_puts_its_deadline_and_gaps_on_the_dashboard(team, qtbot):
    """Ticked on the 申报表 tab: the 工作台 shows the days to 30 September and the unmet
    conditions; a click on the gaps opens the self-assessment; unticked, both tiles go."""
    window = make_window(qtbot, team, team.admin)
    dashboard = window.pages[0]

    def tiles_counted() -> None:
        window.nav.setCurrentRow(0)
        wait_for_all()  # the count started by the visit has reported
        assert all(t.n is not None for t in dashboard.tiles.values())

    tiles_counted()
    gaps, deadline = (
        dashboard.tiles[k]
        for k in ("compliance.application_gaps", "compliance.application_deadline")
    )
    assert gaps.isHidden() and deadline.isHidden()  # nothing planned
    tab = open_tab(window, "申报表")
    year = YEAR if date.today() <= date(YEAR, 9, 30) else YEAR + 1  # the next deadline
    tab.year.setValue(year)
    assert not tab.planned.isChecked()
    qtbot.mouseClick(tab.planned, Qt.MouseButton.LeftButton)
    assert read(team.vault, applications.planned) == year
    assert last_event(team)[0] == "setting.change"

    tiles_counted()
    days = (date(year, 9, 30) - date.today()).days
    assert not deadline.isHidden() and deadline.figure.text() == f"{days} 天"
    expected = len(read(team.vault, lambda s: applications.assessment.assess(s).gaps))
    assert expected > 0 and gaps.n == expected and gaps.figure.text() == str(expected)
    qtbot.mouseClick(gaps, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, CompliancePage) and page.tabs.currentWidget() is page.assessment_tab

    tab = open_tab(window, "申报表")
    assert tab.planned.isChecked()
    qtbot.mouseClick(tab.planned, Qt.MouseButton.LeftButton)
    assert read(team.vault, applications.planned) == 0
    tiles_counted()
    assert gaps.isHidden() and deadline.isHidden()
    wait_for_all()
    window.close()
