"""English and Spanish words for casedesk's import fields and coded values.

Everything is compared through :func:`text_key`, which ignores case, accents and
punctuation, so "Número A", "numero a" and "No. A" meet. Lists are data, kept apart from
the matching code in :mod:`casedesk.formats.mapping` so advocates' vocabulary can grow
without touching logic; a test checks that no word is listed for two fields or values.
"""

from __future__ import annotations

import re

from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.domain.names import fold

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def text_key(text: str) -> str:
    """Comparison form: lower case, no accents, words of letters and digits only."""
    # "#" means "number" in "A#"; the degree sign stands in for the ordinal "º" in "N° A".
    text = text.replace("#", " number ").replace("°", "o")
    return " ".join(_NOT_ALNUM.sub(" ", fold(text)).split())


# Words that carry no meaning in a header ("Fecha DE nacimiento", "Date OF birth") and
# abbreviations of "number" ("N.º", "Nro.", "Núm.", "#"), so "N.º de A", "Nro A" and
# "A number" meet one key, whatever the order of their words.
_HEADER_FILLER = frozenset({"de", "del", "la", "el", "los", "las", "of", "the", "y", "and", "e"})
_NUMBER_WORDS = frozenset({"n", "no", "nro", "nr", "num", "numero", "number", "nbr", "nm"})


def header_key(text: str) -> str:
    """A looser comparison form for headers: filler words out, "number" abbreviations
    unified, word order ignored. Used after the exact :func:`text_key` fails."""
    key = re.sub(r"\bn o\b", "no", text_key(text))  # "n.º" folds to "n o"
    words = {"numero" if w in _NUMBER_WORDS else w for w in key.split() if w not in _HEADER_FILLER}
    return " ".join(sorted(words))


# Field → header words (the field's own name is always recognised too, so a casedesk
# export's headers map back to themselves). Order here is the export's column order.
# fmt: off
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("casedesk id", "id casedesk", "id de casedesk"),
    "given": (
        "given name", "given names", "first name", "first names", "forename", "forenames",
        "nombre", "nombres", "nombre de pila", "nombres de pila", "primer nombre", "name first",
    ),
    "surname": (
        "last name", "family name", "apellido", "apellidos", "primer apellido", "apellido paterno",
        "first surname", "paternal surname", "name last",
    ),
    "second_surname": (
        "second surname", "second last name", "segundo apellido", "apellido materno",
        "maternal surname", "mother's surname",
    ),
    "full_name": (
        "full name", "name", "nombre completo", "nombre y apellidos", "nombres y apellidos",
        "apellidos y nombres", "apellidos y nombre", "client", "client name", "cliente",
        "nombre del cliente", "detainee", "detainee name", "person", "persona",
    ),
    "description": (
        "descripcion", "physical description", "descripcion fisica", "senas", "senas particulares",
        "identifying features", "rasgos",
    ),
    "a_number": (
        "a number", "a#", "a no", "a-no", "anumber", "alien number", "alien no",
        "alien registration number", "no a", "nº a", "num a", "numero a", "nro a",
        "numero de extranjero", "numero de registro de extranjero", "registro de extranjero",
        "a number uscis", "uscis number", "numero uscis", "numero de a", "id de extranjero",
    ),
    "dob": (
        "date of birth", "birth date", "birthdate", "birthday", "born", "d o b",
        "fecha de nacimiento", "f nac", "fecha nac", "f de nac", "fec nac", "fecha de nac",
        "nacimiento", "fecha nacimiento", "f de nacimiento", "fecha de nac", "fnac",
    ),
    "nationality": (
        "citizenship", "country of citizenship", "country of origin", "nacionalidad", "pais",
        "pais de origen", "pais de nacionalidad", "ciudadania",
    ),
    "languages": (
        "language", "primary language", "idiomas", "idioma", "idioma principal", "lenguas",
        "lengua",
    ),
    "tags": ("tag", "labels", "etiquetas", "etiqueta"),
    "status": (
        "legal status", "immigration status", "estatus", "estado migratorio", "estatus migratorio",
        "estatus legal", "situacion migratoria", "situacion legal", "estado legal", "estado",
        "status migratorio", "estado del caso", "situacion", "condicion migratoria",
    ),
    "status_date": (
        "status date", "status since", "date of status", "fecha de estatus", "fecha del estatus",
        "fecha estatus", "estatus desde", "fecha de estado", "fecha del estado",
        "fecha de situacion", "fecha de la situacion migratoria", "estado desde",
    ),
    "status_country": (
        "status country", "country of status", "as to country", "withholding country",
        "protection country", "pais del estatus", "pais de proteccion", "pais de estatus",
    ),
    "whereabouts": (
        "custody", "custody status", "last known whereabouts", "paradero", "ultimo paradero",
        "custodia", "situacion de custodia", "estado de custodia",
    ),
    "whereabouts_date": (
        "whereabouts date", "whereabouts since", "as of", "since", "fecha de paradero",
        "fecha del paradero", "paradero desde", "desde", "fecha de custodia",
        "fecha de detencion", "fecha ultimo paradero",
    ),
    "place": (
        "lugar", "ubicacion", "location", "facility", "detention center", "detention facility",
        "centro de detencion", "prison", "prision", "carcel", "current location",
        "ubicacion actual", "lugar de detencion",
        "lugar actual",
    ),
    "country": (
        "current country", "country now", "country of location", "pais actual",
        "pais de ubicacion",
    ),
    "source": (
        "fuente", "fuentes", "sources", "source of information", "fuente de informacion",
        "reported by", "informante",
    ),
    "note": (
        "notes", "nota", "notas", "observaciones", "observacion", "comments", "comment",
        "comentarios", "comentario", "remarks", "details", "detalles", "notas del caso",
        "observaciones generales", "antecedentes",
    ),
}
# fmt: on
# "country" as a bare header is the field's own name; "País" means nationality, as in
# Spanish rosters where it is the country of origin.

