"""Evidence made to stand alone as a statement, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

import claims
from claims import statements
from claims.models import Span
from claims.settings import Settings


@pytest.mark.parametrize(
    ("text", "words", "statement"),
    [
        (
            "Efforts to contain the SARS outbreak, which took place in 2003, mainly involved "
            "isolation.",
            "which took place in 2003",
            "The SARS outbreak took place in 2003.",
        ),
        (
            "He was met by Abu Mahdi al-Muhandis, who was also killed in the airstrike.",
            "who was also killed in the airstrike",
            "Abu Mahdi al-Muhandis was also killed in the airstrike.",
        ),
        (
            "Emily Spanton, 39, who has waived her right to anonymity, met the officers.",
            "who has waived her right to anonymity",
            "Emily Spanton has waived her right to anonymity.",
        ),
        (
            "They thanked Maria Lopez, whose team found the wreck in May.",
            "whose team found the wreck in May",
            "Maria Lopez's team found the wreck in May.",
        ),
        # what it refers to is unsure: the words stay as they are
        (
            "Qawi was accused of inciting it, which he denied.",
            "which he denied",
            "Which he denied.",
        ),
        (
            "Trump withdrew from a treaty with Iran, which had been agreed under Obama.",
            "which had been agreed under Obama",
            "Which had been agreed under Obama.",
        ),
        (
            "The dead included Jalal Rahman, a director of the Commission, who was cared for "
            "at home.",
            "who was cared for at home",
            "Who was cared for at home.",
        ),
        (
            "Teams from Sudan, Libya, and Yemen, which are covered, are among them.",
            "which are covered",
            "Which are covered.",
        ),
    ],
)
def test_a_relative_clause_states_what_it_refers_to(text: str, words: str, statement: str) -> None:
    assert cited(text, words, None).statement == statement


def test_a_leading_connective_is_left_out_of_the_evidence_but_not_the_statement() -> None:
    text = "In fact, the storm moved at only five miles per hour. Thus, it ended."
    claim = cited(text, "In fact, the storm moved at only five miles per hour.", None)
    assert claim.evidence.text == "the storm moved at only five miles per hour"
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    # a few words after it are kept whole
    assert cited(text, "Thus, it ended.", None).evidence.text == "Thus, it ended"
    # a place that ends in "ly" is no connective
    italy = "Italy, the end point, was openly supportive of the pipeline."
    assert cited(italy, italy, None).evidence.text == italy.rstrip(".")


def test_a_statement_closes_the_quotation_its_evidence_opens() -> None:
    text = "Macron said last week that sending troops “cannot be ruled out.”"
    said = cited(text, "sending troops “cannot be ruled out", None)
    assert said.evidence.text == "sending troops “cannot be ruled out"
    assert said.statement.count("“") == said.statement.count("”") == 1


def test_a_statement_opens_with_a_capital() -> None:
    text = "Several allied leaders quickly stated that they would not send troops."
    said = cited(text, "they would not send troops", None)
    assert said.statement == "Allied leaders stated that they would not send troops."


@pytest.mark.parametrize(
    ("text", "words", "statement"),
    [
        # the article's verb keeps what it says of the words: a denial is no statement of them
        (
            "Trump denied that he made any deal about the Bidens.",
            "he made any deal about the Bidens",
            "Trump denied that he made any deal about the Bidens.",
        ),
        (
            "Quirin denied any sexual activity.",
            "any sexual activity",
            "Quirin denied any sexual activity.",
        ),
        (
            "The agency estimated 120 people were in the building.",
            "120 people were in the building",
            "The agency estimated 120 people were in the building.",
        ),
        # in the past, which agrees with any subject
        (
            "Reports says two victims died.",
            "two victims died",
            "Reports said two victims died.",
        ),
        (
            "Smith wrote: “The bridge will close in May.”",
            "The bridge will close in May.",
            "Smith wrote: “The bridge will close in May.”",
        ),
        (
            "According to local officials, the bridge will close in May.",
            "the bridge will close in May.",
            "According to local officials, the bridge will close in May.",
        ),
        (
            "The ministry denies the report is true.",
            "the report is true.",
            "The ministry denied the report is true.",
        ),
        (
            "The study concludes that sharks left the bay.",
            "sharks left the bay.",
            "The study concluded that sharks left the bay.",
        ),
        # a verb that wants its listener or an infinitive: "said"
        (
            "The mayor told reporters that the bridge will close in May.",
            "the bridge will close in May.",
            "The mayor said that the bridge will close in May.",
        ),
        # a verb whose object is what the source says something of keeps it
        # (the sentence cited whole, as the rules cite it)
        (
            'Trump referred to the riots as acts of "domestic terror".',
            'Trump referred to the riots as acts of "domestic terror"',
            'Trump referred to the riots as acts of "domestic terror".',
        ),
        (
            "Biden called Trump a clown and a racist.",
            "Biden called Trump a clown and a racist",
            "Biden called Trump a clown and a racist.",
        ),
        (
            "The campaign criticized the commutation as an abuse of power.",
            "The campaign criticized the commutation as an abuse of power",
            "The campaign criticized the commutation as an abuse of power.",
        ),
        (
            'Mohr lauded Blankenship\'s "ability to influence leaders".',
            'Mohr lauded Blankenship\'s "ability to influence leaders"',
            'Mohr lauded Blankenship\'s "ability to influence leaders".',
        ),
        (
            "Iran blamed Israel for the attack.",
            "Iran blamed Israel for the attack",
            "Iran blamed Israel for the attack.",
        ),
        (
            "Joe Biden spoke in Ohio. He called Trump a clown.",
            "He called Trump a clown",
            "Joe Biden called Trump a clown.",
        ),
        (
            "Don Blankenship blames federal regulators for the disaster.",
            "Don Blankenship blames federal regulators for the disaster",
            "Don Blankenship blames federal regulators for the disaster.",
        ),
        (
            "Blankenship maintains his innocence.",
            "his innocence",
            "Blankenship maintained his innocence.",
        ),
    ],
)
def test_a_statement_reports_with_the_articles_verb(text: str, words: str, statement: str) -> None:
    assert cited(text, words, None).statement == statement


def test_a_second_predicate_states_the_subject_its_sentence_opens_with() -> None:
    text = "In 2015, Day planned a dancing career but broke her leg in a crash."
    assert cited(text, "broke her leg in a crash.", None).statement == (
        "Day broke her leg in a crash."
    )
    # in a report, the subject of the clause the words go on (not the report's source), and
    # nothing into a quotation
    text = "The Sun reported Cummings had been sick and was missing from Capitol Hill."
    assert cited(text, "was missing from Capitol Hill.", None).statement == (
        "The Sun reported that Cummings was missing from Capitol Hill."
    )
    # (past a comma, a report of its own, by the source)
    text = "Mitsotakis noted that the House did not ratify it, and mentioned an arbitration route."
    assert cited(text, "mentioned an arbitration route", None).statement == (
        "Mitsotakis mentioned an arbitration route."
    )
    text = "The foundation said she had been in good health but had recently had pneumonia."
    assert cited(text, "had recently had pneumonia", None).statement == (
        "The foundation said that she had recently had pneumonia."
    )
    text = 'Smith said: "We lost the vote and were turned away."'
    assert cited(text, "were turned away", None).statement == "Smith said: “were turned away.”"
    # a determiner after "said that" is no sentence's start
    text = "The shooting began at 10:39 a.m., police said."
    assert cited(text, text, None).statement == "Police said that the shooting began at 10:39 a.m."


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # only the speaker's own verb reports: not one inside a relative clause or a noun's
        (
            "Police said the suspect, who denied the charges, was arrested on Friday.",
            ["Police said the suspect, who denied the charges, was arrested on Friday."],
        ),
        (
            "Officials said the estimated cost was $2 billion.",
            ["Officials said the estimated cost was $2 billion."],
        ),
        # what the source called someone or something
        (
            'Gutierrez was described by the CBCP as "a strong advocate for the environment."',
            ["CBCP described Gutierrez as “a strong advocate for the environment”."],
        ),
        (
            "He refuelled on a boat, a process Zapata described as being tricky in the wind.",
            [
                "He refuelled on a boat.",
                "Zapata described a process as being tricky in the wind.",
            ],
        ),
        # "reports", "states" or "claims" after a verb is its object, not a report: the
        # article says it
        (
            "The minister dismissed reports that he would resign.",
            ["The minister dismissed reports that he would resign."],
        ),
        (
            "The committee urged states not to reschedule their elections.",
            ["The committee urged states not to reschedule their elections."],
        ),
        (
            "The minister rejected claims that he lied to parliament.",
            ["The minister rejected claims that he lied to parliament."],
        ),
        # past an apposition and an adverb
        (
            "Smith, the company's lawyer, later denied that the firm paid bribes.",
            ["Smith denied that the firm paid bribes."],
        ),
        # after the words, and before its speaker
        ("“The deficit fell,” wrote Smith.", ["Smith wrote: “The deficit fell.”"]),
        # someone the text does not name
        ("He denied that the firm paid bribes.", ["It was denied that the firm paid bribes."]),
        # the nearest report's clause, and no verb from another sentence
        (
            "Police said they believed the man had fled and was hiding abroad.",
            [
                "Police said they believed the man had fled.",
                "Police said that the man was hiding abroad.",
            ],
        ),
        (
            "Smith denied that he took the money. “The deal is dead.”",
            ["Smith denied that he took the money.", "Smith said: “The deal is dead.”"],
        ),
    ],
)
def test_a_statement_reports_with_its_speakers_own_verb(text: str, statements: list[str]) -> None:
    result = claims.extract(text, settings=Settings(model="none"))
    assert [claim.statement for claim in result.claims] == statements


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # what was called is a noun phrase, not a relative pronoun or a clause
        ("The bill, which Senator John Smith described as reckless, passed.", "described which"),
        ("It is what Smith described as a disaster for the town.", "described It"),
        # the describing is whom the text says, not the source of the sentence
        (
            'According to Reuters, Smith was described by colleagues as "a genius."',
            "Reuters described",
        ),
        # and being called as a witness is no description
        ("Smith was called by the prosecution as a witness on Tuesday.", "prosecution called"),
    ],
)
def test_what_was_called_names_only_a_thing_and_its_describer(text: str, wrong: str) -> None:
    result = claims.extract(text, settings=Settings(model="none"))
    assert result.claims
    assert not any(wrong.casefold() in claim.statement.casefold() for claim in result.claims)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ("Nevertheless, the council approved the plan", "the council approved the plan"),
        ("And the second set was taken in 2004", "the second set was taken in 2004"),
        ("Well, it took twenty years to finish", "it took twenty years to finish"),
        ("I mean, there are certainly signs of it", "there are certainly signs of it"),
        ("Well over 100 people died in the floods", "Well over 100 people died in the floods"),
        ("Well the inner orbit is relatively fast", "the inner orbit is relatively fast"),
        # (not when too little is left to state anything)
        ("And then it rained", "And then it rained"),
    ],
)
def test_a_connective_that_only_leads_in_is_left_out_of_the_evidence(words: str, kept: str) -> None:
    assert statements.without_lead(Span(text=words, start=0, end=len(words))).text == kept
