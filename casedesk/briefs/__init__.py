"""PDF briefs: frozen dataclasses in, a text-searchable PDF with embedded fonts out.

Four documents, each ``render_*(data, options, out) -> page count``: the client brief,
the matter roster, the order compliance report and the deadline docket. Each applies
the redaction profile in ``options`` before layout. Imports only the standard library,
ReportLab and ``casedesk.domain``: no database, no Qt.
"""

from typing import TYPE_CHECKING, Any

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
from casedesk.briefs.redact import redact

if TYPE_CHECKING:
    from casedesk.briefs.client_brief import render_client_brief
    from casedesk.briefs.compliance import render_order_compliance
    from casedesk.briefs.docket import render_deadline_docket
    from casedesk.briefs.roster import render_matter_roster

#: The renderers load ReportLab (a quarter of a second); the application imports them
#: the first time a brief is printed, not at start-up.
_RENDERERS = {
    "render_client_brief": "casedesk.briefs.client_brief",
    "render_order_compliance": "casedesk.briefs.compliance",
    "render_deadline_docket": "casedesk.briefs.docket",
    "render_matter_roster": "casedesk.briefs.roster",
}


def __getattr__(name: str) -> Any:
    if name in _RENDERERS:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_RENDERERS[name]), name)
    raise AttributeError(f"module 'casedesk.briefs' has no attribute {name!r}")


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
