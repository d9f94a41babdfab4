"""The 标识打印 page: choosing carriers, printing through the dialog or to a PDF, reprints with a
reason, per-printer calibration, the print log, area signs, covers and stamping."""

from __future__ import annotations

import pypdf
import pytest
from carriers_testing import World, build_world
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tsdesk.models import Role
from tsdesk.services import carriers, labels, operators
from tsdesk.settings import machine_get, machine_set
from tsdesk.ui.labels import labels as labels_page
from tsdesk.ui.labels.dialogs import AreaSignDialog, CustomTemplateDialog, StampDialog
from tsdesk.ui.labels.labels import LabelsPage
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def page(world, qtbot) -> LabelsPage:
    page = LabelsPage(UiSession(world.vault, world.admin))
    qtbot.addWidget(page)
    page.refresh()
    return page


def numbers(world, ids):
    with world.read() as s:
        return [carriers.get(s, i).number for i in ids]


def log_rows(world):
    with world.read() as s:
        return labels.print_log(s)


def choose_template(page: LabelsPage, name: str) -> None:
    combo = page.setup_panel.template_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i).name == name))


def settle():
    assert wait_for_all()


def test_search_and_batch(world, page):
    a = world.carrier(title="主轴图纸")
    world.carrier(title="报价单")
    page.batch_panel.search_edit.setText("主轴")
    page.batch_panel.search()
    assert [r.title for r in page.batch_panel.results_model.rows()] == ["主轴图纸"]
    page.batch_panel.results.selectAll()
    page.batch_panel.add_selected()
    page.batch_panel.add_selected()  # each carrier once
    assert [r.id for r in page.batch_panel.batch_model.rows()] == [a]
    assert page.output_panel.print_button.isEnabled() and page.output_panel.save_button.isEnabled()
    page.batch_panel.batch.selectAll()
    page.batch_panel.remove_selected()
    assert (
        page.batch_panel.batch_model.rows() == [] and not page.output_panel.print_button.isEnabled()
    )


def test_a_scanned_label_adds_its_carrier(world, page):
    cid = world.carrier()
    with world.uow() as uow:
        labels.record_print(uow, [cid], "roll-40x30", "PDF")
    with world.read() as s:
        payload = labels.payload_for(s, cid, compact=True)
    assert not page.handle_search(payload)  # not shown: the carriers page answers scans
    page.show()
    assert page.handle_search(payload)
    assert [r.id for r in page.batch_panel.batch_model.rows()] == [cid]
    assert page.batch_panel.batch_model.rows()[0].printed == 1
    forged = payload[:-1] + ("Z" if payload[-1] != "Z" else "Y")
    assert not page.batch_panel.add_scanned(forged)
    assert not page.batch_panel.add_scanned("天气不错")
    page.batch_panel.search_edit.setText(forged)  # typed or scanned into the page's own box
    page.batch_panel.search()
    assert "标识无效" in page.status.text()


def test_save_pdf_records_the_print(world, page, tmp_path, monkeypatch):
    ids = [world.carrier(), world.carrier()]
    page.batch_panel.add_carriers(ids)
    choose_template(page, "A4-2x7-99x38")
    page.setup_panel.start_spin.setValue(5)
    out = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.save_pdf()
    settle()
    assert out.exists() and len(pypdf.PdfReader(out).pages) == 1
    (row,) = log_rows(world)
    assert (row.template, row.printer, row.start_position) == ("A4-2x7-99x38", "PDF", 5)
    assert [n for n, _ in row.items] == numbers(world, ids)
    assert page.log_panel.log_model.rows()[0].id == row.id
    assert [r.printed for r in page.batch_panel.batch_model.rows()] == [1, 1]


def test_reprint_asks_for_a_reason(world, page, tmp_path, monkeypatch):
    cid = world.carrier()
    with world.uow() as uow:
        labels.record_print(uow, [cid], "roll-40x30", "PDF")
    page.batch_panel.add_carriers([cid])
    out = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    asked = []

    def answer(reply):
        def get_text(parent, title, text, *a, **k):
            asked.append(text)
            return reply

        return get_text

    monkeypatch.setattr(QInputDialog, "getText", answer(("", False)))  # cancelled
    page.save_pdf()
    monkeypatch.setattr(QInputDialog, "getText", answer(("   ", True)))  # blank
    page.save_pdf()
    settle()
    assert not out.exists() and len(log_rows(world)) == 1
    assert "补打须填写原因" in page.status.text()
    monkeypatch.setattr(QInputDialog, "getText", answer(("标签被油污覆盖", True)))
    page.save_pdf()
    settle()
    assert numbers(world, [cid])[0] in asked[0]
    assert log_rows(world)[0].reprint_reason == "标签被油污覆盖"
    text = "".join(pypdf.PdfReader(out).pages[0].extract_text().split())
    assert "补2" in text