# fmt: off
_STATUS_WORDS: dict[LegalStatus, tuple[str, ...]] = {
    LegalStatus.PENDING_ASYLUM: (
        "asylum pending", "pending asylum", "asylum applicant", "asylum seeker",
        "asylum application pending", "asilo pendiente", "asilo en tramite",
        "solicitante de asilo", "solicitud de asilo pendiente", "asilo solicitado",
    ),
    LegalStatus.FINAL_ORDER: (
        "final order", "final order of removal", "final removal order", "orden final",
        "orden final de deportacion", "orden de deportacion final", "orden final de expulsion",
    ),
    LegalStatus.REFUGEE_APPROVED: (
        "refugee", "refugee approved", "approved refugee", "refugee status", "refugiado",
        "refugiado aprobado", "estatus de refugiado", "refugio aprobado",
    ),
    LegalStatus.WITHHOLDING_GRANTED: (
        "withholding", "withholding of removal", "withholding granted",
        "withholding of removal granted", "retencion de deportacion", "retencion de expulsion",
        "suspension de expulsion",
    ),
    LegalStatus.CAT_PROTECTION: (
        "cat", "cat protection", "cat deferral", "deferral under cat",
        "convention against torture", "proteccion cat", "proteccion bajo cat",
        "convencion contra la tortura",
    ),
    LegalStatus.TPS: (
        "tps", "temporary protected status", "estatus de proteccion temporal",
        "proteccion temporal",
    ),
    LegalStatus.PAROLE: (
        "parole", "humanitarian parole", "permiso humanitario", "parole humanitario",
        "permiso de permanencia temporal",
    ),
    LegalStatus.LPR: (
        "lpr", "green card", "permanent resident", "lawful permanent resident",
        "residente permanente", "residente permanente legal", "residencia permanente",
        "tarjeta verde", "residente",
    ),
    LegalStatus.US_CITIZEN: (
        "us citizen", "u s citizen", "citizen", "american citizen", "ciudadano",
        "ciudadano estadounidense", "ciudadano de estados unidos", "ciudadano americano",
    ),
    LegalStatus.OTHER: ("other", "otro"),
    LegalStatus.UNKNOWN: (
        "unknown", "not known", "desconocido", "se desconoce", "no se sabe", "sin informacion",
        "?",
    ),
}
# fmt: on

# fmt: off
_CUSTODY_WORDS: dict[CustodyKind, tuple[str, ...]] = {
    CustodyKind.ARRESTED: ("arrest", "arrested", "arrestado", "arresto", "capturado"),
    CustodyKind.DETAINED: (
        "detained", "in custody", "ice custody", "imprisoned", "jailed", "detenido", "detencion",
        "en custodia", "bajo custodia", "encarcelado", "preso", "en prision",
    ),
    CustodyKind.TRANSFERRED: ("transferred", "transfer", "trasladado", "traslado", "transferido"),
    CustodyKind.REMOVED: (
        "removed", "deported", "removal", "deportation", "deportado", "expulsado", "removido",
        "deportacion", "expulsion",
    ),
    CustodyKind.ARRIVED: ("arrived", "arrival", "llego", "llegada", "arribo"),
    CustodyKind.RELEASED: (
        "released", "release", "liberado", "puesto en libertad", "excarcelado", "en libertad",
    ),
    CustodyKind.REPATRIATED: ("repatriated", "repatriation", "repatriado", "repatriacion"),
    CustodyKind.RETURNED_TO_US: (
        "returned to us", "returned to the us", "returned", "back in the us", "regreso a eeuu",
        "regreso a ee uu", "regreso a estados unidos", "retornado a eeuu",
        "retornado a estados unidos",
    ),
    CustodyKind.CONTACT: (
        "contact", "contacted", "contact re established", "contact reestablished", "contacto",
        "contacto restablecido", "se comunico",
    ),
    CustodyKind.WHEREABOUTS_UNKNOWN: (
        "whereabouts unknown", "unknown", "missing", "disappeared", "paradero desconocido",
        "desconocido", "desaparecido", "se desconoce", "incomunicado", "incommunicado",
    ),
    CustodyKind.DECEASED: ("deceased", "dead", "died", "fallecido", "muerto", "murio"),
}
# fmt: on

