"""Incident cases (003 §13): opening (by hand, 003 §13.3.1, or from the record where it
started), the records a case concerns, grading (003 §13.2 a–e), notes and corrections, closing,
and drills (003 §12.2). The steps are the playbook's (`playbook`); every act appends a timeline
entry (`timeline.append`).

The grading rule, in full (the dialog shows the same text, `RULE_TEXT`):

1. Each factor of 003 §13.2 a–e is scored 1 (slight) to 5 (grave) with a one-line reason.
2. Weighted mean S = Σ wᵢ·sᵢ / Σ wᵢ, with the weights in `FACTORS`: the secrets' grade (a),
   the manner (b) and the impact (d) count 2, scope (c) and the suspect (e) count 1.
3. S ≥ 4.25 suggests level 4 (特别重大), S ≥ 3.5 level 3, S ≥ 2.5 level 2, else level 1.
4. Publication or disclosure to a third party (b scored 5) of a secret of the highest grade
   (a scored 5) suggests at least level 3.

A person decides the level; another than the suggestion needs a reason. A drill (`is_drill`)
is numbered apart, marked 演练 everywhere, never counted in real statistics or reminders, and
recorded as a training drill when closed.

Times: `opened_at` and the timeline's `at` are UTC like the audit chain (the model's default);
what a person enters or a deadline (`discovered_at`, `graded_at`, `due_at`, `done_at`,
`closed_at`) is local wall time, compared with `datetime.now()`. `local()` shows a UTC one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    Area,
    Carrier,
    Drill,
    EntryKind,
    Grade,
    IncidentCase,
    IncidentEntry,
    IncidentKind,
    IncidentLink,
    IncidentLinkRole,
    IncidentSource,
    IncidentStatus,
    IncidentStep,
    Party,
    Person,
    Secret,
    Setting,
    StepStatus,
)
from tsdesk.services import carriers, reminders, settings, training
from tsdesk.services.audit_text import Labels
from tsdesk.services.incidents import playbook, timeline
from tsdesk.services.numbering import next_number
from tsdesk.services.permissions import Permission, require
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.vault import UnitOfWork

TITLE_MAX, NAME_MAX, TEXT_MAX = 200, 64, 4000
SCORE_MIN, SCORE_MAX = 1, 5
LEVELS = (1, 2, 3, 4)
RULE_VERSION = 1

KIND_LABELS: dict[IncidentKind, str] = {
    IncidentKind.LOSS: QT_TRANSLATE_NOOP("incidents", "载体遗失、失窃"),
    IncidentKind.IMPROPER_MEANS: QT_TRANSLATE_NOOP("incidents", "以不正当手段获取"),
    IncidentKind.USE_OF_OBTAINED: QT_TRANSLATE_NOOP("incidents", "披露、使用不正当获取的秘密"),
    IncidentKind.BREACH_OF_DUTY: QT_TRANSLATE_NOOP("incidents", "违反保密义务披露、使用"),
    IncidentKind.INDUCEMENT: QT_TRANSLATE_NOOP("incidents", "教唆、引诱、帮助他人违反保密义务"),
    IncidentKind.THIRD_PARTY: QT_TRANSLATE_NOOP("incidents", "第三人明知或应知仍获取、使用"),
    IncidentKind.OTHER: QT_TRANSLATE_NOOP("incidents", "其他"),
}
STATUS_LABELS: dict[IncidentStatus, str] = {
    IncidentStatus.NEW: QT_TRANSLATE_NOOP("incidents", "待定级"),
    IncidentStatus.ACTIVE: QT_TRANSLATE_NOOP("incidents", "处置中"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("incidents", "已结案"),
}
SOURCE_LABELS: dict[IncidentSource, str] = {
    IncidentSource.REPORT: QT_TRANSLATE_NOOP("incidents", "人员报告"),
    IncidentSource.CARRIER_LOST: QT_TRANSLATE_NOOP("incidents", "载体遗失"),
    IncidentSource.STOCKTAKE_MISSING: QT_TRANSLATE_NOOP("incidents", "盘点缺失"),
    IncidentSource.LABEL_FORGED: QT_TRANSLATE_NOOP("incidents", "伪造或未知标识"),
    IncidentSource.PERSON_EXIT: QT_TRANSLATE_NOOP("incidents", "人员离职"),
}
ROLE_LABELS: dict[IncidentLinkRole, str] = {
    IncidentLinkRole.INVOLVED: QT_TRANSLATE_NOOP("incidents", "涉及"),
    IncidentLinkRole.SUSPECT: QT_TRANSLATE_NOOP("incidents", "嫌疑人"),
    IncidentLinkRole.WITNESS: QT_TRANSLATE_NOOP("incidents", "知情人"),
}
ENTITY_LABELS: dict[str, str] = {
    "secret": QT_TRANSLATE_NOOP("incidents", "商业秘密"),
    "carrier": QT_TRANSLATE_NOOP("incidents", "载体"),
    "area": QT_TRANSLATE_NOOP("incidents", "涉密区域"),
    "person": QT_TRANSLATE_NOOP("incidents", "人员"),
    "party": QT_TRANSLATE_NOOP("incidents", "外部单位"),
}
DRILL_MARK = QT_TRANSLATE_NOOP("incidents", "演练")


@dataclass(frozen=True)
class Factor:
    key: str  # 003 §13.2 item letter
    label: str
    help: str
    weight: int


# 003 §13.2 a–e
FACTORS: tuple[Factor, ...] = (
    Factor(
        "a",
        QT_TRANSLATE_NOOP("incidents", "a) 商业秘密等级"),
        QT_TRANSLATE_NOOP("incidents", "5＝涉及最高等级的秘密；1＝等级很低或未涉及秘密"),
        2,
    ),
    Factor(
        "b",
        QT_TRANSLATE_NOOP("incidents", "b) 侵权方式"),
        QT_TRANSLATE_NOOP(
            "incidents", "5＝公开或披露给第三方；4＝使用；3＝未经许可复制；1＝仅可能接触"
        ),
        2,
    ),
    Factor(
        "c",
        QT_TRANSLATE_NOOP("incidents", "c) 侵权范围、内容及涉及领域"),
        QT_TRANSLATE_NOOP("incidents", "5＝范围广、涉及核心领域；1＝范围很小"),
        1,
    ),
    Factor(
        "d",
        QT_TRANSLATE_NOOP("incidents", "d) 对企业造成的影响"),
        QT_TRANSLATE_NOOP("incidents", "5＝重大损失或丧失竞争优势；1＝影响轻微"),
        2,
    ),
    Factor(
        "e",
        QT_TRANSLATE_NOOP("incidents", "e) 侵权嫌疑人的情况"),
        QT_TRANSLATE_NOOP(
            "incidents", "5＝已离职到竞争对手或身份不明、难以控制；1＝在职、可控、已配合"
        ),
        1,
    ),
)
FACTOR_KEYS = tuple(f.key for f in FACTORS)
LEVEL_AT = ((4.25, 4), (3.5, 3), (2.5, 2))

RULE_TEXT = QT_TRANSLATE_NOOP(
    "incidents",
    "规则：五项因素各评 1–5 分，加权平均 S＝Σ(权重×分)/Σ权重，权重 a、b、d 为 2，c、e 为 1。"
    "S≥4.25 建议第 4 级；S≥3.5 建议第 3 级；S≥2.5 建议第 2 级；否则第 1 级。"
    "最高等级的秘密（a 为 5 分）被公开或披露给第三方（b 为 5 分）的，至少建议第 3 级。"
    "定级人可另选级别，但须说明理由。",
)

AUDIT_LABELS = Labels(
    actions={
        "incident.open": QT_TRANSLATE_NOOP("audit", "立案"),
        "incident.grade": QT_TRANSLATE_NOOP("audit", "事件定级"),
        "incident.link": QT_TRANSLATE_NOOP("audit", "关联事件记录"),
        "incident.unlink": QT_TRANSLATE_NOOP("audit", "取消关联事件记录"),
        "incident.close": QT_TRANSLATE_NOOP("audit", "结案"),
        "read.incidents": QT_TRANSLATE_NOOP("audit", "查看事件清单"),
        "read.incident": QT_TRANSLATE_NOOP("audit", "查看事件"),
    },
    fields={
        "number": QT_TRANSLATE_NOOP("audit", "编号"),
        "title": QT_TRANSLATE_NOOP("audit", "标题"),
        "incident_kind": QT_TRANSLATE_NOOP("audit", "事件类别"),
        "source": QT_TRANSLATE_NOOP("audit", "来源"),
        "drill": QT_TRANSLATE_NOOP("audit", "演练"),
        "discovered_at": QT_TRANSLATE_NOOP("audit", "发现时间"),
        "discovered_by": QT_TRANSLATE_NOOP("audit", "发现人"),
        "facts": QT_TRANSLATE_NOOP("audit", "初步情况"),
        "record": QT_TRANSLATE_NOOP("audit", "记录"),
        "role": QT_TRANSLATE_NOOP("audit", "角色"),
        "scores": QT_TRANSLATE_NOOP("audit", "评分"),
        "weighted": QT_TRANSLATE_NOOP("audit", "加权得分"),
        "suggested_level": QT_TRANSLATE_NOOP("audit", "建议级别"),
        "level": QT_TRANSLATE_NOOP("audit", "级别"),
        "level_reason": QT_TRANSLATE_NOOP("audit", "不采纳建议的理由"),
        "steps_added": QT_TRANSLATE_NOOP("audit", "新增步骤数"),
        "conclusion": QT_TRANSLATE_NOOP("audit", "处理结论"),
        "lessons": QT_TRANSLATE_NOOP("audit", "经验教训与整改措施"),
        "drill_id": QT_TRANSLATE_NOOP("audit", "演练记录"),
    },
    values={
        "incident_kind": ("incidents", KIND_LABELS),
        "source": ("incidents", SOURCE_LABELS),
        "role": ("incidents", ROLE_LABELS),
    },
    formats={
        "scores": lambda v, tr: " ".join(f"{k}{s.get('score', '')}" for k, s in sorted(v.items()))
    },
    quiet=frozenset({"template_id", "entity_id"}),
)


def local(moment: datetime | None) -> datetime | None:
    """A stored UTC time (opened_at, a timeline entry's at) in local wall time."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def level_names(session: Session) -> list[str]:
    """The four level names, lowest first (setting incident_level_names)."""
    raw = str(settings.get(session, "incident_level_names"))
    names = [n.strip() for n in raw.replace("，", ",").split(",") if n.strip()]
    return [names[i] if i < len(names) else str(i + 1) for i in range(len(LEVELS))]


def level_name(session: Session, level: int | None) -> str:
    return level_names(session)[level - 1] if level in LEVELS else ""


# --- opening -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkInput:
    entity_type: str  # a key of ENTITY_LABELS
    entity_id: int
    role: IncidentLinkRole = IncidentLinkRole.INVOLVED
    note: str = ""


@dataclass
class CaseInput:
    title: str
    kind: IncidentKind
    discovered_at: datetime
    discovered_by: str
    facts: str = ""
    source: IncidentSource = IncidentSource.REPORT
    source_type: str = ""
    source_id: int | None = None
    is_drill: bool = False
    links: list[LinkInput] = field(default_factory=list)


_MODELS: dict[str, Any] = {
    "secret": Secret,
    "carrier": Carrier,
    "area": Area,
    "person": Person,
    "party": Party,
}


def describe(session: Session, entity_type: str, entity_id: int) -> str:
    """A linked record in a few words: its number and name."""
    model = _MODELS.get(entity_type)
    row = session.get(model, entity_id) if model is not None else None
    if row is None:
        return f"{entity_type} {entity_id}"
    if isinstance(row, Secret):
        return f"{row.number} {row.subject}"
    if isinstance(row, Carrier):
        return f"{row.number} {row.title}"
    if isinstance(row, (Area, Person)):
        return f"{row.number} {row.name}"
    return str(getattr(row, "name", ""))


def find_record(session: Session, entity_type: str, text: str) -> int:
    """The record a user names by its number (编号, 工号) or, for areas, people and outside
    parties, its exact name."""
    text = text.strip()
    model = _MODELS.get(entity_type)
    if model is None or not text:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写要关联的记录"))
    if model is Party:
        q = select(Party.id).where(Party.name == text)
    elif model in (Area, Person):
        q = select(model.id).where(or_(model.number == text, model.name == text))
    else:
        q = select(model.id).where(model.number == text)
    ids = session.scalars(q.limit(2)).all()
    if len(ids) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "找不到{what}“{text}”，或有重名：请填写编号"),
            what=ENTITY_LABELS[entity_type],
            text=text,
        )
    return int(ids[0])


