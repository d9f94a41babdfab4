"""The agreements page's dialogs: an agreement (with the non-compete's terms), a change of
status, the non-compete ledger with its payments and waiver, outside parties, templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import AgreementKind, AgreementStatus, PartyKind, PersonStatus
from tsdesk.services import agreements, carriers, people, register
from tsdesk.services.agreements import AgreementInput, PartyRow, PaymentRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.attachments import AttachmentsPanel
from tsdesk.ui.common import GuardedDialog, InlineDialog, fit_to_screen, list_actions
from tsdesk.ui.messages import error_text
from tsdesk.ui.people.agreement_widgets import preview
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    ENDED_COLOR,
    EXPIRED_COLOR,
    MUTED_STYLE,
    NOTE_STYLE,
    add_labelled,
    date_edit,
    day,
    list_view,
)
from tsdesk.vault import UnitOfWork


def _a(text: str) -> str:
    return QCoreApplication.translate("agreements", text)


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field."""

    def __init__(self, label: str, value: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit(value)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return day(self.edit) if self.check.isChecked() else None


def _money(text: str) -> int | None:
    return agreements.parse_yuan(text)


def _numbers(text: str) -> list[str]:
    return [n.strip() for n in text.replace("，", ",").split(",") if n.strip()]


class AgreementDialog(InlineDialog):
    """New agreement, or an agreement not yet in force: who, what it covers, its dates and
    damages; a non-compete's term (at most 24 months), scope and monthly compensation."""

    entity_type = "agreement"

    def __init__(
        self,
        session: UiSession,
        agreement_id: int | None = None,
        parent=None,
        *,
        kind: AgreementKind = AgreementKind.NDA,
        person_id: int | None = None,
    ) -> None:
        super().__init__(
            session, self.tr("新建协议") if agreement_id is None else self.tr("编辑协议"), parent
        )
        self.setMinimumWidth(560)
        self.agreement_id = agreement_id
        with session.vault.reader() as s:
            inp = (
                agreements.input_of(s, agreements.get(s, agreement_id))
                if agreement_id is not None
                else AgreementInput(kind=kind, person_id=person_id)
            )
            staff = [
                p
                for p in people.list_people(s)
                if p.status == PersonStatus.ACTIVE or p.id == inp.person_id or p.left_on
            ]
            parties = agreements.list_parties(s)
            secret_numbers = [register.get(s, i).number for i in inp.secret_ids]
            carrier_numbers = [carriers.get(s, i).number for i in inp.carrier_ids]
        self.kind = QComboBox()
        add_labelled(self.kind, agreements.KIND_LABELS, _a)
        self.kind.setCurrentIndex(max(0, self.kind.findData(inp.kind)))
        self.kind.setEnabled(agreement_id is None)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.person = QComboBox()
        self.person.addItem(self.tr("（无）"), None)
        for p in staff:
            left = self.tr("（已离职）") if p.status == PersonStatus.LEFT else ""
            self.person.addItem(f"{p.number} {p.name}{left}", p.id)
        self.person.setCurrentIndex(max(0, self.person.findData(inp.person_id)))
        self.party = QComboBox()
        self.party.addItem(self.tr("（无）"), None)
        for party in parties:
            self.party.addItem(party.name, party.id)
        self.party.setCurrentIndex(max(0, self.party.findData(inp.party_id)))
        self.title_edit = QLineEdit(inp.title)
        self.title_edit.setPlaceholderText(self.tr("默认为协议种类名称"))
        self.effective = OptionalDate(self.tr("指定"), inp.effective_on)
        self.effective.setToolTip(self.tr("不指定时，自签署之日起生效"))
        self.end = OptionalDate(self.tr("指定"), inp.end_on)
        self.end.setToolTip(self.tr("不指定为长期有效"))
        self.damages = QLineEdit(agreements.yuan(inp.damages_fen))
        self.damages.setPlaceholderText(self.tr("元，如 200000（约定固定金额便于主张）"))
        self.secrets = QLineEdit(", ".join(secret_numbers))
        self.secrets.setPlaceholderText(self.tr("商业秘密编号，逗号分隔"))
        self.fill_button = QPushButton(self.tr("按知悉授权填入"))
        self.fill_button.setToolTip(self.tr("填入所选员工当前可知悉的商业秘密"))
        self.fill_button.clicked.connect(self._fill_from_grants)
        secrets_row = QHBoxLayout()
        secrets_row.addWidget(self.secrets, 1)
        secrets_row.addWidget(self.fill_button)
        self.carriers = QLineEdit(", ".join(carrier_numbers))
        self.carriers.setPlaceholderText(self.tr("交接的载体编号，逗号分隔"))
        self.note = QLineEdit(inp.note)
        self.form.addRow(self.tr("种类"), self.kind)
        self.form.addRow(self.tr("员工"), self.person)
        self.form.addRow(self.tr("相对方"), self.party)
        self.form.addRow(self.tr("名称"), self.title_edit)
        self.form.addRow(self.tr("生效日期"), self.effective)
        self.form.addRow(self.tr("终止日期"), self.end)
        self.form.addRow(self.tr("违约金"), self.damages)
        self.form.addRow(self.tr("所涉商业秘密"), secrets_row)
        self.form.addRow(self.tr("交接载体"), self.carriers)
        self.form.addRow(self.tr("备注"), self.note)
        # --- 竞业限制 ------------------------------------------------------------------------
        self.nc_box = QWidget()
        nc = QVBoxLayout(self.nc_box)
        nc.setContentsMargins(0, 0, 0, 0)
        self.nc_starts = OptionalDate(self.tr("已离职，自"), inp.nc_starts_on)
        self.nc_months = QSpinBox()
        self.nc_months.setRange(1, 36)  # the service refuses more than 24, and says why
        self.nc_months.setValue(inp.nc_months or 12)
        self.nc_months.setSuffix(self.tr(" 个月"))
        self.nc_monthly = QLineEdit(agreements.yuan(inp.nc_monthly_fen))
        self.nc_monthly.setPlaceholderText(self.tr("元/月"))
        self.nc_wage = QLineEdit(agreements.yuan(inp.nc_average_wage_fen))
        self.nc_wage.setPlaceholderText(self.tr("离职前十二个月平均工资，元/月"))
        self.nc_area = QLineEdit(inp.nc_area)
        self.nc_business = QLineEdit(inp.nc_business)
        self.nc_competitors = QLineEdit(inp.nc_competitors)
        self.nc_hint = QLabel()
        self.nc_hint.setWordWrap(True)
        self.nc_hint.setStyleSheet(NOTE_STYLE)
        for edit in (self.nc_monthly, self.nc_wage):
            edit.textChanged.connect(self._floor_hint)
        self.nc_months.valueChanged.connect(self._floor_hint)
        rows = (
            (self.tr("竞业起算"), self.nc_starts),
            (self.tr("竞业期限"), self.nc_months),
            (self.tr("每月补偿"), self.nc_monthly),
            (self.tr("平均工资"), self.nc_wage),
            (self.tr("限制地域"), self.nc_area),
            (self.tr("限制业务"), self.nc_business),
            (self.tr("竞争单位"), self.nc_competitors),
        )
        self.nc_rows = []
        for label, widget in rows:
            self.form.addRow(label, widget)
            self.nc_rows.append(widget)
        self.form.addRow(self.nc_hint)
        self._kind_changed()
        self._floor_hint()

    def _kind(self) -> AgreementKind:
        return AgreementKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self._kind()
        is_nc = kind == AgreementKind.NONCOMPETE
        for widget in self.nc_rows:
            self.form.setRowVisible(widget, is_nc)
        self.form.setRowVisible(self.nc_hint, is_nc)
        self.form.setRowVisible(self.end, not is_nc)  # a non-compete's end follows its term
        self.form.setRowVisible(self.party, kind == AgreementKind.BUSINESS)

    def _floor_hint(self) -> None:
        lines = [self.tr("最长 24 个月（劳动合同法第二十四条）；终止日期按起算日和期限计算。")]
        try:
            wage, monthly = _money(self.nc_wage.text()), _money(self.nc_monthly.text())
        except TSDeskError:
            wage = monthly = None
        floor = agreements.nc_floor_fen(wage)
        if floor is not None:
            lines.append(
                self.tr(
                    "补偿下限参考：平均工资的 30% 即 {floor} 元/月，且不低于当地最低工资。"
                ).format(floor=agreements.yuan(floor))
            )
            if monthly is not None and monthly < floor:
                lines.append(self.tr("⚠ 当前月补偿低于该参考下限（可保存，建议提高）。"))
        self.nc_hint.setText("\n".join(lines))

    def _fill_from_grants(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            return
        rows = self.session.read(people.secrets_of, person_id)
        self.secrets.setText(", ".join(dict.fromkeys(r.secret_number for r in rows)))

    def _input(self, session) -> AgreementInput:
        kind = self._kind()
        is_nc = kind == AgreementKind.NONCOMPETE
        return AgreementInput(
            kind=kind,
            person_id=self.person.currentData(),
            party_id=self.party.currentData() if kind == AgreementKind.BUSINESS else None,
            title=self.title_edit.text(),
            effective_on=self.effective.value(),
            end_on=None if is_nc else self.end.value(),
            damages_fen=_money(self.damages.text()),
            note=self.note.text(),
            secret_ids=[register.by_number(session, n).id for n in _numbers(self.secrets.text())],
            carrier_ids=[carriers.by_number(session, n).id for n in _numbers(self.carriers.text())],
            nc_starts_on=self.nc_starts.value() if is_nc else None,
            nc_months=self.nc_months.value() if is_nc else None,
            nc_area=self.nc_area.text() if is_nc else "",
            nc_business=self.nc_business.text() if is_nc else "",
            nc_competitors=self.nc_competitors.text() if is_nc else "",
            nc_monthly_fen=_money(self.nc_monthly.text()) if is_nc else None,
            nc_average_wage_fen=_money(self.nc_wage.text()) if is_nc else None,
        )

    def change(self, uow: UnitOfWork):
        inp = self._input(uow.session)
        if self.agreement_id is None:
            return agreements.add_agreement(uow, inp)
        agreements.update_agreement(uow, self.agreement_id, inp)
        return self.agreement_id

    def field_for(self, err):
        text = err.template
        if "竞业限制期限" in text:
            return self.nc_months
        if "补偿" in text:
            return self.nc_monthly
        if "相对方" in text:
            return self.party
        if "员工" in text:
            return self.person
        return None


class AgreementStatusDialog(InlineDialog):
    """签署 (with its date), or end, terminate, mark breached (date and reason)."""

    entity_type = "agreement"

    def __init__(
        self, session: UiSession, agreement_id: int, to: AgreementStatus, parent=None
    ) -> None:
        titles = {
            AgreementStatus.SIGNED: self.tr("签署协议"),
            AgreementStatus.ENDED: self.tr("协议终止"),
            AgreementStatus.TERMINATED: self.tr("解除协议"),
            AgreementStatus.BREACHED: self.tr("登记违约"),
        }
        super().__init__(session, titles.get(to, self.tr("协议状态")), parent)
        self.agreement_id, self.to = agreement_id, to
        row = session.read(agreements.row_of, agreement_id)
        if to == AgreementStatus.SIGNED:
            self.set_intro(
                self.tr(
                    "{number}（{who}）已由双方签字。生效日期已到的，签署后即生效；"
                    "请随后附上签字扫描件。"
                ).format(number=row.number, who=row.counterpart)
            )
        else:
            self.set_intro(
                self.tr("{number}（{who}）自该日起不再约束对方。").format(
                    number=row.number, who=row.counterpart
                )
            )
        self.day = date_edit()
        self.day.setMaximumDate(QDate.currentDate())
        self.form.addRow(self.tr("日期"), self.day)
        self.reason = QLineEdit()
        if to != AgreementStatus.SIGNED:
            self.form.addRow(self.tr("原因"), self.reason)

    def change(self, uow: UnitOfWork):
        return agreements.set_status(
            uow, self.agreement_id, self.to, day(self.day), self.reason.text()
        )


# --- the non-compete ledger ------------------------------------------------------------------


class NoncompetePaymentDialog(InlineDialog):
    """One month paid: the day, the amount (default: what is due), the voucher."""

    entity_type = "agreement"

    def __init__(self, session: UiSession, payment: PaymentRow, parent=None) -> None:
        super().__init__(session, self.tr("登记补偿支付"), parent)
        self.payment = payment
        self.set_intro(
            self.tr("{month} 的竞业限制补偿，应付 {amount} 元，应付日期 {due}。").format(
                month=payment.month.strftime("%Y-%m"),
                amount=agreements.yuan(payment.amount_fen),
                due=payment.due_on,
            )
        )
        self.paid_on = date_edit()
        self.paid_on.setMaximumDate(QDate.currentDate())
        self.amount = QLineEdit(agreements.yuan(payment.amount_fen))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：银行转账，回单号"))
        self.voucher_path: Path | None = None
        self.voucher_label = QLabel(self.tr("（未选择）"))
        self.voucher_label.setStyleSheet(MUTED_STYLE)
        choose = QPushButton(self.tr("选择凭证…"))
        choose.clicked.connect(self._choose)
        voucher = QHBoxLayout()
        voucher.addWidget(self.voucher_label, 1)
        voucher.addWidget(choose)
        self.form.addRow(self.tr("支付日期"), self.paid_on)
        self.form.addRow(self.tr("实付金额"), self.amount)
        self.form.addRow(self.tr("说明"), self.note)
        self.form.addRow(self.tr("支付凭证"), voucher)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择支付凭证"))
        if path:
            self.set_voucher(Path(path))

    def set_voucher(self, path: Path) -> None:
        self.voucher_path = path
        self.voucher_label.setText(path.name)

    def change(self, uow: UnitOfWork):
        voucher = None
        if self.voucher_path is not None:
            voucher = (self.voucher_path.name, self.voucher_path.read_bytes())
        return agreements.record_payment(
            uow,
            self.payment.id,
            day(self.paid_on),
            _money(self.amount.text()),
            self.note.text(),
            voucher,
        )


class NoncompeteWaiverDialog(InlineDialog):
    """The employer releases the restriction (an event; the agreement ends)."""

    entity_type = "agreement"

    def __init__(self, session: UiSession, agreement_id: int, parent=None) -> None:
        super().__init__(session, self.tr("解除竞业限制"), parent)
        self.agreement_id = agreement_id
        a_monthly = session.read(lambda s: agreements.get(s, agreement_id).nc_monthly_fen)
        self.set_intro(
            self.tr(
                "用人单位可随时解除竞业限制。司法实践中，解除时通常须额外支付三个月的补偿"
                "（约 {extra} 元）。解除后不再产生以后月份的补偿；此前已到期未付的仍应支付。"
            ).format(extra=agreements.yuan((a_monthly or 0) * agreements.WAIVER_EXTRA_MONTHS))
        )
        self.day = date_edit()
        self.day.setMaximumDate(QDate.currentDate())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：经研究不再限制，已书面通知本人"))
        self.form.addRow(self.tr("解除日期"), self.day)
        self.form.addRow(self.tr("说明"), self.note)

    def change(self, uow: UnitOfWork):
        return agreements.waive(uow, self.agreement_id, day(self.day), self.note.text())


class NoncompeteStartDialog(InlineDialog):
    """The person has left: the restriction starts counting and its ledger is made."""

    entity_type = "agreement"

    def __init__(self, session: UiSession, agreement_id: int, parent=None) -> None:
        super().__init__(session, self.tr("竞业限制起算"), parent)
        self.agreement_id = agreement_id
        self.set_intro(self.tr("自员工离职之日起计算竞业限制期，并按月生成补偿明细。"))
        self.day = date_edit()
        self.day.setMaximumDate(QDate.currentDate())
        self.form.addRow(self.tr("离职日期"), self.day)

    def change(self, uow: UnitOfWork):
        return agreements.start_noncompete(uow, self.agreement_id, day(self.day))


class NoncompeteLedgerDialog(QDialog):
    """竞业限制补偿: the months, what is due and paid; record a payment, start, waive, print."""

    def __init__(self, session: UiSession, agreement_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session, self.agreement_id = session, agreement_id
        self.setWindowTitle(self.tr("竞业限制补偿"))
        fit_to_screen(self, 760, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(NOTE_STYLE)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("月份"),
                self.tr("应付日期"),
                self.tr("应付（元）"),
                self.tr("支付日期"),
                self.tr("实付（元）"),
                self.tr("状态"),
            ]
        )
        list_view(self.table, wrap=False, resize=QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.pay_button = QPushButton(self.tr("登记支付…"))
        self.pay_button.clicked.connect(self.pay)
        self.start_button = QPushButton(self.tr("起算…"))
        self.start_button.clicked.connect(self.start)
        self.waive_button = QPushButton(self.tr("解除竞业限制…"))
        self.waive_button.clicked.connect(self.waive)
        self.print_button = QPushButton(self.tr("打印明细…"))
        self.print_button.clicked.connect(self.print_statement)
        list_actions(self.table, [self.pay_button], open_row=self.pay)
        buttons = QHBoxLayout()
        for b in (self.pay_button, self.start_button, self.waive_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        # The selected month's payment voucher(s).
        self.vouchers = AttachmentsPanel(session, "noncompete_payment")
        layout.addWidget(QLabel(self.tr("所选月份的支付凭证")))
        layout.addWidget(self.vouchers)
        layout.addWidget(close)
        self.rows: list[PaymentRow] = []
        self.reload()

    def reload(self) -> None:
        today = date.today()
        with self.session.vault.reader() as s:
            a = agreements.get(s, self.agreement_id)
            row = agreements.row_of(s, self.agreement_id)
            self.rows = agreements.ledger(s, self.agreement_id)
            self.status, self.started = a.status, a.nc_starts_on is not None
            floor = agreements.nc_floor_fen(a.nc_average_wage_fen)
            summary = self.tr("{who}　{number}　每月 {monthly} 元　共 {months} 个月").format(
                who=row.counterpart,
                number=a.number,
                monthly=agreements.yuan(a.nc_monthly_fen),
                months=a.nc_months,
            )
            if a.nc_starts_on:
                summary += self.tr("　自 {start} 至 {end}").format(
                    start=a.nc_starts_on, end=a.end_on
                )
            if a.waived_on:
                summary += self.tr("　已于 {day} 解除").format(day=a.waived_on)
            low = floor is not None and (a.nc_monthly_fen or 0) < floor
        unpaid = sum(1 for r in self.rows if r.unpaid(today))
        self.summary.setText(summary)
        notes = []
        if unpaid >= 3:
            notes.append(
                self.tr("⚠ 已有 {n} 个月补偿逾期未付：劳动者可以解除竞业限制约定。").format(
                    n=unpaid
                )
            )
        elif unpaid:
            notes.append(
                self.tr("{n} 个月补偿逾期未付；连续三个月未付，劳动者可解除竞业限制。").format(
                    n=unpaid
                )
            )
        if low:
            notes.append(self.tr("每月补偿低于离职前十二个月平均工资的 30%。"))
        if not self.started:
            notes.append(self.tr("尚未起算：员工离职后请点“起算…”。"))
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            state = p.state(today)
            values = (
                p.month.strftime("%Y-%m"),
                str(p.due_on),
                agreements.yuan(p.amount_fen),
                str(p.paid_on or ""),
                agreements.yuan(p.paid_fen),
                _a(agreements.PAYMENT_STATE_LABELS[state]),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if state == "unpaid":
                    item.setForeground(EXPIRED_COLOR)
                elif state == "open":
                    item.setForeground(ENDED_COLOR)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> PaymentRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        can = self.session.can(Permission.EDIT_DATA)
        p = self.selected()
        if self.vouchers.owner_id != (p.id if p else None):
            self.vouchers.show_owner(p.id if p else None)
        self.pay_button.setEnabled(can and p is not None and p.paid_on is None)
        live = self.status in (AgreementStatus.SIGNED, AgreementStatus.IN_FORCE)
        self.start_button.setVisible(not self.started)
        self.start_button.setEnabled(can and live)
        self.waive_button.setEnabled(can and live)
        self.print_button.setEnabled(self.session.can(Permission.EXPORT))

    def pay(self) -> None:
        p = self.selected()
        if p is None or p.paid_on is not None or not self.pay_button.isEnabled():
            return
        if NoncompetePaymentDialog(self.session, p, self).exec():
            self.reload()

    def start(self) -> None:
        if NoncompeteStartDialog(self.session, self.agreement_id, self).exec():
            self.reload()

    def waive(self) -> None:
        if NoncompeteWaiverDialog(self.session, self.agreement_id, self).exec():
            self.reload()

    def print_statement(self) -> None:
        preview(
            self.session,
            self,
            self.tr("竞业限制补偿明细"),
            lambda uow, out: agreements.print_compensation(uow, self.agreement_id, out),
        )


# --- outside parties ---------------------------------------------------------------------------


class PartyDialog(InlineDialog):
    entity_type = "party"

    def __init__(self, session: UiSession, party: PartyRow | None = None, parent=None) -> None:
        super().__init__(
            session, self.tr("新增相对方") if party is None else self.tr("编辑相对方"), parent
        )
        self.party = party
        self.name = QLineEdit(party.name if party else "")
        self.name.setPlaceholderText(self.tr("单位或个人名称"))
        self.kind = QComboBox()
        add_labelled(self.kind, agreements.PARTY_KIND_LABELS, _a)
        if party is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(party.kind)))
        self.contact = QLineEdit(party.contact if party else "")
        self.contact.setPlaceholderText(self.tr("联系人和电话"))
        self.note = QLineEdit(party.note if party else "")
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("联系人"), self.contact)
        self.form.addRow(self.tr("备注"), self.note)

    def change(self, uow: UnitOfWork):
        values = (
            self.name.text(),
            PartyKind(self.kind.currentData()),
            self.contact.text(),
            self.note.text(),
        )
        if self.party is None:
            return agreements.add_party(uow, *values)
        return agreements.update_party(uow, self.party.id, *values)


class PartiesDialog(QDialog):
    """相对方: customers, suppliers, contractors and visitors, and whether a business NDA
    binds each today (003 §8.3.4: without one, no carrier leaves for them)."""

    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("相对方"))
        fit_to_screen(self, 720, 480)
        intro = QLabel(
            self.tr("外部相对方须有生效中的商业保密协议，才能借阅、查阅或领取涉密载体的复制件。")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("类别"), self.tr("联系人"), self.tr("商业保密协议")]
        )
        list_view(self.table, wrap=False, stretch=0, stretch_last=False)
        self.add_button = QPushButton(self.tr("新增…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit)
        list_actions(self.table, [self.edit_button], open_row=self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.rows: list[PartyRow] = []
        self.reload()

    def reload(self) -> None:
        self.rows = self.session.read(agreements.list_parties)
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            values = (
                p.name,
                _a(agreements.PARTY_KIND_LABELS[p.kind]),
                p.contact,
                self.tr("生效中") if p.bound else self.tr("无"),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3 and not p.bound:
                    item.setForeground(EXPIRED_COLOR)
                self.table.setItem(r, c, item)
        can = self.session.can(Permission.EDIT_DATA)
        self.add_button.setEnabled(can)
        self.edit_button.setEnabled(can)

    def add(self) -> None:
        if self.add_button.isEnabled() and PartyDialog(self.session, None, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self.rows) and self.edit_button.isEnabled()):
            return
        if PartyDialog(self.session, self.rows[row], self).exec():
            self.reload()


# --- templates ------------------------------------------------------------------------------------


class AgreementTemplatesDialog(GuardedDialog):
    """The enterprise's text for each kind, with fields in braces; reset to TSDesk's."""

    def __init__(self, session: UiSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("协议模板"))
        fit_to_screen(self, 900, 620)
        self.kind = QComboBox()
        add_labelled(self.kind, agreements.KIND_LABELS, _a)
        self.kind.currentIndexChanged.connect(self.load)
        self.state = QLabel()
        self.state.setStyleSheet(MUTED_STYLE)
        self.text = QPlainTextEdit()
        self.fields = QListWidget()
        for name, meaning in agreements.FIELDS.items():
            self.fields.addItem(f"{{{name}}}　{_a(meaning)}")
        self.fields.setToolTip(self.tr("双击插入字段"))
        self.fields.itemDoubleClicked.connect(self._insert)
        self.fields.setMaximumWidth(300)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("恢复默认…"))
        self.reset_button.clicked.connect(self.reset)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("协议种类")))
        top.addWidget(self.kind)
        top.addWidget(self.state, 1)
        body = QHBoxLayout()
        body.addWidget(self.text, 1)
        body.addWidget(self.fields)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.save_button, self.reset_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        can = session.can(Permission.EDIT_DATA)
        self.save_button.setEnabled(can)
        self.reset_button.setEnabled(can)
        self.text.setReadOnly(not can)
        self.load()

    def _kind(self) -> AgreementKind:
        return AgreementKind(self.kind.currentData())

    def load(self) -> None:
        with self.session.vault.reader() as s:
            self.text.setPlainText(agreements.template_text(s, self._kind()))
            own = agreements.is_customised(s, self._kind())
        self.state.setText(self.tr("本单位模板") if own else self.tr("TSDesk 默认文本"))
        self.error.hide()
        if self.isVisible():  # on opening, showEvent takes the snapshot (and sets the focus)
            self.mark_clean()

    def _insert(self, item) -> None:
        self.text.insertPlainText(item.text().split("　")[0])
        self.text.setFocus()

    def save(self) -> bool:
        kind, text = self._kind(), self.text.toPlainText()
        try:
            self.session.run(
                self, lambda uow: agreements.save_template(uow, kind, text), "agreement", show=False
            )
        except TSDeskError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return False
        self.load()
        return True

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("恢复默认"),
            self.tr("以 TSDesk 默认文本替换本单位的“{kind}”模板？").format(
                kind=self.kind.currentText()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind = self._kind()
        self.session.run(self, lambda uow: agreements.reset_template(uow, kind), "agreement")
        self.load()
