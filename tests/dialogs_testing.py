"""Every dialog of tsdesk.ui, built as the app builds it, for the screen-fit and keyboard
tests. Dialog classes are discovered: a new one must get a factory in DIALOGS (the test
`test_every_dialog_is_measured` says which)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from carriers_testing import World
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog, QWidget

import tsdesk.ui
from tsdesk.models import AgreementKind, AgreementStatus, MovementKind
from tsdesk.services import agreements, carriers, company, procedures
from tsdesk.services import audit as audit_service
from tsdesk.services.audit import AuditFilter
from tsdesk.ui.main_window import MainWindow
from tsdesk.ui.session import UiSession

ABSTRACT = {"GuardedDialog", "FormDialog", "InlineDialog", "CheckedDialog"}


def dialog_classes() -> dict[str, type[QDialog]]:
    """Every dialog (and wizard) class defined in tsdesk.ui."""
    for module in pkgutil.walk_packages(tsdesk.ui.__path__, "tsdesk.ui."):
        importlib.import_module(module.name)
    found: dict[str, type[QDialog]] = {}
    todo = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("tsdesk.") and sub.__name__ not in ABSTRACT:
                found[sub.__name__] = sub
    return found


@dataclass
class Ctx:
    world: World
    window: MainWindow
    session: UiSession
    carrier: int

    def page(self, name: str) -> QWidget:
        page = next(p for p in self.window.pages if type(p).__name__ == name)
        self.window.show_page(type(page))
        return page


def _pdf() -> bytes:
    """A one-page A4 PDF, drawn by Qt (independent of the document renderers)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(100, 100, "TSDesk")
    painter.end()
    return bytes(buffer.data())


def _png() -> bytes:
    """A scan-sized photo (A4 at 150 dpi), in memory."""
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _attachment(name: str, media_type: str, data: bytes):
    from datetime import datetime

    from tsdesk.services.attachments import AttachmentRow

    return AttachmentRow(
        1, name, media_type, len(data), "0" * 64, "", "admin", datetime.now(), None
    )


def _f(path: str, name: str) -> Callable[..., QDialog]:
    def make(*args, **kwargs):
        return getattr(importlib.import_module(path), name)(*args, **kwargs)

    return make


U = "tsdesk.ui."
T = U + "people.training_dialogs"


def _training(c: Ctx) -> dict[str, int]:
    """A session, a drill and an inspection with an action, with the longest texts a form
    shows, made once per context."""
    made = getattr(c, "_training", None)
    if made is None:
        from datetime import date

        from tsdesk.models import TrainingAudience
        from tsdesk.services import training

        long = "商业秘密保护制度宣讲与典型泄密案例分析（含研发、销售、采购岗位的专项要求）"
        with c.world.uow() as uow:
            people = (c.world.alice, c.world.bob)
            session = training.add_session(
                uow,
                training.SessionInput(
                    long, TrainingAudience.ALL, date.today(), "王丽娟", attendee_ids=people
                ),
            )
            drill = training.add_drill(
                uow, training.DrillInput(long, date.today(), long, long, people)
            )
            inspection = training.plan_inspection(
                uow, training.InspectionInput(long, date.today(), "王丽娟", long, long, long, long)
            )
            action = training.add_action(uow, inspection, long, date.today(), owner="王丽娟")
        made = {"session": session, "drill": drill, "inspection": inspection, "action": action}
        c._training = made
    return made


D = U + "destruction.dialogs"
LONG_DATA = (
    "文件服务器 \\\\fs01\\研发中心\\织机主轴热处理\\2019-2024 工艺试验原始数据（全部子目录）"
)


def _destruction(c: Ctx) -> int:
    """An approved request with a carrier and a data set, made once per context: what the
    execution dialog shows at its widest."""
    made = getattr(c, "_destruction", None)
    if made is not None:
        return made
    from carriers_testing import APPROVER, APPROVER_PASSWORD

    from tsdesk.models import DestructionItemKind, DestructionReason
    from tsdesk.services import approvals, destruction

    reason = DestructionReason.SUPERSEDED
    c.world.carrier("主轴热处理工艺图纸（存档副本）")  # the secret keeps a copy
    with c.world.uow() as uow:
        batch = destruction.create_request(
            uow,
            [
                destruction.ItemInput(DestructionItemKind.CARRIER, reason, carrier_id=c.carrier),
                destruction.ItemInput(DestructionItemKind.DATA, reason, description=LONG_DATA),
            ],
            "研发中心 2019-2024 年过期图纸及试验数据的集中销毁",
        )
        destruction.submit(uow, batch)
        approver = approvals.second_operator(uow, APPROVER, APPROVER_PASSWORD, "销毁审批")
        destruction.approve(uow, batch, approver)
    c._destruction = batch  # type: ignore[attr-defined]
    return batch


