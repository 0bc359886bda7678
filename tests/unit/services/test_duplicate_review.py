"""Narrowing the duplicates review: by name (accents and case ignored, every word),
score band and decision, in the search's order; decisions and merges update the list."""

from casedesk.services.duplicate_review import Decision, PairFilter, PairList, ScoreBand
from casedesk.services.duplicates import Candidate


def _pairs() -> list[Candidate]:
    return [
        Candidate(1, 2, "Hernández Romero, Andry José", "Hernandez, Andry", 97, "spelling"),
        Candidate(3, 4, "López Vega, María", "Lopez Vega, Maria", 90, "spelling", True),
        Candidate(5, 6, "Quiñones, Rosa", "Quinones Paz, Rosa", 80, "second surname missing"),
        Candidate(1, 7, "Hernández Romero, Andry José", "Hernández, A.", 85, "initial"),
    ]


def _ids(found: list[Candidate]) -> list[tuple[int, int]]:
    return [(c.keep_id, c.other_id) for c in found]


def test_the_default_shows_undecided_pairs_in_order() -> None:
    assert _ids(PairList(_pairs()).matching(PairFilter())) == [(1, 2), (5, 6), (1, 7)]


def test_name_words_ignore_accents_and_case_and_must_all_appear() -> None:
    pairs = PairList(_pairs())
    assert _ids(pairs.matching(PairFilter("HERNANDEZ andry"))) == [(1, 2), (1, 7)]
    assert _ids(pairs.matching(PairFilter("quiñones paz"))) == [(5, 6)]
    assert pairs.matching(PairFilter("hernandez paz")) == []


def test_score_bands_and_decisions() -> None:
    pairs = PairList(_pairs())
    very = PairFilter(band=ScoreBand.VERY_LIKELY, decision=Decision.ANY)
    assert _ids(pairs.matching(very)) == [(1, 2)]
    likely = PairFilter(band=ScoreBand.LIKELY, decision=Decision.ANY)
    assert _ids(pairs.matching(likely)) == [(3, 4), (1, 7)]
    assert _ids(pairs.matching(PairFilter(band=ScoreBand.POSSIBLE))) == [(5, 6)]
    assert _ids(pairs.matching(PairFilter(decision=Decision.DIFFERENT))) == [(3, 4)]


def test_a_decision_and_a_merge_update_the_list() -> None:
    pairs = PairList(_pairs())
    pairs.decide(6, 5)
    assert _ids(pairs.matching(PairFilter(decision=Decision.DIFFERENT))) == [(3, 4), (5, 6)]
    pairs.drop_involving(2)
    assert _ids(pairs.matching(PairFilter(decision=Decision.ANY))) == [(3, 4), (5, 6), (1, 7)]
    assert len(pairs) == 3
