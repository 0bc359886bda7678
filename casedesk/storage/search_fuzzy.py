"""Names spelt a little differently: "Hernandes" finds "Hernández" when the ordinary
search (every word as a prefix) finds nothing or next to nothing.

One rule on both kinds of store, applied here in Python with rapidfuzz: a client
matches when each query word is close to some word of one of the client's names
(the name and aliases, accents folded as the search index folds them):

- a word of four letters or more is close to a name word whose rapidfuzz ``ratio`` is
  at least :data:`CUTOFF` (one letter wrong in five; "lopes" → "lopez",
  "hernandes" → "hernandez"), or that starts with it;
- a shorter word, or one with digits, must start a name word (too few letters for a
  misspelling to be told from another name).

A client's score is the mean of its words' best ratios; results come best first, then
by client id, so both kinds give the same order for the same clients.

Where the candidates come from differs, because each database has its own index:

- **SQLite**: the FTS5 vocabulary of the names column (an ``fts5vocab`` table in the
  connection's temporary schema) gives every distinct name word; rapidfuzz picks the
  close ones in C, and an FTS5 query fetches the clients holding them (at most
  :data:`MAX_CANDIDATES`, best ranked first). Every close word is considered.
- **PostgreSQL**: the trigram index (``pg_trgm``) on the folded names finds clients
  whose names hold a word sharing at least :data:`TRIGRAM_THRESHOLD` of the query
  word's trigrams (``<%``, word similarity), at most :data:`MAX_CANDIDATES` of them,
  most similar first, and the rule above is applied to those. A close spelling that
  shares fewer trigrams (a wrong letter in the middle of a short word, "lupez") or
  one beyond the first :data:`MAX_CANDIDATES` candidates can be found on SQLite only.

Row-level security applies on a team store as to any query: only clients the login may
see are candidates.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from casedesk.storage.dialect import is_postgres
from casedesk.storage.tables import FTS_TABLE

#: rapidfuzz ratio (0-100) from which two spellings are the same name word.
CUTOFF = 80.0
#: Words shorter than this must match as a prefix (no misspelling allowed).
MIN_FUZZY_LEN = 4
#: pg_trgm word similarity a PostgreSQL candidate must reach (the default is 0.6).
TRIGRAM_THRESHOLD = 0.4
#: Candidates either database hands over for scoring, most similar (or best ranked) first:
#: a common surname misspelt matches thousands of clients, and only a page is shown.
MAX_CANDIDATES = 500
_VOCAB = "casedesk_name_terms"


def fuzzy_word(word: str) -> bool:
    """Whether ``word`` may be matched by a close spelling rather than as a prefix."""
    return len(word) >= MIN_FUZZY_LEN and word.isalpha()


def score(words: Sequence[str], name_words: Iterable[str]) -> float | None:
    """The mean closeness (0-100) of ``words`` to ``name_words``; None when a word has
    no close name word (see the module's rule)."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - only when a search falls back

    vocabulary = list(dict.fromkeys(name_words))
    total = 0.0
    for word in words:
        if any(t.startswith(word) for t in vocabulary):
            total += 100.0
            continue
        if not fuzzy_word(word):
            return None
        best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=CUTOFF)
        if best is None:
            return None
        total += float(best[1])
    return total / len(words)


def similar_ids(session: Session, words: Sequence[str], *, limit: int) -> list[int]:
    """Clients whose names are close to ``words`` (already folded, see
    ``search.match_words``), best first; [] when no word may be misspelt."""
    words = [w for w in words if w]
    if not words or not any(fuzzy_word(w) for w in words):
        return []
    candidates = (
        _pg_candidates(session, words)
        if is_postgres(session)
        else _sqlite_candidates(session, words)
    )
    scored = []
    for client_id, names in candidates:
        value = score(words, names.split())
        if value is not None:
            scored.append((-value, client_id))
    scored.sort()
    return [client_id for _, client_id in scored[:limit]]


def _pg_candidates(session: Session, words: Sequence[str]) -> list[tuple[int, str]]:
    fuzzy = [w for w in words if fuzzy_word(w)]
    params: dict[str, object] = {f"w{n}": w for n, w in enumerate(fuzzy)}
    # Names in client_search are folded already; the query word is folded the same way
    # (unaccent for anything fold() leaves).
    near = " AND ".join(f"casedesk_unaccent(:w{n}) <% names" for n in range(len(fuzzy)))
    closeness = " + ".join(
        f"word_similarity(casedesk_unaccent(:w{n}), names)" for n in range(len(fuzzy))
    )
    # The operator's threshold is a setting: for this transaction only.
    session.execute(
        text("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)"),
        {"t": str(TRIGRAM_THRESHOLD)},
    )
    rows = session.execute(
        text(
            f"SELECT client_id, names FROM client_search WHERE {near} "
            f"ORDER BY {closeness} DESC, client_id LIMIT {MAX_CANDIDATES}"
        ),
        params,
    ).all()
    return [(int(r[0]), str(r[1])) for r in rows]


def _sqlite_candidates(session: Session, words: Sequence[str]) -> list[tuple[int, str]]:
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - only when a search falls back

    terms = _name_terms(session)
    groups = []
    for word in words:
        if fuzzy_word(word):
            close = [
                str(m[0])
                for m in process.extract(
                    word, terms, scorer=fuzz.ratio, score_cutoff=CUTOFF, limit=None
                )
            ]
            group = [f'"{t}"' for t in close] + [f'"{word}"*']
        else:
            group = [f'"{word}"*']
        groups.append("names : (" + " OR ".join(group) + ")")
    rows = session.execute(
        text(
            f"SELECT rowid, names FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
            f"ORDER BY bm25({FTS_TABLE}, 10.0, 5.0, 1.0) LIMIT {MAX_CANDIDATES}"
        ),
        {"q": " AND ".join(groups)},
    ).all()
    return [(int(r[0]), _folded(str(r[1]))) for r in rows]


def _name_terms(session: Session) -> list[str]:
    """Every distinct word of the index's names column.

    Read from the index's own word list (an ``fts5vocab`` table in this connection's
    temporary schema, so the store file is not changed), which walks the whole index:
    tens of milliseconds at 100,000 clients. So the list is kept with the connection
    until the store changes: ``data_version`` moves when another connection commits,
    ``total_changes`` when this one writes."""
    proxied = session.connection().connection
    raw: Any = proxied.driver_connection
    stamp = (session.execute(text("PRAGMA data_version")).scalar(), raw.total_changes)
    kept = proxied.info.get(_VOCAB)
    if kept is not None and kept[0] == stamp:
        return list(kept[1])
    session.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_VOCAB} "
            f"USING fts5vocab(main, {FTS_TABLE}, col)"
        )
    )
    terms = [
        str(r[0])
        for r in session.execute(text(f"SELECT term FROM temp.{_VOCAB} WHERE col = 'names'"))
    ]
    proxied.info[_VOCAB] = (stamp, tuple(terms))
    return terms


def _folded(names: str) -> str:
    """The stored names text split and folded as the index folds it."""
    from casedesk.storage.search_pg import tokens  # noqa: PLC0415 - a pure helper

    return tokens(names)
