"""Translated labels for the domain's enums (statuses, custody kinds, roles…).

The domain layer carries English labels and knows nothing of Qt; every label shown in
the GUI goes through :func:`label`, which asks Qt's translator. The list below exists so
``pyside6-lupdate`` finds each label; a test keeps it complete.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casedesk.domain.enums import LabelledEnum

CONTEXT = "labels"

SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP("labels", "Asylum pending"),  # LegalStatus.PENDING_ASYLUM
    QT_TRANSLATE_NOOP("labels", "Final order of removal"),  # LegalStatus.FINAL_ORDER
    QT_TRANSLATE_NOOP("labels", "Refugee approved"),  # LegalStatus.REFUGEE_APPROVED
    QT_TRANSLATE_NOOP("labels", "Withholding of removal"),  # LegalStatus.WITHHOLDING_GRANTED
    QT_TRANSLATE_NOOP("labels", "CAT protection"),  # LegalStatus.CAT_PROTECTION
    QT_TRANSLATE_NOOP("labels", "TPS"),  # LegalStatus.TPS
    QT_TRANSLATE_NOOP("labels", "Parole"),  # LegalStatus.PAROLE
    QT_TRANSLATE_NOOP("labels", "Permanent resident"),  # LegalStatus.LPR
    QT_TRANSLATE_NOOP("labels", "US citizen"),  # LegalStatus.US_CITIZEN
    QT_TRANSLATE_NOOP("labels", "Other"),  # LegalStatus.OTHER
    QT_TRANSLATE_NOOP("labels", "Unknown"),  # LegalStatus.UNKNOWN
    QT_TRANSLATE_NOOP("labels", "Arrested"),  # CustodyKind.ARRESTED
    QT_TRANSLATE_NOOP("labels", "Detained"),  # CustodyKind.DETAINED
    QT_TRANSLATE_NOOP("labels", "Transferred"),  # CustodyKind.TRANSFERRED
    QT_TRANSLATE_NOOP("labels", "Removed"),  # CustodyKind.REMOVED
    QT_TRANSLATE_NOOP("labels", "Arrived"),  # CustodyKind.ARRIVED
    QT_TRANSLATE_NOOP("labels", "Released"),  # CustodyKind.RELEASED
    QT_TRANSLATE_NOOP("labels", "Repatriated"),  # CustodyKind.REPATRIATED
    QT_TRANSLATE_NOOP("labels", "Returned to US"),  # CustodyKind.RETURNED_TO_US
    QT_TRANSLATE_NOOP("labels", "Contact"),  # CustodyKind.CONTACT
    QT_TRANSLATE_NOOP("labels", "Whereabouts unknown"),  # CustodyKind.WHEREABOUTS_UNKNOWN
    QT_TRANSLATE_NOOP("labels", "Deceased"),  # CustodyKind.DECEASED
    QT_TRANSLATE_NOOP("labels", "Habeas petition"),  # MatterKind.HABEAS
    QT_TRANSLATE_NOOP("labels", "Class action"),  # MatterKind.CLASS_ACTION
    QT_TRANSLATE_NOOP("labels", "Civil action"),  # MatterKind.CIVIL_ACTION
    QT_TRANSLATE_NOOP("labels", "Immigration court (EOIR)"),  # MatterKind.IMMIGRATION_COURT
    QT_TRANSLATE_NOOP("labels", "BIA appeal"),  # MatterKind.BIA_APPEAL
    QT_TRANSLATE_NOOP("labels", "Circuit appeal"),  # MatterKind.CIRCUIT_APPEAL
    QT_TRANSLATE_NOOP("labels", "Supreme court"),  # MatterKind.SUPREME_COURT
    QT_TRANSLATE_NOOP("labels", "FOIA"),  # MatterKind.FOIA
    QT_TRANSLATE_NOOP("labels", "Other"),  # MatterKind.OTHER
    QT_TRANSLATE_NOOP("labels", "Petitioner"),  # PartyRole.PETITIONER
    QT_TRANSLATE_NOOP("labels", "Plaintiff"),  # PartyRole.PLAINTIFF
    QT_TRANSLATE_NOOP("labels", "Named plaintiff"),  # PartyRole.NAMED_PLAINTIFF
    QT_TRANSLATE_NOOP("labels", "Class member"),  # PartyRole.CLASS_MEMBER
    QT_TRANSLATE_NOOP("labels", "Respondent"),  # PartyRole.RESPONDENT
    QT_TRANSLATE_NOOP("labels", "Beneficiary"),  # PartyRole.BENEFICIARY
    QT_TRANSLATE_NOOP("labels", "Witness"),  # PartyRole.WITNESS
    QT_TRANSLATE_NOOP("labels", "Other"),  # PartyRole.OTHER
    QT_TRANSLATE_NOOP("labels", "Temporary restraining order"),  # OrderKind.TRO
    QT_TRANSLATE_NOOP("labels", "Preliminary injunction"),  # OrderKind.PRELIMINARY_INJUNCTION
    QT_TRANSLATE_NOOP("labels", "Stay"),  # OrderKind.STAY
    QT_TRANSLATE_NOOP("labels", "Administrative stay"),  # OrderKind.ADMINISTRATIVE_STAY
    QT_TRANSLATE_NOOP("labels", "Order to facilitate return"),  # OrderKind.FACILITATE_RETURN
    QT_TRANSLATE_NOOP("labels", "Contempt"),  # OrderKind.CONTEMPT
    QT_TRANSLATE_NOOP("labels", "Class certification"),  # OrderKind.CLASS_CERTIFICATION
    QT_TRANSLATE_NOOP("labels", "Remedial"),  # OrderKind.REMEDIAL
    QT_TRANSLATE_NOOP("labels", "Removal order"),  # OrderKind.REMOVAL_ORDER
    QT_TRANSLATE_NOOP("labels", "Grant of withholding"),  # OrderKind.WITHHOLDING_GRANT
    QT_TRANSLATE_NOOP("labels", "Other"),  # OrderKind.OTHER
    QT_TRANSLATE_NOOP("labels", "In force"),  # OrderStatus.IN_FORCE
    QT_TRANSLATE_NOOP("labels", "Stayed"),  # OrderStatus.STAYED
    QT_TRANSLATE_NOOP("labels", "Vacated"),  # OrderStatus.VACATED
    QT_TRANSLATE_NOOP("labels", "Reversed"),  # OrderStatus.REVERSED
    QT_TRANSLATE_NOOP("labels", "Expired"),  # OrderStatus.EXPIRED
    QT_TRANSLATE_NOOP("labels", "Superseded"),  # OrderStatus.SUPERSEDED
    QT_TRANSLATE_NOOP("labels", "Pending"),  # Compliance.PENDING
    QT_TRANSLATE_NOOP("labels", "Complied"),  # Compliance.COMPLIED
    QT_TRANSLATE_NOOP("labels", "Partial"),  # Compliance.PARTIAL
    QT_TRANSLATE_NOOP("labels", "Not complied"),  # Compliance.NOT_COMPLIED
    QT_TRANSLATE_NOOP("labels", "Unknown"),  # Compliance.UNKNOWN
    QT_TRANSLATE_NOOP("labels", "Confirmed"),  # Confidence.CONFIRMED
    QT_TRANSLATE_NOOP("labels", "Reported"),  # Confidence.REPORTED
    QT_TRANSLATE_NOOP("labels", "Unverified"),  # Confidence.UNVERIFIED
    QT_TRANSLATE_NOOP("labels", "Family"),  # ContactKind.FAMILY
    QT_TRANSLATE_NOOP("labels", "Attorney"),  # ContactKind.ATTORNEY
    QT_TRANSLATE_NOOP("labels", "Consulate"),  # ContactKind.CONSULATE
    QT_TRANSLATE_NOOP("labels", "Organisation"),  # ContactKind.ORGANISATION
    QT_TRANSLATE_NOOP("labels", "Other"),  # ContactKind.OTHER
    QT_TRANSLATE_NOOP("labels", "Master calendar hearing"),  # HearingKind.MASTER_CALENDAR
    QT_TRANSLATE_NOOP("labels", "Individual (merits) hearing"),  # HearingKind.INDIVIDUAL
    QT_TRANSLATE_NOOP("labels", "Status conference"),  # HearingKind.STATUS_CONFERENCE
    QT_TRANSLATE_NOOP("labels", "Motion hearing"),  # HearingKind.MOTION
    QT_TRANSLATE_NOOP("labels", "Evidentiary hearing"),  # HearingKind.EVIDENTIARY
    QT_TRANSLATE_NOOP("labels", "Bond hearing"),  # HearingKind.BOND
    QT_TRANSLATE_NOOP("labels", "Show-cause hearing"),  # HearingKind.SHOW_CAUSE
    QT_TRANSLATE_NOOP("labels", "Hearing"),  # HearingKind.OTHER
)


def label(member: LabelledEnum) -> str:
    """The member's label in the user's language."""
    return QCoreApplication.translate(CONTEXT, member.label)