INC = U + "incidents.dialogs"
LONG_FACTS = "出差途中在高铁站遗失装有织机主轴热处理工艺图纸的公文包，已向铁路公安报失。" * 3


def _incident(c: Ctx, drill: bool = False) -> int:
    """A graded case (or drill) linking a secret, a carrier, a suspect and a witness, made
    once per context: what the case forms show at their widest."""
    key = "_drill_case" if drill else "_incident"
    made = getattr(c, key, None)
    if made is not None:
        return made
    from datetime import datetime

    from tsdesk.models import IncidentKind, IncidentLinkRole
    from tsdesk.services.incidents import cases

    with c.world.uow() as uow:
        case_id = cases.open_case(
            uow,
            cases.CaseInput(
                "研发中心主轴热处理工艺图纸在出差途中遗失，疑被竞争对手获取",
                IncidentKind.LOSS,
                datetime.now(),
                "王丽娟",
                LONG_FACTS,
                is_drill=drill,
                links=[
                    cases.LinkInput("secret", c.world.top_secret),
                    cases.LinkInput("carrier", c.carrier),
                    cases.LinkInput("person", c.world.alice, IncidentLinkRole.SUSPECT),
                    cases.LinkInput("person", c.world.bob, IncidentLinkRole.WITNESS),
                ],
            ),
        )
        scores = {k: (4, "涉及一级商密，影响较大，须立即处置并全面调查") for k in cases.FACTOR_KEYS}
        cases.grade(uow, case_id, cases.GradingInput(scores, 3))
    setattr(c, key, case_id)
    return case_id


def _case_preset(c: Ctx):
    from tsdesk.models import IncidentSource
    from tsdesk.services.incidents import cases

    return c.session.read(cases.prefill, IncidentSource.CARRIER_LOST, c.carrier)


def _first_step(c: Ctx, mandatory: bool = True) -> int:
    from tsdesk.services.incidents import playbook

    steps = c.session.read(playbook.steps_of, _incident(c))
    return next(s.id for s in steps if s.mandatory == mandatory)


def _first_link(c: Ctx):
    from tsdesk.services.incidents import cases

    return c.session.read(cases.links_of, _incident(c))[0]


def _template(c: Ctx) -> int:
    from tsdesk.services.incidents import playbook

    with c.world.uow() as uow:
        playbook.ensure_default_templates(uow)
        return playbook.list_templates(uow.session)[1].id


