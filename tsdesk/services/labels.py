"""Confidentiality labels, covers, area signs and stamped documents (003 §9.2).

A label's QR code is readable by any phone scanner and verifiable offline by TSDesk:

    TSL1/<number>/<grade>/<term>/<responsible unit>/<issue>/<code>     full
    TSC1/<number>/<issue>/<code>                                       compact (small labels)

`code` is the first 50 bits, in base32 (10 characters), of HMAC-SHA256 under the vault's
label key over everything before the last "/". The key is 256 random bits generated the first
time a label is needed and kept as a row of the settings table inside the encrypted database;
it is never printed, shown or logged. One changed character makes the code wrong (forged);
each print of a carrier's label gets the next issue number, so a superseded label still
verifies as genuine but is flagged. The compact form is all QR-alphanumeric characters for
the usual carrier numbers, so small labels get the smallest symbol.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from tsdesk.crashpoints import crash_point, declare
from tsdesk.documents.label_templates import TEMPLATES, LabelTemplate, by_name, check_start
from tsdesk.documents.labels import LabelData, render_area_sign, render_labels
from tsdesk.documents.marking import Mark
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.levels import BAD, INFO, LEVELS, OK, WARN  # noqa: F401  (re-exported)
from tsdesk.models import Carrier, CarrierStatus, Department, Grade, Person, Secret
from tsdesk.models.carriers import LabelIssue, LabelPrint
from tsdesk.services import areas, audit_text, carriers, reminders, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.carriers import (
    MOVEMENT_LABELS,
    STATUS_LABELS,
    CarrierFacts,
    MovementView,
    SealView,
    Term,
)
from tsdesk.services.documents import footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork
from tsdesk.vault.atomic import replace_atomic

FULL, COMPACT = "TSL1", "TSC1"  # payload prefixes: TSDesk label, format 1
SEP = "/"
CODE_LENGTH = 10  # base32 characters: 50 bits
KEY_ROW = "label_key"  # settings-table row holding the key (not a user setting: never shown)
PDF_PRINTER = "PDF"  # the printer name logged when labels are saved to a file

GENUINE, FORGED, UNKNOWN, UNVERIFIED = "genuine", "forged", "unknown", "unverified"
_CODE = re.compile(f"[A-Z2-7]{{{CODE_LENGTH}}}")
MAX_PAYLOAD = 2000  # characters: far more than a label's QR code holds

# Crash points of the label print path (tests arm them; see crashpoints.py).
AFTER_PDF = declare(
    "labels.after_pdf",
    "a label, sign or marked PDF is written under a temporary name beside the target, its "
    "record is not committed",
)
AFTER_COMMIT = declare(
    "labels.after_commit", "the record is committed, the PDF still has its temporary name"
)


# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "label": QT_TRANSLATE_NOOP("audit", "标识"),
        "label.key_create": QT_TRANSLATE_NOOP("audit", "生成标识防伪密钥"),
        "print.labels": QT_TRANSLATE_NOOP("audit", "打印标识"),
        "print.area_sign": QT_TRANSLATE_NOOP("audit", "打印区域标识牌"),
        "document": QT_TRANSLATE_NOOP("audit", "文档"),
        "document.stamp": QT_TRANSLATE_NOOP("audit", "文档加注标记"),
    },
    entities={
        "label_print": QT_TRANSLATE_NOOP("audit", "标识打印"),
        "label": QT_TRANSLATE_NOOP("audit", "标识"),
        "document": QT_TRANSLATE_NOOP("audit", "文档"),
    },
    fields={
        "template": QT_TRANSLATE_NOOP("audit", "模板"),
        "printer": QT_TRANSLATE_NOOP("audit", "打印机"),
        "start_position": QT_TRANSLATE_NOOP("audit", "起始位置"),
        "reprint_reason": QT_TRANSLATE_NOOP("audit", "补打原因"),
        "items": QT_TRANSLATE_NOOP("audit", "标识"),
        "size": QT_TRANSLATE_NOOP("audit", "尺寸"),
        "source": QT_TRANSLATE_NOOP("audit", "原文件"),
        "output": QT_TRANSLATE_NOOP("audit", "输出文件"),
        "pages": QT_TRANSLATE_NOOP("audit", "页数"),
    },
    formats={
        "items": lambda v, t: t("audit", audit_text.LIST_SEP).join(
            str(i.get("carrier") or i.get("area") or i) if isinstance(i, dict) else str(i)
            for i in v
        )
    },
    quiet=frozenset({"source_sha256", "output_sha256"}),
)


# --- the key and the code ---------------------------------------------------------------------


def _key(session: Session) -> bytes | None:
    from tsdesk.models import Setting

    row = session.get(Setting, KEY_ROW)
    return base64.b64decode(json.loads(row.value)) if row else None


def ensure_key(uow: UnitOfWork) -> None:
    """Create the vault's label key on first use (audited, without its value)."""
    from tsdesk.models import Setting

    if _key(uow.session) is None:
        value = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        uow.session.add(Setting(key=KEY_ROW, value=json.dumps(value)))
        uow.session.flush()
        uow.record("label.key_create", "setting", KEY_ROW)


