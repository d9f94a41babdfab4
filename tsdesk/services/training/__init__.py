"""Training sessions, drills and inspections (003 §12, §13.1, §5.3 b; 004 第十条).

`sessions`: training sessions, their attendees and scores, who is due for training;
`drills`: leak-response drills; `inspections`: plans, findings, corrective actions;
`prints`: the sign-in sheet and the inspection report. Everything is re-exported here, with
this module's audit labels and its 工作台 reminders.
"""

from __future__ import annotations

from tsdesk.errors import QT_TRANSLATE_NOOP
from tsdesk.services import reminders
from tsdesk.services.audit_text import Labels
from tsdesk.services.reminders import Reminder, Severity
from tsdesk.services.training.drills import (
    DrillInput,
    DrillRow,
    PersonDrill,
    add_drill,
    drills_of,
    get_drill,
    list_drills,
    participants_of,
    update_drill,
)
from tsdesk.services.training.inspections import (
    ACTION_FLAG_LABELS,
    ACTION_OWNER_KIND,
    DUE_SOON_DAYS,
    INSPECTION_OWNER_KIND,
    STATE_LABELS,
    ActionFlag,
    ActionRow,
    InspectionInput,
    InspectionRow,
    InspectionState,
    actions_of,
    add_action,
    attach_evidence,
    close_action,
    close_inspection,
    count_actions,
    get_action,
    get_inspection,
    link_stocktake,
    list_inspections,
    plan_inspection,
    record_result,
    state_of,
    update_plan,
)
from tsdesk.services.training.prints import (
    inspection_report_pdf,
    signin_sheet_pdf,
    write_inspection_report,
    write_signin_sheet,
)
from tsdesk.services.training.sessions import (
    AUDIENCE_LABELS,
    FLAG_LABELS,
    OWNER_KIND,
    AttendeeRow,
    DueRow,
    PersonTraining,
    SessionInput,
    SessionRow,
    TrainingFlag,
    add_session,
    attach_scan,
    attendees_of,
    count_flagged,
    due_for_training,
    get_session,
    last_trained,
    list_sessions,
    people_by_ids,
    people_choices,
    record_scores,
    trainings_of,
    update_session,
)

__all__ = [
    "ACTION_FLAG_LABELS",
    "ACTION_OWNER_KIND",
    "AUDIENCE_LABELS",
    "AUDIT_LABELS",
    "DUE_SOON_DAYS",
    "FLAG_LABELS",
    "INSPECTION_OWNER_KIND",
    "OWNER_KIND",
    "STATE_LABELS",
    "ActionFlag",
    "ActionRow",
    "AttendeeRow",
    "DrillInput",
    "DrillRow",
    "DueRow",
    "InspectionInput",
    "InspectionRow",
    "InspectionState",
    "PersonDrill",
    "PersonTraining",
    "SessionInput",
    "SessionRow",
    "TrainingFlag",
    "actions_of",
    "add_action",
    "add_drill",
    "add_session",
    "attach_evidence",
    "attach_scan",
    "attendees_of",
    "close_action",
    "close_inspection",
    "count_actions",
    "count_flagged",
    "drills_of",
    "due_for_training",
    "get_action",
    "get_drill",
    "get_inspection",
    "get_session",
    "inspection_report_pdf",
    "last_trained",
    "link_stocktake",
    "list_drills",
    "list_inspections",
    "list_sessions",
    "participants_of",
    "people_by_ids",
    "people_choices",
    "plan_inspection",
    "record_result",
    "record_scores",
    "signin_sheet_pdf",
    "state_of",
    "trainings_of",
    "update_drill",
    "update_plan",
    "update_session",
    "write_inspection_report",
    "write_signin_sheet",
]