INCIDENT_DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "CaseDialog": lambda c: _f(INC, "CaseDialog")(c.session, _case_preset(c)),
    "IncidentGradingDialog": lambda c: _f(INC, "IncidentGradingDialog")(c.session, _incident(c)),
    "StepDialog": lambda c: _f(INC, "StepDialog")(c.session, _first_step(c, False), True),
    "AddStepDialog": lambda c: _f(INC, "AddStepDialog")(c.session, _incident(c)),
    "CaseNoteDialog": lambda c: _f(INC, "CaseNoteDialog")(c.session, _incident(c), (1, LONG_FACTS)),
    "CaseLinkDialog": lambda c: _f(INC, "CaseLinkDialog")(c.session, _incident(c)),
    "UnlinkDialog": lambda c: _f(INC, "UnlinkDialog")(c.session, _incident(c), _first_link(c)),
    "CloseCaseDialog": lambda c: _f(INC, "CloseCaseDialog")(c.session, _incident(c, drill=True)),
    "TemplateDialog": lambda c: _f(U + "incidents.templates", "TemplateDialog")(
        c.session, _template(c)
    ),
    "TemplatesDialog": lambda c: _f(U + "incidents.templates", "TemplatesDialog")(c.session),
}
DESTRUCTION_DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "RequestDialog": lambda c: _f(D, "RequestDialog")(c.session, [("carrier", c.carrier)]),
    "ExecuteDialog": lambda c: _f(D, "ExecuteDialog")(c.session, _destruction(c)),
    "TextDialog": lambda c: _f(D, "TextDialog")(
        c.session, "撤销销毁申请", "撤销原因", lambda uow, text: None
    ),
    "MethodDialog": lambda c: _f(D, "MethodDialog")(c.session),
    "HoldsDialog": lambda c: _f(D, "HoldsDialog")(c.session, "carrier", c.carrier, "ZT-2026-0001"),
}
TRAINING_DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "SessionDialog": lambda c: _f(T, "SessionDialog")(c.session, _training(c)["session"]),
    "ScoresDialog": lambda c: _f(T, "ScoresDialog")(c.session, _training(c)["session"]),
    "DrillDialog": lambda c: _f(T, "DrillDialog")(c.session, _training(c)["drill"]),
    "InspectionDialog": lambda c: _f(T, "InspectionDialog")(c.session, _training(c)["inspection"]),
    "ResultDialog": lambda c: _f(T, "ResultDialog")(c.session, _training(c)["inspection"]),
    "ActionDialog": lambda c: _f(T, "ActionDialog")(c.session, _training(c)["inspection"]),
    "CloseActionDialog": lambda c: _f(T, "CloseActionDialog")(c.session, _training(c)["action"]),
}
DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "FourEyesDialog": lambda c: _f("tsdesk.ui.four_eyes", "FourEyesDialog")(c.session, "定密审批"),
    "ChangeDialog": lambda c: _f("tsdesk.ui.register.secret_actions", "ChangeDialog")(
        c.session, c.world.top_secret
    ),
    "DeclassifyDialog": lambda c: _f("tsdesk.ui.register.secret_actions", "DeclassifyDialog")(
        c.session, c.world.top_secret
    ),
    "VoidDialog": lambda c: _f("tsdesk.ui.register.secret_actions", "VoidDialog")(
        c.session, c.world.top_secret
    ),
    "ReviewDialog": lambda c: _f("tsdesk.ui.register.secret_actions", "ReviewDialog")(
        c.session, c.world.top_secret
    ),
    "LoginDialog": lambda c: _f("tsdesk.ui.login", "LoginDialog")(c.session.vault.path),
    "FirstRunWizard": lambda c: _f("tsdesk.ui.wizard", "FirstRunWizard")(
        c.session.vault.path.parent / "new.tsdesk"
    ),
    "GradingDialog": lambda c: _f("tsdesk.ui.register.grading_dialog", "GradingDialog")(c.session),
    "GradesDialog": lambda c: _f("tsdesk.ui.register.grading_dialog", "GradesDialog")(c.session),
    "PdfPreviewDialog": lambda c: _f("tsdesk.ui.pdf_preview", "PdfPreviewDialog")(_pdf(), "台账"),
    "AttachmentPreviewDialog": lambda c: _f(U + "attachments", "AttachmentPreviewDialog")(
        _attachment("签到表扫描件.png", "image/png", _png()), _png()
    ),
    "ImportWizard": lambda c: _f("tsdesk.ui.register.import_wizard", "ImportWizard")(c.session),
    "SecretDialog": lambda c: _f("tsdesk.ui.register.secret_dialog", "SecretDialog")(
        c.session, None
    ),
    "CarrierDialog": lambda c: _f(U + "carriers.carrier_dialogs", "CarrierDialog")(
        c.session, c.carrier
    ),
    "MovementDialog": lambda c: _f(U + "carriers.carrier_dialogs", "MovementDialog")(
        c.session, c.carrier, MovementKind.BORROW
    ),
    "SealDialog": lambda c: _f(U + "carriers.carrier_dialogs", "SealDialog")(c.session, c.carrier),
    "SealCheckDialog": lambda c: _f(U + "carriers.carrier_dialogs", "SealCheckDialog")(
        c.session, c.carrier
    ),
    "NoteDialog": lambda c: _f(U + "carriers.carrier_dialogs", "NoteDialog")(
        c.session, "启封", "启封 ZT-2026-0001 图纸：载体回到在库状态。", "启封原因", carriers.unseal
    ),
    "RekeyConfirmDialog": lambda c: _f(U + "admin.settings", "RekeyConfirmDialog")(),
    "RecoveryKeyDialog": lambda c: _f(U + "admin.settings", "RecoveryKeyDialog")(
        c.session, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    ),
    "GrantDialog": lambda c: _f(U + "register.secret_detail", "GrantDialog")(
        c.session, c.world.top_secret
    ),
    "SecretDetailDialog": lambda c: _f(U + "register.secret_detail", "SecretDetailDialog")(
        c.session, c.world.top_secret
    ),
    "PersonDialog": lambda c: _f(U + "people.people", "PersonDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "JoinDialog": lambda c: _f(U + "people.procedures", "JoinDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "TransferDialog": lambda c: _f(U + "people.procedures", "TransferDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "ExitDialog": lambda c: _f(U + "people.procedures", "ExitDialog")(
        c.session, c.page("PeoplePage").model.row_at(0)
    ),
    "ProcedureDialog": lambda c: _f(U + "people.procedures", "ProcedureDialog")(
        c.session, _exit_procedure(c)
    ),
    "ItemDialog": lambda c: _f(U + "people.procedures", "ItemDialog")(
        c.session, c.session.read(procedures.get, _exit_procedure(c))
    ),
    "AreaDialog": lambda c: _f(U + "carriers.areas_tab", "AreaDialog")(c.session, c.world.archive),
    "AccessDialog": lambda c: _f(U + "carriers.areas_tab", "AccessDialog")(
        c.session, _loaded(c.page("CarriersPage").areas_tab).model.row_at(0)
    ),
    "DepartmentDialog": lambda c: _f(U + "admin.company", "DepartmentDialog")(
        c.session, c.session.read(company.list_departments)[0]
    ),
    "DesignationDialog": lambda c: _f(U + "admin.company", "DesignationDialog")(
        c.session, c.session.read(company.list_departments)
    ),
    "AuditDetailDialog": lambda c: _f(U + "admin.audit", "AuditDetailDialog")(
        c.session.read(audit_service.page, AuditFilter(), 0, 1)[0]
    ),
    "CustomTemplateDialog": lambda c: _f(U + "labels.dialogs", "CustomTemplateDialog")(c.session),
    "AreaSignDialog": lambda c: _f(U + "labels.dialogs", "AreaSignDialog")(c.session),
    "StampDialog": lambda c: _f(U + "labels.dialogs", "StampDialog")(c.session),
    "AddOperatorDialog": lambda c: _f(U + "admin.operators", "AddOperatorDialog")(c.session),
    "ResetPasswordDialog": lambda c: _f(U + "admin.operators", "ResetPasswordDialog")(
        c.session, c.page("OperatorsPage").model.row_at(0)
    ),
    "RoleDialog": lambda c: _f(U + "admin.operators", "RoleDialog")(
        c.session, c.page("OperatorsPage").model.row_at(0)
    ),
    "ChangeOwnPasswordDialog": lambda c: _f(U + "admin.operators", "ChangeOwnPasswordDialog")(
        c.session
    ),
    "AgreementDialog": lambda c: _f(U + "people.agreement_dialogs", "AgreementDialog")(
        c.session, _noncompete(c)
    ),
    "AgreementStatusDialog": lambda c: _f(U + "people.agreement_dialogs", "AgreementStatusDialog")(
        c.session, _noncompete(c), AgreementStatus.TERMINATED
    ),
    "NoncompeteLedgerDialog": lambda c: _f(
        U + "people.agreement_dialogs", "NoncompeteLedgerDialog"
    )(c.session, _noncompete(c)),
    "NoncompetePaymentDialog": lambda c: _f(
        U + "people.agreement_dialogs", "NoncompetePaymentDialog"
    )(c.session, c.session.read(agreements.ledger, _noncompete(c))[0]),
    "NoncompeteWaiverDialog": lambda c: _f(
        U + "people.agreement_dialogs", "NoncompeteWaiverDialog"
    )(c.session, _noncompete(c)),
    "NoncompeteStartDialog": lambda c: _f(U + "people.agreement_dialogs", "NoncompeteStartDialog")(
        c.session, _noncompete(c)
    ),
    "PartyDialog": lambda c: _f(U + "people.agreement_dialogs", "PartyDialog")(c.session),
    "PartiesDialog": lambda c: _f(U + "people.agreement_dialogs", "PartiesDialog")(c.session),
    "AgreementTemplatesDialog": lambda c: _f(
        U + "people.agreement_dialogs", "AgreementTemplatesDialog"
    )(c.session),
    **TRAINING_DIALOGS,
    **DESTRUCTION_DIALOGS,
    **INCIDENT_DIALOGS,
}


