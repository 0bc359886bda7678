"""Content of the four documents, read back from the PDF text."""

from __future__ import annotations

import re
from dataclasses import replace

from casedesk.briefs import (
    ClientBriefData,
    ComplianceData,
    DocketData,
    NoteEntry,
    ObligationDetail,
    Person,
    PersonCompliance,
    RosterData,
    fonts,
    render_client_brief,
    render_deadline_docket,
    render_matter_roster,
    render_order_compliance,
)
from casedesk.briefs.compliance import summary_counts
from casedesk.domain.enums import Compliance, OrderKind, OrderStatus
from tests.unit.briefs import samples
from tests.unit.briefs.pdfcheck import render


def test_client_brief_shows_every_section_with_accents_and_page_numbers():
    doc = render(render_client_brief, samples.client_brief(), samples.options())
    text = doc.flat
    for expected in (
        "Andry José Hernández Romero",
        "Rosa Elvira Muñoz",
        "A-987-654-321",
        "14 February 1993",
        "Asylum pending",
        "Last contact: 12 July 2025 (23 days ago)",
        "CECOT, Tecoluca",
        "J.G.G. v. Trump",
        "1:25-cv-00766",
        "Chief Judge James E. Boasberg",
        "Not complied, 142 days overdue",
        "Reply brief on the habeas petition",
        "ZZPRIVATENOTE",
        "Generated 4 August 2025, 09:30",
        "PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT",
    ):
        assert expected in text, expected
    assert f"Page 1 of {doc.pages}" in doc.page_texts[0]
    assert f"Page {doc.pages} of {doc.pages}" in doc.page_texts[-1]
    assert len(doc.reader.pages) == doc.pages


def test_every_fact_prints_its_source_and_confidence():
    text = render(render_client_brief, samples.client_brief(), samples.options()).flat
    assert "family (WhatsApp call) · reported" in text  # identity
    assert "press report · unverified" in text  # alias and custody event
    assert "government filing, ECF 28 · confirmed" in text  # status, binding


def test_banner_and_footer_on_every_page():
    long_notes = tuple(
        NoteEntry(f"{d} July 2025", "L. Ortega", "Call log. " * 120) for d in range(1, 9)
    )
    data = replace(samples.client_brief(), notes=long_notes)
    doc = render(render_client_brief, data, samples.options())
    assert doc.pages >= 3
    for number, page in enumerate(doc.page_texts, start=1):
        assert "PRIVILEGED & CONFIDENTIAL" in page
        assert f"Page {number} of {doc.pages}" in page
        assert "Generated 4 August 2025, 09:30" in page


def test_empty_sections_say_so():
    data = ClientBriefData(person=Person("Ana Peña"))
    text = render(render_client_brief, data, samples.options()).flat
    for sentence in (
        "No current legal status recorded.",
        "No status history recorded.",
        "Last contact: none recorded.",
        "No custody events recorded.",
        "No matters recorded.",
        "No orders or obligations bind this person.",
        "No upcoming deadlines.",
        "No contacts recorded.",
        "No notes selected.",
    ):
        assert sentence in text, sentence

    roster = render(render_matter_roster, RosterData(matter=samples.JGG), samples.options())
    assert "No orders recorded." in roster.flat
    assert "No people recorded in this matter." in roster.flat

    order = ComplianceData(
        samples.JGG, "Order to show cause", OrderKind.OTHER, "1 May 2025", OrderStatus.IN_FORCE
    )
    compliance = render(render_order_compliance, order, samples.options()).flat
    assert "No status changes recorded." in compliance
    assert "No obligations recorded for this order." in compliance

    docket = replace(samples.docket(), entries=())
    docket_text = render(render_deadline_docket, docket, samples.options()).flat
    assert "Nothing is overdue." in docket_text
    assert "No deadlines fall due in this period." in docket_text


def test_long_names_and_notes_wrap_and_stay_whole():
    long_name = "María de los Ángeles Guadalupe del Carmen Peña Muñoz de Hernández y Santamaría"
    note = " ".join(f"Entrevista{i} con la familia Peña sobre el traslado." for i in range(60))
    data = replace(
        samples.client_brief(),
        person=replace(samples.person(), full_name=long_name),
        notes=(NoteEntry("1 August 2025", "L. Ortega", note),),
    )
    doc = render(render_client_brief, data, samples.options())
    assert long_name in doc.flat
    assert note in doc.flat
    roster = replace(
        samples.roster(3),
        members=(replace(samples.roster(1).members[0], person=Person(long_name)),),
    )
    assert long_name in render(render_matter_roster, roster, samples.options()).flat


