"""The PDF preview (QtPdf): navigation, zoom, printing at true size, saving a copy; and the
register's print actions that open it (issue 3 §6)."""

from __future__ import annotations

import io
from datetime import datetime

import pypdf
import pypdfium2
import pytest
from PIL import ImageChops, ImageFilter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import select

from tsdesk.documents.ledger import LedgerRow, render_ledger
from tsdesk.documents.page import FooterInfo
from tsdesk.models import AuditEvent
from tsdesk.services import register
from tsdesk.ui import pdf_preview
from tsdesk.ui.pdf_preview import PdfPreviewDialog, print_pdf
from tsdesk.ui.register import register_io_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all


@pytest.fixture(scope="module")
def ledger_pdf() -> bytes:
    rows = [
        LedgerRow(
            f"TS-2026-{n:04}", f"第{n}项商业秘密", "技术信息—设计信息", "二级商密", "长期",
            "技术研发中心", "张伟", "研发中心", "纸质资料", "拟定",
        )
        for n in range(1, 40)
    ]  # fmt: skip
    out = io.BytesIO()
    render_ledger(out, rows, FooterInfo(7, "ab" * 32, datetime(2026, 3, 1, 9, 0), "某公司", "张三"))
    return out.getvalue()


@pytest.fixture
def dialog(qtbot, ledger_pdf) -> PdfPreviewDialog:
    widget = PdfPreviewDialog(ledger_pdf, "商业秘密台账")
    qtbot.addWidget(widget)
    return widget


def test_it_shows_pages_and_navigates(dialog):
    count = len(pypdf.PdfReader(io.BytesIO(dialog.pdf_bytes())).pages)
    assert count >= 2 and dialog.page_count() == count
    assert dialog.page_label.text() == f"第 1 / {count} 页"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.current_page() == 1 and dialog.page_label.text() == f"第 2 / {count} 页"
    dialog.go_to(99)
    assert dialog.current_page() == count - 1 and not dialog.next_button.isEnabled()
    dialog.previous_button.click()
    assert dialog.current_page() == count - 2


def test_zoom_in_and_out(dialog):
    dialog.view.setZoomFactor(1.0)
    dialog.zoom_in_button.click()
    assert dialog.view.zoomMode() == pdf_preview.QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(1.25)
    dialog.zoom_out_button.click()
    dialog.zoom_out_button.click()
    assert dialog.view.zoomFactor() == pytest.approx(0.8)
    dialog.fit_width_button.click()
    assert dialog.view.zoomMode() == pdf_preview.QPdfView.ZoomMode.FitToWidth


def rasterise(data: bytes, page: int = 0):
    return pypdfium2.PdfDocument(data)[page].render(scale=60 / 72).to_pil().convert("L")


def test_print_pdf_prints_every_page_at_true_size(dialog, ledger_pdf, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdf_preview.prepare_printer(dialog.document, printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert print_pdf(dialog.document, printer) == str(out)
    source, printed = pypdf.PdfReader(io.BytesIO(ledger_pdf)), pypdf.PdfReader(out)
    assert len(printed.pages) == len(source.pages)
    for a, b in zip(source.pages, printed.pages, strict=True):
        assert round(float(b.mediabox.width)) == round(float(a.mediabox.width)) == 842
        assert round(float(b.mediabox.height)) == round(float(a.mediabox.height)) == 595
    # the same picture in the same place: no scaling, no shift, nothing blank
    original, copy = rasterise(ledger_pdf), rasterise(out.read_bytes())
    assert abs(original.size[1] - copy.size[1]) <= 1  # A4 is 595.28 pt; Qt's A4 is 595
    width, height = min(original.size[0], copy.size[0]), min(original.size[1], copy.size[1])
    assert differing(original, copy, width, height) < 0.005
    assert differing(original, copy, width, height, shift=2) > 0.02  # an offset would show
    assert copy.getextrema()[0] < 64  # ink, not a white page


def differing(a, b, width: int, height: int, shift: int = 0) -> float:
    """Share of pixels that differ once anti-aliasing is blurred away."""
    a = a.crop((4, 4, width - 4, height - 4)).filter(ImageFilter.GaussianBlur(1))
    b = b.crop((4 + shift, 4, width - 4 + shift, height - 4)).filter(ImageFilter.GaussianBlur(1))
    marked = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    return marked.histogram()[255] / (a.size[0] * a.size[1])


def test_print_pdf_takes_bytes_too(ledger_pdf, tmp_path, qtbot):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "b.pdf"))
    print_pdf(ledger_pdf, printer)
    assert len(pypdf.PdfReader(tmp_path / "b.pdf").pages) == len(
        pypdf.PdfReader(io.BytesIO(ledger_pdf)).pages
    )


