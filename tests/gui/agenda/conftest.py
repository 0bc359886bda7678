"""A small store with one client, a matter, an order with an overdue duty, and a deadline."""

from dataclasses import dataclass

import pytest

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate, ObligationCreate, OrderCreate


@dataclass(frozen=True)
class Case:
    client_id: int
    matter_id: int
    order_id: int
    obligation_id: int
    deadline_id: int


@pytest.fixture
def case(services: Services) -> Case:
    """The clock is 2025-05-01 12:00 UTC (08:00 in New York)."""
    client = services.clients.add(
        ClientCreate(given="Marisol", surname="Quintero", second_surname="Ybarra")
    ).new_id
    matter = services.matters.add(
        MatterCreate(title="Quintero v. Example", kind="habeas", court="D. Md.", docket="8:25-cv-1")
    ).new_id
    assert client is not None
    assert matter is not None
    services.matters.link(client, matter, "petitioner")
    order = services.orders.add(
        OrderCreate(
            matter_id=matter, kind="tro", title="Order to facilitate return", issued="2025-04-10"
        )
    ).new_id
    assert order is not None
    obligation = services.orders.add_obligation(
        ObligationCreate(order_id=order, text="File a status report", due="2025-04-20")
    ).new_id
    deadline = services.deadlines.add(
        "Serve the petition", "2025-05-06T17:00", client_id=client
    ).new_id
    assert obligation is not None
    assert deadline is not None
    return Case(client, matter, order, obligation, deadline)
