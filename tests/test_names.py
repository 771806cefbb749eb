"""A speaker's fullest name and title as the article writes them, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims import names


def test_speaker_aliases_resolve_to_the_fullest_name_and_title() -> None:
    text = (
        "Polish Foreign Minister Radosław Sikorski spoke. Earlier on Friday, Sikorski said "
        "no. The Kremlin warned. NATO. Poland joined in 1999."
    )
    assert names.full_name("Sikorski", text) == ("Radosław Sikorski", "Polish Foreign Minister")
    assert names.full_name("Polish Foreign Minister Radosław Sikorski", text) == (
        "Radosław Sikorski",
        "Polish Foreign Minister",
    )
    assert names.full_name("Kremlin", text) == ("Kremlin", None)
    assert names.full_name("Poland", text) == ("Poland", None)
    assert names.is_pronoun("He") and not names.is_pronoun("Helen")
    # a name that ends one line is not a given name of the one that starts the next
    titled = "Rally claims the election was stolen from President Trump\n\nTrump tweeted."
    assert names.full_name("Trump", titled) == ("Trump", "President")
    # a body has no given name: "Police" is not "Valley Police"
    assert names.full_name("Police", "Thames Valley Police said so.")[0] == "Police"
    # business and international posts are titles too
    assert names.full_name("Apple CEO Tim Cook", "") == ("Tim Cook", "Apple CEO")
    assert names.full_name("WHO Director-General Tedros Adhanom", "")[0] == "Tedros Adhanom"
    # a country alone is no title of a body
    assert names.full_name("US Geological Survey", "") == ("US Geological Survey", None)
    assert names.full_name("US President Joe Biden", "") == ("Joe Biden", "US President")
    # a word that opens a sentence is no given name: "Both Tesco and Salling entered ..."
    assert names.full_name("Tesco", "Both Tesco and Salling entered in 1995.")[0] == "Tesco"
    assert names.full_name("Lt. Col. Jane Doe", "") == ("Jane Doe", "Lt. Col.")
    # police and military ranks are titles
    assert names.full_name("Chief Superintendent Graciano Mijares", "") == (
        "Graciano Mijares",
        "Chief Superintendent",
    )
    # a title word inside a body's name is no title
    assert names.full_name("Office for National Statistics", "")[0] == (
        "Office for National Statistics"
    )
    assert names.full_name("Society President Ash Soni", "")[0] == "Ash Soni"
    # a party is an affiliation, not part of the name
    assert names.full_name("Democrat Chuck Schumer", "")[0] == "Chuck Schumer"
    # a person named after the body she speaks for: the body is her role
    owned = names.full_name("Native American Rights Fund's Jacqueline De León", "")
    assert owned == ("Jacqueline De León", "Native American Rights Fund")
    assert names.full_name("Theresa May's Conservative Party", "")[1] is None
    # a title word inside a body's name is not a title: not "Group"
    assert names.full_name("Hirtenberger Defence Group", "") == (
        "Hirtenberger Defence Group",
        None,
    )
    # the first full mention names the speaker, not a relative named after it
    family = "President Donald Trump and First Lady Melania Trump tested positive. Trump said."
    assert names.full_name("Trump", family)[0] == "Donald Trump"


def test_a_bodys_name_is_not_split_into_title_and_person() -> None:
    text = "The Federal Security Service (FSB) said it was gas."
    name = "Federal Security Service (FSB)"
    assert names.full_name(name, text) == (name, None)
    text = "The World Health Organization said so, as did the National Safety Board."
    for name in ("World Health Organization", "National Safety Board"):
        assert names.full_name(name, text) == (name, None)


def test_a_body_named_with_a_title_word_keeps_its_whole_name() -> None:
    text = "According to the National Conference of State Legislatures, the vote is on March 3."
    claim = cited(text, "the vote is on March 3", None)
    assert claim.speaker.name == "National Conference of State Legislatures"


def test_a_full_name_takes_one_given_name_not_the_place_before_it() -> None:
    text = "Afghan Ambassador to the United States Hamdullah Mohib spoke. Mohib said no."
    assert names.full_name("Mohib", text)[0] == "Hamdullah Mohib"
    assert names.full_name("Hamdullah Mohib", text)[0] == "Hamdullah Mohib"
    text = "President Hassan Rouhani of Iran spoke. The Bank of England did not."
    assert names.full_name("President Hassan Rouhani of Iran", text) == (
        "Hassan Rouhani",
        "President",
    )
    assert names.full_name("Bank of England", text) == ("Bank of England", None)
    # an owner is no given name: the headline's "Norway's Warholm" is Karsten Warholm
    text = "Norway's Warholm wins gold\n\nKarsten Warholm of Norway won. Warholm said it was hard."
    assert names.full_name("Warholm", text)[0] == "Karsten Warholm"


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        ("GSA head Emily W. Murphy approved it. Murphy said no.", "Murphy", "Emily W. Murphy"),
        ("Guy's son Michael J. T. Guy spoke. Guy said no.", "Guy", "Michael J. T. Guy"),
        # one given name after a title, whatever the words before it
        ("Congressman Steve King spoke. King said no.", "King", "Steve King"),
        ("IMF Chief Economist Gita Gopinath spoke. Gopinath said no.", "Gopinath", "Gita Gopinath"),
        ("National Security Adviser John Bolton left. Bolton said no.", "Bolton", "John Bolton"),
        # a numeral that ends a sentence is no initial
        ("He fought in World War I. Smith said no.", "Smith", "Smith"),
    ],
)
def test_a_full_name_keeps_its_initials(text: str, name: str, full: str) -> None:
    assert names.full_name(name, text)[0] == full


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        # a given name whose first mention has the surname after it, and no body before it
        ("Washington State University Simon Ličen spoke. Simon said no.", "Simon", "Simon Ličen"),
        ("Minister Hardeep Singh Puri spoke. Hardeep said no.", "Hardeep", "Hardeep Singh Puri"),
        ("Its maintainer Sergey M․ spoke. Sergey said no.", "Sergey", "Sergey M․"),
        ("He met Simon Ličen of Washington State. Simon said no.", "Simon", "Simon Ličen"),
        # (not a surname whose first mention is titled, nor a name's first words)
        ("President Trump spoke at Trump Tower. Trump said no.", "Trump", "Trump"),
        ("She was named Time Person of the Year. Time said so.", "Time", "Time"),
        ("Trump Tower was sold. Trump said no.", "Trump", "Trump"),
    ],
)
def test_a_given_name_takes_the_surname_of_its_first_mention(
    text: str, name: str, full: str
) -> None:
    assert names.full_name(name, text)[0] == full


def test_a_post_is_a_title() -> None:
    text = "National Security Adviser John Bolton left."
    assert names.full_name("Bolton", text) == ("John Bolton", "National Security Adviser")


def test_a_short_form_the_article_defines_stands_for_its_long_form() -> None:
    text = (
        "Kimura died, wrestling promotion World Wonder Ring Stardom (Stardom) announced. "
        "The World Health Organization (WHO) said so. Stardom added that WHO agreed. "
        "WASHINGTON (AP) Officials met."
    )
    assert names.full_name("Stardom", text) == ("World Wonder Ring Stardom", None)
    assert names.full_name("WHO", text) == ("World Health Organization", None)
    assert names.full_name("AP", text) == ("AP", None)  # (a dateline is no long form of it)
    text = (
        "WASHINGTON (AP) - The Associated Press (AP) said. Yesterday Japan's Ring Stardom (Stardom)"
    )
    assert names.full_name("AP", text) == ("Associated Press", None)
    assert names.full_name("Stardom", text) == ("Ring Stardom", None)  # (not "Yesterday Japan's")
    text = "Under Armour Chief Executive Kevin Plank (Plank) said so. Plank added."
    assert names.full_name("Plank", text) == ("Kevin Plank", "Under Armour Chief")
    assert names.full_name("BM", "On eBay Marketplace (BM) prices rose.") == ("BM", None)


def test_a_full_name_is_looked_for_within_a_line() -> None:
    # (a title line ending in a space is not the title of the name opening the next line)
    assert names.full_name("Trump", "Talks with President \nTrump said he was pleased.") == (
        "Trump",
        None,
    )
