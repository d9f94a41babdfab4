"""工作台: who is working on which company's vault, the state of the audit chain, and the
last few things that happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tsdesk.services import audit as audit_service
from tsdesk.services import company as company_service
from tsdesk.services import operators as operator_service
from tsdesk.services.permissions import Permission
from tsdesk.ui.login import MUTED_STYLE
from tsdesk.ui.pages.audit import described
from tsdesk.ui.pages.common import ERROR_STYLE, OK_STYLE, role_label
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import run_in_thread
from tsdesk.vault import Actor, Vault
from tsdesk.vault.audit import VerifyResult

RECENT = 10


def describe_actor(vault: Vault, actor: Actor) -> str:
    """ "王建国（admin）· 管理员": display name, login name and role of the operator."""
    display = ""
    if actor.operator_id is not None:
        display = next(
            (
                o.display_name
                for o in operator_service.list_operators(vault)
                if o.id == actor.operator_id
            ),
            "",
        )
    who = f"{display}（{actor.name}）" if display and display != actor.name else actor.name
    return f"{who} · {role_label(actor.role)}"


class _Card(QFrame):
    """A small framed figure: caption above, value below, an optional detail line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "#card { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
        )
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet(MUTED_STYLE)
        self.value = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", detail_style: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setStyleSheet(detail_style)

    def clear(self) -> None:
        self.set("", "")


class DashboardPage(QWidget):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._generation = 0  # bumped by clear(): a verification finishing later is dropped

        self.company_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.company_label.setFont(font)
        self.company_label.setWordWrap(True)
        self.operator_label = QLabel(self)
        self.operator_label.setStyleSheet(MUTED_STYLE)

        self.operators_card = _Card(self.tr("操作员"), self)
        self.events_card = _Card(self.tr("审计事件"), self)
        self.chain_card = _Card(self.tr("审计链"), self)
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        for column, card in enumerate((self.operators_card, self.events_card, self.chain_card)):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 2 if card is self.chain_card else 1)

        self.recent_title = QLabel(self.tr("最近操作"), self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.recent_title.setFont(bold)
        self.recent_table = QTableWidget(0, 4, self)
        self.recent_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作员"), self.tr("操作"), self.tr("对象")]
        )
        self.recent_table.verticalHeader().hide()
        self.recent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_table.setWordWrap(False)
        header = self.recent_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.recent_denied = QLabel(
            self.tr("当前操作员无权查看审计记录。"), self, alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.recent_denied.setStyleSheet(MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.company_label)
        layout.addWidget(self.operator_label)
        layout.addSpacing(6)
        layout.addLayout(cards)
        layout.addSpacing(10)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_table)
        layout.addWidget(self.recent_denied)
        layout.addStretch(1)
        self.recent_denied.hide()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DashboardPage", "工作台")

    # --- page contract --------------------------------------------------------------------------
    def refresh(self) -> None:
        vault, actor = self.session.vault, self.session.actor
        self._generation += 1
        profile = company_service.get_profile(vault)
        self.company_label.setText(profile["org_name"] or "TSDesk")
        self.operator_label.setText(
            self.tr("当前操作员：{who}").format(who=describe_actor(vault, actor))
            + (" · " + self.tr("只读打开") if vault.read_only else "")
        )

        operators = operator_service.list_operators(vault)
        active = sum(1 for o in operators if o.active)
        self.operators_card.set(
            self.tr("{n} 人在用").format(n=active),
            self.tr("共 {n} 个账户").format(n=len(operators)),
        )
        self.events_card.set(
            str(audit_service.count(vault, audit_service.AuditFilter())),
            self.tr("每次更改都记入审计链"),
        )
        head = vault.chain_head()
        self.chain_card.set(
            self.tr("第 {seq} 号 · {hash}").format(seq=head.seq, hash=head.short),
            self.tr("正在校验…"),
        )
        generation = self._generation
        run_in_thread(
            audit_service.verify,
            vault,
            on_done=lambda result: self._verified(generation, result),
            on_error=lambda _exc: self._verified(generation, None),
        )
        self._load_recent()

    def clear(self) -> None:
        self._generation += 1
        self.company_label.clear()
        self.operator_label.clear()
        for card in (self.operators_card, self.events_card, self.chain_card):
            card.clear()
        self.recent_table.setRowCount(0)
        self._fit_table_height()

    # --- parts ----------------------------------------------------------------------------------
    def _verified(self, generation: int, result: VerifyResult | None) -> None:
        if generation != self._generation:
            return  # cleared (locked) or refreshed since: this answer is stale
        if result is None:
            self.chain_card.detail.setText(self.tr("校验未能完成，详情已写入日志"))
            self.chain_card.detail.setStyleSheet(ERROR_STYLE)
        elif result.ok:
            self.chain_card.detail.setText(
                self.tr("✓ 完整：已校验 {n} 条事件").format(n=result.count)
            )
            self.chain_card.detail.setStyleSheet(OK_STYLE)
        else:
            self.chain_card.detail.setText(
                self.tr("✗ 第 {seq} 号事件起链条断开：{problem}").format(
                    seq=result.broken_seq, problem=result.problem
                )
            )
            self.chain_card.detail.setStyleSheet(ERROR_STYLE)

    def _load_recent(self) -> None:
        allowed = self.session.can(Permission.READ_AUDIT)
        self.recent_table.setVisible(allowed)
        self.recent_denied.setVisible(not allowed)
        if not allowed:
            self.recent_table.setRowCount(0)
            return
        events = audit_service.page(self.session.vault, audit_service.AuditFilter(), 0, RECENT)
        self.recent_table.setRowCount(len(events))
        words = described(self.session, events)  # business numbers, not database ids
        for row, (event, w) in enumerate(zip(events, words, strict=True)):
            entity = f"{w.entity} {w.number}".strip()
            for column, text in enumerate(
                (audit_service.when_local(event.ts), w.operator, w.action, entity)
            ):
                self.recent_table.setItem(row, column, QTableWidgetItem(text))
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """As tall as its (at most ten) rows: no empty grid below them."""
        table = self.recent_table
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())
