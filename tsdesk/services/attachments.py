"""Encrypted attachments: scans of signed agreements, sign-in sheets, vouchers, evidence.

Where the bytes live: in the SQLCipher database (`attachment_content`, models/attachments.py),
not in files beside it. The page encryption, key slots, rekey, the recovery key and any copy
of the database file then cover attachments with nothing to keep in step, and an attachment
commits or rolls back with the record it belongs to. An attachment is never deleted: a newer
file may supersede it, and both stay.

Reading one is audited: viewing it in the app is a `read.attachment` (read_event, put on
record with Vault.record_read, so a read-only open journals it), saving a plaintext copy is an `attachment.export` naming where
the copy went, and that copy is renamed into place only once its event has committed.

What is refused, before anything is stored: an empty or too large file (MAX_BYTES), a name
that is a path or holds control characters, a type TSDesk does not keep, and a file whose
content is not what its extension says (a renamed executable is not a "scan.pdf").
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import Attachment, AttachmentContent
from tsdesk.services.audit_text import Labels
from tsdesk.services.documents import file_when_committed
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

MAX_BYTES = 50 * 1024 * 1024  # a 600 dpi colour scan of a long contract is ~20 MB
NAME_MAX = 255

# media type → (extensions, how its content starts). Text has no signature: it must decode.
_KINDS: dict[str, tuple[tuple[str, ...], tuple[bytes, ...]]] = {
    "application/pdf": ((".pdf",), (b"%PDF-",)),
    "image/png": ((".png",), (b"\x89PNG\r\n\x1a\n",)),
    "image/jpeg": ((".jpg", ".jpeg"), (b"\xff\xd8\xff",)),
    "image/tiff": ((".tif", ".tiff"), (b"II*\x00", b"MM\x00*")),
    "image/gif": ((".gif",), (b"GIF87a", b"GIF89a")),
    "image/bmp": ((".bmp",), (b"BM",)),
    "application/vnd.openxmlformats-officedocument": (
        (".docx", ".xlsx", ".pptx"),
        (b"PK\x03\x04",),
    ),
    "application/x-ole-storage": ((".doc", ".xls", ".ppt"), (b"\xd0\xcf\x11\xe0",)),
    "text/plain": ((".txt", ".csv"), ()),
}

# The extensions kept, for a file dialog's filter.
EXTENSIONS = tuple(e for extensions, _ in _KINDS.values() for e in extensions)

AUDIT_LABELS = Labels(
    actions={
        "attachment": QT_TRANSLATE_NOOP("audit", "附件"),
        "attachment.add": QT_TRANSLATE_NOOP("audit", "添加附件"),
        "attachment.supersede": QT_TRANSLATE_NOOP("audit", "替换附件"),
        "attachment.export": QT_TRANSLATE_NOOP("audit", "附件另存为"),
        "read.attachment": QT_TRANSLATE_NOOP("audit", "查看附件"),
    },
    entities={"attachment": QT_TRANSLATE_NOOP("audit", "附件")},
    fields={
        "owner_kind": QT_TRANSLATE_NOOP("audit", "所属记录类型"),
        "owner_id": QT_TRANSLATE_NOOP("audit", "所属记录"),
        "name": QT_TRANSLATE_NOOP("audit", "文件名"),
        "media_type": QT_TRANSLATE_NOOP("audit", "文件类型"),
        "size": QT_TRANSLATE_NOOP("audit", "大小（字节）"),
        "sha256": QT_TRANSLATE_NOOP("audit", "SHA-256"),
        "superseded_by_id": QT_TRANSLATE_NOOP("audit", "替换为"),
        "target": QT_TRANSLATE_NOOP("audit", "保存位置"),
    },
)


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    name: str
    media_type: str
    size: int
    sha256: str
    note: str
    added_by: str
    added_at: datetime
    superseded_by_id: int | None


def media_type_of(name: str, data: bytes) -> str:
    """The media type `data` is, checked against the extension of `name`; refused with a
    message when the name is not a plain file name, the type is not kept, or they disagree."""
    check_name(name)
    extension = PurePath(name).suffix.lower()
    for media_type, (extensions, signatures) in _KINDS.items():
        if extension not in extensions:
            continue
        if signatures and not data.startswith(signatures):
            break
        if not signatures and not _is_text(data):
            break
        return media_type
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "不支持的附件类型“{extension}”：可添加 PDF、图片、Office 文档或文本"
            ),
            extension=extension or name,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "文件“{name}”的内容与扩展名不符，未添加"), name=name
    )


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            return False
    return "\x00" not in text


def check_name(name: str) -> None:
    if not name or len(name) > NAME_MAX or name in {".", ".."}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "附件文件名不能为空，最多 255 个字符"))
    if any(c in name for c in "/\\:") or any(unicodedata.category(c) == "Cc" for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "附件文件名“{name}”含有路径分隔符或控制字符"), name=name
        )


def check_size(size: int) -> None:
    """Refused before the file is read whole: a 500 MB file never reaches memory."""
    if size <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "附件是空文件"))
    if size > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "附件过大（{mb} MB），单个附件最大 {limit} MB"),
            mb=round(size / 1024 / 1024),
            limit=MAX_BYTES // 1024 // 1024,
        )


def add(
    uow: UnitOfWork, owner_kind: str, owner_id: int, name: str, data: bytes, note: str = ""
) -> int:
    """Store `data` as an attachment of (owner_kind, owner_id); returns its id."""
    require(uow.actor, Permission.EDIT_DATA)
    name = name.strip()
    check_size(len(data))
    media_type = media_type_of(name, data)
    attachment = Attachment(
        owner_kind=owner_kind,
        owner_id=owner_id,
        name=name,
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        note=note.strip(),
        added_by=uow.actor.name,
    )
    uow.session.add(attachment)
    uow.session.flush()
    uow.session.add(AttachmentContent(attachment_id=attachment.id, data=data))
    uow.record("attachment.add", "attachment", attachment.id, after=_snapshot(attachment))
    return attachment.id


def supersede(uow: UnitOfWork, attachment_id: int, name: str, data: bytes, note: str = "") -> int:
    """A newer file for the same record: the old one stays, marked superseded by the new."""
    old = _get(uow.session, attachment_id)
    if old.superseded_by_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该附件已被替换，请替换最新的版本"))
    new_id = add(uow, old.owner_kind, old.owner_id, name, data, note)
    old.superseded_by_id = new_id
    uow.record("attachment.supersede", "attachment", old.id, after={"superseded_by_id": new_id})
    return new_id


def attachments_of(
    session: Session, owner_kind: str, owner_id: int, include_superseded: bool = True
) -> list[AttachmentRow]:
    query = select(Attachment).where(
        Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id
    )
    if not include_superseded:
        query = query.where(Attachment.superseded_by_id.is_(None))
    return [_row(a) for a in session.scalars(query.order_by(Attachment.id))]


def content(session: Session, attachment_id: int) -> bytes:
    """The bytes, checked against the hash recorded when they were added."""
    attachment = _get(session, attachment_id)
    data = session.scalar(
        select(AttachmentContent.data).where(AttachmentContent.attachment_id == attachment_id)
    )
    if data is None or hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "附件“{name}”的内容与登记的 SHA-256 不符"),
            name=attachment.name,
        )
    return data


def view(session: Session, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """The attachment and its checked bytes, for showing in the app (kept in memory). The
    caller puts the read on record: `vault.record_read(actor, *read_event(row))`, which
    journals it when the vault is open read-only, as the command line's reads are."""
    return get(session, attachment_id), content(session, attachment_id)


