"""A case for the evidence, remedy and print tests: the carriers world (people, secrets, a
carrier) and a case about the carrier made through the models, with a suspect and a witness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from carriers_testing import World, build_world

from tsdesk.models import (
    IncidentCase,
    IncidentKind,
    IncidentLink,
    IncidentLinkRole,
    IncidentSource,
    IncidentStatus,
)


@dataclass
class CaseWorld:
    world: World
    case_id: int
    carrier: int


def make_case(
    world: World,
    *,
    number: str = "SJ-2026-001",
    drill: bool = False,
    status: IncidentStatus = IncidentStatus.ACTIVE,
    carrier: int | None = None,
) -> int:
    with world.uow() as uow:
        case = IncidentCase(
            number=number,
            is_drill=drill,
            title="研发图纸 U 盘遗失",
            kind=IncidentKind.LOSS,
            source=IncidentSource.REPORT,
            status=status,
            discovered_at=datetime(2026, 3, 2, 9, 30),
            discovered_by="张伟",
            facts="出差返回后发现装有图纸的 U 盘不见",
            opened_by=uow.actor.name,
            level=2,
            suggested_level=2,
        )
        uow.session.add(case)
        uow.session.flush()
        links = [
            ("secret", world.top_secret, IncidentLinkRole.INVOLVED),
            ("person", world.bob, IncidentLinkRole.SUSPECT),
            ("person", world.alice, IncidentLinkRole.WITNESS),
        ]
        if carrier is not None:
            links.append(("carrier", carrier, IncidentLinkRole.INVOLVED))
        for entity_type, entity_id, role in links:
            uow.session.add(
                IncidentLink(
                    case_id=case.id, entity_type=entity_type, entity_id=entity_id, role=role
                )
            )
        return case.id


def build_case(opened, drill: bool = False) -> CaseWorld:
    world = build_world(opened)
    carrier = world.carrier("引纬机构图纸 U 盘", secrets=[world.top_secret, world.low_secret])
    return CaseWorld(world, make_case(world, drill=drill, carrier=carrier), carrier)
