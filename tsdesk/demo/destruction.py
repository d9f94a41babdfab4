"""The demo's destructions: last month's clean-up of superseded GA798 papers and an old data
set, done, with its certificate; an ERP backup tape and its test copy waiting for approval; and
a legal hold on the customer list (a dispute with a former sales manager), so that trying to
destroy it shows the refusal."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tsdesk.demo.context import Context
from tsdesk.models import (
    Carrier,
    DestructionItemKind,
    DestructionReason,
    DestructionResult,
    Person,
    Secret,
)
from tsdesk.services import approvals, destruction
from tsdesk.services.destruction import Execution, ItemInput, ItemOutcome

K = DestructionItemKind


def populate(demo: Context) -> None:
    vault, admin = demo.vault, demo.admin
    with vault.reader() as s:
        carrier: dict[str, int] = {}
        for c in s.scalars(select(Carrier).order_by(Carrier.id)):
            carrier.setdefault(c.title, c.id)  # a copy bears its original's title
        copy_id = s.scalar(
            select(Carrier.id)
            .where(Carrier.original_id == carrier["GA798 引纬机构部件图"])
            .order_by(Carrier.id)
            .limit(1)
        )
        person = {p.number: p.id for p in s.scalars(select(Person))}
        secret = {x.subject: x.id for x in s.scalars(select(Secret))}
    loom = secret["GA798 型剑杆织机整机设计图纸"]
    erp = secret["ERP 系统数据库结构与接口文档"]
    done_items = [
        ItemInput(
            K.CARRIER,
            DestructionReason.SUPERSEDED,
            carrier_id=carrier["GA798 设计说明书（2023 版）"],
            pages=86,
        ),
        ItemInput(
            K.DATA,
            DestructionReason.SUPERSEDED,
            secret_id=loom,
            description="PDM 测试服务器 /backup/GA798-2023：旧版图纸导出副本（约 4 GB）",
        ),
    ]
    if copy_id is not None:  # the machinist's copy came back when the job was done
        done_items.insert(
            1, ItemInput(K.CARRIER, DestructionReason.SUPERSEDED, carrier_id=copy_id, pages=2)
        )
    with vault.unit_of_work(admin) as uow:
        done = destruction.create_request(uow, done_items, note="GA798 换版后旧资料清理")
        destruction.submit(uow, done)
        pending = destruction.create_request(
            uow,
            [
                ItemInput(
                    K.CARRIER,
                    DestructionReason.DAMAGED,
                    carrier_id=carrier["ERP 备份磁带 BK-2026-01"],
                ),
                ItemInput(
                    K.DATA,
                    DestructionReason.SUPERSEDED,
                    secret_id=erp,
                    description="ERP 测试环境 TEST01：2025 年生产库副本（含接口文档附件）",
                ),
            ],
            note="磁带读写校验失败，已由 BK-2026-02、03 替代",
        )
        destruction.submit(uow, pending)
        # A dispute with a former sales manager: the customer list is evidence (003 §7.3.1 b).
        destruction.place_hold(
            uow,
            "carrier",
            carrier["华东地区重点客户名单（打印版）"],
            "与原销售经理的商业秘密纠纷，（2026）浙 0603 民初 1187 号，保全至结案",
        )
    with vault.unit_of_work(admin) as uow:
        approver = approvals.second_operator(uow, demo.approver, demo.password, "销毁审批")
        destruction.approve(uow, done, approver)
    with vault.reader() as s:
        view = destruction.get_batch(s, done)
    outcomes = []
    for item in view.items:
        if item.kind == K.DATA:
            outcomes.append(
                ItemOutcome(
                    item.id,
                    DestructionResult.DESTROYED,
                    method_key="overwrite",
                    media_type="服务器硬盘分区",
                    tool="DBAN 2.3.0，DoD 5220.22-M 3 遍",
                    verification="抽查 20 个扇区均为零，PDM 中已无该目录",
                )
            )
        else:
            outcomes.append(
                ItemOutcome(item.id, DestructionResult.DESTROYED, method_key="shred-p5")
            )
    with vault.unit_of_work(admin) as uow:
        destruction.execute(
            uow,
            done,
            Execution(
                executed_on=date.today(),
                place="研发楼 2 楼 203 室（图纸档案室）",
                executor_person_id=person["YF006"],
                supervisor_ids=[person["YF003"], person["YF005"]],
                outcomes=outcomes,
                video_reference="档案室监控录像（保存 90 天）；照片 4 张见附件",
            ),
        )
        destruction.annotate(uow, done, "销毁现场照片已归入 2026 年保密档案第 12 卷")