def test_the_print_button_goes_through_the_print_dialog(dialog, tmp_path, monkeypatch, qtbot):
    out = tmp_path / "via-dialog.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent):
            self.printer = printer

        def setWindowTitle(self, title):  # noqa: N802 - Qt's name
            """The fake dialog has no window to title."""

        def exec(self):
            assert self.printer.pageLayout().orientation().name == "Landscape"
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    with qtbot.waitSignal(dialog.printed) as signal:
        dialog.print_button.click()
    assert signal.args == [str(out)]
    assert len(pypdf.PdfReader(out).pages) == dialog.page_count()


def test_save_as_warns_then_writes_the_same_pdf(dialog, tmp_path, monkeypatch, qtbot):
    warnings = []

    def warn(*args, **kwargs):
        warnings.append(args[2])
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(pdf_preview.QMessageBox, "warning", warn)
    monkeypatch.setattr(
        pdf_preview.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "台账副本"), "PDF"),
    )
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.save_button.click()
    assert "不再受数据库加密保护" in warnings[0]
    assert signal.args == [str(tmp_path / "台账副本.pdf")]
    assert (tmp_path / "台账副本.pdf").read_bytes() == dialog.pdf_bytes()


def test_declining_the_warning_saves_nothing(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(
        pdf_preview.QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel
    )
    monkeypatch.setattr(
        pdf_preview.QFileDialog,
        "getSaveFileName",
        lambda *a, **k: pytest.fail("no file is asked for"),
    )
    dialog.save_button.click()
    assert list(tmp_path.iterdir()) == []


# --- the register's print actions ---------------------------------------------------------------


@pytest.fixture
def team(opened):
    return build_team(opened.vault, opened.admin)


@pytest.fixture
def shown(monkeypatch) -> list[PdfPreviewDialog]:
    """Preview dialogs opened (not run modally)."""
    dialogs: list[PdfPreviewDialog] = []

    def exec_(self):
        dialogs.append(self)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return dialogs


def last_action(vault) -> str:
    with vault.reader() as session:
        return session.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))


def test_preview_actions_print_in_memory_and_audit(team, shown, qtbot, tmp_path):
    secret_id = confirmed(team, secret_input(team))
    propose(team, secret_input(team, "客户名单"))
    session = UiSession(team.vault, team.officer)
    register_io_actions.preview_ledger(session, None, register.RegisterFilter(search="客户"))
    assert last_action(team.vault) == "print.ledger"
    register_io_actions.preview_detail(session, None, secret_id)
    assert last_action(team.vault) == "print.detail"
    with team.vault.reader() as s:
        approval_id = register.approvals_of(s, secret_id)[0].id
    register_io_actions.preview_approval(session, None, approval_id)
    assert last_action(team.vault) == "print.approval"
    assert wait_for_all()
    assert [d.windowTitle() for d in shown] == ["商业秘密台账", "商业秘密详情单", "审批表"]
    assert all(d._path is None and d.pdf_bytes().startswith(b"%PDF") for d in shown)
    text = "".join(
        p.extract_text() for p in pypdf.PdfReader(io.BytesIO(shown[0].pdf_bytes())).pages
    )
    assert "客户名单" in text and "剑杆" not in text
    for d in shown:
        d.deleteLater()


def test_a_failing_preview_shows_the_message(team, shown, monkeypatch):
    messages = []
    monkeypatch.setattr(
        register_io_actions, "show_error", lambda parent, err: messages.append(err.message)
    )
    session = UiSession(team.vault, team.officer)
    assert register_io_actions.preview_detail(session, None, 12345) is None
    assert messages == ["商业秘密不存在"] and shown == []
