"""Dialogs of the carriers page: register/edit a carrier, record a movement (with four-eyes
approval when the grade asks for it), seal, check a seal, and the one-note confirmations
(unseal, lost, found). Rules live in tsdesk.services.carriers; these only collect input."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import TSDeskError
from tsdesk.models import CarrierKind, MovementKind, SealReason, Secret
from tsdesk.services import agreements, carriers
from tsdesk.services import areas as area_service
from tsdesk.services import people as people_service
from tsdesk.services.carriers import (
    KIND_LABELS,
    MOVEMENT_LABELS,
    SEAL_REASON_LABELS,
    CarrierInput,
    MovementInput,
    SealInput,
    SecretChoice,
)
from tsdesk.ui.common import InlineDialog
from tsdesk.ui.four_eyes import approve_and_run
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import PICK_LIMIT, date_edit, day
from tsdesk.vault import UnitOfWork

E = TypeVar("E", bound=enum.Enum)


def label(text: str) -> str:
    """A label defined as data (QT_TRANSLATE_NOOP, context "carriers") in the UI language."""
    return QCoreApplication.translate("carriers", text)


# --- small shared widgets ------------------------------------------------------------------


def people_combo(session: UiSession, current: int | None = None, *, none: str = "") -> QComboBox:
    """Active people as "工号 姓名"; `none` adds an empty first choice with that text.
    Without `current` or `none` the field starts empty: who borrows a carrier or may enter
    an area is chosen, never whoever happens to be first in the directory."""
    combo = QComboBox()
    combo.setEditable(True)  # type to find a name in a long directory
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumWidth(240)
    if none:
        combo.addItem(none, None)
    with session.vault.reader() as s:
        people = people_service.active_people(s)
        if current is not None and all(p.id != current for p in people):
            people.append(people_service.get_person(s, current))  # since left: still shown
        for person in people:
            combo.addItem(f"{person.number} {person.name}", person.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    elif none:
        combo.setCurrentIndex(0)
    else:
        combo.setCurrentIndex(-1)
        combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("carriers", "输入工号或姓名")
        )
    return combo


def combo_value(combo: QComboBox) -> Any:
    """The chosen item's data; typed text that matches no item counts as no choice."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else None


def enum_choice(combo: QComboBox, enum_cls: type[E]) -> E | None:
    """The chosen enum member: Qt hands a str-based enum back as a plain str."""
    data = combo.currentData()
    return None if data is None else enum_cls(data)


