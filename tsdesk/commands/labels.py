"""`tsdesk labels …` and `tsdesk stamp`: confidentiality labels and marked documents (issue 4 §6)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate

EXIT_NOT_GENUINE = 1  # `labels verify`: forged, unknown, or a bare number that proves nothing


def _offset(text: str | None) -> tuple[float, float]:
    if not text:
        return 0.0, 0.0
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "偏移应写作“右,下”（毫米），例如 0.5,-1")
        ) from None
    return x, y


def _numbers(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def cmd_templates(args: argparse.Namespace) -> int:
    from tsdesk.documents.label_templates import TEMPLATES

    rows = [
        {
            "name": t.name,
            "title": t.title,
            "kind": t.kind,
            "label_mm": [t.label_w, t.label_h],
            "page_mm": [t.page_w, t.page_h],
            "per_page": t.per_page,
        }
        for t in TEMPLATES
    ]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['name']:<16} {r['title']}")
        print(
            translate(
                "cli",
                "自定义：custom:宽,高（卷标）或 custom:宽,高,列,行,左边距,上边距[,横向间距,纵向间距]（A4）",
            )
        )
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from tsdesk.documents.label_templates import by_name
    from tsdesk.services import labels

    template = by_name(args.template)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "保存位置不存在：{path}"), path=str(out.parent)
        )
    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            ids = labels.carrier_ids_for(uow.session, _numbers(args.carriers))
            request = labels.PrintRequest(
                carrier_ids=ids,
                template=template,
                start_position=args.start,
                compact=args.compact,
                offset_mm=_offset(args.offset),
                reprint_reason=args.reprint_reason or "",
            )
            print_id = labels.save_labels(uow, request, out)
    finally:
        vault.close()
    done = translate("cli", "已打印 {count} 枚标识（模板 {template}，打印记录 #{id}）：{path}")
    print(done.format(count=len(ids), template=template.name, id=print_id, path=out))
    return 0


def cmd_outline(args: argparse.Namespace) -> int:
    from tsdesk.documents.label_templates import by_name
    from tsdesk.services import labels
    from tsdesk.vault.atomic import write_atomic

    template = by_name(args.template)
    write_atomic(Path(args.out), labels.outline_pdf(template, _offset(args.offset)))
    print(translate("cli", "对位测试页：{path}").format(path=args.out))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from tsdesk.services import labels
    from tsdesk.services.carriers import STATUS_LABELS

    vault, _ = open_vault(args, read_only=True)
    try:
        with vault.reader() as session:
            check = labels.verify_payload(session, args.payload)
            lines = labels.scan_verdict(session, check).texts()  # the words the page shows
    finally:
        vault.close()
    facts = check.facts
    if args.json:
        print_json(
            {
                "status": check.status,
                "number": facts.number if facts else None,
                "carrier_status": facts.status.value if facts else None,
                "grade": facts.grade if facts else None,
                "term": facts.term.text if facts else None,
                "issue": check.issue,
                "current_issue": check.current_issue,
                "superseded": check.superseded,
                "stale": check.stale,
                "message": lines[0],
                "notes": lines[1:],
            }
        )
    else:
        print(check.status)
        print(lines[0])
        if facts:
            print(
                f"{facts.number}  {facts.title}  {facts.grade}  保密期限 {facts.term.text}  "
                f"{STATUS_LABELS[facts.status]}"
            )
        for line in lines[1:]:
            print(f"· {line}")
    return 0 if check.genuine else EXIT_NOT_GENUINE


def cmd_log(args: argparse.Namespace) -> int:
    from tsdesk.services import labels

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = labels.print_log(session, args.limit)
        record_read(vault, actor, "read.label_log", "label_print", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "printed_at": r.printed_at,
                    "operator": r.operator,
                    "template": r.template,
                    "printer": r.printer,
                    "start_position": r.start_position,
                    "reprint_reason": r.reprint_reason,
                    "items": [{"carrier": n, "issue": i} for n, i in r.items],
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            reason = f"  补打原因：{r.reprint_reason}" if r.reprint_reason else ""
            print(
                f"#{r.id:<5} {r.printed_at:%Y-%m-%d %H:%M}  {r.operator:<10} {r.template:<16} "
                f"{r.printer}  {r.numbers}{reason}"
            )
    return 0


def cmd_area_sign(args: argparse.Namespace) -> int:
    from tsdesk.services import areas, labels

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            area_id = areas.by_number(uow.session, args.area).id
            pdf = labels.area_sign(uow, area_id, args.size)
            labels.write_when_committed(uow, Path(args.out), pdf)
    finally:
        vault.close()
    print(translate("cli", "涉密区域标识牌：{path}").format(path=args.out))
    return 0


def cmd_stamp(args: argparse.Namespace) -> int:
    from tsdesk.services import labels, register

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            secret_id = register.by_number(uow.session, args.secret).id
            pages = labels.stamp_pdf(uow, args.input, args.output, secret_id)
    finally:
        vault.close()
    print(
        translate("cli", "已加注标记（{pages} 页）：{path}").format(pages=pages, path=args.output)
    )
    return 0


def add_commands(sub, add) -> None:
    group = sub.add_parser("labels", help=translate("cli", "保密标识")).add_subparsers(
        dest="labels_command", metavar="ACTION", required=True
    )
    p = add(
        "templates", cmd_templates, QT_TRANSLATE_NOOP("cli", "列出标签模板（无需数据库）"), group
    )
    p.add_argument("--json", action="store_true")
    p = add(
        "print", cmd_print, QT_TRANSLATE_NOOP("cli", "打印载体标识到 PDF（记入打印记录）"), group
    )
    p.add_argument("--carriers", required=True, help=translate("cli", "载体编号，逗号分隔"))
    p.add_argument(
        "--template", required=True, help=translate("cli", "模板名（见 labels templates）")
    )
    p.add_argument(
        "--start", type=int, default=1, help=translate("cli", "从标签纸的第几枚开始（默认 1）")
    )
    p.add_argument(
        "--compact", action="store_true", help=translate("cli", "二维码只含编号和校验码")
    )
    p.add_argument("--reprint-reason", help=translate("cli", "补打原因（标识已打印过时必填）"))
    p.add_argument("--offset", help=translate("cli", "打印机偏移校准“右,下”（毫米）"))
    p.add_argument("--out", required=True, help=translate("cli", "输出 PDF 文件"))
    p = add(
        "outline",
        cmd_outline,
        QT_TRANSLATE_NOOP("cli", "标签对位测试页（只画标签边框，无需数据库）"),
        group,
    )
    p.add_argument("--template", required=True)
    p.add_argument("--offset", help=translate("cli", "打印机偏移校准“右,下”（毫米）"))
    p.add_argument("--out", required=True)
    p = add(
        "verify",
        cmd_verify,
        QT_TRANSLATE_NOOP("cli", "核验扫描到的标识内容（真实时退出码 0）"),
        group,
    )
    p.add_argument("payload")
    p.add_argument("--json", action="store_true")
    p = add("log", cmd_log, QT_TRANSLATE_NOOP("cli", "标识打印记录（最新在前）"), group)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = add("area-sign", cmd_area_sign, QT_TRANSLATE_NOOP("cli", "打印涉密区域标识牌"), group)
    p.add_argument("area", help=translate("cli", "区域编号"))
    p.add_argument("--size", choices=["A4", "A3"], default="A4")
    p.add_argument("--out", required=True)
    p = add(
        "stamp",
        cmd_stamp,
        QT_TRANSLATE_NOOP("cli", "为 PDF 文件逐页加注商业秘密标记（原文件不变）"),
    )
    p.add_argument("input", help=translate("cli", "原 PDF"))
    p.add_argument("output", help=translate("cli", "加注标记后的 PDF"))
    p.add_argument("--secret", required=True, help=translate("cli", "商业秘密编号"))