def _code(key: bytes, body: str) -> str:
    digest = hmac.new(key, body.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def sign(uow: UnitOfWork, body: str) -> str:
    """The authenticity code of `body` under this vault's key (made on first use): shared by
    labels and other printed documents that are checked offline (the 销毁证明)."""
    ensure_key(uow)
    return _code(_require_key(uow.session), body)


def code_matches(session: Session, body: str, code: str) -> bool:
    key = _key(session)
    return key is not None and hmac.compare_digest(code.upper(), _code(key, body))


def _field(text: str) -> str:
    """One payload field: NFC, one line, and no separator inside (a full-width slash instead)."""
    return " ".join(unicodedata.normalize("NFC", text).split()).replace(SEP, "／")


def _fields(facts: CarrierFacts, issue: int, compact: bool) -> list[str]:
    # The number is kept as it is (it may contain "/"): payloads are parsed from both ends.
    if compact:
        return [COMPACT, facts.number, str(issue)]
    return [
        FULL,
        facts.number,
        _field(facts.grade),
        _field(facts.term.text),
        _field(facts.responsible_unit),
        str(issue),
    ]


def _signed(key: bytes, fields: list[str]) -> str:
    body = SEP.join(fields)
    return f"{body}{SEP}{_code(key, body)}"


def _require_key(session: Session) -> bytes:
    key = _key(session)
    if key is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "本数据库尚未打印过标识"))
    return key


def current_issue(session: Session, carrier_id: int) -> int:
    """How many times the carrier's label has been printed (0: never)."""
    row = session.get(LabelIssue, carrier_id)
    return row.issued if row else 0


def _issues(session: Session, carrier_ids: list[int]) -> dict[int, LabelIssue]:
    """The issue rows of a batch in one query (absent: never printed)."""
    q = select(LabelIssue).where(LabelIssue.carrier_id.in_(carrier_ids))
    return {row.carrier_id: row for row in session.scalars(q)}


def _carriers(session: Session, carrier_ids: list[int]) -> dict[int, Carrier]:
    """A batch's carriers in one query (it also fills the session, so `facts` finds them)."""
    found = {c.id: c for c in session.scalars(select(Carrier).where(Carrier.id.in_(carrier_ids)))}
    missing = [i for i in carrier_ids if i not in found]
    if missing:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "载体不存在"))
    return found


def payload_for(
    session: Session, carrier_id: int, compact: bool, *, issue: int | None = None
) -> str:
    """The signed QR payload of the carrier's label (by default its current issue)."""
    key = _require_key(session)
    issue = current_issue(session, carrier_id) if issue is None else issue
    if issue < 1:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "该载体尚未打印过标识"))
    return _signed(key, _fields(carriers.facts(session, carrier_id), issue, compact))


