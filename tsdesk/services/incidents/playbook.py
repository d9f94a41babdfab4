"""The playbook (003 §13.3): case templates whose steps a graded case must run, the steps of
each case, and the one-click containment actions some steps name.

A template's steps are copied into the case when it is graded (`apply_template`), each due
`due_hours` after the grading; later edits of the template leave running cases alone, and a
regrading only adds the steps the case lacks (by title), never removing one. TSDesk ships the
defaults below (`ensure_default_templates` seeds them on first need, `reset_defaults` puts them
back); the enterprise edits its own copies. Templates are never deleted, only deactivated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import (
    AreaAccess,
    Carrier,
    CarrierStatus,
    EntryKind,
    IncidentCase,
    IncidentLink,
    IncidentLinkRole,
    IncidentStatus,
    IncidentStep,
    IncidentTemplate,
    IncidentTemplateStep,
    Knower,
    LegalHold,
    SealReason,
    StepStatus,
)
from tsdesk.services import areas, carriers, destruction, people
from tsdesk.services.audit_text import Labels
from tsdesk.services.incidents import timeline
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

LEVEL_MIN, LEVEL_MAX = 1, 4
TITLE_MAX, OWNER_MAX, TEXT_MAX = 200, 64, 2000
DUE_HOURS_MAX = 24 * 365

# The one-click actions a step may name (IncidentTemplateStep.action).
ACTIONS: dict[str, str] = {
    "holds": QT_TRANSLATE_NOOP("incidents", "法律保全所涉秘密和载体"),
    "revoke": QT_TRANSLATE_NOOP("incidents", "撤销嫌疑人的知悉权限和区域准入"),
    "seal": QT_TRANSLATE_NOOP("incidents", "封存在库的所涉载体"),
}
STEP_STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.OPEN: QT_TRANSLATE_NOOP("incidents", "待办"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("incidents", "已完成"),
    StepStatus.SKIPPED: QT_TRANSLATE_NOOP("incidents", "已跳过"),
}

AUDIT_LABELS = Labels(
    actions={
        "incident_template": QT_TRANSLATE_NOOP("audit", "事件处置预案"),
        "incident_template.save": QT_TRANSLATE_NOOP("audit", "保存事件处置预案"),
        "incident_template.active": QT_TRANSLATE_NOOP("audit", "启用或停用事件处置预案"),
        "incident_template.reset": QT_TRANSLATE_NOOP("audit", "恢复默认处置预案"),
        "incident_step": QT_TRANSLATE_NOOP("audit", "事件处置步骤"),
        "incident_step.add": QT_TRANSLATE_NOOP("audit", "新增处置步骤"),
        "incident_step.done": QT_TRANSLATE_NOOP("audit", "完成处置步骤"),
        "incident_step.skip": QT_TRANSLATE_NOOP("audit", "跳过处置步骤"),
    },
    entities={"incident_template": QT_TRANSLATE_NOOP("audit", "事件处置预案")},
    fields={
        "template": QT_TRANSLATE_NOOP("audit", "预案"),
        "level_min": QT_TRANSLATE_NOOP("audit", "适用最低级别"),
        "level_max": QT_TRANSLATE_NOOP("audit", "适用最高级别"),
        "for_drill": QT_TRANSLATE_NOOP("audit", "用于演练"),
        "active": QT_TRANSLATE_NOOP("audit", "启用"),
        "steps": QT_TRANSLATE_NOOP("audit", "步骤"),
        "step": QT_TRANSLATE_NOOP("audit", "步骤"),
        "title": QT_TRANSLATE_NOOP("audit", "标题"),
        "mandatory": QT_TRANSLATE_NOOP("audit", "必办"),
        "owner": QT_TRANSLATE_NOOP("audit", "负责人"),
        "due_at": QT_TRANSLATE_NOOP("audit", "期限"),
        "result": QT_TRANSLATE_NOOP("audit", "结果"),
    },
    quiet=frozenset({"step_id"}),
)


# --- the default templates (003 §13.3) ---------------------------------------------------------


@dataclass(frozen=True)
class StepInput:
    title: str
    description: str = ""
    mandatory: bool = True
    owner: str = ""
    due_hours: int | None = None
    action: str = ""


@dataclass
class TemplateInput:
    name: str
    level_min: int
    level_max: int
    for_drill: bool = False
    steps: list[StepInput] = field(default_factory=list)


def _steps(fast: bool) -> list[StepInput]:
    """The handling procedure of 003 §13.3; `fast` for the graver levels: shorter deadlines."""

    def h(slow: int, quick: int) -> int:
        return quick if fast else slow

    return [
        StepInput(
            "向管理层报告",  # 003 §13.3.1
            "向商业秘密管理部门和公司管理层报告事件经过、涉及的秘密和载体。",
            True,
            "保密负责人",
            h(24, 4),
        ),
        StepInput(
            "成立应急工作小组",  # 003 §13.3.2
            "保密、人事、法务、信息技术等部门协同，确定组长和分工。",
            True,
            "保密负责人",
            h(48, 8),
        ),
        StepInput(
            "对所涉秘密和载体实施法律保全",  # 003 §13.3.3: nothing involved may be destroyed
            "保全期间不得销毁所涉商业秘密的载体。",
            True,
            "保密员",
            h(24, 4),
            "holds",
        ),
        StepInput(
            "撤销嫌疑人的知悉权限和区域准入",  # 003 §13.3.3
            "",
            True,
            "保密员",
            h(24, 4),
            "revoke",
        ),
        StepInput(
            "封存或收回所涉载体",  # 003 §13.3.3 a
            "在库的载体封存作为证据；借出的载体立即收回。",
            True,
            "保密员",
            h(48, 8),
            "seal",
        ),
        StepInput(
            "保全日志并封存设备",  # 003 §13.3.3 c
            "调取嫌疑人近期下载、使用、传输的记录，封存其工作设备，调取其签署的保密协议。",
            True,
            "信息技术部门",
            h(72, 24),
        ),
        StepInput(
            "调查泄密原因、范围和流向",  # 003 §13.3.3 a
            "做好现场保护，确定侵权嫌疑人、原因、范围和流向。",
            True,
            "应急工作小组",
            h(168, 72),
        ),
        StepInput(
            "屏蔽或删除已上传的信息",  # 003 §13.3.3 b
            "秘密被上传至信息系统或互联网时，联系相关方屏蔽或删除。",
            False,
            "信息技术部门",
            h(72, 24),
        ),
        StepInput(
            "收集并固定证据",  # 003 §13.3.4, §10.2
            "按证据清单收集，记录来源、方式和保管人。",
            True,
            "法务",
            h(168, 72),
        ),
        StepInput("向公安机关报案", "涉嫌犯罪时。", False, "法务", h(336, 72)),
        StepInput("对外沟通与舆情应对", "", False, "管理层", None),
        StepInput(
            "决定维权途径",  # 003 §11
            "协商、调解、行政投诉、仲裁、诉讼或报案。",
            True,
            "法务",
            h(336, 168),
        ),
        StepInput(
            "追究责任",  # 003 §13.3.5
            "查明原因和责任人，对侵权行为人及相关管理人员追究责任。",
            True,
            "人事部门",
            h(720, 336),
        ),
        StepInput(
            "总结经验教训并落实整改",
            "写明原因、教训和整改措施，结案时填写。",
            True,
            "保密负责人",
            h(720, 720),
        ),
    ]


def default_templates() -> list[TemplateInput]:
    drill = [s for s in _steps(True) if s.action == "" or s.action == "holds"]
    return [
        TemplateInput("一般事件处置预案", 1, 1, False, _steps(False)),
        TemplateInput("较大及以上事件处置预案", 2, 4, False, _steps(True)),
        # A drill rehearses the procedure: no real grants are revoked or carriers sealed.
        TemplateInput("应急演练预案", 1, 4, True, drill),
    ]


# --- templates -----------------------------------------------------------------------------


def _check_template(session: Session, inp: TemplateInput, template_id: int | None) -> None:
    name = inp.name.strip()
    if not name or len(name) > 100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写预案名称（最多 100 个字）"))
    taken = session.scalar(select(IncidentTemplate.id).where(IncidentTemplate.name == name))
    if taken is not None and taken != template_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "已有名为 {name} 的预案"), name=name)
    if not LEVEL_MIN <= inp.level_min <= inp.level_max <= LEVEL_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "适用级别应在 1 到 4 之间，且由低到高"))
    if not inp.steps:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "预案至少要有一个步骤"))
    titles: set[str] = set()
    for step in inp.steps:
        _check_step(step.title, step.owner, step.description)
        if step.title.strip() in titles:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "步骤“{title}”重复"), title=step.title.strip()
            )
        titles.add(step.title.strip())
        if step.due_hours is not None and not 1 <= step.due_hours <= DUE_HOURS_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "期限应在 1 到 {max} 小时之间"), max=DUE_HOURS_MAX
            )
        if step.action and step.action not in ACTIONS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "未知的一键操作"))


def _check_step(title: str, owner: str, description: str) -> None:
    if not title.strip() or len(title.strip()) > TITLE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请填写步骤名称（最多 200 个字）"))
    if len(owner.strip()) > OWNER_MAX or len(description) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "负责人最多 64 个字，说明最多 2000 个字"))


def _snapshot(session: Session, template: IncidentTemplate) -> dict:
    return {
        "name": template.name,
        "level_min": template.level_min,
        "level_max": template.level_max,
        "for_drill": bool(template.for_drill),
        "active": bool(template.active),
        "steps": [s.title for s in template_steps(session, template.id)],
    }


def _write(session: Session, template: IncidentTemplate, inp: TemplateInput) -> None:
    template.name = inp.name.strip()
    template.level_min, template.level_max = inp.level_min, inp.level_max
    template.for_drill = bool(inp.for_drill)
    for old in template_steps(session, template.id):
        session.delete(old)  # cases keep their own copies: nothing refers to these rows
    session.flush()
    for position, step in enumerate(inp.steps, 1):
        session.add(
            IncidentTemplateStep(
                template_id=template.id,
                position=position,
                title=step.title.strip(),
                description=step.description.strip(),
                mandatory=bool(step.mandatory),
                owner=step.owner.strip(),
                due_hours=step.due_hours,
                action=step.action,
            )
        )
    session.flush()


def save_template(uow: UnitOfWork, template_id: int | None, inp: TemplateInput) -> int:
    require(uow.actor, Permission.EDIT_DATA)
    session = uow.session
    _check_template(session, inp, template_id)
    before = None
    if template_id is None:
        template = IncidentTemplate(
            name=inp.name.strip(), level_min=inp.level_min, level_max=inp.level_max
        )
        template.sort_order = (
            session.scalar(select(func.max(IncidentTemplate.sort_order))) or 0
        ) + 1
        session.add(template)
        session.flush()
    else:
        template = get_template(session, template_id)
        before = _snapshot(session, template)
    _write(session, template, inp)
    after = _snapshot(session, template)
    if after != before:
        uow.record("incident_template.save", "incident_template", template.id, before, after)
    return template.id


def set_template_active(uow: UnitOfWork, template_id: int, active: bool) -> None:
    require(uow.actor, Permission.EDIT_DATA)
    template = get_template(uow.session, template_id)
    if bool(template.active) == bool(active):
        return
    template.active = bool(active)
    uow.record(
        "incident_template.active",
        "incident_template",
        template.id,
        before={"active": not active},
        after={"active": bool(active)},
    )


def ensure_default_templates(uow: UnitOfWork) -> None:
    """Seed the shipped templates the first time a case needs one (an empty playbook)."""
    if uow.session.scalar(select(func.count(IncidentTemplate.id))):
        return
    _put_defaults(uow)


def _put_defaults(uow: UnitOfWork) -> None:
    session = uow.session
    for order, inp in enumerate(default_templates(), 1):
        template = session.scalar(select(IncidentTemplate).where(IncidentTemplate.name == inp.name))
        if template is None:
            template = IncidentTemplate(
                name=inp.name, level_min=inp.level_min, level_max=inp.level_max
            )
            session.add(template)
            session.flush()
        template.builtin, template.active, template.sort_order = True, True, order
        _write(session, template, inp)
        uow.record(
            "incident_template.reset",
            "incident_template",
            template.id,
            after=_snapshot(session, template),
        )


def reset_defaults(uow: UnitOfWork) -> None:
    """Put the shipped templates back as shipped (active); the enterprise's own stay as they
    are. A shipped one renamed by the enterprise stays too, beside the restored original."""
    require(uow.actor, Permission.EDIT_DATA)
    _put_defaults(uow)


def get_template(session: Session, template_id: int) -> IncidentTemplate:
    template = session.get(IncidentTemplate, template_id)
    if template is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该预案"))
    return template


def list_templates(session: Session, include_inactive: bool = True) -> list[IncidentTemplate]:
    q = select(IncidentTemplate).order_by(IncidentTemplate.sort_order, IncidentTemplate.id)
    if not include_inactive:
        q = q.where(IncidentTemplate.active.is_(True))
    return list(session.scalars(q))


def template_steps(session: Session, template_id: int) -> list[IncidentTemplateStep]:
    return list(
        session.scalars(
            select(IncidentTemplateStep)
            .where(IncidentTemplateStep.template_id == template_id)
            .order_by(IncidentTemplateStep.position)
        )
    )


def template_input(session: Session, template_id: int) -> TemplateInput:
    """A template as the editor edits it."""
    t = get_template(session, template_id)
    return TemplateInput(
        t.name,
        t.level_min,
        t.level_max,
        bool(t.for_drill),
        [
            StepInput(s.title, s.description, bool(s.mandatory), s.owner, s.due_hours, s.action)
            for s in template_steps(session, template_id)
        ],
    )


def template_for(session: Session, level: int, drill: bool) -> IncidentTemplate | None:
    """The active template for a level: a drill takes the drill template if there is one
    (003 §12.2), else the same rule as a real case."""
    active = [t for t in list_templates(session, include_inactive=False)]
    if drill:
        for t in active:
            if t.for_drill and t.level_min <= level <= t.level_max:
                return t
    for t in active:
        if not t.for_drill and t.level_min <= level <= t.level_max:
            return t
    return None


# --- a case's steps ----------------------------------------------------------------------------


def steps_of(session: Session, case_id: int) -> list[IncidentStep]:
    return list(
        session.scalars(
            select(IncidentStep)
            .where(IncidentStep.case_id == case_id)
            .order_by(IncidentStep.position, IncidentStep.id)
        )
    )


def apply_template(uow: UnitOfWork, case: IncidentCase, template_id: int, at: datetime) -> int:
    """Copy the template's steps the case lacks (by title); returns how many were added."""
    session = uow.session
    have = steps_of(session, case.id)
    titles = {s.title for s in have}
    position = max((s.position for s in have), default=0)
    added = 0
    for t in template_steps(session, template_id):
        if t.title in titles:
            continue
        position += 1
        session.add(
            IncidentStep(
                case_id=case.id,
                position=position,
                title=t.title,
                description=t.description,
                mandatory=t.mandatory,
                owner=t.owner,
                due_at=at + timedelta(hours=t.due_hours) if t.due_hours else None,
                action=t.action,
            )
        )
        added += 1
    session.flush()
    return added


