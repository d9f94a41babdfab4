"""`tsdesk secrets import FILE` and `tsdesk secrets export FILE` (issue 3 §5, §7)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from register_testing import build_team, propose, secret_input
from tsdesk_testing import ADMIN_PASSWORD, invoke

from tsdesk.services import register_io
from tsdesk.vault import Vault

HEADERS = ["序号", "秘密名称", "类别", "密级", "保密期限", "责任部门", "责任人", "要点"]


def tsdesk(path, *args: str):
    return invoke("--db", str(path), *args, env={"TSDESK_PASSWORD": ADMIN_PASSWORD})


@pytest.fixture
def db(opened):
    build_team(opened.vault, opened.admin)
    opened.vault.close()  # the CLI opens it itself (one writer at a time)
    return opened.path


def write_csv(path, rows, encoding="gb18030"):
    out = io.StringIO(newline="")
    csv.writer(out).writerows([HEADERS, *rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def row(i, **changes):
    values = [i, f"第{i}项", "设计信息", "二级商密", "长期", "技术研发中心", "张伟", "点"]
    for index, value in changes.items():
        values[int(index[1:])] = value
    return values


def count(path) -> int:
    vault, _ = Vault.unlock(path, "admin", ADMIN_PASSWORD, read_only=True)
    try:
        with vault.reader() as session:
            return len(register_io.records(session))
    finally:
        vault.close()


def test_a_bad_file_imports_nothing_and_reports_each_row(db, tmp_path):
    path = write_csv(tmp_path / "bad.csv", [row(1), row(2, c3="五级"), row(3, c1="")])
    result = tsdesk(db, "secrets", "import", str(path))
    assert result.returncode != 0
    assert "bad.csv：发现 2 处问题，未导入任何记录。" in result.stderr
    assert "第 3 行，“密级”列：保密等级“五级”不存在" in result.stderr
    assert "第 4 行，“秘密名称”列：秘密主题不能为空" in result.stderr
    assert result.stdout == ""
    assert count(db) == 0


def test_a_good_file_imports_and_prints_the_counts(db, tmp_path):
    path = write_csv(tmp_path / "good.csv", [row(i, c5="质量管理部") for i in range(1, 6)])
    check = tsdesk(db, "secrets", "import", str(path), "--check")
    assert check.returncode == 0, check.stderr
    assert "5 行均可导入；将新建部门 1 个" in check.stdout
    assert count(db) == 0
    result = tsdesk(db, "secrets", "import", str(path), "--column", "要点=秘密点")
    assert result.returncode == 0, result.stderr
    assert "已导入 5 项商业秘密" in result.stdout and "新建部门：质量管理部" in result.stdout
    assert count(db) == 5


def test_a_file_without_the_required_columns_says_which(db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("名字,备注\n甲,乙\n", encoding="utf-8")
    result = tsdesk(db, "secrets", "import", str(path))
    assert result.returncode != 0
    assert "请为以下字段指定列：秘密主题、类别、保密等级" in result.stderr
    fixed = tsdesk(db, "secrets", "import", str(path), "--column", "名字=秘密主题")
    assert "请为以下字段指定列：类别、保密等级" in fixed.stderr


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_by_extension(opened, tmp_path, suffix):
    team = build_team(opened.vault, opened.admin)
    propose(team, secret_input(team, "剑杆织机图纸"))
    propose(team, secret_input(team, "客户名单", grade_id=team.grades["三级商密"]))
    opened.vault.close()
    out = tmp_path / f"清单{suffix}"
    result = tsdesk(opened.path, "secrets", "export", str(out))
    assert result.returncode == 0, result.stderr
    assert f"已导出 2 项商业秘密到 {out}" in result.stdout
    assert "不再受数据库加密保护" in result.stderr
    table = register_io.read_table(out)
    assert sorted(r.cells[2] for r in table.rows) == ["剑杆织机图纸", "客户名单"]
    filtered = tmp_path / f"三级{suffix}"
    assert (
        tsdesk(opened.path, "secrets", "export", str(filtered), "--grade", "三级商密").returncode
        == 0
    )
    assert [r.cells[2] for r in register_io.read_table(filtered).rows] == ["客户名单"]
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(out).active["A1"].value == "序号"


def test_export_to_an_unknown_format_is_refused(db, tmp_path):
    result = tsdesk(db, "secrets", "export", str(tmp_path / "x.pdf"))
    assert result.returncode != 0 and "只能导出为 .xlsx 或 .csv 文件" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
