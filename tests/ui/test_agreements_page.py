"""The agreements page (issue 13 §2, §5), reached through the real main window: new, sign,
print (Ctrl+P), the non-compete ledger with a payment and its voucher and the waiver, the
outside parties, the templates, the filters and the dashboard's reminders; an outside party
refused a carrier without a business NDA."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from carriers_testing import World, build_world
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from tsdesk_testing import pdf_text

from tsdesk.models import AgreementKind, AgreementStatus, MovementKind, PartyKind
from tsdesk.services import agreements
from tsdesk.services.agreements import AgreementInput
from tsdesk.ui.carriers.carrier_dialogs import MovementDialog
from tsdesk.ui.dashboard.dashboard import DashboardPage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.people import agreement_widgets
from tsdesk.ui.people.agreement_dialogs import (
    AgreementDialog,
    AgreementStatusDialog,
    AgreementTemplatesDialog,
    NoncompeteLedgerDialog,
    NoncompetePaymentDialog,
    NoncompeteWaiverDialog,
    PartiesDialog,
    PartyDialog,
)
from tsdesk.ui.people.agreement_widgets import PersonAgreementsTab
from tsdesk.ui.people.agreements import AgreementsPage
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import wait_for_all

TODAY = date.today()


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


@pytest.fixture
def window(world, qtbot) -> MainWindow:
    w = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_page(window) -> AgreementsPage:
    """Click 协议 in the navigation."""
    nav = window.nav
    (row,) = [r for r in range(nav.count()) if nav.item(r).text().startswith("协议")]
    nav.setCurrentRow(row)
    page = window.current_page()
    assert isinstance(page, AgreementsPage)
    return page


def when_shown(dialog_class, act) -> None:
    """Act on the modal dialog of this class once the click below has opened it."""

    def find() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_class) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, find)

    QTimer.singleShot(0, find)


def select(page: AgreementsPage, agreement_id: int) -> None:
    for r in range(page.model.rowCount()):
        if page.model.row_at(r).id == agreement_id:
            page.table.selectRow(r)
            return
    raise AssertionError(agreement_id)


@pytest.fixture
def previews(monkeypatch) -> list[tuple[bytes, str]]:
    """What the preview would have shown (the dialog's exec is modal)."""
    shown: list[tuple[bytes, str]] = []

    class Preview:
        def __init__(self, pdf, title, parent=None):
            shown.append((pdf, title))

        def exec(self):
            return 0

    monkeypatch.setattr(agreement_widgets, "PdfPreviewDialog", Preview)
    return shown


def test_new_sign_and_print_from_the_page(window, world, qtbot, previews, tmp_path):
    page = open_page(window)
    assert page.model.total == 0

    def fill(dialog: AgreementDialog) -> None:
        dialog.person.setCurrentIndex(dialog.person.findData(world.alice))
        dialog.damages.setText("200000")
        dialog.accept()

    when_shown(AgreementDialog, fill)
    window.new_action.trigger()  # Ctrl+N
    assert page.model.total == 1
    row = page.selected()
    assert row.kind == AgreementKind.NDA and row.status == AgreementStatus.DRAFT
    assert "尚未签署" in page.notice.text()
    assert page.sign_action.isEnabled() and not page.in_force_action.isEnabled()

    when_shown(AgreementStatusDialog, lambda d: d.accept())
    page.sign_action.trigger()
    assert page.selected().status == AgreementStatus.IN_FORCE
    assert not page.edit_button.isEnabled()  # in force: what was signed stays

    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    ((pdf, title),) = previews
    assert row.number in title
    out = tmp_path / "nda.pdf"
    out.write_bytes(pdf)  # the test's own copy, to read its text
    text = pdf_text(out)
    assert row.number in text and "张伟" in text and "200,000.00" in text


def test_the_ledger_records_a_payment_with_its_voucher_and_the_waiver(
    window, world, qtbot, tmp_path
):
    start = agreements.add_months(TODAY, -3) - timedelta(days=1)
    with world.uow() as uow:
        nc = agreements.add_agreement(
            uow,
            AgreementInput(
                kind=AgreementKind.NONCOMPETE,
                person_id=world.alice,
                nc_starts_on=start,
                nc_months=12,
                nc_area="浙江省",
                nc_monthly_fen=450_000,
                nc_average_wage_fen=1_500_000,
            ),
        )
        agreements.set_status(uow, nc, AgreementStatus.SIGNED, start)
    page = open_page(window)
    select(page, nc)
    assert "3 个月逾期未付" in page.notice.text()
    voucher = tmp_path / "回单.txt"
    voucher.write_text("转账回单", encoding="utf-8")

    def in_ledger(ledger: NoncompeteLedgerDialog) -> None:
        assert "劳动者可以解除" in ledger.warning.text()
        ledger.table.selectRow(0)

        def pay(dialog: NoncompetePaymentDialog) -> None:
            dialog.set_voucher(voucher)
            dialog.accept()

        when_shown(NoncompetePaymentDialog, pay)
        ledger.pay_button.click()
        assert ledger.table.item(0, 5).text() == "已支付"
        assert "劳动者可解除" in ledger.warning.text()  # two left unpaid

        def waive(dialog: NoncompeteWaiverDialog) -> None:
            assert "13,500.00" in dialog.intro.text()  # three months' extra, as a hint
            dialog.note.setText("不再限制")
            dialog.accept()

        when_shown(NoncompeteWaiverDialog, waive)
        ledger.waive_button.click()
        assert "已于" in ledger.summary.text() and not ledger.waive_button.isEnabled()
        ledger.reject()

    when_shown(NoncompeteLedgerDialog, in_ledger)
    page.ledger_button.click()
    with world.read() as s:
        (paid, *_) = agreements.ledger(s, nc)
        assert paid.paid_on is not None
        from tsdesk.services import attachments

        (attached,) = attachments.attachments_of(s, "noncompete_payment", paid.id)
        assert attached.name == "回单.txt"
        assert agreements.get(s, nc).status == AgreementStatus.ENDED


def test_parties_and_the_carrier_rule(window, world, qtbot):
    page = open_page(window)

    def in_parties(dialog: PartiesDialog) -> None:
        def add(party: PartyDialog) -> None:
            party.name.setText("宁波智控自动化科技有限公司")
            party.kind.setCurrentIndex(party.kind.findData(PartyKind.CONTRACTOR))
            party.accept()

        when_shown(PartyDialog, add)
        dialog.add_button.click()
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "无"
        dialog.reject()

    when_shown(PartiesDialog, in_parties)
    page.parties_button.click()
    with world.read() as s:
        (party,) = agreements.list_parties(s)
    # The carrier's borrow dialog offers the party, and refuses it without a business NDA.
    carrier = world.carrier()
    dialog = MovementDialog(UiSession(world.vault, world.admin), carrier, MovementKind.BORROW)
    qtbot.addWidget(dialog)
    dialog.party.setCurrentIndex(dialog.party.findData(party.id))
    dialog.purpose.setText("联合调试")
    dialog.accept()
    assert dialog.result() == 0 and "没有生效中的商业保密协议" in dialog.error.text()


def test_templates_refuse_unknown_fields_and_reset(window, world, qtbot, monkeypatch):
    page = open_page(window)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def edit(dialog: AgreementTemplatesDialog) -> None:
        assert dialog.state.text() == "TSDesk 默认文本"
        dialog.text.setPlainText("乙方 {员工姓名}，身份证 {身份证号}")
        dialog.save_button.click()
        assert "{身份证号}" in dialog.error.text()
        dialog.text.setPlainText("乙方 {员工姓名} 承诺保密。")
        dialog.save_button.click()
        assert dialog.state.text() == "本单位模板"
        dialog.reset_button.click()
        assert dialog.state.text() == "TSDesk 默认文本"
        dialog.reject()

    when_shown(AgreementTemplatesDialog, edit)
    page.templates_button.click()
    with world.read() as s:
        assert not agreements.is_customised(s, AgreementKind.NDA)


def test_filters_reminders_and_the_person_tab(window, world, qtbot):
    with world.uow() as uow:
        soon = agreements.add_agreement(
            uow,
            AgreementInput(
                kind=AgreementKind.NDA, person_id=world.alice, end_on=TODAY + timedelta(days=9)
            ),
        )
        agreements.set_status(uow, soon, AgreementStatus.SIGNED)
        draft = agreements.add_agreement(
            uow, AgreementInput(kind=AgreementKind.NDA, person_id=world.bob)
        )
        from tsdesk.services import people

        people.grant(uow, world.low_secret, world.bob, people.AccessTier.CONSULT, "查阅")
    page = open_page(window)
    assert page.model.total == 2
    assert "李娜（E002）" in page.banner.text()  # knows a secret without an NDA
    page.status_combo.setCurrentIndex(page.status_combo.findData("unsigned"))
    page.refresh_list()
    assert page.model.total == 1 and page.model.row_at(0).id == draft
    # The 工作台's tile opens the list it counts.
    dashboard = window.show_page(DashboardPage)
    dashboard.recount()
    wait_for_all()
    qtbot.waitUntil(lambda: dashboard.tiles["agreements.expiring"].n == 1)
    assert dashboard.tiles["agreements.nda_missing"].n == 1
    dashboard.tiles["agreements.expiring"].click()
    assert window.current_page() is page
    assert page.model.total == 1 and page.model.row_at(0).id == soon
    # The person page's tab.
    tab = PersonAgreementsTab(UiSession(world.vault, world.admin))
    qtbot.addWidget(tab)
    tab.show_person(world.alice)
    assert tab.model.rowCount() == 1 and "生效中" in tab.summary.text()
    tab.show_person(world.bob)
    assert "没有生效中的员工保密协议" in tab.summary.text()


def test_an_auditor_reads_only(world, qtbot):
    from tsdesk.models import Role
    from tsdesk.services import operators

    with world.uow() as uow:
        operators.add(uow, "auditor1", Role.AUDITOR, "auditor-pass-1")
    with world.uow() as uow:
        agreements.add_agreement(uow, AgreementInput(kind=AgreementKind.NDA, person_id=world.bob))
    auditor = world.vault.verify_password("auditor1", "auditor-pass-1")
    page = AgreementsPage(UiSession(world.vault, auditor))
    qtbot.addWidget(page)
    page.refresh()
    assert page.selected() is not None
    assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
    assert not page.status_button.isEnabled()
