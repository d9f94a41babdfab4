"""The 工作台 in the real main window: one tile per registered reminder, a click opens the
page that lists those rows with the filter applied, the navigation carries badges, the
badges follow changes, and the audit chain is verified once per session, not per visit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from carriers_testing import build_world
from PySide6.QtCore import Qt
from sqlalchemy import update

from tsdesk.models import Person, PersonStatus, Secret, SecretStatus
from tsdesk.services import areas, carriers, reminders, vault_admin
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.ui.admin.backup import BackupPage
from tsdesk.ui.carriers.carriers import CarriersPage
from tsdesk.ui.dashboard.dashboard import DashboardPage
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.people.people import PeoplePage
from tsdesk.ui.people.training import TrainingPage
from tsdesk.ui.register.register import RegisterPage
from tsdesk.ui.session import UiSession

TODAY = date.today()


@pytest.fixture
def world(opened):
    w = build_world(opened)
    # Both secrets are proposed; one lost carrier in the archive (never stock-taken); bob may
    # enter the lab and left before leaving ended access.
    lost = w.carrier("出差用图纸", area=w.archive)
    w.carrier("在库图纸", area=w.archive)
    with w.uow() as uow:
        carriers.mark_lost(uow, lost, "出差途中遗失")
        areas.grant_access(uow, w.lab, w.bob)
        uow.session.execute(
            update(Person).where(Person.id == w.bob).values(status=PersonStatus.LEFT, left_on=TODAY)
        )
    return w


@pytest.fixture
def window(qtbot, world):
    win = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def dashboard(win: MainWindow) -> DashboardPage:
    page = win.pages[0]
    assert isinstance(page, DashboardPage)
    return page


def counted(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: all(t.n is not None for t in page.tiles.values()), timeout=10_000)


def titles(model) -> list[str]:
    """The rows the carrier list holds, fetched as a view scrolling would."""
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(r).title for r in range(model.rowCount())]


def test_every_registered_reminder_has_a_tile_with_its_count(qtbot, window):
    page = dashboard(window)
    counted(qtbot, page)
    assert list(page.tiles) == [r.key for r in reminders.registered()]
    assert page.tiles["register.proposed"].n == 2
    assert page.tiles["carriers.lost"].n == 1
    assert page.tiles["people.left_with_access"].n == 1
    assert page.tiles["register.proposed"].figure.text() == "2"
    assert page.tiles["vault.key_age"].figure.text() == "0 天"
    # The old statistics are gone.
    assert not hasattr(page, "operators_card") and not hasattr(page, "events_card")


def test_nav_badges_show_what_is_to_do(qtbot, window):
    counted(qtbot, dashboard(window))
    assert window.badge(RegisterPage) == 2  # two proposals
    # lost 1 + two carriers… the lost one needs no label, the other one does: 1
    # + the archive is not stock-taken: 1
    assert window.badge(CarriersPage) == 3
    assert window.badge(PeoplePage) == 1
    assert window.badge(TrainingPage) == 1  # alice has never been trained
    assert window.badge(BackupPage) == 2  # never backed up, never verified
    # …and a leak-response drill is due, and the two backup reminders
    assert window.badge(DashboardPage) == 10


def test_a_tile_opens_the_list_it_counts(qtbot, window, world):
    page = dashboard(window)
    counted(qtbot, page)

    qtbot.mouseClick(page.tiles["register.proposed"], Qt.MouseButton.LeftButton)
    register_page = window.current_page()
    assert isinstance(register_page, RegisterPage)
    assert register_page.status_combo.currentData() == SecretStatus.PROPOSED
    assert register_page.model.total == 2

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(page.tiles["carriers.lost"], Qt.MouseButton.LeftButton)
    carriers_page = window.current_page()
    assert isinstance(carriers_page, CarriersPage)
    tab = carriers_page.carriers_tab
    assert carriers_page.tabs.currentWidget() is tab
    assert tab.status.currentData() == "lost"
    assert titles(tab.model) == ["出差用图纸"]

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(page.tiles["labels.unlabelled"], Qt.MouseButton.LeftButton)
    assert tab.unlabelled.isChecked() and tab.status.currentData() is None
    assert titles(tab.model) == ["在库图纸"]

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(page.tiles["areas.stocktake_due"], Qt.MouseButton.LeftButton)
    assert window.current_page() is carriers_page
    assert carriers_page.tabs.currentWidget() is carriers_page.areas_tab
    areas_tab = carriers_page.areas_tab
    assert areas_tab.stocktake_due.isChecked()
    assert [areas_tab.model.row_at(r).name for r in range(areas_tab.model.rowCount())] == [
        "研发中心图纸档案室"
    ]

    window.nav.setCurrentRow(0)
    qtbot.mouseClick(page.tiles["people.left_with_access"], Qt.MouseButton.LeftButton)
    people_page = window.current_page()
    assert isinstance(people_page, PeoplePage)
    assert [people_page.model.row_at(r).name for r in range(people_page.model.rowCount())] == [
        "李娜"
    ]
    assert people_page.flag.isVisibleTo(people_page)


def test_badges_follow_a_change_made_elsewhere(qtbot, window, world):
    counted(qtbot, dashboard(window))
    window.nav.setCurrentRow(window.pages.index(window.show_page(RegisterPage)))
    # A proposal confirmed behind the page's back, reported as a change.
    with world.uow() as uow:
        uow.session.execute(
            update(Secret)
            .where(Secret.id == world.low_secret)
            .values(status=SecretStatus.CONFIRMED, next_review=TODAY + timedelta(days=300))
        )
    window.session.data_changed.emit("secret")
    qtbot.waitUntil(lambda: window.badge(RegisterPage) == 1, timeout=5_000)


def test_a_module_adds_a_tile_by_registering(qtbot, world):
    toy = Reminder("toy.unsigned", "未签保密协议", Severity.DUE, lambda s, today: 7, order=1)
    reminders.register(toy)
    try:
        win = MainWindow(UiSession(world.vault, world.admin))
        qtbot.addWidget(win)
        page = dashboard(win)
        counted(qtbot, page)
        assert page.tiles["toy.unsigned"].n == 7
        assert not page.tiles["toy.unsigned"].isEnabled()  # it names no page to open
        win.close()
    finally:
        reminders.unregister(toy.key)


def test_the_chain_is_verified_once_per_session_and_on_request(qtbot, window, monkeypatch):
    page = dashboard(window)
    qtbot.waitUntil(lambda: page.chain_detail.text().startswith("✓"), timeout=10_000)
    calls: list[int] = []
    real = vault_admin.check_chain

    def counting(vault, incremental=False):
        calls.append(1)
        return real(vault, incremental)

    monkeypatch.setattr(vault_admin, "check_chain", counting)
    for _ in range(3):  # visits: no new verification
        window.nav.setCurrentRow(1)
        window.nav.setCurrentRow(0)
    counted(qtbot, page)
    assert calls == [] and page.chain_detail.text().startswith("✓")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calls == [1] and page.verify_button.isEnabled(), timeout=10_000)
    assert page.chain_detail.text().startswith("✓")


def test_a_later_session_checks_only_the_new_events_and_the_button_the_whole_chain(qtbot, world):
    earlier = vault_admin.check_chain(world.vault)  # an earlier session verified the chain
    vault_admin.note_chain(world.vault, earlier)
    marked = world.vault.chain_head().seq
    with world.uow() as uow:  # and something happened since
        areas.grant_access(uow, world.lab, world.alice)
    win = MainWindow(UiSession(world.vault, world.admin))
    qtbot.addWidget(win)
    page = dashboard(win)
    qtbot.waitUntil(lambda: page._chain_at is not None, timeout=10_000)
    head = world.vault.chain_head().seq
    assert page._chain.since == marked
    assert page.chain_detail.text().startswith(f"✓ 已校验至第 {head} 条")
    assert f"新增的 {head - marked} 条" in page.chain_detail.text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10_000)
    assert page._chain.since == 0
    assert page.chain_detail.text().startswith("✓ 完整") and f"{head} 条事件" in (
        page.chain_detail.text()
    )
    win.close()
