"""Client use cases: create, edit, archive; legal-status and custody history; derived views.

Each public method is one transaction that also writes its audit entry. The client
row's summary columns (current status, whereabouts, last contact) and its search-index
row are recomputed in that same transaction, so lists and search never drift.
"""

import builtins
from datetime import date
from typing import Any

from sqlmodel import Session

from casedesk.domain.anumber import ANumber
from casedesk.domain.changes import Changes
from casedesk.domain.countries import parse_country
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import (
    AuditAction,
    CustodyKind,
    LegalStatus,
)
from casedesk.domain.errors import ConflictError, NotFoundError, ValidationError, clip
from casedesk.domain.ids import ClientId
from casedesk.domain.names import PersonName
from casedesk.services import audit, client_rows, views
from casedesk.services import entry_rules as rules
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.schemas import (
    ClientCreate,
    ClientDetail,
    ClientPage,
    ClientQuery,
    ClientUpdate,
    CustodyCreate,
    StatusCreate,
)
from casedesk.storage import client_pages
from casedesk.storage import search as fts
from casedesk.storage.queries import client_file as files
from casedesk.storage.queries import clients as q
from casedesk.storage.retry import retrying
from casedesk.storage.tables import (
    Alias,
    Client,
    Contact,
    CustodyEvent,
    Note,
    StatusEntry,
)

#: Columns left out of audit payloads: bookkeeping and keys derived from other fields.
AUDIT_EXCLUDED = frozenset(
    {"created_at", "client_id", "version", "date_key", "match_key", "sort_key"}
)


def client_name(client: Client) -> PersonName:
    return PersonName(client.given, client.surname, client.second_surname)


def display_name(client: Client) -> str:
    if client.given or client.surname:
        return client_name(client).display
    return client.description or f"Unidentified person #{client.id}"


def snapshot(client: Client) -> dict[str, Any]:
    """The editable fields of a client, for audit before/after."""
    return {
        "given": client.given,
        "surname": client.surname,
        "second_surname": client.second_surname,
        "description": client.description,
        "a_number": client.a_number,
        "dob": client.dob,
        "nationality": client.nationality,
        "languages": client.languages,
        "tags": client.tags,
        "archived": client.archived,
    }


def _optional_date(value: str | None, field: str) -> PartialDate | None:
    return PartialDate.parse(value, field=field) if value and value.strip() else None


def _optional_country(value: str | None, field: str) -> str | None:
    return parse_country(value, field=field) if value and value.strip() else None


def _optional_a_number(value: str | None) -> str | None:
    return ANumber.parse(value).digits if value and value.strip() else None


def validated_name(given: str, surname: str, second: str, description: str) -> PersonName | None:
    """The person's name, or None for an unidentified person described in words."""
    if not (given.strip() or surname.strip() or second.strip()):
        if not description.strip():
            raise ValidationError(
                "surname",
                "enter a name, or a description such as 'unidentified man on the second flight'",
            )
        return None
    return PersonName.create(given, surname, second)