def test_text_never_runs_into_the_right_margin():
    long_name = "Wenceslao Maximiliano Hernández-Castañeda de la Peñuela y Saldaña " * 3
    roster = replace(
        samples.roster(5),
        members=(replace(samples.roster(1).members[0], person=Person(long_name)),),
    )
    doc = render(render_matter_roster, roster, samples.options())
    right_edge = float(doc.reader.pages[0].mediabox.width) - 72

    for page in doc.reader.pages:
        ends: list[float] = []

        def visit(text, cm, tm, font_dict, font_size, ends=ends):
            if text.strip():
                face = fonts.BOLD if "Bold" in str(font_dict.get("/BaseFont")) else fonts.REGULAR
                width = tm[0] * cm[0] * fonts.text_width(text.strip(), face, font_size)
                ends.append(tm[4] * cm[0] + cm[4] + width)

        page.extract_text(visitor_text=visit)
        assert ends
        assert max(ends) <= right_edge + 1


def test_roster_of_1200_people_has_every_name_and_header_on_every_page():
    data = samples.roster(1200)
    doc = render(render_matter_roster, data, samples.options())
    text = doc.flat
    missing = [m.person.full_name for m in data.members if m.person.full_name not in text]
    assert missing == []
    assert "1,200 people" in text
    assert doc.pages > 20
    people_pages = doc.page_texts[1:]  # the first page also holds the caption and orders
    for number, page in enumerate(doc.page_texts, start=1):
        assert f"Page {number} of {doc.pages}" in page
    for page in people_pages:
        header = re.sub(r"\s+", " ", page)
        assert "# Name A-Number Legal status Whereabouts Last contact Days Compliance" in header
    # Each A-Number is printed exactly once: no row lost or repeated at a page break.
    numbers = [m.person.a_number_display for m in data.members]
    assert [n for n in numbers if text.count(n) != 1] == []


def test_compliance_report_counts_and_per_person_rows():
    data = samples.compliance()
    assert summary_counts(data) == {
        "Complied": 0,
        "Partial": 1,
        "Not complied": 1,
        "Pending": 1,
        "Overdue": 1,
    }
    text = render(render_order_compliance, data, samples.options()).flat
    for expected in (
        "Order compliance: Temporary restraining order (class)",
        "Complied",
        "Overdue",
        "Vacated",
        "Trump v. J.G.G., 24A931",
        "1. Do not remove any class member under the Proclamation",
        "Andry José Hernández Romero (A-987-654-321)",
        "María de la Cruz Peña (A-212-000-457)",
        "142 days",
        "Removed on second flight",
    ):
        assert expected in text, expected


def test_compliance_unknown_is_counted_only_when_present():
    ob = ObligationDetail(
        "Report", "1 May 2025", people=(PersonCompliance(Person("Ana Peña"), Compliance.UNKNOWN),)
    )
    data = replace(samples.compliance(), obligations=(ob,))
    assert summary_counts(data)["Unknown"] == 1


def test_a_row_taller_than_a_page_still_renders():
    evidence = "Declaración jurada de la señora Peña. " * 400
    pc = PersonCompliance(Person("Ana Peña"), Compliance.PARTIAL, 3, evidence)
    ob = ObligationDetail("Produce the flight manifests", "20 March 2025", people=(pc,))
    data = replace(samples.compliance(), obligations=(ob,))
    doc = render(render_order_compliance, data, samples.options())
    assert doc.pages >= 2
    assert "Produce the flight manifests" in doc.flat


def test_docket_lists_overdue_first_then_by_day():
    text = render(render_deadline_docket, samples.docket(), samples.options()).flat
    order = [
        "Government timeline of the flights",  # overdue, 21 July
        "Tuesday 12 August 2025",
        "Client call with family",  # 9:00 am
        "Reply brief on the habeas petition",  # 5:00 pm
        "Thursday 14 August 2025",
        "Status report on facilitation of return",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)
    assert "1 overdue, 3 due in the period" in text
    assert "14 days" in text


def test_docket_title_in_metadata():
    data: DocketData = samples.docket()
    doc = render(render_deadline_docket, data, samples.options())
    assert doc.reader.metadata is not None
    assert doc.reader.metadata.title == "Deadline docket: 1 – 31 August 2025"