def test_print_through_the_dialog_uses_the_printer_calibration(world, page, tmp_path, monkeypatch):
    cid = world.carrier()
    page.batch_panel.add_carriers([cid])
    choose_template(page, "roll-50x30")
    machine_set("printer_offsets", {"Zebra ZD421": [1.5, -0.5]})
    page.refresh()
    page.setup_panel.printer_combo.setCurrentIndex(
        page.setup_panel.printer_combo.findData("Zebra ZD421")
    )
    assert (page.setup_panel.x_spin.value(), page.setup_panel.y_spin.value()) == (1.5, -0.5)
    out = tmp_path / "printed.pdf"
    rendered = []
    real_preview = labels.preview_labels

    def spy(uow, req):
        rendered.append(req.offset_mm)
        return real_preview(uow, req)

    monkeypatch.setattr(labels, "preview_labels", spy)

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent=None):
            self.printer = printer

        def exec(self):
            # The dialog's printer is a PDF file here; its paper was set from the label.
            size = self.printer.pageLayout().fullRect(self.printer.pageLayout().Unit.Millimeter)
            assert (round(size.width()), round(size.height())) == (50, 30)
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(labels_page, "QPrintDialog", FakePrintDialog)
    page.print_labels()
    settle()
    assert out.exists()
    assert rendered[0] == (1.5, -0.5)
    (row,) = log_rows(world)
    assert row.template == "roll-50x30" and row.printer == str(out)


def test_offsets_are_saved_per_printer(page):
    machine_set("printer_offsets", {"HP M404": [0.0, 0.0], "Zebra": [0.2, 0.3]})
    page.refresh()
    page.setup_panel.printer_combo.setCurrentIndex(
        page.setup_panel.printer_combo.findData("HP M404")
    )
    page.setup_panel.x_spin.setValue(-1.2)
    page.setup_panel.y_spin.setValue(2.4)
    assert machine_get("printer_offsets")["HP M404"] == [-1.2, 2.4]
    page.setup_panel.printer_combo.setCurrentIndex(page.setup_panel.printer_combo.findData("Zebra"))
    assert (page.setup_panel.x_spin.value(), page.setup_panel.y_spin.value()) == (0.2, 0.3)
    page.setup_panel.printer_combo.setCurrentIndex(0)  # no calibration: fixed at zero
    assert not page.setup_panel.x_spin.isEnabled() and page.setup_panel.x_spin.value() == 0.0


def test_printing_from_the_preview_is_logged_once(world, page, monkeypatch):
    cid = world.carrier()
    page.batch_panel.add_carriers([cid])
    shown = []

    def fake_exec(dialog):
        shown.append(dialog.page_count())
        dialog.printed.emit("Brother QL-820")
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    page.preview()
    settle()
    assert shown == [1]
    (row,) = log_rows(world)
    assert row.printer == "Brother QL-820"


def test_outline_cover_and_area_sign(world, page, monkeypatch):
    cid = world.carrier()
    page.batch_panel.add_carriers([cid])
    titles = []

    def fake_exec(dialog):
        titles.append((dialog.windowTitle(), dialog.page_count()))
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    page.outline()
    page.covers()
    settle()
    assert titles[0][0].startswith("对位测试页") and titles[1][0].startswith("标识预览")
    assert log_rows(world) == []  # shown, not printed

    dialog = AreaSignDialog(page.session, page)
    assert dialog.area.count() == 2
    dialog.size.setCurrentText("A3")
    dialog.accept()
    assert dialog.pdf.startswith(b"%PDF")


def test_custom_template(page):
    dialog = CustomTemplateDialog(page.session, page)
    dialog.width.setValue(45)
    dialog.height.setValue(35)
    dialog.accept()
    assert dialog.template.name == "custom:45,35"
    dialog = CustomTemplateDialog(page.session, page)
    dialog.width.setValue(12)  # too small: refused inline, dialog stays
    dialog.accept()
    assert dialog.template is None and "至少" in dialog.error.text()


def live_secret_ids(world) -> list[int]:
    with world.vault.reader() as s:
        return [c.id for c in carriers.linkable_secrets(s)]


def test_stamp_dialog(world, page, tmp_path, qtbot):
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "图纸说明.pdf"
    canv = Canvas(str(source))
    canv.drawString(72, 720, "drawing notes")
    canv.showPage()
    canv.save()
    dialog = StampDialog(page.session, page)
    dialog.source.setText(str(source))
    dialog.output.setText(str(tmp_path / "out.pdf"))
    dialog.secret_search.setText("没有这样的秘密")
    assert dialog.secret.count() == 0  # the list follows the search box
    dialog.accept()
    assert "请选择商业秘密" in dialog.error.text()
    dialog.secret_search.clear()
    assert dialog.secret.count() == len(live_secret_ids(world))
    dialog.secret.setCurrentIndex(0)
    dialog.accept()
    assert dialog.pages == 1 and (tmp_path / "out.pdf").exists()
    dialog = StampDialog(page.session, page)
    dialog.source.setText(str(source))
    dialog.output.setText(str(source))  # would overwrite the original
    dialog.accept()
    assert "不能覆盖原文件" in dialog.error.text()


def test_an_auditor_may_not_print(world, qtbot):
    with world.uow() as uow:
        operators.add(uow, "shenji", Role.AUDITOR, "auditor-pass-1")
    auditor = world.vault.verify_password("shenji", "auditor-pass-1")
    page = LabelsPage(UiSession(world.vault, auditor))
    qtbot.addWidget(page)
    page.refresh()
    page.batch_panel.add_carriers([world.carrier()])
    for button in (
        page.output_panel.print_button,
        page.output_panel.save_button,
        page.output_panel.preview_button,
        page.output_panel.stamp_button,
    ):
        assert not button.isEnabled()
    assert (
        page.output_panel.outline_button.isEnabled()
        and not page.setup_panel.default_button.isVisible()
    )


def test_clear_on_lock(world, page):
    page.batch_panel.add_carriers([world.carrier()])
    page.batch_panel.search_edit.setText("图纸")
    page.clear()
    assert page.batch_panel.batch_model.rows() == [] and page.batch_panel.search_edit.text() == ""
    assert page.log_panel.log_model.rows() == []
