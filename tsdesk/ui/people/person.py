"""The person on the right of 人员与协议: name and facts, the open procedure with its button,
and tabs — 基本信息, 知悉与准入 (grants and area access, 003 §8.2), 载体 (what is out with
them), 历史 (the audit events about them). Other modules add tabs (协议, 培训) through
`add_person_tab`: any widget with `show_person(person_id: int | None)`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import PersonStatus, ProcedureKind
from tsdesk.services import areas, carriers, people, procedures
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter
from tsdesk.services.people import KnowerRow, PersonRow
from tsdesk.services.permissions import Permission
from tsdesk.ui.common import RowsModel, list_actions
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import ENDED_COLOR, EXPIRED_COLOR, MUTED_STYLE, list_view
from tsdesk.ui.words import described, grant_state_text

FLAG_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #f1b8b4;"
    " border-radius: 4px; padding: 6px 8px;"
)
PROCEDURE_STYLE = (
    "background: #fff6e0; color: #6b4500; border: 1px solid #e8c77a;"
    " border-radius: 4px; padding: 6px 8px;"
)


def _p(text: str) -> str:
    return QCoreApplication.translate("people", text)


def stage_text(p: PersonRow) -> str:
    """在职 / 调岗中 / 离职中 / 离职 (with the day), ⚠ when left still holding access."""
    text = _p(people.STAGE_LABELS[p.stage])
    if p.status == PersonStatus.LEFT:
        text += f" {p.left_on.isoformat()}" if p.left_on else ""
        return text + (" ⚠" if p.left_with_grants else "")
    return text


class BasicTab(QWidget):
    """基本信息."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, title in (
            ("number", self.tr("工号")),
            ("name", self.tr("姓名")),
            ("department", self.tr("部门")),
            ("post", self.tr("岗位")),
            ("key_post", self.tr("重点岗位")),
            ("phone", self.tr("电话")),
            ("hire_date", self.tr("入职日期")),
            ("status", self.tr("状态")),
            ("nda", self.tr("保密协议")),
            ("noncompete", self.tr("竞业限制")),
            ("trained", self.tr("最近培训")),
        ):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = label
            form.addRow(title, label)

    def show_row(self, p: PersonRow | None) -> None:
        if p is None:
            for label in self.values.values():
                label.clear()
            return
        values = {
            "number": p.number,
            "name": p.name,
            "department": p.department or self.tr("未指定部门"),
            "post": p.post,
            "key_post": self.tr("是（涉密人员）") if p.key_post else self.tr("否"),
            "phone": p.phone,
            "hire_date": str(p.hire_date or self.tr("未登记")),
            "status": stage_text(p).removesuffix(" ⚠"),
            "nda": nda_text(p),
            "noncompete": noncompete_text(p),
            "trained": str(p.last_trained or self.tr("无记录")),
        }
        for key, value in values.items():
            self.values[key].setText(value)


def nda_text(p: PersonRow) -> str:
    """有效 / 缺失 / — (left: no longer asked for)."""
    if p.nda:
        return _p("有效")
    return "—" if p.status == PersonStatus.LEFT else _p(QT_TRANSLATE_NOOP("people", "缺失"))


def noncompete_text(p: PersonRow) -> str:
    return _p("有效") if p.noncompete else ""


