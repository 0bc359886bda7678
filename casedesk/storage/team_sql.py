"""The SQL that makes a PostgreSQL database a team store: roles, membership, policies.

How access works (every rule is enforced by the server, whatever program connects):

- Every table belongs to ``casedesk_owner``, a role nobody logs in as, and has row-level
  security switched on and FORCEd, so not even the owner escapes it by accident.
- Each staff member logs in as their own PostgreSQL role, a member of one of the group
  roles ``casedesk_admin``/``_attorney``/``_paralegal``/``_volunteer`` (which carry the
  table privileges through ``casedesk_staff``). What a login may see is decided by the
  membership tables ``team_member`` (login → team role) and ``team_grant`` (login →
  matter, read-only or not), looked up by ``SECURITY DEFINER`` functions keyed by
  ``session_user``: the policies cannot be fooled by ``SET ROLE`` and need no access of
  the login's own to the membership tables.
- A client is visible to whoever may see a matter the client is a party to, and to the
  login that created it (``team_client_creator``, filled by a trigger) so a new intake
  can be put on a matter. Orders, obligations and compliance follow their matter;
  deadlines, notes and documents follow their matter or client (with neither, they are
  the clinic's own and everyone sees them).
- UPDATE policies read with the *read* rule and check the new row with the *write*
  rule, so a refused change to a row the user can see raises an error instead of
  silently updating nothing; DELETE has no such check in PostgreSQL, so a trigger per
  table raises instead. A row the user cannot see still answers "0 rows": it is, for
  them, not there.
- ``casedesk_owner`` itself may do anything (a permissive policy of its own): the
  membership functions and referential actions (ON DELETE CASCADE) run as the owner.
- The audit trail is append-only for everyone: INSERT only with ``actor = session_user``;
  no UPDATE or DELETE policy exists.
- Statement-level triggers send ``NOTIFY casedesk_changes`` so open windows refresh.
"""

from dataclasses import dataclass

OWNER = "casedesk_owner"
STAFF = "casedesk_staff"
TEAM_ROLES = ("admin", "attorney", "paralegal", "volunteer")
CHANNEL = "casedesk_changes"
#: Functions earlier versions installed (dropped, with the policies using them, on init).
RETIRED_FUNCTIONS = (
    "casedesk_readable_clients",
    "casedesk_writable_clients",
    "casedesk_audit_head",
    "casedesk_readable_matters",
    "casedesk_writable_matters",
    "casedesk_created_clients",
)
#: Tables that exist only in team stores (not in the Alembic schema).
TEAM_TABLES = ("team_member", "team_grant", "team_client_creator")


def group_role(team_role: str) -> str:
    return f"casedesk_{team_role}"


ADMIN = "(SELECT casedesk_is_admin())"
ROLE = "(SELECT casedesk_team_role())"


def _clients(kind: str, column: str) -> str:
    # Reading: the set of my matters' clients, built once per statement (a hashed
    # subplan; ~20 ms for a granted 60,000-member class action) and probed per row, so
    # counting a long list stays fast. Writing: an index probe per row instead, as a
    # save touches a handful of rows and should not pay for the whole set.
    created = f"{{p}}{column} = ANY ((SELECT casedesk_created_client_ids())::integer[])"
    if kind == "readable":
        return (
            f"({{p}}{column} IN (SELECT mp.client_id FROM matter_party mp "
            f"WHERE mp.matter_id = ANY ((SELECT casedesk_readable_matter_ids())::integer[]))"
            f" OR {created})"
        )
    return (
        f"(EXISTS (SELECT 1 FROM matter_party mp WHERE mp.client_id = {{p}}{column} "
        f"AND mp.matter_id = ANY ((SELECT casedesk_{kind}_matter_ids())::integer[])) OR {created})"
    )


def _matters(kind: str, column: str) -> str:
    # The array is computed once per statement (an InitPlan); VOLATILE, so a grant the
    # same statement's trigger just added (a new matter's creator) is seen.
    return f"{{p}}{column} = ANY ((SELECT casedesk_{kind}_matter_ids())::integer[])"


@dataclass(frozen=True)
class Rule:
    """Who may read and write a table's rows: SQL conditions over the row, ``{p}`` being
    where the row's columns are named (empty in a policy, ``OLD.`` in a trigger)."""

    read: str
    write: str
    insert: str | None = None  # who may add rows, when it differs from ``write``
    append_only: bool = False

    def sql(self, which: str, prefix: str = "") -> str:
        text = {"read": self.read, "write": self.write, "insert": self.insert or self.write}
        return text[which].replace("{p}", prefix)


def _by_client(column: str = "client_id") -> Rule:
    return Rule(
        read=f"{ADMIN} OR {_clients('readable', column)}",
        write=f"{ADMIN} OR {_clients('writable', column)}",
    )


