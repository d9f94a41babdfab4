"""Issue 3 §8: the register at 100,000 secrets (scale 1), each with three secret points and
two knowers: time until the register page is shown, search latency p50/p95 for Chinese
queries of 2, 3 and 6 characters (100 of each; one-character queries reported too), filter
latency, peak memory, and the import of a 10,000-row .xlsx written by openpyxl (write-only).

Targets: page shown ≤ 0.5 s, search p95 ≤ 30 ms, import ≤ 5 s, memory ≤ 250 MB.

The data is generated in a child process (bulk executemany through the vault's engine, one
transaction), so the peak memory reported is that of the app side: opening the vault,
showing the page, searching, filtering and importing.
"""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import peak_rss_mb, percentiles_ms, qt_app, repeat, timed

PASSWORD = "bench-password-1"
SEED = 20260301

# Words a textile-machinery maker's register is made of (003 §6.1 技术信息 / 经营信息).
PRODUCTS = ["剑杆织机", "喷气织机", "倍捻机", "经编机", "整经机", "浆纱机", "络筒机", "定型机"]
PARTS = ["主轴", "引纬机构", "凸轮", "齿轮箱", "送经机构", "卷取装置", "电子多臂", "储纬器",
         "控制板", "伺服驱动", "张力传感器", "綜框"]  # fmt: skip
TECH = ["热处理工艺参数", "设计图纸", "装配工艺卡", "控制算法源代码", "试验记录", "材料配方",
        "加工公差表", "检测规程", "润滑方案", "仿真模型"]  # fmt: skip
BUSINESS = ["客户名单", "报价体系", "供应商价格", "成本核算", "年度经营计划", "渠道返利政策",
            "招投标方案", "薪酬方案", "并购意向", "产能规划"]  # fmt: skip
REGIONS = ["华东区", "华南区", "华北区", "西南区", "东南亚", "中东", "南美"]
DEPARTMENTS = ["总经办", "技术研发中心", "生产制造部", "质量管理部", "销售部", "采购部",
               "人力资源部", "财务部", "信息部", "工艺部", "外贸部", "售后服务部"]  # fmt: skip
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红晓东海波宁"


def _subject(rng: random.Random, i: int) -> str:
    if i % 3:
        return (
            f"{rng.choice(PRODUCTS)}{rng.choice(PARTS)}{rng.choice(TECH)}"
            f"（GA{rng.randint(100, 999)}型）"
        )
    return f"{rng.choice(REGIONS)}{rng.choice(BUSINESS)}（{2015 + i % 11}年版）"


def _name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 13) % len(GIVEN)]


def _generate(path: str, recovery_key: str, count: int) -> float:
    """Fill the vault with `count` secrets, their points, storages, knowers and search rows
    (child process). Returns the seconds it took."""
    from sqlalchemy import insert

    from tsdesk.models import Secret
    from tsdesk.services import register
    from tsdesk.vault import Vault

    started = time.perf_counter()
    rng = random.Random(SEED)
    vault, _ = Vault.unlock_with_recovery_key(Path(path), recovery_key)
    today = date.today()
    now = datetime.now(UTC).replace(tzinfo=None)
    statuses = ["confirmed"] * 7 + ["proposed"] * 2 + ["declassified"]
    categories = ["tech.design", "tech.software", "tech.other", "biz.business", "biz.partners",
                  "biz.finance", "biz.hr", "biz.management", "biz.other", "other"]  # fmt: skip
    try:
        with vault.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO department (id, name, note, sort_order) VALUES (?, ?, '', ?)",
                [(i + 1, name, i) for i, name in enumerate(DEPARTMENTS)],
            )
            people = 600
            conn.exec_driver_sql(
                "INSERT INTO person (id, number, name, department_id, post, phone, status,"
                " created_at) VALUES (?, ?, ?, ?, '', '', 'active', ?)",
                [
                    (i, f"E{i:04d}", _name(i), i % len(DEPARTMENTS) + 1, str(now))
                    for i in range(1, people + 1)
                ],
            )
            grade_ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM grade")]
            table = Secret.__table__
            for start in range(1, count + 1, 5000):
                secrets, points, storages, knowers, index = [], [], [], [], []
                for i in range(start, min(start + 5000, count + 1)):
                    status = statuses[i % len(statuses)]
                    kind = ("date", "long", "event")[i % 3]
                    subject = _subject(rng, i)
                    number = f"TS-{2015 + i % 11}-{i:06d}"
                    description = f"{subject}的完整资料，含历次修订记录。"
                    secrets.append(
                        {
                            "id": i,
                            "number": number,
                            "subject": subject,
                            "description": description,
                            "category": categories[i % len(categories)],
                            "grade_id": grade_ids[i % len(grade_ids)],
                            "term_kind": kind,
                            "term_until": today + timedelta(days=rng.randint(-200, 3650))
                            if kind == "date"
                            else None,
                            "term_event": "产品停产之日" if kind == "event" else "",
                            "department_id": i % len(DEPARTMENTS) + 1,
                            "owner_id": i % people + 1,
                            "scope": f"{DEPARTMENTS[i % len(DEPARTMENTS)]}相关岗位",
                            "status": status,
                            "proposed_by": "admin",
                            "confirmed_by": "shenpi" if status != "proposed" else "",
                            "next_review": today + timedelta(days=rng.randint(-60, 365))
                            if status == "confirmed"
                            else None,
                        }
                    )
                    texts = [
                        f"{rng.choice(PARTS)}的{rng.choice(TECH)}第{n}项关键参数" for n in (1, 2, 3)
                    ]
                    points += [(i, n, t) for n, t in enumerate(texts, 1)]
                    storages.append((i, "paper", f"档案室{i % 40 + 1}号柜"))
                    if i % 2:
                        storages.append((i, "local_system", "PLM 服务器"))
                    for n in (0, 1):
                        person = (i * 7 + n * 131) % people + 1
                        until = (
                            None if n == 0 else str(today + timedelta(days=rng.randint(-90, 365)))
                        )
                        knowers.append((i, person, ("full", "consult")[n], "工作需要", "admin",
                                        str(today - timedelta(days=400)), until))  # fmt: skip
                    index.append((i, number, subject, description, texts))
                conn.execute(insert(table), secrets)
                conn.exec_driver_sql(
                    "INSERT INTO secret_point (secret_id, position, text) VALUES (?, ?, ?)", points
                )
                conn.exec_driver_sql(
                    "INSERT INTO secret_storage (secret_id, kind, location) VALUES (?, ?, ?)",
                    storages,
                )
                conn.exec_driver_sql(
                    "INSERT INTO knower (secret_id, person_id, tier, reason, granted_by,"
                    " valid_from, valid_until, revoked_by) VALUES (?, ?, ?, ?, ?, ?, ?, '')",
                    knowers,
                )
                register.index_many(conn, index)
    finally:
        vault.close()
    return time.perf_counter() - started


