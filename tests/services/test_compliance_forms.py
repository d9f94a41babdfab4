"""The year's application form (004 附表1–3): chosen by the kind of organisation, prefilled,
edited without touching the profile unless asked, saved per year, printed for the authority
with no operator and no audit footer on the page, the printed text equal to the typed one."""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import date

import pypdf
import pytest
from register_testing import build_team
from sqlalchemy import select

from tsdesk.documents.forms import SPILL_NOTE
from tsdesk.errors import NotFoundError, PermissionDenied, ValidationError
from tsdesk.models import AuditEvent, OrgKind
from tsdesk.services import base_forms, company
from tsdesk.services.compliance import applications as ap

YEAR = date.today().year
PROFILE = {
    "org_name": "绍兴越丰精密机械有限公司",
    "legal_representative": "陈建国",
    "address": "浙江省绍兴市柯桥区兴业路18号",
    "postal_code": "312065",
    "org_type": "有限责任公司",
    "industry": "纺织专用设备制造",
    "annual_output": "2.6亿元",
    "contact_person": "王丽娟",
    "contact_title": "保密员",
    "contact_phone": "0575-84123366",
}


@pytest.fixture
def team(opened):
    team = build_team(opened.vault, opened.admin)
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(uow, PROFILE)
    return team


def load(team, year=YEAR, form=None) -> ap.Application:
    with team.vault.reader() as s:
        return ap.load(s, year, form)


def raw_text(path) -> str:
    """The PDF's text in drawing order: each box's lines together (not laid out in columns)."""
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def flat(text: str) -> str:
    return "".join(text.split())


def last_events(vault, n=1):
    with vault.reader() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.after).order_by(AuditEvent.seq.desc()).limit(n)
        ).all()
    return [(a, json.loads(after)) for a, after in rows]


@pytest.mark.parametrize(
    ("kind", "name"),
    [(OrgKind.ENTERPRISE, "base-point"), (OrgKind.ASSOCIATION, "base-station"), (OrgKind.PARK, "base-zone")],
)  # fmt: skip
def test_the_form_follows_the_kind_of_organisation(team, kind, name):
    with team.vault.unit_of_work(team.admin) as uow:
        company.update_profile(uow, {"org_kind": kind})
    app = load(team)
    assert app.form.name == name
    assert app.values["org_name"] == PROFILE["org_name"]
    fields = {f for f, _ in base_forms.form_fields(app.form)} - {ap.SUMMARY}
    assert set(app.values) == fields


def test_prefilled_from_the_profile_and_the_data(team):
    app = load(team)
    assert not app.saved
    for key, value in PROFILE.items():
        assert app.values[key] == value
    assert app.values["headcount"] == "3人"  # the profile has none: people in post
    assert app.narrative.startswith("一、组织架构。") and app.figures
    assert any(f.key == "staff" and f.value == "3" for f in app.figures)


def test_edits_are_a_draft_per_year_and_leave_the_profile_alone(team):
    app = load(team)
    app.values["contact_phone"] = "13800000000"
    app.narrative = "我公司高度重视商业秘密保护。"
    with team.vault.unit_of_work(team.officer) as uow:
        ap.save(uow, app)
    with team.vault.reader() as s:
        assert company.get_profile(s)["contact_phone"] == PROFILE["contact_phone"]
        assert ap.saved_years(s) == [(YEAR, "shaoxing_base_point")]
    again = load(team)
    assert again.saved and again.values["contact_phone"] == "13800000000"
    assert again.narrative == "我公司高度重视商业秘密保护。" and again.figures == app.figures
    ((action, after),) = last_events(team.vault)
    assert action == "application.save"
    assert after["fields"] == ["contact_phone", ap.SUMMARY] and after["to_profile"] is False
    # Another year is its own draft, prefilled afresh.
    other = load(team, YEAR + 1)
    assert not other.saved and other.values["contact_phone"] == PROFILE["contact_phone"]


