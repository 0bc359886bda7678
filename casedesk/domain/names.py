"""Person names as advocates meet them: Spanish-style double surnames, particles, accents.

The same client turns up as "Hernández Romero, Andry José" in a court filing, "Andry
Hernandez" in a press report and "ANDRY J HERNANDEZ ROMERO" on a flight manifest. This
module stores a name in three parts (given names, first surname, second surname) and
derives folded keys so those spellings sort together and can be matched.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from casedesk.domain.errors import ValidationError

#: Spanish and Portuguese particles that may precede a surname ("de la Cruz", "dos Santos").
#: Multi-word particles are listed for documentation; matching works word by word, and
#: every word of a multi-word particle is itself a particle.
PARTICLES: frozenset[str] = frozenset(
    {
        "de",
        "de la",
        "del",
        "de los",
        "de las",
        "la",
        "las",
        "los",
        "y",
        "da",
        "do",
        "dos",
        "das",
    }
)

_PARTICLE_WORDS = frozenset(word for particle in PARTICLES for word in particle.split())

MAX_PART_LENGTH = 100

# Characters that separate words in a folded key. Several dash and apostrophe code points
# turn up in names pasted from word processors and PDFs, so all of them count.
_SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018\u02bc`."
_SEPARATOR_TABLE = str.maketrans(dict.fromkeys(_SEPARATORS, " "))

# Punctuation a name part may contain besides letters and spaces.
_NAME_PUNCTUATION = frozenset("-'\u2019.")

_FIELD_LABELS = {
    "given": "a given name",
    "surname": "a surname",
    "second_surname": "a second surname",
}


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.translate(_SEPARATOR_TABLE).split())


@lru_cache(maxsize=65_536)  # names repeat across thousands of records; folding is pure
def fold(text: str) -> str:
    """Reduce text to a comparison form: lower case, no accents, no punctuation in names.

    "Hernández-Romero" and "hernandez romero" fold to the same string; "ñ" becomes "n".
    """
    # Case folding and compatibility decomposition can each expose work for the other
    # (a ligature that decomposes to capitals, a capital that folds to a letter with a
    # mark), so repeat until nothing changes; in practice that takes one or two rounds.
    result = _fold_once(text)
    for _ in range(4):
        again = _fold_once(result)
        if again == result:
            break
        result = again
    return result


def _is_particle(word: str) -> bool:
    return fold(word) in _PARTICLE_WORDS


def _words(text: str) -> list[str]:
    return fold(text).split()


def _drop_leading_particles(words: list[str]) -> list[str]:
    index = 0
    while index < len(words) and words[index] in _PARTICLE_WORDS:
        index += 1
    # A surname made only of particles (rare, but "La" exists) keeps its words rather than
    # vanishing from the sort key.
    return words[index:] or words


@lru_cache(maxsize=65_536)  # an import checks the same given names and surnames again and again
def _clean_part(value: str, field: str, label: str) -> str:
    """Trim, collapse spaces and check the characters of one name part."""
    text = unicodedata.normalize("NFC", value.strip())
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() and category == "Zs":
            out.append(" ")
        elif category.startswith("C"):
            raise ValidationError(field, f"{label} cannot contain control or invisible characters")
        elif category.startswith("N"):
            raise ValidationError(field, f"{label} cannot contain digits; found {ch!r}")
        elif category.startswith(("L", "M")) or ch in _NAME_PUNCTUATION:
            out.append(ch)
        else:
            raise ValidationError(
                field,
                f"{label} can only contain letters, spaces, hyphens, apostrophes and "
                f"periods; found {ch!r}",
            )
    cleaned = " ".join("".join(out).split())
    if len(cleaned) > MAX_PART_LENGTH:
        raise ValidationError(
            field, f"{label} can be at most {MAX_PART_LENGTH} characters; got {len(cleaned)}"
        )
    if cleaned and not any(unicodedata.category(ch).startswith("L") for ch in cleaned):
        raise ValidationError(field, f"{label} must contain at least one letter")
    return cleaned


def _first_letter(word: str) -> str:
    # Skip a leading apostrophe or hyphen ("'t Hooft") so the initial is a letter.
    for ch in word:
        if ch.isalpha():
            return ch.upper()
    return word[0]


def _group_surnames(words: list[str]) -> list[str]:
    """Group surname words so each particle travels with the word after it."""
    groups: list[str] = []
    pending: list[str] = []
    for word in words:
        pending.append(word)
        if not _is_particle(word):
            groups.append(" ".join(pending))
            pending = []
    if pending:
        # Words left at the end precede nothing, so they are not particles here but a
        # surname of their own: "Kumar Das" is "Kumar" + "Das" (Das is a surname), and a
        # lone "La" stays "La". Joining them to the surname before would lose a surname.
        groups.append(" ".join(pending))
    return groups


@dataclass(frozen=True)
class PersonName:
    """A name in three parts. ``surname`` may start with a particle ("de la Cruz").

    Build one with :meth:`create` or :meth:`parse`, which validate; the plain constructor
    trusts its input (the store uses it for values that were validated when saved).
    """

    given: str = ""
    surname: str = ""
    second_surname: str = ""

    @classmethod
    def create(
        cls,
        given: str,
        surname: str,
        second_surname: str = "",
        *,
        field_prefix: str = "",
    ) -> PersonName:
        """Validate and normalise the three parts (NFC, trimmed, single spaces)."""
        parts = {}
        for name, value in (
            ("given", given),
            ("surname", surname),
            ("second_surname", second_surname),
        ):
            parts[name] = _clean_part(value, field_prefix + name, _FIELD_LABELS[name])
        if not parts["given"] and not parts["surname"]:
            if parts["second_surname"]:
                raise ValidationError(
                    field_prefix + "surname",
                    "a second surname needs a first surname; move it to the surname",
                )
            raise ValidationError(field_prefix + "given", "enter a given name or a surname")
        return cls(parts["given"], parts["surname"], parts["second_surname"])

    @classmethod
    def parse(cls, text: str, *, field_prefix: str = "") -> PersonName:
        """Read a name typed on one line.

        With a comma: "Surname [Second surname], Given names"; the surnames split at the
        first word that is not a particle ("de la Cruz Pérez" is "de la Cruz" + "Pérez";
        with three or more surnames the rest go to the second surname). Without a comma
        the LAST word is the surname and everything before it the given names, because
        that is how a name is usually spoken; particles just before the last word stay
        with the surname ("María de la Cruz" is given "María", surname "de la Cruz").
        A single word is taken as a surname.
        """
        if text.count(",") > 1:
            raise ValidationError(
                field_prefix + "name",
                "use at most one comma, as in 'Hernández Romero, Andry José'",
            )
        if "," in text:
            surnames_text, given = text.split(",")
            groups = _group_surnames(surnames_text.split())
            surname = groups[0] if groups else ""
            second = " ".join(groups[1:])
            return cls.create(given, surname, second, field_prefix=field_prefix)
        words = text.split()
        if not words:
            return cls.create("", "", field_prefix=field_prefix)
        start = len(words) - 1
        while start > 0 and _is_particle(words[start - 1]):
            start -= 1
        return cls.create(
            " ".join(words[:start]), " ".join(words[start:]), field_prefix=field_prefix
        )

    @property
    def surnames(self) -> str:
        """Both surnames, separated by a space."""
        return " ".join(part for part in (self.surname, self.second_surname) if part)

    @property
    def display(self) -> str:
        """Surname-first form used in lists and filings: "Hernández Romero, Andry José"."""
        if self.surnames and self.given:
            return f"{self.surnames}, {self.given}"
        return self.surnames or self.given

    @property
    def full(self) -> str:
        """Natural reading order: "Andry José Hernández Romero"."""
        return " ".join(part for part in (self.given, self.surnames) if part)

    @cached_property  # read several times per record by imports and matching
    def sort_key(self) -> str:
        """Folded, surname first, leading particles ignored: "de la Cruz" files under C."""
        words = [
            *_drop_leading_particles(_words(self.surname)),
            *_drop_leading_particles(_words(self.second_surname)),
            *_words(self.given),
        ]
        return " ".join(words)

    @cached_property  # read several times per record by imports and matching
    def match_key(self) -> str:
        """Folded, particles removed, surnames then given names."""
        words = _words(self.surnames) + _words(self.given)
        return " ".join(word for word in words if word not in _PARTICLE_WORDS)

    @cached_property  # read several times per record by imports and matching
    def tokens(self) -> frozenset[str]:
        """Folded words without particles, for matching when surname order differs."""
        words = _words(self.given) + _words(self.surnames)
        return frozenset(word for word in words if word not in _PARTICLE_WORDS)

    @property
    def initials(self) -> str:
        """ "A. J. H. R.": given names then surnames, particles skipped (public redaction)."""
        return initials_of(f"{self.given} {self.surnames}")

    def __str__(self) -> str:
        return self.display


def initials_of(name: str) -> str:
    """ "A. P. S." for "Ana Pérez-Soto": the one initials rule of every brief and export.

    Words are split at spaces and hyphens (a compound surname gives both letters, as
    its bearer writes them), particles such as "de la" are skipped, and a name with no
    letters gives "—".
    """
    letters = [
        _first_letter(word)
        for word in name.replace("-", " ").replace("\u2010", " ").split()
        if not _is_particle(word) and fold(word)
    ]
    return " ".join(f"{letter}." for letter in letters) if letters else "—"
