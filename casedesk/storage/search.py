"""The full-text index of clients (FTS5, accents folded) and its queries.

One index row per client, rowid = client id, with three columns: every spelling of
the name (the name and all aliases), identifiers (the A-Number as typed forms), and
note text. Services rewrite a client's row in the same transaction as any change to
those fields, so the index cannot drift; ``rebuild_all`` recovers one that did.
"""

from collections.abc import Sequence

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk.domain.names import PARTICLES, PersonName, fold
from casedesk.storage.tables import FTS_TABLE, Alias, Client, Note

MAX_NOTES_CHARS = 50_000
PARTICLE_WORDS = frozenset(word for particle in PARTICLES for word in particle.split())


def index_text(
    name: PersonName,
    description: str,
    a_number: str | None,
    aliases: Sequence[PersonName],
    notes: Sequence[str],
) -> tuple[str, str, str]:
    """The (names, ids, notes) text indexed for one client."""
    names = [name.full, description, *(a.full for a in aliases)]
    ids = f"{a_number} A{a_number}" if a_number else ""
    return " ".join(n for n in names if n), ids, " ".join(notes)[:MAX_NOTES_CHARS]


def index_client(session: Session, client_id: int) -> None:
    """(Re)write the index row of one client."""
    client = session.get(Client, client_id)
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": client_id})
    if client is None:
        return
    aliases = session.exec(select(Alias).where(Alias.client_id == client_id)).all()
    notes = session.exec(select(Note.body).where(Note.client_id == client_id)).all()
    names, ids, note_text = index_text(
        PersonName(client.given, client.surname, client.second_surname),
        client.description,
        client.a_number,
        [PersonName(a.given, a.surname, a.second_surname) for a in aliases],
        notes,
    )
    session.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, names, ids, notes) VALUES (:id, :n, :i, :t)"),
        {"id": client_id, "n": names, "i": ids, "t": note_text},
    )


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must match as a prefix, accents ignored.

    Words are folded and quoted, so a person's input can never be read as FTS syntax.
    """
    # Double quotes would end the quoted FTS string early; nothing else needs escaping.
    words = [w for w in fold(query).replace('"', " ").split() if w]
    # "de", "la", "del" match the start of thousands of words and add nothing a surname
    # does not already say; they are left out unless the query has nothing else.
    meaningful = [w for w in words if w not in PARTICLE_WORDS]
    words = meaningful or words
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words[:12])


def search_ids(session: Session, query: str, *, limit: int) -> list[int]:
    """Client ids matching ``query``, best first (bm25; names weigh more than notes)."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = session.execute(
        text(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
            f"ORDER BY bm25({FTS_TABLE}, 10.0, 5.0, 1.0) LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    ).all()
    return [int(r[0]) for r in rows]


def rebuild_all(session: Session) -> int:
    """Rebuild the whole index from the tables; returns the number of clients indexed."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    ids = session.exec(select(Client.id).order_by(col(Client.id))).all()
    for cid in ids:
        if cid is not None:
            index_client(session, cid)
    return len(ids)


def check(session: Session) -> int:
    """Number of clients whose index row is missing (0 when in step)."""
    missing = session.execute(
        text(f"SELECT count(*) FROM client WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})")
    ).scalar_one()
    return int(missing)