# --- verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelCheck:
    status: str  # GENUINE, FORGED, UNKNOWN or UNVERIFIED (a bare carrier number)
    carrier_id: int | None = None
    facts: CarrierFacts | None = None
    issue: int = 0  # the label's issue (0 when the payload carries none)
    current_issue: int = 0  # the carrier's latest issue
    compact: bool = False
    stale: bool = False  # genuine, but grade, term or unit have changed since it was printed

    @property
    def genuine(self) -> bool:
        return self.status == GENUINE

    @property
    def superseded(self) -> bool:
        """A genuine label of an earlier issue: a reprint replaced it; collect it."""
        return self.genuine and self.issue < self.current_issue

    @property
    def unrecorded(self) -> bool:
        """A genuine label of an issue the print log does not hold."""
        return self.genuine and self.issue > self.current_issue

    @property
    def message(self) -> str:
        """The verdict's first line, untranslated (`scan_verdict` adds movement and seal)."""
        return judge(self, self.facts).texts()[0]

    @property
    def notes(self) -> list[str]:
        return judge(self, self.facts).texts()[1:]


def verify_payload(session: Session, payload: str) -> LabelCheck:
    """Check a scanned label (or a typed carrier number) against this vault, offline."""
    text = payload.strip()
    if len(text) > MAX_PAYLOAD or _unencodable(text):
        return LabelCheck(UNKNOWN)
    parts = text.split(SEP)
    if parts[0] not in (FULL, COMPACT):
        carrier_id = carriers.find_number(session, text) if text else None
        if carrier_id is None:
            return LabelCheck(UNKNOWN)
        return LabelCheck(
            UNVERIFIED,
            carrier_id,
            carriers.facts(session, carrier_id),
            current_issue=current_issue(session, carrier_id),
        )
    compact = parts[0] == COMPACT
    tail = 2 if compact else 5  # fields after the number
    number = SEP.join(parts[1:-tail]) if len(parts) > tail + 1 else ""
    carrier_id = carriers.find_number(session, number) if number else None
    key = _key(session)
    if key is None:
        return LabelCheck(UNKNOWN)  # no label has been printed here yet
    body, _, code = text.rpartition(SEP)
    issue_text = parts[-2] if len(parts) > 1 else ""  # "TSL1" alone has no fields at all
    if (
        not number
        or not (issue_text.isascii() and issue_text.isdigit())  # int() refuses "²"
        or not _CODE.fullmatch(code.upper())
        or not hmac.compare_digest(code.upper(), _code(key, body))
    ):
        return LabelCheck(FORGED, carrier_id, compact=compact)
    issue = int(issue_text)
    if carrier_id is None:
        return LabelCheck(UNKNOWN)  # a genuine code, but no such carrier here
    facts = carriers.facts(session, carrier_id)
    current = current_issue(session, carrier_id)
    stale = not compact and body != SEP.join(_fields(facts, issue, False))
    return LabelCheck(GENUINE, carrier_id, facts, issue, current, compact=compact, stale=stale)


