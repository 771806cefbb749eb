"""Who speaks words their own sentence names no one for, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims import names, propositions, speakers
from claims.text import sentences


def test_a_quotation_is_spoken_by_the_source_named_in_the_short_sentence_after_it() -> None:
    text = (
        '"Our house is burning. It is on fire. Let\'s discuss this in two days!" Macron told '
        "the world on Thursday via Twitter.\n\n"
        '"It is over. We lost!" Smith said the party would regroup.'
    )
    numbered = dict(enumerate(sentences(text), start=1))
    frame = next(s for s in numbered.values() if s.text.startswith("Macron"))
    assert speakers.names_quotation_before(text, frame) is not None
    quoted = cited(text, "It is on fire", None)
    assert (quoted.speaker.name, quoted.mode) == ("Macron", "direct")
    # a sentence that says more than who spoke is no frame of the quotation before it
    more = next(s for s in numbered.values() if s.text.startswith("Smith"))
    assert speakers.names_quotation_before(text, more) is None
    over = cited(text, "It is over", None)
    assert (over.speaker.name, over.mode) == (None, "direct")  # someone's: not Smith's


def test_a_second_verb_that_reports_is_the_opening_subjects_report() -> None:
    text = "The agency did not mention casualties, but said exports were continuing."
    claim = cited(text, "said exports were continuing.", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "The agency",
        "indirect",
        "exports were continuing",
    )
    text = "One of these groups, the Syrian Democratic Forces, opposed it and said it was shocked."
    assert [p.text for p in propositions.propositions(sentences(text)[0])][
        1
    ] == "said it was shocked."
    assert cited(text, "said it was shocked.", None).speaker.name == "Syrian Democratic Forces"
    # the first of two bodies that act together
    text = "On Thursday, the ACLU of Montana and the Rights Fund sued, saying it was unfair."
    assert cited(text, "saying it was unfair.", None).speaker.name == "ACLU of Montana"
    text = "Senator Jane Roe opposed the plan, and suggested there were not enough votes."
    assert cited(text, "suggested there were not enough votes.", None).speaker.name == "Jane Roe"
    # after a phrase that says when, and past the verb's object between commas
    text = (
        "Within a day of the event, the KGB arrested 33 men, claiming them to be mercenaries, "
        "who were preparing attacks."
    )
    assert cited(text, "claiming them to be mercenaries", None).speaker.name == "KGB"
    text = "By 5 pm, the city issued an advisory and stated the crews had located the leak."
    assert cited(text, "stated the crews had located the leak.", None).speaker.name == "the city"
    text = "Rescue work stopped, but said the radio later."  # nobody opens the sentence
    assert cited(text, "said the radio later.", None).speaker.name == "Paper"


def test_he_is_the_person_the_sentence_before_was_about_when_nobody_spoke_yet() -> None:
    text = "John Smith spoke at the summit. “The war is over,” he said. “Peace is near.”"
    said = cited(text, "“The war is over,” he said.", None)
    after = cited(text, "“Peace is near.”", None, said)
    assert [(c.speaker.name, c.mode) for c in (said, after)] == [("John Smith", "direct")] * 2
    assert cited(text, "John Smith spoke at the summit.", None).mode == "author"


def test_a_report_by_someone_the_text_does_not_name_has_no_speaker_not_the_articles() -> None:
    text = "CCTV showed the arrival at 0:40. In between, she testified, she was attacked."
    claim = cited(text, "In between, she testified, she was attacked.", None)
    assert (claim.speaker.name, claim.mode) == (None, "indirect")
    assert claim.statement == "In between, she testified, she was attacked."


def test_a_speaker_carries_over_only_into_a_quotation_running_on() -> None:
    text = "“We won,” Ruiz said. “It was hard.” The estimated cost was 4 million euros."
    ruiz = cited(text, "We won", None)
    assert cited(text, "It was hard", None, ruiz).speaker.name == "Ruiz"
    assert cited(text, "The estimated cost was 4", None, ruiz).speaker.name == "Paper"
    # a name the model reads inside the quotation is not who speaks it
    text = "“We won,” Ruiz said. “Not even Madrid knows how we did it.”"
    ruiz = cited(text, "We won", None)
    words = "Not even Madrid knows how we did it"
    assert cited(text, words, "Madrid", ruiz).speaker.name == "Ruiz"


def test_he_is_the_source_last_named_even_across_the_authors_sentences() -> None:
    text = "Mitsotakis said talks are open. Athens expelled the envoy. He noted the deal was void."
    author = cited(text, "Athens expelled the envoy", None)
    assert author.speaker.name == "Paper"
    assert cited(text, "He noted the deal was void", None, author).speaker.name == "Mitsotakis"


def test_he_is_the_person_who_opens_his_own_sentence_before_him() -> None:
    text = (
        "Reporter Nick Moreau said the show was busy. John Rhys-Davies broke news when he "
        "revealed that a reboot is being considered. Police said the suspect fled when he "
        "claimed he was armed."
    )
    said = cited(text, "the show was busy", None)
    revealed = cited(text, "a reboot is being considered", None, said)
    assert revealed.speaker.name == "John Rhys-Davies"
    # not past another name, nor a person's relation
    for text in (
        "Hillary Clinton criticized Trump after he said that the election was rigged.",
        "Mary Smith's husband was arrested after he claimed that the vote was rigged.",
    ):
        assert cited(text, "was rigged", None).speaker.name is None


def test_he_is_the_surname_that_opened_the_sentence_before_by_its_full_name() -> None:
    text = (
        "Mayor John Smith arrived at noon. Smith, the mayor, praised the firefighters. "
        '"They saved many lives," he said.'
    )
    author = cited(text, "Smith, the mayor, praised the firefighters", None)
    quoted = cited(text, "They saved many lives", None, author)
    assert (quoted.speaker.name, quoted.mode) == ("John Smith", "direct")


def test_he_is_the_person_who_opened_the_sentence_before_past_where_or_when() -> None:
    text = (
        "In Ohio, Governor Mike DeWine postponed the vote. On Twitter, he wrote, "
        '"To hold an election tomorrow would force voters to take a risk."'
    )
    author = cited(text, "In Ohio, Governor Mike DeWine postponed the vote", None)
    quoted = cited(
        text, "To hold an election tomorrow would force voters to take a risk", None, author
    )
    assert (quoted.speaker.name, quoted.mode) == ("Mike DeWine", "direct")


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Alexis Tipton recalled her first convention.", "Alexis Tipton"),
        (
            "Alexis Tipton spoke. Then just 19, she looked at the role as a challenge.",
            "Alexis Tipton",
        ),
        ("Then just 19, Alexis Tipton looked at the role as a challenge.", "Alexis Tipton"),
        ("Underwhelmed with the role, Alexis Tipton left the series.", "Alexis Tipton"),
    ],
)
def test_words_in_the_first_person_are_the_persons_the_sentence_before_is_about(
    before: str, speaker: str
) -> None:
    text = before + " “I had started working at the studio when I was 19.”"
    words = "I had started working at the studio when I was 19"
    assert cited(text, words, None).speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # not in the third person
        "Voice actor Alexis Tipton recalled her first convention. “The studio was small.”",
        # nor across a paragraph
        "Voice actor Alexis Tipton recalled her first convention.\n\n“I was 19.”",
        # nor after a sentence about no one
        "The convention drew 30,000 fans. “I had started working at the studio at 19.”",
        # nor after one about whom something was done, or someone named after its subject
        "John Smith was shot dead on Friday. “I heard three shots from the street.”",
        "Police arrested a man, John Smith, on Friday. “I saw him running away.”",
        # nor after a name that only looks like a participle before another name
        "Fred, Jane Smith and the driver went home. “I was tired.”",
    ],
)
def test_a_quotation_no_one_is_named_for_stays_someones(text: str) -> None:
    words = text.rsplit("“", 1)[1].rstrip(".”")
    assert cited(text, words, None).speaker.name is None


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    text = "NASA interrupted its coverage to mourn him. It also credited Leonov with the walk."
    author = cited(text, "NASA interrupted its coverage to mourn him", None)
    claim = cited(text, "It also credited Leonov with the walk", None, author)
    assert (claim.speaker.name, claim.evidence.text) == ("NASA", "Leonov with the walk")


def test_it_is_the_report_that_opened_the_sentence_before() -> None:
    text = "The report was published on Monday. It also found that 40% of schools lacked heat."
    author = cited(text, "The report was published on Monday", None)
    claim = cited(text, "It also found that 40% of schools lacked heat", None, author)
    assert (claim.speaker.name, claim.evidence.text) == ("The report", "40% of schools lacked heat")


def test_a_sentence_whose_verb_takes_what_it_says_is_no_frame_of_the_quotation_before() -> None:
    text = 'She explained, "By confessing, he distances himself." She credited the media with it.'
    claim = cited(text, "She credited the media with it", "She")
    assert claim.evidence.text == "the media with it"


def test_a_pronoun_opening_the_sentence_of_a_participle_report_is_resolved() -> None:
    text = (
        "Donald Trump said the court should intervene. The court refused. "
        "He sought an appeal to stop the release, arguing that he should be immune."
    )
    author = cited(text, "The court refused", None)
    claim = cited(text, "arguing that he should be immune", None, author)
    assert (claim.speaker.name, claim.mode) == ("Donald Trump", "indirect")


def test_a_quotation_after_a_sentence_saying_someone_spoke_is_theirs() -> None:
    text = 'Mayor Jane Smith spoke to reporters on Monday.\n\n"We will rebuild the bridge."'
    author = cited(text, "Mayor Jane Smith spoke to reporters on Monday", None)
    quoted = cited(text, "We will rebuild the bridge", None, author)
    assert (quoted.speaker.name, quoted.mode) == ("Jane Smith", "direct")
    text = 'Police arrived.\n\n"We will rebuild the bridge."'  # (nobody spoke: someone)
    assert cited(text, "We will rebuild the bridge", None).speaker.name is None


def test_he_or_she_is_the_last_source_that_may_be_a_person() -> None:
    text = (
        "Hatice Cengiz said he was killed. According to Reuters and NBC, he is the ruler. "
        "She explained it."
    )
    position = text.index("She")
    assert speakers.last_source(text, position) == "Reuters and NBC"
    assert speakers.last_source(text, position, person=True) == "Hatice Cengiz"
    assert speakers.last_source("KCNA said so. She left.", 14, person=True) == "KCNA"
    assert not names.a_person("police") and not names.a_person("the ministry")
    assert names.a_person("the judge") and not names.a_person("KCNA")


def test_they_is_the_group_that_opens_a_sentence_before() -> None:
    text = (
        "The Montreal team, led by Björn Benneke, used data from Hubble. "
        "They found that light weakened when the planet passed."
    )
    claim = cited(text, "They found that light weakened when the planet passed.", None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "The Montreal team",
        "light weakened when the planet passed",
    )
    text = "Benneke said it was big. The results showed light weakened. They found that it rained."
    assert cited(text, "They found that it rained", None).speaker.name == "Benneke"
    text = "The report said six died. It added that two were hurt."  # ("it" may be a report)
    assert cited(text, "It added that two were hurt", None).speaker.name == "The report"
    text = "Police said six died. Rescuers were still digging. They added that two were hurt."
    assert cited(text, "They added that two were hurt", None).speaker.name == "Police"


def test_it_opening_a_report_is_the_body_that_spoke_before() -> None:
    text = "The ministry said 200 cases were recorded. It added that hospitals were coping."
    previous = cited(text, "The ministry said 200 cases were recorded.", None)
    claim = cited(text, "It added that hospitals were coping.", None, previous)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "The ministry",
        "indirect",
        "hospitals were coping",
    )


def test_a_participle_clause_reports_for_the_name_that_opens_the_sentence() -> None:
    text = (
        "John Hutchinson, a biologist at London's Royal Veterinary College, questioned the "
        "findings, saying the dinosaur might have held its forelimbs still."
    )
    claim = cited(text, "saying the dinosaur might have held its forelimbs still", None)
    assert (claim.speaker.name, claim.mode) == ("John Hutchinson", "indirect")
    text = "On Thursday, Hatice Cengiz addressed reporters, calling for justice for the killers."
    claim = cited(text, "calling for justice for the killers", None)
    assert claim.speaker.name == "Hatice Cengiz"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker", "evidence"),
    [
        # past an adverb that opens the sentence, and "he" for the person before
        (
            "First, he juxtaposed numbers, claiming 85,000 Americans were unemployed.",
            "claiming 85,000 Americans were unemployed",
            "Joe Biden",
            "85,000 Americans were unemployed",
        ),
        (
            "Trump threatened to cut funds, acknowledging that circumstances may require delays.",
            "acknowledging that circumstances may require delays",
            "Trump",
            "circumstances may require delays",
        ),
        # a disaster claims lives, and one claims to be someone: no report
        (
            "The storm hit the coast, claiming the lives of three people.",
            "claiming the lives of three people",
            "Paper",
            "claiming the lives of three people",
        ),
        (
            "He met two men, claiming to represent the State Department.",
            "claiming to represent the State Department",
            "Paper",
            "claiming to represent the State Department",
        ),
    ],
)
def test_a_participle_clause_that_puts_something_forward_reports_it(
    sentence: str, words: str, speaker: str, evidence: str
) -> None:
    text = "Joe Biden made a couple of gaffes in May. " + sentence
    claim = cited(text, words, None)
    assert (claim.speaker.name, claim.evidence.text) == (speaker, evidence)


def test_an_adverb_opening_a_sentence_is_no_name_but_a_title_is() -> None:
    text = "First Minister Nicola Sturgeon said the ruling was historic."
    assert cited(text, "the ruling was historic", None).speaker.name == "Nicola Sturgeon"
    for title in ("First Minister Nicola Sturgeon", "Late President Nicola Sturgeon"):
        text = f"{title}, the party's leader, opposed it, saying the vote was wrong."
        assert cited(text, "saying the vote was wrong", None).speaker.name == "Nicola Sturgeon"
    text = "Ellen Smith spoke. Then, she added that the ruling was historic."
    assert cited(text, "the ruling was historic", None).speaker.name == "Ellen Smith"


def test_he_is_the_person_the_sentence_before_names_last_when_no_source_is_named() -> None:
    text = (
        "In 2010, a mine run by Don Blankenship exploded. A jury convicted Blankenship of "
        "conspiracy. He maintains that he is innocent."
    )
    assert cited(text, "he is innocent", None).speaker.name == "Don Blankenship"
    # (a body named last is no "he")
    text = "A storm hit the coast. Police closed the road. He said that he is innocent."
    assert cited(text, "he is innocent", None).speaker.name is None


def test_words_in_a_speech_given_somewhere_are_the_speakers_not_the_places() -> None:
    text = "Joe Biden gave a speech in New York in which he said Trump has no plan."
    speech = cited(text, "Joe Biden gave a speech in New York", None)
    assert speech.speaker.name == "Paper"  # the article's own report of the speech
    claim = cited(text, "Trump has no plan", None)
    assert (claim.speaker.name, claim.mode) == ("Joe Biden", "indirect")
    # but a report from a body in which they said is the body's
    text = (
        "Stores were reluctant, according to a report from ABC Australia in which they "
        "said they had no plans."
    )
    assert cited(text, "they had no plans", None).speaker.name == "ABC Australia"


def test_a_name_with_an_ampersand_is_one_name() -> None:
    text = "A study in the journal Astronomy & Astrophysics said the hole is the nearest."
    assert cited(text, "the hole is the nearest", None).speaker.name == "Astronomy & Astrophysics"


@pytest.mark.parametrize(
    ("text", "deed", "statement"),
    [
        (
            "Donald Trump said the task force would be disbanded, but later reversed himself.",
            "later reversed himself",
            "Donald Trump later reversed himself.",
        ),
        (
            "Mary Smith said the plan was bad, but refused to give details.",
            "refused to give details",
            "Mary Smith refused to give details.",
        ),
    ],
)
def test_what_a_source_then_did_after_but_is_the_articles_account(
    text: str, deed: str, statement: str
) -> None:
    claim = cited(text, deed, None)
    assert (claim.speaker.name, claim.mode, claim.statement) == ("Paper", "author", statement)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jane Doe said she was uninterested, but would fill the position.", "would fill"),
        ("Jane Doe said exports rose in May, but declined in June.", "declined in June"),
        ("Jane Doe said the shares rose early, but had not recovered by noon.", "had not"),
    ],
)
def test_what_goes_on_with_the_report_after_but_is_still_reported(text: str, words: str) -> None:
    claim = cited(text, text[text.index(words) :], None)
    assert (claim.speaker.name, claim.mode) == ("Jane Doe", "indirect")


def test_what_a_body_then_did_after_but_names_it_in_the_statement() -> None:
    text = "The company said it was safe, but did not mention the crash."
    claim = cited(text, "did not mention the crash", None)
    assert (claim.speaker.name, claim.statement) == (
        "Paper",
        "The company did not mention the crash.",
    )
    text = "The company said it would close, but later reversed itself."
    assert cited(text, "later reversed itself", None).speaker.name == "Paper"


def test_a_participle_reports_for_the_subject_past_phrases_of_when_and_where() -> None:
    text = (
        "A month later, during the third debate, Beto O'Rourke defended his proposal, "
        'saying that "Hell yes, we are going to take it."'
    )
    first = cited(text, "A month later, during the third debate, Beto O'Rourke defended", None)
    assert (first.speaker.name, first.mode) == ("Paper", "author")  # (not "the third debate")
    quoted = cited(text, 'saying that "Hell yes, we are going to take it', None)
    assert (quoted.speaker.name, quoted.mode, quoted.evidence.text) == (
        "Beto O'Rourke",
        "direct",
        "Hell yes, we are going to take it",
    )


def test_a_quotation_screamed_or_shouted_is_the_subjects() -> None:
    text = 'Kanye West discussed his first child, screaming "I almost killed my daughter!"'
    claim = cited(text, 'screaming "I almost killed my daughter!', None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "Kanye West",
        "direct",
        "I almost killed my daughter!",
    )


def test_whom_words_were_told_to_is_not_who_spoke_them() -> None:
    text = (
        "A Republican has voiced support for the inquiry, telling the Nevada Independent: "
        '"I am a big fan of oversight."'
    )
    claim = cited(text, "I am a big fan of oversight", "Nevada Independent")
    # (someone's words the text does not name a speaker for: no speaker, not the audience)
    assert (claim.speaker.name, claim.mode) == (None, "direct")


def test_what_the_publication_reports_itself_is_its_own_claim() -> None:
    text = "Paper observed the exhibit features Polaroids of Halston. Smith observed it was full."
    own = cited(text, "the exhibit features Polaroids of Halston", None)
    assert (own.speaker.name, own.mode, own.cue) == ("Paper", "author", None)
    reported = cited(text, "it was full", None)
    assert (reported.speaker.name, reported.mode) == ("Smith", "indirect")
