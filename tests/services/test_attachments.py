"""Attachments (issue 13 §1): kept in the encrypted database with name, type, size, SHA-256,
who and when; never deleted, superseded at most; bad input refused with nothing stored."""

from __future__ import annotations

import hashlib
import json
import tempfile

import pytest
from sqlalchemy import func, select, update
from tsdesk_testing import ADMIN, ADMIN_PASSWORD

from tsdesk.errors import ValidationError
from tsdesk.models import Attachment, AttachmentContent, AuditEvent
from tsdesk.services import attachments
from tsdesk.vault import Vault, reads

PDF = b"%PDF-1.4\n" + b"0" * 1000
PNG = b"\x89PNG\r\n\x1a\n" + b"1" * 100


def add(opened, name, data, owner=("agreement", 1)):
    with opened.vault.unit_of_work(opened.admin) as uow:
        return attachments.add(uow, *owner, name, data)


def count(opened):
    with opened.vault.reader() as session:
        return session.scalar(select(func.count(Attachment.id))), session.scalar(
            select(func.count()).select_from(AttachmentContent)
        )


def test_an_attachment_is_kept_with_its_hash_and_read_back(opened):
    attachment_id = add(opened, "签署扫描件.pdf", PDF)
    with opened.vault.reader() as session:
        row = attachments.get(session, attachment_id)
        assert (row.name, row.media_type, row.size) == (
            "签署扫描件.pdf",
            "application/pdf",
            len(PDF),
        )
        assert row.sha256 == hashlib.sha256(PDF).hexdigest()
        assert row.added_by == opened.admin.name
        assert attachments.content(session, attachment_id) == PDF


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("../../etc/passwd.txt", b"x"),
        ("C:\\scan.pdf", PDF),
        ("scan.pdf", b"MZ\x90\x00 an executable renamed"),
        ("scan.exe", b"MZ\x90\x00"),
        ("photo.png", PDF),
        ("empty.pdf", b""),
        ("", PDF),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(opened, name, data):
    with pytest.raises(ValidationError):
        add(opened, name, data)
    assert count(opened) == (0, 0)


def test_a_file_over_the_limit_is_refused_before_it_is_read():
    with pytest.raises(ValidationError, match="过大"):
        attachments.check_size(500 * 1024 * 1024)


def test_superseding_keeps_the_old_file(opened):
    first = add(opened, "v1.png", PNG)
    with opened.vault.unit_of_work(opened.admin) as uow:
        second = attachments.supersede(uow, first, "v2.pdf", PDF)
    with opened.vault.reader() as session:
        rows = attachments.attachments_of(session, "agreement", 1)
        assert [(r.id, r.superseded_by_id) for r in rows] == [(first, second), (second, None)]
        current = attachments.attachments_of(session, "agreement", 1, include_superseded=False)
        assert [r.id for r in current] == [second]
        assert attachments.content(session, first) == PNG


def view(vault, actor, attachment_id):
    """As the app shows one: read, then on record."""
    with vault.reader() as session:
        row, data = attachments.view(session, attachment_id)
    vault.record_read(actor, *attachments.read_event(row))
    return row, data


def events(opened, action):
    with opened.vault.reader() as session:
        return [
            (e.entity_id, json.loads(e.after))
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def test_save_as_writes_the_bytes_after_its_export_event_commits(opened, tmp_path):
    attachment_id = add(opened, "scan.pdf", PDF)
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    with opened.vault.unit_of_work(opened.admin) as uow:
        attachments.save_as(uow, attachment_id, target)
        assert not target.exists()  # not before the commit: only a temporary file beside it
        assert len(list(target.parent.iterdir())) == 1
    assert target.read_bytes() == PDF
    assert list(target.parent.iterdir()) == [target]
    [(entity, after)] = events(opened, "attachment.export")
    assert entity == str(attachment_id)
    assert after == {
        "name": "scan.pdf",
        "size": len(PDF),
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "target": str(target),
    }


def test_save_as_rolled_back_leaves_no_file_and_no_event(opened, tmp_path):
    attachment_id = add(opened, "scan.pdf", PDF)
    target = tmp_path / "copy.pdf"
    with pytest.raises(RuntimeError), opened.vault.unit_of_work(opened.admin) as uow:
        attachments.save_as(uow, attachment_id, target)
        raise RuntimeError("stopped before the commit")
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".copy.pdf")] == []
    assert events(opened, "attachment.export") == []


def test_viewing_is_a_read_on_record(opened):
    attachment_id = add(opened, "photo.png", PNG)
    row, data = view(opened.vault, opened.admin, attachment_id)
    assert (row.name, data) == ("photo.png", PNG)
    assert events(opened, "read.attachment") == [
        (
            str(attachment_id),
            {"name": "photo.png", "size": len(PNG), "sha256": hashlib.sha256(PNG).hexdigest()},
        )
    ]


def test_viewing_on_a_read_only_open_is_journalled(opened):
    attachment_id = add(opened, "photo.png", PNG)
    vault, actor = Vault.unlock(opened.path, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        assert view(vault, actor, attachment_id)[1] == PNG
    finally:
        vault.close()
    noted = [
        json.loads(line) for line in reads.journal_path(opened.path).read_text("utf-8").splitlines()
    ]
    assert [(n["action"], n["entity_id"]) for n in noted if n["action"] != "login.read_only"] == [
        ("read.attachment", str(attachment_id))
    ]


def test_tampered_bytes_are_caught_by_the_hash(opened):
    attachment_id = add(opened, "scan.pdf", PDF)
    with opened.vault.engine.begin() as conn:
        conn.execute(
            update(AttachmentContent)
            .where(AttachmentContent.attachment_id == attachment_id)
            .values(data=PDF[:-1] + b"1")
        )
    with pytest.raises(ValidationError, match="SHA-256"):
        view(opened.vault, opened.admin, attachment_id)
    with (
        pytest.raises(ValidationError, match="SHA-256"),
        opened.vault.unit_of_work(opened.admin) as uow,
    ):
        attachments.save_as(uow, attachment_id, opened.path.parent / "copy.pdf")
    assert not (opened.path.parent / "copy.pdf").exists()
    assert events(opened, "read.attachment") == []


MARKER = "ATTACHMENT-MARKER-秘密扫描件-9c1e".encode()


def test_the_bytes_never_reach_the_disk_in_plain_text(opened, monkeypatch):
    """Encryption covers attachments: the database, its WAL and the key file hold no plaintext,
    before and after a rekey; the recovery key opens them."""
    data_dir = opened.path.parent
    monkeypatch.setattr(tempfile, "tempdir", str(data_dir))  # any temp file would land here
    data = b"%PDF-1.4\n" + MARKER * 2000
    attachment_id = add(opened, "signed.pdf", data)
    assert view(opened.vault, opened.admin, attachment_id)[1] == data

    def leaks() -> list[str]:
        return [p.name for p in data_dir.rglob("*") if p.is_file() and MARKER in p.read_bytes()]

    assert any(p.name.endswith("-wal") for p in data_dir.iterdir())
    assert leaks() == []
    recovery_key = opened.vault.rekey(opened.admin.name)
    opened.vault.confirm_rekey()
    assert leaks() == []
    opened.vault.close()
    assert leaks() == []
    vault, actor = Vault.unlock_with_recovery_key(opened.path, recovery_key)
    try:
        assert view(vault, actor, attachment_id)[1] == data
    finally:
        vault.close()