def _unencodable(text: str) -> bool:
    """A lone surrogate (undecodable bytes on the command line) cannot reach SQLite."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# --- what a scan means -----------------------------------------------------------------------

# How loud a line of the verdict is, mildest first: the loudest line sets the banner's colour.
# The carriers page shows the verdict; its words keep that page's translation context.
VERDICT_CONTEXT = "CarriersPage"


def _as_is(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    """A translatable template and its parameters; a parameter that is itself Words (a
    status label …) is translated in its own context."""

    template: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = VERDICT_CONTEXT

    def text(self, translate: Callable[[str, str], str] = _as_is) -> str:
        params = {
            k: v.text(translate) if isinstance(v, Words) else v for k, v in self.params.items()
        }
        return translate(self.context, self.template).format(**params)


@dataclass(frozen=True)
class VerdictLine:
    level: str
    parts: tuple[Words, ...]  # one sentence, said in pieces

    def text(self, translate: Callable[[str, str], str] = _as_is) -> str:
        return "".join(p.text(translate) for p in self.parts)


@dataclass(frozen=True)
class Verdict:
    """What a scanned label says about itself and its carrier, and how loudly. The UI
    translates each line (`texts(QCoreApplication.translate)`); the CLI prints them."""

    level: str
    lines: tuple[VerdictLine, ...]

    def texts(self, translate: Callable[[str, str], str] = _as_is) -> list[str]:
        return [line.text(translate) for line in self.lines]


def judge(
    check: LabelCheck,
    facts: CarrierFacts | None,
    *,
    movement: MovementView | None = None,
    seal: SealView | None = None,
    secrets_void: bool = False,
    today: date | None = None,
) -> Verdict:
    """The verdict on a scan: is the label genuine, and is its carrier current, lent,
    sealed, destroyed or past its term? `facts` is the carrier the scan names (None when
    none), `movement` its open movement, `seal` its active seal."""
    today = today or date.today()
    lines: list[VerdictLine] = []

    def say(level: str, *parts: Words) -> None:
        lines.append(VerdictLine(level, parts))

    status = check.status
    if status == GENUINE:
        say(OK, Words(QT_TRANSLATE_NOOP("CarriersPage", "标签真实：防伪码校验通过")))
        if check.superseded:
            say(
                WARN,
                Words(
                    QT_TRANSLATE_NOOP(
                        "CarriersPage",
                        "此为第 {issue} 次打印的旧标签，已被第 {current} 次补打取代：应收回",
                    ),
                    {"issue": check.issue, "current": check.current_issue},
                ),
            )
        if check.unrecorded:
            say(WARN, Words(QT_TRANSLATE_NOOP("CarriersPage", "此标签的打印未记入打印记录")))
        if check.stale:
            say(
                WARN,
                Words(
                    QT_TRANSLATE_NOOP(
                        "CarriersPage", "标签上的等级、期限或责任单位与台账不一致：应重新打印"
                    )
                ),
            )
    elif status == FORGED:
        say(
            BAD,
            Words(
                QT_TRANSLATE_NOOP(
                    "CarriersPage", "标签伪造或内容被改动：防伪码校验失败，请扣留该标签并报告"
                )
            ),
        )
    elif status == UNVERIFIED:
        say(INFO, Words(QT_TRANSLATE_NOOP("CarriersPage", "手工输入的编号：标签未经防伪校验")))
    elif status == UNKNOWN:
        say(
            BAD,
            Words(
                QT_TRANSLATE_NOOP(
                    "CarriersPage", "无法识别的标签：本库没有对应的载体，或尚未打印过标签"
                )
            ),
        )
    if facts is None:
        return _loudest(lines)
    if status == FORGED:
        say(
            BAD,
            Words(
                QT_TRANSLATE_NOOP(
                    "CarriersPage",
                    "台账中 {number} 为“{status}”：此标签不是它的真实标签，请核对手中实物",
                ),
                {"number": facts.number, "status": _carrier_words(STATUS_LABELS[facts.status])},
            ),
        )
        return _loudest(lines)
    state = facts.status
    if state == CarrierStatus.DESTROYED:
        say(
            BAD,
            Words(QT_TRANSLATE_NOOP("CarriersPage", "该载体已登记销毁，不应存在：请收缴并报告")),
        )
    elif state == CarrierStatus.LOST:
        say(BAD, Words(QT_TRANSLATE_NOOP("CarriersPage", "该载体登记为遗失：请核实后登记找回")))
    elif state in (CarrierStatus.LENT, CarrierStatus.OUT_FOR_REPAIR):
        parts = [
            Words(QT_TRANSLATE_NOOP("CarriersPage", "借出中"))
            if state == CarrierStatus.LENT
            else Words(QT_TRANSLATE_NOOP("CarriersPage", "送外维修中"))
        ]
        if movement is not None:
            parts.append(
                Words(
                    QT_TRANSLATE_NOOP("CarriersPage", "：{person}，{kind}于 {start}"),
                    {
                        "person": movement.person or "—",
                        "kind": _carrier_words(MOVEMENT_LABELS[movement.kind]),
                        "start": movement.started_on,
                    },
                )
            )
            if movement.due_on:
                parts.append(
                    Words(
                        QT_TRANSLATE_NOOP("CarriersPage", "，应还 {due}"), {"due": movement.due_on}
                    )
                )
        if movement is not None and movement.due_on is not None and movement.overdue(today):
            days = (today - movement.due_on).days
            parts.append(
                Words(QT_TRANSLATE_NOOP("CarriersPage", "（已逾期 {days} 天）"), {"days": days})
            )
            say(BAD, *parts)
        else:
            say(WARN, *parts)
    elif state == CarrierStatus.SEALED:
        parts, level = [Words(QT_TRANSLATE_NOOP("CarriersPage", "封存中"))], INFO
        if seal is not None:
            parts.append(
                Words(
                    QT_TRANSLATE_NOOP("CarriersPage", "：封条 {number}，{place}；下次检查 {next}"),
                    {"number": seal.seal_number, "place": seal.place, "next": seal.next_check},
                )
            )
            if seal.check_due(today):
                parts.append(Words(QT_TRANSLATE_NOOP("CarriersPage", "（检查已到期）")))
                level = WARN
        say(level, *parts)
    if secrets_void:
        say(
            BAD,
            Words(
                QT_TRANSLATE_NOOP("CarriersPage", "所涉商业秘密均已作废或销毁：该载体不应再存在")
            ),
        )
    elif facts.term.expired(today):
        say(
            WARN,
            Words(
                QT_TRANSLATE_NOOP("CarriersPage", "保密期限已于 {date} 届满：请评估解密或销毁"),
                {"date": facts.term.until},
            ),
        )
    elif state == CarrierStatus.IN_STORE:
        say(OK, Words(QT_TRANSLATE_NOOP("CarriersPage", "在库，现行有效")))
    return _loudest(lines)


def _carrier_words(label: str) -> Words:
    """One of the carriers module's labels (context "carriers")."""
    return Words(label, context="carriers")


