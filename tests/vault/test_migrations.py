"""Every schema version ever shipped opens and upgrades (fixtures in tests/fixtures/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from tsdesk_testing import read

from tsdesk.demo import COMPANY, DEMO_PASSWORD
from tsdesk.models import Base, Secret
from tsdesk.services import audit as audit_service
from tsdesk.services import company, register
from tsdesk.vault import Vault
from tsdesk.vault.migrate import alembic_config, current_revision, head_revision

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURES = sorted(FIXTURES_DIR.glob("schema_*"))


def test_there_is_a_fixture_for_the_first_version():
    assert any(f.name == "schema_0001" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_fixture_upgrades_to_head(fixture, tmp_path):
    for item in fixture.iterdir():
        shutil.copy2(item, tmp_path / item.name)
    db = tmp_path / "fixture.tsdesk"
    vault, _ = Vault.unlock(db, "admin", DEMO_PASSWORD)
    try:
        assert current_revision(vault.engine) == head_revision()
        assert read(vault, company.get_profile)["org_name"] == COMPANY
        assert read(vault, audit_service.verify).ok
        with vault.reader() as session:
            assert_short_searches_find_every_secret(session)
    finally:
        vault.close()
    backups = list(tmp_path.glob("fixture.tsdesk.pre-*.bak"))
    if fixture.name != f"schema_{head_revision()}":
        assert backups, "an encrypted copy is taken before migrating"
        assert not backups[0].read_bytes().startswith(b"SQLite format 3")


def assert_short_searches_find_every_secret(session) -> None:
    """The search tables were rebuilt (0004): every one- and two-character piece (letters and
    digits) of every secret's number, subject, description and points finds exactly the
    secrets whose text holds it."""
    texts = {
        s.id: "\n".join([s.number, s.subject, s.description, *(p.text for p in s.points)])
        for s in session.scalars(select(Secret))
    }
    pieces = {t[i : i + n] for t in texts.values() for n in (1, 2) for i in range(len(t) - n + 1)}
    for piece in sorted(p for p in pieces if p.isalnum()):
        expected = {i for i, t in texts.items() if piece.casefold() in t.casefold()}
        assert set(register.search(session, piece, limit=10_000)) == expected, piece


def test_the_search_tables_go_back_and_forth(tmp_path):
    """0004 downgrades to the per-character table and upgrades again, finding the same."""
    for item in (FIXTURES_DIR / "schema_0003").iterdir():
        shutil.copy2(item, tmp_path / item.name)
    vault, _ = Vault.unlock(tmp_path / "fixture.tsdesk", "admin", DEMO_PASSWORD)
    cfg = alembic_config()
    try:
        with vault.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            grams = "SELECT rowid FROM secret_fts_grams WHERE secret_fts_grams MATCH '\"织机\"'"
            found = conn.execute(text(grams)).scalars().all()
            command.downgrade(cfg, "0003")
            chars = "SELECT rowid FROM secret_fts_chars WHERE secret_fts_chars MATCH '\"织 机\"'"
            assert conn.execute(text(chars)).scalars().all() == found != []
            command.upgrade(cfg, "head")
            assert conn.execute(text(grams)).scalars().all() == found
    finally:
        vault.close()


def test_migrations_match_the_models(opened):
    """Hand-written migrations and the typed models describe the same schema."""
    with opened.vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    ignored = {"secret_fts"}  # virtual tables the models do not map
    diff = [d for d in diff if not any(name in repr(d) for name in ignored)]
    assert diff == []


def test_every_migration_file_is_named_after_its_revision():
    """An open at the newest file's revision skips alembic (migrate.pending): that holds only
    while every file is named `<revision>_….py` and the newest file is the head."""
    from alembic.script import ScriptDirectory

    from tsdesk.vault.migrate import MIGRATIONS_DIR, newest_file_revision

    script = ScriptDirectory.from_config(alembic_config())
    for revision in script.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_"), revision.path
    assert len(list(script.walk_revisions())) == len(list(MIGRATIONS_DIR.glob("versions/*.py")))
    assert newest_file_revision() == head_revision()


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path):
    """Every CLI command opens the vault: alembic (and the dialects it drags in) only when a
    migration is due."""
    import subprocess
    import sys

    db = tmp_path / "head.tsdesk"
    Vault.create(db, company=COMPANY, admin_name="admin", admin_password=DEMO_PASSWORD)[0].close()
    code = (
        "import sys; from tsdesk.vault import Vault; "
        f"v, _ = Vault.unlock(sys.argv[1], 'admin', {DEMO_PASSWORD!r}); v.close(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert done.stdout.strip() == "[]", done.stderr


REVIEWS_AT_0008 = [
    "INSERT INTO department (id, name, note, sort_order)"
    " VALUES (901, '研发部X', '', 0), (902, '生产部X', '', 1)",
    "INSERT INTO person (id, number, name, department_id, post, phone, status, key_post,"
    " created_at) VALUES (1, 'E1', '张三', 902, '工艺员', '', 'active', 0, '2026-01-01'),"
    " (2, 'E2', '李四', 901, '工程师', '', 'active', 0, '2026-01-01')",
    "INSERT INTO person_review (person_id, raised_on, from_department_id, to_department_id,"
    " done_on, done_by, note) VALUES (1, '2026-11-01', 901, 902, NULL, '', '调入生产部'),"
    " (2, '2026-10-01', 902, 901, '2026-10-05', 'admin', '')",
]


def test_department_reviews_become_job_changes(opened):
    """0009: each person_review becomes a transfer procedure; an open one keeps a task to
    settle by hand, a done one is a completed procedure; downgrading gives them back."""
    cfg = alembic_config()
    with opened.vault.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        for statement in REVIEWS_AT_0008:
            conn.execute(text(statement))
        command.upgrade(cfg, "head")
        procedures = conn.execute(
            text(
                "SELECT person_id, kind, started_on, completed_on, from_department_id,"
                " to_department_id, from_post, note FROM procedure ORDER BY person_id"
            )
        ).all()
        assert [tuple(r) for r in procedures] == [
            (1, "transfer", "2026-11-01", None, 901, 902, "工艺员", "调入生产部"),
            (2, "transfer", "2026-10-01", "2026-10-05", 902, 901, "工程师", ""),
        ]
        items = conn.execute(
            text(
                "SELECT p.person_id, i.kind, i.settled_on FROM procedure_item i"
                " JOIN procedure p ON p.id = i.procedure_id"
            )
        ).all()
        assert [tuple(i) for i in items] == [(1, "task", None)]
        command.downgrade(cfg, "0008")
        back = conn.execute(
            text("SELECT person_id, done_on FROM person_review ORDER BY person_id")
        ).all()
        assert [tuple(b) for b in back] == [(1, None), (2, "2026-10-05")]
        assert conn.execute(text("SELECT count(*) FROM procedure")).scalar() == 0
        command.upgrade(cfg, "head")
