"""A module plugs in through its capability declaration alone (tsdesk/capabilities)."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tsdesk import capabilities, cli
from tsdesk.services import audit_text, reminders
from tsdesk.services import settings as vault_settings
from tsdesk.settings import SETTINGS
from tsdesk.ui.main_window import MainWindow, declared_pages
from tsdesk.ui.session import UiSession


def test_every_declared_part_resolves():
    keys = [c.key for c in capabilities.declared()]
    assert len(keys) == len(set(keys)) and "register" in keys and "carriers" in keys
    for page in capabilities.each(lambda c: c.pages):
        page_class = capabilities.resolve(page)
        assert issubclass(page_class, QWidget) and callable(page_class.title), page
    for module in capabilities.each(lambda c: c.commands):
        assert callable(capabilities.resolve(module).add_commands), module
    for module in capabilities.each(lambda c: c.services):
        capabilities.resolve(module)  # imports: registers reminders, may declare labels
    demos = [c.demo for c in capabilities.declared() if c.demo]
    assert demos and all(
        list(inspect.signature(capabilities.resolve(d)).parameters) == ["demo"] for d in demos
    )
    assert len(SETTINGS) == len({s.key for c in capabilities.declared() for s in c.settings})


def test_navigation_follows_the_declared_order():
    names = [page.__name__ for page in declared_pages()]
    assert names == [
        "DashboardPage",
        "RegisterPage",
        "CarriersPage",
        "StockTakePage",
        "DestructionPage",
        "LabelsPage",
        "PeoplePage",
        "AgreementsPage",
        "TrainingPage",
        "IncidentsPage",
        "CompanyPage",
        "OperatorsPage",
        "AuditPage",
        "SettingsPage",
    ]


@pytest.fixture
def toy():
    import toy_module  # tests/ is on the path (conftest)

    capabilities.plug_in(toy_module.CAPABILITY)  # the one line that plugs a module in
    yield toy_module
    capabilities.unplug("toy")
    reminders.unregister("toy.pokes")


def test_a_toy_module_plugs_in_with_one_line(toy, opened, qtbot, capsys):
    assert capabilities.resolve("toy_module:ToyPage") in declared_pages()
    assert declared_pages()[-1] is toy.ToyPage  # order 95: after 设置
    assert SETTINGS["toy_colour"].default == "蓝"
    with opened.vault.reader() as session:
        assert vault_settings.get(session, "toy_colour") == "蓝"

    # the CLI grew its command group
    assert cli.main(["toy", "hello"]) == 0
    assert capsys.readouterr().out.strip() == "玩具你好"

    # the window shows its page; clicking the page's button records an audited event
    window = MainWindow(UiSession(opened.vault, opened.admin), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[-1] == "玩具"
    window.nav.setCurrentRow(len(titles) - 1)
    page = window.stack.currentWidget()
    assert isinstance(page, toy.ToyPage)
    qtbot.mouseClick(page.poke_button, Qt.MouseButton.LeftButton)

    # its audit label names the event; its reminder counts it and opens its page
    assert audit_text.action_label("toy.poke") == "戳一下玩具"
    assert audit_text.entity_label("toy") == "玩具"
    with opened.vault.reader() as session:
        counts = {c.reminder.key: c.n for c in reminders.evaluate(session)}
    assert counts["toy.pokes"] == 1
    dashboard = window.pages[0]
    assert "toy.pokes" in dashboard.tiles
    window.close()


def test_unplugged_module_leaves_nothing_behind(toy):
    capabilities.unplug("toy")
    assert toy.ToyPage not in declared_pages()
    assert "toy_colour" not in SETTINGS
    assert audit_text.action_label("toy.poke") == "toy.poke"
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["toy", "hello"])
