"""The register read in chunks, for the export and the ledger of 100,000 secrets.

`register_io.records` builds every record at once (hundreds of MB at 100k); here one query
per chunk of ids — grade, department and owner joined in, storages and points gathered by
subqueries — so memory stays that of one chunk whatever the register's size.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from tsdesk.models import Department, Grade, Person, Secret, StorageKind
from tsdesk.services.register_io import RegisterRecord

CHUNK = 500  # ids bound in one IN (…): far below SQLite's variable limit


def all_ids(session: Session) -> list[int]:
    """Every secret's id, by number: the order of a whole-register export or ledger."""
    return list(session.scalars(select(Secret.id).order_by(Secret.number)))


# A secret's storages and points as one JSON array [[[kind, location]…], [point…]], in their
# order, by correlated subqueries: the chunk comes back as one row a secret (SQLite ≥ 3.44
# orders inside an aggregate), and one JSON decode a secret.
_EXTRAS = (
    "json_array(json((SELECT json_group_array(json_array(kind, location) ORDER BY id)"
    " FROM secret_storage WHERE secret_storage.secret_id = secret.id)), json({points}))"
)
_POINTS = (
    "(SELECT json_group_array(text ORDER BY position)"
    " FROM secret_point WHERE secret_point.secret_id = secret.id)"
)
_decode = json.JSONDecoder().raw_decode  # json.loads less its per-call checks
_KINDS = {k.value: k for k in StorageKind}  # a dict look-up is a tenth of StorageKind(k)


def iter_records(
    session: Session, ids: Sequence[int] | None = None, *, points: bool = True
) -> Iterator[RegisterRecord]:
    """`register_io.records(session, ids)` one record at a time (ids in their order, unknown
    ids skipped; all by number when None): one query a chunk, names joined in. Without
    `points` the points stay empty (the ledger does not print them)."""
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
            literal_column(_EXTRAS.format(points=_POINTS if points else "'[]'")),
        )
        .outerjoin(Grade, Grade.id == Secret.grade_id)
        .outerjoin(Department, Department.id == Secret.department_id)
        .outerjoin(Person, Person.id == Secret.owner_id)
    )
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = {r[0]: r for r in session.execute(query.where(Secret.id.in_(chunk)))}
        for sid in chunk:
            r = rows.get(sid)
            if r is None:
                continue
            storages, texts = _decode(r[14])[0]
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
                storages=[(_KINDS[k], loc) for k, loc in storages],
                points=texts,
                description=r[11],
                note=r[12],
                status=r[13],
            )
