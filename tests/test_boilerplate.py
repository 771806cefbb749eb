"""Site furniture in plain text is never sent to the model; reporting about it is."""

from __future__ import annotations

from claims.boilerplate import a_heading, boilerplate_spans, is_boilerplate, without_dateline
from claims.text import paragraphs, sentences


def test_seed_tail_is_boilerplate_and_its_body_is_not(seed_text: str) -> None:
    found = [p.text.split("\n")[0][:20] for p in boilerplate_spans(paragraphs(seed_text))]
    assert found == [
        "Read more:",
        "Photo: Oleksiy Danil",
        "Dear reader, we are ",
        "We noticed you are u",
    ]


def test_link_list_after_a_heading_is_boilerplate() -> None:
    text = "Body text here.\n\nRelated:\n\n- One story\n- Another story\n\nMore body text."
    assert [p.text for p in boilerplate_spans(paragraphs(text))] == [
        "Related:",
        "- One story\n- Another story",
    ]


def test_reporting_that_mentions_donations_is_content() -> None:
    assert not is_boilerplate(
        "Rathbun requested donations via a statement made on his blog, in order to help "
        "Montalvo with his legal defense financing."
    )
    assert not is_boilerplate("Photographs taken by the probe show a crater on the surface.")
    assert is_boilerplate("Please support our journalism with a donation today.")
    assert is_boilerplate("Image: Reuters")


def test_lines_that_state_nothing_are_furniture() -> None:
    for line in (
        "Saturday, January 5, 2019",
        "5 January 2019",
        "—Troy Roberts",
        "—One of the victim's lawyers",
        "―The mayor of London, Sadiq Khan",
        "((es))",
        # wire copy: bylines, credit lines, standards, rules
        "By Jane Doe, Reuters",
        "By Jane Doe and John Roe",
        "Reporting by Jane Doe; Editing by John Smith",
        "(Additional reporting by Jane Doe in Brussels; Editing by John Smith)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Associated Press writer Jamie Stengle in Dallas contributed to this report.",
        "___",
        "* * *",
        # web pages: when it was changed, where it first ran, corrections
        "Updated 3:45 p.m. ET, June 4, 2023",
        "This article was originally published by the Daily Bugle.",
        "Editor's note: An earlier version of this story misstated the vote.",
        "Correction: This story has been updated.",
        # a caption left in a scraped page
        "Sirhan in 2016  (Image: CDCR)",
    ):
        assert is_boilerplate(line), line
    for line in (
        "On January 5, 2019, five children died in the crash.",
        "—Nobody expected that the court would order the release of all the records at once.",
        "- 39 people died",
        "By the end of the day the site was down.",
        "By Friday, 40 people had died.",
        "He contributed to the report on climate change for years.",
        "Updated figures show 40 died.",
        "Published in 2019, the report found that 40 people died in the fire.",
        "Correction officer John Smith said the inmate escaped.",
        "Police released an image (the man's face) on Monday.",
    ):
        assert not is_boilerplate(line), line


def test_a_caption_line_with_no_verb_is_furniture() -> None:
    for line in (
        "Daenerys Targaryen from Game of Thrones",
        "Steampunk Green Lantern",
        "Mrs. Potts and Belle from Beauty and the Beast",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Forever Fairest performed in the kids area",  # a verb: it states something
        "Final score: Caloundra 24, Maroochydore 17",  # a colon: it may state a result
        "Unemployment at 5.2 percent, lowest since 2000",  # a figure
        "Still no word from the Senate.",  # a full stop: a sentence
    ):
        assert not is_boilerplate(line), line
    # a caption is no heading of a list after it
    text = "Timeline\n\n- The storm reached the coast at 6am.\n- Two people died."
    assert [p.text for p in boilerplate_spans(paragraphs(text))] == ["Timeline"]


def test_a_pictures_name_and_credit_is_furniture_but_a_caption_that_says_something_is_not() -> None:
    assert is_boilerplate("Susan Rice Image: White House.")
    assert is_boilerplate("Jo JorgensenImage: Jo Jorgensen for President.")  # (glued)
    assert is_boilerplate("AIP Vice Chairman Mark Seidenberg Image: AIP.")
    assert not is_boilerplate("3D printed objects on display. Image: Paul Budd.")
    assert not is_boilerplate("The procession at the Rue nationale. Image: Genium.")


def test_the_lines_of_a_gallery_are_captions_verbs_and_all() -> None:
    lines = [
        "Forever Fairest performed in the kids area",
        "501st Legion members",
        "Rocket Raccoon",
        "Tony Stark",
        "Lydia Scott as a ranger from Fallout: New Vegas",
        "Anna from Frozen",
    ]
    story = "The convention drew 40,000 fans from across Canada over the long weekend, its "
    story += "organisers said on Monday."
    found = boilerplate_spans(paragraphs("\n\n".join([story, *lines, story])))
    assert [p.text for p in found] == lines
    # a sentence with a finite verb is no caption: headings over one-sentence sections lose
    # only the headings
    sections = [
        "Ohio primary",
        "Results",
        "Biden won the state, the party said.",
        "Turnout",
        "Officials said turnout was high.",
        "Reactions",
        "Sanders said he would stay in the race.",
    ]
    found = boilerplate_spans(paragraphs("\n\n".join([story, *sections])))
    assert [p.text for p in found] == ["Ohio primary", "Results", "Turnout", "Reactions"]
    # and a list after a gallery is no list of links
    listed = "- Organisers said 40,000 fans attended.\n- The mayor said it went well."
    found = boilerplate_spans(paragraphs("\n\n".join([story, *lines, listed])))
    assert [p.text for p in found] == lines
    # four short lines are no gallery, nor are five of which most state something
    for some in (lines[:4], [*lines[:1], "Two people died", "Police arrived", *lines[2:4]]):
        found = boilerplate_spans(paragraphs("\n\n".join([story, *some, story])))
        assert [p.text for p in found] == [line for line in some if is_boilerplate(line)]


def test_a_wire_dateline_is_cut_from_the_paragraph_it_opens() -> None:
    text = "Intro.\n\nBRUSSELS (Reuters) - EU ministers agreed on Tuesday to cut quotas."
    paragraph = without_dateline(paragraphs(text)[1])
    assert paragraph.text == "EU ministers agreed on Tuesday to cut quotas."
    assert text[paragraph.start : paragraph.end] == paragraph.text
    for opening, rest in (
        ("WASHINGTON, March 3 (AP) — ", "The Senate passed the bill."),
        ("LONDON — ", "“We are ready,” she said."),
    ):
        assert without_dateline(paragraphs(opening + rest)[0]).text == rest
    for kept in ("NATO said on Friday - and meant it.", "US President Trump said - no."):
        assert without_dateline(paragraphs(kept)[0]).text == kept


def test_a_short_paragraph_with_no_closing_punctuation_is_a_heading() -> None:
    text = (
        "Onion editors speak\n\nHow The Onion writes an issue\n\nThe editors meet on Monday."
        "\n\nGeneral questions"
    )
    found = {p.text: a_heading(text, p) for p in paragraphs(text)}
    assert found["How The Onion writes an issue"] and found["General questions"]
    assert not found["The editors meet on Monday."]
    # (nor a result: a figure or a colon)
    text = "Jobs report\n\nUnemployment at 5.2 percent\n\nFinal score: Caloundra 24"
    assert not any(a_heading(text, p) for p in paragraphs(text)[1:])
    # (a heading stands alone: the last words of a paragraph are no heading)
    text = "The editors meet on Monday. They vote on it"
    assert not a_heading(text, sentences(text)[1])
