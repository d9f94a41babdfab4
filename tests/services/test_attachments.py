"""Attachments (issue 13 §1): kept in the encrypted database with name, type, size, SHA-256,
who and when; never deleted, superseded at most; bad input refused with nothing stored."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from tsdesk.errors import ValidationError
from tsdesk.models import Attachment, AttachmentContent
from tsdesk.services import attachments

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
