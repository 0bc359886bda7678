"""Matters, their rosters (who is a party) and head counts."""

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from casedesk.storage.tables import Client, CourtOrder, Matter, MatterParty


def all_matters(session: Session) -> list[Matter]:
    """Every matter in the order it was opened."""
    return list(session.exec(select(Matter).order_by(col(Matter.id))).all())


def by_docket(session: Session, court: str, docket: str) -> Matter | None:
    """The matter with this court and docket number, if one is open."""
    return session.exec(
        select(Matter).where(Matter.court == court, Matter.docket == docket)
    ).first()


def party(session: Session, matter_id: int, client_id: int) -> MatterParty | None:
    """The link between a client and a matter, if there is one."""
    return session.exec(
        select(MatterParty).where(
            MatterParty.matter_id == matter_id, MatterParty.client_id == client_id
        )
    ).first()


def is_party(session: Session, matter_id: int, client_id: int) -> bool:
    """Whether ``client_id`` is on the matter's roster."""
    return (
        session.exec(
            select(MatterParty.id).where(
                MatterParty.matter_id == matter_id, MatterParty.client_id == client_id
            )
        ).first()
        is not None
    )


def roster_ids(session: Session, matter_id: int) -> list[int]:
    """The client ids on a matter's roster (in no particular order)."""
    return list(
        session.exec(select(MatterParty.client_id).where(MatterParty.matter_id == matter_id)).all()
    )


def people_per_matter(session: Session) -> dict[int, int]:
    """How many people each matter's roster holds (matters with nobody left out)."""
    rows = session.exec(
        select(MatterParty.matter_id, func.count()).group_by(col(MatterParty.matter_id))
    ).all()
    return {int(mid): int(n) for mid, n in rows}


def orders_per_matter(session: Session) -> dict[int, int]:
    """How many orders each matter has (matters with none left out)."""
    rows = session.exec(
        select(CourtOrder.matter_id, func.count()).group_by(col(CourtOrder.matter_id))
    ).all()
    return {int(mid): int(n) for mid, n in rows}


def roster_size(session: Session, matter_id: int) -> int:
    """How many people are on a matter's roster."""
    return int(session.exec(select(func.count()).where(MatterParty.matter_id == matter_id)).one())


def roster_rows(
    session: Session, matter_id: int, *, offset: int = 0, limit: int | None = None
) -> list[tuple[MatterParty, Client]]:
    """A matter's parties with their client rows, in name order (a page if ``limit``)."""
    query = (
        select(MatterParty, Client)
        .join(Client, col(Client.id) == col(MatterParty.client_id))
        .where(MatterParty.matter_id == matter_id)
        .order_by(col(Client.sort_key), col(Client.id))
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.exec(query).all())


def orders_of(session: Session, matter_id: int) -> list[CourtOrder]:
    """A matter's orders, oldest issued first."""
    return list(
        session.exec(
            select(CourtOrder)
            .where(CourtOrder.matter_id == matter_id)
            .order_by(col(CourtOrder.issued_utc))
        ).all()
    )


def dockets_by_client(session: Session, client_ids: list[int]) -> list[tuple[int, str]]:
    """(client id, docket) for every matter of the given clients, by docket."""
    if not client_ids:
        return []
    return list(
        session.exec(
            select(MatterParty.client_id, Matter.docket)
            .join(Matter, col(Matter.id) == col(MatterParty.matter_id))
            .where(col(MatterParty.client_id).in_(client_ids))
            .order_by(col(Matter.docket))
        ).all()
    )


def links_of(session: Session, client_id: int) -> list[tuple[MatterParty, Matter]]:
    """A client's matter links with their matters, in the order the matters were opened."""
    return list(
        session.exec(
            select(MatterParty, Matter)
            .join(Matter, col(Matter.id) == col(MatterParty.matter_id))
            .where(MatterParty.client_id == client_id)
            .order_by(col(Matter.id))
        ).all()
    )


def obligation_kinds(session: Session, matter_id: int) -> list[tuple[int, str]]:
    """(obligation id, kind of its order) for every obligation in the matter, by id."""
    rows = session.execute(
        text(
            "SELECT o.id, co.kind FROM obligation o JOIN court_order co ON co.id = o.order_id "
            "WHERE co.matter_id = :m ORDER BY o.id"
        ),
        {"m": matter_id},
    ).all()
    return [(int(r[0]), str(r[1])) for r in rows]