def area_combo(session: UiSession, current: int | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("carriers", "（未指定）"), None)
    with session.vault.reader() as s:
        for area in area_service.list_areas(s):
            if area.active or area.id == current:
                combo.addItem(f"{area.number} {area.name}", area.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


# A picker lists this many hits of its search (the register holds 100,000s of secrets).


def choice_text(choice: SecretChoice) -> str:
    return f"{choice.number}　{choice.subject}　（{choice.grade}）"


class SecretPicker(QWidget):
    """Tick the secrets a carrier records: the ticked ones first, then the first PICK_LIMIT
    live secrets the box above finds (the register's search, or the grade's name)."""

    changed = Signal()

    def __init__(
        self, session: UiSession, checked: set[int] | frozenset[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        with session.vault.reader() as s:
            self._checked = {c.id: c for c in carriers.secret_choices(s, set(checked))}
        self._listed: dict[int, SecretChoice] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按编号、主题或等级筛选…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(self._ticked)
        self.more = QLabel(self.tr("仅列出前 {n} 项，请输入更多字词缩小范围").format(n=PICK_LIMIT))
        self.more.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.more)
        self._fill("")

    def _fill(self, text: str) -> None:
        with self.session.vault.reader() as s:
            hits = carriers.linkable_secrets(s, search=text, limit=PICK_LIMIT + 1)
        self.more.setVisible(len(hits) > PICK_LIMIT)
        ticked = sorted(self._checked.values(), key=lambda c: c.number)
        shown = ticked + [c for c in hits[:PICK_LIMIT] if c.id not in self._checked]
        self._listed = {c.id: c for c in shown}
        self.list.blockSignals(True)
        self.list.clear()
        for choice in shown:
            text = choice_text(choice)
            if not choice.live:
                text += self.tr("　[已结束]")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = choice.id in self._checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        secret_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._checked[secret_id] = self._listed[secret_id]
        else:
            self._checked.pop(secret_id, None)
        self.changed.emit()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def set_checked(self, secret_id: int, on: bool = True) -> None:
        """Tick (or untick) a secret, listed or not."""
        if on and secret_id not in self._checked:
            with self.session.vault.reader() as s:
                for choice in carriers.secret_choices(s, {secret_id}):
                    self._checked[choice.id] = choice
        elif not on:
            self._checked.pop(secret_id, None)
        self._fill(self.search.text())
        self.changed.emit()

    def selected_ids(self) -> list[int]:
        return [c.id for c in sorted(self._checked.values(), key=lambda c: c.number)]


# --- registering and editing a carrier ------------------------------------------------------


class CarrierDialog(InlineDialog):
    """登记载体 / 修改载体. Grade and term are shown as they derive from the ticked secrets."""

    entity_type = "carrier"

    def __init__(
        self, session: UiSession, carrier_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session, self.tr("修改载体") if carrier_id else self.tr("登记载体"), parent
        )
        self.carrier_id = carrier_id
        self.setMinimumWidth(600)
        with session.vault.reader() as s:
            carrier = carriers.get(s, carrier_id) if carrier_id else None
            linked = frozenset(carriers.secret_ids_of(s, carrier_id)) if carrier_id else frozenset()
        self.kind = QComboBox()
        for kind in CarrierKind:
            self.kind.addItem(label(KIND_LABELS[kind]), kind.value)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("如：主轴热处理工艺图纸（A 版）"))
        self.picker = SecretPicker(session, linked)
        self.picker.changed.connect(self._update_derived)
        self.derived = QLabel()
        self.derived.setStyleSheet("color: #444;")
        self.custodian = people_combo(
            session, carrier.custodian_id if carrier else None, none=self.tr("（未指定）")
        )
        self.area = area_combo(session, carrier.area_id if carrier else None)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("柜、架、层，如：A 柜第 2 层"))
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("存储设备的型号、序列号、容量"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(56)
        if carrier is not None:
            self.kind.setCurrentIndex(self.kind.findData(carrier.kind.value))
            self.title_edit.setText(carrier.title)
            self.location.setText(carrier.location)
            self.device.setText(carrier.device_detail)
            self.description.setPlainText(carrier.description)
            self.set_intro(
                self.tr("编号 {number}（编号、状态不在此修改）").format(number=carrier.number)
            )
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("名称"), self.title_edit)
        self.form.addRow(self.tr("商业秘密"), self.picker)
        self.form.addRow(self.tr("等级与期限"), self.derived)
        self.form.addRow(self.tr("保管人"), self.custodian)
        self.form.addRow(self.tr("涉密区域"), self.area)
        self.form.addRow(self.tr("存放位置"), self.location)
        self.form.addRow(self.tr("设备信息"), self.device)
        self.form.addRow(self.tr("说明"), self.description)
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "title": self.title_edit,
            "secret_ids": self.picker.search,
            "custodian_id": self.custodian,
            "area_id": self.area,
            "location": self.location,
        }
        self._update_derived()

    def _update_derived(self) -> None:
        ids = self.picker.selected_ids()
        if not ids:
            self.derived.setText(self.tr("（勾选商业秘密后按其中最高等级、最长期限确定）"))
            return
        with self.session.vault.reader() as s:
            top, term = carriers.derive([s.get(Secret, i) for i in ids], carriers.grades_by_id(s))
        self.derived.setText(
            self.tr("{grade} · 保密期限 {term}").format(
                grade=top.name if top else "",
                term=QCoreApplication.translate("register", term.text),
            )
        )

    def input(self) -> CarrierInput:
        return CarrierInput(
            kind=enum_choice(self.kind, CarrierKind),
            title=self.title_edit.text(),
            secret_ids=self.picker.selected_ids(),
            description=self.description.toPlainText(),
            device_detail=self.device.text(),
            custodian_id=combo_value(self.custodian),
            area_id=self.area.currentData(),
            location=self.location.text(),
        )

    def change(self, uow: UnitOfWork) -> Any:
        if self.carrier_id is None:
            return carriers.register_carrier(uow, self.input())
        carriers.update(uow, self.carrier_id, self.input())
        return self.carrier_id

    def field_for(self, err: TSDeskError) -> QWidget | None:
        with self.session.vault.reader() as s:
            for p in carriers.check_input(s, self.input()):
                if p.template == err.template:
                    return self.fields.get(p.field)
        return None


