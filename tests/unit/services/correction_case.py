"""A small store with one entry of every correctable kind, for the correction tests
(service level and command line). Fictional people only."""

from casedesk.services.entry_schemas import ContactCreate
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    CustodyCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
    StatusCreate,
)

MARKER = "ZQXMARKER"


def build_case(svc: Services) -> dict[str, int]:
    """Client 'Ana Pérez' with a status entry, custody event, alias, note, contact and
    document; matter J.G.G. with her on the roster, an order (with its first status
    entry), an obligation binding her, a compliance record and a deadline. Returns the
    id of each entry, keyed by kind."""
    ids: dict[str, int] = {}
    ids["client"] = _new(svc.clients.add(ClientCreate(given="Ana", surname="Pérez")).new_id)
    other = svc.clients.add(ClientCreate(given="Luis", surname="Soto")).new_id
    ids["other_client"] = _new(other)
    cid = ids["client"]
    ids["status"] = _new(
        svc.clients.add_status(
            cid, StatusCreate(status="pending_asylum", date="2025-03-15", source="I-589 receipt")
        ).new_id
    )
    ids["custody"] = _new(
        svc.clients.add_custody(
            cid, CustodyCreate(kind="detained", date="2025-03-10", place="Krome")
        ).new_id
    )
    ids["alias"] = _new(svc.clients.add_alias(cid, "Anita", "Peres", source="press").new_id)
    ids["note"] = _new(svc.clients.add_note(cid, "Sister called from Caracas").new_id)
    contact = ContactCreate(name="María Pérez", relationship="sister", phone="+58 212 555 0100")
    ids["contact"] = _new(
        svc.clients.add_contact(
            cid, contact.name, relationship="sister", phone=contact.phone
        ).new_id
    )
    ids["document"] = _new(
        svc.documents.attach_bytes(
            cid, "receipt.txt", b"I-589 receipt", description="receipt"
        ).new_id
    )
    ids["matter"] = _new(
        svc.matters.add(
            MatterCreate(
                title="J.G.G.", kind="class_action", court="D.D.C.", docket="1:25-cv-00766"
            )
        ).new_id
    )
    svc.matters.link(cid, ids["matter"], "class_member")
    ids["party"] = svc.clients.get(cid).matter_links[0].party_id
    ids["order"] = _new(
        svc.orders.add(
            OrderCreate(matter_id=ids["matter"], kind="tro", title="TRO", issued="2025-03-15")
        ).new_id
    )
    ids["order_status"] = svc.orders.get(ids["order"]).history[0].id
    ids["obligation"] = _new(
        svc.orders.add_obligation(
            ObligationCreate(
                order_id=ids["order"], text="Return", due="2025-04-07", client_ids=(cid,)
            )
        ).new_id
    )
    ids["compliance"] = _new(
        svc.orders.set_compliance(
            ComplianceSet(
                obligation_id=ids["obligation"], client_id=cid, status="partial", date="2025-04-01"
            )
        ).new_id
    )
    ids["deadline"] = _new(svc.deadlines.add("File brief", "2025-06-01", client_id=cid).new_id)
    return ids


def _new(value: int | None) -> int:
    assert value is not None
    return value
