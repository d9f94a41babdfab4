"""`tsdesk labels print` is a whole process a person waits for (issue 12): it loads what it
uses and nothing else — no Qt, no alembic when the schema is current, no platypus for a
label drawn on a bare canvas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from carriers_testing import build_world
from tsdesk_testing import ADMIN_PASSWORD

from tsdesk.services import carriers

UNUSED = ("PySide6", "alembic", "mako", "reportlab.platypus", "reportlab.graphics", "openpyxl")


def test_a_label_print_loads_only_what_it_uses(opened, tmp_path):
    world = build_world(opened)
    ids = [world.carrier(title="主轴图纸"), world.carrier(title="工艺 U 盘")]
    with world.read() as s:
        numbers = ",".join(carriers.get(s, i).number for i in ids)
    opened.vault.close()  # the command takes the writer lock
    out = tmp_path / "labels.pdf"
    script = textwrap.dedent(
        f"""
        import json, sys
        from tsdesk.__main__ import main
        code = main(["--db", sys.argv[1], "labels", "print", "--carriers", sys.argv[2],
                     "--template", "roll-50x30", "--compact", "--out", sys.argv[3]])
        loaded = [m for m in sys.modules if m.split(".")[0] in {UNUSED!r}
                  or m.startswith({UNUSED!r})]
        print("RESULT " + json.dumps({{"code": code, "loaded": sorted(loaded)}}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(opened.path), numbers, str(out)],
        env={**os.environ, "TSDESK_PASSWORD": ADMIN_PASSWORD},
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    assert json.loads(line.removeprefix("RESULT ")) == {"code": 0, "loaded": []}, done.stderr
    assert out.stat().st_size > 0