def _step(uow: UnitOfWork, step_id: int) -> tuple[IncidentStep, IncidentCase]:
    step = uow.session.get(IncidentStep, step_id)
    if step is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "找不到该处置步骤"))
    case = timeline.case_for_update(uow, step.case_id)
    if step.status != StepStatus.OPEN:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "步骤“{title}”已办理"), title=step.title)
    return step, case


def step_by_position(session: Session, case_id: int, position: int) -> IncidentStep:
    step = session.scalar(
        select(IncidentStep).where(
            IncidentStep.case_id == case_id, IncidentStep.position == position
        )
    )
    if step is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "该事件没有第 {n} 步"), n=position)
    return step


def _finish(uow: UnitOfWork, step: IncidentStep, status: StepStatus, result: str) -> None:
    step.status = status
    step.result = result
    step.done_by = uow.actor.name
    step.done_at = datetime.now().replace(microsecond=0)
    word = "完成" if status == StepStatus.DONE else "跳过"
    text = f"{word}第 {step.position} 步：{step.title}" + (f"。{result}" if result else "")
    timeline.append(uow, step.case_id, EntryKind.STEP, text, ref_type="step", ref_id=step.id)
    uow.record(
        f"incident_step.{'done' if status == StepStatus.DONE else 'skip'}",
        "incident_case",
        step.case_id,
        after={"step_id": step.id, "step": step.title, "result": result},
    )


