"""Encrypted attachments: signed agreements, sign-in sheets, photos, vouchers, evidence.

The bytes live in the SQLCipher database itself (one row per file in `attachment_content`,
apart from the metadata so that listing never reads a blob): the page encryption, the key
slots, the recovery key and every copy of the database file cover them with nothing else to
keep in step. An attachment is never deleted; a newer one may supersede it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tsdesk.models.base import Base, utcnow


class Attachment(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_kind", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # What it is attached to: a record kind ("agreement", "payment", "training", …) and its id.
    owner_kind: Mapped[str] = mapped_column(String(32))
    owner_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))  # a file name, never a path
    media_type: Mapped[str] = mapped_column(String(100))  # from the content, not the extension
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"), nullable=True)


class AttachmentContent(Base):
    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
