"""定级助手 — the grading assistant (003 §8.1.1) — and the table of grades (003 §8.1.2).

The rule, in full (the dialog shows the same text, `RULE_TEXT`):

1. The officer scores each of the six factors of 003 §8.1.1 a–f from 1 (low) to 5 (high) and
   gives a one-line reason for each score.
2. Weighted mean S = Σ wᵢ·sᵢ / Σ wᵢ with the weights in `FACTORS`: value (a) and harm (b)
   count 3, cost/lifecycle/feasibility (c) 2, the other three 1.
3. S ≥ 4.0 suggests rank 1 (the highest grade); S ≥ 2.5 rank 2; below that rank 3.
4. Core competitiveness (003 §8.1.1: 企业发展规划、产品技术方案、原材料资源、研发成本 "需列入较高
   等级"; 003 §6.4 b: data, algorithms and code) — if any item applies the suggestion is at
   least rank 2, and rank 1 when value (a) or harm (b) scored 5.
5. Rank r is the r-th active grade counted from the highest (the lowest active grade when
   there are fewer than r), so renamed or added grades keep working.

The officer may decide on another grade, giving a reason. Scores, suggestion, decision and
reason are stored with the secret (`Secret.grading`, JSON) and in the audit chain. Changing
the grade of a confirmed secret still takes the change approval (four eyes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, Problem, ValidationError
from tsdesk.models import Grade, Secret, SecretStatus
from tsdesk.services import register
from tsdesk.services.audit_text import Labels
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import Actor, UnitOfWork

SCORE_MIN, SCORE_MAX = 1, 5
RANK_1_AT = 4.0  # weighted mean at or above: rank 1
RANK_2_AT = 2.5  # at or above: rank 2; below: rank 3
REASON_MAX = 200
RULE_VERSION = 1


@dataclass(frozen=True)
class Factor:
    key: str  # 003 §8.1.1 item letter
    label: str
    help: str  # what a 5 and a 1 mean
    weight: int


# 003 §8.1.1 a–f
FACTORS: tuple[Factor, ...] = (
    Factor(
        "a",
        QT_TRANSLATE_NOOP("grading", "a) 商业秘密可能带来的商业价值"),
        QT_TRANSLATE_NOOP("grading", "5＝带来重大的直接或潜在经济利益、竞争优势；1＝价值很小"),
        3,
    ),
    Factor(
        "b",
        QT_TRANSLATE_NOOP("grading", "b) 泄露后对企业造成的危害程度"),
        QT_TRANSLATE_NOOP("grading", "5＝泄露将造成重大损失或丧失核心竞争优势；1＝影响轻微"),
        3,
    ),
    Factor(
        "c",
        QT_TRANSLATE_NOOP(
            "grading", "c) 研发成本、生命周期、技术成熟度、保密可行性及反向工程难易程度"
        ),
        QT_TRANSLATE_NOOP(
            "grading",
            "5＝投入大、生命周期长、技术成熟且难以反向工程；1＝投入小、即将过时或易被破解",
        ),
        2,
    ),
    Factor(
        "d",
        QT_TRANSLATE_NOOP("grading", "d) 所在行业领域的情况、周边技术情况"),
        QT_TRANSLATE_NOOP("grading", "5＝行业内领先、周边无替代方案；1＝行业内已较普遍"),
        1,
    ),
    Factor(
        "e",
        QT_TRANSLATE_NOOP("grading", "e) 泄露后可能承担的法律责任"),
        QT_TRANSLATE_NOOP("grading", "5＝可能对客户、合作方承担重大违约或法律责任；1＝几乎没有"),
        1,
    ),
    Factor(
        "f",
        QT_TRANSLATE_NOOP("grading", "f) 目前在企业内被知悉的范围"),
        QT_TRANSLATE_NOOP("grading", "5＝仅极少数人知悉、可严格限定；1＝已在企业内广泛知悉"),
        1,
    ),
)
FACTOR_KEYS = tuple(f.key for f in FACTORS)

# 003 §8.1.1 (last paragraph) and 003 §6.4 b: information that must be graded higher.
CORE_ITEMS: dict[str, str] = {
    "plan": QT_TRANSLATE_NOOP("grading", "企业发展规划"),
    "product": QT_TRANSLATE_NOOP("grading", "产品技术方案"),
    "materials": QT_TRANSLATE_NOOP("grading", "原材料资源"),
    "rd_cost": QT_TRANSLATE_NOOP("grading", "研发成本"),
    "data_code": QT_TRANSLATE_NOOP("grading", "数据、算法及代码"),
}

# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "grade": QT_TRANSLATE_NOOP("audit", "保密等级"),
        "grade.add": QT_TRANSLATE_NOOP("audit", "新增保密等级"),
        "grade.update": QT_TRANSLATE_NOOP("audit", "修改保密等级"),
        "secret.grading": QT_TRANSLATE_NOOP("audit", "定级评估"),
    },
    entities={
        "grade": QT_TRANSLATE_NOOP("audit", "保密等级"),
    },
    fields={
        "rank": QT_TRANSLATE_NOOP("audit", "次序"),
        "review_interval_months": QT_TRANSLATE_NOOP("audit", "审查周期（月）"),
        "default_term_years": QT_TRANSLATE_NOOP("audit", "默认期限（年）"),
        "movement_needs_approval": QT_TRANSLATE_NOOP("audit", "流转须审批"),
        "by": QT_TRANSLATE_NOOP("audit", "评估人"),
        "core": QT_TRANSLATE_NOOP("audit", "核心事项"),
        "decided_grade": QT_TRANSLATE_NOOP("audit", "确定等级"),
        "override_reason": QT_TRANSLATE_NOOP("audit", "不采纳建议的理由"),
        "scores": QT_TRANSLATE_NOOP("audit", "评分"),
        "suggested_grade": QT_TRANSLATE_NOOP("audit", "建议等级"),
        "weighted": QT_TRANSLATE_NOOP("audit", "加权得分"),
        "on": QT_TRANSLATE_NOOP("audit", "日期"),
    },
    values={"core": ("grading", CORE_ITEMS)},
    refs={"by": "login"},
    formats={
        "scores": lambda v, tr: " ".join(f"{k}{s.get('score', '')}" for k, s in sorted(v.items()))
    },
    quiet=frozenset({"decided_grade_id", "suggested_grade_id", "suggested_rank", "rule"}),
)

RULE_TEXT = QT_TRANSLATE_NOOP(
    "grading",
    "规则：六项因素各评 1–5 分，加权平均 S＝Σ(权重×分)/Σ权重，权重 a、b 为 3，c 为 2，d、e、f 为 1。"
    "S≥4.0 建议最高一级；S≥2.5 建议第二级；否则第三级。"
    "涉及核心竞争力（企业发展规划、产品技术方案、原材料资源、研发成本，或数据、算法及代码）的，"
    "至少建议第二级；其中 a 或 b 为 5 分的，建议最高一级。"
    "定级人可另选等级，但须说明理由。",
)


@dataclass(frozen=True)
class Suggestion:
    weighted: float  # S, rounded to two places
    base_rank: int  # from S alone
    rank: int  # after the core-competitiveness push
    pushed: bool  # the push raised it


def suggest(scores: Mapping[str, int], core: Iterable[str]) -> Suggestion:
    """The rule of the module docstring. `scores` holds 1–5 for every factor."""
    for key in FACTOR_KEYS:
        value = scores.get(key)
        if not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "每项因素须评 1–5 分"))
    total = sum(f.weight * scores[f.key] for f in FACTORS)
    weighted = round(total / sum(f.weight for f in FACTORS), 2)
    base = 1 if weighted >= RANK_1_AT else 2 if weighted >= RANK_2_AT else 3
    rank = base
    if any(item in CORE_ITEMS for item in core):
        top = scores["a"] == SCORE_MAX or scores["b"] == SCORE_MAX
        rank = min(rank, 1 if top else 2)
    return Suggestion(weighted, base, rank, rank < base)


def grade_for_rank(grades: list[Grade], rank: int) -> Grade:
    """The rank-th grade from the highest among `grades` (active, ordered by rank)."""
    if not grades:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "没有可用的保密等级"))
    return grades[min(rank, len(grades)) - 1]


@dataclass
class GradingSheet:
    """What the officer filled in: a score and reason per factor, the core items that apply,
    the grade decided on and, when it differs from the suggestion, why."""

    scores: dict[str, tuple[int, str]] = field(default_factory=dict)
    core: list[str] = field(default_factory=list)
    decided_grade_id: int | None = None
    override_reason: str = ""


def sheet_problems(session: Session, sheet: GradingSheet) -> list[Problem]:
    """Every problem of a sheet; field names are `score.<key>`, `reason.<key>`, `core`,
    `decided_grade_id`, `override_reason`."""
    problems: list[Problem] = []
    for key in FACTOR_KEYS:
        value, reason = sheet.scores.get(key, (None, ""))
        if not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
            problems.append(
                Problem(f"score.{key}", QT_TRANSLATE_NOOP("errors", "每项因素须评 1–5 分"))
            )
        if not reason.strip():
            problems.append(
                Problem(f"reason.{key}", QT_TRANSLATE_NOOP("errors", "每项评分须写一句理由"))
            )
        elif len(reason.strip()) > REASON_MAX:
            problems.append(
                Problem(
                    f"reason.{key}", QT_TRANSLATE_NOOP("errors", "评分理由过长（最多 200 个字符）")
                )
            )
    if any(item not in CORE_ITEMS for item in sheet.core):
        problems.append(Problem("core", QT_TRANSLATE_NOOP("errors", "核心竞争力事项无效")))
    grade = session.get(Grade, sheet.decided_grade_id) if sheet.decided_grade_id else None
    if grade is None or not grade.active:
        problems.append(Problem("decided_grade_id", QT_TRANSLATE_NOOP("errors", "保密等级无效")))
    if grade is None or any(p.field.startswith(("score.", "core")) for p in problems):
        return problems  # no suggestion to compare with
    suggested = suggested_grade(session, sheet)
    if grade.id != suggested.id and not sheet.override_reason.strip():
        problems.append(
            Problem(
                "override_reason",
                QT_TRANSLATE_NOOP("errors", "所定等级与建议等级不同，须说明理由"),
            )
        )
    return problems


def suggested_grade(session: Session, sheet: GradingSheet) -> Grade:
    rank = suggest({k: v for k, (v, _) in sheet.scores.items()}, sheet.core).rank
    return grade_for_rank(register.grades(session), rank)


def to_record(session: Session, sheet: GradingSheet, by: str, on: date) -> dict:
    """What is stored in Secret.grading and the audit chain: self-describing, with names."""
    suggestion = suggest({k: v for k, (v, _) in sheet.scores.items()}, sheet.core)
    suggested = grade_for_rank(register.grades(session), suggestion.rank)
    decided = session.get(Grade, sheet.decided_grade_id) if sheet.decided_grade_id else None
    if decided is None:  # problems() tells the form; this guards every other caller
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "保密等级不存在"))
    return {
        "rule": RULE_VERSION,
        "scores": {
            k: {"score": v, "reason": r.strip()} for k, (v, r) in sorted(sheet.scores.items())
        },
        "core": sorted(set(sheet.core)),
        "weighted": suggestion.weighted,
        "suggested_rank": suggestion.rank,
        "suggested_grade_id": suggested.id,
        "suggested_grade": suggested.name,
        "decided_grade_id": decided.id,
        "decided_grade": decided.name,
        "override_reason": sheet.override_reason.strip() if decided.id != suggested.id else "",
        "by": by,
        "on": on.isoformat(),
    }


def stored(secret: Secret) -> dict | None:
    """The secret's last grading record, or None."""
    try:
        value = json.loads(secret.grading or "{}")
    except ValueError:
        return None
    return value if isinstance(value, dict) and value.get("scores") else None


