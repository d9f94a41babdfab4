"""Stock-take (盘点): scan the labels found in an area or location and compare with the register.

A scanned code is either a label's QR payload (checked for authenticity by
`labels.verify_payload`) or a carrier number typed by hand. Each code falls in one group:

- found: a carrier that should be here, and is;
- unexpected: a genuine carrier that belongs elsewhere (another area or location) or is
  recorded as lent, out for repair or lost;
- invalid (must not exist): a destroyed carrier, one whose secrets are all void or
  destroyed, a forged or altered label, or a code nobody issued.

Whatever was expected here and not scanned is missing. `classify` is the one place these
rules live: the page calls it per scan, `finish` for the saved result.
"""

from __future__ import annotations

import dataclasses
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.documents.stocktake import ReportRow, ReportSection, StockTakeReport
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import Area, Carrier, CarrierStatus, StockTake
from tsdesk.models.base import utcnow
from tsdesk.services import carriers, labels
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

FOUND = "found"
MISSING = "missing"
UNEXPECTED = "unexpected"
INVALID = "invalid"  # must not exist
GROUPS = (FOUND, MISSING, UNEXPECTED, INVALID)
GROUP_LABELS: dict[str, str] = {
    FOUND: QT_TRANSLATE_NOOP("stocktake", "已找到"),
    MISSING: QT_TRANSLATE_NOOP("stocktake", "缺失"),
    UNEXPECTED: QT_TRANSLATE_NOOP("stocktake", "位置不符"),
    INVALID: QT_TRANSLATE_NOOP("stocktake", "不应存在"),
}
# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "stocktake": QT_TRANSLATE_NOOP("audit", "盘点"),
        "stocktake.start": QT_TRANSLATE_NOOP("audit", "开始盘点"),
        "stocktake.finish": QT_TRANSLATE_NOOP("audit", "完成盘点"),
        "print.stocktake": QT_TRANSLATE_NOOP("audit", "打印盘点报告"),
    },
    entities={
        "stocktake": QT_TRANSLATE_NOOP("audit", "盘点"),
    },
    fields={
        "area_id": QT_TRANSLATE_NOOP("audit", "涉密区域"),
        "location": QT_TRANSLATE_NOOP("audit", "位置"),
        "scanned": QT_TRANSLATE_NOOP("audit", "已扫描"),
        "found": QT_TRANSLATE_NOOP("audit", "已找到"),
        "missing": QT_TRANSLATE_NOOP("audit", "缺失"),
        "unexpected": QT_TRANSLATE_NOOP("audit", "位置不符"),
        "invalid": QT_TRANSLATE_NOOP("audit", "不应存在"),
        "missing_numbers": QT_TRANSLATE_NOOP("audit", "缺失的载体"),
        "invalid_codes": QT_TRANSLATE_NOOP("audit", "不应存在的标识"),
    },
    refs={"area_id": "area"},
)

# Where a carrier physically is while it is in one of these states: at its place.
AT_ITS_PLACE = (CarrierStatus.IN_STORE, CarrierStatus.SEALED)

# Why a code is where it is (shown and printed; context "stocktake").
WHY_FOUND = QT_TRANSLATE_NOOP("stocktake", "在册，位置相符")
WHY_FOUND_UNVERIFIED = QT_TRANSLATE_NOOP("stocktake", "在册，位置相符（手工输入编号，标签未验证）")
WHY_FOUND_OLD_LABEL = QT_TRANSLATE_NOOP(
    "stocktake", "在册，位置相符；此为已被补打取代的旧标签，应收回"
)
WHY_FOUND_STALE_LABEL = QT_TRANSLATE_NOOP(
    "stocktake", "在册，位置相符；标签上的等级、期限或责任单位已变，应重新打印"
)
WHY_MISSING = QT_TRANSLATE_NOOP("stocktake", "应在此处，未扫描到")
WHY_ELSEWHERE = QT_TRANSLATE_NOOP("stocktake", "登记在其他区域或位置")
WHY_LENT = QT_TRANSLATE_NOOP("stocktake", "登记为借出")
WHY_REPAIR = QT_TRANSLATE_NOOP("stocktake", "登记为送外维修")
WHY_LOST = QT_TRANSLATE_NOOP("stocktake", "登记为遗失")
WHY_DESTROYED = QT_TRANSLATE_NOOP("stocktake", "登记为已销毁")
WHY_VOID = QT_TRANSLATE_NOOP("stocktake", "所涉商业秘密均已作废或销毁")
WHY_FORGED = QT_TRANSLATE_NOOP("stocktake", "标签伪造或被改动")
WHY_UNKNOWN = QT_TRANSLATE_NOOP("stocktake", "无法识别的编码")
WHY_OUT: dict[CarrierStatus, str] = {
    CarrierStatus.LENT: WHY_LENT,
    CarrierStatus.OUT_FOR_REPAIR: WHY_REPAIR,
    CarrierStatus.LOST: WHY_LOST,
}

