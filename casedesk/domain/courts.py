"""Courts and docket numbers in the forms advocates cite them.

Courts are stored as Bluebook abbreviations ("D.D.C.", "D. Mass.", "S.D.N.Y.",
"4th Cir.", "U.S.") so printed briefs read right; input is forgiving about case, dots
and spaces ("sdny", "D Mass"). Docket numbers are stored in the canonical form of the
court that issued them.
"""

from __future__ import annotations

import re
import unicodedata

from casedesk.domain.anumber import ANumber
from casedesk.domain.errors import ValidationError, clip

# Bluebook abbreviation and full name of every state and territory with a federal
# district court, with its districts: "" is a single district ("D. Mass."), otherwise the
# initial of each division ("N", "S", "E", "W", "C", "M").
_JURISDICTIONS: tuple[tuple[str, str, str], ...] = (
    ("Ala.", "Alabama", "NMS"),
    ("Alaska", "Alaska", ""),
    ("Ariz.", "Arizona", ""),
    ("Ark.", "Arkansas", "EW"),
    ("Cal.", "California", "NECS"),
    ("Colo.", "Colorado", ""),
    ("Conn.", "Connecticut", ""),
    ("Del.", "Delaware", ""),
    ("D.C.", "Columbia", ""),
    ("Fla.", "Florida", "NMS"),
    ("Ga.", "Georgia", "NMS"),
    ("Haw.", "Hawaii", ""),
    ("Idaho", "Idaho", ""),
    ("Ill.", "Illinois", "NCS"),
    ("Ind.", "Indiana", "NS"),
    ("Iowa", "Iowa", "NS"),
    ("Kan.", "Kansas", ""),
    ("Ky.", "Kentucky", "EW"),
    ("La.", "Louisiana", "EMW"),
    ("Me.", "Maine", ""),
    ("Md.", "Maryland", ""),
    ("Mass.", "Massachusetts", ""),
    ("Mich.", "Michigan", "EW"),
    ("Minn.", "Minnesota", ""),
    ("Miss.", "Mississippi", "NS"),
    ("Mo.", "Missouri", "EW"),
    ("Mont.", "Montana", ""),
    ("Neb.", "Nebraska", ""),
    ("Nev.", "Nevada", ""),
    ("N.H.", "New Hampshire", ""),
    ("N.J.", "New Jersey", ""),
    ("N.M.", "New Mexico", ""),
    ("N.Y.", "New York", "NSEW"),
    ("N.C.", "North Carolina", "EMW"),
    ("N.D.", "North Dakota", ""),
    ("Ohio", "Ohio", "NS"),
    ("Okla.", "Oklahoma", "NEW"),
    ("Or.", "Oregon", ""),
    ("Pa.", "Pennsylvania", "EMW"),
    ("R.I.", "Rhode Island", ""),
    ("S.C.", "South Carolina", ""),
    ("S.D.", "South Dakota", ""),
    ("Tenn.", "Tennessee", "EMW"),
    ("Tex.", "Texas", "NESW"),
    ("Utah", "Utah", ""),
    ("Vt.", "Vermont", ""),
    ("Va.", "Virginia", "EW"),
    ("Wash.", "Washington", "EW"),
    ("W. Va.", "West Virginia", "NS"),
    ("Wis.", "Wisconsin", "EW"),
    ("Wyo.", "Wyoming", ""),
    ("P.R.", "Puerto Rico", ""),
    ("V.I.", "Virgin Islands", ""),
    ("Guam", "Guam", ""),
    ("N. Mar. I.", "Northern Mariana Islands", ""),
)

_DIVISION_NAMES = {
    "N": "Northern",
    "S": "Southern",
    "E": "Eastern",
    "W": "Western",
    "C": "Central",
    "M": "Middle",
}

_ORDINAL_WORDS = (
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
)

SUPREME_COURT = "U.S."
BIA = "BIA"
EOIR = "EOIR"
IMMIGRATION_COURT = "Imm. Ct."

_SINGLE_CAPITALS = re.compile(r"\A(?:[A-Z]\.)+\Z")


