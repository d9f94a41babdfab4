"""What the services hand the UI, in words in the UI language, for more than one feature:
audit events (history tabs, the dashboard, the audit page), knowers' grants (register, people)
and who is acting (the main window)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from tsdesk.models import AuditEvent
from tsdesk.services import audit as audit_service
from tsdesk.services import audit_text, people
from tsdesk.services import operators as operator_service
from tsdesk.ui.common import role_label
from tsdesk.ui.session import UiSession
from tsdesk.vault import Actor, Vault


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def action_label(action: str) -> str:
    """An action in the UI language (labels are declared by each module, see audit_text)."""
    return audit_text.action_label(action, translate)


def entity_label(entity_type: str) -> str:
    return audit_text.entity_label(entity_type, translate)


def described(session: UiSession, events: list[AuditEvent]) -> list[audit_text.Described]:
    """Events in words in the UI language, resolved in one go (history tabs, dashboard)."""
    return session.read(audit_service.described, events, translate)


def grant_state_text(knower, today: date | None = None) -> str:
    """有效 / 未生效 / 已到期 / 已撤销 (with the day it was revoked)."""
    state = people.grant_state(knower, today)
    text = QCoreApplication.translate("people", people.GRANT_STATE_LABELS[state])
    return f"{text} {knower.revoked_on.isoformat()}" if state == "revoked" else text


def describe_actor(vault: Vault, actor: Actor) -> str:
    """ "王建国（admin）· 管理员": display name, login name and role of the operator."""
    display = ""
    if actor.operator_id is not None:
        with vault.reader() as session:
            listed = operator_service.list_operators(session, vault.keyfile)
        display = next((o.display_name for o in listed if o.id == actor.operator_id), "")
    who = f"{display}（{actor.name}）" if display and display != actor.name else actor.name
    return f"{who} · {role_label(actor.role)}"
