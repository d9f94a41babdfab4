"""Screenshots of TSDesk's windows, to look at what we build.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot.py --out /tmp/shots
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" \
        .venv/bin/python tools/screenshot.py --lang en --out /tmp/shots-150-en

The main window and its dialogs are shot as the whole screen, so what falls off it shows.
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


def _save_screen(out: Path, name: str) -> None:
    """The whole screen: a window or button that falls off it is seen to."""
    from PySide6.QtGui import QGuiApplication

    _settle()
    path = out / f"{name}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(path)


def shoot_dialogs(out: Path, window) -> None:
    """The main dialogs, opened over the main window as the pages open them."""
    from tsdesk.models import DestructionStatus, MovementKind
    from tsdesk.services import company, destruction
    from tsdesk.ui.admin.company import DepartmentDialog, DesignationDialog
    from tsdesk.ui.carriers.carrier_dialogs import CarrierDialog, MovementDialog
    from tsdesk.ui.destruction.dialogs import (
        ExecuteDialog,
        HoldsDialog,
        MethodDialog,
        RequestDialog,
    )
    from tsdesk.ui.four_eyes import FourEyesDialog
    from tsdesk.ui.register.grading_dialog import GradingDialog
    from tsdesk.ui.register.secret_detail import SecretDetailDialog
    from tsdesk.ui.register.secret_dialog import SecretDialog

    session = window.session
    approved = session.read(destruction.list_batches, DestructionStatus.APPROVED)
    waiting = approved[0].id if approved else None
    dialogs = {
        "40-secret-new": lambda: SecretDialog(session, None, window),
        "41-secret-detail": lambda: SecretDetailDialog(session, 1, window),
        "42-grading": lambda: GradingDialog(session, parent=window),
        "43-carrier-new": lambda: CarrierDialog(session, None, window),
        "44-carrier-borrow": lambda: MovementDialog(session, 1, MovementKind.BORROW, window),
        "45-four-eyes": lambda: FourEyesDialog(session, "借出载体 ZT-2026-0001", window),
        "46-destruction-request": lambda: RequestDialog(session, [("carrier", 1)], window),
        "47-destruction-execute": lambda: ExecuteDialog(session, waiting, window),
        "48-destruction-methods": lambda: MethodDialog(session, window),
        "49-destruction-holds": lambda: HoldsDialog(session, "carrier", 1, "ZT-2026-0001", window),
        "50-department-edit": lambda: DepartmentDialog(
            session, session.read(company.list_departments)[0], window
        ),
        "51-designation-new": lambda: DesignationDialog(
            session, session.read(company.list_departments), window
        ),
    }
    for name, make in dialogs.items():
        if name == "47-destruction-execute" and waiting is None:
            continue  # --db: a vault with no approved destruction
        dialog = make()
        dialog.show()
        _save_screen(out, name)
        dialog.reject()
        dialog.deleteLater()


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
            _demo_records(uow, departments)
        _demo_destruction(vault, admin)
    finally:
        vault.close()
    return path


def _demo_records(uow, departments: list[int]) -> None:
    """People, secrets, an area and carriers, so that lists and details are not empty."""
    from datetime import date

    from tsdesk.models import AreaKind, CarrierKind, Category, TermKind
    from tsdesk.services import areas, carriers, people, register

    staff = [
        people.add_person(uow, f"E{n:03}", name, departments[n % 2], post)
        for n, (name, post) in enumerate(
            [("张伟", "工艺工程师"), ("刘洋", "结构设计师"), ("陈静", "档案管理员")], 1
        )
    ]
    grades = {g.name: g.id for g in register.grades(uow.session)}
    secrets = [
        register.propose(
            uow,
            register.SecretInput(
                subject=subject,
                category=Category.DESIGN,
                grade_id=grades[grade],
                term_kind=TermKind.UNTIL_DATE,
                term_until=date(2035, 12, 31),
                department_id=departments[0],
                owner_id=staff[0],
                points=["剑头运动曲线的分段参数"],
            ),
        )
        for subject, grade in (
            ("GA798 型剑杆织机引纬机构设计图纸", "一级商密"),
            ("织机主轴热处理工艺参数", "二级商密"),
            ("2026 年度供应商报价汇总", "三级商密"),
        )
    ]
    area = areas.add_area(
        uow,
        areas.AreaInput(
            name="研发中心图纸档案室", kind=AreaKind.ARCHIVE, grade_id=grades["一级商密"]
        ),
    )
    for title, kind, secret in (
        ("引纬机构总装图（A0，全套 36 张）", CarrierKind.PAPER, secrets[0]),
        ("主轴工艺 U 盘", CarrierKind.STORAGE, secrets[1]),
    ):
        carriers.register_carrier(
            uow,
            carriers.CarrierInput(
                kind=kind,
                title=title,
                secret_ids=[secret],
                custodian_id=staff[2],
                area_id=area,
                location="保密柜 B-01",
            ),
        )


def _demo_destruction(vault, admin) -> None:
    """A finished destruction (a paper copy and a data set, two supervisors) and an approved
    one waiting for its execution, for the 销毁 page and its execution dialog."""
    from datetime import date

    from tsdesk.models import (
        CarrierKind,
        DestructionItemKind,
        DestructionReason,
        DestructionResult,
    )
    from tsdesk.services import approvals, carriers, destruction
    from tsdesk.services.training import people_choices

    with vault.unit_of_work(admin) as uow:
        staff = [p.person_id for p in people_choices(uow.session)]
        old = [
            carriers.register_carrier(
                uow,
                carriers.CarrierInput(
                    kind=kind, title=title, secret_ids=[secret], custodian_id=staff[2]
                ),
            )
            for title, kind, secret in (
                ("引纬机构总装图（旧版复印件）", CarrierKind.PAPER, 1),
                ("主轴工艺数据移动硬盘（已停用）", CarrierKind.STORAGE, 2),
            )
        ]
        reason = DestructionReason.SUPERSEDED
        done = destruction.create_request(
            uow,
            [
                destruction.ItemInput(DestructionItemKind.CARRIER, reason, carrier_id=old[0]),
                destruction.ItemInput(
                    DestructionItemKind.DATA,
                    reason,
                    description="文件服务器 \\\\fs01\\研发\\引纬机构\\2019 旧版图纸扫描件",
                ),
            ],
            "旧版图纸及其扫描件",
        )
        waiting = destruction.create_request(
            uow,
            [destruction.ItemInput(DestructionItemKind.CARRIER, reason, carrier_id=old[1])],
            "停用的移动硬盘",
        )
        for batch in (done, waiting):
            destruction.submit(uow, batch)
            approver = approvals.second_operator(uow, "sunhao", "approver-pass-1", "销毁审批")
            destruction.approve(uow, batch, approver)
        view = destruction.get_batch(uow.session, done)
        destruction.confirm_supervisor(uow, "sunhao", "approver-pass-1")
        destruction.execute(
            uow,
            done,
            destruction.Execution(
                executed_on=date.today(),
                place="公司保密室",
                executor_person_id=staff[2],
                supervisor_ids=staff[:2],
                outcomes=[
                    destruction.ItemOutcome(
                        view.items[0].id, DestructionResult.DESTROYED, method_key="shred-p5"
                    ),
                    destruction.ItemOutcome(
                        view.items[1].id,
                        DestructionResult.DESTROYED,
                        method_key="overwrite",
                        tool="DiskWipe 3.2，3 遍",
                        verification="抽查恢复为空",
                    ),
                ],
            ),
            {staff[0]: "sunhao"},
        )


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


def shoot_main(
    out: Path, db: Path, operator: str, password: str, size: tuple[int, int] | None
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from tsdesk.ui.main_window import MainWindow
    from tsdesk.ui.register.register import RegisterPage
    from tsdesk.ui.session import UiSession
    from tsdesk.vault import Vault

    vault, actor = Vault.unlock(db, operator, password)
    window = MainWindow(UiSession(vault, actor))
    if size:
        window.resize(*size)
    window.show()
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        name = type(page).__name__.removesuffix("Page").lower()
        _settle()
        for view in page.findChildren(QAbstractItemView):  # details of a selected row too
            if isinstance(view, QHeaderView):
                continue  # its current index is the table's: setting it unselects the row
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                if isinstance(view, QTableView):
                    view.selectRow(0)
                else:
                    view.setCurrentIndex(view.model().index(0, 0))
        if hasattr(page, "carriers_tab"):  # a scanned label: banner and detail
            page.handle_search("ZT-2026-0001")
        _save_screen(out, f"20-{row:02d}-main-{name}")
    shoot_dialogs(out, window)
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
    parser.add_argument("--size", default="", help="main window size, WxH (default: as the app)")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN or en")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(n) for n in args.size.lower().split("x")) if args.size else None

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
    from tsdesk.ui.i18n import install_translator

    install_translator(app, args.lang)
    sys.excepthook = sys.__excepthook__  # a tool should fail loudly, not wait on a dialog
    db = args.db or make_demo(folder)
    shoot_login(args.out, db, args.operator)
    shoot_wizard(args.out, folder)
    shoot_main(args.out, db, args.operator, args.password, size)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
