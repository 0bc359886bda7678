"""The full-text index of clients (FTS5, accents folded) and its queries.

On a team store the same calls go to :mod:`casedesk.storage.search_pg`, which builds
the same words into a PostgreSQL ``tsvector``: services never see the difference.

One index row per client, rowid = client id, with three columns: every spelling of
the name (the name and all aliases), identifiers (the A-Number as typed forms), and
note text. Services rewrite a client's row in the same transaction as any change to
those fields, so the index cannot drift; ``rebuild_all`` recovers one that did.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk.domain.names import PARTICLES, PersonName, fold
from casedesk.storage import search_pg
from casedesk.storage.dialect import is_postgres
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
    if is_postgres(session):
        search_pg.delete(session, client_id)
    else:
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
    insert_rows(session, [{"rowid": client_id, "names": names, "ids": ids, "notes": note_text}])


def insert_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Add index rows (``rowid``, ``names``, ``ids``, ``notes``) for clients that have
    none yet: bulk loads (demo data, imports) write many in one statement."""
    if is_postgres(session):
        search_pg.insert_rows(session, rows)
    elif rows:
        session.execute(
            text(
                f"INSERT INTO {FTS_TABLE}(rowid, names, ids, notes) "
                "VALUES (:rowid, :names, :ids, :notes)"
            ),
            list(rows),
        )


def match_words(query: str) -> list[str]:
    """The folded words of ``query`` that a search must find (each as a prefix)."""
    # Double quotes would end the quoted FTS string early; nothing else needs escaping.
    words = [w for w in fold(query).replace('"', " ").split() if w]
    # "de", "la", "del" match the start of thousands of words and add nothing a surname
    # does not already say; they are left out unless the query has nothing else.
    meaningful = [w for w in words if w not in PARTICLE_WORDS]
    return (meaningful or words)[:12]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must match as a prefix, accents ignored.

    Words are folded and quoted, so a person's input can never be read as FTS syntax.
    """
    words = match_words(query)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def search_ids(session: Session, query: str, *, limit: int) -> list[int]:
    """Client ids matching ``query``, best first (bm25; names weigh more than notes)."""
    if is_postgres(session):
        return search_pg.search_ids(session, match_words(query), limit=limit)
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


def clear(session: Session) -> None:
    """Empty the index (before a rebuild; tests use it to lose the index on purpose)."""
    if is_postgres(session):
        search_pg.delete_all(session)
    else:
        session.execute(text(f"DELETE FROM {FTS_TABLE}"))


def rebuild_all(session: Session) -> int:
    """Rebuild the whole index from the tables; returns the number of clients indexed."""
    clear(session)
    ids = session.exec(select(Client.id).order_by(col(Client.id))).all()
    for cid in ids:
        if cid is not None:
            index_client(session, cid)
    return len(ids)


def check(session: Session) -> int:
    """Number of clients whose index row is missing (0 when in step)."""
    if is_postgres(session):
        return search_pg.check(session)
    missing = session.execute(
        text(f"SELECT count(*) FROM client WHERE id NOT IN (SELECT rowid FROM {FTS_TABLE})")
    ).scalar_one()
    return int(missing)
