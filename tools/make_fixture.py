"""Freeze a fixture database at the current schema head: `python tools/make_fixture.py`.

Run once per new schema version (right after adding its migration) and commit the result;
tests/vault/test_migrations.py opens every fixture with today's code and checks it upgrades.
Fixtures use the demo company and TSDESK_KDF=minimum (cheap to open in tests).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["TSDESK_KDF"] = "minimum"
os.environ["TSDESK_TEST_SUITE"] = "1"  # the weak setting is honoured only with this

from tsdesk.demo import DEMO_PASSWORD, create_demo  # noqa: E402
from tsdesk.vault.migrate import head_revision  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def main() -> None:
    revision = head_revision()
    target = FIXTURES / f"schema_{revision}"
    if target.exists() and "--force" not in sys.argv:
        sys.exit(f"{target} exists (use --force to rebuild)")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TSDESK_DATA_DIR"] = tmp
        os.environ["TSDESK_CONFIG_DIR"] = tmp
        db = Path(tmp) / "fixture.tsdesk"
        recovery_key = create_demo(db, DEMO_PASSWORD)
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for name in ("fixture.tsdesk", "fixture.tsdesk.keys"):
            shutil.copy2(Path(tmp) / name, target / name)
        (target / "RECOVERY_KEY.txt").write_text(recovery_key + "\n", "utf-8")
    print(f"wrote {target} (password {DEMO_PASSWORD!r})")


if __name__ == "__main__":
    main()