def complete_step(uow: UnitOfWork, step_id: int, note: str = "") -> None:
    require(uow.actor, Permission.EDIT_DATA)
    step, _ = _step(uow, step_id)
    if len(note) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "说明最多 2000 个字"))
    _finish(uow, step, StepStatus.DONE, note.strip())


def skip_step(uow: UnitOfWork, step_id: int, reason: str) -> None:
    """Only an optional step may be skipped, and only with a reason."""
    require(uow.actor, Permission.EDIT_DATA)
    step, _ = _step(uow, step_id)
    if step.mandatory:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{title}”是必办步骤，不能跳过"), title=step.title
        )
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请说明跳过的理由"))
    if len(reason) > TEXT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "说明最多 2000 个字"))
    _finish(uow, step, StepStatus.SKIPPED, reason.strip())


def add_step(
    uow: UnitOfWork,
    case_id: int,
    title: str,
    *,
    description: str = "",
    mandatory: bool = True,
    owner: str = "",
    due_at: datetime | None = None,
) -> int:
    """A step added by hand to a case that is not closed."""
    require(uow.actor, Permission.EDIT_DATA)
    timeline.case_for_update(uow, case_id)
    _check_step(title, owner, description)
    title = title.strip()
    if any(s.title == title for s in steps_of(uow.session, case_id)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "步骤“{title}”重复"), title=title)
    position = max((s.position for s in steps_of(uow.session, case_id)), default=0) + 1
    step = IncidentStep(
        case_id=case_id,
        position=position,
        title=title,
        description=description.strip(),
        mandatory=bool(mandatory),
        owner=owner.strip(),
        due_at=due_at,
    )
    uow.session.add(step)
    uow.session.flush()
    due = f"，期限 {due_at:%Y-%m-%d %H:%M}" if due_at else ""
    kind = "必办" if mandatory else "选办"
    timeline.append(
        uow,
        case_id,
        EntryKind.STEP,
        f"增加第 {position} 步（{kind}）：{title}{due}",
        ref_type="step",
        ref_id=step.id,
    )
    uow.record(
        "incident_step.add",
        "incident_case",
        case_id,
        after={
            "step_id": step.id,
            "title": title,
            "mandatory": bool(mandatory),
            "owner": step.owner,
            "due_at": due_at,
        },
    )
    return step.id