def _check_link(session: Session, link: LinkInput) -> None:
    model = _MODELS.get(link.entity_type)
    if model is None or session.get(model, link.entity_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "要关联的记录不存在"))
    if not isinstance(link.role, IncidentLinkRole):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择关联角色"))
    if link.role == IncidentLinkRole.SUSPECT and link.entity_type not in ("person", "party"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "嫌疑人只能是人员或外部单位"))
    if link.role == IncidentLinkRole.WITNESS and link.entity_type != "person":
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "知情人只能是人员"))


def _check_case(inp: CaseInput) -> None:
    if not inp.title.strip() or len(inp.title.strip()) > TITLE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写事件标题（最多 200 个字）"))
    if not isinstance(inp.kind, IncidentKind):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择事件类别"))
    if not inp.discovered_by.strip() or len(inp.discovered_by.strip()) > NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写发现人（最多 64 个字）"))
    if not isinstance(inp.discovered_at, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写发现时间"))
    if inp.discovered_at > datetime.now() + timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "发现时间不能晚于现在"))
    if len(inp.facts) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "初步情况最多 4000 个字"))


def _role_word(role: IncidentLinkRole) -> str:
    return ROLE_LABELS[role]


def _link_text(session: Session, link: LinkInput) -> str:
    what = ENTITY_LABELS[link.entity_type]
    return f"{_role_word(link.role)}{what}：{describe(session, link.entity_type, link.entity_id)}"


