"""The demo database's label print log: a few batches on sheets and rolls, covers, one reprint."""

from __future__ import annotations

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import Carrier, CarrierKind, CarrierStatus
from tsdesk.services import labels

# (template, which carriers, printer, start position); each carrier is printed once here.
BATCHES = [
    ("A4-3x8-70x37", "any", "HP LaserJet Pro M404n（总经办）", 1),
    ("roll-50x30", "media", "Zebra ZD421（档案室）", 1),
    ("A4-cover", "paper", "HP LaserJet Pro M404n（总经办）", 1),
    ("A4-4x10-48x25", "any", labels.PDF_PRINTER, 13),
]
MEDIA = (CarrierKind.STORAGE, CarrierKind.SAMPLE, CarrierKind.MATERIAL)


def populate(demo: Context) -> None:
    """Print labels for the demo carriers (does nothing when there are none)."""
    vault, admin = demo.vault, demo.admin
    with vault.reader() as session:
        rows = list(
            session.execute(
                select(Carrier.id, Carrier.kind)
                .where(Carrier.status != CarrierStatus.DESTROYED)
                .order_by(Carrier.number)
            )
        )
    todo = [(cid, kind) for cid, kind in rows]
    first_printed: int | None = None
    for template, which, printer, start in BATCHES:
        wanted = {
            "any": lambda kind: True,
            "media": lambda kind: kind in MEDIA,
            "paper": lambda kind: kind == CarrierKind.PAPER,
        }[which]
        batch = [cid for cid, kind in todo if wanted(kind)][:4]
        if not batch:
            continue
        with vault.unit_of_work(admin) as uow:
            labels.record_print(uow, batch, template, printer, start)
        todo = [(cid, kind) for cid, kind in todo if cid not in batch]
        first_printed = first_printed or batch[0]
    if first_printed is not None:  # a worn label replaced: the old one is now superseded
        with vault.unit_of_work(admin) as uow:
            labels.record_print(
                uow, [first_printed], "roll-40x30", "Zebra ZD421（档案室）", 1, "标签受潮污损，补打"
            )