def sheet_of(secret: Secret) -> GradingSheet | None:
    """The stored record as a sheet, to start the dialog from the last assessment."""
    value = stored(secret)
    if value is None:
        return None
    return GradingSheet(
        scores={k: (int(v["score"]), str(v["reason"])) for k, v in value["scores"].items()},
        core=list(value.get("core", [])),
        decided_grade_id=value.get("decided_grade_id"),
        override_reason=value.get("override_reason", ""),
    )


def record(
    uow: UnitOfWork, secret_id: int, sheet: GradingSheet, approver: Actor | None = None
) -> dict:
    """Store an assessment with the secret and apply its decision: a proposed secret takes
    the grade at once; a confirmed one only through the change approval (pass `approver`,
    from approvals.second_operator). Returns the stored record."""
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    secret = register.get(session, secret_id)
    if secret.status not in register.LIVE_STATUSES:
        raise ValidationError(register.TRANSITIONS[register.Move.EDIT][2])
    problems = sheet_problems(session, sheet)
    if problems:
        raise problems[0].error()
    value = to_record(session, sheet, uow.actor.name, date.today())
    if value["decided_grade_id"] != secret.grade_id:
        if secret.status == SecretStatus.CONFIRMED:
            if approver is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "已确定的商业秘密变更等级或期限须经审批")
                )
            register.change_grade_term(
                uow,
                secret_id,
                approver,
                grade_id=value["decided_grade_id"],
                term_kind=secret.term_kind,
                term_until=secret.term_until,
                term_event=secret.term_event,
                reason=value["override_reason"] or f"定级助手建议：{value['suggested_grade']}",
            )
        else:
            before = register.snapshot(secret)
            secret.grade_id = value["decided_grade_id"]
            uow.session.flush()
            uow.record(
                "secret.update", "secret", secret.id, before=before, after=register.snapshot(secret)
            )
    secret.grading = json.dumps(value, ensure_ascii=False, sort_keys=True)
    uow.record("secret.grading", "secret", secret.id, after=value)
    return value