# What the audit log calls this module's events and fields (read by audit_text).
AUDIT_LABELS = Labels(
    actions={
        "training": QT_TRANSLATE_NOOP("audit", "培训"),
        "training.add": QT_TRANSLATE_NOOP("audit", "登记培训"),
        "training.update": QT_TRANSLATE_NOOP("audit", "修改培训记录"),
        "training.scores": QT_TRANSLATE_NOOP("audit", "登记培训成绩"),
        "drill": QT_TRANSLATE_NOOP("audit", "演练"),
        "drill.add": QT_TRANSLATE_NOOP("audit", "登记泄密应急演练"),
        "drill.update": QT_TRANSLATE_NOOP("audit", "修改演练记录"),
        "inspection": QT_TRANSLATE_NOOP("audit", "保密检查"),
        "inspection.plan": QT_TRANSLATE_NOOP("audit", "制定检查计划"),
        "inspection.update": QT_TRANSLATE_NOOP("audit", "修改检查计划"),
        "inspection.result": QT_TRANSLATE_NOOP("audit", "登记检查结果"),
        "inspection.stocktake": QT_TRANSLATE_NOOP("audit", "关联盘点结果"),
        "inspection.action_add": QT_TRANSLATE_NOOP("audit", "新增整改措施"),
        "inspection.action_close": QT_TRANSLATE_NOOP("audit", "关闭整改措施"),
        "inspection.close": QT_TRANSLATE_NOOP("audit", "关闭检查"),
        "print.signin_sheet": QT_TRANSLATE_NOOP("audit", "打印培训签到表"),
        "print.inspection_report": QT_TRANSLATE_NOOP("audit", "打印检查报告"),
        "read.training": QT_TRANSLATE_NOOP("audit", "查看培训记录"),
    },
    entities={
        "training_session": QT_TRANSLATE_NOOP("audit", "培训"),
        "drill": QT_TRANSLATE_NOOP("audit", "演练"),
        "inspection": QT_TRANSLATE_NOOP("audit", "保密检查"),
    },
    fields={
        "topic": QT_TRANSLATE_NOOP("audit", "培训主题"),
        "audience": QT_TRANSLATE_NOOP("audit", "培训对象"),
        "held_on": QT_TRANSLATE_NOOP("audit", "日期"),
        "trainer": QT_TRANSLATE_NOOP("audit", "讲师"),
        "attendees": QT_TRANSLATE_NOOP("audit", "参训人员"),
        "test_scores": QT_TRANSLATE_NOOP("audit", "成绩"),
        "rows": QT_TRANSLATE_NOOP("audit", "人数"),
        "scenario": QT_TRANSLATE_NOOP("audit", "演练场景"),
        "timeline": QT_TRANSLATE_NOOP("audit", "过程记录"),
        "findings": QT_TRANSLATE_NOOP("audit", "发现的问题"),
        "participants": QT_TRANSLATE_NOOP("audit", "参加人员"),
        "title": QT_TRANSLATE_NOOP("audit", "检查名称"),
        "planned_on": QT_TRANSLATE_NOOP("audit", "计划日期"),
        "inspector": QT_TRANSLATE_NOOP("audit", "检查人"),
        "scope_areas": QT_TRANSLATE_NOOP("audit", "检查区域"),
        "scope_carriers": QT_TRANSLATE_NOOP("audit", "检查载体"),
        "scope_people": QT_TRANSLATE_NOOP("audit", "检查人员范围"),
        "rules": QT_TRANSLATE_NOOP("audit", "检查依据"),
        "conclusion": QT_TRANSLATE_NOOP("audit", "检查结论"),
        "done_on": QT_TRANSLATE_NOOP("audit", "检查日期"),
        "closed_on": QT_TRANSLATE_NOOP("audit", "关闭日期"),
        "stocktake_id": QT_TRANSLATE_NOOP("audit", "盘点记录"),
        "description": QT_TRANSLATE_NOOP("audit", "整改措施"),
        "owner": QT_TRANSLATE_NOOP("audit", "责任人"),
        "due_on": QT_TRANSLATE_NOOP("audit", "整改期限"),
        "evidence": QT_TRANSLATE_NOOP("audit", "整改佐证"),
        "note": QT_TRANSLATE_NOOP("audit", "说明"),
    },
    values={"audience": ("training", AUDIENCE_LABELS)},
    quiet=frozenset({"action"}),
)


# --- reminders on the 工作台 ------------------------------------------------------------------

reminders.register(
    Reminder(
        key="training.untrained",
        title=QT_TRANSLATE_NOOP("reminders", "超过一年未参加保密培训"),
        severity=Severity.DUE,
        count=lambda session, today: count_flagged(session, TrainingFlag.UNTRAINED, today),
        page="training",
        filter={"tab": "training", "flag": TrainingFlag.UNTRAINED.value},
        hint=QT_TRANSLATE_NOOP("reminders", "在职人员每年至少参加一次保密培训：请安排培训。"),
        order=70,
    )
)
reminders.register(
    Reminder(
        key="training.new_untrained",
        title=QT_TRANSLATE_NOOP("reminders", "新员工未按期参加保密培训"),
        severity=Severity.DUE,
        count=lambda session, today: count_flagged(session, TrainingFlag.NEW_UNTRAINED, today),
        page="training",
        filter={"tab": "training", "flag": TrainingFlag.NEW_UNTRAINED.value},
        hint=QT_TRANSLATE_NOOP(
            "reminders", "新员工应在入职后规定天数内接受保密培训（天数见设置）。"
        ),
        order=71,
    )
)
reminders.register(
    Reminder(
        key="inspection.actions_overdue",
        title=QT_TRANSLATE_NOOP("reminders", "检查整改措施逾期"),
        severity=Severity.OVERDUE,
        count=lambda session, today: count_actions(session, ActionFlag.OVERDUE, today),
        page="training",
        filter={"tab": "inspections", "flag": ActionFlag.OVERDUE.value},
        hint=QT_TRANSLATE_NOOP("reminders", "已过整改期限仍未关闭：请督促责任人并登记整改佐证。"),
        order=72,
    )
)
reminders.register(
    Reminder(
        key="inspection.actions_due",
        title=QT_TRANSLATE_NOOP("reminders", "检查整改措施 14 天内到期"),
        severity=Severity.INFO,
        count=lambda session, today: count_actions(session, ActionFlag.DUE_SOON, today),
        page="training",
        filter={"tab": "inspections", "flag": ActionFlag.DUE_SOON.value},
        hint=QT_TRANSLATE_NOOP("reminders", "整改期限临近：完成后登记整改佐证并关闭。"),
        order=73,
    )
)