# How the label itself read (labels.verify_payload): genuine, forged, unknown, or
# unverified for a bare carrier number typed by hand.
GENUINE, FORGED, UNKNOWN, UNVERIFIED = (
    labels.GENUINE,
    labels.FORGED,
    labels.UNKNOWN,
    labels.UNVERIFIED,
)
LABEL_TEXT: dict[str, str] = {
    GENUINE: QT_TRANSLATE_NOOP("stocktake", "真实"),
    FORGED: QT_TRANSLATE_NOOP("stocktake", "伪造"),
    UNKNOWN: QT_TRANSLATE_NOOP("stocktake", "无法识别"),
    UNVERIFIED: QT_TRANSLATE_NOOP("stocktake", "未验证"),
    "": "",
}


@dataclass(frozen=True)
class Entry:
    """One line of a result: a scanned code or a missing carrier."""

    group: str
    reason: str  # one of the WHY_ texts
    code: str = ""
    carrier_id: int | None = None
    number: str = ""
    title: str = ""
    label: str = ""  # GENUINE, FORGED, UNKNOWN, UNVERIFIED; "" for missing
    place: str = ""  # where the register says it is


@dataclass
class Result:
    stocktake_id: int
    area: str
    location: str
    operator: str
    started_at: datetime
    finished_at: datetime | None
    entries: dict[str, list[Entry]] = field(default_factory=lambda: {g: [] for g in GROUPS})
    note: str = ""

    def count(self, group: str) -> int:
        return len(self.entries[group])

    def as_json(self) -> dict:
        return {g: [asdict(e) for e in self.entries[g]] for g in GROUPS}


@dataclass(frozen=True)
class Place:
    """What is being counted: an area, a location (prefix of carriers' locations), or both."""

    area_id: int | None
    location: str

    def holds(self, carrier: Carrier) -> bool:
        if self.area_id is not None and carrier.area_id != self.area_id:
            return False
        return not self.location or carrier.location.startswith(self.location)


def _place(stocktake: StockTake) -> Place:
    return Place(stocktake.area_id, stocktake.location)


def start(uow: UnitOfWork, area_id: int | None, location: str = "") -> int:
    require(uow.actor, Permission.EDIT_DATA)
    location = location.strip()
    if area_id is None and not location:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择盘点的区域或填写位置"))
    if area_id is not None and uow.session.get(Area, area_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "涉密区域不存在"))
    row = StockTake(area_id=area_id, location=location, operator=uow.actor.name)
    uow.session.add(row)
    uow.session.flush()
    uow.record(
        "stocktake.start", "stocktake", row.id, after={"area_id": area_id, "location": location}
    )
    return row.id


def get(session: Session, stocktake_id: int) -> StockTake:
    row = session.get(StockTake, stocktake_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "盘点记录不存在"))
    return row


def expected(session: Session, stocktake_id: int) -> list[Carrier]:
    """The carriers that should be found here: registered at this place and at their place."""
    place = _place(get(session, stocktake_id))
    q = select(Carrier).where(Carrier.status.in_(AT_ITS_PLACE)).order_by(Carrier.number)
    if place.area_id is not None:
        q = q.where(Carrier.area_id == place.area_id)
    return [c for c in session.scalars(q) if place.holds(c)]


