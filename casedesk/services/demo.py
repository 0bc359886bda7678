"""Fictional demo records placed in the real public matters of 2025.

Every person here is invented (names drawn at random from common Spanish given names
and surnames); the courts, docket numbers, judges, orders and dates are the public
facts listed in DOMAIN.md. The same seed and the same day give the same store.

Rows go in with bulk ``executemany`` inserts inside one transaction (100,000 clients
in well under a minute), with the derived summary columns and the search index
computed here rather than per client; a single audit entry records the batch.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.courts import court_zone
from casedesk.domain.dates import PartialDate
from casedesk.domain.due import parse_due
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import ValidationError
from casedesk.domain.names import PersonName
from casedesk.services import audit, client_rows
from casedesk.services.context import ServiceContext
from casedesk.services.demo_data import (
    FACILITIES,
    GIVEN_FEMALE,
    GIVEN_MALE,
    MATTERS,
    SURNAMES,
    VARIANTS,
)
from casedesk.services.demo_hearings import add_demo_hearings
from casedesk.storage import search as fts
from casedesk.storage.dialect import reserve_ids
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.queries import bulk
from casedesk.storage.queries import matters as matter_q
from casedesk.storage.tables import (
    CourtOrder,
    Matter,
    Obligation,
    ObligationFinding,
    OrderStatusEntry,
    metadata,
)

MAX_CLIENTS = 1_000_000
#: Share of demo records that are a second, differently spelt record of the person just
#: before them (no A-Number, variant spelling): material for duplicate detection.
DUPLICATE_SHARE = 0.004
BATCH = 5_000


@dataclass
class _Rows:
    clients: list[dict[str, Any]]
    aliases: list[dict[str, Any]]
    statuses: list[dict[str, Any]]
    events: list[dict[str, Any]]
    parties: list[dict[str, Any]]
    compliance: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    deadlines: list[dict[str, Any]]
    fts: list[dict[str, Any]]

    @classmethod
    def empty(cls) -> "_Rows":
        return cls([], [], [], [], [], [], [], [], [], [])


@lru_cache(maxsize=4096)
def _pd(text_: str) -> tuple[str, int]:
    d = PartialDate.parse(text_)
    return d.iso(), d.sort_key


#: Audit actions that mean a person put records in the store (demo data is added
#: under ``demo`` only): once any is on record, the store is not a demo store.
_REAL_DATA = tuple(
    a.value
    for a in (
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
        AuditAction.MERGE,
        AuditAction.IMPORT,
        AuditAction.ARCHIVE,
        AuditAction.PURGE,
    )
)


def _refuse_real_data(session: Session, ctx: ServiceContext) -> None:
    """Fictional people go only into an empty store or one holding demo data alone:
    a real client list must never be mixed with invented ones."""
    if audit_q.any_with_action(session, _REAL_DATA):
        raise ValidationError(
            "store",
            f"{ctx.store.path.name} holds records that are not demo data, and fictional "
            "people must not be mixed with them; try the demo in a store of its own: "
            "casedesk --db demo.sqlite demo",
        )


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def generate(
        self, clients: int = 200, seed: int = 1, progress: Callable[[int, int], None] | None = None
    ) -> Changes:
        """Add ``clients`` fictional people (and the real matters, once) to the store."""
        if not 0 <= clients <= MAX_CLIENTS:
            raise ValidationError(
                "clients", f"must be between 0 and {MAX_CLIENTS:,}; got {clients:,}"
            )
        rng = random.Random(seed)
        now = self.ctx.now()
        with self.ctx.store.write() as session:
            _refuse_real_data(session, self.ctx)
            before = audit.max_ids(session)  # the rows added below are sealed by the entry
            matters = self._ensure_matters(session, now)
            ids = reserve_ids(session, metadata.tables["client"], clients)
            done = 0
            while done < clients:
                count = min(BATCH, clients - done)
                rows = _Rows.empty()
                for i in range(count):
                    cid = ids[done + i]
                    if rows.clients and rng.random() < DUPLICATE_SHARE:
                        self._duplicate(rng, cid, rows)
                    else:
                        self._person(rng, cid, now, matters, rows)
                self._insert(session, rows)
                done += count
                if progress:
                    progress(done, clients)
            audit.record(
                session,
                self.ctx,
                AuditAction.DEMO,
                "store",
                None,
                after={"clients": clients, "seed": seed, "first_id": ids[0] if ids else None},
                seal_since=before.items(),
            )
        return Changes(everything=True)

    # ------------------------------------------------------------------ matters
    def _ensure_matters(self, session: Session, now: datetime) -> dict[str, dict[str, Any]]:
        """The real public matters with their orders and obligations (created once)."""
        found: dict[str, dict[str, Any]] = {}
        for spec in MATTERS:
            matter = matter_q.by_docket(session, spec["court"], spec["docket"])
            if matter is None:
                matter = Matter(
                    title=spec["title"],
                    kind=spec["kind"],
                    court=spec["court"],
                    docket=spec["docket"],
                    judge=spec["judge"],
                    description=spec["description"],
                    created_at=now,
                    updated_at=now,
                )
                session.add(matter)
                session.flush()
                for o in spec["orders"]:
                    self._add_order(session, matter, o, now)
                add_demo_hearings(session, matter, spec["key"], now)
            assert matter.id is not None
            found[spec["key"]] = {
                "id": matter.id,
                "obligations": matter_q.obligation_kinds(session, matter.id),
            }
        return found

    def _add_order(
        self, session: Session, matter: Matter, o: dict[str, Any], now: datetime
    ) -> None:
        issued = datetime.fromisoformat(o["issued"])
        order = CourtOrder(
            matter_id=matter.id or 0,
            kind=o["kind"],
            title=o["title"],
            issued_at=o["issued"],
            issued_utc=issued.astimezone(UTC).isoformat(timespec="seconds"),
            judge=matter.judge,
            status=o["history"][-1][0],
            summary=o["summary"],
            created_at=now,
        )
        session.add(order)
        session.flush()
        for status, when, source in o["history"]:
            iso, key = _pd(when)
            session.add(
                OrderStatusEntry(
                    order_id=order.id or 0,
                    status=status,
                    date=iso,
                    date_key=key,
                    source=source,
                    created_at=now,
                )
            )
        zone = court_zone(matter.court)
        for text_, due in o.get("obligations", []):
            moment = parse_due(due, zone=zone)
            obligation = Obligation(
                order_id=order.id or 0,
                text=text_,
                due_at=moment.stored(),
                due_utc=moment.utc_text(),
                due_zone=moment.zone,
                created_at=now,
            )
            session.add(obligation)
            session.flush()
            for status, when, evidence in o.get("findings", ()):
                iso, key = _pd(when)
                session.add(
                    ObligationFinding(
                        obligation_id=obligation.id or 0,
                        status=status,
                        evidence=evidence,
                        date=iso,
                        date_key=key,
                        created_at=now,
                    )
                )
        session.flush()

    # ------------------------------------------------------------------ people
    def _person(
        self,
        rng: random.Random,
        cid: int,
        now: datetime,
        matters: dict[str, dict[str, Any]],
        rows: _Rows,
    ) -> None:
        group = rng.choices(("jgg_ve", "jgg_sv", "dvd", "eoir"), weights=(55, 10, 25, 10))[0]
        female = group == "dvd" and rng.random() < 0.3
        unidentified = rng.random() < 0.02
        given = (
            ""
            if unidentified
            else " ".join(rng.sample(GIVEN_FEMALE if female else GIVEN_MALE, rng.choice((1, 2, 2))))
        )
        surname = "" if unidentified else rng.choice(SURNAMES)
        second = (
            ""
            if unidentified or rng.random() < 0.15
            else rng.choice([n for n in SURNAMES if n != surname])
        )
        nationality = {"jgg_ve": "VE", "jgg_sv": "SV"}.get(group) or rng.choice(
            ("HN", "GT", "MX", "CU", "NI", "CO", "VE", "EC")
        )
        description = (
            f"Unidentified man on the {rng.choice(('first', 'second', 'third'))} flight, 15 March 2025"
            if unidentified
            else ""
        )
        name = PersonName(given, surname, second)
        a_number = (
            # A bijection of the client id (7919 is prime to 9e8): unique without a lookup.
            None
            if unidentified or rng.random() < 0.2
            else f"{(cid * 7919) % 900_000_000 + 10**8:09d}"
        )
        year = rng.randrange(1970, 2006)
        dob_text = rng.choice(
            (
                f"{year}",
                f"~{year}",
                f"{year}-{rng.randrange(1, 13):02d}",
                f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            )
        )
        dob = None if unidentified else PartialDate.parse(dob_text)
        statuses, events = self._history(rng, group, nationality)
        rows.clients.append(
            {
                "id": cid,
                **client_rows.identity_columns(None if unidentified else name, description),
                "a_number": a_number,
                "dob": dob.iso() if dob else None,
                "dob_key": dob.sort_key if dob else None,
                "nationality": nationality,
                "languages": "Spanish",
                "tags": rng.choice(("", "", "priority", "family-contact")),
                "archived": False,
                "version": 1,
                "created_at": now,
                "updated_at": now,
                **client_rows.summary_columns(statuses, events),
            }
        )
        for s in statuses:
            rows.statuses.append({**s, "client_id": cid, "note": "", "created_at": now})
        for e in events:
            rows.events.append({**e, "client_id": cid, "note": "", "created_at": now})
        alias_names = []
        if not unidentified and rng.random() < 0.25:
            variant = PersonName(VARIANTS.get(given, given), VARIANTS.get(surname, surname), "")
            alias_names.append(variant)
            rows.aliases.append(
                {
                    "client_id": cid,
                    "given": variant.given,
                    "surname": variant.surname,
                    "second_surname": "",
                    "match_key": variant.match_key,
                    "source": "Spelling on a government filing",
                    "created_at": now,
                }
            )
        key = {"jgg_ve": "jgg", "jgg_sv": "jgg", "dvd": "dvd", "eoir": None}[group]
        if key:
            matter = matters[key]
            rows.parties.append(
                {
                    "matter_id": matter["id"],
                    "client_id": cid,
                    "role": "class_member",
                    "created_at": now,
                }
            )
            for ob_id, kind in matter["obligations"]:
                status = self._compliance(rng, group, kind)
                if status:
                    iso, dkey = _pd("2025-04")
                    rows.compliance.append(
                        {
                            "obligation_id": ob_id,
                            "client_id": cid,
                            "status": status,
                            "evidence": "Flight manifest reported by the press"
                            if status == "not_complied"
                            else "",
                            "date": iso,
                            "date_key": dkey,
                            "document_id": None,
                            "created_at": now,
                        }
                    )
        note_bodies = []
        if rng.random() < 0.3:
            body = rng.choice(
                (
                    "Family reports no news since the transfer; consulate asked to confirm location.",
                    "Spoke with sister by phone; she has the original cédula and a birth certificate.",
                    "Client fears return because of threats from a gang in the home town.",
                    "Declaration from the mother signed and notarised; send copy to co-counsel.",
                )
            )
            note_bodies.append(body)
            rows.notes.append(
                {
                    "client_id": cid,
                    "matter_id": None,
                    "body": body,
                    "private": rng.random() < 0.7,
                    "author": "demo",
                    "created_at": now,
                }
            )
        if rng.random() < 0.4:
            rows.contacts.append(
                {
                    "client_id": cid,
                    "name": f"{rng.choice(GIVEN_FEMALE)} {surname}".strip(),
                    "kind": "family",
                    "relationship": rng.choice(("mother", "sister", "wife", "brother")),
                    "phone": f"+58 412 555 {rng.randrange(1000, 9999)}",
                    "email": "",
                    "address": "",
                    "note": "",
                    "created_at": now,
                }
            )
        if rng.random() < 0.05:
            due = datetime.combine(
                self.ctx.today() + timedelta(days=rng.randrange(-10, 45)),
                datetime.min.time(),
                tzinfo=self.ctx.zone,
            ).replace(hour=17)
            rows.deadlines.append(
                {
                    "title": rng.choice(
                        (
                            "File declaration of family contact",
                            "Reply brief due",
                            "Status report to the court",
                            "Submit FOIA follow-up",
                        )
                    ),
                    "due_at": due.isoformat(timespec="minutes"),
                    "due_utc": due.astimezone(UTC).isoformat(timespec="seconds"),
                    "due_zone": getattr(due.tzinfo, "key", "UTC"),
                    "due_rule": "",
                    "client_id": cid,
                    "matter_id": None,
                    "done": False,
                    "done_at": None,
                    "note": "",
                    "created_at": now,
                }
            )
        names, ids, notes = fts.index_text(name, description, a_number, alias_names, note_bodies)
        rows.fts.append({"rowid": cid, "names": names, "ids": ids, "notes": notes})

    def _duplicate(self, rng: random.Random, cid: int, rows: _Rows) -> None:
        """A second record of the previous person, as a press list would spell it."""
        original = rows.clients[-1]
        if not original["given"]:
            original = {**original, "given": "José", "surname": "Pérez"}
        given = " ".join(VARIANTS.get(w, w) for w in original["given"].split()[:1])
        surname = VARIANTS.get(original["surname"], original["surname"])
        name = PersonName(given, surname, "")  # the second surname dropped, as lists often do
        dob = PartialDate.parse(original["dob"]).year_only() if original["dob"] else None
        rows.clients.append(
            {
                **original,
                "id": cid,
                "given": given,
                "surname": surname,
                "second_surname": "",
                "description": "",
                "sort_key": name.sort_key,
                "match_key": name.match_key,
                "a_number": None,
                "dob": dob.iso() if dob else None,
                "dob_key": dob.sort_key if dob else None,
                "tags": "check-duplicate",
                # No history of its own yet, so the summary columns say so (as refresh would).
                "current_status": "unknown",
                "status_since": None,
                "whereabouts": None,
                "whereabouts_place": "",
                "whereabouts_country": None,
                "whereabouts_since": None,
                "last_contact": None,
                "last_contact_key": None,
            }
        )
        source = rng.choice(("Press list of names", "Family member's message", "Consulate list"))
        names, ids, notes = fts.index_text(name, "", None, [], [f"Spelling from: {source}"])
        rows.fts.append({"rowid": cid, "names": names, "ids": ids, "notes": notes})

    def _history(
        self, rng: random.Random, group: str, nationality: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        statuses: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []

        def status(
            value: str, when: str, source: str, country: str | None = None, conf: str = "confirmed"
        ) -> None:
            iso, key = _pd(when)
            statuses.append(
                {
                    "status": value,
                    "date": iso,
                    "date_key": key,
                    "country": country,
                    "source": source,
                    "confidence": conf,
                }
            )

        def event(
            kind: str,
            when: str,
            place: str,
            country: str | None,
            source: str,
            conf: str = "reported",
        ) -> None:
            iso, key = _pd(when)
            events.append(
                {
                    "kind": kind,
                    "date": iso,
                    "date_key": key,
                    "place": place,
                    "country": country,
                    "source": source,
                    "confidence": conf,
                }
            )

        arrest_day = date(2025, 1, 20) + timedelta(days=rng.randrange(0, 50))
        facility = rng.choice(FACILITIES)
        if group in ("jgg_ve", "jgg_sv"):
            first = rng.choice(
                ("pending_asylum", "pending_asylum", "final_order", "refugee_approved", "tps")
            )
            status(
                first,
                f"{rng.randrange(2019, 2025)}-{rng.randrange(1, 13):02d}",
                "EOIR record",
                conf="confirmed",
            )
            if group == "jgg_sv" and rng.random() < 0.2:
                status(
                    "withholding_granted", "2019-10", "Immigration judge's decision", country="SV"
                )
            event("arrested", arrest_day.isoformat(), "ICE field office", "US", "Family")
            event(
                "detained",
                (arrest_day + timedelta(days=1)).isoformat(),
                facility,
                "US",
                "ICE locator",
            )
            event("removed", "2025-03-15", "Removal flight to El Salvador", "US", "Press reports")
            event(
                "arrived",
                "2025-03-16",
                "CECOT, Tecoluca",
                "SV",
                "Published photographs",
                conf="unverified",
            )
            if group == "jgg_ve":
                if rng.random() < 0.85:
                    event(
                        "repatriated",
                        "2025-07-18",
                        "Caracas (prisoner exchange)",
                        "VE",
                        "Government statement",
                    )
                    if rng.random() < 0.7:
                        event(
                            "contact",
                            f"2025-{rng.randrange(7, 12):02d}-{rng.randrange(1, 29):02d}",
                            "Phone call with family",
                            "VE",
                            "Family",
                            conf="confirmed",
                        )
                else:
                    event(
                        "whereabouts_unknown",
                        "2025-07-18",
                        "Not on the exchange list",
                        None,
                        "Family",
                    )
            else:
                event(
                    "whereabouts_unknown",
                    "~2025-04",
                    "CECOT, held incommunicado",
                    "SV",
                    "Press reports",
                )
        elif group == "dvd":
            status(
                rng.choice(("final_order", "final_order", "pending_asylum", "cat_protection")),
                f"{rng.randrange(2018, 2025)}",
                "EOIR record",
            )
            if statuses[-1]["status"] == "cat_protection":
                statuses[-1]["country"] = nationality
            event("arrested", arrest_day.isoformat(), "Check-in at ICE office", "US", "Client")
            event(
                "detained", arrest_day.isoformat(), facility, "US", "ICE locator", conf="confirmed"
            )
            if rng.random() < 0.4:
                event(
                    "contact",
                    f"2025-{rng.randrange(4, 11):02d}",
                    facility,
                    "US",
                    "Attorney visit",
                    conf="confirmed",
                )
            if rng.random() < 0.2:
                event("removed", "~2025-05", "Third-country removal flight", "US", "Co-counsel")
                event(
                    "arrived",
                    "~2025-05",
                    "Third country",
                    rng.choice(("MX", "CR", "PA")),
                    "Co-counsel",
                    conf="unverified",
                )
        else:
            status("pending_asylum", f"{rng.randrange(2020, 2026)}", "Form I-589 receipt")
            if rng.random() < 0.5:
                event("detained", arrest_day.isoformat(), facility, "US", "ICE locator")
                if rng.random() < 0.5:
                    event(
                        "released",
                        f"2025-{rng.randrange(4, 10):02d}-{rng.randrange(1, 29):02d}",
                        "On parole",
                        "US",
                        "Client",
                    )
            event(
                "contact",
                f"2025-{rng.randrange(6, 12):02d}",
                "Office meeting",
                "US",
                "Attorney",
                conf="confirmed",
            )
        return statuses, events

    @staticmethod
    def _compliance(rng: random.Random, group: str, order_kind: str) -> str | None:
        if group in ("jgg_ve", "jgg_sv") and order_kind == "tro":
            return "not_complied"
        if group in ("jgg_ve", "jgg_sv") and order_kind == "facilitate_return":
            return rng.choice(("pending", "pending", "partial", "unknown", "complied", None))
        if group == "dvd":
            return rng.choice(("pending", "partial", "complied", "unknown", None))
        return None

    @staticmethod
    def _insert(session: Session, rows: _Rows) -> None:
        pairs = (
            ("client", rows.clients),
            ("alias", rows.aliases),
            ("status_entry", rows.statuses),
            ("custody_event", rows.events),
            ("matter_party", rows.parties),
            ("compliance_record", rows.compliance),
            ("note", rows.notes),
            ("contact", rows.contacts),
            ("deadline", rows.deadlines),
        )
        for table, data in pairs:
            bulk.insert_many(session, table, data)
        fts.insert_rows(session, rows.fts)
