"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. In a
worker (the 工作台's counts, the chain check, the login's preload) it may then free a cycle
holding a widget, a model or a timer that the GUI thread owns, and destroy it there: Qt
objects must die in their own thread ("QBasicTimer::stop: Failed. Possibly trying to stop from
a different thread", then a crash minutes later in unrelated code). So while Qt runs, automatic
collection is off and the GUI thread collects with the same thresholds, from a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    def collect(self) -> None:
        """What automatic collection would have done by now, oldest generation due first."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per application (again: the one already installed)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
