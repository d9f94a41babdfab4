"""Screenshots of TSDesk's windows, to look at what we build.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py --out /tmp/shots

Without --db a demo database is created in a temporary folder (company, departments, a few
operators) and the user's own settings and data are never touched. With --db, also give
--operator and --password. Saves one PNG per page of the main window, plus the login dialog
(plain, after a wrong password, recovery-key mode), every page of the first-run wizard and
the lock screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

DEMO_ADMIN, DEMO_PASSWORD = "admin", "demo-password-1"


def _settle(ms: int = 250) -> None:
    """Let queued signals, layouts and paints happen."""
    from PySide6.QtCore import QEventLoop, QTimer

    from tsdesk.ui.workers import wait_for_all

    wait_for_all()
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    wait_for_all()


def _save(widget, out: Path, name: str) -> None:
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def make_demo(folder: Path) -> Path:
    """A small but realistic vault, built through the services like the app would."""
    from tsdesk.models import DesignationKind, Role
    from tsdesk.services import company, operators
    from tsdesk.vault import Vault

    path = folder / "demo.tsdesk"
    vault, admin, _key = Vault.create(
        path,
        company="绍兴越丰精密机械有限公司",
        admin_name=DEMO_ADMIN,
        admin_password=DEMO_PASSWORD,
        admin_display_name="王建国",
    )
    try:
        with vault.unit_of_work(admin) as uow:
            company.update_profile(
                uow,
                {
                    "legal_representative": "陈立群",
                    "address": "浙江省绍兴市越城区迪荡新城 88 号",
                    "postal_code": "312000",
                    "headcount": "186",
                    "industry": "通用设备制造业",
                    "contact_person": "王建国",
                    "contact_title": "行政总监",
                    "contact_phone": "0575-8888 6666",
                },
            )
            departments = [
                company.add_department(uow, name)
                for name in ("技术研发部", "生产制造部", "市场销售部", "行政人事部")
            ]
            company.add_designation(uow, DesignationKind.LEADING_GROUP, "陈立群", "总经理")
            company.add_designation(
                uow,
                DesignationKind.SECRECY_OFFICER,
                "李娜",
                "保密专员",
                departments[3],
                "13800000001",
            )
            operators.add(uow, "lina", Role.OFFICER, "officer-pass-1", "李娜")
            operators.add(uow, "zhaomin", Role.AUDITOR, "auditor-pass-1", "赵敏")
            operators.add(uow, "sunhao", Role.APPROVER, "approver-pass-1", "孙浩")
    finally:
        vault.close()
    return path


def shoot_login(out: Path, db: Path, operator: str) -> None:
    from tsdesk.ui.login import LoginDialog

    dialog = LoginDialog(db)
    dialog.show()
    dialog.form.operator_combo.setCurrentText(operator)
    _save(dialog, out, "01-login")
    dialog.form.password_edit.setText("wrong-password")
    dialog.form.submit()
    _save(dialog, out, "02-login-wrong-password")
    dialog.form.set_recovery_mode(True)
    _save(dialog, out, "03-login-recovery-key")
    dialog.form.set_recovery_mode(False)
    dialog.reject()


def shoot_wizard(out: Path, folder: Path) -> None:
    from tsdesk.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(folder / "new" / "tsdesk.db")
    wizard.show()
    _save(wizard, out, "10-wizard-intro")
    wizard.next()
    wizard.company_page.company_edit.setText("杭州示例科技有限公司")
    _save(wizard, out, "11-wizard-company")
    wizard.next()
    wizard.admin_page.display_edit.setText("张伟")
    wizard.admin_page.password_edit.setText("short")
    _save(wizard, out, "12-wizard-admin-short-password")
    wizard.admin_page.password_edit.setText("first-admin-pass")
    wizard.admin_page.confirm_edit.setText("first-admin-pass")
    _save(wizard, out, "13-wizard-admin")
    wizard.next()  # starts the creation in a worker, which moves on when done
    _save(wizard, out, "14-wizard-recovery-key")
    wizard.key_page.kept_check.setChecked(True)
    wizard.accept()
    if wizard.vault is not None:
        wizard.vault.close()


def shoot_main(out: Path, db: Path, operator: str, password: str, size: tuple[int, int]) -> None:
    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.pages.register import RegisterPage
    from tsdesk.ui.session import UiSession
    from tsdesk.vault import Vault

    vault, actor = Vault.unlock(db, operator, password)
    window = MainWindow(UiSession(vault, actor))
    window.resize(*size)
    window.show()
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        name = type(page).__name__.removesuffix("Page").lower()
        _save(window, out, f"20-{row:02d}-main-{name}")
    register = window.show_page(RegisterPage)
    for ch in "织机":  # typed into the page's own box: the list follows after a pause
        register.search_edit.insert(ch)
    _save(window, out, "29-register-typed-search")
    window.nav.setCurrentRow(0)
    window.search_edit.setText("TS-2024-0001")
    window.search_edit.returnPressed.emit()
    _save(window, out, "30-main-search-not-found")
    window.lock()
    _save(window, out, "31-lock-screen")
    window.lock_screen.form.password_edit.setText("wrong-password")
    window.lock_screen.form.submit()
    _save(window, out, "32-lock-screen-wrong-password")
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--db", type=Path, help="an existing database (default: a demo one)")
    parser.add_argument("--operator", default=DEMO_ADMIN)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--size", default="1366x768", help="main window size, WxH")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(n) for n in args.size.lower().split("x"))

    folder = Path(tempfile.mkdtemp(prefix="tsdesk-shots-"))
    # Keep the user's settings, last database and logs out of this.
    os.environ["TSDESK_DATA_DIR"] = str(folder / "data")
    os.environ["TSDESK_CONFIG_DIR"] = str(folder / "config")
    from tsdesk.vault import attempts, keys

    keys.DEFAULT_KDF = keys.OWASP_MINIMUM  # demo vaults only: quick to create and open
    attempts.sleep = lambda _seconds: None  # the wrong-password shots must not slow later ones

    from tsdesk.ui.app import create_application, setup_logging

    setup_logging()
    app = create_application([sys.argv[0]])
    sys.excepthook = sys.__excepthook__  # a tool should fail loudly, not wait on a dialog
    db = args.db or make_demo(folder)
    shoot_login(args.out, db, args.operator)
    shoot_wizard(args.out, folder)
    shoot_main(args.out, db, args.operator, args.password, size)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