def open_mandatory(session: Session, case_id: int) -> list[IncidentStep]:
    return [s for s in steps_of(session, case_id) if s.mandatory and s.status == StepStatus.OPEN]


# --- one-click actions (003 §13.3.3) ---------------------------------------------------------


def _linked(session: Session, case_id: int, entity_type: str, role: IncidentLinkRole) -> list[int]:
    return list(
        session.scalars(
            select(IncidentLink.entity_id)
            .where(
                IncidentLink.case_id == case_id,
                IncidentLink.entity_type == entity_type,
                IncidentLink.role == role,
            )
            .order_by(IncidentLink.entity_id)
        )
    )


def _involved_records(session: Session, case_id: int) -> list[tuple[str, int]]:
    """Every linked secret and carrier (in any role), and the secrets of linked carriers."""
    q = select(IncidentLink.entity_type, IncidentLink.entity_id).where(
        IncidentLink.case_id == case_id, IncidentLink.entity_type.in_(("secret", "carrier"))
    )
    out = dict.fromkeys((t, i) for t, i in session.execute(q))
    for kind, entity_id in list(out):
        if kind == "carrier":
            for secret in carriers.secrets_of(session, entity_id):
                out.setdefault(("secret", secret.id))
    return list(out)


def _label(session: Session, entity_type: str, entity_id: int) -> str:
    if entity_type == "carrier":
        c = session.get(Carrier, entity_id)
        return c.number if c else str(entity_id)
    from tsdesk.models import Secret

    s = session.get(Secret, entity_id)
    return s.number if s else str(entity_id)


