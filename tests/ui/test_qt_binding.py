"""The installed Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns None;
after ~50k calls the interpreter aborts with `Fatal Python error: none_dealloc`. Python 3.12+
makes None immortal, so this only bites on 3.11 — which is why pyproject pins PySide6 < 6.12
there. An upgrade that brings the leak back fails here.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_a_thousand_qt_calls_leave_the_references_to_none_unchanged(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    # A leaking binding loses 1,000; a few references may come and go for other reasons.
    assert abs(sys.getrefcount(None) - before) <= 5