def _join(first: str, second: str) -> str:
    # Bluebook rule 6.1(a): adjacent single capitals close up ("S.D.N.Y."), anything
    # longer is set off by a space ("S.D. Tex.", "N.D. W. Va.").
    return first + second if _SINGLE_CAPITALS.match(second) else f"{first} {second}"


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number, "th")
    return f"{number}{suffix}"


def _key(text: str) -> str:
    """Comparison form for court names: lower case, no dots, no spaces."""
    return re.sub(r"[\s.,']+", "", text).lower()


def _build() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
    districts: list[str] = []
    aliases: dict[str, str] = {}
    for abbreviation, name, divisions in _JURISDICTIONS:
        for division in divisions or " ":
            if division == " ":
                canonical = _join("D.", abbreviation)
                # "Columbia" in the table makes this "District of Columbia".
                long_name = f"District of {name}"
            else:
                canonical = _join(f"{division}.D.", abbreviation)
                long_name = f"{_DIVISION_NAMES[division]} District of {name}"
            districts.append(canonical)
            aliases[_key(canonical)] = canonical
            for prefix in ("", "U.S. District Court for the ", "District Court for the "):
                aliases[_key(prefix + long_name)] = canonical
    circuits: list[str] = []
    for number, word in enumerate(_ORDINAL_WORDS, start=1):
        canonical = f"{_ordinal(number)} Cir."
        circuits.append(canonical)
        for alias in (canonical, f"{_ordinal(number)} Circuit", f"{word} Circuit", f"CA{number}"):
            aliases[_key(alias)] = canonical
    for canonical, extra in (
        ("D.C. Cir.", ("D.C. Circuit", "CADC")),
        ("Fed. Cir.", ("Federal Circuit", "CAFC")),
    ):
        circuits.append(canonical)
        for alias in (canonical, *extra):
            aliases[_key(alias)] = canonical
    for alias in (
        SUPREME_COURT,
        "SCOTUS",
        "Supreme Court",
        "S. Ct.",
        "US Supreme Court",
        "Supreme Court of the United States",
    ):
        aliases[_key(alias)] = SUPREME_COURT
    for alias in (BIA, "Board of Immigration Appeals"):
        aliases[_key(alias)] = BIA
    for alias in (EOIR, "Executive Office for Immigration Review"):
        aliases[_key(alias)] = EOIR
    return tuple(districts), tuple(circuits), aliases


DISTRICT_COURTS, CIRCUITS, _ALIASES = _build()

#: Canonical federal forms for pick-lists: Supreme Court, circuits, district courts
#: (by state), then the immigration bodies.
COURTS: tuple[str, ...] = (
    SUPREME_COURT,
    *CIRCUITS,
    *DISTRICT_COURTS,
    BIA,
    EOIR,
    IMMIGRATION_COURT,
)

COURT_EXAMPLES = (
    "D.D.C., D. Mass., S.D.N.Y., 4th Cir., D.C. Cir., U.S., BIA, EOIR or Imm. Ct. Krome"
)

_IMMIGRATION_COURT = re.compile(
    r"\A\s*imm(?:igration|\.)?\s*(?:ct\.?|court)(?=\s|\Z|[.,])[\s.,]*(.*?)\s*\Z",
    re.IGNORECASE | re.DOTALL,
)
_CITY = re.compile(r"\A[^\W\d_]+(?:[ \-'’.]+[^\W\d_]+)*\.?\Z")
MAX_CITY_LENGTH = 60


def _title(city: str) -> str:
    # str.title() capitalises after every apostrophe ("St. Mary'S"); capitalise only the
    # first letter of each space- or hyphen-separated word and keep the rest as typed.
    words = re.split(r"([ \-])", " ".join(unicodedata.normalize("NFC", city).split()))
    return "".join(word[:1].upper() + word[1:] for word in words)


def parse_court(text: str, *, field: str = "court") -> str:
    """Return the canonical abbreviation of a court, or refuse with example forms."""
    stripped = text.strip()
    if not stripped:
        raise ValidationError(field, f"enter a court, for example {COURT_EXAMPLES}")
    canonical = _ALIASES.get(_key(stripped))
    if canonical is not None:
        return canonical
    immigration = _IMMIGRATION_COURT.match(stripped)
    if immigration:
        city = immigration.group(1)
        if not city:
            return IMMIGRATION_COURT
        city = unicodedata.normalize("NFC", city)
        if len(city) > MAX_CITY_LENGTH or not _CITY.match(city):
            raise ValidationError(
                field,
                f"the immigration court's city should be a place name like Krome or "
                f"El Paso; got {clip(city)!r}",
            )
        return f"{IMMIGRATION_COURT} {_title(city)}"
    raise ValidationError(
        field, f"{clip(stripped)!r} is not a court this app knows; write it like {COURT_EXAMPLES}"
    )


