"""The year's application (004 附表1–3) as the user edits it: a draft per year and form
(BaseApplication), prefilled from the company profile and the data, edited without
touching the profile unless asked, printed for the authority and audited.

The printed form carries no operator name and no audit-chain head on its page (it goes to
the 县市场监管局, 004 第十一条（三）); the chain head and print time are in its document
information only (documents/forms: an `annex` form is official)."""

from __future__ import annotations

import dataclasses
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from tsdesk.models import BaseApplication, CompanyProfile, OrgKind, Person, PersonStatus
from tsdesk.models.base import utcnow
from tsdesk.services import base_forms, company, reminders, settings
from tsdesk.services.audit_text import Labels
from tsdesk.services.base_forms import BaseForm
from tsdesk.services.compliance import assessment, narrative
from tsdesk.services.compliance.narrative import Figure
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork

if TYPE_CHECKING:
    from tsdesk.documents.forms import FieldFit

# reportlab's platypus is loaded where a form is laid out, not with the service.
SUMMARY = "protection_work_summary"  # the 开展情况 box: the narrative

AUDIT_LABELS = Labels(
    actions={
        "application.save": QT_TRANSLATE_NOOP("audit", "保存申报表草稿"),
        "print.application": QT_TRANSLATE_NOOP("audit", "打印基地申报表（草稿）"),
    },
    entities={"base_application": QT_TRANSLATE_NOOP("audit", "基地申报表草稿")},
    fields={
        "year": QT_TRANSLATE_NOOP("audit", "申报年度"),
        "form": QT_TRANSLATE_NOOP("audit", "申报表"),
        "fields": QT_TRANSLATE_NOOP("audit", "修改的栏目"),
        "narrative_chars": QT_TRANSLATE_NOOP("audit", "开展情况字数"),
        "to_profile": QT_TRANSLATE_NOOP("audit", "同时保存到企业信息"),
        "saved_draft": QT_TRANSLATE_NOOP("audit", "按已保存的草稿"),
    },
)


@dataclass
class Application:
    """One form for one year as it would print: `values` are the form's boxes other than
    the 开展情况, `narrative` that box, `figures` what the narrative was drafted from."""

    year: int
    form: BaseForm
    values: dict[str, str]
    narrative: str
    figures: list[Figure] = field(default_factory=list)
    saved: bool = False  # a draft is stored for this year and form
    updated_by: str = ""
    updated_at: datetime | None = None
    printed_at: datetime | None = None

    def data(self) -> dict[str, str]:
        return {**self.values, SUMMARY: self.narrative}


def planned(session: Session) -> int:
    """The year an application is planned for (setting base_application_year), 0: none."""
    return int(settings.get(session, "base_application_year") or 0)


def planned_year(session: Session, today: date | None = None) -> int:
    """The year of the planned application, else this year."""
    return planned(session) or (today or date.today()).year


def set_planned(uow: UnitOfWork, year: int) -> None:
    """Plan the application for `year` (0: none planned); the dashboard follows."""
    settings.set_value(uow, "base_application_year", year)


def current_form(session: Session) -> BaseForm:
    """附表3 for an enterprise, 附表2 for an association, 附表1 for a park (the profile's kind)."""
    row = session.get(CompanyProfile, 1)
    return base_forms.for_kind(row.org_kind if row else OrgKind.ENTERPRISE)


def _staff(session: Session) -> int:
    return (
        session.scalar(select(func.count(Person.id)).where(Person.status == PersonStatus.ACTIVE))
        or 0
    )


def prefill(session: Session, form: BaseForm, year: int, today: date | None = None) -> Application:
    """The form filled from the profile and the data: an enterprise's 员工数量 counts the
    people in post when the profile has none, and the 开展情况 is drafted from the records
    (a text kept in the profile may be older than the figures; the user edits the draft)."""
    profile = base_forms.form_data(session)
    values = {name: profile.get(name, "") for name, _ in base_forms.form_fields(form)}
    values.pop(SUMMARY, None)
    if form.org_kind == OrgKind.ENTERPRISE and not values.get("headcount", "").strip():
        staff = _staff(session)
        values["headcount"] = f"{staff}人" if staff else ""
    drafted = narrative.draft(session, today)
    return Application(
        year=year, form=form, values=values, narrative=drafted.text, figures=drafted.figures
    )


def _row(session: Session, year: int, form: BaseForm) -> BaseApplication | None:
    return session.scalar(
        select(BaseApplication).where(
            BaseApplication.year == year, BaseApplication.form_id == form.form_id
        )
    )


def load(
    session: Session, year: int, form: BaseForm | None = None, today: date | None = None
) -> Application:
    """The saved draft of `year` (the profile's form unless another is named), else the
    prefilled form."""
    form = form or current_form(session)
    row = _row(session, year, form)
    if row is None:
        return prefill(session, form, year, today)
    try:
        stored = json.loads(row.values or "{}")
    except ValueError:
        stored = {}
    names = [name for name, _ in base_forms.form_fields(form) if name != SUMMARY]
    return Application(
        year=year,
        form=form,
        values={name: str(stored.get(name, "")) for name in names},
        narrative=row.narrative,
        figures=narrative.figures_from_json(row.figures),
        saved=True,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        printed_at=row.printed_at,
    )


def saved_years(session: Session) -> list[tuple[int, str]]:
    """(year, form_id) of every saved draft, newest first."""
    rows = session.execute(
        select(BaseApplication.year, BaseApplication.form_id).order_by(
            BaseApplication.year.desc(), BaseApplication.form_id
        )
    ).all()
    return [(year, form_id) for year, form_id in rows]


