"""The same person under two records: candidate pairs, merging, and pairs recorded as
different people. The matching rules live in :mod:`casedesk.services.duplicate_match`.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlmodel import Session

from casedesk.domain.anumber import ANumber
from casedesk.domain.changes import Changes
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.domain.names import PersonName
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.clients import refresh_summary, snapshot
from casedesk.services.context import ServiceContext
from casedesk.services.duplicate_match import NameIndex, build_index, looks_like
from casedesk.storage import search as fts
from casedesk.storage.queries import duplicates as q
from casedesk.storage.tables import Alias, Client, DistinctPair


@dataclass(frozen=True)
class Candidate:
    """Two clients that may be one person; ``keep_id`` is the suggested record to keep."""

    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    score: float
    reason: str
    #: Already recorded as two different people (listed only when asked for).
    decided: bool = False


def _union(a: str, b: str) -> str:
    items: list[str] = []
    for item in f"{a},{b}".split(","):
        if item.strip() and item.strip().casefold() not in (i.casefold() for i in items):
            items.append(item.strip())
    return ", ".join(items)


def _display(given: str, surname: str, second: str, cid: int) -> str:
    return PersonName(given, surname, second).display or f"Unidentified person #{cid}"


class _TopPairs:
    """The ``limit`` best candidate pairs, kept as they stream in (``--limit`` applied
    while searching, not after building and sorting every pair of a million clients).

    Best means: higher score, then exact names, then more A-Numbers, then lower ids. A
    pair met again (through an alias) keeps its better finding; a pair is compared by
    (score, exact) as before, so which reason it shows does not depend on the order.
    """

    def __init__(self, limit: int) -> None:
        self.limit = max(0, limit)
        self._heap: list[tuple[float, bool, int, int, int]] = []  # worst on top
        self._live: dict[tuple[int, int], tuple[float, bool, int, int, int]] = {}
        self.found: dict[tuple[int, int], tuple[float, str]] = {}

    def offer(
        self, pair: tuple[int, int], score: float, exact: bool, numbers: int, reason: str
    ) -> None:
        if not self.limit:
            return
        entry = (score, exact, numbers, -pair[0], -pair[1])
        held = self._live.get(pair)
        if held is not None and entry[:2] <= held[:2]:
            return  # a finding no better than the one kept
        if held is None and len(self._live) >= self.limit and entry <= self._worst():
            return  # would not make the list
        self._live[pair] = entry
        self.found[pair] = (score, reason)
        heapq.heappush(self._heap, entry)  # an older entry of the pair goes stale
        while len(self._live) > self.limit:
            dropped = heapq.heappop(self._heap)
            dropped_pair = (-dropped[3], -dropped[4])
            if self._live.get(dropped_pair) == dropped:
                del self._live[dropped_pair]
                del self.found[dropped_pair]

    def _worst(self) -> tuple[float, bool, int, int, int]:
        while True:  # drop stale entries (a pair since found with a better score)
            top = self._heap[0]
            if self._live.get((-top[3], -top[4])) == top:
                return top
            heapq.heappop(self._heap)

    def ranked(self) -> list[tuple[int, int]]:
        return sorted(self._live, key=lambda p: self._live[p], reverse=True)


class DuplicateService:
    """Duplicate candidates, merging, and pairs recorded as different people."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def candidates(
        self, *, limit: int = 10_000, include_archived: bool = False, include_decided: bool = False
    ) -> list[Candidate]:
        """Likely duplicate pairs, best first (score, then exact names, then A-Numbers).

        Pairs recorded as different people are left out, or with ``include_decided``
        listed with ``decided`` set (the review screen can show what was decided)."""
        with self.ctx.store.read() as session:
            index = build_index(session, include_archived=include_archived)
            distinct = q.distinct_pairs(session)
        best = _TopPairs(limit)
        for a, b, score, reason in index.pairs():
            pair = (a.cid, b.cid) if a.cid < b.cid else (b.cid, a.cid)
            if pair in distinct and not include_decided:
                continue
            exact = a.fgiven == b.fgiven and a.fsurnames == b.fsurnames
            best.offer(pair, score, exact, bool(a.number) + bool(b.number), reason)
        order = best.ranked()
        ids = sorted({cid for pair in order for cid in pair})
        with self.ctx.store.read() as session:
            info: dict[int, tuple[str, bool]] = {}
            for cid, given, surname, second, number in q.name_facts(session, ids):
                info[cid] = (_display(given, surname, second, cid), bool(number))
        result: list[Candidate] = []
        for low, high in order:
            # Keep the older record, unless only the newer one has an A-Number.
            keep, other = (high, low) if info[high][1] and not info[low][1] else (low, high)
            score, reason = best.found[(low, high)]
            decided = (low, high) in distinct
            result.append(
                Candidate(keep, other, info[keep][0], info[other][0], score, reason, decided)
            )
        return result

    def mark_distinct(self, a: int, b: int) -> Changes:
        """Record that two clients are different people (audited; repeating it is a no-op)."""
        if a == b:
            raise ValidationError("other", "a client cannot be a different person from itself")
        low, high = min(v.existing_id(a, "client"), v.existing_id(b, "client")), max(a, b)
        with self.ctx.store.write() as session:
            for cid in (low, high):
                if session.get(Client, cid) is None:
                    raise NotFoundError("client", cid)
            if session.get(DistinctPair, (low, high)) is not None:
                return Changes()
            session.add(DistinctPair(low_id=low, high_id=high, created_at=self.ctx.now()))
            for cid in (low, high):
                audit.record(
                    session,
                    self.ctx,
                    AuditAction.UPDATE,
                    "distinct_pair",
                    None,
                    after={"clients": [low, high], "different_people": True},
                    client_id=cid,
                )
        return Changes(clients=frozenset({low, high}))

    def merge(self, keep_id: int, other_id: int) -> Changes:
        """Fold client ``other_id`` into ``keep_id`` in one audited transaction.

        Every history row, alias, note, contact, document, deadline, compliance record and
        matter or obligation link moves; the other spelling becomes an alias; the other
        A-Number, date of birth and nationality fill empty fields (never overwrite).
        """
        if keep_id == other_id:
            raise ValidationError("other", "choose two different clients to merge")
        v.existing_id(keep_id, "client")
        v.existing_id(other_id, "client")
        with self.ctx.store.write() as session:
            keep, other = session.get(Client, keep_id), session.get(Client, other_id)
            if keep is None:
                raise NotFoundError("client", keep_id)
            if other is None:
                raise NotFoundError("client", other_id)
            if keep.a_number and other.a_number and keep.a_number != other.a_number:
                raise ValidationError(
                    "a_number",
                    f"the two records have different A-Numbers ({ANumber(keep.a_number).display}"
                    f" and {ANumber(other.a_number).display}); they are different people",
                )
            before = {
                "keep": {"id": keep_id, **snapshot(keep)},
                "other": {"id": other_id, **snapshot(other)},
            }
            moved = _move_children(session, keep_id, other_id)
            names = [(c.given, c.surname, c.second_surname) for c in (keep, other)]
            if not (keep.given or keep.surname):
                keep.given, keep.surname, keep.second_surname = names[1]
                keep.sort_key, keep.match_key = other.sort_key, other.match_key
            elif (other.given or other.surname) and names[0] != names[1]:
                _alias(session, keep_id, *names[1], f"merged from client {other_id}", self.ctx)
            number, other.a_number = other.a_number, None
            session.add(other)
            session.flush()  # free the A-Number before the kept record takes it
            keep.a_number = keep.a_number or number
            if not keep.dob:
                keep.dob, keep.dob_key = other.dob, other.dob_key
            keep.nationality = keep.nationality or other.nationality
            keep.description = keep.description or other.description
            keep.languages = _union(keep.languages, other.languages)
            keep.tags = _union(keep.tags, other.tags)
            keep.version += 1
            keep.updated_at = self.ctx.now()
            session.delete(other)
            session.flush()
            refresh_summary(session, keep)
            session.flush()
            fts.index_client(session, keep_id)
            fts.index_client(session, other_id)  # deletes the merged record's row
            after = {"id": keep_id, "merged": other_id, "moved": moved, **snapshot(keep)}
            audit.record(
                session,
                self.ctx,
                AuditAction.MERGE,
                "client",
                keep_id,
                before=before,
                after=after,
                client_id=keep_id,
                # The merged record is sealed as gone, and the rows moved where they are.
                also=[("client", other_id), *audit.rows_of_client(session, keep_id)],
            )
            return Changes(clients=frozenset({keep_id, other_id}), everything=True)


