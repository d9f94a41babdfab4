"""Company profile (004 附表1–3, 第十条) and per-database settings."""

from __future__ import annotations

import pytest
from tsdesk_testing import read

from tsdesk.errors import ValidationError
from tsdesk.models import DesignationKind, OrgKind
from tsdesk.services import audit as audit_service
from tsdesk.services import company, settings
from tsdesk.vault.keys import KeySlotFile


def test_profile_has_every_field_of_the_base_forms():
    labels = {label for kind in OrgKind for _, label in company.fields_for(kind)}
    # 004 附表3 (enterprise), 附表2 (association), 附表1 (park)
    for label in [
        "企业名称",
        "法定代表人",
        "经营地址",
        "邮政编码",
        "员工数量",
        "企业类型",
        "所属行业",
        "年产值",
        "联系人",
        "职务/职称",
        "联系电话",
        "商业秘密保护工作开展情况",
        "组织名称",
        "注册地址",
        "会员数量",
        "组织类型",
        "行业年产值",
        "园区名称",
        "负责人",
        "联系地址",
        "园区类型",
        "入园企业数量",
        "园区产值",
        "省级示范点已建数",
        "市级示范点已建数",
        "省级示范站(点)已建数",
        "市级示范站(点)已建数",
    ]:
        assert label in labels, label


def test_update_profile_audits_only_changes_and_refreshes_banner(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.update_profile(
            uow, {"org_name": "新名称有限公司", "postal_code": "312000", "industry": ""}
        )
    profile = read(opened.vault, company.get_profile)
    assert profile["org_name"] == "新名称有限公司" and profile["postal_code"] == "312000"
    event = read(
        opened.vault, audit_service.page, audit_service.AuditFilter(action="company"), 0, 1
    )[0]
    assert "industry" not in event.after  # unchanged fields are not recorded
    assert KeySlotFile.load(opened.path).banner["company"] == "新名称有限公司"


def test_bad_profile_input_changes_nothing(opened):
    before = read(opened.vault, company.get_profile)
    for changes in [{"org_name": "  "}, {"postal_code": "9" * 40}, {"no_such_field": "x"}]:
        with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
            company.update_profile(uow, {"address": "会被回滚的地址", **changes})
    assert read(opened.vault, company.get_profile) == before


def test_departments_and_designations(opened):
    with opened.vault.unit_of_work(opened.admin) as uow:
        office = company.add_department(uow, "总经办")
        company.update_profile(uow, {"management_department_id": office})
        company.add_designation(uow, DesignationKind.LEADING_GROUP, "陈建国", "组长")
        officer = company.add_designation(
            uow, DesignationKind.SECRECY_OFFICER, "王丽娟", "专职", office
        )
    assert read(opened.vault, company.get_profile)["management_department_id"] == office
    kinds = [d.kind for d in read(opened.vault, company.list_designations)]
    assert DesignationKind.LEADING_GROUP in kinds and DesignationKind.SECRECY_OFFICER in kinds
    with opened.vault.unit_of_work(opened.admin) as uow:
        company.remove_designation(uow, officer)
    assert len(read(opened.vault, company.list_designations)) == 1
    with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
        company.add_department(uow, "总经办")


def _setting(opened, key):
    with opened.vault.reader() as session:
        return settings.get(session, key)


def test_settings_defaults_validation_and_notice_banner(opened):
    assert _setting(opened, "idle_lock_minutes") == 10
    assert _setting(opened, "clipboard_clear_seconds") == 30
    with opened.vault.unit_of_work(opened.admin) as uow:
        settings.set_value(uow, "idle_lock_minutes", "15")
        settings.set_value(uow, "confidentiality_notice", "内部资料，注意保密。")
        # read in the same transaction: a write that depends on a setting sees the new value
        assert settings.get(uow.session, "idle_lock_minutes") == 15
    assert _setting(opened, "idle_lock_minutes") == 15
    assert KeySlotFile.load(opened.path).banner["notice"] == "内部资料，注意保密。"
    for key, value in [
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", "ten"),
        ("nope", 1),
        ("confidentiality_notice", " "),
    ]:
        with pytest.raises(ValidationError), opened.vault.unit_of_work(opened.admin) as uow:
            settings.set_value(uow, key, value)
    assert _setting(opened, "idle_lock_minutes") == 15
    with pytest.raises(KeyError), opened.vault.reader() as session:
        settings.get(session, "language")  # a machine setting: not in the database


def test_machine_settings_refuse_a_database_setting():
    from tsdesk.settings import _machine_file, machine_get, machine_set

    for call in (
        lambda: machine_get("idle_lock_minutes"),
        lambda: machine_set("label_template", "x"),
    ):
        with pytest.raises(KeyError):
            call()
    assert not _machine_file().exists()  # nothing written


def test_a_setting_with_choices_refuses_anything_else(opened):
    with (
        opened.vault.unit_of_work(opened.admin) as uow,
        pytest.raises(ValidationError, match="block"),
    ):
        settings.set_value(uow, "nda_rule", "maybe")
    with opened.vault.reader() as session:
        assert settings.get(session, "nda_rule") == "block"