def _by_matter(column: str = "matter_id") -> Rule:
    return Rule(
        read=f"{ADMIN} OR {_matters('readable', column)}",
        write=f"{ADMIN} OR {_matters('writable', column)}",
    )


def _by_either(kind: str) -> str:
    # Rows tied to a matter or a client follow it; rows tied to neither are the clinic's
    # own (a staff deadline, a policy document): everyone reads them, volunteers don't
    # change them.
    unattached = "{p}matter_id IS NULL AND {p}client_id IS NULL" + (
        "" if kind == "readable" else f" AND {ROLE} <> 'volunteer'"
    )
    return (
        f"{ADMIN} OR ({{p}}matter_id IS NOT NULL AND {_matters(kind, 'matter_id')})"
        f" OR ({{p}}client_id IS NOT NULL AND {_clients(kind, 'client_id')})"
        f" OR ({unattached})"
    )


_ORDER_WRITABLE = "SELECT id FROM court_order WHERE matter_id = ANY ((SELECT casedesk_writable_matter_ids())::integer[])"
_OBLIGATION_WRITABLE = (
    "SELECT o.id FROM obligation o JOIN court_order c ON c.id = o.order_id"
    " WHERE c.matter_id = ANY ((SELECT casedesk_writable_matter_ids())::integer[])"
)
_DOCUMENT_RULE = Rule(read=_by_either("readable"), write=_by_either("writable"))

RULES: dict[str, Rule] = {
    "client": Rule(
        read=f"{ADMIN} OR {_clients('readable', 'id')}",
        write=f"{ADMIN} OR {_clients('writable', 'id')}",
        insert=f"{ADMIN} OR {ROLE} IN ('attorney', 'paralegal')",
    ),
    "alias": _by_client(),
    "status_entry": _by_client(),
    "custody_event": _by_client(),
    "contact": _by_client(),
    "matter": Rule(
        read=f"{ADMIN} OR {_matters('readable', 'id')}",
        write=f"{ADMIN} OR {_matters('writable', 'id')}",
        insert=f"{ADMIN} OR {ROLE} = 'attorney'",
    ),
    "matter_party": _by_matter(),
    "court_order": _by_matter(),
    "hearing": _by_matter(),
    # Children of an order or obligation: visible when the parent is (its own policy
    # filters the subquery), writable when the parent's matter is.
    "order_status_entry": Rule(
        read="{p}order_id IN (SELECT id FROM court_order)",
        write=f"{ADMIN} OR {{p}}order_id IN ({_ORDER_WRITABLE})",
    ),
    "obligation": Rule(
        read="{p}order_id IN (SELECT id FROM court_order)",
        write=f"{ADMIN} OR {{p}}order_id IN ({_ORDER_WRITABLE})",
    ),
    "obligation_client": Rule(
        read="{p}obligation_id IN (SELECT id FROM obligation)",
        write=f"{ADMIN} OR {{p}}obligation_id IN ({_OBLIGATION_WRITABLE})",
    ),
    "compliance_record": Rule(
        read="{p}obligation_id IN (SELECT id FROM obligation)",
        write=f"{ADMIN} OR {{p}}obligation_id IN ({_OBLIGATION_WRITABLE})",
    ),
    "deadline": _DOCUMENT_RULE,
    "note": _DOCUMENT_RULE,
    "document": _DOCUMENT_RULE,
    "document_blob": Rule(
        read="{p}document_id IN (SELECT id FROM document)",
        write=(
            "{p}document_id IN (SELECT d.id FROM document d WHERE "
            + _by_either("writable").replace("{p}", "d.")
            + ")"
        ),
    ),
    "distinct_pair": Rule(
        read=f"{ADMIN} OR ({_clients('readable', 'low_id')} AND {_clients('readable', 'high_id')})",
        write=f"{ADMIN} OR ({_clients('writable', 'low_id')} AND {_clients('writable', 'high_id')})",
    ),
    "audit_entry": Rule(
        read=f"{ADMIN} OR {{p}}actor = session_user OR {_clients('readable', 'client_id')}",
        write="false",
        insert="{p}actor = session_user",
        append_only=True,
    ),
    "obligation_finding": Rule(
        read="{p}obligation_id IN (SELECT id FROM obligation)",
        write=f"{ADMIN} OR {{p}}obligation_id IN ({_OBLIGATION_WRITABLE})",
    ),
    # The clinic's own reference data and settings: everyone reads them.
    "court_closure": Rule(read="true", write=f"{ADMIN} OR {ROLE} IN ('attorney', 'paralegal')"),
    "setting": Rule(read="true", write=ADMIN),
    # Everyone appending to the audit chain needs its key; only admins may change it.
    "audit_key": Rule(read="true", write=ADMIN),
    # An undo is marked by whoever made the undoing entry.
    "undo_link": Rule(
        read="true",
        write=ADMIN,
        insert="{p}undone_by IN (SELECT id FROM audit_entry WHERE actor = session_user)",
    ),
    # Removed records: visible and restorable with their client, or by whoever removed
    # them (a removed client has no matter left to be granted through).
    "trash_item": Rule(
        read=f"{ADMIN} OR {{p}}removed_by = session_user OR {_clients('readable', 'client_id')}",
        write=f"{ADMIN} OR {{p}}removed_by = session_user OR {_clients('writable', 'client_id')}",
    ),
    "team_member": Rule(read=f"{ADMIN} OR {{p}}login = session_user", write=ADMIN),
    "team_grant": Rule(read=f"{ADMIN} OR {{p}}login = session_user", write=ADMIN),
    # Filled only by the client trigger (which runs as the owner).
    "team_client_creator": Rule(read=f"{ADMIN} OR {{p}}login = session_user", write="false"),
}

