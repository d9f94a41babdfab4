"""The 证据 and 维权与文书 tabs of a case (issue 15 §2, §3): registering evidence with a file
by clicking the tab's buttons (the hash shown after intake), hand-over and return, checking a
file, the QR code scanned into the search box, the pack checklist ticked by clicking its boxes,
and every paper shown in the preview."""

from __future__ import annotations

import hashlib

import pytest
from incidents_testing import build_case
from PySide6.QtWidgets import QInputDialog, QMessageBox, QVBoxLayout, QWidget

from tsdesk.models import EntryKind, IncidentStatus, RemedyRoute
from tsdesk.services.incidents import evidence, remedies, timeline
from tsdesk.ui.incidents import evidence_tab, remedies_tab
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession

PNG = b"\x89PNG\r\n\x1a\n" + b"chat screenshot" * 40


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind,
            staticmethod(lambda parent, title, text, *a, _k=kind, **kw: said.append((_k, text))),
        )  # fmt: skip
    return said


@pytest.fixture
def previews(monkeypatch) -> list[str]:
    shown: list[str] = []

    def exec_(self):
        shown.append(self.windowTitle())
        assert self.document.pageCount() >= 1
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return shown


@pytest.fixture
def tabs(qtbot, opened):
    cw = build_case(opened)
    session = UiSession(opened.vault, opened.admin)
    host = QWidget()
    layout = QVBoxLayout(host)
    ev, rem = evidence_tab.EvidenceTab(session), remedies_tab.RemediesTab(session)
    layout.addWidget(ev)
    layout.addWidget(rem)
    qtbot.addWidget(host)
    host.show()
    ev.show_case(cw.case_id)
    rem.show_case(cw.case_id)
    yield cw, ev, rem
    host.close()


def _fill_and_accept(fill):
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()

    return exec_


def test_evidence_added_handed_over_returned_and_verified(
    tabs, tmp_path, monkeypatch, messages, previews
):
    cw, ev, _ = tabs
    shot = tmp_path / "chat.png"
    shot.write_bytes(PNG)
    sha = hashlib.sha256(PNG).hexdigest()

    def fill(d):
        d.title.setText("微信聊天截图")
        d.method.setCurrentText("截图（注明时间来源）")
        d.keeper.setText("法务部 王敏")
        d.file.path.setText(str(shot))

    monkeypatch.setattr(evidence_tab.AddEvidenceDialog, "exec", _fill_and_accept(fill))
    assert ev.add_button.isEnabled()
    ev.add_button.click()
    assert ev.model.rowCount() == 1 and ev.selected().sha256 == sha
    assert messages[-1][0] == "information" and sha in messages[-1][1]  # the hash, shown
    assert sha in ev.detail.text()

    def hand(d):
        d.to.setText("律师 陈刚")
        d.purpose.setText("证据交换")

    monkeypatch.setattr(evidence_tab.CustodyDialog, "exec", _fill_and_accept(hand))
    ev.custody_button.click()
    assert "律师 陈刚" in ev.model.data(ev.model.index(0, 4))
    monkeypatch.setattr(evidence_tab.CustodyDialog, "exec", _fill_and_accept(lambda d: None))
    ev.custody_button.click()  # out: the dialog records the return
    assert ev.selected().out_with == ""

    ev.recheck_button.click()
    assert messages[-1][0] == "information" and sha in messages[-1][1]
    monkeypatch.setattr(
        evidence_tab.QFileDialog, "getOpenFileName", lambda *a, **k: (str(shot), "")
    )
    ev.verify_button.click()
    assert messages[-1][0] == "information" and "SJ-2026-001 E-01" in messages[-1][1]

    ev.print_button.click()
    assert previews == ["证据清单"]
    with cw.world.read() as s:
        kinds = [e.kind for e in timeline.entries(s, cw.case_id)]
    assert kinds == [EntryKind.EVIDENCE, EntryKind.CUSTODY, EntryKind.CUSTODY, EntryKind.DOCUMENT]


def test_a_scanned_qr_code_shows_the_item(tabs, messages):
    cw, ev, _ = tabs
    with cw.world.uow() as uow:
        item = evidence.add_evidence(
            uow,
            cw.case_id,
            evidence.EvidenceInput(
                evidence.EvidenceCategory.ACT,
                "截图",
                "张伟",
                evidence.datetime(2026, 3, 1),
                file_name="a.png",
                data=PNG,
            ),
        )
        payload = evidence.qr_payload(uow, item)
    assert not ev.handle_search("ZT-2026-0001")
    assert ev.handle_search(payload)
    assert messages[-1][0] == "information" and hashlib.sha256(PNG).hexdigest() in messages[-1][1]
    assert ev.handle_search(payload[:-1] + ("A" if payload[-1] != "A" else "B"))
    assert messages[-1][0] == "warning"


