"""What the register page's toolbar and menus call for Excel/CSV and printing (issue 3 §5–6).

Each function takes the UiSession and the parent widget. Slow work (reading the register,
making a PDF, writing a workbook) runs in a worker behind a modal "please wait" dialog, so
the window keeps painting; errors come back as the service's message.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tsdesk.errors import TSDeskError
from tsdesk.services import register, register_io, register_print
from tsdesk.services.register_io import IdsOrFilter
from tsdesk.ui.messages import show_error
from tsdesk.ui.pdf_preview import PdfPreviewDialog
from tsdesk.ui.register.import_wizard import ImportWizard
from tsdesk.ui.session import UiSession
from tsdesk.ui.workers import describe, run_in_thread

T = TypeVar("T")


class _Failed(Exception):
    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def run_waiting(
    parent: QWidget | None, text: str, fn: Callable[..., T], *args: Any, cancellable: bool = False
) -> T:
    """`fn(*args)` in a worker behind a modal wait dialog; its result, or _Failed. A
    `cancellable` fn is given `progress(done, total)` (shown as a bar) and `cancelled()`
    (True once the dialog's 取消 is clicked)."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("register_io", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    kwargs: dict[str, Any] = {}
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("register_io", "取消"))
        dialog.setAutoReset(False)  # stays up until the work is done
        stop = threading.Event()
        dialog.canceled.connect(stop.set)
        kwargs["cancelled"] = stop.is_set
        kwargs["on_progress"] = lambda done, total, _text: (
            dialog.setMaximum(total),
            dialog.setValue(done),
        )
    else:
        dialog.setCancelButton(None)
    task = run_in_thread(fn, *args, **kwargs)
    # Wait on `done`, which the GUI thread sets: a quick fn may emit `finished` before a
    # connection to it exists, and a loop waiting for that signal would wait for ever.
    loop = QEventLoop()
    while not task.done:
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    dialog.close()
    if task.error is not None:
        raise _Failed(task.error)
    return task.result


def _show_failure(parent: QWidget | None, failed: _Failed) -> None:
    if isinstance(failed.error, TSDeskError):
        show_error(parent, failed.error)
    else:
        QMessageBox.warning(
            parent, QCoreApplication.translate("register_io", "无法完成"), describe(failed.error)
        )


def open_import_wizard(
    session: UiSession, parent: QWidget | None
) -> register_io.ImportReport | None:
    """The import wizard, modal; the report of a finished import (None if none was made)."""
    wizard = ImportWizard(session, parent)
    wizard.exec()
    return wizard.report


def export_with_warning(
    session: UiSession, parent: QWidget | None, filter_or_ids: IdsOrFilter = None
) -> Path | None:
    """Warn that the file leaves the vault, ask where, export (audited); the file written."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("register_io", "导出商业秘密清单"),
        QCoreApplication.translate(
            "register_io",
            "导出的 Excel / CSV 文件不受数据库加密保护，任何能打开该文件的人都能看到其中的"
            "商业秘密信息。本次导出将记入审计日志。\n\n请妥善保管导出文件，用后及时删除。"
            "确定要导出吗？",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("register_io", "导出为"),
        QCoreApplication.translate("register_io", "商业秘密清单.xlsx"),
        QCoreApplication.translate("register_io", "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
    vault, actor = session.vault, session.actor

    def export() -> int:
        with vault.unit_of_work(actor) as uow:
            return register_io.export_register(uow, target, filter_or_ids)

    try:
        count = run_waiting(parent, QCoreApplication.translate("register_io", "正在导出…"), export)
    except _Failed as failed:
        _show_failure(parent, failed)
        return None
    session.data_changed.emit("audit")
    QMessageBox.information(
        parent,
        QCoreApplication.translate("register_io", "已导出"),
        QCoreApplication.translate("register_io", "已导出 {count} 项商业秘密到\n{path}").format(
            count=count, path=target
        ),
    )
    return target


def save_template(session: UiSession, parent: QWidget | None) -> Path | None:
    """Ask where, write the import template (.xlsx; no secrets in it); the file written."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("register_io", "下载导入模板"),
        QCoreApplication.translate("register_io", "商业秘密清单导入模板.xlsx"),
        QCoreApplication.translate("register_io", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    with session.vault.reader() as s:  # the template's drop-down offers this company's grades
        grade_names = [g.name for g in register.grades(s)]
    try:
        register_io.write_template(target, grade_names)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("register_io", "无法保存"),
            QCoreApplication.translate("register_io", "无法写入文件：{reason}").format(
                reason=exc.strerror or exc
            ),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("register_io", "已保存"),
        QCoreApplication.translate(
            "register_io", "导入模板已保存到\n{path}\n填写后用“导入…”导入。"
        ).format(path=target),
    )
    return target


def _preview(
    session: UiSession,
    parent: QWidget | None,
    title: str,
    make: Callable[..., Any],
    *,
    cancellable: bool = False,
) -> PdfPreviewDialog | None:
    def render(**kwargs: Any) -> bytes:
        out = io.BytesIO()  # in memory: no plaintext PDF on disk unless the user saves it
        with session.vault.unit_of_work(session.actor) as uow:  # in the worker: print + audit
            make(uow, out, **kwargs)
        return out.getvalue()  # written once the print event has committed

    try:
        pdf = run_waiting(
            parent,
            QCoreApplication.translate("register_io", "正在生成 PDF…"),
            render,
            cancellable=cancellable,
        )
    except _Failed as failed:
        if not isinstance(failed.error, register_print.PrintCancelled):  # the user's own stop
            _show_failure(parent, failed)
        return None
    session.data_changed.emit("audit")  # the print was recorded
    dialog = PdfPreviewDialog(pdf, title, parent)
    dialog.exec()
    return dialog


def preview_ledger(
    session: UiSession, parent: QWidget | None, filter_or_ids: IdsOrFilter = None
) -> PdfPreviewDialog | None:
    """The ledger (台账) of all secrets, an id list or a RegisterFilter, previewed to print;
    its progress shown, and 取消 stops it."""
    return _preview(
        session,
        parent,
        QCoreApplication.translate("register_io", "商业秘密台账"),
        lambda uow, out, **kw: register_print.print_ledger(uow, filter_or_ids, out, **kw),
        cancellable=True,
    )


def preview_detail(
    session: UiSession, parent: QWidget | None, secret_id: int
) -> PdfPreviewDialog | None:
    """One secret's detail sheet, previewed to print."""
    return _preview(
        session,
        parent,
        QCoreApplication.translate("register_io", "商业秘密详情单"),
        lambda uow, out: register_print.print_detail(uow, secret_id, out),
    )


def preview_approval(
    session: UiSession, parent: QWidget | None, approval_id: int
) -> PdfPreviewDialog | None:
    """An approval's form (确定 / 变更 / 解密审批表), previewed to print."""
    return _preview(
        session,
        parent,
        QCoreApplication.translate("register_io", "审批表"),
        lambda uow, out: register_print.print_approval(uow, approval_id, out),
    )
