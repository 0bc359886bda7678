"""The brief catalogue: one entry per English phrase, placeholders kept, dates in Spanish."""

from casedesk.briefs.i18n import _catalogue, brief_language, dates, t, value
from casedesk.domain import enums


def test_catalogue_has_one_entry_per_phrase_and_keeps_placeholders() -> None:
    catalogue = _catalogue()
    for english, spanish in catalogue.items():
        assert sorted(english.count(c) for c in "{}") == sorted(spanish.count(c) for c in "{}")
    # Every coded label a brief prints has its Spanish form.
    for name in ("LegalStatus", "CustodyKind", "Compliance", "OrderKind", "OrderStatus"):
        for member in getattr(enums, name):
            assert member.label in catalogue, member.label


def test_language_is_chosen_per_brief_and_english_is_the_default() -> None:
    assert t("Legal status") == "Legal status"
    with brief_language("es"):
        assert t("Legal status") == "Estatus legal"
        assert t("Page 3 of 12") == "Página 3 de 12"
        assert value("Asylum pending") == "Asilo pendiente"
        assert value("a note saying Legal status") == "a note saying Legal status"
        assert dates("about March 2025; 7 Apr 2025 23:59") == (
            "hacia marzo de 2025; 7 abr 2025 23:59"
        )
        assert t("saturday") == "saturday"  # unknown text is left as it is
    with brief_language("es-VE"):
        assert t("Identity") == "Identidad"
    assert t("Identity") == "Identity"
