"""PDF briefs: frozen dataclasses in, a text-searchable PDF with embedded fonts out.

Four documents, each ``render_*(data, options, out) -> page count``: the client brief,
the matter roster, the order compliance report and the deadline docket. Each applies
the redaction profile in ``options`` before layout. Imports only the standard library,
ReportLab and ``casedesk.domain``: no database, no Qt.
"""

from casedesk.briefs.client_brief import render_client_brief
from casedesk.briefs.compliance import render_order_compliance
from casedesk.briefs.data import (
    Alias,
    Binding,
    BriefOptions,
    ClientBriefData,
    ComplianceData,
    ContactEntry,
    CustodyEntry,
    DocketData,
    DocketEntry,
    DocketKind,
    LastContact,
    MatterCaption,
    MatterRole,
    NoteEntry,
    ObligationDetail,
    OrderStatusChange,
    OrderSummary,
    Person,
    PersonCompliance,
    Profile,
    Provenance,
    RosterData,
    RosterMember,
    StatusEntry,
)
from casedesk.briefs.docket import render_deadline_docket
from casedesk.briefs.redact import redact
from casedesk.briefs.roster import render_matter_roster

__all__ = [
    "Alias",
    "Binding",
    "BriefOptions",
    "ClientBriefData",
    "ComplianceData",
    "ContactEntry",
    "CustodyEntry",
    "DocketData",
    "DocketEntry",
    "DocketKind",
    "LastContact",
    "MatterCaption",
    "MatterRole",
    "NoteEntry",
    "ObligationDetail",
    "OrderStatusChange",
    "OrderSummary",
    "Person",
    "PersonCompliance",
    "Profile",
    "Provenance",
    "RosterData",
    "RosterMember",
    "StatusEntry",
    "redact",
    "render_client_brief",
    "render_deadline_docket",
    "render_matter_roster",
    "render_order_compliance",
]
