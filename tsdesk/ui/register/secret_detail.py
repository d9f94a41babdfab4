"""One secret in full: every field, its secret points and storage, its knowers (grant and
revoke here), its approvals and reviews, and its history from the audit chain."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.models import AccessTier, Category, PersonStatus, SecretStatus
from tsdesk.services import audit as audit_service
from tsdesk.services import grading, people, register
from tsdesk.services.audit import AuditFilter
from tsdesk.services.permissions import Permission
from tsdesk.services.register import Move
from tsdesk.services.register_print import APPROVAL_FORMS
from tsdesk.ui.common import InlineDialog, close_dialogs, fit_to_screen
from tsdesk.ui.register import register_io_actions
from tsdesk.ui.register.secret_actions import (
    SecretActions,
    category_label,
    move_label,
    reg,
    status_label,
    term_display,
)
from tsdesk.ui.session import UiSession
from tsdesk.ui.widgets import (
    ENDED_COLOR,
    EXPIRED_STYLE,
    MUTED_STYLE,
    add_labelled,
    date_edit,
    day,
    enum_data,
    list_view,
)
from tsdesk.ui.words import described, grant_state_text
from tsdesk.vault import UnitOfWork


def _tr(text: str) -> str:
    return QCoreApplication.translate("secrets", text)


def _p(text: str) -> str:
    return QCoreApplication.translate("people", text)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return list_view(table, wrap=False, resize=QHeaderView.ResizeMode.ResizeToContents)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


class GrantDialog(InlineDialog):
    """Let a person know this secret (003 §8.2): tier, reason, from, and until for a
    temporary grant (003 §8.2.1 临时提升权限)."""

    entity_type = "secret"

    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(session, self.tr("授予知悉权限"), parent)
        self.secret_id = secret_id
        self.setMinimumWidth(520)
        with session.vault.reader() as s:
            staff = people.list_people(s, status=PersonStatus.ACTIVE)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in staff:
            self.person.addItem(f"{p.name}（{p.number}，{p.department or '—'}）", p.id)
        self.person.setCurrentIndex(-1)
        self.tier = QComboBox()
        add_labelled(self.tier, people.TIER_LABELS, _p)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("岗位工作需要，如：负责该机型装配调试"))
        self.valid_from = date_edit()
        self.temporary = QCheckBox(self.tr("临时授权，有效至"))
        self.valid_until = date_edit(date.today() + timedelta(days=30))
        self.valid_until.setEnabled(False)
        self.temporary.toggled.connect(self.valid_until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.temporary)
        until_row.addWidget(self.valid_until)
        until_row.addStretch(1)
        self.form.addRow(self.tr("人员"), self.person)
        self.form.addRow(self.tr("知悉程度"), self.tier)
        self.form.addRow(self.tr("授权理由"), self.reason)
        self.form.addRow(self.tr("生效日期"), self.valid_from)
        self.form.addRow("", until_row)

    def person_id(self) -> int | None:
        index = self.person.findText(self.person.currentText())
        return self.person.itemData(index) if index >= 0 else None

    def check(self) -> str:
        return "" if self.person_id() is not None else self.tr("请从列表中选择人员")

    def change(self, uow: UnitOfWork):
        return people.grant(
            uow,
            self.secret_id,
            self.person_id(),
            enum_data(self.tier, AccessTier),
            self.reason.text(),
            valid_from=day(self.valid_from),
            valid_until=day(self.valid_until) if self.temporary.isChecked() else None,
        )

    def field_for(self, err):
        return self.reason


class SecretDetailDialog(QDialog):
    """The detail view a double-click on the register opens."""

    def __init__(self, session: UiSession, secret_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.secret_id = secret_id
        self.actions = SecretActions(session, self)
        self.actions.changed.connect(lambda _id: self.refresh())
        fit_to_screen(self, 980, 700)

        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.badge = QLabel()

        # 基本信息
        self.info = QFormLayout()
        self.info.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.info.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        info_widget = QWidget()
        info_widget.setLayout(self.info)
        info_scroll = QScrollArea()
        info_scroll.setWidgetResizable(True)
        info_scroll.setWidget(info_widget)

        # 秘密点与存储
        self.points = _table([self.tr("序号"), self.tr("秘密点")])
        self.points.setWordWrap(True)
        self.storages = _table([self.tr("存储方式"), self.tr("位置")])
        points_tab = QWidget()
        points_layout = QVBoxLayout(points_tab)
        points_layout.addWidget(self.points, 3)
        points_layout.addWidget(self.storages, 2)

        # 知悉人员
        self.knowers = _table(
            [
                self.tr("工号"),
                self.tr("姓名"),
                self.tr("部门"),
                self.tr("知悉程度"),
                self.tr("生效"),
                self.tr("有效至"),
                self.tr("授权人"),
                self.tr("状态"),
                self.tr("理由"),
            ]
        )
        self.knowers.itemSelectionChanged.connect(self._knower_selected)
        self.include_past = QCheckBox(self.tr("显示已到期、已撤销的授权"))
        self.include_past.toggled.connect(self.refresh)
        self.grant_button = QPushButton(self.tr("授权…"))
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button = QPushButton(self.tr("撤销授权"))
        self.revoke_button.clicked.connect(self.revoke)
        knower_buttons = QHBoxLayout()
        knower_buttons.addWidget(self.include_past)
        knower_buttons.addStretch(1)
        knower_buttons.addWidget(self.grant_button)
        knower_buttons.addWidget(self.revoke_button)
        knowers_tab = QWidget()
        knowers_layout = QVBoxLayout(knowers_tab)
        knowers_layout.addLayout(knower_buttons)
        knowers_layout.addWidget(self.knowers)

        # 审批与审查
        self.approvals = _table(
            [
                self.tr("审批"),
                self.tr("申请人"),
                self.tr("审批人"),
                self.tr("时间"),
                self.tr("内容"),
            ]
        )
        self.reviews = _table(
            [
                self.tr("审查日期"),
                self.tr("结论"),
                self.tr("审查人"),
                self.tr("下次审查"),
                self.tr("说明"),
            ]
        )
        approvals_tab = QWidget()
        approvals_layout = QVBoxLayout(approvals_tab)
        approvals_layout.addWidget(QLabel(self.tr("审批记录")))
        approvals_layout.addWidget(self.approvals, 1)
        approvals_layout.addWidget(QLabel(self.tr("审查记录")))
        approvals_layout.addWidget(self.reviews, 1)

        # 历史记录
        self.history = _table(
            [self.tr("序号"), self.tr("时间"), self.tr("操作员"), self.tr("操作"), self.tr("内容")]
        )
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        note = QLabel(self.tr("取自审计链：每项更改及其前后内容，按时间倒序。"))
        note.setStyleSheet(MUTED_STYLE)
        history_layout.addWidget(note)
        history_layout.addWidget(self.history)

        self.tabs = QTabWidget()
        self.tabs.addTab(info_scroll, self.tr("基本信息"))
        self.tabs.addTab(points_tab, self.tr("秘密点与存储"))
        self.tabs.addTab(knowers_tab, self.tr("知悉人员"))
        self.tabs.addTab(approvals_tab, self.tr("审批与审查"))
        self.tabs.addTab(history_tab, self.tr("历史记录"))

        self.action_button = QToolButton()
        self.action_button.setText(self.tr("操作"))
        self.action_button.setMinimumWidth(90)
        self.action_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.action_menu = QMenu(self)
        self.action_button.setMenu(self.action_menu)
        # Paper: the detail sheet, and the approval form of each approval on record.
        self.print_detail_button = QPushButton(self.tr("打印详情单…"))
        self.print_detail_button.clicked.connect(self.print_detail)
        self.print_approval_button = QToolButton()
        self.print_approval_button.setText(self.tr("打印审批表"))
        self.print_approval_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.approval_menu = QMenu(self)
        self.print_approval_button.setMenu(self.approval_menu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.action_button)
        bottom.addWidget(self.print_detail_button)
        bottom.addWidget(self.print_approval_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.refresh()

    # --- filling ------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = date.today()
        with self.session.vault.reader() as s:
            secret = register.get(s, self.secret_id)
            row = register.row(s, self.secret_id)
            points = [p.text for p in secret.points]
            storages = [(s_.kind, s_.location) for s_ in secret.storages]
            conditions = register.data_conditions(secret)
            stored = grading.stored(secret)
            knowers = people.knowers_of(
                s, self.secret_id, include_past=self.include_past.isChecked()
            )
            approvals = register.approvals_of(s, self.secret_id)
            reviews = register.reviews_of(s, self.secret_id)
            values = {c.name: getattr(secret, c.name) for c in secret.__table__.columns}
        self.status = row.status
        self.setWindowTitle(self.tr("商业秘密 {number}").format(number=row.number))
        self.title.setText(f"{row.number}　{row.subject}")
        self.badge.setText(status_label(row.status))
        colour = {SecretStatus.PROPOSED: "#1f5fbf", SecretStatus.CONFIRMED: "#1b7f2a"}.get(
            row.status, "#777"
        )
        self.badge.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 3px; padding: 2px 8px;"
        )
        self._fill_info(row, values, conditions, stored, today)
        _fill(self.points, [[str(i), text] for i, text in enumerate(points, 1)])
        self.points.resizeRowsToContents()
        _fill(self.storages, [[reg(register.STORAGE_LABELS[k]), loc] for k, loc in storages])
        self.knower_rows = knowers
        _fill(
            self.knowers,
            [
                [
                    k.person_number,
                    k.person_name
                    + (
                        _p(QT_TRANSLATE_NOOP("people", "（离职）"))
                        if k.person_status == PersonStatus.LEFT
                        else ""
                    ),
                    k.department,
                    _p(people.TIER_LABELS[k.tier]),
                    k.valid_from.isoformat(),
                    k.valid_until.isoformat() if k.valid_until else self.tr("撤销为止"),
                    k.granted_by,
                    grant_state_text(k, today),
                    k.reason,
                ]
                for k in knowers
            ],
        )
        for r, k in enumerate(knowers):
            if people.grant_state(k, today) != "current":
                for c in range(self.knowers.columnCount()):
                    self.knowers.item(r, c).setForeground(ENDED_COLOR)
        _fill(
            self.approvals,
            [
                [
                    reg(register.APPROVAL_KIND_LABELS[a.kind]),
                    a.requested_by,
                    a.approved_by,
                    audit_service.when_local(a.approved_at.isoformat()),
                    self._approval_text(a.details),
                ]
                for a in approvals
            ],
        )
        _fill(
            self.reviews,
            [
                [
                    r.reviewed_on.isoformat(),
                    reg(register.REVIEW_OUTCOME_LABELS[r.outcome]),
                    r.reviewer,
                    r.next_review.isoformat() if r.next_review else "",
                    r.note,
                ]
                for r in reviews
            ],
        )
        self._fill_history()
        self._fill_approval_menu(approvals)
        self._update_actions()

    def _approval_text(self, details_json: str) -> str:
        try:
            d = json.loads(details_json)
        except ValueError:
            return details_json
        if "before" in d:
            return self.tr("{g1}，{t1} → {g2}，{t2}；{why}").format(
                g1=d["before"]["grade"],
                t1=d["before"]["term"],
                g2=d["after"]["grade"],
                t2=d["after"]["term"],
                why=d.get("reason", ""),
            )
        if "reason_label" in d:
            return f"{reg(d['reason_label'])}：{d.get('words', '')}"
        return "，".join(x for x in (d.get("grade", ""), d.get("term", ""), d.get("note", "")) if x)

    def _fill_info(self, row, v: dict, conditions: dict, stored: dict | None, today: date) -> None:
        while self.info.rowCount():
            self.info.removeRow(0)
        term, expired = term_display(row.term_kind, row.term_until, row.term_event, today)

        def add(label: str, value: str, style: str = "") -> None:
            field = QLabel(value or "—")
            field.setTextFormat(Qt.TextFormat.PlainText)  # what users typed is never markup
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if style:
                field.setStyleSheet(style)
            self.info.addRow(label, field)

        add(self.tr("秘密主题"), row.subject)
        add(self.tr("类别"), category_label(row.category))
        add(self.tr("保密等级"), row.grade)
        add(self.tr("保密期限"), term, EXPIRED_STYLE if expired else "")
        add(self.tr("主责部门"), row.department)
        add(self.tr("责任人"), row.owner)
        add(self.tr("保密范围"), v["scope"])
        if v["concealed"]:
            add(self.tr("隐密"), self.tr("是：该商业秘密的存在本身也须保密"))
        add(self.tr("描述"), v["description"])
        add(self.tr("备注"), v["note"])
        add(self.tr("状态"), status_label(row.status))
        add(
            self.tr("拟定"),
            f"{v['proposed_by']}　{audit_service.when_local(v['proposed_at'].isoformat())}",
        )
        if v["confirmed_at"]:
            add(
                self.tr("定密审批"),
                f"{v['confirmed_by']}　{audit_service.when_local(v['confirmed_at'].isoformat())}",
            )
        if row.next_review:
            overdue = row.next_review <= today
            add(
                self.tr("下次审查"),
                row.next_review.isoformat() + (self.tr("（已到期）") if overdue else ""),
                "color: #a15c00; font-weight: bold;" if overdue else "",
            )
        if v["ended_on"]:
            add(self.tr("结束"), f"{v['ended_on']}　{v['ended_by']}　{v['ended_reason']}")
        add(self.tr("不为公众所知悉"), v["not_public_basis"])
        add(self.tr("商业价值"), v["value_description"])
        add(self.tr("价值估算"), v["value_estimate"])
        add(self.tr("研发成本"), v["rd_cost"])
        add(
            self.tr("排除情形"),
            self.tr(
                "已逐项确认不属于不应作为商业秘密的情形（公知信息、已公开的专利、可合法获得的信息、法律规定的其他情形）"
            )
            if v["exclusions_confirmed"]
            else self.tr("尚未确认"),
            "" if v["exclusions_confirmed"] else EXPIRED_STYLE,
        )
        if row.category == Category.SOFTWARE:
            held = [
                reg(label)
                for key, label in register.DATA_CONDITION_LABELS.items()
                if conditions.get(key)
            ]
            missing = len(register.DATA_CONDITION_LABELS) - len(held)
            add(
                self.tr("数据、算法及代码的确定条件"),
                "\n".join(held) + (self.tr("\n尚缺 {n} 项").format(n=missing) if missing else ""),
                EXPIRED_STYLE if missing else "",
            )
        if stored:
            text = self.tr("加权得分 {s}，建议 {sg}，定为 {dg}（{by}，{on}）").format(
                s=stored["weighted"],
                sg=stored["suggested_grade"],
                dg=stored["decided_grade"],
                by=stored["by"],
                on=stored["on"],
            )
            if stored.get("override_reason"):
                text += self.tr("；另定理由：{r}").format(r=stored["override_reason"])
            add(self.tr("定级评估"), text)

    def _fill_history(self) -> None:
        events = self.session.read(
            audit_service.page,
            AuditFilter(entity_type="secret", entity_id=str(self.secret_id)),
            0,
            500,
        )
        words = described(self.session, events)  # numbers, names and changes in words
        _fill(
            self.history,
            [
                [str(e.seq), audit_service.when_local(e.ts), w.operator, w.action, w.changes]
                for e, w in zip(events, words, strict=True)
            ],
        )

    def _fill_approval_menu(self, approvals) -> None:
        """One entry per approval that has a form (确定 / 变更 / 解密审批表)."""
        self.approval_menu.clear()
        for a in approvals:
            if a.kind not in APPROVAL_FORMS:
                continue
            action = self.approval_menu.addAction(
                self.tr("{kind}表（{on}，{approver}）").format(
                    kind=reg(register.APPROVAL_KIND_LABELS[a.kind]),
                    on=audit_service.when_local(a.approved_at.isoformat())[:10],
                    approver=a.approved_by,
                )
            )
            action.triggered.connect(lambda _=False, i=a.id: self.print_approval(i))
        can_print = self.session.can(Permission.EXPORT)
        self.print_detail_button.setEnabled(can_print)
        self.print_approval_button.setEnabled(can_print and not self.approval_menu.isEmpty())
        self.print_approval_button.setToolTip(
            "" if not self.approval_menu.isEmpty() else self.tr("尚无审批记录")
        )

    def print_detail(self) -> None:
        register_io_actions.preview_detail(self.session, self, self.secret_id)

    def print_approval(self, approval_id: int) -> None:
        register_io_actions.preview_approval(self.session, self, approval_id)

    def _update_actions(self) -> None:
        self.action_menu.clear()
        moves = self.actions.available(self.status)
        for move in (Move.EDIT, Move.CONFIRM, Move.CHANGE, Move.REVIEW, Move.DECLASSIFY, Move.VOID):
            action = self.action_menu.addAction(move_label(move))
            action.setEnabled(move in moves)
            action.triggered.connect(lambda _=False, m=move: self.actions.run(m, self.secret_id))
        grade_action = self.action_menu.addAction(
            QCoreApplication.translate("secrets", "定级助手…")
        )
        grade_action.setEnabled(Move.EDIT in moves)
        grade_action.triggered.connect(lambda: self.actions.grade(self.secret_id))
        # After declassification the secret's carriers may go: the 销毁 page takes the request.
        self.action_menu.addSeparator()
        self.destroy_action = self.action_menu.addAction(
            QCoreApplication.translate("secrets", "申请销毁…")
        )
        self.destroy_action.setEnabled(
            self.status == SecretStatus.DECLASSIFIED and self.session.can(Permission.EDIT_DATA)
        )
        self.destroy_action.triggered.connect(self.request_destruction)
        live = self.status in register.LIVE_STATUSES
        can_edit = self.session.can(Permission.EDIT_DATA)
        self.grant_button.setEnabled(live and can_edit)
        self._knower_selected()

    def request_destruction(self) -> None:
        self.accept()  # the request opens on the 销毁 page, not over this dialog
        self.session.destruction_requested.emit("secret", self.secret_id)

    def _knower_selected(self) -> None:
        row = self.knowers.currentRow()
        k = self.knower_rows[row] if 0 <= row < len(getattr(self, "knower_rows", [])) else None
        self.revoke_button.setEnabled(
            k is not None
            and people.grant_state(k) in ("current", "pending")
            and self.session.can(Permission.EDIT_DATA)
        )

    # --- knowers ------------------------------------------------------------------------------
    def grant(self) -> None:
        if GrantDialog(self.session, self.secret_id, self).exec():
            self.refresh()

    def revoke(self) -> None:
        row = self.knowers.currentRow()
        if not 0 <= row < len(self.knower_rows):
            return
        knower_id = self.knower_rows[row].id
        ok, _ = self.session.run(self, lambda uow: people.revoke(uow, knower_id), "secret")
        if ok:
            self.refresh()

    def clear(self) -> None:
        close_dialogs(self)
        self.reject()
