"""`tsdesk training list|add`: training sessions from the command line (issue 13 §5)."""

from __future__ import annotations

import argparse
from datetime import date

from tsdesk.cli import open_for_reading, open_vault, print_json, record_read
from tsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from tsdesk.i18n import translate


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "日期“{text}”无效，请写作 2026-03-01"), text=text
        ) from None


def _person_ids(session, numbers: str) -> tuple[int, ...]:
    from tsdesk.services import people

    return tuple(people.by_number(session, n.strip()).id for n in numbers.split(",") if n.strip())


def cmd_add(args: argparse.Namespace) -> int:
    from tsdesk.models import TrainingAudience
    from tsdesk.services import training

    vault, actor = open_vault(args)
    try:
        with vault.unit_of_work(actor) as uow:
            session_id = training.add_session(
                uow,
                training.SessionInput(
                    topic=args.topic,
                    audience=TrainingAudience(args.audience),
                    held_on=_day(args.date),
                    trainer=args.trainer or "",
                    note=args.note or "",
                    attendee_ids=_person_ids(uow.session, args.attendees),
                ),
            )
    finally:
        vault.close()
    print(session_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from tsdesk.services import training

    vault, actor = open_for_reading(args)
    try:
        with vault.reader() as session:
            rows = training.list_sessions(session)
            attendees = {
                r.id: [a.number for a in training.attendees_of(session, r.id)] for r in rows
            }
        record_read(vault, actor, "read.training", "training_session", count=len(rows))
    finally:
        vault.close()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "held_on": r.held_on.isoformat(),
                    "topic": r.topic,
                    "audience": r.audience.value,
                    "audience_label": training.AUDIENCE_LABELS[r.audience],
                    "trainer": r.trainer,
                    "attendees": attendees[r.id],
                    "scans": r.scans,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        label = translate("training", training.AUDIENCE_LABELS[r.audience])
        people = translate("cli", "{n} 人").format(n=r.attendees)
        print(f"{r.id:>4}  {r.held_on.isoformat()}  {label}  {people}  {r.topic}")
    return 0


def add_commands(sub, add) -> None:
    from tsdesk.models import TrainingAudience

    group = sub.add_parser("training", help=translate("cli", "保密培训")).add_subparsers(
        dest="training_command", metavar="ACTION", required=True
    )
    p = add("list", cmd_list, QT_TRANSLATE_NOOP("cli", "列出培训记录"), group)
    p.add_argument("--json", action="store_true")
    p = add("add", cmd_add, QT_TRANSLATE_NOOP("cli", "登记一次培训（输出其编号）"), group)
    p.add_argument("--topic", required=True, help=translate("cli", "培训主题"))
    p.add_argument("--audience", required=True, choices=[a.value for a in TrainingAudience])
    p.add_argument("--date", help=translate("cli", "培训日期，如 2026-03-01（默认今天）"))
    p.add_argument("--trainer", help=translate("cli", "讲师"))
    p.add_argument("--attendees", required=True, help=translate("cli", "参训人员工号，逗号分隔"))
    p.add_argument("--note", help=translate("cli", "备注"))