# ---------------------------------------------------------------------------------------
# Docket numbers.

CASE_TYPES = ("cv", "cr", "mc", "mj", "md", "ap")
DOCKET_EXAMPLES = (
    "1:25-cv-00766, 8:25-cv-00951-PX, 25-cv-10676 (district court), 24A931 or 24-1234 "
    "(Supreme Court), 25-5067 (court of appeals), A-123-456-789 (immigration court)"
)
_DISTRICT_DOCKET = re.compile(
    r"\A(?:([0-9]{1,2}):)?([0-9]{2})-([a-z]{2})-([0-9]{1,6})((?:-[a-z]{1,4}){0,2})\Z",
    re.IGNORECASE,
)
_APPLICATION = re.compile(r"\A([0-9]{2})a([0-9]{1,4})\Z", re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"\A([0-9]{2})-([0-9]{1,5})\Z")
_NUMBER_PREFIX = re.compile(r"\A(?:no\.?|case\s+no\.?)\s*", re.IGNORECASE)


def parse_docket(text: str, *, field: str = "docket") -> str:
    """Return a docket number in canonical form, or refuse showing the accepted forms.

    District dockets are padded to five digits ("1:25-cv-766" becomes "1:25-cv-00766"),
    case types lower case, judge initials upper case. Supreme Court and court of appeals
    numbers ("24-1234", "25-5067") share a shape and are returned as typed, without spaces.
    """
    stripped = text.strip()
    if not stripped:
        raise ValidationError(field, f"enter a docket number, for example {DOCKET_EXAMPLES}")
    compact = re.sub(r"\s+", "", _NUMBER_PREFIX.sub("", stripped, count=1))
    district = _DISTRICT_DOCKET.match(compact)
    if district:
        division, year, case_type, number, judges = district.groups()
        case_type = case_type.lower()
        if case_type not in CASE_TYPES:
            raise ValidationError(
                field,
                f"{case_type!r} is not a district-court case type; use one of "
                f"{', '.join(CASE_TYPES)} (as in 1:25-cv-00766)",
            )
        prefix = f"{int(division)}:" if division else ""
        return f"{prefix}{year}-{case_type}-{int(number):05d}{judges.upper()}"
    application = _APPLICATION.match(compact)
    if application:
        return f"{application.group(1)}A{application.group(2)}"
    year_number = _YEAR_NUMBER.match(compact)
    if year_number:
        return compact
    if ANumber.is_candidate(stripped):
        return ANumber.parse(stripped, field=field).display
    raise ValidationError(
        field, f"{clip(stripped)!r} is not a docket number; use a form like {DOCKET_EXAMPLES}"
    )


# ---------------------------------------------------------------------------------------
# Time zones: a court's deadlines run on its own clock.