def _check(app: Application) -> None:
    if not 2000 <= app.year <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "申报年度无效：{year}"), year=app.year)
    allowed = {name for name, _ in base_forms.form_fields(app.form)}
    unknown = set(app.values) - allowed
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "未知字段：{names}"), names=", ".join(sorted(unknown))
        )


def save(uow: UnitOfWork, app: Application, *, to_profile: bool = False) -> int:
    """Store the draft of `app.year`; the company profile changes only with `to_profile`
    (then its own permission and checks apply, in the same transaction)."""
    require(uow.actor, Permission.EDIT_DATA)
    _check(app)
    session = uow.session
    row = _row(session, app.year, app.form)
    if row is None:  # what changed is told against the prefilled form
        start = prefill(session, app.form, app.year)
        before, before_text = start.values, start.narrative
        row = BaseApplication(year=app.year, form_id=app.form.form_id, updated_by="")
        session.add(row)
    else:
        before, before_text = json.loads(row.values or "{}"), row.narrative
    values = {name: str(value).strip() for name, value in app.values.items()}
    changed = sorted(name for name in values if values[name] != before.get(name, ""))
    if before_text != app.narrative:
        changed.append(SUMMARY)
    row.values = json.dumps(values, ensure_ascii=False, sort_keys=True)
    row.narrative = app.narrative
    row.figures = narrative.figures_json(app.figures)
    row.updated_by = uow.actor.name
    row.updated_at = utcnow()
    session.flush()
    uow.record(
        "application.save",
        "base_application",
        row.id,
        after={
            "year": app.year,
            "form": app.form.name,
            "fields": changed,
            "narrative_chars": len(app.narrative),
            "to_profile": to_profile,
        },
    )
    if to_profile:
        profile_fields = set(company.FIELD_NAMES)
        company.update_profile(
            uow,
            {
                **{k: v for k, v in values.items() if k in profile_fields},
                SUMMARY: app.narrative,
            },
        )
    return row.id


def summary_fit(app: Application) -> tuple[FieldFit, int]:
    """How the 开展情况 fits its box as the form stands, and about how many characters the
    box holds (the rest continues on the annex page)."""
    from tsdesk.documents.forms import capacity, fits

    data = app.data()
    fit = fits(app.form.form_id, data)[SUMMARY]
    room = capacity(app.form.form_id, data, SUMMARY)  # a full box keeps a line for 续见附页
    return fit, room if fit.continued else max(room, fit.in_cell)


def application_pdf(uow: UnitOfWork, app: Application) -> bytes:
    """The form as `app` fills it, its print recorded in `uow` (hand it on after the commit).
    The page names no operator and no chain head: those are in the document info."""
    from tsdesk.documents.forms import render_form

    require(uow.actor, Permission.EXPORT)
    _check(app)
    row = _row(uow.session, app.year, app.form)
    if row is not None:
        row.printed_at = utcnow()
    uow.record(
        "print.application",
        "base_application",
        row.id if row is not None else "",
        after={"year": app.year, "form": app.form.name, "saved_draft": app.saved},
    )
    # The operator is left out of the footer data altogether, not only off the page.
    footer = dataclasses.replace(footer_in(uow), operator="")
    buffer = io.BytesIO()
    render_form(buffer, app.form.form_id, app.data(), footer)
    return buffer.getvalue()


def print_application(uow: UnitOfWork, app: Application, out: str | Path | IO[bytes]) -> None:
    deliver_when_committed(uow, out, application_pdf(uow, app))


def print_saved(
    uow: UnitOfWork,
    year: int,
    out: str | Path | IO[bytes],
    form: BaseForm | None = None,
    *,
    require_saved: bool = False,
) -> Application:
    """Print the year's draft (or, without one and unless `require_saved`, the prefilled
    form); returns what was printed."""
    app = load(uow.session, year, form)
    if require_saved and not app.saved:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "{year} 年没有已保存的 {name} 草稿"),
            year=year,
            name=app.form.name,
        )
    print_application(uow, app, out)
    return app


# --- the dashboard, while an application is planned (004 第十一条（二）: by 30 September) ---
def count_gaps(session: Session, today: date) -> int:
    """Conditions the self-assessment finds unmet. Unlike the other reminders this runs the
    whole assessment (a few dozen small reads, ~0.1 s on the demo) — only when one is planned."""
    if not planned(session):
        return reminders.NOT_APPLICABLE
    return len(assessment.assess(session, today).gaps)


def count_days_left(session: Session, today: date) -> int:
    """Days to 30 September of the planned year; nothing to count once it has passed."""
    year = planned(session)
    days = assessment.days_to_deadline(year, today) if year else -1
    return days if days >= 0 else reminders.NOT_APPLICABLE


reminders.register(
    reminders.Reminder(
        key="compliance.application_gaps",
        title=QT_TRANSLATE_NOOP("reminders", "基地申报自评未达标的条件"),
        severity=reminders.Severity.DUE,
        count=count_gaps,
        page="compliance",
        filter={"tab": "assessment"},
        hint=QT_TRANSLATE_NOOP(
            "reminders",
            "已计划申报商业秘密保护基地：按第十条等条件自评尚未满足的项目，点击查看差距及处理页面。",
        ),
        order=71,
    )
)
reminders.register(
    reminders.Reminder(
        key="compliance.application_deadline",
        title=QT_TRANSLATE_NOOP("reminders", "距基地申报截止（9月30日）"),
        severity=reminders.Severity.INFO,
        count=count_days_left,
        page="compliance",
        filter={"tab": "application"},
        value=QT_TRANSLATE_NOOP("reminders", "{n} 天"),
        hint=QT_TRANSLATE_NOOP(
            "reminders", "申报材料须于计划年度 9 月 30 日前报送县（市、区）市场监管局。"
        ),
        order=72,
    )
)
