"""Showing errors and confirmations the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tsdesk.errors import TSDeskError


def error_text(err: TSDeskError) -> str:
    """The error's message in the UI language (its template goes through Qt's translator)."""
    return err.translated(QCoreApplication.translate)


def show_error(parent: QWidget | None, err: TSDeskError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "无法完成"), error_text(err))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    return answer == QMessageBox.Yes