def _where(session: Session, carrier: Carrier) -> str:
    area = session.get(Area, carrier.area_id) if carrier.area_id else None
    return " ".join(p for p in ((area.name if area else ""), carrier.location) if p)


def classify(session: Session, stocktake_id: int, code: str) -> Entry:
    """Which group one scanned code belongs to here, and why (see the module's docstring)."""
    code = code.strip()
    place = _place(get(session, stocktake_id))
    check = labels.verify_payload(session, code)  # a payload, or a bare number: UNVERIFIED
    label = check.status
    carrier = session.get(Carrier, check.carrier_id) if check.carrier_id is not None else None

    def entry(group: str, reason: str) -> Entry:
        return Entry(
            group=group,
            reason=reason,
            code=code,
            carrier_id=carrier.id if carrier else None,
            number=carrier.number if carrier else "",
            title=carrier.title if carrier else "",
            label=label,
            place=_where(session, carrier) if carrier else "",
        )

    if label == FORGED:
        return entry(INVALID, WHY_FORGED)
    if carrier is None:
        return entry(INVALID, WHY_UNKNOWN)
    if carrier.status == CarrierStatus.DESTROYED:
        return entry(INVALID, WHY_DESTROYED)
    if carriers.secrets_void(carriers.secrets_of(session, carrier.id)):
        return entry(INVALID, WHY_VOID)
    if carrier.status in WHY_OUT:
        return entry(UNEXPECTED, WHY_OUT[carrier.status])
    if not place.holds(carrier):
        return entry(UNEXPECTED, WHY_ELSEWHERE)
    if check.superseded:
        return entry(FOUND, WHY_FOUND_OLD_LABEL)
    if check.stale:
        return entry(FOUND, WHY_FOUND_STALE_LABEL)
    return entry(FOUND, WHY_FOUND if label == GENUINE else WHY_FOUND_UNVERIFIED)


def scan(session: Session, stocktake_id: int, code: str) -> Entry:
    """One scan on the page (nothing is stored until `finish`)."""
    if not code.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "扫描内容为空"))
    return classify(session, stocktake_id, code)


class Scans:
    """The scans of one stock-take, added one by one: each code and each carrier counted
    once, and the carriers expected here that were not seen are missing. The page keeps one
    while scanning; `tally` builds one for the stored result."""

    def __init__(self, session: Session, stocktake_id: int) -> None:
        row = get(session, stocktake_id)
        area = session.get(Area, row.area_id) if row.area_id else None
        self.result = Result(
            stocktake_id=row.id,
            area=area.name if area else "",
            location=row.location,
            operator=row.operator,
            started_at=row.started_at,
            finished_at=row.finished_at,
        )
        self.codes: list[str] = []
        self._seen_carriers: set[int] = set()
        self._expected = [
            Entry(
                group=MISSING,
                reason=WHY_MISSING,
                carrier_id=c.id,
                number=c.number,
                title=c.title,
                place=_where(session, c),
            )
            for c in expected(session, stocktake_id)
        ]
        self.result.entries[MISSING] = list(self._expected)

    def seen(self, code: str) -> bool:
        return code.strip() in self.codes

    def add(self, item: Entry) -> bool:
        """Count a classified scan; False when it repeats a code or a carrier already seen."""
        if not item.code or item.code in self.codes:
            return False
        # A carrier seen is not missing, whatever its group; a forged label proves nothing.
        if item.carrier_id is not None and item.label != FORGED:
            if item.carrier_id in self._seen_carriers:
                return False  # the same label scanned twice, or typed after being scanned
            self._seen_carriers.add(item.carrier_id)
        self.codes.append(item.code)
        self.result.entries[item.group].append(item)
        self.result.entries[MISSING] = [
            e for e in self._expected if e.carrier_id not in self._seen_carriers
        ]
        return True


def tally(session: Session, stocktake_id: int, codes: list[str]) -> Result:
    """The result of scanning `codes` here (see `Scans`)."""
    scans = Scans(session, stocktake_id)
    for code in codes:
        if code.strip() and not scans.seen(code):
            scans.add(classify(session, stocktake_id, code))
    return scans.result