def _alias(
    session: Session,
    cid: int,
    given: str,
    surname: str,
    second: str,
    source: str,
    ctx: ServiceContext,
) -> None:
    """Add the alias unless the kept client already has exactly this spelling."""
    if not q.has_alias(session, cid, given, surname, second):
        name = PersonName(given, surname, second)
        session.add(
            Alias(
                client_id=cid,
                given=given,
                surname=surname,
                second_surname=second,
                match_key=name.match_key,
                source=source,
                created_at=ctx.now(),
            )
        )


def _move_children(session: Session, keep_id: int, other_id: int) -> dict[str, int]:
    """Point every row of ``other_id`` at ``keep_id``; returns rows moved per table."""
    session.flush()
    moved = q.move_client_rows(session, keep_id, other_id)
    # Someone recorded as a different person from the other record is one from the kept one.
    pairs = q.take_distinct_pairs(session, other_id)
    for low, high, created in pairs:
        third = high if low == other_id else low
        if third != keep_id:
            q.add_distinct_pair(
                session,
                min(keep_id, third),
                max(keep_id, third),
                # SQLite hands instants back without their zone (always UTC).
                created if created.tzinfo else created.replace(tzinfo=UTC),
            )
    moved["distinct_pair"] = len(pairs)
    return moved


def describe(candidate: Candidate) -> dict[str, Any]:
    """A candidate as JSON-ready data (``casedesk duplicates --json``)."""
    return {
        "keep": candidate.keep_id,
        "other": candidate.other_id,
        "keep_name": candidate.keep_name,
        "other_name": candidate.other_name,
        "score": round(candidate.score, 1),
        "reason": candidate.reason,
    }


__all__ = [
    "Candidate",
    "DuplicateService",
    "NameIndex",
    "build_index",
    "describe",
    "looks_like",
]