#: The zone of each jurisdiction's courts (the seat of its main clerk's office). A state
#: split between zones is listed under the division that differs from the rest.
_STATE_ZONES: dict[str, str] = {
    "Ala.": "America/Chicago",
    "Alaska": "America/Anchorage",
    "Ariz.": "America/Phoenix",
    "Ark.": "America/Chicago",
    "Cal.": "America/Los_Angeles",
    "Colo.": "America/Denver",
    "Idaho": "America/Boise",
    "Ill.": "America/Chicago",
    "Ind.": "America/Indiana/Indianapolis",
    "Iowa": "America/Chicago",
    "Kan.": "America/Chicago",
    "La.": "America/Chicago",
    "Minn.": "America/Chicago",
    "Miss.": "America/Chicago",
    "Mo.": "America/Chicago",
    "Mont.": "America/Denver",
    "Neb.": "America/Chicago",
    "Nev.": "America/Los_Angeles",
    "N.M.": "America/Denver",
    "N.D.": "America/Chicago",
    "Okla.": "America/Chicago",
    "Or.": "America/Los_Angeles",
    "S.D.": "America/Chicago",
    "Tex.": "America/Chicago",
    "Utah": "America/Denver",
    "Wash.": "America/Los_Angeles",
    "Wis.": "America/Chicago",
    "Wyo.": "America/Denver",
    "Haw.": "Pacific/Honolulu",
    "P.R.": "America/Puerto_Rico",
    "V.I.": "America/St_Thomas",
    "Guam": "Pacific/Guam",
    "N. Mar. I.": "Pacific/Saipan",
}
#: Districts whose seat keeps a different clock from the rest of their state.
_DISTRICT_ZONES: dict[str, str] = {
    "W.D. Ky.": "America/Chicago",
    "M.D. Tenn.": "America/Chicago",
    "W.D. Tenn.": "America/Chicago",
    "W.D. Tex.": "America/Chicago",
}
_CIRCUIT_ZONES: dict[str, str] = {
    "5th Cir.": "America/Chicago",
    "7th Cir.": "America/Chicago",
    "8th Cir.": "America/Chicago",
    "9th Cir.": "America/Los_Angeles",
    "10th Cir.": "America/Denver",
}
#: Immigration courts by city, where the city keeps a clock other than Eastern.
_CITY_ZONES: dict[str, str] = {
    "El Paso": "America/Denver",
    "Otero": "America/Denver",
    "Denver": "America/Denver",
    "Aurora": "America/Denver",
    "Salt Lake City": "America/Denver",
    "Phoenix": "America/Phoenix",
    "Eloy": "America/Phoenix",
    "Florence": "America/Phoenix",
    "Tucson": "America/Phoenix",
    "Houston": "America/Chicago",
    "Conroe": "America/Chicago",
    "Dallas": "America/Chicago",
    "San Antonio": "America/Chicago",
    "Harlingen": "America/Chicago",
    "Port Isabel": "America/Chicago",
    "Pearsall": "America/Chicago",
    "Chicago": "America/Chicago",
    "New Orleans": "America/Chicago",
    "Oakdale": "America/Chicago",
    "Jena": "America/Chicago",
    "Kansas City": "America/Chicago",
    "Memphis": "America/Chicago",
    "Omaha": "America/Chicago",
    "Fort Snelling": "America/Chicago",
    "Los Angeles": "America/Los_Angeles",
    "Adelanto": "America/Los_Angeles",
    "San Diego": "America/Los_Angeles",
    "Otay Mesa": "America/Los_Angeles",
    "San Francisco": "America/Los_Angeles",
    "Sacramento": "America/Los_Angeles",
    "Seattle": "America/Los_Angeles",
    "Tacoma": "America/Los_Angeles",
    "Portland": "America/Los_Angeles",
    "Las Vegas": "America/Los_Angeles",
    "Honolulu": "Pacific/Honolulu",
    "Saipan": "Pacific/Saipan",
    "Guaynabo": "America/Puerto_Rico",
}
EASTERN = "America/New_York"


def _district_states() -> dict[str, str]:
    """Each district court's canonical form → its jurisdiction's abbreviation."""
    states: dict[str, str] = {}
    for abbreviation, _name, divisions in _JURISDICTIONS:
        for division in divisions or " ":
            prefix = "D." if division == " " else f"{division}.D."
            states[_join(prefix, abbreviation)] = abbreviation
    return states


_DISTRICT_STATE = _district_states()


def court_zone(court: str) -> str:
    """The IANA time zone a court's deadlines run in ("D. Md." → "America/New_York").

    The Supreme Court, the D.C. Circuit, the BIA (Falls Church) and EOIR keep Eastern
    time; an immigration court keeps its city's clock; anything unknown is Eastern,
    where most of the federal bench sits.
    """
    if court in _DISTRICT_ZONES:
        return _DISTRICT_ZONES[court]
    if court in _CIRCUIT_ZONES:
        return _CIRCUIT_ZONES[court]
    if court.startswith(IMMIGRATION_COURT + " "):
        return _CITY_ZONES.get(court[len(IMMIGRATION_COURT) + 1 :], EASTERN)
    state = _DISTRICT_STATE.get(court)
    return _STATE_ZONES.get(state, EASTERN) if state is not None else EASTERN
