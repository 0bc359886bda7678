"""`casedesk audit`: who changed what, before and after, newest first; per client."""

import json
from pathlib import Path

import pytest

from casedesk.cli import main


def test_audit_lists_changes_for_a_client(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(store_path)]
    assert main([*db, "init"]) == 0
    assert main([*db, "clients", "add", "--given", "Ana", "--surname", "Peña"]) == 0
    assert main([*db, "clients", "add", "--given", "Luis", "--surname", "Parra"]) == 0
    assert main([*db, "status", "add", "1", "--status", "tps", "--date", "2021"]) == 0
    capsys.readouterr()
    assert main([*db, "audit", "--client", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["action"], r["entity"]) for r in rows] == [
        ("create", "status_entry"),
        ("create", "client"),
    ]
    assert rows[0]["after"]["status"] == "tps"
    assert all(r["client_id"] == 1 for r in rows)
    assert main([*db, "audit"]) == 0
    assert "Parra" in capsys.readouterr().out
    assert main([*db, "audit", "--client", "99"]) == 4