def test_remedy_pack_ticks_and_papers(tabs, monkeypatch, previews):
    cw, ev, rem = tabs

    def fill(d):
        d.route.setCurrentIndex(d.route.findData(RemedyRoute.ADMINISTRATIVE))
        d.reference.setText("柯市监投〔2026〕8号")

    monkeypatch.setattr(remedies_tab.RemedyDialog, "exec", _fill_and_accept(fill))
    rem.add_button.click()
    assert rem.model.rowCount() == 1 and rem.selected().reference == "柯市监投〔2026〕8号"
    assert rem.selected().authority == "市场监督管理局"  # the route's authority, offered

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("财务部测算报告", True))
    )
    rem.tick("loss")
    with cw.world.read() as s:
        rows = {r.key: r for r in remedies.checklist(s, cw.case_id, RemedyRoute.ADMINISTRATIVE)}
    assert rows["loss"].provided and rows["loss"].note == "财务部测算报告"
    assert "财务部测算报告" in rem.checklist.item(list(rows).index("loss")).text()

    rem.report_button.click()
    rem.bundle_button.click()
    rem.pack_button.click()
    assert previews == ["处置报告", "保密措施证据汇编", "维权材料"]


def test_a_closed_case_is_read_only_but_prints(qtbot, opened, previews):
    from carriers_testing import build_world
    from incidents_testing import make_case

    world = build_world(opened)
    closed = make_case(world, status=IncidentStatus.CLOSED)
    session = UiSession(opened.vault, opened.admin)
    ev, rem = evidence_tab.EvidenceTab(session), remedies_tab.RemediesTab(session)
    qtbot.addWidget(ev)
    qtbot.addWidget(rem)
    ev.show_case(closed)
    rem.show_case(closed)
    assert not ev.add_button.isEnabled() and not rem.add_button.isEnabled()
    assert ev.print_button.isEnabled() and rem.report_button.isEnabled()
    ev.show_case(None)
    assert not ev.print_button.isEnabled()


# --- through the real main window ----------------------------------------------------------


def test_in_the_main_window_evidence_and_papers_of_a_case(
    qtbot, opened, tmp_path, monkeypatch, messages, previews
):
    """应急处置 → a case → 证据: register a file by the real dialog's OK, its hash on screen and
    on the timeline; the printed QR scanned into the window's search box; 维权与文书: the
    bundle (on a worker) and the pack previewed."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from tsdesk.ui.incidents.page import IncidentsPage
    from tsdesk.ui.main_window import MainWindow

    cw = build_case(opened)
    window = MainWindow(UiSession(opened.vault, opened.admin))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page(IncidentsPage)
    assert page.select(cw.case_id)
    view = page.view
    view.tabs.setCurrentWidget(page.evidence_tab)
    assert page.evidence_tab.case is not None and page.evidence_tab.case.id == cw.case_id

    shot = tmp_path / "chat.png"
    shot.write_bytes(PNG)
    sha = hashlib.sha256(PNG).hexdigest()

    def fill() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, evidence_tab.AddEvidenceDialog) and w.isVisible():
                w.title.setText("微信聊天截图")
                w.file.path.setText(str(shot))
                w.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
                return
        QTimer.singleShot(10, fill)

    QTimer.singleShot(0, fill)
    page.evidence_tab.add_button.click()
    assert page.evidence_tab.model.rowCount() == 1
    assert sha in page.evidence_tab.detail.text() and sha in messages[-1][1]
    texts = [view.entries.row_at(i).text for i in range(view.entries.rowCount())]
    assert any(sha in t for t in texts)  # the view's timeline shows the EVIDENCE entry

    with cw.world.uow() as uow:
        payload = evidence.qr_payload(uow, page.evidence_tab.selected().id)
    window.search_edit.setText(payload)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert messages[-1][0] == "information" and "SJ-2026-001 E-01" in messages[-1][1]

    view.tabs.setCurrentWidget(page.remedies_tab)
    page.remedies_tab.bundle_button.click()
    page.remedies_tab.pack_button.click()
    assert previews == ["保密措施证据汇编", "维权材料"]
    with cw.world.read() as s:
        docs = [e.text for e in timeline.entries(s, cw.case_id) if e.kind == EntryKind.DOCUMENT]
    assert docs == ["打印合理保密措施证据汇编", "打印维权材料（行政投诉（市场监管））"]
    window.close()