def open_case(uow: UnitOfWork, inp: CaseInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    _check_case(inp)
    links = list(dict.fromkeys(inp.links))
    for link in links:
        _check_link(session, link)
    drill = bool(inp.is_drill)
    pattern_key = "drill_number_pattern" if drill else "incident_number_pattern"
    number = next_number(
        uow,
        "drill_case" if drill else "incident",
        settings.get(session, pattern_key),
        lambda n: (
            session.scalar(select(IncidentCase.id).where(IncidentCase.number == n)) is not None
        ),
    )
    case = IncidentCase(
        number=number,
        is_drill=drill,
        title=inp.title.strip(),
        kind=inp.kind,
        source=inp.source,
        source_type=inp.source_type,
        source_id=inp.source_id,
        status=IncidentStatus.NEW,
        discovered_at=inp.discovered_at.replace(microsecond=0),
        discovered_by=inp.discovered_by.strip(),
        facts=inp.facts.strip(),
        opened_by=uow.actor.name,
    )
    session.add(case)
    session.flush()
    for link in links:
        session.add(
            IncidentLink(
                case_id=case.id,
                entity_type=link.entity_type,
                entity_id=link.entity_id,
                role=link.role,
                note=link.note.strip(),
            )
        )
    session.flush()
    uow.record(
        "incident.open",
        "incident_case",
        case.id,
        after={
            "number": number,
            "title": case.title,
            "incident_kind": case.kind.value,
            "source": case.source.value,
            "drill": drill,
            "discovered_at": case.discovered_at,
            "discovered_by": case.discovered_by,
            "facts": case.facts,
            "status": case.status.value,  # replayed by `audit verify` (audit_replay)
        },
    )
    lines = [
        f"{'演练' if drill else '立案'} {number}：{case.title}",
        f"发现：{case.discovered_at:%Y-%m-%d %H:%M}，{case.discovered_by}",
    ]
    lines += [_link_text(session, link) for link in links]
    if case.facts:
        lines.append(f"初步情况：{case.facts}")
    timeline.append(uow, case.id, EntryKind.OPENED, "\n".join(lines))
    return case.id


def prefill(session: Session, source: IncidentSource, record_id: int) -> CaseInput:
    """A new case from the record where it started, its links filled in: a lost or missing
    carrier with its secrets (its custodian a witness), a forged label's carrier, a leaver as
    suspect with what they may know."""
    source = IncidentSource(source)
    now = datetime.now().replace(second=0, microsecond=0)
    inp = CaseInput("", IncidentKind.OTHER, now, "", source=source)
    if source in (
        IncidentSource.CARRIER_LOST,
        IncidentSource.STOCKTAKE_MISSING,
        IncidentSource.LABEL_FORGED,
    ):
        carrier = session.get(Carrier, record_id) if record_id else None
        if carrier is None:
            return inp
        inp.source_type, inp.source_id = "carrier", carrier.id
        words = {
            IncidentSource.CARRIER_LOST: "载体遗失",
            IncidentSource.STOCKTAKE_MISSING: "盘点缺失",
            IncidentSource.LABEL_FORGED: "发现伪造标识",
        }
        inp.title = f"{words[source]}：{carrier.number} {carrier.title}"[:TITLE_MAX]
        inp.kind = (
            IncidentKind.LOSS if source != IncidentSource.LABEL_FORGED else IncidentKind.OTHER
        )
        inp.links.append(LinkInput("carrier", carrier.id))
        for secret in carriers.secrets_of(session, carrier.id):
            inp.links.append(LinkInput("secret", secret.id))
        if carrier.custodian_id is not None:
            inp.links.append(LinkInput("person", carrier.custodian_id, IncidentLinkRole.WITNESS))
    elif source == IncidentSource.PERSON_EXIT:
        person = session.get(Person, record_id)
        if person is None:
            return inp
        inp.source_type, inp.source_id = "person", person.id
        inp.title = f"离职人员涉嫌泄密：{person.number} {person.name}"
        inp.kind = IncidentKind.BREACH_OF_DUTY
        inp.links.append(LinkInput("person", person.id, IncidentLinkRole.SUSPECT))
        from tsdesk.services import people

        for row in people.secrets_of(session, person.id):
            inp.links.append(LinkInput("secret", row.secret_id))
    inp.links = list(dict.fromkeys(inp.links))
    return inp


# --- links -------------------------------------------------------------------------------------


def add_link(uow: UnitOfWork, case_id: int, link: LinkInput) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    timeline.case_for_update(uow, case_id)
    _check_link(session, link)
    key = (case_id, link.entity_type, link.entity_id, link.role)
    if session.get(IncidentLink, key) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该记录已关联"))
    session.add(
        IncidentLink(
            case_id=case_id,
            entity_type=link.entity_type,
            entity_id=link.entity_id,
            role=link.role,
            note=link.note.strip(),
        )
    )
    session.flush()
    text = _link_text(session, link) + (f"（{link.note.strip()}）" if link.note.strip() else "")
    timeline.append(uow, case_id, EntryKind.LINK, "关联" + text)
    uow.record(
        "incident.link",
        "incident_case",
        case_id,
        after={
            "record": describe(session, link.entity_type, link.entity_id),
            "role": link.role.value,
            "entity_id": link.entity_id,
        },
    )


def remove_link(uow: UnitOfWork, case_id: int, link: LinkInput, reason: str) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    timeline.case_for_update(uow, case_id)
    row = session.get(IncidentLink, (case_id, link.entity_type, link.entity_id, link.role))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "该记录未关联"))
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明取消关联的理由"))
    session.delete(row)
    session.flush()
    timeline.append(
        uow, case_id, EntryKind.LINK, f"取消关联{_link_text(session, link)}。理由：{reason.strip()}"
    )
    uow.record(
        "incident.unlink",
        "incident_case",
        case_id,
        before={
            "record": describe(session, link.entity_type, link.entity_id),
            "role": link.role.value,
        },
        after={"reason": reason.strip()},
    )