def test_also_saved_to_the_profile_when_asked(team):
    app = load(team)
    app.values["annual_output"] = "3.1亿元"
    with team.vault.unit_of_work(team.admin) as uow:
        ap.save(uow, app, to_profile=True)
    with team.vault.reader() as s:
        profile = company.get_profile(s)
    assert profile["annual_output"] == "3.1亿元" and profile[ap.SUMMARY] == app.narrative
    actions = [a for a, _ in last_events(team.vault, 2)]
    assert actions == ["company.update", "application.save"]


def test_bad_drafts_change_nothing(team):
    app = load(team)
    app.values["no_such_box"] = "x"
    with pytest.raises(ValidationError), team.vault.unit_of_work(team.officer) as uow:
        ap.save(uow, app)
    with pytest.raises(PermissionDenied), team.vault.unit_of_work(team.auditor) as uow:
        ap.save(uow, load(team))
    with team.vault.reader() as s:
        assert ap.saved_years(s) == []


def printed(team, app, actor=None) -> bytes:
    out = io.BytesIO()
    with team.vault.unit_of_work(actor or team.officer) as uow:
        ap.print_application(uow, app, out)
    return out.getvalue()


def test_the_print_equals_what_was_typed_without_operator_or_chain(team, tmp_path):
    app = load(team)
    app.values["address"] = "浙江省绍兴市柯桥区齐贤街道工业园区兴业路十八号三号厂房东侧"
    with team.vault.unit_of_work(team.officer) as uow:
        ap.save(uow, app)
    data = printed(team, load(team))
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    text = flat(raw_text(path))
    assert text.startswith("附表3绍兴市商业秘密保护基地（示范点）申报表")
    for value in app.values.values():
        assert flat(value) in text
    assert flat(app.narrative) in text
    # For the authority: nobody's name who printed it, no log on the page …
    assert "审计链" not in text and "王保密" not in text and "打印" not in text
    # … but the chain head and time in the document info.
    info = pypdf.PdfReader(io.BytesIO(data)).metadata
    with team.vault.reader() as s:
        head = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
    assert head.action == "print.application"
    assert f"审计链 #{head.seq} {head.hash[:12]}" in info.keywords
    assert "王保密" not in "".join(str(v) for v in info.values())
    assert json.loads(head.after) == {"year": YEAR, "form": "base-point", "saved_draft": True}
    assert load(team).printed_at is not None


def test_an_overflowing_narrative_continues_on_the_annex_page(team):
    app = load(team)
    app.narrative = "\n".join(
        f"{i}、本年度开展商业秘密保护专项工作，完善制度、加强培训、落实检查整改。"
        for i in range(1, 31)
    )
    fit, capacity = ap.summary_fit(app)
    assert fit.continued > 0 and 300 < capacity < fit.in_cell + fit.continued
    data = printed(team, app)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    pages = [flat(p.extract_text()) for p in reader.pages]
    body = "".join(re.sub(r"第\d+/\d+页", "", p) for p in pages)
    cell = body[body.index("1、本年度") : body.index(SPILL_NOTE)]
    annex = body[body.index("开展情况（续）") + len("开展情况（续）") :]
    assert cell + annex == flat(app.narrative)  # nothing lost, nothing repeated
    assert len(flat(cell)) == fit.in_cell and len(annex) == fit.continued
    assert "审计链" not in "".join(pages)


def test_a_short_narrative_fits_its_box(team):
    app = load(team)
    app.narrative = "我公司建立了商业秘密保护制度。"
    fit, capacity = ap.summary_fit(app)
    assert (fit.in_cell, fit.continued) == (len(app.narrative), 0) and capacity > 300


def test_printing_the_saved_draft_only(team):
    with pytest.raises(NotFoundError), team.vault.unit_of_work(team.officer) as uow:
        ap.print_saved(uow, YEAR, io.BytesIO(), require_saved=True)
    with team.vault.unit_of_work(team.officer) as uow:
        app = ap.print_saved(uow, YEAR, io.BytesIO())  # the prefilled form
    assert not app.saved
    assert last_events(team.vault)[0][1]["saved_draft"] is False
