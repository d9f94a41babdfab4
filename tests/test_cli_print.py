"""Issue 8 §2: `tsdesk secrets print` (ledger or detail sheets) and `tsdesk forms list|print`
(附表1–3 from the company profile) — PDFs whose text is checked, every print audited, errors
one line on stderr with a non-zero exit."""

from __future__ import annotations

import json
import shutil

import pytest
from register_testing import build_team, confirmed, propose, secret_input
from sqlalchemy import select
from tsdesk_testing import ADMIN, ADMIN_PASSWORD, pdf_text, run_cli

from tsdesk.models import AuditEvent, Category
from tsdesk.services import company, register
from tsdesk.vault import Vault

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def tsdesk(db, *args: str):
    return run_cli("--db", str(db), *args)


@pytest.fixture
def db(tmp_path, sleeps):
    path = tmp_path / "data" / "cli.tsdesk"
    vault, admin, _ = Vault.create(
        path, company="测试企业", admin_name=ADMIN, admin_password=ADMIN_PASSWORD
    )
    try:
        team = build_team(vault, admin)
        confirmed(team)
        propose(
            team,
            secret_input(
                team,
                "华东地区重点客户名单",
                category=Category.PARTNERS,
                points=["客户采购周期"],
                department_id=team.departments["销售部"],
            ),
        )
        with vault.unit_of_work(admin) as uow:
            company.update_profile(
                uow,
                {
                    "org_name": "绍兴示例纺织机械有限公司",
                    "legal_representative": "陈建国",
                    "address": "浙江省绍兴市柯桥区兴业路 18 号",
                    "postal_code": "312065",
                    "industry": "纺织机械",
                    "contact_person": "王保密",
                    "contact_phone": "0575-88886666",
                },
            )
    finally:
        vault.close()
    return path


def numbers(db) -> dict[str, str]:
    vault, _ = Vault.unlock(db, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            return {
                r.subject: r.number for r in register.list_secrets(s, register.RegisterFilter())
            }
    finally:
        vault.close()


def audit_tail(db, n: int) -> list[tuple[str, str]]:
    vault, _ = Vault.unlock(db, ADMIN, ADMIN_PASSWORD, read_only=True)
    try:
        with vault.reader() as s:
            rows = s.execute(
                select(AuditEvent.action, AuditEvent.after)
                .where(AuditEvent.action.like("print.%"))
                .order_by(AuditEvent.seq.desc())
                .limit(n)
            ).all()
        return [(a, after) for a, after in reversed(rows)]
    finally:
        vault.close()


def test_secrets_print_ledger_of_all_and_of_some(db, tmp_path):
    out = tmp_path / "台账.pdf"
    result = tsdesk(db, "secrets", "print", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "已打印商业秘密台账（2 项）" in result.stdout
    assert "不受数据库加密保护" in result.stderr
    text = pdf_text(out)
    assert "剑杆织机引纬机构设计图纸" in text and "华东地区重点客户名单" in text

    clients = numbers(db)["华东地区重点客户名单"]
    some = tmp_path / "some.pdf"
    result = tsdesk(db, "secrets", "print", "--out", str(some), "--numbers", clients)
    assert result.returncode == 0, result.stderr
    text = pdf_text(some)
    assert clients in text and "剑杆织机引纬机构设计图纸" not in text
    assert [a for a, _ in audit_tail(db, 2)] == ["print.ledger", "print.ledger"]


def test_secrets_print_detail_sheets_one_per_number(db, tmp_path):
    found = numbers(db)
    loom, clients = found["剑杆织机引纬机构设计图纸"], found["华东地区重点客户名单"]
    out = tmp_path / "详情.pdf"
    result = tsdesk(
        db,
        "secrets",
        "print",
        "--kind",
        "detail",
        "--numbers",
        f"{loom}, {clients}",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert text.index("剑头运动曲线的分段参数") < text.index("客户采购周期")
    printed = audit_tail(db, 2)
    assert [a for a, _ in printed] == ["print.detail", "print.detail"]
    assert [json.loads(after)["number"] for _, after in printed] == [loom, clients]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "detail"], "打印详情单须用 --numbers 指定编号"),
        (["--numbers", "TS-1999-0001"], "没有编号为 TS-1999-0001 的商业秘密"),
        (["--kind", "detail", "--numbers", "TS-1999-0001"], "没有编号为 TS-1999-0001"),
    ],
)
def test_secrets_print_errors_print_nothing(db, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = tsdesk(db, "secrets", "print", "--out", str(out), *args)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("错误：") and message in line
    assert not out.exists()
    assert audit_tail(db, 1) == []


def test_secrets_print_into_a_missing_folder(db, tmp_path):
    result = tsdesk(db, "secrets", "print", "--out", str(tmp_path / "nowhere" / "x.pdf"))
    assert result.returncode == 2 and "保存位置不存在" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_forms_list_names_the_three_base_forms(db):
    result = tsdesk(db, "forms", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["name"], r["annex"]) for r in rows] == [
        ("base-zone", "附表1"),
        ("base-station", "附表2"),
        ("base-point", "附表3"),
    ]
    assert rows[2]["title"] == "绍兴市商业秘密保护基地（示范点）申报表"
    plain = tsdesk(db, "forms", "list")
    assert plain.returncode == 0 and "base-point" in plain.stdout and "附表3" in plain.stdout


@pytest.mark.parametrize(
    ("name", "title", "label"),
    [
        ("base-point", "绍兴市商业秘密保护基地（示范点）申报表", "企业名称"),
        ("base-station", "绍兴市商业秘密保护基地（示范指导站）申报表", "组织名称"),
        ("base-zone", "绍兴市商业秘密保护基地（示范区）申报表", "园区名称"),
    ],
)
def test_forms_print_fills_the_form_from_the_profile(db, tmp_path, name, title, label):
    out = tmp_path / f"{name}.pdf"
    result = tsdesk(db, "forms", "print", name, "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert title in text and label in text
    for value in ("绍兴示例纺织机械有限公司", "陈建国", "312065", "0575-88886666"):
        assert value in text
    assert "未填写" in result.stderr and "商业秘密保护工作开展情况" in result.stderr
    ((action, after),) = audit_tail(db, 1)
    assert action == "print.base_form" and json.loads(after) == {"form": name}


def test_forms_print_an_unknown_form(db, tmp_path):
    result = tsdesk(db, "forms", "print", "base-city", "--out", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "错误：没有名为 base-city 的申报表，可用：base-zone、base-station、base-point"
    ]
    assert not (tmp_path / "x.pdf").exists()
