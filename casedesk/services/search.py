"""Finding clients by any spelling, accent or alias, or by A-Number."""

from casedesk.domain.anumber import ANumber
from casedesk.domain.errors import ValidationError
from casedesk.services import validate as v
from casedesk.services import views
from casedesk.services.context import ServiceContext
from casedesk.services.schemas import SearchHit
from casedesk.storage import search as fts
from casedesk.storage import search_fuzzy
from casedesk.storage.queries import clients as client_q

MAX_QUERY = 200
#: Fewer finds than this and names spelt a little differently are added after them.
FEW_HITS = 3


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def clients(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Clients matching every word of ``query`` (prefixes, accents ignored), best first.

        A query that reads as an A-Number also finds the client holding it, first.
        When that finds fewer than :data:`FEW_HITS` clients, clients whose names are
        close spellings of the words follow (:mod:`casedesk.storage.search_fuzzy`).
        """
        query = v.text(query, "query", max_len=MAX_QUERY)
        with self.ctx.store.read() as session:
            ids: list[int] = []
            if ANumber.is_candidate(query):
                try:
                    digits = ANumber.parse(query).digits
                except ValidationError:
                    digits = None
                if digits:
                    ids += client_q.ids_by_a_number(session, digits)
            ids += [i for i in fts.search_ids(session, query, limit=limit) if i not in ids]
            if len(ids) < FEW_HITS:
                # Next to nothing found: try the names spelt a little differently
                # ("Hernandes" for "Hernández"), after the exact finds.
                similar = search_fuzzy.similar_ids(session, fts.match_words(query), limit=limit)
                ids += [i for i in similar if i not in ids]
            ids = ids[:limit]
            if not ids:
                return []
            found = {c.id: c for c in client_q.by_ids(session, ids)}
            rows = views.client_rows(session, self.ctx, [found[i] for i in ids if i in found])
            return [SearchHit(**row.model_dump()) for row in rows]
