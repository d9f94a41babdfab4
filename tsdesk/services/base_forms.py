"""The base application forms 附表1–3 (004), filled from the company profile and audited.

Each form is data (resources/forms/shaoxing_base_*.json, drawn by documents/forms); its
fields are the profile's keys. Printing is recorded as `print.base_form` before the PDF is
made, in the same unit of work, so the document's chain head names that event.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from tsdesk.documents.forms import load_form, render_form
from tsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from tsdesk.models import OrgKind
from tsdesk.services import company
from tsdesk.services.documents import deliver_when_committed, footer_in
from tsdesk.services.permissions import Permission, require
from tsdesk.vault import UnitOfWork


@dataclass(frozen=True)
class BaseForm:
    name: str  # as typed on the command line
    form_id: str  # resources/forms/<form_id>.json
    org_kind: OrgKind  # who applies with it


# 004 附表1 示范区 (parks), 附表2 示范指导站 (associations), 附表3 示范点 (enterprises).
BASE_FORMS: tuple[BaseForm, ...] = (
    BaseForm("base-zone", "shaoxing_base_zone", OrgKind.PARK),
    BaseForm("base-station", "shaoxing_base_station", OrgKind.ASSOCIATION),
    BaseForm("base-point", "shaoxing_base_point", OrgKind.ENTERPRISE),
)

ORG_KIND_LABELS: dict[OrgKind, str] = {
    OrgKind.PARK: QT_TRANSLATE_NOOP("company", "园区"),
    OrgKind.ASSOCIATION: QT_TRANSLATE_NOOP("company", "行业组织"),
    OrgKind.ENTERPRISE: QT_TRANSLATE_NOOP("company", "企业"),
}


def for_kind(kind: OrgKind) -> BaseForm:
    """The form this kind of organisation applies with (004 第五、七、九条)."""
    return next(form for form in BASE_FORMS if form.org_kind == kind)


def by_form_id(form_id: str) -> BaseForm:
    for form in BASE_FORMS:
        if form.form_id == form_id:
            return form
    raise NotFoundError(
        QT_TRANSLATE_NOOP("errors", "没有名为 {name} 的申报表，可用：{names}"),
        name=form_id,
        names="、".join(f.name for f in BASE_FORMS),
    )


def by_name(name: str) -> BaseForm:
    for form in BASE_FORMS:
        if form.name == name.strip():
            return form
    raise NotFoundError(
        QT_TRANSLATE_NOOP("errors", "没有名为 {name} 的申报表，可用：{names}"),
        name=name,
        names="、".join(f.name for f in BASE_FORMS),
    )


def describe(form: BaseForm) -> tuple[str, str]:
    """(annex, title) as printed, e.g. ("附表3", "绍兴市商业秘密保护基地（示范点）申报表")."""
    definition = load_form(form.form_id)
    return definition.annex, definition.title


def form_data(session: Session) -> dict[str, str]:
    """The profile's values under the forms' field keys (missing ones print empty)."""
    profile = company.get_profile(session)
    return {
        name: "" if profile.get(name) is None else str(profile[name])
        for name in company.FIELD_NAMES
    }


def form_fields(form: BaseForm) -> list[tuple[str, str]]:
    """(field, label) of every value box of `form`, in the printed order."""
    labels = dict(company.fields_for(form.org_kind))
    return [(name, labels.get(name, name)) for name in load_form(form.form_id).fields()]


def empty_fields(session: Session, form: BaseForm) -> list[str]:
    """The labels of the profile fields this form asks for that are not filled in."""
    data = form_data(session)
    return [label for name, label in company.fields_for(form.org_kind) if not data[name].strip()]


def print_base_form(uow: UnitOfWork, name: str, out: str | Path | IO[bytes]) -> None:
    """Print the base form `name` (base-zone, base-station, base-point) from the profile; `out`
    gets the PDF once the print event has committed."""
    require(uow.actor, Permission.EXPORT)
    form = by_name(name)
    data = form_data(uow.session)
    uow.record("print.base_form", "company_profile", 1, after={"form": form.name})
    pdf = io.BytesIO()
    render_form(pdf, form.form_id, data, footer_in(uow))
    deliver_when_committed(uow, out, pdf.getvalue())
