"""A toy module, as a newcomer would add one: a page, a CLI group, an audit label, a reminder
and a setting, all in this one file. tests/test_capabilities.py plugs it in with one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from sqlalchemy import func, select

from tsdesk.capabilities import Capability, SettingDef
from tsdesk.models import AuditEvent
from tsdesk.services import reminders
from tsdesk.services.audit_text import Labels
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork

CAPABILITY = Capability(
    key="toy",
    order=95,  # after 设置
    pages=("toy_module:ToyPage",),
    commands=("toy_module",),
    services=("toy_module",),
    settings=(SettingDef("toy_colour", "蓝", "vault"),),
)

# --- service ---
AUDIT_LABELS = Labels(actions={"toy.poke": "戳一下玩具"}, entities={"toy": "玩具"})


def poke(uow: UnitOfWork) -> None:
    uow.record("toy.poke", "toy", 1, after={"n": 1})


def pokes(session, today) -> int:
    return session.scalar(select(func.count()).where(AuditEvent.action == "toy.poke")) or 0


TOY_REMINDER = reminders.register(
    Reminder(key="toy.pokes", title="玩具被戳", severity=Severity.DUE, count=pokes, page="toy")
)


# --- page ---
class ToyPage(QWidget):
    PAGE_KEYS = ("toy",)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.poke_button = QPushButton("戳", self)
        self.poke_button.clicked.connect(self._poke)
        QVBoxLayout(self).addWidget(self.poke_button)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ToyPage", "玩具")

    def _poke(self) -> None:
        with self.session.vault.unit_of_work(self.session.actor) as uow:
            poke(uow)

    def refresh(self) -> None:
        pass

    def clear(self) -> None:
        pass


# --- CLI ---
def add_commands(sub, add) -> None:
    group = sub.add_parser("toy", help="玩具").add_subparsers(dest="toy_command", required=True)
    add("hello", lambda args: print("玩具你好") or 0, "打个招呼", group)