def _xlsx(path: Path, rows: int) -> None:
    """A ledger as a company would hand it over: its own headers, a title row, known and
    new departments and people, Excel dates and text terms."""
    from openpyxl import Workbook

    rng = random.Random(SEED + 1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    sheet.append(["越丰公司商业秘密清单"])
    sheet.append(["序号", "编号", "秘密名称", "类别", "密级", "保密期限", "责任部门", "责任人",
                  "知悉范围", "存储方式", "秘密点", "说明", "备注"])  # fmt: skip
    departments = DEPARTMENTS + ["检测中心", "海外事业部", "设备动力部"]
    for i in range(1, rows + 1):
        term = rng.choice([datetime(2031, 12, 31), "长期", "2032/6/30", "产品上市之日", None])
        sheet.append(
            [
                i,
                f"IMP-{i:05d}" if i % 2 else None,
                _subject(rng, i),
                rng.choice(["设计信息", "软件信息", "客户信息", "财务信息", "经营信息"]),
                rng.choice(["一级", "二级商密", "三级商密"]),
                term,
                rng.choice(departments),
                _name(rng.randint(1, 640)),
                "研发中心工艺组；总经理",
                "纸质资料（档案室 3 号柜）；本地信息系统（PLM）",
                "1. 淬火温度曲线\n2. 回火保温时间",
                "导入的历史台账",
                "",
            ]
        )
    book.save(path)


def _page_query(vault, f) -> int:
    """What the register page does on a new filter: count, then the first 200 rows."""
    from tsdesk.services import register

    with vault.reader() as session:
        total = register.count_secrets(session, f)
        register.list_secrets(session, f, limit=200)
    return total


def _queries(vault, length: int, n: int, rng: random.Random) -> list[str]:
    """`n` queries of `length` characters cut from real subjects and points (all Chinese)."""
    from sqlalchemy import text

    out: list[str] = []
    with vault.reader() as session:
        max_id = session.execute(text("SELECT max(id) FROM secret")).scalar()
        while len(out) < n:
            secret_id = rng.randint(1, max_id)
            subject = session.execute(
                text("SELECT subject FROM secret WHERE id = :id"), {"id": secret_id}
            ).scalar()
            han = [c for c in subject if "\u4e00" <= c <= "\u9fff"]
            start = rng.randint(0, max(0, len(han) - length))
            candidate = "".join(han[start : start + length])
            if len(candidate) == length and candidate in subject:
                out.append(candidate)
    return out


def run(args) -> dict[str, float | str]:
    from benchmarks.dataset import copy_of
    from tsdesk.models import Category, SecretStatus
    from tsdesk.services import register, register_io
    from tsdesk.vault import Vault

    import_rows = max(100, round(10_000 * args.scale))
    path, meta = copy_of(args.scale, args.workdir / "register.tsdesk")
    count = meta["secrets"]
    results: dict[str, float | str] = {
        "secrets": float(count),
        "points": float(3 * count),
        "knowers": float(2 * count),
        "carriers": float(meta["carriers"]),
    }

    open_s, (vault, actor) = timed(lambda: Vault.unlock(path, "admin", PASSWORD))
    results["unlock (s)"] = open_s
    try:
        app = qt_app()
        from tsdesk.ui.register.register import RegisterPage
        from tsdesk.ui.session import UiSession

        session = UiSession(vault, actor)

        def show_page():
            page = RegisterPage(session)
            page.resize(1280, 720)
            page.show()
            page.refresh()
            app.processEvents()
            return page

        page_s, page = timed(show_page)
        results["register page shown: built, filled, painted (s)"] = page_s
        scroll_s, _ = timed(lambda: (page.model.fetchMore(), app.processEvents()))
        results["fetch next 200 rows (s)"] = scroll_s
        sort_s, _ = timed(
            lambda: (page.table.sortByColumn(4, page.table.horizontalHeader().sortIndicatorOrder()),
                     app.processEvents())
        )  # fmt: skip
        results["sort by term (s)"] = sort_s

        rng = random.Random(SEED + 2)
        for length in (2, 3, 6, 1):  # 1 last: the others keep their queries (no target)
            queries = _queries(vault, length, 100, rng)
            page_times, id_times, hits = [], [], []
            for q in queries:
                seconds, total = timed(
                    lambda q=q: _page_query(vault, register.RegisterFilter(search=q))
                )
                page_times.append(seconds)
                hits.append(total)
                with vault.reader() as s:
                    seconds, _ = timed(lambda q=q, s=s: register.search(s, q))
                id_times.append(seconds)
            p50, p95 = percentiles_ms(page_times)
            results[f"search {length} chars: count + first page p50 (ms)"] = p50
            results[f"search {length} chars: count + first page p95 (ms)"] = p95
            p50, p95 = percentiles_ms(id_times)
            results[f"search {length} chars: ids (register.search) p95 (ms)"] = p95
            results[f"search {length} chars: median hits"] = float(sorted(hits)[len(hits) // 2])

        with vault.reader() as s:
            grades = [g.id for g in register.grades(s)]
        filters = {
            "grade": register.RegisterFilter(grade_id=grades[0]),
            "category": register.RegisterFilter(category=Category.PARTNERS),
            "department": register.RegisterFilter(department_id=3),
            "status": register.RegisterFilter(status=SecretStatus.CONFIRMED),
            "expiring within 90 days [<= 10 ms]": register.RegisterFilter(expiring_within_days=90),
            "review due": register.RegisterFilter(review_due=True),
            "grade + department": register.RegisterFilter(grade_id=grades[1], department_id=5),
            "department + status": register.RegisterFilter(
                department_id=3, status=SecretStatus.CONFIRMED
            ),
            "category + status": register.RegisterFilter(
                category=Category.PARTNERS, status=SecretStatus.CONFIRMED
            ),
            "grade + status": register.RegisterFilter(
                grade_id=grades[0], status=SecretStatus.PROPOSED
            ),
            "status + search 主轴": register.RegisterFilter(
                status=SecretStatus.PROPOSED, search="主轴"
            ),
        }
        for name, f in filters.items():
            figure, total = repeat(lambda f=f: _page_query(vault, f), 10)  # noqa: B023
            results[f"filter {name}: count + first page ({total:,} rows)"] = figure.as_json()
        page.close()
        page.deleteLater()
        app.processEvents()

        workbook = args.workdir / "import.xlsx"
        results["write the .xlsx, openpyxl write-only (s)"] = timed(
            lambda: _xlsx(workbook, import_rows)
        )[0]
        started, cpu_started = time.perf_counter(), time.process_time()
        table = register_io.read_table(workbook)
        read_s = time.perf_counter() - started
        with vault.reader() as s:
            plan = register_io.preview(s, table, register_io.auto_mapping(table.headers))
        preview_s = time.perf_counter() - started - read_s
        assert plan.ok, plan.problems[:5]
        with vault.unit_of_work(actor) as uow:
            report = register_io.run_import(uow, plan)
        import_s = time.perf_counter() - started
        import_cpu_s = time.process_time() - cpu_started
        results["import rows"] = float(report.imported)
        results["import: read .xlsx (s)"] = read_s
        results["import: check every row (s)"] = preview_s
        results["import: write, audit, commit (s)"] = import_s - read_s - preview_s
        results["import: total, file to committed (s)"] = import_s
        results["import: CPU time of that (s)"] = import_cpu_s  # less sensitive to a busy PC
        results["import: departments / people created"] = (
            f"{len(report.created_departments)} / {len(report.created_people)}"
        )
        results["peak RSS, app side (MB)"] = peak_rss_mb()
        results["load average at the end"] = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
        return results
    finally:
        vault.close()