def _loudest(lines: list[VerdictLine]) -> Verdict:
    level = max((line.level for line in lines), key=LEVELS.index, default=OK)
    return Verdict(level, tuple(lines))


def scan_verdict(session: Session, check: LabelCheck, today: date | None = None) -> Verdict:
    """`judge` with what the database says of the scanned carrier: its facts, its open
    movement, its active seal and whether its secrets have all ended."""
    if check.carrier_id is None:
        return judge(check, None, today=today)
    carrier_id = check.carrier_id
    movement = next(
        (m for m in carriers.movements_of(session, carrier_id) if m.closed_on is None), None
    )
    seals = carriers.seals_of(session, carrier_id)
    return judge(
        check,
        carriers.facts(session, carrier_id),
        movement=movement,
        seal=seals[0] if seals and seals[0].unsealed_on is None else None,
        secrets_void=carriers.secrets_void(carriers.secrets_of(session, carrier_id)),
        today=today,
    )


# --- printing -------------------------------------------------------------------------------


def mark_of(facts: CarrierFacts) -> Mark:
    """What a carrier's mark says: `carriers.facts` is the one source (003 §9.2.1)."""
    return Mark(
        number=facts.number,
        grade=facts.grade,
        term=facts.term.text,
        unit=facts.responsible_unit,
        person=facts.responsible_person,
        title=facts.title,
    )


