"""Moving in: ``casedesk team push --from store.sqlite URL`` copies a single-user store,
plain or encrypted, into a team store whole (histories, documents, the audit trail),
compared table by table, with the audit chain carried over and continued."""

from pathlib import Path

import pytest

from casedesk import cli
from casedesk.app import open_services
from casedesk.services.audit import verify_chain
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.storage import team_push
from tests.pg import PgServer

PASSPHRASE = "correct horse battery staple 15"


def _fill(svc: Services) -> None:
    svc.demo.generate(clients=40, seed=15)
    client = svc.clients.add(ClientCreate(given="Nayeli", surname="Ortiz Peña")).new_id
    assert client is not None
    svc.documents.attach_bytes(client, "notice.pdf", b"%PDF-1.4 fictional notice\n" * 50)
    svc.documents.attach_bytes(client, "photo.bin", bytes(range(256)) * 40)


def _digests(svc: Services) -> dict[str, team_push.TableDigest]:
    with svc.ctx.store.read() as session:
        return team_push.table_digests(session)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_push_round_trip_table_by_table(
    tmp_path: Path,
    pg_server: PgServer,
    pg_url: str,
    encrypted: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source_path = tmp_path / "solo.sqlite"
    source = open_services(source_path, passphrase=PASSPHRASE if encrypted else None)
    try:
        _fill(source)
        before = _digests(source)
        with source.ctx.store.read() as session:
            source_head = verify_chain(session).last_hash
    finally:
        source.close()
    assert before["document_blob"].rows == 2
    assert before["audit_entry"].rows >= 4

    assert cli.main(["team", "init", pg_url]) == 0
    if encrypted:
        monkeypatch.setenv("CASEDESK_PASSPHRASE", PASSPHRASE)
    assert cli.main(["team", "push", "--from", str(source_path), pg_url]) == 0

    team = open_services(pg_url)
    try:
        after = _digests(team)
        with team.ctx.store.read() as session:
            chain = verify_chain(session)
        pushed = team.audit.history(limit=1)[0]
        # Searching works on the copy (the index was rebuilt on the server).
        assert [h.display_name for h in team.search.clients("ortiz pena")] == ["Ortiz Peña, Nayeli"]
        # New rows get new ids after the copied ones.
        new = team.clients.add(ClientCreate(given="Ixchel", surname="Ramos")).new_id
    finally:
        team.close()
    expected = dict(before)
    expected["audit_entry"] = team_push.TableDigest(before["audit_entry"].rows + 1, "")
    assert {k: v.rows for k, v in after.items()} == {k: v.rows for k, v in expected.items()}
    assert (
        team_push.differences(
            {k: v for k, v in before.items() if k != "audit_entry"},
            {k: v for k, v in after.items() if k != "audit_entry"},
        )
        == []
    )
    # The chain carried over unbroken, and continues with the push itself.
    assert chain.ok
    assert pushed.action == "import"
    assert pushed.after["from"] == "solo.sqlite"
    assert pushed.after["encrypted"] is encrypted
    assert pushed.hash != source_head
    assert new is not None
    assert new > before["client"].rows


def test_push_refuses_a_team_store_that_holds_data(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source_path = tmp_path / "solo.sqlite"
    source = open_services(source_path)
    try:
        source.clients.add(ClientCreate(given="Ana", surname="Lopez"))
    finally:
        source.close()
    assert cli.main(["team", "init", pg_url]) == 0
    team = open_services(pg_url)
    try:
        team.clients.add(ClientCreate(given="Already", surname="There"))
    finally:
        team.close()
    capsys.readouterr()
    assert cli.main(["team", "push", "--from", str(source_path), pg_url]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "already holds data" in err
    team = open_services(pg_url)
    try:
        assert [r.display_name for r in team.clients.list().rows] == ["There, Already"]
    finally:
        team.close()


def test_push_from_a_missing_file_says_so(tmp_path: Path, pg_url: str, capsys) -> None:
    assert cli.main(["team", "push", "--from", str(tmp_path / "nope.sqlite"), pg_url]) == 4
    assert "nope.sqlite" in capsys.readouterr().err
