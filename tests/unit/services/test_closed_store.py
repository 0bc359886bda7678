"""A store that was closed stays closed: work still running on a worker when its window
closed the store gets a clear error, not a fresh connection that nobody will close."""

from pathlib import Path

import pytest

from casedesk.domain.errors import StoreError
from casedesk.services.schemas import ClientCreate
from tests.conftest import make_services


def test_reads_and_writes_after_close_are_refused(store_location: Path | str) -> None:
    svc = make_services(store_location)
    try:
        svc.clients.add(ClientCreate(given="Ana", surname="Lopez"))
    finally:
        svc.close()
    with pytest.raises(StoreError, match="was closed"):
        svc.clients.list()
    with pytest.raises(StoreError, match="was closed"):
        svc.clients.add(ClientCreate(given="Beto", surname="Ruiz"))
    again = make_services(store_location)
    try:
        assert [row.display_name for row in again.clients.list().rows] == ["Lopez, Ana"]
    finally:
        again.close()