def label_data(
    session: Session, carrier_ids: list[int], *, pending: bool = False
) -> list[LabelData]:
    """The labels of `carrier_ids` at their current issue, or (`pending`) at the issue the
    next print will give them — for a preview before the print is recorded."""
    key = _require_key(session)
    _carriers(session, carrier_ids)
    issues = _issues(session, carrier_ids)
    result = []
    for facts in carriers.facts_many(session, carrier_ids):
        carrier_id = facts.id
        row = issues.get(carrier_id)
        issue = (row.issued if row else 0) + (1 if pending else 0)
        result.append(
            LabelData(
                mark=mark_of(facts),
                issue=issue,
                payload=_signed(key, _fields(facts, issue, False)),
                compact_payload=_signed(key, _fields(facts, issue, True)),
            )
        )
    return result


def default_template(session: Session) -> LabelTemplate:
    """The template the labels page starts with (a vault setting; the first if unknown)."""
    try:
        return by_name(settings.get(session, "label_template"))
    except ValidationError:
        return TEMPLATES[0]


def set_default_template(uow: UnitOfWork, name: str) -> None:
    settings.set_value(uow, "label_template", by_name(name).name)


def _template(template: LabelTemplate | str) -> LabelTemplate:
    return template if isinstance(template, LabelTemplate) else by_name(template)


def already_printed(session: Session, carrier_ids: list[int]) -> list[str]:
    """Numbers of the carriers whose label has been printed before: reprinting needs a reason."""
    found, issues = _carriers(session, carrier_ids), _issues(session, carrier_ids)
    return [found[i].number for i in carrier_ids if i in issues and issues[i].issued]


def _check_batch(session: Session, carrier_ids: list[int]) -> None:
    if not carrier_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择要打印标识的载体"))
    if len(set(carrier_ids)) != len(carrier_ids):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "同一载体在本批中重复出现"))
    for carrier in _carriers(session, carrier_ids).values():
        if carrier.status == CarrierStatus.DESTROYED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "载体 {number} 已销毁，不能打印标识"),
                number=carrier.number,
            )