@dataclass(frozen=True)
class LinkRow:
    entity_type: str
    entity_id: int
    role: IncidentLinkRole
    label: str
    note: str


def links_of(session: Session, case_id: int) -> list[LinkRow]:
    order = {k: n for n, k in enumerate(ENTITY_LABELS)}
    rows = [
        LinkRow(
            link.entity_type,
            link.entity_id,
            link.role,
            describe(session, link.entity_type, link.entity_id),
            link.note,
        )
        for link in session.scalars(select(IncidentLink).where(IncidentLink.case_id == case_id))
    ]
    roles = list(IncidentLinkRole)
    return sorted(rows, key=lambda r: (roles.index(r.role), order.get(r.entity_type, 9), r.label))


# --- grading (003 §13.2) -----------------------------------------------------------------------


def suggest(scores: Mapping[str, int]) -> tuple[int, float]:
    """The rule of the module docstring: (suggested level, weighted mean)."""
    total = sum(f.weight * int(scores[f.key]) for f in FACTORS)
    weighted = round(total / sum(f.weight for f in FACTORS), 2)
    level = next((lvl for at, lvl in LEVEL_AT if weighted >= at), 1)
    if int(scores["a"]) == 5 and int(scores["b"]) == 5:
        level = max(level, 3)
    return level, weighted


