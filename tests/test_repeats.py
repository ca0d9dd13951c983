"""Corpus-level boilerplate: lines repeated across articles go; quotations, copies and one-off lines stay."""

from __future__ import annotations

from helpers.cleaning import clean_lines
from helpers.repeats import is_copy, line_key, line_keys, own_repeats, repeated_keys

FURNITURE = ["Skip to content", "Home", "World", "Business", "Sign in", "About us", "Careers"]
PROSE = [
    "The council approved the new budget on Tuesday after a debate that lasted well into the evening hours.",
    "Officials said the plan would cut waiting times at the two city hospitals by a third within a year.",
    "Opposition members argued that the savings relied on staff who had not yet been hired or trained.",
]


def page(body: list[str], quote: str = "") -> str:
    return "\n".join([*FURNITURE, "Headline of this page here", *body, quote, *FURNITURE[-3:]]) + "\n"


def test_site_furniture_repeats_and_goes() -> None:
    pages = [page([s.replace("council", f"council {k}")]) for k, s in enumerate(PROSE)]
    keys = [line_keys(p) for p in pages]
    repeated = repeated_keys(keys)
    assert line_key("Careers") in set(int(k) for k in repeated)
    cleaned = clean_lines(pages[0], repeated=own_repeats(keys[0], repeated))
    assert "Careers" not in cleaned.text and "council 0" in cleaned.text
    assert ("repeated", "About us") in cleaned.removed


def test_a_quotation_repeated_by_two_articles_stays() -> None:
    quote = "“We will not accept this,” the minister said."
    pages = [page([PROSE[0]], quote), page([PROSE[1]], quote)]
    keys = [line_keys(p) for p in pages]
    assert line_key(quote) not in set(int(k) for k in repeated_keys(keys))


def test_a_copy_of_another_article_keeps_its_text() -> None:
    """The same story on two sites: its paragraphs repeat, but it is a copy, so they stay; the furniture other
    pages share still goes."""
    story = page(PROSE)
    others = [page([PROSE[0].replace("budget", "plan")]), page([PROSE[1].replace("hospitals", "clinics")])]
    keys = [line_keys(story), line_keys(story), *(line_keys(p) for p in others)]
    repeated = repeated_keys(keys)
    assert not is_copy(keys[2], repeated)
    own = own_repeats(keys[0], repeated)
    cleaned = clean_lines(story, repeated=own)
    assert all(s in cleaned.text for s in PROSE)
    assert "Careers" not in cleaned.text


def test_line_keys_are_small_and_stable() -> None:
    keys = line_keys("Home\n home \nWorld\n")
    assert keys.dtype.itemsize == 8 and len(keys) == 2  # case and spacing do not make a new line
    assert line_key("Home") == line_key("  home ")