class ClientService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ lookups
    def resolve(self, key: str) -> ClientId:
        """A client id from what a person typed: an id, or an A-Number."""
        key = key.strip()
        with self.ctx.store.read() as session:
            # ASCII only: "²" is a digit to str.isdigit() but not to int().
            if key.isascii() and key.isdigit() and not ANumber.is_candidate(key):
                found = session.get(Client, v.existing_id(int(key), "client"))
                if found is None:
                    raise NotFoundError("client", key)
                return ClientId(int(key))
            if ANumber.is_candidate(key):
                number = ANumber.parse(key, field="client")
                cid = q.id_by_a_number(session, number.digits)
                if cid is not None:
                    return ClientId(cid)
                if key.isdigit() and session.get(Client, int(key)) is not None:
                    return ClientId(int(key))
                raise NotFoundError("client with A-Number", number.display)
        raise ValidationError("client", f"{clip(key)!r} is neither a client id nor an A-Number")

    def get(self, client_id: int) -> ClientDetail:
        with self.ctx.store.read() as session:
            return views.client_detail(session, self.ctx, _load(session, client_id))

    def list(self, query: ClientQuery | None = None) -> ClientPage:
        """One page of clients, filtered and sorted in SQL, with the total that match."""
        query = query or ClientQuery()
        wanted = q.ClientFilter(
            archived=True if query.archived_only else (None if query.include_archived else False),
            status=v.choice(query.status, LegalStatus, "status").value if query.status else None,
            whereabouts=(
                v.choice(query.whereabouts, CustodyKind, "whereabouts").value
                if query.whereabouts
                else None
            ),
            nationality=(
                parse_country(query.nationality, field="nationality") if query.nationality else None
            ),
            tag=v.text(query.tag, "tag", max_len=60) if query.tag else None,
            matter_id=(
                v.existing_id(query.matter_id, "matter") if query.matter_id is not None else None
            ),
        )
        if query.sort not in client_pages.SORTS:
            raise ValidationError(
                "sort",
                f"cannot sort by {clip(query.sort)!r}; use one of {', '.join(client_pages.SORTS)}",
            )
        limit = max(1, min(query.limit, 5000))
        with self.ctx.store.read() as session:
            total = q.count(session, wanted) if query.with_total else -1
            rows = client_pages.client_page(
                session,
                q.conditions(wanted),
                sort=query.sort,
                descending=query.descending,
                limit=limit,
                after=query.after,
                offset=max(0, query.offset),
            )
            after = client_pages.cursor_of(rows[-1], query.sort) if rows else None
            return ClientPage(
                rows=views.client_rows(session, self.ctx, rows),
                total=total,
                offset=query.offset,
                after=after,
            )

    def nationalities(self, *, include_archived: bool = False) -> "builtins.list[tuple[str, int]]":
        """Each nationality on record with how many clients hold it, most common first
        (the choices a list filter offers; one grouped query over the indexed column)."""
        with self.ctx.store.read() as session:
            return q.nationality_counts(session, include_archived=include_archived)

    # ------------------------------------------------------------------ mutations
    def add(self, data: ClientCreate) -> Changes:
        name = validated_name(data.given, data.surname, data.second_surname, data.description)
        description = v.text(data.description, "description")
        a_number = _optional_a_number(data.a_number)
        dob = _optional_date(data.dob, "dob")
        if dob is not None:
            v.past_date(dob, "dob", self.ctx.today())
        nationality = _optional_country(data.nationality, "nationality")
        languages = v.words(data.languages, "languages")
        tags = v.words(data.tags, "tags")
        now = self.ctx.now()
        with self.ctx.store.write() as session:
            _check_a_number_free(session, a_number, None)
            client = Client(
                **client_rows.identity_columns(name, description),
                a_number=a_number,
                dob=dob.iso() if dob else None,
                dob_key=dob.sort_key if dob else None,
                nationality=nationality,
                languages=languages,
                tags=tags,
                created_at=now,
                updated_at=now,
            )
            session.add(client)
            session.flush()
            assert client.id is not None
            fts.index_client(session, client.id)
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "client",
                client.id,
                after=snapshot(client),
                client_id=client.id,
            )
            return Changes(clients=frozenset({client.id}), new_id=client.id)

    @retrying
    def update(
        self, client_id: int, data: ClientUpdate, *, expected_version: int | None = None
    ) -> Changes:
        with self.ctx.store.write() as session:
            client = _load(session, client_id, for_update=True)
            if expected_version is not None and client.version != expected_version:
                raise ConflictError(
                    f"{display_name(client)} was changed elsewhere since you opened it "
                    f"(version {client.version}, yours {expected_version}); reload to see the changes"
                )
            before = snapshot(client)
            given = data.given if data.given is not None else client.given
            surname = data.surname if data.surname is not None else client.surname
            second = (
                data.second_surname if data.second_surname is not None else client.second_surname
            )
            description = v.text(
                data.description if data.description is not None else client.description,
                "description",
            )
            name = validated_name(given, surname, second, description)
            for key, value in client_rows.identity_columns(name, description).items():
                setattr(client, key, value)
            if data.a_number is not None:
                number = _optional_a_number(data.a_number)
                # Check before assigning: the lookup would autoflush the new value first.
                _check_a_number_free(session, number, client.id)
                client.a_number = number
            if data.dob is not None:
                dob = _optional_date(data.dob, "dob")
                if dob is not None:
                    v.past_date(dob, "dob", self.ctx.today())
                client.dob, client.dob_key = (dob.iso(), dob.sort_key) if dob else (None, None)
            if data.nationality is not None:
                client.nationality = _optional_country(data.nationality, "nationality")
            if data.languages is not None:
                client.languages = v.words(data.languages, "languages")
            if data.tags is not None:
                client.tags = v.words(data.tags, "tags")
            old, new = audit.changed_fields(before, snapshot(client))
            if not new:
                return Changes()
            client.version += 1
            client.updated_at = self.ctx.now()
            session.add(client)
            session.flush()
            fts.index_client(session, client_id)
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                "client",
                client_id,
                before=old,
                after=new,
                client_id=client_id,
            )
            return Changes(clients=frozenset({client_id}))

    @retrying
    def set_archived(self, client_id: int, archived: bool) -> Changes:
        with self.ctx.store.write() as session:
            client = _load(session, client_id, for_update=True)
            if client.archived == archived:
                return Changes()
            client.archived = archived
            client.version += 1
            client.updated_at = self.ctx.now()
            session.add(client)
            action = AuditAction.ARCHIVE if archived else AuditAction.RESTORE
            audit.record(
                session,
                self.ctx,
                action,
                "client",
                client_id,
                before={"archived": not archived},
                after={"archived": archived},
                client_id=client_id,
            )
            return Changes(clients=frozenset({client_id}))

    def add_status(self, client_id: int, data: StatusCreate) -> Changes:
        fields = rules.status_fields(
            status=data.status,
            date=data.date,
            country=data.country,
            source=data.source,
            confidence=data.confidence,
            note=data.note,
            today=self.ctx.today(),
        )
        entry = StatusEntry(client_id=client_id, created_at=self.ctx.now(), **fields)
        return self._add_history(client_id, entry, "status_entry")

    def add_custody(self, client_id: int, data: CustodyCreate) -> Changes:
        fields = rules.custody_fields(
            kind=data.kind,
            date=data.date,
            place=data.place,
            country=data.country,
            source=data.source,
            confidence=data.confidence,
            note=data.note,
            today=self.ctx.today(),
        )
        event = CustodyEvent(client_id=client_id, created_at=self.ctx.now(), **fields)
        return self._add_history(client_id, event, "custody_event")

    def add_alias(
        self, client_id: int, given: str, surname: str, second_surname: str = "", source: str = ""
    ) -> Changes:
        fields = rules.alias_fields(
            given=given, surname=surname, second_surname=second_surname, source=source
        )
        alias = Alias(client_id=client_id, created_at=self.ctx.now(), **fields)
        return self._add_history(client_id, alias, "alias")

    def add_note(self, client_id: int, body: str, *, private: bool = True) -> Changes:
        fields = rules.note_fields(body=body, private=private)
        note = Note(client_id=client_id, author=self.ctx.actor, created_at=self.ctx.now(), **fields)
        return self._add_history(client_id, note, "note")

    def add_contact(
        self,
        client_id: int,
        name: str,
        *,
        kind: str = "family",
        relationship: str = "",
        phone: str = "",
        email: str = "",
        address: str = "",
        note: str = "",
    ) -> Changes:
        fields = rules.contact_fields(
            name=name,
            kind=kind,
            relationship=relationship,
            phone=phone,
            email=email,
            address=address,
            note=note,
        )
        contact = Contact(client_id=client_id, created_at=self.ctx.now(), **fields)
        return self._add_history(client_id, contact, "contact")

    def _add_history(self, client_id: int, row: Any, entity: str) -> Changes:
        with self.ctx.store.write() as session:
            client = _load(session, client_id)
            session.add(row)
            session.flush()
            refresh_summary(session, client)
            if entity in ("alias", "note"):
                fts.index_client(session, client_id)
            after = row.model_dump(exclude=AUDIT_EXCLUDED)
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                entity,
                row.id,
                after=after,
                client_id=client_id,
            )
            return Changes(clients=frozenset({client_id}), new_id=row.id)