def _do_holds(uow: UnitOfWork, case: IncidentCase) -> tuple[bool, str]:
    session = uow.session
    placed, already = [], []
    for kind, entity_id in _involved_records(session, case.id):
        held = session.scalar(
            select(LegalHold.id).where(
                LegalHold.entity_type == kind,
                LegalHold.entity_id == entity_id,
                LegalHold.lifted_at.is_(None),
            )
        )
        label = _label(session, kind, entity_id)
        if held is not None:
            already.append(label)
            continue
        hold_id = destruction.place_hold(uow, kind, entity_id, f"泄密事件 {case.number}")
        timeline.append(
            uow,
            case.id,
            EntryKind.HOLD,
            f"法律保全：{label}",
            ref_type="legal_hold",
            ref_id=hold_id,
        )
        placed.append(label)
    if not placed and not already:
        return False, "未关联商业秘密或载体，无可保全的记录"
    parts = []
    if placed:
        parts.append("已保全 " + "、".join(placed))
    if already:
        parts.append("原已保全 " + "、".join(already))
    return True, "；".join(parts)


def _do_revoke(uow: UnitOfWork, case: IncidentCase) -> tuple[bool, str]:
    session = uow.session
    today = date.today()
    suspects = _linked(session, case.id, "person", IncidentLinkRole.SUSPECT)
    if not suspects:
        return False, "未关联人员嫌疑人"
    parts = []
    for person_id in suspects:
        person = people.get_person(session, person_id)
        knower_ids = session.scalars(
            select(Knower.id).where(Knower.person_id == person_id, people.current_clause(today))
        ).all()
        for knower_id in knower_ids:
            people.revoke(uow, knower_id, today)
        access_ids = session.scalars(
            select(AreaAccess.id).where(
                AreaAccess.person_id == person_id, areas.access_current_clause(today)
            )
        ).all()
        for access_id in access_ids:
            areas.revoke_access(uow, access_id, today)
        text = f"{person.number} {person.name}：撤销知悉权限 {len(knower_ids)} 项、区域准入 {len(access_ids)} 项"
        timeline.append(
            uow, case.id, EntryKind.CONTAINMENT, text, ref_type="person", ref_id=person_id
        )
        parts.append(text)
    return True, "；".join(parts)