# --- movements ------------------------------------------------------------------------------

# Which fields each movement's dialog shows, and what they are called for it.
MOVEMENT_FIELDS: dict[MovementKind, tuple[str, ...]] = {
    MovementKind.BORROW: ("person", "purpose", "content", "device", "started", "due", "note"),
    MovementKind.CONSULT: ("person", "purpose", "content", "started", "due", "note"),
    MovementKind.COPY: ("person", "purpose", "content", "device", "started", "place", "note"),
    MovementKind.REPAIR: ("person", "purpose", "device", "started", "due", "media", "note"),
    MovementKind.TRANSFER: ("person", "started", "place", "note"),
    MovementKind.RETURN: ("person", "started", "note"),
}
PERSON_LABELS: dict[MovementKind, str] = {
    MovementKind.BORROW: QT_TRANSLATE_NOOP("carriers", "借用人"),
    MovementKind.CONSULT: QT_TRANSLATE_NOOP("carriers", "查阅人"),
    MovementKind.COPY: QT_TRANSLATE_NOOP("carriers", "复制件领用人"),
    MovementKind.REPAIR: QT_TRANSLATE_NOOP("carriers", "送修经办人"),
    MovementKind.TRANSFER: QT_TRANSLATE_NOOP("carriers", "接收保管人"),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("carriers", "归还人"),
}


