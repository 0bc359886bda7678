"""Arabic runs reach the paragraph in joining forms and visual order; their glyphs map
back to the letters typed (the ToUnicode map), whatever the paragraph's own font."""

from casedesk.briefs import arabic, fonts


def test_a_run_is_joined_and_reversed_into_visual_order() -> None:
    # سلام: seen initial, lam medial, alef final, meem isolated; drawn right to left.
    assert arabic.visual("سلام") == "\ufee1\ufe8e\ufee0\ufeb3"
    # Words too: the first word typed is the rightmost drawn; a trailing space stays.
    assert arabic.visual("عبد الله ") == arabic.visual("الله") + " " + arabic.visual("عبد") + " "


def test_fallback_markup_carries_the_visual_run() -> None:
    markup = fonts.with_fallbacks("Name: سلام end")
    assert markup == f'Name: <font name="{fonts.ARABIC}">{arabic.visual("سلام")} </font>end'


def test_the_unicode_map_gives_the_letters_a_form_draws() -> None:
    cmap = arabic.to_unicode_cmap("F", [ord("A"), 0xFEB3, 0xFEFB])
    assert "<00> <0041>" in cmap  # other characters map as ReportLab maps them
    assert "<01> <0633>" in cmap  # seen, initial form → seen
    assert "<02> <06440627>" in cmap  # lam-alef → lam, alef
