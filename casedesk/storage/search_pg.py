"""The client search index on PostgreSQL: the same words, folded the same way, as the
FTS5 index on SQLite, so both kinds of store find the same clients.

Each client has one row in ``client_search`` holding a ``tsvector`` built from the text
that FTS5 would tokenise: names weigh most (A), then identifiers (B), then notes (C).
Words are split and accents folded here exactly as FTS5's ``unicode61`` tokenizer does,
and the server's ``unaccent`` folds anything written by other programs the same way.
A query is every word as a prefix (``word:*``), ranked by ``ts_rank`` with the FTS5
weights; a GIN index answers it. A trigram index (``pg_trgm``) on the names serves
similarity look-ups of misspelt names.
"""

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from casedesk.domain.names import fold

TABLE = "client_search"
# FTS5's unicode61 tokenizer: runs of letters and digits; everything else separates.
_TOKEN = re.compile(r"[^\W_]+")
# ts_rank weights for {D, C, B, A}: notes 1, identifiers 5, names 10 (as bm25 in FTS5).
_WEIGHTS = "{0.0, 0.1, 0.5, 1.0}"

DDL = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # unaccent() is only STABLE (its dictionary could change); pinning the dictionary
    # makes it safe to use in an index expression.
    "CREATE OR REPLACE FUNCTION casedesk_unaccent(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$",
    f"CREATE TABLE {TABLE} ("
    "client_id integer NOT NULL, "
    "names text NOT NULL, "
    "doc tsvector NOT NULL, "
    f"CONSTRAINT pk_{TABLE} PRIMARY KEY (client_id), "
    f"CONSTRAINT fk_{TABLE}_client_id_client FOREIGN KEY (client_id) "
    "REFERENCES client (id) ON DELETE CASCADE)",
    f"CREATE INDEX ix_{TABLE}_doc ON {TABLE} USING gin (doc)",
    f"CREATE INDEX ix_{TABLE}_names_trgm ON {TABLE} USING gin (names gin_trgm_ops)",
)
DROP = (f"DROP TABLE IF EXISTS {TABLE}", "DROP FUNCTION IF EXISTS casedesk_unaccent(text)")


def tokens(value: str) -> str:
    """``value`` as FTS5 would index it: folded words separated by spaces."""
    return " ".join(_TOKEN.findall(fold(value)))


_DOC = (
    "setweight(to_tsvector('simple', casedesk_unaccent(:n)), 'A') || "
    "setweight(to_tsvector('simple', casedesk_unaccent(:i)), 'B') || "
    "setweight(to_tsvector('simple', casedesk_unaccent(:t)), 'C')"
)


def _params(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["rowid"],
        "n": tokens(row["names"]),
        "i": tokens(row["ids"]),
        "t": tokens(row["notes"]),
    }


def insert_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write index rows (``rowid``, ``names``, ``ids``, ``notes``), replacing any there."""
    if not rows:
        return
    session.execute(
        text(
            f"INSERT INTO {TABLE} (client_id, names, doc) VALUES (:id, :n, {_DOC}) "
            "ON CONFLICT (client_id) DO UPDATE SET names = excluded.names, doc = excluded.doc"
        ),
        [_params(r) for r in rows],
    )


def delete(session: Session, client_id: int) -> None:
    session.execute(text(f"DELETE FROM {TABLE} WHERE client_id = :id"), {"id": client_id})


def delete_all(session: Session) -> None:
    session.execute(text(f"DELETE FROM {TABLE}"))


def tsquery(query_words: Sequence[str]) -> str | None:
    """``w1:* & w2:*`` from words already chosen as FTS5 would (see search.match_words)."""
    lexemes = [t for w in query_words for t in _TOKEN.findall(w)]
    if not lexemes:
        return None
    return " & ".join(f"{t}:*" for t in lexemes[:12])


def search_ids(session: Session, query_words: Sequence[str], *, limit: int) -> list[int]:
    expression = tsquery(query_words)
    if expression is None:
        return []
    rows = session.execute(
        text(
            f"SELECT client_id FROM {TABLE} WHERE doc @@ to_tsquery('simple', :q) "
            f"ORDER BY ts_rank('{_WEIGHTS}', doc, to_tsquery('simple', :q)) DESC, client_id "
            "LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    ).all()
    return [int(r[0]) for r in rows]


def check(session: Session) -> int:
    missing = session.execute(
        text(
            f"SELECT count(*) FROM client c WHERE NOT EXISTS (SELECT 1 FROM {TABLE} s WHERE s.client_id = c.id)"
        )
    ).scalar_one()
    return int(missing)
