"""The register read in chunks, for the export and the ledger of 100,000 secrets.

`register_io.records` builds every record at once (hundreds of MB at 100k); here one query
per chunk of ids, with the grade, department and owner joined in, and one query each for the
chunk's storages and points, so memory stays that of one chunk whatever the register's size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tsdesk.models import Department, Grade, Person, Secret, SecretPoint, SecretStorage
from tsdesk.services.register_io import RegisterRecord

CHUNK = 500  # ids bound in one IN (…): far below SQLite's variable limit


def all_ids(session: Session) -> list[int]:
    """Every secret's id, by number: the order of a whole-register export or ledger."""
    return list(session.scalars(select(Secret.id).order_by(Secret.number)))


def iter_records(
    session: Session, ids: Sequence[int] | None = None, *, points: bool = True
) -> Iterator[RegisterRecord]:
    """`register_io.records(session, ids)` one record at a time (ids in their order, unknown
    ids skipped; all by number when None). Without `points` the points stay empty (the
    ledger does not print them)."""
    wanted = all_ids(session) if ids is None else list(dict.fromkeys(int(i) for i in ids))
    query = (
        select(
            Secret.id,
            Secret.number,
            Secret.subject,
            Secret.category,
            Grade.name,
            Secret.term_kind,
            Secret.term_until,
            Secret.term_event,
            Department.name,
            Person.name,
            Secret.scope,
            Secret.description,
            Secret.note,
            Secret.status,
        )
        .outerjoin(Grade, Grade.id == Secret.grade_id)
        .outerjoin(Department, Department.id == Secret.department_id)
        .outerjoin(Person, Person.id == Secret.owner_id)
    )
    storage_q = select(SecretStorage.secret_id, SecretStorage.kind, SecretStorage.location)
    point_q = select(SecretPoint.secret_id, SecretPoint.text)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = {r[0]: r for r in session.execute(query.where(Secret.id.in_(chunk)))}
        storages: dict[int, list] = {}
        for sid, kind, location in session.execute(
            storage_q.where(SecretStorage.secret_id.in_(chunk)).order_by(
                SecretStorage.secret_id, SecretStorage.id
            )
        ):
            storages.setdefault(sid, []).append((kind, location))
        texts: dict[int, list[str]] = {}
        if points:
            for sid, text in session.execute(
                point_q.where(SecretPoint.secret_id.in_(chunk)).order_by(
                    SecretPoint.secret_id, SecretPoint.position
                )
            ):
                texts.setdefault(sid, []).append(text)
        for sid in chunk:
            r = rows.get(sid)
            if r is None:
                continue
            yield RegisterRecord(
                id=sid,
                number=r[1],
                subject=r[2],
                category=r[3],
                grade=r[4] or "",
                term_kind=r[5],
                term_until=r[6],
                term_event=r[7],
                department=r[8] or "",
                owner=r[9] or "",
                scope=r[10],
                storages=storages.get(sid, []),
                points=texts.get(sid, []),
                description=r[11],
                note=r[12],
                status=r[13],
            )
