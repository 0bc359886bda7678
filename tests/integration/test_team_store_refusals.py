"""A team store is not a file: passphrase encryption and restoring a file backup are
refused in one clear message and the store is left as it was (its data, at rest and in
transit, is the server's to protect)."""

from pathlib import Path

import pytest

from casedesk.domain.errors import StoreError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from tests.conftest import snapshot


@pytest.fixture
def store_kind() -> str:
    return "postgresql"


def test_encrypting_or_restoring_a_team_store_is_refused_and_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    before = snapshot(services)
    with pytest.raises(StoreError, match="is a team store: the server keeps its data"):
        services.security.encrypt("correct horse battery staple")
    with pytest.raises(StoreError, match="is a team store"):
        services.security.change_passphrase("old passphrase here", "correct horse battery staple")
    with pytest.raises(StoreError, match="is a team store: restore a pg_dump with pg_restore"):
        services.backups.restore(tmp_path / "backup.sqlite")
    assert snapshot(services) == before