def grade_score(session: Session, case_id: int) -> tuple[int, str]:
    """Factor a, prefilled from the highest grade among the linked secrets (and the secrets
    of linked carriers): the highest active grade scores 5, each rank below one less."""
    ids = {r.entity_id for r in links_of(session, case_id) if r.entity_type == "secret"}
    for r in links_of(session, case_id):
        if r.entity_type == "carrier":
            ids.update(s.id for s in carriers.secrets_of(session, r.entity_id))
    if not ids:
        return 1, "未关联商业秘密"
    grade = session.scalar(
        select(Grade)
        .join(Secret, Secret.grade_id == Grade.id)
        .where(Secret.id.in_(ids))
        .order_by(Grade.rank)
        .limit(1)
    )
    if grade is None:
        return 1, "未关联商业秘密"
    top = session.scalar(select(func.min(Grade.rank)).where(Grade.active.is_(True))) or 1
    return max(SCORE_MIN, SCORE_MAX - (grade.rank - top)), f"所涉最高等级：{grade.name}"


@dataclass
class GradingInput:
    scores: dict[str, tuple[int, str]]  # factor key → (score, reason)
    level: int
    reason: str = ""  # required when the level is not the suggested one


def grading_of(case: IncidentCase) -> dict:
    return json.loads(case.grading) if case.grading else {}