def record_print(
    uow: UnitOfWork,
    carrier_ids: list[int],
    template: LabelTemplate | str,
    printer: str,
    start_position: int = 1,
    reprint_reason: str = "",
) -> int:
    """Log a print (who, when, which labels, template, printer) and give each carrier's label
    its next issue. A carrier printed before needs a reprint reason; its label says 补 N."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    template = _template(template)
    check_start(template, start_position)
    _check_batch(session, carrier_ids)
    reason = reprint_reason.strip()
    again = already_printed(session, carrier_ids)
    if again and not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "以下载体的标识已打印过，补打须填写原因：{numbers}"),
            numbers="、".join(again),
        )
    ensure_key(uow)
    found, issues = _carriers(session, carrier_ids), _issues(session, carrier_ids)
    items = []
    for carrier_id in carrier_ids:
        row = issues.get(carrier_id)
        if row is None:
            row = LabelIssue(carrier_id=carrier_id, issued=0)
            session.add(row)
        row.issued += 1
        items.append({"carrier": found[carrier_id].number, "issue": row.issued})
    log = LabelPrint(
        operator=uow.actor.name,
        template=template.name,
        printer=printer.strip() or PDF_PRINTER,
        start_position=start_position,
        reprint_reason=reason,
        items=json.dumps(items, ensure_ascii=False),
    )
    session.add(log)
    session.flush()
    uow.record(
        "print.labels",
        "label_print",
        log.id,
        after={
            "template": log.template,
            "printer": log.printer,
            "start_position": start_position,
            "reprint_reason": reason,
            "items": items,
        },
    )
    return log.id


@dataclass(frozen=True)
class PrintRequest:
    carrier_ids: list[int]
    template: LabelTemplate
    start_position: int = 1
    compact: bool = False  # force the short QR payload
    offset_mm: tuple[float, float] = (0.0, 0.0)  # the printer's calibration (right, down)
    reprint_reason: str = ""
    printer: str = PDF_PRINTER


def _render(uow: UnitOfWork, labels: list[LabelData], req: PrintRequest) -> bytes:
    buffer = io.BytesIO()
    render_labels(
        buffer,
        labels,
        req.template,
        start_position=req.start_position,
        offset_mm=req.offset_mm,
        compact=req.compact,
        footer=footer_in(uow),  # after the print is recorded: the PDF names its event
    )
    return buffer.getvalue()


def preview_labels(uow: UnitOfWork, req: PrintRequest) -> bytes:
    """The PDF the print would produce, recording nothing (the key is created if missing)."""
    require(uow.actor, Permission.EDIT_DATA)
    check_start(req.template, req.start_position)
    _check_batch(uow.session, req.carrier_ids)
    ensure_key(uow)
    return _render(uow, label_data(uow.session, req.carrier_ids, pending=True), req)


def print_labels(uow: UnitOfWork, req: PrintRequest) -> tuple[int, bytes]:
    """Record the print and render it in one transaction: (print log id, PDF)."""
    print_id = record_print(
        uow, req.carrier_ids, req.template, req.printer, req.start_position, req.reprint_reason
    )
    return print_id, _render(uow, label_data(uow.session, req.carrier_ids), req)


def save_labels(uow: UnitOfWork, req: PrintRequest, out_path: Path) -> int:
    """Print to a PDF file, which appears once the print record has committed; returns the
    print log id."""
    print_id, pdf = print_labels(uow, req)
    write_when_committed(uow, Path(out_path), pdf)
    return print_id


def write_when_committed(uow: UnitOfWork, out_path: Path, data: bytes) -> None:
    """Write `data` to `out_path` only once the unit of work's record has committed: until
    then it has a temporary name beside the target (removed if the transaction rolls back), so
    no printed or marked file exists without its record, whenever the process dies."""
    out_path = Path(out_path)
    fd, name = tempfile.mkstemp(dir=out_path.parent, prefix=f".{out_path.name}.", suffix=".tmp")
    temp = Path(name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    crash_point(AFTER_PDF)

    def committed(_session) -> None:
        crash_point(AFTER_COMMIT)
        replace_atomic(temp, out_path)

    def rolled_back(_session) -> None:
        temp.unlink(missing_ok=True)

    event.listen(uow.session, "after_commit", committed, once=True)
    event.listen(uow.session, "after_rollback", rolled_back, once=True)


def outline_pdf(template: LabelTemplate, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """The alignment test page: every label's rectangle, nothing else, nothing logged."""
    buffer = io.BytesIO()
    render_labels(buffer, [], template, offset_mm=offset_mm, outline=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class PrintLogRow:
    id: int
    printed_at: datetime  # local time
    operator: str
    template: str
    printer: str
    start_position: int
    reprint_reason: str
    items: list[tuple[str, int]]  # (carrier number, issue)

    @property
    def numbers(self) -> str:
        return "、".join(n if i < 2 else f"{n}（补 {i}）" for n, i in self.items)


def print_log(session: Session, limit: int = 500) -> list[PrintLogRow]:
    """The latest prints first."""
    q = select(LabelPrint).order_by(LabelPrint.id.desc()).limit(limit)
    return [
        PrintLogRow(
            p.id,
            p.printed_at.replace(tzinfo=UTC).astimezone(),  # stored naive UTC; shown local
            p.operator,
            p.template,
            p.printer,
            p.start_position,
            p.reprint_reason,
            [(i["carrier"], int(i["issue"])) for i in json.loads(p.items or "[]")],
        )
        for p in session.scalars(q)
    ]


def carrier_ids_for(session: Session, numbers: list[str]) -> list[int]:
    """Carrier ids for numbers as typed (CLI, scanner); unknown numbers are an error. One
    query per 500 numbers (a batch of 1,000 labels took 1,000 before)."""
    typed = [n for n in numbers if n.strip()]
    wanted = list(dict.fromkeys(n.strip() for n in typed))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), 500):
        q = select(Carrier.number, Carrier.id).where(Carrier.number.in_(wanted[i : i + 500]))
        found.update((number, id_) for number, id_ in session.execute(q))
    for n in typed:
        if n.strip() not in found:
            carriers.by_number(session, n)  # raises the one "no carrier numbered …" error
    return [found[n.strip()] for n in typed]


