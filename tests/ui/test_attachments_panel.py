"""The attachments panel (issue 13 §1) on a real vault: add by the file dialog and by drag and
drop, preview images and PDFs from memory, save a copy after the warning, replace; bad files
refused with a message and nothing stored; a read-only operator previews but cannot add."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QVBoxLayout, QWidget
from register_testing import OFFICER, OFFICER_PASSWORD, build_team
from sqlalchemy import func, select

from tsdesk.models import Attachment, AuditEvent
from tsdesk.services import attachments
from tsdesk.ui.attachments import AttachmentPreviewDialog, AttachmentsPanel
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ENDED_COLOR
from tsdesk.vault import Vault, reads

OWNER = ("agreement", 7)


def png(width: int = 64, height: int = 48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def pdf(pages: int) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"page {page + 1}")
    painter.end()
    return bytes(buffer.data())


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


def host(qtbot, team, actor) -> AttachmentsPanel:
    """The panel inside a window, as a page embeds it."""
    window = QWidget()
    panel = AttachmentsPanel(UiSession(team.vault, actor), OWNER[0])
    QVBoxLayout(window).addWidget(panel)
    qtbot.addWidget(window)
    window.resize(800, 300)
    window.show()
    panel.show_owner(OWNER[1])
    panel.host_window = window  # kept alive with the panel
    return panel


@pytest.fixture
def panel(qtbot, team) -> AttachmentsPanel:
    return host(qtbot, team, team.officer)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """The texts of the warnings shown (show_error and the panel's own)."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def stored(team) -> list[tuple[str, str]]:
    with team.vault.reader() as session:
        return [(a.name, a.media_type) for a in session.scalars(select(Attachment))]


def actions(team, action: str) -> list[dict]:
    with team.vault.reader() as session:
        return [
            json.loads(e.after)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def choose(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")),
    )


def drop(panel: AttachmentsPanel, *paths: Path) -> tuple[bool, bool]:
    """A drag of `paths` entering the panel, then dropped; (entry accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, event)
    return enter.isAccepted(), event.isAccepted()


def test_add_with_the_file_dialog_and_read_back(panel, team, tmp_path, monkeypatch):
    scan = tmp_path / "签署扫描件.pdf"
    scan.write_bytes(pdf(2))
    choose(monkeypatch, scan)
    panel.add_button.click()
    assert stored(team) == [("签署扫描件.pdf", "application/pdf")]
    assert panel.model.rowCount() == 1
    row = panel.model.row_at(0)
    assert (row.added_by, row.size) == (team.officer.name, scan.stat().st_size)
    texts = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert texts[:3] == ["签署扫描件.pdf", "PDF", f"{scan.stat().st_size / 1024:.0f} KB"]
    assert texts[5] == hashlib.sha256(scan.read_bytes()).hexdigest()[:12]
    assert panel.selected() == row  # the new file is selected


def test_drop_files_onto_the_panel(panel, team, tmp_path, warnings):
    photo, sheet = tmp_path / "现场照片.png", tmp_path / "签到表.pdf"
    photo.write_bytes(png())
    sheet.write_bytes(pdf(1))
    assert not panel.table.viewport().acceptDrops()  # a drop on the list reaches the panel
    assert drop(panel, photo, sheet) == (True, True)
    assert sorted(stored(team)) == [
        ("现场照片.png", "image/png"),
        ("签到表.pdf", "application/pdf"),
    ]
    assert panel.model.rowCount() == 2 and warnings == []


def test_preview_shows_an_image_from_memory_and_the_read_is_audited(
    panel, team, tmp_path, qtbot, monkeypatch
):
    photo = tmp_path / "photo.png"
    photo.write_bytes(png(64, 48))
    choose(monkeypatch, photo)
    panel.add_button.click()
    panel.preview_button.click()
    dialog = panel.preview_dialog
    assert isinstance(dialog, AttachmentPreviewDialog)
    assert (dialog.image.width(), dialog.image.height()) == (64, 48)
    assert dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull()
    assert [a["name"] for a in actions(team, "read.attachment")] == ["photo.png"]
    dialog.close()


def test_preview_shows_a_pdf_with_its_pages(panel, team, tmp_path, monkeypatch):
    scan = tmp_path / "agreement.pdf"
    scan.write_bytes(pdf(3))
    choose(monkeypatch, scan)
    panel.add_button.click()
    panel.preview_button.click()
    dialog = panel.preview_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.page_count() == 3
    assert dialog.print_button.isHidden()  # an unaudited print would be a way round the log
    assert len(actions(team, "read.attachment")) == 1
    # Its 另存为… is the panel's: warned, and on record.
    target = tmp_path / "from-preview.pdf"
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save)
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.save_button.click()
    assert target.read_bytes() == scan.read_bytes()
    assert [a["target"] for a in actions(team, "attachment.export")] == [str(target)]
    dialog.close()
    assert panel.preview_dialog is None  # the plaintext is not kept once closed


def test_a_text_file_is_shown_as_text(panel, tmp_path, monkeypatch):
    note = tmp_path / "情况说明.txt"
    note.write_bytes("第一行\n第二行".encode("gb18030"))
    choose(monkeypatch, note)
    panel.add_button.click()
    panel.preview_button.click()
    assert panel.preview_dialog.text.toPlainText() == "第一行\n第二行"
    panel.preview_dialog.close()


def test_a_huge_image_is_shown_shrunk(panel, team, tmp_path, monkeypatch):
    photo = tmp_path / "big.png"
    photo.write_bytes(png(6000, 300))
    choose(monkeypatch, photo)
    panel.add_button.click()
    panel.preview_button.click()
    dialog = panel.preview_dialog
    assert (dialog.image.width(), dialog.image.height()) == (4000, 200)
    assert "6000 × 300" in dialog.note.text()
    dialog.close()


def test_save_as_warns_then_writes_identical_bytes_and_is_audited(
    panel, team, tmp_path, monkeypatch, warnings
):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf(1))
    choose(monkeypatch, scan)
    panel.add_button.click()
    target = tmp_path / "out" / "copy"  # no extension typed: the attachment's is added
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    panel.save_button.click()
    assert len(warnings) == 1 and "不再受数据库加密保护" in warnings[0]
    written = target.with_name("copy.pdf")
    assert written.read_bytes() == scan.read_bytes()
    assert [a["target"] for a in actions(team, "attachment.export")] == [str(written)]


def test_save_as_cancelled_at_the_warning_writes_nothing(panel, team, tmp_path, monkeypatch):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf(1))
    choose(monkeypatch, scan)
    panel.add_button.click()
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    asked: list[bool] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(True))
    )
    panel.save_button.click()
    assert asked == [] and actions(team, "attachment.export") == []


def test_a_renamed_executable_is_refused_and_nothing_stored(panel, team, tmp_path, warnings):
    fake, good = tmp_path / "合同扫描件.pdf", tmp_path / "ok.pdf"
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 500)
    good.write_bytes(pdf(1))
    drop(panel, good, fake)  # one bad file among several: none is stored
    assert warnings == ["文件“合同扫描件.pdf”的内容与扩展名不符，未添加"]
    assert stored(team) == [] and panel.model.rowCount() == 0


def test_a_name_with_path_separators_is_refused(panel, team, tmp_path, warnings):
    odd = tmp_path / "C:\\scans\\contract.pdf"  # one file on this system, a path on Windows
    odd.write_bytes(pdf(1))
    drop(panel, odd)
    assert warnings == ["附件文件名“C:\\scans\\contract.pdf”含有路径分隔符或控制字符"]
    assert stored(team) == []


def test_a_500_mb_file_is_refused_without_being_read(panel, team, tmp_path, monkeypatch, warnings):
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.truncate(500 * 1024 * 1024)  # sparse: takes no disk
    opened_files: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened_files.append(self) or real_open(self, *a, **k)
    )
    choose(monkeypatch, huge)
    panel.add_button.click()
    assert warnings == ["附件过大（500 MB），单个附件最大 50 MB"]
    assert opened_files == [] and stored(team) == []


def test_replace_keeps_the_old_file_greyed(panel, team, tmp_path, monkeypatch):
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    first.write_bytes(pdf(1))
    second.write_bytes(pdf(2))
    choose(monkeypatch, first)
    panel.add_button.click()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(second), ""))
    )
    panel.replace_button.click()
    assert [r.name for r in panel.model.rows()] == ["v1.pdf", "v2.pdf"]
    old = panel.model.index(0, 6)
    assert old.data() == "已替换"
    assert old.data(Qt.ItemDataRole.ForegroundRole) == ENDED_COLOR
    assert panel.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    panel.table.selectRow(0)
    assert not panel.replace_button.isEnabled()  # only the newest is replaced


def test_a_read_only_operator_previews_but_cannot_add(qtbot, team, tmp_path):
    with team.vault.unit_of_work(team.officer) as uow:
        attachments.add(uow, *OWNER, "photo.png", png())
    panel = host(qtbot, team, team.auditor)
    assert not panel.add_button.isEnabled()
    photo = tmp_path / "more.png"
    photo.write_bytes(png())
    assert drop(panel, photo) == (False, False)
    panel.table.selectRow(0)
    assert panel.preview_button.isEnabled() and not panel.replace_button.isEnabled()
    panel.preview_button.click()
    assert isinstance(panel.preview_dialog, AttachmentPreviewDialog)
    assert len(stored(team)) == 1
    panel.preview_dialog.close()


def test_no_record_shown_is_an_empty_disabled_panel(panel, tmp_path, monkeypatch, team):
    scan = tmp_path / "a.pdf"
    scan.write_bytes(pdf(1))
    choose(monkeypatch, scan)
    panel.add_button.click()
    panel.show_owner(None)
    assert panel.model.rowCount() == 0 and not panel.isEnabled()
    assert drop(panel, scan) == (False, False)
    panel.show_owner(OWNER[1])
    assert panel.model.rowCount() == 1 and panel.isEnabled()
    with team.vault.reader() as session:
        assert session.scalar(select(func.count(Attachment.id))) == 1


def test_a_read_only_open_previews_and_journals_but_cannot_add_or_save(qtbot, team, opened):
    with team.vault.unit_of_work(team.officer) as uow:
        attachments.add(uow, *OWNER, "photo.png", png())
    vault, actor = Vault.unlock(opened.path, OFFICER, OFFICER_PASSWORD, read_only=True)
    try:
        window = QWidget()
        panel = AttachmentsPanel(UiSession(vault, actor), OWNER[0], window)
        qtbot.addWidget(window)
        panel.show_owner(OWNER[1])
        panel.table.selectRow(0)
        assert not panel.add_button.isEnabled() and not panel.save_button.isEnabled()
        panel.preview_button.click()
        assert not panel.preview_dialog.save_button.isEnabled()
        panel.preview_dialog.close()
    finally:
        vault.close()
    journal = reads.journal_path(opened.path).read_text("utf-8")
    assert '"read.attachment"' in journal
