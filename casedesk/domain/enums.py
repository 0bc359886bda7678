"""Enumerations of the domain, stored as their string values.

String values are part of the store format and the command line: never rename one
without a migration. Labels are English display text; translation happens in the UI.
"""

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum with a human label derived from its value."""

    @property
    def label(self) -> str:
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class LegalStatus(LabelledEnum):
    PENDING_ASYLUM = "pending_asylum"
    FINAL_ORDER = "final_order"
    REFUGEE_APPROVED = "refugee_approved"
    WITHHOLDING_GRANTED = "withholding_granted"
    CAT_PROTECTION = "cat_protection"
    TPS = "tps"
    PAROLE = "parole"
    LPR = "lpr"
    US_CITIZEN = "us_citizen"
    OTHER = "other"
    UNKNOWN = "unknown"


#: Statuses that only make sense "as to" a named country.
STATUSES_NEEDING_COUNTRY = frozenset({LegalStatus.WITHHOLDING_GRANTED, LegalStatus.CAT_PROTECTION})


class CustodyKind(LabelledEnum):
    ARRESTED = "arrested"
    DETAINED = "detained"
    TRANSFERRED = "transferred"
    REMOVED = "removed"
    ARRIVED = "arrived"
    RELEASED = "released"
    REPATRIATED = "repatriated"
    RETURNED_TO_US = "returned_to_us"
    CONTACT = "contact"
    WHEREABOUTS_UNKNOWN = "whereabouts_unknown"
    DECEASED = "deceased"


#: Custody events that mean somebody heard from the person, counted for "last contact".
CONTACT_KINDS = frozenset({CustodyKind.CONTACT, CustodyKind.RELEASED, CustodyKind.RETURNED_TO_US})


class MatterKind(LabelledEnum):
    HABEAS = "habeas"
    CLASS_ACTION = "class_action"
    CIVIL_ACTION = "civil_action"
    IMMIGRATION_COURT = "immigration_court"
    BIA_APPEAL = "bia_appeal"
    CIRCUIT_APPEAL = "circuit_appeal"
    SUPREME_COURT = "supreme_court"
    FOIA = "foia"
    OTHER = "other"


class PartyRole(LabelledEnum):
    PETITIONER = "petitioner"
    PLAINTIFF = "plaintiff"
    NAMED_PLAINTIFF = "named_plaintiff"
    CLASS_MEMBER = "class_member"
    RESPONDENT = "respondent"
    BENEFICIARY = "beneficiary"
    WITNESS = "witness"
    OTHER = "other"


class OrderKind(LabelledEnum):
    TRO = "tro"
    PRELIMINARY_INJUNCTION = "preliminary_injunction"
    STAY = "stay"
    ADMINISTRATIVE_STAY = "administrative_stay"
    FACILITATE_RETURN = "facilitate_return"
    CONTEMPT = "contempt"
    CLASS_CERTIFICATION = "class_certification"
    REMEDIAL = "remedial"
    REMOVAL_ORDER = "removal_order"
    WITHHOLDING_GRANT = "withholding_grant"
    OTHER = "other"


class OrderStatus(LabelledEnum):
    IN_FORCE = "in_force"
    STAYED = "stayed"
    VACATED = "vacated"
    REVERSED = "reversed"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class Compliance(LabelledEnum):
    PENDING = "pending"
    COMPLIED = "complied"
    PARTIAL = "partial"
    NOT_COMPLIED = "not_complied"
    UNKNOWN = "unknown"


#: Compliance values that close an obligation for a person.
CLOSED_COMPLIANCE = frozenset({Compliance.COMPLIED})


class Confidence(LabelledEnum):
    CONFIRMED = "confirmed"
    REPORTED = "reported"
    UNVERIFIED = "unverified"


class ContactKind(LabelledEnum):
    FAMILY = "family"
    ATTORNEY = "attorney"
    CONSULATE = "consulate"
    ORGANISATION = "organisation"
    OTHER = "other"


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ARCHIVE = "archive"
    RESTORE = "restore"
    MERGE = "merge"
    IMPORT = "import"
    EXPORT = "export"
    BRIEF = "brief"
    DEMO = "demo"
    ENCRYPT = "encrypt"
    PASSPHRASE = "passphrase"
    PURGE = "purge"
    SEAL = "seal"  # records sealed without an entry each (demo data, restores, upgrades)


_LABELS: dict[str, str] = {
    "pending_asylum": "Asylum pending",
    "final_order": "Final order of removal",
    "refugee_approved": "Refugee approved",
    "withholding_granted": "Withholding of removal",
    "cat_protection": "CAT protection",
    "tps": "TPS",
    "lpr": "Permanent resident",
    "us_citizen": "US citizen",
    "returned_to_us": "Returned to US",
    "whereabouts_unknown": "Whereabouts unknown",
    "tro": "Temporary restraining order",
    "facilitate_return": "Order to facilitate return",
    "removal_order": "Removal order",
    "withholding_grant": "Grant of withholding",
    "in_force": "In force",
    "not_complied": "Not complied",
    "immigration_court": "Immigration court (EOIR)",
    "bia_appeal": "BIA appeal",
    "foia": "FOIA",
    "habeas": "Habeas petition",
}