class MovementDialog(InlineDialog):
    """借阅、查阅、复制、送修、移交、归还 (003 §8.3.1: 内容、期限、事项、设备). When a linked
    secret's grade requires it, OK asks for a second operator and the approval commits with
    the movement; input problems show here first, before anyone is asked to approve."""

    entity_type = "carrier"

    def __init__(
        self, session: UiSession, carrier_id: int, kind: MovementKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, label(MOVEMENT_LABELS[kind]), parent)
        self.carrier_id = carrier_id
        self.kind = kind
        self.setMinimumWidth(520)
        with session.vault.reader() as s:
            facts = carriers.facts(s, carrier_id)
            carrier = carriers.get(s, carrier_id)
            self.approval_needed = carriers.movement_needs_approval(s, carrier_id, kind)
            current = carriers.open_movement(s, carrier_id)
        default_person = current.person_id if kind == MovementKind.RETURN and current else None
        intro = self.tr("{number}　{title}　（{grade}）").format(
            number=facts.number, title=facts.title, grade=facts.grade
        )
        if self.approval_needed:
            intro += "\n" + self.tr(
                "该载体所涉商业秘密的等级要求流转须经审批：确定后请审批人当面输入密码。"
            )
        self.set_intro(intro)
        self.person = people_combo(
            session,
            default_person,
            none=self.tr("（未指定）") if kind == MovementKind.RETURN else "",
        )
        self.purpose = QLineEdit()
        self.content = QLineEdit()
        self.device = QLineEdit()
        self.started = date_edit()
        self.due = date_edit()
        self.media = QCheckBox(self.tr("已拆卸涉密存储介质（硬盘、存储卡等），由本单位留存"))
        self.area = area_combo(session, carrier.area_id)
        self.location = QLineEdit(carrier.location)
        self.note = QLineEdit()
        labels = {
            "person": label(PERSON_LABELS[kind]),
            "purpose": {
                MovementKind.REPAIR: self.tr("故障与维修事项"),
                MovementKind.CONSULT: self.tr("查阅事项"),
            }.get(kind, self.tr("用途（使用事项）")),
            "content": {
                MovementKind.COPY: self.tr("复制内容"),
                MovementKind.CONSULT: self.tr("查阅内容"),
            }.get(kind, self.tr("借阅内容")),
            "device": {
                MovementKind.COPY: self.tr("复制设备"),
                MovementKind.REPAIR: self.tr("维修单位"),
            }.get(kind, self.tr("指定使用设备")),
            "started": self.tr("归还日期") if kind == MovementKind.RETURN else self.tr("开始日期"),
            "due": self.tr("应还日期"),
            "media": self.tr("存储介质"),
            "place": self.tr("存放区域")
            if kind == MovementKind.TRANSFER
            else self.tr("复制件存放区域"),
            "note": self.tr("备注"),
        }
        widgets = {
            "person": self.person,
            "purpose": self.purpose,
            "content": self.content,
            "device": self.device,
            "started": self.started,
            "due": self.due,
            "media": self.media,
            "place": self.area,
            "note": self.note,
        }
        shown = MOVEMENT_FIELDS[kind]
        for name in shown:
            if name == "media" and carrier.kind not in carriers.MEDIA_KINDS:
                continue  # 003 §9.1.2.2 c: only carriers that hold a medium
            self.form.addRow(labels[name], widgets[name])
            if name == "place":
                self.form.addRow(self.tr("存放位置"), self.location)
        # 003 §8.3.4: or an outside party, who needs a business NDA in force (the service says
        # so when there is none).
        self.party = QComboBox()
        self.party.addItem(self.tr("（本单位员工）"), None)
        if kind.value in agreements.SHARING_MOVEMENTS:
            for party in session.read(agreements.list_parties):
                self.party.addItem(party.name, party.id)
            self.form.insertRow(1, self.tr("或外部相对方"), self.party)
        if "due" in shown:
            self.due.setDate(QDate(date.today()).addDays(7 if kind != MovementKind.CONSULT else 0))
        self.fields: dict[str, QWidget] = {
            "person_id": self.person,
            "party_id": self.party,
            "purpose": self.purpose,
            "content": self.content,
            "device": self.device,
            "due_on": self.due,
            "started_on": self.started,
            "media_removed": self.media,
            "area_id": self.area,
        }
        self._shown = shown
        if self.approval_needed:
            self.ok_button.setText(self.tr("提交审批…"))

    def input(self) -> MovementInput:
        shown = self._shown
        place = "place" in shown
        return MovementInput(
            kind=self.kind,
            person_id=combo_value(self.person),
            party_id=self.party.currentData(),
            purpose=self.purpose.text() if "purpose" in shown else "",
            content=self.content.text() if "content" in shown else "",
            device=self.device.text() if "device" in shown else "",
            started_on=day(self.started),
            due_on=day(self.due) if "due" in shown else None,
            media_removed=self.media.isChecked(),
            area_id=self.area.currentData() if place else None,
            location=self.location.text() if place else None,
            note=self.note.text(),
        )

    def change(self, uow: UnitOfWork) -> Any:
        return carriers.record_movement(uow, self.carrier_id, self.input())

    def accept(self) -> None:
        inp = self.input()
        with self.session.vault.reader() as s:
            problems = carriers.check_movement(s, self.carrier_id, inp)
        if problems:
            self.show_problem(problems[0], self.fields.get(problems[0].field))
            return
        if not self.approval_needed:
            super().accept()
            return
        subject = self.tr("{kind}载体 {number}").format(
            kind=label(MOVEMENT_LABELS[self.kind]), number=self._number()
        )
        result = approve_and_run(
            self.session,
            self,
            subject,
            lambda uow, approver: carriers.record_movement(uow, self.carrier_id, inp, approver),
            self.entity_type,
        )
        if result is None:
            return  # cancelled: the dialog stays with the input
        self.result_value = result
        QDialog.accept(self)

    def _number(self) -> str:
        with self.session.vault.reader() as s:
            return carriers.get(s, self.carrier_id).number


# --- sealing --------------------------------------------------------------------------------