#: A table this module has no rule for: admins only, until someone writes its rule.
ADMIN_ONLY = Rule(read=ADMIN, write=ADMIN)
#: Not row data: readable by staff, written only by ``team init`` (as the owner).
NO_RLS = ("alembic_version",)


def rule_for(table: str, columns: set[str]) -> Rule:
    """The rule for ``table``; a table added later with a ``client_id`` column follows
    its client, anything else unknown is admins-only (never open by default)."""
    if table in RULES:
        return RULES[table]
    if "client_id" in columns:
        return _by_client()
    return ADMIN_ONLY


def roles_sql() -> list[str]:
    """Create the group roles once per server (roles are cluster-wide)."""
    out = []
    for name, parent in [
        (OWNER, None),
        (STAFF, None),
        *[(group_role(r), STAFF) for r in TEAM_ROLES],
    ]:
        member = f" IN ROLE {parent}" if parent else ""
        out.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{name}') THEN CREATE ROLE {name} NOLOGIN{member}; END IF; END $$"
        )
    return out


def team_tables_sql() -> list[str]:
    return [
        """CREATE TABLE IF NOT EXISTS team_member (
            login text CONSTRAINT pk_team_member PRIMARY KEY,
            role text NOT NULL CONSTRAINT ck_team_member_role
                CHECK (role IN ('admin', 'attorney', 'paralegal', 'volunteer')),
            full_name text NOT NULL DEFAULT '',
            created_at timestamptz NOT NULL DEFAULT now())""",
        """CREATE TABLE IF NOT EXISTS team_grant (
            login text NOT NULL CONSTRAINT fk_team_grant_login_team_member
                REFERENCES team_member (login) ON DELETE CASCADE,
            matter_id integer NOT NULL CONSTRAINT fk_team_grant_matter_id_matter
                REFERENCES matter (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            read_only boolean NOT NULL DEFAULT false,
            granted_by text NOT NULL DEFAULT session_user,
            granted_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT pk_team_grant PRIMARY KEY (login, matter_id))""",
        "CREATE INDEX IF NOT EXISTS ix_team_grant_matter_id ON team_grant (matter_id)",
        """CREATE TABLE IF NOT EXISTS team_client_creator (
            client_id integer NOT NULL CONSTRAINT fk_team_client_creator_client_id_client
                REFERENCES client (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            login text NOT NULL,
            CONSTRAINT pk_team_client_creator PRIMARY KEY (client_id, login))""",
        "CREATE INDEX IF NOT EXISTS ix_team_client_creator_login ON team_client_creator (login)",
    ]


def _definer(name: str, returns: str, body: str, schema: str, *, volatile: bool = False) -> str:
    # VOLATILE for the set functions: a row the same statement's trigger just added (a
    # new matter's grant, a new client's creator) must be visible to RETURNING's check.
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS {returns} LANGUAGE sql "
        f"{'VOLATILE' if volatile else 'STABLE'} SECURITY DEFINER "
        f"SET search_path = {schema}, pg_temp AS $$ {body} $$"
    )


