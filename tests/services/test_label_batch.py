"""A batch of labels named by carrier number (CLI, scanner) is looked up in a few queries."""

from __future__ import annotations

import pytest
from carriers_testing import World, build_world
from sqlalchemy import event

from tsdesk.errors import NotFoundError
from tsdesk.models import CarrierKind
from tsdesk.services import carriers, labels


@pytest.fixture
def world(opened) -> World:
    return build_world(opened)


def _many(world: World, count: int) -> list[str]:
    with world.uow() as uow:
        ids = [
            carriers.register_carrier(
                uow,
                carriers.CarrierInput(
                    kind=CarrierKind.PAPER,
                    title=f"图纸 {i}",
                    secret_ids=[world.low_secret],
                    custodian_id=world.alice,
                ),
            )
            for i in range(count)
        ]
        return [carriers.get(uow.session, i).number for i in ids]


def test_numbers_become_ids_in_order_in_a_few_queries(world):
    numbers = _many(world, 520)
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(world.vault.engine, "before_cursor_execute", listener)
    try:
        with world.read() as session:
            typed = [f" {numbers[3]} ", *reversed(numbers), numbers[0]]  # as typed: spaces
            ids = labels.carrier_ids_for(session, typed)
            expected = [carriers.find_number(session, n) for n in typed]
    finally:
        event.remove(world.vault.engine, "before_cursor_execute", listener)
    assert ids == expected and len(ids) == 522  # a repeat stays: the batch check names it
    lookups = [s for s in statements if "FROM carrier" in s and "number IN" in s]
    assert len(lookups) == 2  # 500 numbers a query (it was one query per number)


def test_an_unknown_number_is_named(world):
    numbers = _many(world, 2)
    with world.read() as session, pytest.raises(NotFoundError) as raised:
        labels.carrier_ids_for(session, [numbers[0], "", "ZT-0000 ", numbers[1]])
    assert raised.value.params == {"number": "ZT-0000 "}