# Spanish values are often in the feminine ("refugiada", "detenida", "ciudadana"); the
# lists hold the masculine and words are folded to it before lookup.
_FEMININE_ENDINGS = (("ada", "ado"), ("ida", "ido"), ("ana", "ano"))
# A value that negates or qualifies ("asylum denied", "no withholding") must not be read as
# the status it mentions, so phrase search is skipped when one of these words appears.
_NEGATIONS = frozenset(
    {
        "no",
        "not",
        "denied",
        "denegado",
        "negado",
        "rechazado",
        "revoked",
        "revocado",
        "terminated",
        "expired",
        "vencido",
        "former",
        "ex",
        "antes",
        "previously",
        "sin",
    }
)


_PREPOSITIONS = frozenset(
    {"en", "a", "al", "desde", "el", "hacia", "in", "at", "to", "on", "since", "from", "de"}
)


def _value_key(text: str) -> str:
    words = []
    for word in text_key(_BRACKETED.sub(" ", text)).split():
        masculine_form = next(
            (
                word[: -len(f)] + m
                for f, m in _FEMININE_ENDINGS
                if len(word) > 4 and word.endswith(f)
            ),
            word,
        )
        words.append(masculine_form)
    return " ".join(words)


def _lookup(table: dict[str, str], text: str) -> str | None:
    stripped = text.strip()
    if stripped == "?":
        return table.get("?")
    key = _value_key(stripped)
    if not key:
        return None
    if key in table:
        return table[key]
    words = key.split()
    if _NEGATIONS & set(words):
        return None
    # Phrases of two or more words found inside a longer value ("withholding of removal
    # granted in 2019"); single words are too loose ("refugee application" is no refugee).
    # A known word followed by where or when: "detenido en CECOT", "deportado a El Salvador",
    # "released on 3 May". Without the preposition a single word is too loose ("refugee
    # application" is no refugee).
    if len(words) > 1 and words[1] in _PREPOSITIONS and words[0] in table:
        return table[words[0]]
    padded = f" {key} "
    found = {value for phrase, value in table.items() if " " in phrase and f" {phrase} " in padded}
    if len(found) == 1:
        return found.pop()
    # The same words in another order, with or without prepositions: "en trámite de
    # asilo" is "asilo en trámite", "removal order final" a "final removal order".
    bag = _bag(key)
    found = {value for phrase, value in table.items() if " " in phrase and _bag(phrase) == bag}
    return found.pop() if len(found) == 1 else None


def _bag(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split() if w not in _PREPOSITIONS)


def _build(
    words: dict[LegalStatus, tuple[str, ...]] | dict[CustodyKind, tuple[str, ...]],
) -> dict[str, str]:
    table: dict[str, str] = {}
    for member, names in words.items():
        for name in (member.value, member.label, *names):
            key = "?" if name == "?" else _value_key(name)
            if table.setdefault(key, member.value) != member.value:
                raise AssertionError(f"value synonym {name!r} is listed twice")
    return table


_STATUS_TABLE = _build(_STATUS_WORDS)
_CUSTODY_TABLE = _build(_CUSTODY_WORDS)


def normalise_status(text: str) -> str | None:
    """The :class:`LegalStatus` value a free-text status means, or None when unsure."""
    return _lookup(_STATUS_TABLE, text)


def normalise_custody_kind(text: str) -> str | None:
    """The :class:`CustodyKind` value a free-text whereabouts means, or None when unsure."""
    return _lookup(_CUSTODY_TABLE, text)


# Words found only in Spanish headers: a sheet using them writes its dates day first.
_SPANISH_HEADER_WORDS = frozenset(
    {
        "nombre", "nombres", "apellido", "apellidos", "fecha", "nacimiento", "nacionalidad",
        "estatus", "estado", "situacion", "paradero", "lugar", "observaciones", "notas",
        "fuente", "pais", "idioma", "idiomas", "extranjero", "numero", "nac", "desde",
        "migratoria", "migratorio", "custodia", "ubicacion", "etiquetas",
    }
)  # fmt: skip


def looks_spanish(headers: list[str]) -> bool:
    """True when most recognisable header words are Spanish ("Fecha de nacimiento")."""
    words = [w for h in headers for w in text_key(h).split()]
    spanish = sum(1 for w in words if w in _SPANISH_HEADER_WORDS)
    return spanish * 3 >= len(words) and spanish > 0
