"""Fictional sample data for the brief tests and the benchmark.

The people are invented. The court facts (J.G.G. v. Trump, D.D.C., 1:25-cv-00766,
Chief Judge Boasberg, TRO of 15 March 2025) are public. Values a redaction profile must
withhold carry distinctive markers so a test can prove they never reach the PDF.
"""

from __future__ import annotations

from datetime import datetime

from casedesk.briefs import (
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
from casedesk.briefs.data import PageSize
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)

GENERATED = datetime(2025, 8, 4, 9, 30)

# Markers: each must be absent from the PDF of every profile that withholds it.
NAME = "Andry José Hernández Romero"
ALIAS = "Andri Hernandes Zalvatierra"
A_NUMBER = "A-987-654-321"
A_MASKED = "A-XXX-XXX-321"
DOB = "14 February 1993"
CONTACT_NAME = "Rosa Elvira Muñoz"
CONTACT_PHONE = "+58 412 555 0199"
CONTACT_EMAIL = "zzcontact@example.org"
PRIVATE_NOTE = "ZZPRIVATENOTE fears retaliation against his sister"
SHARED_NOTE = "ZZSHAREDNOTE declaration drafted for the habeas filing"
CLASS_MEMBER = "María de la Cruz Peña"
CLASS_MEMBER_A = "A-212-000-457"

FAMILY = Provenance("family (WhatsApp call)", Confidence.REPORTED)
FILING = Provenance("government filing, ECF 28", Confidence.CONFIRMED)
PRESS = Provenance("press report", Confidence.UNVERIFIED)

JGG = MatterCaption(
    title="J.G.G. v. Trump",
    court="D.D.C.",
    docket_number="1:25-cv-00766",
    judge="Chief Judge James E. Boasberg",
    kind=MatterKind.CLASS_ACTION,
)
TRO = OrderSummary(
    "Temporary restraining order (class)", OrderKind.TRO, "15 March 2025", OrderStatus.VACATED
)


def options(profile: Profile = Profile.FULL, page_size: PageSize = "letter") -> BriefOptions:
    return BriefOptions(
        organisation="Clínica de Derechos Humanos (fictional)",
        generated_at=GENERATED,
        address_lines=("100 Example Street, Suite 4", "Washington, DC 20001"),
        page_size=page_size,
        author="Test Paralegal",
        profile=profile,
    )


def person() -> Person:
    return Person(
        full_name=NAME,
        a_number_display=A_NUMBER,
        a_number_masked=A_MASKED,
        date_of_birth_display=DOB,
        birth_year_display="1993",
        nationality="Venezuelan",
        provenance=FAMILY,
    )


def client_brief() -> ClientBriefData:
    final = StatusEntry(LegalStatus.PENDING_ASYLUM, "2 September 2024", provenance=FILING)
    return ClientBriefData(
        person=person(),
        aliases=(Alias(ALIAS, PRESS),),
        current_status=final,
        status_history=(final,),
        last_contact=LastContact("12 July 2025", 23, "Call to his mother from a prison phone"),
        whereabouts=(
            CustodyEntry(CustodyKind.ARRESTED, "19 February 2025", "Dallas, TX", "", FAMILY),
            CustodyEntry(
                CustodyKind.REMOVED, "15 March 2025", "Harlingen, TX", "Second flight", FILING
            ),
            CustodyEntry(CustodyKind.ARRIVED, "16 March 2025", "CECOT, Tecoluca", "", PRESS),
        ),
        matters=(MatterRole(JGG, PartyRole.CLASS_MEMBER),),
        bindings=(
            Binding(
                order_title="TRO, 15 March 2025",
                requirement="Do not remove class members under the Alien Enemies Act",
                due_display="15 March 2025",
                compliance=Compliance.NOT_COMPLIED,
                days_overdue=142,
                evidence="Flight manifest in ECF 28",
                provenance=FILING,
            ),
        ),
        deadlines=(
            DocketEntry(
                due=datetime(2025, 8, 12, 17, 0),
                due_display="12 August 2025, 5:00 pm",
                title="Reply brief on the habeas petition",
                matter="J.G.G. v. Trump, 1:25-cv-00766",
            ),
        ),
        contacts=(
            ContactEntry(CONTACT_NAME, ContactKind.FAMILY, "Mother", CONTACT_PHONE, CONTACT_EMAIL),
        ),
        notes=(
            NoteEntry("20 July 2025", "L. Ortega", PRIVATE_NOTE, private=True),
            NoteEntry("21 July 2025", "L. Ortega", SHARED_NOTE),
        ),
    )


FIRST = (
    "María", "José", "Andrés", "Luis", "Carmen", "Jesús", "Ana", "Carlos", "Rosa", "Miguel",
    "Yolanda", "Pedro", "Ángel", "Elena", "Jorge", "Lucía", "Rafael", "Sofía", "Óscar", "Inés",
    "Tomás", "Nuria", "Ramón", "Julia", "Víctor", "Pilar", "Simón", "Irene", "Iván", "Noemí",
    "Raúl", "Belén", "Adrián", "Mónica", "Rubén", "Begoña", "Joaquín", "Araceli", "Efraín", "Leía",
)  # fmt: skip
SURNAMES = (
    "Hernández", "Muñoz", "Peña", "Rodríguez", "Gómez", "Pérez", "Martínez", "Sánchez", "Díaz",
    "Núñez", "Ramírez", "Gutiérrez", "Castaño", "Jiménez", "Álvarez", "Ibáñez", "Domínguez",
    "Vásquez", "Ordóñez", "Benítez", "Méndez", "Suárez", "López", "Fernández", "González",
    "Chávez", "Márquez", "Carreño", "Quiñones", "Valdés", "Beltrán", "Colón", "Güemes", "Durán",
    "Ruiz", "Montaño", "Cortés", "Avilés", "Arráez", "Bermúdez", "Saldaña", "Tovar", "Zúñiga",
    "Acuña", "Ledezma", "Briceño", "Mejía", "Osuna", "Yáñez", "Lozano",
)  # fmt: skip


