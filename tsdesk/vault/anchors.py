"""Anchors: chain heads kept outside the database, which the chain must still contain.

The hash chain (vault/audit.py) shows an event changed or removed in its middle. It cannot show
the newest events cut off, the database file swapped for an older copy, or a chain rewritten
whole by someone holding the data key (every hash recomputed). A head that was copied out of
the database earlier can: if today's chain lacks that event, or has another event under its
number, the chain was cut short or rewritten since. TSDesk leaves such heads in three places:

* paper — every printed PDF carries the head in its footer, as text and as a small QR code
  (`qr_payload`), and in its metadata; `tsdesk audit verify --anchor SEQ:HASH` or the scan box
  on the audit page checks one;
* backups — each backup file's plain header names the head it was made at (vault/backup.py);
* the key-slot file — the latest head after every commit, with an HMAC under a key derived
  from the data key (vault/keys.py), checked at every open.

An insider with the data key can rewrite the database and the slot file alike; the anchors
that leave the PC (paper in a binder, a backup on a stick in the safe) are what they cannot
reach.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.models import AuditEvent
from tsdesk.vault.keys import KeySlotFile

PAPER = "paper"
BACKUP = "backup"
KEYFILE = "keyfile"

KIND_LABELS = {
    PAPER: QT_TRANSLATE_NOOP("audit", "纸质文件"),
    BACKUP: QT_TRANSLATE_NOOP("audit", "备份文件"),
    KEYFILE: QT_TRANSLATE_NOOP("audit", "密钥槽文件"),
}

QR_PREFIX = "TSDESK:"  # then SEQ:HASH, upper case: QR alphanumeric mode keeps the code small
MIN_HASH = 12  # the footer text prints the first 12 hex digits: enough to tell one event


@dataclass(frozen=True)
class Anchor:
    kind: str  # PAPER, BACKUP or KEYFILE
    seq: int
    hash: str  # lower-case hex, the whole hash or (typed from paper) its first digits
    source: str = ""  # a file, or how it was given
    at: str = ""  # when it was taken, when known (UTC ISO)


# What a failed check says (context "audit"; {seq} is the anchor's event).
SHORTER = QT_TRANSLATE_NOOP(
    "audit",
    "审计链中已没有第 {seq} 号事件：最新的事件被删除，或数据库被换成了旧副本",
)
DIFFERENT = QT_TRANSLATE_NOOP("audit", "审计链第 {seq} 号事件与锚点不符：审计链在此之前被改写过")
NOT_AUTHENTIC = QT_TRANSLATE_NOOP("audit", "密钥槽文件中记录的审计链头未通过校验：该记录被改动过")


@dataclass(frozen=True)
class AnchorCheck:
    anchor: Anchor
    problem: str = ""  # "" when the chain contains the anchor

    @property
    def ok(self) -> bool:
        return not self.problem

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        # (not named `tr`: lupdate would take the call for a string to translate)
        words = translate or (lambda _c, s: s)
        return words("audit", self.problem).format(seq=self.anchor.seq) if self.problem else ""


def qr_payload(seq: int, hash_: str) -> str:
    """What the footer's QR code holds."""
    return f"{QR_PREFIX}{seq}:{hash_.upper()}"


_GIVEN = re.compile(
    rf"^\s*(?:TSDESK:|审计链\s*)?#?\s*(\d+)\s*[:：/ ]\s*([0-9a-fA-F]{{{MIN_HASH},64}})\s*$"
)


def parse(text: str, kind: str = PAPER, source: str = "") -> Anchor:
    """An anchor as given: `SEQ:HASH`, the footer's QR code (`TSDESK:SEQ:HASH`) or its text
    (`审计链 #SEQ HASH`); the hash whole or its first 12 or more digits."""
    found = _GIVEN.match(text or "")
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "无法识别审计链头“{text}”：应为“序号:哈希”（哈希至少 12 位十六进制），或页脚二维码的内容",
            ),
            text=(text or "").strip()[:80],
        )
    return Anchor(kind, int(found.group(1)), found.group(2).lower(), source or text.strip())


def from_pairs(pairs: Iterable[tuple[int, str, str | Path]], kind: str = BACKUP) -> list[Anchor]:
    """Anchors from (seq, hash, source) triples: the heads of a folder of backups."""
    return [Anchor(kind, int(seq), str(hash_).lower(), str(source)) for seq, hash_, source in pairs]


def check(session: Session, anchors: Iterable[Anchor]) -> list[AnchorCheck]:
    """Each anchor against the chain: present with the same hash, or what is wrong."""
    anchors = list(anchors)
    wanted = sorted({a.seq for a in anchors})
    stored: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        stored.update(
            session.execute(
                select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq.in_(chunk))
            ).all()
        )
    results = []
    for anchor in anchors:
        if anchor.seq <= 0:  # the genesis: every chain starts there
            results.append(AnchorCheck(anchor))
        elif anchor.seq not in stored:
            results.append(AnchorCheck(anchor, SHORTER))
        elif len(anchor.hash) < MIN_HASH or not stored[anchor.seq].startswith(anchor.hash):
            results.append(AnchorCheck(anchor, DIFFERENT))
        else:
            results.append(AnchorCheck(anchor))
    return results


def keyfile_anchor(keyfile: KeySlotFile | None, data_key: bytes) -> tuple[Anchor | None, str]:
    """The head the slot file recorded, and NOT_AUTHENTIC when its MAC fails."""
    if keyfile is None or not keyfile.matches(data_key):
        return None, ""
    recorded = keyfile.recorded_head(data_key)
    if recorded is None:
        return None, ""
    anchor = Anchor(KEYFILE, recorded.seq, recorded.hash, str(keyfile.path), recorded.at)
    return anchor, "" if recorded.authentic else NOT_AUTHENTIC


def check_keyfile(
    session: Session, keyfile: KeySlotFile | None, data_key: bytes
) -> AnchorCheck | None:
    """The slot file's head against the chain; None when it records none."""
    anchor, problem = keyfile_anchor(keyfile, data_key)
    if anchor is None:
        return None
    if problem:
        return AnchorCheck(anchor, problem)
    return check(session, [anchor])[0]