def _load(session: Session, client_id: int, *, for_update: bool = False) -> Client:
    # for_update: on a team store, a colleague saving the same client waits for this
    # transaction and then reads its result (so the version check sees it), instead of
    # both reading the same version and the later save silently undoing the earlier.
    # SQLite's write transactions already hold the store's lock; it has no FOR UPDATE.
    client = session.get(Client, v.existing_id(client_id, "client"), with_for_update=for_update)
    if client is None:
        raise NotFoundError("client", client_id)
    return client


def _check_a_number_free(session: Session, a_number: str | None, own_id: int | None) -> None:
    if a_number is None:
        return
    other = q.by_a_number(session, a_number)
    if other is not None and other.id != own_id:
        raise ValidationError(
            "a_number",
            f"{ANumber(a_number).display} already belongs to client {other.id} "
            f"({display_name(other)})",
        )


def refresh_summary(session: Session, client: Client) -> None:
    """Recompute the derived columns of ``client`` from its histories."""
    cid = client.id
    assert cid is not None
    latest_status = files.latest_status(session, cid)
    latest_event = files.latest_location(session, cid)  # a call is not a location
    contact = files.latest_contact(session, cid)
    # In the order entered, so that on equal dates the later entry wins, as in SQL above.
    found = sorted((e for e in (latest_event, contact) if e is not None), key=lambda e: e.id or 0)
    columns = client_rows.summary_columns(
        [latest_status.model_dump()] if latest_status else [], [e.model_dump() for e in found]
    )
    for key, value in columns.items():
        setattr(client, key, value)
    session.add(client)


def days_since(value: str | None, today: date) -> int | None:
    return PartialDate.parse(value).days_since(today) if value else None