def _exit_procedure(c: Ctx) -> int:
    """An exit procedure with every kind of item (the widest the dialog gets)."""
    from datetime import date

    current = c.session.read(procedures.open_procedure, c.world.alice)
    if current is not None:
        return current.id
    with c.world.uow() as uow:
        proc = procedures.start_exit(uow, c.world.alice, date.today(), note="个人原因")
        procedures.add_item(uow, proc, "device", "笔记本电脑 ThinkPad X1 Carbon 序列号 PF2ABCDE")
    return proc


def _noncompete(c: Ctx) -> int:
    """A non-compete, in force for three months, with the longest wording the dialogs show."""
    from datetime import date, timedelta

    start = date.today() - timedelta(days=95)
    with c.world.uow() as uow:
        agreement_id = agreements.add_agreement(
            uow,
            agreements.AgreementInput(
                kind=AgreementKind.NONCOMPETE,
                person_id=c.world.alice,
                nc_starts_on=start,
                nc_months=24,
                nc_area="浙江省、江苏省、上海市",
                nc_business="剑杆织机、喷气织机及其引纬机构的设计、制造与销售",
                nc_monthly_fen=400_000,
                nc_average_wage_fen=1_500_000,
            ),
        )
        agreements.set_status(uow, agreement_id, AgreementStatus.SIGNED, start)
    return agreement_id


