"""A company for the destruction tests: the carriers world (tests/carriers_testing.py) with a
third person and a second approver operator who also supervises."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from carriers_testing import APPROVER, APPROVER_PASSWORD, World, build_world
from sqlalchemy import select

from tsdesk.models import (
    DestructionItemKind,
    DestructionReason,
    DestructionResult,
    Role,
    Secret,
    SecretStatus,
    TermKind,
)
from tsdesk.services import destruction, operators, people

SUPERVISOR_OP = "supervisor1"
SUPERVISOR_PASSWORD = "supervisor-pass-1"


@dataclass
class Place:
    world: World
    carol: int  # a third person (a supervisor)

    def __getattr__(self, name):
        return getattr(self.world, name)


def build_place(opened) -> Place:
    world = build_world(opened)
    with world.uow() as uow:
        operators.add(uow, SUPERVISOR_OP, Role.OFFICER, SUPERVISOR_PASSWORD)
        carol = people.add_person(uow, "E003", "王芳", None, "保密员")
    return Place(world, carol)


def set_secret(place: Place, secret_id: int, **values) -> None:
    """Test set-up: put a secret straight into a state (declassified, term over)."""
    with place.uow() as uow:
        secret = uow.session.get(Secret, secret_id)
        for k, v in values.items():
            setattr(secret, k, v)


def end_term(place: Place, secret_id: int) -> None:
    set_secret(
        place,
        secret_id,
        status=SecretStatus.CONFIRMED,
        term_kind=TermKind.UNTIL_DATE,
        term_until=date(2020, 1, 1),
    )


def declassified(place: Place, secret_id: int) -> None:
    set_secret(place, secret_id, status=SecretStatus.DECLASSIFIED)


def carrier_item(carrier_id: int, reason=DestructionReason.SUPERSEDED, **kw):
    return destruction.ItemInput(DestructionItemKind.CARRIER, reason, carrier_id=carrier_id, **kw)


def approved(place: Place, items) -> int:
    """A batch requested by the admin and approved by the approver."""
    from tsdesk.services import approvals

    with place.uow() as uow:
        batch = destruction.create_request(uow, items, note="年度清理")
        destruction.submit(uow, batch)
    with place.uow() as uow:
        who = approvals.second_operator(uow, APPROVER, APPROVER_PASSWORD, "destruction")
        destruction.approve(uow, batch, who)
    return batch


def outcomes(place: Place, batch_id: int, method: str = "shred-p5", /, **per_item):
    with place.read() as s:
        view = destruction.get_batch(s, batch_id)
    out = []
    for item in view.items:
        special = per_item.get(str(item.position))
        out.append(
            special
            or destruction.ItemOutcome(item.id, DestructionResult.DESTROYED, method_key=method)
        )
    return out


def execution(place: Place, batch_id: int, /, **kw) -> destruction.Execution:
    values = dict(
        executed_on=date.today(),
        place="保密室",
        executor_person_id=place.alice,
        supervisor_ids=[place.bob, place.carol],
        outcomes=outcomes(place, batch_id),
    )
    values.update(kw)
    return destruction.Execution(**values)


def carriers_status(place: Place, carrier_id: int):
    from tsdesk.models import Carrier

    with place.read() as s:
        return s.get(Carrier, carrier_id).status


def secret_status(place: Place, secret_id: int):
    with place.read() as s:
        return s.scalar(select(Secret.status).where(Secret.id == secret_id))
