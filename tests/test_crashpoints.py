"""The crash-point hook itself: unarmed it does nothing, armed it stops the write there."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tsdesk import crashpoints

POINT = crashpoints.declare("test.example", "nothing has happened yet")


def test_an_unarmed_point_does_nothing():
    crashpoints.crash_point(POINT)


def test_an_armed_point_raises_in_process_and_only_while_armed():
    with crashpoints.armed(POINT), pytest.raises(crashpoints.SimulatedCrash):
        crashpoints.crash_point(POINT)
    crashpoints.crash_point(POINT)


def test_a_point_armed_by_the_environment_ends_the_process_at_once():
    code = (
        "from tsdesk import crashpoints as c\n"
        "p = c.declare('test.example', '')\n"
        "try:\n    c.crash_point(p)\nfinally:\n    print('finally ran')\n"
    )
    env = {**os.environ, crashpoints.ENV: "other.point,test.example"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == crashpoints.CRASH_EXIT
    assert "finally ran" not in done.stdout


def test_a_misspelt_point_is_an_error_not_a_silent_pass():
    with pytest.raises(KeyError):
        crashpoints.crash_point("test.exmaple")
    with pytest.raises(KeyError), crashpoints.armed("test.exmaple"):
        pass