class AccessTab(QWidget):
    """知悉与准入: the secrets the person may know and the areas they may enter."""

    changed = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person: PersonRow | None = None
        self.areas_label = QLabel()
        self.areas_label.setWordWrap(True)
        self.include_past = QCheckBox(self.tr("含已到期、已撤销的授权"))
        self.include_past.toggled.connect(lambda: self.show_row(self.person))
        self.revoke_button = QPushButton(self.tr("撤销所选授权"))
        self.revoke_button.clicked.connect(self.revoke)
        head = QHBoxLayout()
        title = QLabel(self.tr("可知悉的商业秘密"))
        bold = QFont(self.font())
        bold.setBold(True)
        title.setFont(bold)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.include_past)
        head.addWidget(self.revoke_button)
        self.grants = QTableWidget(0, 7)
        self.grants.setHorizontalHeaderLabels(
            [
                self.tr("编号"),
                self.tr("秘密主题"),
                self.tr("等级"),
                self.tr("知悉程度"),
                self.tr("生效"),
                self.tr("有效至"),
                self.tr("状态"),
            ]
        )
        list_actions(self.grants, [self.revoke_button])
        list_view(
            self.grants,
            wrap=False,
            resize=QHeaderView.ResizeMode.ResizeToContents,
            stretch=1,
            stretch_last=False,
        )
        self.grants.itemSelectionChanged.connect(self.update_buttons)
        self.grant_rows: list[KnowerRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.areas_label)
        layout.addLayout(head)
        layout.addWidget(self.grants, 1)

    def show_row(self, p: PersonRow | None) -> None:
        self.person = p
        if p is None:
            self.areas_label.clear()
            self.grants.setRowCount(0)
            self.grant_rows = []
            self.update_buttons()
            return
        today = date.today()
        with self.session.vault.reader() as s:
            self.grant_rows = people.secrets_of(s, p.id, include_past=self.include_past.isChecked())
            entries = areas.areas_of_person(s, p.id)
        self.areas_label.setText(
            self.tr("可进入的涉密区域：{areas}").format(
                areas="、".join(f"{a.number} {a.name}" for a in entries)
            )
            if entries
            else self.tr("可进入的涉密区域：无")
        )
        self.grants.setRowCount(len(self.grant_rows))
        for r, k in enumerate(self.grant_rows):
            state = people.grant_state(k, today)
            values = (
                k.secret_number,
                k.secret_subject,
                k.grade,
                _p(people.TIER_LABELS[k.tier]),
                k.valid_from.isoformat(),
                k.valid_until.isoformat() if k.valid_until else self.tr("撤销为止"),
                grant_state_text(k, today),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if state != "current":
                    item.setForeground(ENDED_COLOR)
                elif p.status == PersonStatus.LEFT:
                    item.setForeground(EXPIRED_COLOR)
                self.grants.setItem(r, c, item)
        self.update_buttons()

    def update_buttons(self) -> None:
        row = self.grants.currentRow()
        grant = self.grant_rows[row] if 0 <= row < len(self.grant_rows) else None
        self.revoke_button.setEnabled(
            self.session.can(Permission.EDIT_DATA)
            and grant is not None
            and people.grant_state(grant) in ("current", "pending")
        )

    def revoke(self) -> None:
        row = self.grants.currentRow()
        if not 0 <= row < len(self.grant_rows):
            return
        knower_id = self.grant_rows[row].id
        ok, _ = self.session.run(self, lambda uow: people.revoke(uow, knower_id), "secret")
        if ok:
            self.changed.emit()


class CarriersTab(QWidget):
    """载体: what is out with the person now (borrowed, consulted, at repair in their name),
    and what they keep as custodian (保管人)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model: RowsModel[procedures.HeldCarrier] = RowsModel(
            [
                (self.tr("编号"), lambda c: c.number),
                (self.tr("名称"), lambda c: c.title),
                (
                    self.tr("流转"),
                    lambda c: QCoreApplication.translate(
                        "carriers", carriers.MOVEMENT_LABELS[c.movement]
                    ),
                ),
                (self.tr("借出日期"), lambda c: str(c.started_on)),
                (self.tr("应还日期"), lambda c: str(c.due_on or "")),
            ],
            self,
        )
        self.kept: RowsModel[procedures.KeptCarrier] = RowsModel(
            [
                (self.tr("编号"), lambda c: c.number),
                (self.tr("名称"), lambda c: c.title),
                (
                    self.tr("状态"),
                    lambda c: QCoreApplication.translate(
                        "carriers", carriers.STATUS_LABELS[c.status]
                    ),
                ),
            ],
            self,
        )
        self.out_label = QLabel()
        self.kept_label = QLabel()
        layout = QVBoxLayout(self)
        for label, model in ((self.out_label, self.model), (self.kept_label, self.kept)):
            view = QTableView()
            view.setModel(model)
            list_view(view, wrap=False, compact=True)
            list_actions(view, [])
            layout.addWidget(label)
            layout.addWidget(view, 1)

    def show_person(self, person_id: int | None) -> None:
        out = self.session.read(procedures.carriers_held, person_id) if person_id else []
        kept = self.session.read(procedures.carriers_in_custody, person_id) if person_id else []
        self.model.set_rows(out)
        self.kept.set_rows(kept)
        self.out_label.setText(
            self.tr("借出在此人处未归还（{n}）").format(n=len(out))
            if out
            else self.tr("此人名下没有未归还的载体。")
        )
        self.kept_label.setText(self.tr("由此人保管（{n}）").format(n=len(kept)))


class HistoryTab(QWidget):
    """历史: the audit events recorded on the person, newest first."""

    LIMIT = 300

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model: RowsModel[tuple[str, str, str, str]] = RowsModel(
            [
                (self.tr("时间"), lambda r: r[0]),
                (self.tr("操作员"), lambda r: r[1]),
                (self.tr("操作"), lambda r: r[2]),
                (self.tr("内容"), lambda r: r[3]),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        list_view(self.view, multi=True, wrap=False, compact=True)
        list_actions(self.view, [])
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def show_person(self, person_id: int | None) -> None:
        if person_id is None:
            self.model.set_rows([])
            return
        events = self.session.read(
            audit_service.page,
            AuditFilter(entity_type="person", entity_id=str(person_id)),
            0,
            self.LIMIT,
        )
        self.model.set_rows(
            [
                (audit_service.when_local(e.ts), w.operator, w.action, w.changes)
                for e, w in zip(events, described(self.session, events), strict=True)
            ]
        )


class PersonPanel(QWidget):
    """The selected person: header, the open procedure, the tabs."""

    changed = Signal()  # something was changed from here: the list refreshes
    open_procedure = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person: PersonRow | None = None
        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.facts = QLabel()
        self.facts.setStyleSheet(MUTED_STYLE)
        self.facts.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet(FLAG_STYLE)
        self.flag.hide()
        self.procedure_label = QLabel()
        self.procedure_label.setWordWrap(True)
        self.procedure_label.setStyleSheet(PROCEDURE_STYLE)
        self.procedure_button = QPushButton(self.tr("办理手续(&P)…"))
        self.procedure_button.clicked.connect(self.open_procedure.emit)
        self.procedure_box = QWidget()
        row = QHBoxLayout(self.procedure_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.procedure_label, 1)
        row.addWidget(self.procedure_button)
        self.procedure_box.setProperty("contextual", True)  # shown only while one is open
        self.procedure_box.hide()
        self.procedure_id: int | None = None

        self.basic = BasicTab()
        self.access = AccessTab(session)
        self.access.changed.connect(self.changed.emit)
        self.carriers = CarriersTab(session)
        self.history = HistoryTab(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.basic, self.tr("基本信息"))
        self.tabs.addTab(self.access, self.tr("知悉与准入"))
        self.extra: list[QWidget] = [self.carriers, self.history]
        self.tabs.addTab(self.carriers, self.tr("载体"))
        self.tabs.addTab(self.history, self.tr("历史"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts)
        layout.addWidget(self.flag)
        layout.addWidget(self.procedure_box)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _: self._show_current_tab())

    def add_person_tab(self, widget: QWidget, title: str) -> None:
        """A tab from another module (协议, 培训): `widget.show_person(person_id | None)` is
        called when the person changes and it is shown. It goes before 载体 and 历史."""
        self.extra.insert(len(self.extra) - 2, widget)
        self.tabs.insertTab(self.tabs.indexOf(self.carriers), widget, title)
        if self.tabs.currentWidget() is widget:
            self._show_current_tab()

    def show_row(self, p: PersonRow | None) -> None:
        self.person = p
        if p is None:
            self.name_label.setText(self.tr("（未选择人员）"))
            self.facts.clear()
            self.flag.hide()
            self.procedure_box.hide()
            self.procedure_id = None
        else:
            self.name_label.setText(f"{p.name}　{p.number}")
            facts = [p.department or self.tr("未指定部门"), p.post, p.phone]
            facts.append(stage_text(p).removesuffix(" ⚠"))
            self.facts.setText("　·　".join(f for f in facts if f))
            self.flag.setVisible(p.left_with_grants)
            self.flag.setText(
                self.tr(
                    "⚠ 已于 {day} 离职，仍有 {n} 项有效的知悉权限、{m} 个区域的进入授权。"
                    "请逐项撤销。"
                ).format(day=p.left_on, n=p.current_grants, m=p.current_areas)
            )
            self._show_procedure(p)
        self.basic.show_row(p)
        self.access.show_row(p)
        self._shown: set[int] = set()
        self._show_current_tab()
        self.procedure_button.setEnabled(self.procedure_id is not None)

    def _show_procedure(self, p: PersonRow) -> None:
        proc = self.session.read(procedures.open_procedure, p.id)
        self.procedure_id = proc.id if proc is not None else None
        self.procedure_box.setVisible(proc is not None)
        if proc is None:
            return
        view = self.session.read(procedures.get, proc.id)
        kind = QCoreApplication.translate("procedures", procedures.KIND_LABELS[view.kind])
        text = self.tr("{kind}手续办理中（{day} 开始）：还有 {n} 项未办结。").format(
            kind=kind, day=view.started_on, n=len(view.open_items)
        )
        if view.kind == ProcedureKind.EXIT:
            text += self.tr("离职日期 {day}。").format(day=view.effective_on)
        self.procedure_label.setText(text)

    def _show_current_tab(self) -> None:
        """Extra tabs read only when shown: a click through the list stays quick."""
        widget = self.tabs.currentWidget()
        if widget in self.extra and id(widget) not in getattr(self, "_shown", set()):
            widget.show_person(self.person.id if self.person else None)  # type: ignore[attr-defined]
            self._shown.add(id(widget))