# --- area signs -------------------------------------------------------------------------------


def area_sign(uow: UnitOfWork, area_id: int, pagesize: str = "A4") -> bytes:
    """The A4 or A3 warning sign of a secret area (003 §9.2.2 d), audited as a print."""
    require(uow.actor, Permission.EDIT_DATA)
    if pagesize not in ("A4", "A3"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "标识牌纸张只能是 A4 或 A3"))
    area = areas.view(uow.session, area_id)
    mark = Mark(
        number=area.number,
        grade=area.grade,
        term="",
        unit=area.department,
        person=area.responsible,
        title=area.name,
    )
    uow.record("print.area_sign", "area", area_id, after={"number": area.number, "size": pagesize})
    buffer = io.BytesIO()
    render_area_sign(buffer, mark, pagesize, footer_in(uow))
    return buffer.getvalue()


# --- stamping existing documents (003 §9.2.2 b) ----------------------------------------------


def secret_mark(session: Session, secret_id: int) -> Mark:
    """The mark of one secret: its number, grade, term, department and owner."""
    secret = session.get(Secret, secret_id)
    if secret is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "商业秘密不存在"))
    if secret.status not in carriers.LIVE_SECRET:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "商业秘密 {number} 已解密、销毁或作废，不能加注标记"),
            number=secret.number,
        )
    grade = session.get(Grade, secret.grade_id)
    department = session.get(Department, secret.department_id) if secret.department_id else None
    owner = session.get(Person, secret.owner_id) if secret.owner_id else None
    return Mark(
        number=secret.number,
        grade=grade.name if grade else "",
        term=Term(secret.term_kind, secret.term_until, secret.term_event).text,
        unit=department.name if department else "",
        person=owner.name if owner else "",
        title=secret.subject,
    )


def stamp_pdf(uow: UnitOfWork, in_path: Path | str, out_path: Path | str, secret_id: int) -> int:
    """Write a copy of `in_path` with header, footer and watermark marks to `out_path`; the
    original is left untouched. Returns the page count; audited as `document.stamp`."""
    require(uow.actor, Permission.EDIT_DATA)
    in_path, out_path = Path(in_path), Path(out_path)
    if not in_path.is_file():
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到文件：{path}"), path=str(in_path))
    if out_path.resolve() == in_path.resolve():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "加注标记后的文件不能覆盖原文件，请另选位置")
        )
    if not out_path.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "保存位置不存在：{path}"), path=str(out_path.parent)
        )
    from tsdesk.documents.stamp import stamp_document  # pypdf: loaded when first needed

    mark = secret_mark(uow.session, secret_id)
    original = in_path.read_bytes()
    # The head before the stamp event: that event records the stamped file's hash.
    stamped, pages = stamp_document(original, mark, footer_in(uow))
    write_when_committed(uow, out_path, stamped)
    uow.record(
        "document.stamp",
        "secret",
        secret_id,
        after={
            "number": mark.number,
            "source": str(in_path),
            "output": str(out_path),
            "pages": pages,
            "source_sha256": hashlib.sha256(original).hexdigest(),
            "output_sha256": hashlib.sha256(stamped).hexdigest(),
        },
    )
    return pages


# --- reminders on the 工作台 ------------------------------------------------------------------

reminders.register(
    Reminder(
        key="labels.unlabelled",
        title=QT_TRANSLATE_NOOP("reminders", "载体尚未打印标识"),
        severity=Severity.DUE,
        count=lambda session, _today: carriers.count_unlabelled(session),
        page="carriers",
        filter={"unlabelled": True},
        hint=QT_TRANSLATE_NOOP("reminders", "在库、借出、送修或封存的载体，从未打印过保密标识。"),
        order=40,
    )
)