def read_event(row: AttachmentRow) -> tuple[str, str, int, dict]:
    """(action, entity type, entity id, after) of viewing `row`, for Vault.record_read."""
    return "read.attachment", "attachment", row.id, _read_note(row)


def save_as(uow: UnitOfWork, attachment_id: int, target: Path) -> AttachmentRow:
    """A plaintext copy at `target`, the file the user chose: the copy leaves the encrypted
    vault, so it is an export on record. Written beside `target` under a temporary name and
    renamed into place after the commit; nothing is left there if the event does not commit."""
    require(uow.actor, Permission.EXPORT)
    row = get(uow.session, attachment_id)
    data = content(uow.session, attachment_id)
    uow.record(
        "attachment.export",
        "attachment",
        attachment_id,
        after={**_read_note(row), "target": str(target)},
    )
    file_when_committed(uow, Path(target)).write_bytes(data)
    return row


def get(session: Session, attachment_id: int) -> AttachmentRow:
    return _row(_get(session, attachment_id))


def _get(session: Session, attachment_id: int) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "附件不存在"))
    return attachment


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(
        a.id, a.name, a.media_type, a.size, a.sha256, a.note, a.added_by, a.added_at,
        a.superseded_by_id,
    )  # fmt: skip


def _read_note(row: AttachmentRow) -> dict:
    return {"name": row.name, "size": row.size, "sha256": row.sha256}


def _snapshot(a: Attachment) -> dict:
    return {
        "owner_kind": a.owner_kind,
        "owner_id": a.owner_id,
        "name": a.name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
    }
