"""The queries behind a matter roster, read a chunk of people at a time.

A class roster can hold most of a store. Reading it whole (every party row, every client
row, every compliance record as ORM objects) took gigabytes; these queries instead take
the members' ids in roster order once (a compact array), then one chunk of members at
a time by id, with the compliance facts of just those members. Plain SQLAlchemy expressions: the same on SQLite and PostgreSQL.
"""

from array import array
from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, col, select

from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    MatterParty,
    Obligation,
    ObligationClient,
)


def member_ids(session: Session, matter_id: int) -> "array[int]":
    """Every member's client id in roster order (sort key, then id), sorted once.

    Eight bytes a member (5 MB for a 650,000-person class): paging by position in this
    list costs the same for every chunk, where a keyset query per chunk made the
    database sort the whole class again each time (quadratic at a million clients).
    """
    query = (
        select(MatterParty.client_id)
        .join(Client, col(Client.id) == col(MatterParty.client_id))
        .where(MatterParty.matter_id == matter_id)
        .order_by(col(Client.sort_key), col(Client.id))
    )
    # Streamed from the cursor (yield_per), so the result is never held as row objects.
    rows = session.exec(query.execution_options(yield_per=20_000))
    return array("q", (int(cid) for cid in rows))


def members_by_id(
    session: Session, matter_id: int, client_ids: Sequence[int]
) -> list[tuple[MatterParty, Client]]:
    """The party and client rows of ``client_ids``, in that order (gone ones left out)."""
    query = (
        select(MatterParty, Client)
        .join(Client, col(Client.id) == col(MatterParty.client_id))
        .where(MatterParty.matter_id == matter_id, col(Client.id).in_(list(client_ids)))
    )
    found = {client.id: (party, client) for party, client in session.exec(query)}
    return [found[cid] for cid in client_ids if cid in found]


def obligation_ids(session: Session, matter_id: int) -> list[int]:
    """Every obligation of every order in the matter, in id order."""
    query = (
        select(Obligation.id)
        .join(CourtOrder, col(CourtOrder.id) == col(Obligation.order_id))
        .where(CourtOrder.matter_id == matter_id)
        .order_by(col(Obligation.id))
    )
    return [int(i) for i in session.exec(query) if i is not None]


def obligations_naming_people(session: Session, ids: list[int]) -> set[int]:
    """Those of ``ids`` that name particular people (the rest bind everyone in the matter)."""
    if not ids:
        return set()
    query = (
        select(ObligationClient.obligation_id)
        .where(col(ObligationClient.obligation_id).in_(ids))
        .distinct()
    )
    return {int(i) for i in session.exec(query)}


def named_in(session: Session, ids: list[int], clients: list[int]) -> dict[int, set[int]]:
    """client -> which of the obligations ``ids`` name them, for ``clients`` only."""
    found: dict[int, set[int]] = defaultdict(set)
    if not ids or not clients:
        return found
    query = select(ObligationClient.obligation_id, ObligationClient.client_id).where(
        col(ObligationClient.obligation_id).in_(ids), col(ObligationClient.client_id).in_(clients)
    )
    for oid, cid in session.exec(query):
        found[int(cid)].add(int(oid))
    return found


def latest_compliance(
    session: Session, ids: list[int], clients: list[int]
) -> dict[int, dict[int, str]]:
    """client -> obligation -> status of the latest record, for ``clients`` only."""
    found: dict[int, dict[int, str]] = defaultdict(dict)
    if not ids or not clients:
        return found
    query = (
        select(ComplianceRecord.client_id, ComplianceRecord.obligation_id, ComplianceRecord.status)
        .where(
            col(ComplianceRecord.obligation_id).in_(ids),
            col(ComplianceRecord.client_id).in_(clients),
        )
        .order_by(col(ComplianceRecord.date_key), col(ComplianceRecord.id))
    )
    for cid, oid, status in session.exec(query):
        found[int(cid)][int(oid)] = str(status)  # later records overwrite earlier ones
    return found