# --- the grades (003 §8.1.2): admin only -------------------------------------------------------

NAME_MAX = 32


def _check_grade(
    session: Session,
    name: str,
    review_interval_months: int,
    default_term_years: int | None,
    grade_id: int | None = None,
) -> None:
    if not name or len(name) > NAME_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "等级名称不能为空，最多 32 个字符"))
    taken = session.scalar(select(Grade.id).where(Grade.name == name))
    if taken is not None and taken != grade_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已有名为 {name} 的等级"), name=name)
    if not isinstance(review_interval_months, int) or not 1 <= review_interval_months <= 60:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "审查周期应在 1 到 60 个月之间"))
    if default_term_years is not None and not 1 <= default_term_years <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "默认保密期限应在 1 到 100 年之间，或为长期")
        )


def _grade_snapshot(grade: Grade) -> dict:
    return {
        "name": grade.name,
        "rank": grade.rank,
        "review_interval_months": grade.review_interval_months,
        "default_term_years": grade.default_term_years,
        "movement_needs_approval": grade.movement_needs_approval,
    }


def add_grade(
    uow: UnitOfWork,
    name: str,
    *,
    review_interval_months: int = 12,
    default_term_years: int | None = None,
    movement_needs_approval: bool = True,
    rank: int | None = None,
) -> int:
    """A new grade, below the others or at `rank` (those from it move one down)."""
    require(uow.actor, Permission.EDIT_SETTINGS)
    session = uow.session
    name = name.strip()
    _check_grade(session, name, review_interval_months, default_term_years)
    lowest = session.scalar(select(func.max(Grade.rank))) or 0
    rank = lowest + 1 if rank is None else rank
    if not 1 <= rank <= lowest + 1:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "等级次序无效"))
    for other in session.scalars(
        select(Grade).where(Grade.rank >= rank).order_by(Grade.rank.desc())
    ):
        other.rank += 1
    grade = Grade(
        name=name,
        rank=rank,
        review_interval_months=review_interval_months,
        default_term_years=default_term_years,
        movement_needs_approval=movement_needs_approval,
        active=True,
    )
    session.add(grade)
    session.flush()
    uow.record("grade.add", "grade", grade.id, after=_grade_snapshot(grade))
    return grade.id


def update_grade(
    uow: UnitOfWork,
    grade_id: int,
    *,
    name: str,
    review_interval_months: int,
    default_term_years: int | None,
    movement_needs_approval: bool,
) -> None:
    """Rename a grade or change its review interval, default term (None: 长期) and whether
    moving its carriers needs approval. Secrets keep their grade; the new interval applies
    from their next review."""
    require(uow.actor, Permission.EDIT_SETTINGS)
    grade = uow.session.get(Grade, grade_id)
    if grade is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "保密等级不存在"))
    name = name.strip()
    _check_grade(uow.session, name, review_interval_months, default_term_years, grade_id)
    before = _grade_snapshot(grade)
    grade.name = name
    grade.review_interval_months = review_interval_months
    grade.default_term_years = default_term_years
    grade.movement_needs_approval = movement_needs_approval
    if _grade_snapshot(grade) != before:
        uow.record("grade.update", "grade", grade.id, before=before, after=_grade_snapshot(grade))