class SealDialog(InlineDialog):
    """封存 (003 §7.3.1 a–c) with the seal number, the place and the check interval."""

    entity_type = "carrier"

    def __init__(self, session: UiSession, carrier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("封存载体"), parent)
        self.carrier_id = carrier_id
        self.setMinimumWidth(560)
        with session.vault.reader() as s:
            facts = carriers.facts(s, carrier_id)
            carrier = carriers.get(s, carrier_id)
            area = area_service.get(s, carrier.area_id) if carrier.area_id else None
        self.set_intro(f"{facts.number}　{facts.title}　（{facts.grade}）")
        self.reason = QComboBox()
        for reason in SealReason:
            self.reason.addItem(label(SEAL_REASON_LABELS[reason]), reason.value)
        self.reason_note = QLineEdit()
        self.reason_note.setPlaceholderText(self.tr("选 c) 时必填"))
        self.seal_number = QLineEdit()
        self.place = QLineEdit(
            " ".join(p for p in ((area.name if area else ""), carrier.location) if p)
        )
        self.sealed_on = date_edit()
        self.interval = QSpinBox()
        self.interval.setRange(1, carriers.MAX_CHECK_DAYS)
        self.interval.setValue(carriers.DEFAULT_CHECK_DAYS)
        self.interval.setSuffix(self.tr(" 天"))
        self.form.addRow(self.tr("封存理由"), self.reason)
        self.form.addRow(self.tr("理由说明"), self.reason_note)
        self.form.addRow(self.tr("封条编号"), self.seal_number)
        self.form.addRow(self.tr("封存地点"), self.place)
        self.form.addRow(self.tr("封存日期"), self.sealed_on)
        self.form.addRow(self.tr("检查周期"), self.interval)

    def change(self, uow: UnitOfWork) -> Any:
        return carriers.seal(
            uow,
            self.carrier_id,
            SealInput(
                reason=enum_choice(self.reason, SealReason),
                seal_number=self.seal_number.text(),
                place=self.place.text(),
                reason_note=self.reason_note.text(),
                sealed_on=day(self.sealed_on),
                check_interval_days=self.interval.value(),
            ),
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        text = err.template
        if "封条" in text:
            return self.seal_number
        if "地点" in text:
            return self.place
        if "理由" in text:
            return self.reason_note
        return None


class SealCheckDialog(InlineDialog):
    """A periodic check of a sealed carrier (003 §7.3.3): intact, or what is wrong."""

    entity_type = "carrier"

    def __init__(self, session: UiSession, carrier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("封存检查"), parent)
        self.carrier_id = carrier_id
        self.setMinimumWidth(520)
        with session.vault.reader() as s:
            facts = carriers.facts(s, carrier_id)
            views = carriers.seals_of(s, carrier_id)
        seal = views[0] if views and views[0].unsealed_on is None else None
        if seal is not None:
            self.set_intro(
                self.tr("{number}　封条 {seal}，{place}；应于 {due} 前检查").format(
                    number=facts.number,
                    seal=seal.seal_number,
                    place=seal.place,
                    due=seal.next_check,
                )
            )
        self.intact = QRadioButton(self.tr("封存完好，内容完整且不可获得"))
        self.problem = QRadioButton(self.tr("发现问题"))
        self.intact.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.intact)
        group.addButton(self.problem)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.intact)
        row.addWidget(self.problem)
        row.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(64)
        self.checked_on = date_edit()
        self.form.addRow(self.tr("检查结果"), choice)
        self.form.addRow(self.tr("情况说明"), self.note)
        self.form.addRow(self.tr("检查日期"), self.checked_on)

    def change(self, uow: UnitOfWork) -> Any:
        return carriers.check_seal(
            uow,
            self.carrier_id,
            intact=self.intact.isChecked(),
            note=self.note.toPlainText(),
            on=day(self.checked_on),
        )

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.note


class NoteDialog(InlineDialog):
    """One required note, then `action(uow, note)`: unseal, lost, found."""

    entity_type = "carrier"

    def __init__(
        self,
        session: UiSession,
        title: str,
        intro: str,
        label: str,
        action: Callable[[UnitOfWork, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, title, parent)
        self.action = action
        self.set_intro(intro)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(72)
        self.form.addRow(label, self.note)

    def change(self, uow: UnitOfWork) -> Any:
        return self.action(uow, self.note.toPlainText())

    def field_for(self, err: TSDeskError) -> QWidget | None:
        return self.note