def _loaded(tab):
    tab.refresh()
    return tab


def _incident_case(c: Ctx) -> int:
    """A case about the test world's secret, with one evidence item (issue 15)."""
    from datetime import datetime

    from incidents_testing import make_case

    from tsdesk.models import EvidenceCategory, IncidentCase
    from tsdesk.services.incidents import evidence

    with c.world.read() as s:
        found = s.query(IncidentCase.id).filter(IncidentCase.number == "SJ-2026-901").scalar()
    if found is not None:
        return found
    case_id = make_case(c.world, number="SJ-2026-901")
    with c.world.uow() as uow:
        evidence.add_evidence(
            uow,
            case_id,
            evidence.EvidenceInput(
                EvidenceCategory.ACT, "竞争对手官网产品页面截图（含时间戳）", "张伟",
                datetime(2026, 3, 1, 9), keeper="法务部 王敏",
            ),
        )  # fmt: skip
    return case_id


def _evidence_row(c: Ctx):
    from tsdesk.services.incidents import evidence

    return c.session.read(evidence.evidence_of, _incident_case(c))[0]


INCIDENT_EVIDENCE_DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "AddEvidenceDialog": lambda c: _f(U + "incidents.evidence_tab", "AddEvidenceDialog")(
        c.session, _incident_case(c)
    ),
    "CustodyDialog": lambda c: _f(U + "incidents.evidence_tab", "CustodyDialog")(
        c.session, _evidence_row(c)
    ),
    "RemedyDialog": lambda c: _f(U + "incidents.remedies_tab", "RemedyDialog")(
        c.session, _incident_case(c)
    ),
}
DIALOGS.update(INCIDENT_EVIDENCE_DIALOGS)


def _rule_row():
    from datetime import date

    from tsdesk.models import RuleKind
    from tsdesk.services.compliance.rules import RuleRow

    return RuleRow(
        1, RuleKind.MANAGEMENT, "商业秘密保护管理制度", "〔2026〕3号", date(2026, 1, 5),
        None, None, "陈建国", "",
    )  # fmt: skip


def _hand_item() -> str:
    from tsdesk.services.compliance.assessment import HAND_KEYS

    return sorted(HAND_KEYS)[0]


CD = U + "compliance.dialogs"
COMPLIANCE_DIALOGS: dict[str, Callable[[Ctx], QDialog]] = {
    "RuleDialog": lambda c: _f(CD, "RuleDialog")(c.session),
    "ReviseDialog": lambda c: _f(CD, "ReviseDialog")(c.session, _rule_row()),
    "RepealDialog": lambda c: _f(CD, "RepealDialog")(c.session, _rule_row()),
    "DeclarationDialog": lambda c: _f(CD, "DeclarationDialog")(c.session),
    "AnswerDialog": lambda c: _f(CD, "AnswerDialog")(c.session, _hand_item()),
    "ProgrammeItemDialog": lambda c: _f(CD, "ProgrammeItemDialog")(c.session, 2026),
    "DoneDialog": lambda c: _f(CD, "DoneDialog")(c.session, 1, "第二季度保密宣传"),
}
DIALOGS.update(COMPLIANCE_DIALOGS)
