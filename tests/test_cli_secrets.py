"""`tsdesk secrets list|show` (issue 3 §7): the same services, JSON for scripts, one-line
errors and a non-zero exit."""

from __future__ import annotations

import argparse
import json

import pytest
from register_testing import build_team, confirmed, propose, secret_input
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, run_cli

from tsdesk.commands.secrets import secrets_group
from tsdesk.models import AccessTier, Category
from tsdesk.services import people
from tsdesk.vault import Vault


def tsdesk(*args: str):
    return run_cli(*args)


@pytest.fixture
def db(tmp_path, sleeps):
    path = tmp_path / "data" / "cli.tsdesk"
    vault, admin, _ = Vault.create(
        path, company="测试企业", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        team = build_team(vault, admin)
        loom = confirmed(team)
        with vault.unit_of_work(team.officer) as uow:
            people.grant(uow, loom, team.people["张伟"], AccessTier.FULL, "主责工程师")
        propose(
            team,
            secret_input(
                team,
                "华东地区重点客户名单",
                category=Category.PARTNERS,
                grade_id=team.grades["三级商密"],
                description="",
                points=["客户采购周期"],
                department_id=team.departments["销售部"],
            ),
        )
    finally:
        vault.close()
    return path


def test_list_json_with_search_and_grade(db):
    result = tsdesk("--db", str(db), "secrets", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["subject"] for r in rows] == ["剑杆织机引纬机构设计图纸", "华东地区重点客户名单"]
    first = rows[0]
    assert set(first) >= {"number", "subject", "category", "grade", "term", "department", "status"}
    assert first["number"].startswith("TS-") and first["grade"] == "二级商密"
    assert first["category"] == "技术信息—设计信息" and first["term"] == "2035-12-31"
    assert first["department"] == "技术研发中心" and first["status"] == "已确定"
    one_char = json.loads(
        tsdesk("--db", str(db), "secrets", "list", "--search", "纬", "--json").stdout
    )
    assert [r["subject"] for r in one_char] == ["剑杆织机引纬机构设计图纸"]
    by_grade = tsdesk("--db", str(db), "secrets", "list", "--grade", "三级商密", "--json")
    assert [r["subject"] for r in json.loads(by_grade.stdout)] == ["华东地区重点客户名单"]


def test_list_plain_and_errors(db):
    plain = tsdesk("--db", str(db), "secrets", "list")
    assert plain.returncode == 0 and "共 2 项" in plain.stdout
    assert "华东地区重点客户名单" in plain.stdout and "拟定" in plain.stdout
    unknown = tsdesk("--db", str(db), "secrets", "list", "--grade", "四级商密")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "错误：没有名为 四级商密 的保密等级"


def test_show(db):
    rows = json.loads(tsdesk("--db", str(db), "secrets", "list", "--json").stdout)
    number = rows[0]["number"]
    shown = tsdesk("--db", str(db), "secrets", "show", number, "--json")
    assert shown.returncode == 0, shown.stderr
    details = json.loads(shown.stdout)
    assert details["points"] == ["剑头运动曲线的分段参数", "引纬凸轮的非对称廓线"]
    assert details["owner"] == "张伟" and details["exclusions_confirmed"] is True
    assert [k["person"] for k in details["knowers"]] == ["E001 张伟"]
    assert [a["approved_by"] for a in details["approvals"]] == ["approver1"]
    text = tsdesk("--db", str(db), "secrets", "show", number)
    assert text.returncode == 0
    assert "秘密主题：剑杆织机引纬机构设计图纸" in text.stdout
    assert "  1. 剑头运动曲线的分段参数" in text.stdout
    missing = tsdesk("--db", str(db), "secrets", "show", "TS-1999-9999")
    assert missing.returncode == 2 and "没有编号为 TS-1999-9999 的商业秘密" in missing.stderr


def test_the_secrets_group_is_shared():
    sub = argparse.ArgumentParser().add_subparsers()
    assert secrets_group(sub) is secrets_group(sub)