def grade(uow: UnitOfWork, case_id: int, inp: GradingInput, now: datetime | None = None) -> int:
    """Score, decide the level, select the template and copy its steps (a regrading adds the
    steps the new template has and the case lacks). Returns how many steps were added."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    case = timeline.case_for_update(uow, case_id)
    if set(inp.scores) != set(FACTOR_KEYS):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请为 a–e 五项因素逐一评分"))
    for key, (score, reason) in inp.scores.items():
        if not SCORE_MIN <= int(score) <= SCORE_MAX:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "评分应在 1 到 5 之间"))
        if not reason.strip() or len(reason) > 200:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "请写明第 {key} 项评分的理由（最多 200 个字）"), key=key
            )
    suggested, weighted = suggest({k: s for k, (s, _) in inp.scores.items()})
    if inp.level not in LEVELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请选择事件级别"))
    reason = inp.reason.strip()
    if inp.level != suggested and not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "定级与建议不同，须说明理由"))
    playbook.ensure_default_templates(uow)
    template = playbook.template_for(session, inp.level, case.is_drill)
    if template is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "没有适用于该级别的启用预案：请在预案中设置")
        )
    at = (now or datetime.now()).replace(microsecond=0)
    before = {"level": case.level, "status": case.status.value}
    scores = {k: {"score": int(s), "reason": r.strip()} for k, (s, r) in sorted(inp.scores.items())}
    case.grading = json.dumps(
        {"rule": RULE_VERSION, "scores": scores, "weighted": weighted}, ensure_ascii=False
    )
    case.suggested_level, case.level = suggested, inp.level
    case.level_reason = reason if inp.level != suggested else ""
    case.graded_by, case.graded_at = uow.actor.name, at
    case.template_id = template.id
    first = case.status == IncidentStatus.NEW
    case.status = IncidentStatus.ACTIVE
    added = playbook.apply_template(uow, case, template.id, at)
    names = level_names(session)
    text = (
        f"定级：{names[inp.level - 1]}（规则建议 {names[suggested - 1]}，S＝{weighted}）；"
        + " ".join(f"{k}{v['score']}：{v['reason']}" for k, v in scores.items())
        + (f"；理由：{case.level_reason}" if case.level_reason else "")
        + f"；预案：{template.name}，新增步骤 {added} 个"
    )
    timeline.append(uow, case_id, EntryKind.GRADING, text)
    if first:
        timeline.append(uow, case_id, EntryKind.STATUS, "状态：待定级 → 处置中")
    uow.record(
        "incident.grade",
        "incident_case",
        case_id,
        before=before,
        after={
            "scores": scores,
            "weighted": weighted,
            "suggested_level": suggested,
            "level": inp.level,
            "level_reason": case.level_reason,
            "template": template.name,
            "steps_added": added,
            "status": case.status.value,
        },
    )
    return added


# --- notes, corrections, closing ---------------------------------------------------------------


def _case(session: Session, case_id: int) -> IncidentCase:
    case = session.get(IncidentCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该事件"))
    return case


def add_note(uow: UnitOfWork, case_id: int, text: str) -> int:
    """A note; also on a closed case (what happened after, e.g. a court's decision)."""
    require(uow.actor, Permission.EDIT_DATA)
    _case(uow.session, case_id)
    return timeline.append(uow, case_id, EntryKind.NOTE, text)


def correct_entry(uow: UnitOfWork, case_id: int, entry_id: int, text: str) -> int:
    """A wrong entry stays; a CORRECTION entry names it."""
    require(uow.actor, Permission.EDIT_DATA)
    _case(uow.session, case_id)
    return timeline.append(uow, case_id, EntryKind.CORRECTION, text, corrects_id=entry_id)


def close_case(
    uow: UnitOfWork,
    case_id: int,
    conclusion: str,
    lessons: str,
    participant_ids: tuple[int, ...] = (),
) -> None:
    """Close a graded case whose mandatory steps are all done (003 §13.3.5: conclusion,
    causes and who is responsible; lessons and corrective actions). A drill is also recorded
    as a training drill (003 §12.2) with its participants."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    case = timeline.case_for_update(uow, case_id)
    if case.status != IncidentStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请先定级，再按预案处置后结案"))
    still = playbook.open_mandatory(session, case_id)
    if still:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "还有必办步骤未完成，不能结案：{steps}"),
            steps="；".join(f"{s.position}. {s.title}" for s in still),
        )
    conclusion, lessons = conclusion.strip(), lessons.strip()
    if not conclusion or not lessons:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "结案须填写处理结论和经验教训"))
    if len(conclusion) > TEXT_MAX or len(lessons) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "处理结论和经验教训各最多 4000 个字"))
    now = datetime.now().replace(microsecond=0)
    if case.is_drill:
        story = "\n".join(
            f"{local(e.at):%m-%d %H:%M} {e.text.splitlines()[0]}"
            for e in timeline.entries(session, case_id)
        )
        case.drill_id = training.add_drill(
            uow,
            training.DrillInput(
                scenario=f"{case.number} {case.title}",
                held_on=min((local(case.opened_at) or now).date(), date.today()),
                timeline=story[:TEXT_MAX],
                findings=f"{conclusion}\n{lessons}",
                participant_ids=tuple(participant_ids),
            ),
        )
    case.conclusion, case.lessons = conclusion, lessons
    case.closed_by, case.closed_at = uow.actor.name, now
    timeline.append(uow, case_id, EntryKind.DECISION, f"处理结论：{conclusion}")
    timeline.append(uow, case_id, EntryKind.DECISION, f"经验教训与整改措施：{lessons}")
    timeline.append(uow, case_id, EntryKind.STATUS, "状态：处置中 → 已结案")
    case.status = IncidentStatus.CLOSED
    uow.record(
        "incident.close",
        "incident_case",
        case_id,
        before={"status": IncidentStatus.ACTIVE.value},
        after={
            "conclusion": conclusion,
            "lessons": lessons,
            "drill_id": case.drill_id,
            "status": case.status.value,
        },
    )


# --- reads -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    title: str
    is_drill: bool
    kind: IncidentKind
    status: IncidentStatus
    level: int | None
    opened_at: datetime
    next_due: datetime | None  # the earliest deadline of an open step

    def overdue(self, now: datetime | None = None) -> bool:
        return self.next_due is not None and self.next_due < (now or datetime.now())


@dataclass
class CaseFilter:
    status: IncidentStatus | None = None
    open_only: bool = False  # NEW or ACTIVE
    level: int | None = None
    drills: bool | None = None  # None: both; True: drills only; False: real cases only
    overdue: bool = False
    search: str = ""


def _next_due():
    return (
        select(func.min(IncidentStep.due_at))
        .where(IncidentStep.case_id == IncidentCase.id, IncidentStep.status == StepStatus.OPEN)
        .correlate(IncidentCase)
        .scalar_subquery()
    )


def _overdue_step(now: datetime):
    return and_(
        IncidentStep.status == StepStatus.OPEN,
        IncidentStep.due_at.is_not(None),
        IncidentStep.due_at < now,
    )


def list_cases(session: Session, f: CaseFilter | None = None) -> list[CaseRow]:
    f = f or CaseFilter()
    q = select(
        IncidentCase.id,
        IncidentCase.number,
        IncidentCase.title,
        IncidentCase.is_drill,
        IncidentCase.kind,
        IncidentCase.status,
        IncidentCase.level,
        IncidentCase.opened_at,
        _next_due(),
    )
    if f.status is not None:
        q = q.where(IncidentCase.status == f.status)
    if f.open_only:
        q = q.where(IncidentCase.status != IncidentStatus.CLOSED)
    if f.level is not None:
        q = q.where(IncidentCase.level == f.level)
    if f.drills is not None:
        q = q.where(IncidentCase.is_drill.is_(f.drills))
    if f.overdue:
        q = q.where(
            IncidentCase.status == IncidentStatus.ACTIVE,
            exists().where(IncidentStep.case_id == IncidentCase.id, _overdue_step(datetime.now())),
        )
    if f.search.strip():
        like = f"%{f.search.strip()}%"
        q = q.where(or_(IncidentCase.number.like(like), IncidentCase.title.like(like)))
    q = q.order_by(IncidentCase.opened_at.desc(), IncidentCase.id.desc())
    return [CaseRow(*r) for r in session.execute(q)]


def get_case(session: Session, case_id: int) -> IncidentCase:
    return _case(session, case_id)


def by_number(session: Session, number: str) -> IncidentCase:
    case = session.scalar(select(IncidentCase).where(IncidentCase.number == number.strip()))
    if case is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "没有编号为 {number} 的事件"), number=number.strip()
        )
    return case


def entry(session: Session, entry_id: int) -> IncidentEntry | None:
    return session.get(IncidentEntry, entry_id)


def cases_of(session: Session, entity_type: str, entity_id: int) -> list[IncidentCase]:
    """The cases a record is linked to (ix_incident_link_entity)."""
    ids = select(IncidentLink.case_id).where(
        IncidentLink.entity_type == entity_type, IncidentLink.entity_id == entity_id
    )
    return list(
        session.scalars(
            select(IncidentCase).where(IncidentCase.id.in_(ids)).order_by(IncidentCase.id)
        )
    )


# --- drills and reminders ------------------------------------------------------------------------


def last_drill(session: Session) -> date | None:
    """The last drill held: a training drill (a closed drill case records one)."""
    return session.scalar(select(func.max(Drill.held_on)))


def _days_before(today: date, key: str):
    """`today` less the days a setting holds, read inside the query (one COUNT)."""
    days = func.coalesce(
        select(Setting.value).where(Setting.key == key).scalar_subquery(),
        str(settings.SETTINGS[key].default),
    )
    return func.date(today.isoformat(), func.printf("-%d days", days))


def drill_due(session: Session, today: date | None = None) -> bool:
    """003 §12.2 常态化: no drill within drill_interval_days (ix on drill.held_on)."""
    today = today or date.today()
    recent = session.scalar(
        select(func.count(Drill.id)).where(
            Drill.held_on >= _days_before(today, "drill_interval_days")
        )
    )
    return not recent


def count_overdue_steps(session: Session, now: datetime | None = None) -> int:
    """Open steps past their deadline in real cases under way (ix_incident_step_status_due)."""
    return (
        session.scalar(
            select(func.count(IncidentStep.id))
            .join(IncidentCase, IncidentCase.id == IncidentStep.case_id)
            .where(
                _overdue_step(now or datetime.now()),
                IncidentCase.is_drill.is_(False),
                IncidentCase.status == IncidentStatus.ACTIVE,
            )
        )
        or 0
    )


def count_open(session: Session) -> int:
    """Real cases not closed (ix_incident_case_drill_status); drills never count."""
    return (
        session.scalar(
            select(func.count(IncidentCase.id)).where(
                IncidentCase.is_drill.is_(False), IncidentCase.status != IncidentStatus.CLOSED
            )
        )
        or 0
    )


def open_by_level(session: Session) -> dict[int | None, int]:
    """Real open cases per level (None: not graded yet)."""
    q = (
        select(IncidentCase.level, func.count(IncidentCase.id))
        .where(IncidentCase.is_drill.is_(False), IncidentCase.status != IncidentStatus.CLOSED)
        .group_by(IncidentCase.level)
    )
    return {level: n for level, n in session.execute(q)}


reminders.register(
    Reminder(
        key="incidents.open",
        title=QT_TRANSLATE_NOOP("reminders", "处置中的泄密事件"),
        severity=Severity.DUE,
        count=lambda session, today: count_open(session),
        page="incidents",
        filter={"open": True, "drills": False},
        hint=QT_TRANSLATE_NOOP("reminders", "尚未结案的泄密事件（不含演练），按级别见应急处置页。"),
        order=70,
    )
)
reminders.register(
    Reminder(
        key="incidents.overdue_steps",
        title=QT_TRANSLATE_NOOP("reminders", "事件处置步骤已超期"),
        severity=Severity.OVERDUE,
        count=lambda session, today: count_overdue_steps(session),
        page="incidents",
        filter={"overdue": True},
        hint=QT_TRANSLATE_NOOP("reminders", "处置中的事件有步骤已过期限仍未办理。"),
        order=71,
    )
)
reminders.register(
    Reminder(
        key="incidents.drill_due",
        title=QT_TRANSLATE_NOOP("reminders", "应急演练到期"),
        severity=Severity.DUE,
        count=lambda session, today: int(drill_due(session, today)),
        page="incidents",
        filter={"drills": True},
        hint=QT_TRANSLATE_NOOP(
            "reminders", "距上次泄密应急演练已超过设定的间隔，或从未演练：请组织一次演练。"
        ),
        order=72,
    )
)