def finish(uow: UnitOfWork, stocktake_id: int, scanned_codes: list[str], note: str = "") -> Result:
    """Close the stock-take and store its result (JSON), audited with the counts."""
    require(uow.actor, Permission.EDIT_DATA)
    row = get(uow.session, stocktake_id)
    if row.finished_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该次盘点已完成"))
    result = tally(uow.session, stocktake_id, scanned_codes)
    row.finished_at = utcnow()
    row.note = note.strip()
    row.result = json.dumps(result.as_json(), ensure_ascii=False, sort_keys=True)
    uow.session.flush()
    result.finished_at = row.finished_at
    result.note = row.note
    uow.record(
        "stocktake.finish",
        "stocktake",
        stocktake_id,
        after={
            "scanned": len(scanned_codes),
            **{g: result.count(g) for g in GROUPS},
            "missing_numbers": [e.number for e in result.entries[MISSING]],
            "invalid_codes": [e.code for e in result.entries[INVALID]],
        },
    )
    return result


def saved(session: Session, stocktake_id: int) -> Result:
    """A finished stock-take's stored result."""
    row = get(session, stocktake_id)
    if row.finished_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该次盘点尚未完成"))
    area = session.get(Area, row.area_id) if row.area_id else None
    data = json.loads(row.result or "{}")
    return Result(
        stocktake_id=row.id,
        area=area.name if area else "",
        location=row.location,
        operator=row.operator,
        started_at=row.started_at,
        finished_at=row.finished_at,
        entries={g: [Entry(**e) for e in data.get(g, [])] for g in GROUPS},
        note=row.note,
    )


@dataclass(frozen=True)
class StockTakeView:
    id: int
    area: str
    location: str
    operator: str
    started_at: datetime
    finished_at: datetime | None
    counts: dict[str, int]


def list_stocktakes(session: Session, limit: int = 100) -> list[StockTakeView]:
    """Stock-takes, newest first."""
    areas = {a.id: a.name for a in session.scalars(select(Area))}
    out = []
    for row in session.scalars(select(StockTake).order_by(StockTake.id.desc()).limit(limit)):
        data = json.loads(row.result or "{}")
        out.append(
            StockTakeView(
                id=row.id,
                area=areas.get(row.area_id, "") if row.area_id else "",
                location=row.location,
                operator=row.operator,
                started_at=row.started_at,
                finished_at=row.finished_at,
                counts={g: len(data.get(g, [])) for g in GROUPS},
            )
        )
    return out


def _local(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def report_data(result: Result) -> StockTakeReport:
    """The plain data the documents layer prints (Chinese, as the report is)."""
    return StockTakeReport(
        area=result.area,
        location=result.location,
        operator=result.operator,
        started=_local(result.started_at),
        finished=_local(result.finished_at),
        note=result.note,
        sections=[
            ReportSection(
                GROUP_LABELS[g],
                [
                    ReportRow(
                        number=e.number,
                        title=e.title,
                        place=e.place,
                        label=LABEL_TEXT[e.label],
                        note=e.reason,
                        code=e.code,
                    )
                    for e in result.entries[g]
                ],
            )
            for g in GROUPS
        ],
    )


def report_pdf(uow: UnitOfWork, stocktake_id: int) -> bytes:
    """The printable report of a finished stock-take, recorded as a print in `uow` before the
    footer takes the chain head, so the paper names its own print event; hand it on once
    `uow` has committed."""
    from tsdesk.documents.stocktake import render_stocktake_report
    from tsdesk.services.documents import footer_in, operator_name

    require(uow.actor, Permission.EXPORT)
    result = saved(uow.session, stocktake_id)
    counter = operator_name(uow.session, result.operator)  # a name on paper, not a login
    uow.record("print.stocktake", "stocktake", stocktake_id)
    report = dataclasses.replace(report_data(result), operator=counter)
    buffer = io.BytesIO()
    render_stocktake_report(buffer, report, footer_in(uow))
    return buffer.getvalue()


def write_report(uow: UnitOfWork, stocktake_id: int, out: str | Path | IO[bytes]) -> None:
    """The report into `out`, which gets it only once the print event has committed."""
    from tsdesk.services.documents import deliver_when_committed

    deliver_when_committed(uow, out, report_pdf(uow, stocktake_id))