def roster_name(i: int) -> str:
    """Unique for i < 2,000: first name and first surname together never repeat."""
    return f"{FIRST[i % 40]} {SURNAMES[(i // 40) % 50]} {SURNAMES[(i * 7 + 3) % 50]}"


def a_number(n: int) -> str:
    digits = f"{n:09d}"
    return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def roster(count: int) -> RosterData:
    members = [
        RosterMember(
            person=Person(CLASS_MEMBER, a_number_display=CLASS_MEMBER_A),
            role=PartyRole.NAMED_PLAINTIFF,
            status=LegalStatus.WITHHOLDING_GRANTED,
            status_country="El Salvador",
            whereabouts="CECOT, El Salvador",
            last_contact_display="2 May 2025",  # caller's short form
            last_contact_days=94,
            compliance=Compliance.NOT_COMPLIED,
        )
    ]
    statuses = list(LegalStatus)
    places = ("CECOT, El Salvador", "Caracas, Venezuela", "Unknown", "Bluebonnet Detention Center")
    for i in range(1, count):
        members.append(
            RosterMember(
                person=Person(roster_name(i), a_number_display=a_number(300_000_000 + i)),
                role=PartyRole.CLASS_MEMBER,
                status=statuses[i % len(statuses)],
                whereabouts=places[i % len(places)],
                last_contact_display=f"{1 + i % 28} Jul 2025",
                last_contact_days=7 + i % 28,
                compliance=list(Compliance)[i % 5],
            )
        )
    return RosterData(matter=JGG, orders=(TRO,), members=tuple(members))


def compliance() -> ComplianceData:
    people = (
        PersonCompliance(
            person(), Compliance.NOT_COMPLIED, 142, "Removed on second flight", FILING
        ),
        PersonCompliance(
            Person(CLASS_MEMBER, a_number_display=CLASS_MEMBER_A),
            Compliance.PENDING,
            None,
            "",
            PRESS,
        ),
    )
    return ComplianceData(
        matter=JGG,
        order_title="Temporary restraining order (class)",
        kind=OrderKind.TRO,
        issued_display="15 March 2025",
        status=OrderStatus.VACATED,
        judge="Chief Judge James E. Boasberg",
        summary="Barred removals under the Alien Enemies Act for 14 days.",
        status_history=(
            OrderStatusChange(OrderStatus.IN_FORCE, "15 March 2025", "Issued", FILING),
            OrderStatusChange(
                OrderStatus.VACATED, "7 April 2025", "Trump v. J.G.G., 24A931", FILING
            ),
        ),
        obligations=(
            ObligationDetail(
                requirement="Do not remove any class member under the Proclamation",
                deadline_display="15 March 2025, immediately",
                compliance=Compliance.NOT_COMPLIED,
                days_overdue=142,
                evidence="Flights landed in El Salvador on 16 March 2025",
                people=people,
                provenance=FILING,
            ),
            ObligationDetail(
                requirement="File a declaration on the flights",
                deadline_display="18 March 2025, noon",
                compliance=Compliance.PARTIAL,
                evidence="Declaration filed, details withheld",
                provenance=FILING,
            ),
        ),
    )


def docket() -> DocketData:
    who = (person(),)
    return DocketData(
        period_from=datetime(2025, 8, 1).date(),
        period_to=datetime(2025, 8, 31).date(),
        period_display="1 – 31 August 2025",
        entries=(
            DocketEntry(
                due=datetime(2025, 8, 14, 9, 30),
                due_display="14 August 2025, 9:30 am",
                title="Status report on facilitation of return",
                kind=DocketKind.OBLIGATION,
                matter="J.G.G. v. Trump, 1:25-cv-00766",
                people=who,
                compliance=Compliance.PENDING,
            ),
            DocketEntry(
                due=datetime(2025, 7, 21, 17, 0),
                due_display="21 July 2025, 5:00 pm",
                title="Government timeline of the flights",
                kind=DocketKind.OBLIGATION,
                matter="J.G.G. v. Trump, 1:25-cv-00766",
                people=who,
                overdue=True,
                days_overdue=14,
                compliance=Compliance.NOT_COMPLIED,
            ),
            DocketEntry(
                due=datetime(2025, 8, 12, 17, 0),
                due_display="12 August 2025, 5:00 pm",
                title="Reply brief on the habeas petition",
                matter="J.G.G. v. Trump, 1:25-cv-00766",
            ),
            DocketEntry(
                due=datetime(2025, 8, 12, 9, 0),
                due_display="12 August 2025, 9:00 am",
                title="Client call with family",
                people=(Person(CLASS_MEMBER),),
            ),
        ),
    )
