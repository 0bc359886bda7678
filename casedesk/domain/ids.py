"""Typed ids, passed unchanged through every layer so a matter id is never taken for a client id."""

from typing import NewType

ClientId = NewType("ClientId", int)
AliasId = NewType("AliasId", int)
StatusEntryId = NewType("StatusEntryId", int)
CustodyEventId = NewType("CustodyEventId", int)
MatterId = NewType("MatterId", int)
PartyId = NewType("PartyId", int)
OrderId = NewType("OrderId", int)
ObligationId = NewType("ObligationId", int)
ComplianceId = NewType("ComplianceId", int)
DeadlineId = NewType("DeadlineId", int)
NoteId = NewType("NoteId", int)
DocumentId = NewType("DocumentId", int)
ContactId = NewType("ContactId", int)
AuditId = NewType("AuditId", int)