def _do_seal(uow: UnitOfWork, case: IncidentCase) -> tuple[bool, str]:
    """Seal the linked carriers in store as evidence (003 §7.3.1 b); a lent one must first be
    recalled, so the step stays open until it is back and sealed."""
    session = uow.session
    ids = [i for t, i in _involved_records(session, case.id) if t == "carrier"]
    if not ids:
        return False, "未关联载体"
    sealed: list[str] = []
    gone: list[str] = []
    recall: list[str] = []
    for carrier_id in ids:
        carrier = carriers.get(session, carrier_id)
        if carrier.status == CarrierStatus.IN_STORE:
            place = carrier.location or "原存放位置"
            carriers.seal(
                uow,
                carrier_id,
                carriers.SealInput(
                    SealReason.EVIDENCE,
                    f"{case.number}-{len(sealed) + 1:02}",
                    place,
                    reason_note=f"泄密事件 {case.number}",
                ),
            )
            timeline.append(
                uow,
                case.id,
                EntryKind.CONTAINMENT,
                f"封存载体 {carrier.number}（{place}）",
                ref_type="carrier",
                ref_id=carrier_id,
            )
            sealed.append(carrier.number)
        elif carrier.status in (CarrierStatus.LENT, CarrierStatus.OUT_FOR_REPAIR):
            recall.append(carrier.number)
        elif carrier.status == CarrierStatus.SEALED:
            sealed.append(carrier.number + "（原已封存）")
        else:
            gone.append(carrier.number)
    parts = []
    if sealed:
        parts.append("已封存 " + "、".join(sealed))
    if gone:
        parts.append("已遗失或销毁 " + "、".join(gone))
    if recall:
        parts.append("须先收回 " + "、".join(recall))
        timeline.append(uow, case.id, EntryKind.CONTAINMENT, "；".join(parts))
        return False, "；".join(parts)
    return True, "；".join(parts)


_RUNNERS = {"holds": _do_holds, "revoke": _do_revoke, "seal": _do_seal}


def run_action(uow: UnitOfWork, step_id: int) -> tuple[bool, str]:
    """Run the step's one-click action. Done: the step is marked done with what was done.
    Not done (nothing to act on, or a carrier still out): the step stays open; the reason is
    returned. A drill only rehearses: it never touches real records (003 §12.2)."""
    require(uow.actor, Permission.EDIT_DATA)
    step, case = _step(uow, step_id)
    if step.action not in _RUNNERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "该步骤没有一键操作"))
    if case.status != IncidentStatus.ACTIVE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "请先定级"))
    if case.is_drill:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "演练不改动真实记录：请手工演练此步后标记完成")
        )
    done, result = _RUNNERS[step.action](uow, case)
    if done:
        _finish(uow, step, StepStatus.DONE, result)
    return done, result