def functions_sql(schema: str) -> list[str]:
    """The membership lookups the policies call, keyed by ``session_user``."""
    grants = "FROM team_grant WHERE login = session_user"

    def ids(where: str) -> str:
        return f"SELECT coalesce(array_agg(matter_id), '{{}}') {where}"

    return [
        _definer(
            "casedesk_team_role",
            "text",
            "SELECT role FROM team_member WHERE login = session_user",
            schema,
        ),
        _definer(
            "casedesk_is_admin",
            "boolean",
            "SELECT EXISTS (SELECT 1 FROM team_member WHERE login = session_user AND role = 'admin')",
            schema,
        ),
        _definer("casedesk_readable_matter_ids", "integer[]", ids(grants), schema, volatile=True),
        _definer(
            "casedesk_writable_matter_ids",
            "integer[]",
            ids(f"{grants} AND NOT read_only"),
            schema,
            volatile=True,
        ),
        _definer(
            "casedesk_created_client_ids",
            "integer[]",
            "SELECT coalesce(array_agg(client_id), '{}') FROM team_client_creator "
            "WHERE login = session_user",
            schema,
            volatile=True,
        ),
        # The audit chain's head, past RLS, under a transaction lock: two writers cannot
        # both append after the same entry and fork the chain.
        f"""CREATE OR REPLACE FUNCTION casedesk_audit_head_entry()
            RETURNS TABLE (id integer, hash text) LANGUAGE plpgsql
            VOLATILE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
            BEGIN
              PERFORM pg_advisory_xact_lock(hashtext('casedesk_audit_chain'));
              RETURN QUERY SELECT a.id, a.hash::text FROM audit_entry a ORDER BY a.id DESC LIMIT 1;
            END $$""",
        # The creator of a new matter (an attorney) may go on working on it; the creator
        # of a new client may see it until it is put on a matter.
        f"""CREATE OR REPLACE FUNCTION casedesk_note_creator() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
            BEGIN
              IF session_user IN (SELECT login FROM team_member) THEN
                IF TG_TABLE_NAME = 'matter' THEN
                  INSERT INTO team_grant (login, matter_id, read_only, granted_by)
                  VALUES (session_user, NEW.id, false, session_user) ON CONFLICT DO NOTHING;
                ELSE
                  INSERT INTO team_client_creator (client_id, login)
                  VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
                END IF;
              END IF;
              RETURN NEW;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_notify_change() RETURNS trigger
            LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
            BEGIN
              PERFORM pg_notify('{CHANNEL}', json_build_object(
                'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'by', session_user,
                'pid', pg_backend_pid())::text);
              RETURN NULL;
            END $$""",
    ]


def delete_guard_sql(table: str, rule: Rule, schema: str) -> list[str]:
    """A BEFORE DELETE trigger that says "no permission" instead of deleting 0 rows.

    The owner and its members (whoever ran ``team init``; superusers) pass, as do
    referential actions (a purged client's aliases), which run as the owner."""
    name = f"casedesk_guard_delete_{table}"
    allowed = "false" if rule.append_only else rule.sql("write", "OLD.")
    return [
        f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql
            SET search_path = {schema}, pg_temp AS $$
            BEGIN
              IF pg_has_role(current_user, '{OWNER}', 'MEMBER') OR ({allowed}) THEN
                RETURN OLD;
              END IF;
              RAISE EXCEPTION 'no permission to delete from {table}'
                USING ERRCODE = 'insufficient_privilege',
                      HINT = 'ask an admin of this team store for a grant';
            END $$""",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def policies_sql(table: str, rule: Rule) -> list[str]:
    """Row-level security for one table, replacing whatever policies it had."""
    # The row's columns named through the table: a bare "id" inside a subquery would
    # mean the subquery's own table's id.
    own = f"{table}."
    out = [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY owner_all ON {table} TO {OWNER} USING (true) WITH CHECK (true)",
        # Admins see and change everything (but the audit trail, append-only for all).
        # As a policy of its own, ``true`` folds away the per-row checks for them: an
        # admin's list page costs what it costs without row-level security.
        f"CREATE POLICY admin_all ON {table} "
        + ("FOR SELECT " if rule.append_only else "")
        + f"TO {group_role('admin')} USING (true)"
        + ("" if rule.append_only else " WITH CHECK (true)"),
        f"CREATE POLICY team_read ON {table} FOR SELECT TO {STAFF} USING ({rule.sql('read', own)})",
        f"CREATE POLICY team_insert ON {table} FOR INSERT TO {STAFF} "
        f"WITH CHECK ({rule.sql('insert', own)})",
    ]
    if not rule.append_only:
        out += [
            f"CREATE POLICY team_update ON {table} FOR UPDATE TO {STAFF} "
            f"USING ({rule.sql('read', own)}) WITH CHECK ({rule.sql('write', own)})",
            f"CREATE POLICY team_delete ON {table} FOR DELETE TO {STAFF} USING ({rule.sql('read', own)})",
        ]
    return out


def notify_sql(table: str) -> list[str]:
    name = "casedesk_notify"
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION casedesk_notify_change()",
    ]


def creator_trigger_sql(table: str) -> list[str]:
    name = "casedesk_note_creator"
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW "
        "EXECUTE FUNCTION casedesk_note_creator()",
    ]
