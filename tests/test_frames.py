"""Attribution frames, cut off the words they frame, and when words were said, on hand-made
cases."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import cited, span_of, whole

from claims import frames
from claims.models import DateRef
from claims.response import CitedClaim, Source
from claims.text import Piece, sentences


@pytest.mark.parametrize(
    ("sentence", "who", "expected"),
    [
        (
            "Ukraine's security chief Oleksiy Danilov said on Friday that Western help could "
            "include troops.",
            "Danilov",
            "Western help could include troops",
        ),
        (
            "“The presence of NATO forces is not unthinkable,” Sikorski said at a conference.",
            "Sikorski",
            "The presence of NATO forces is not unthinkable",
        ),
        (
            "According to police, the fire started in the kitchen.",
            "police",
            "the fire started in the kitchen",
        ),
        (
            "The fire started in the kitchen, police said on Monday.",
            "police",
            "The fire started in the kitchen",
        ),
        (  # a sentence quoted at the end: the quotation is what was said
            "The head of the police's internal investigators told the court \"Basic "
            "investigations weren't done.\"",
            "internal investigators",
            "Basic investigations weren't done",
        ),
        (  # a sentence quoted at the start, however long the frame after it
            "\"In the US there is a phenomenon 'suicide by cop'\", Birmingham City University "
            "criminology professor David Wilson told the press.",
            "David Wilson",
            "In the US there is a phenomenon 'suicide by cop'",
        ),
        ("Poland joined NATO in 1999.", None, "Poland joined NATO in 1999."),
        # "this" after the verb opens what was said, unless it says when
        ("He said this would take 24 hours.", "He", "this would take 24 hours"),
        ("He said this week that taxes would rise.", "He", "taxes would rise"),
    ],
)
def test_attribution_frame_is_stripped(sentence: str, who: str | None, expected: str) -> None:
    span = frames.strip_frame(sentence, whole(sentence), who is not None)
    assert span.text == expected == sentence[span.start : span.end]


def test_when_said_is_read_from_the_frame_not_the_content() -> None:
    text = "Danilov said on Friday that troops could arrive by Monday."
    sentence = sentences(text)[0]
    assert frames.when_said(sentence, span_of(text, "troops could arrive by Monday")) == (
        "on Friday"
    )
    assert frames.dates_in(span_of(text, "troops could arrive by Monday")) == ["Monday"]


def test_a_sentence_without_attribution_is_the_authors() -> None:
    text = "Poland joined NATO in 1999. Police said the road was closed."
    assert not frames.attributed(text, span_of(text, "Poland joined NATO in 1999"))
    assert frames.attributed(text, span_of(text, "Police said the road was closed"))
    assert not frames.attributed(text, span_of(text, "the road was closed"))


def test_a_frame_ends_at_that_after_where_and_how_it_was_said() -> None:
    text = "John Smith said in an interview with the BBC that the war was over."
    assert cited(text, text, None).evidence.text == "the war was over"
    text = "The UN estimates that 400,000 people have fled."
    assert cited(text, text, None).speaker.name == "The UN"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("“It is a tragedy,” John Smith, 54, told the BBC.", "John Smith", "It is a tragedy"),
        ("John Smith noted, however, that the war was over.", "John Smith", "the war was over"),
        ("Local media reported that 12 people died.", "Local media", "12 people died"),
        ("John Smith posted on Facebook that the war was over.", "John Smith", "the war was over"),
        ("John Smith insists the war is over.", "John Smith", "the war is over"),
        (
            "The government announced the region, to be called Bangsamoro, would govern itself.",
            "The government",
            "the region, to be called Bangsamoro, would govern itself",
        ),
        (
            "Emergency workers have indicated a probe is ongoing.",
            "Emergency workers",
            "a probe is ongoing",
        ),
        (
            "Nadler has repeatedly maintained an inquiry is under way.",
            "Nadler",
            "an inquiry is under way",
        ),
        (
            "Nigeria announced it planned to join the bloc.",
            "Nigeria",
            "it planned to join the bloc",
        ),
        (  # a gloss in brackets quotes nobody
            "Organisers said a million marched in an anti-Brexit (“British exit”) march.",
            "Organisers",
            "a million marched in an anti-Brexit (“British exit”) march",
        ),
        (  # research reports what it found
            "The scientists found crop yields fell by 10%.",
            "The scientists",
            "crop yields fell by 10%",
        ),
        (  # and what it estimates now
            "The researchers estimate it had a top speed of about 18 mph.",
            "The researchers",
            "it had a top speed of about 18 mph",
        ),
        ("Police found a body in the river.", "Paper", "Police found a body in the river"),
        (
            "Analysts estimate the cost of the war.",
            "Paper",
            "Analysts estimate the cost of the war",
        ),
        (  # where and when it was said stay in the frame
            "Ardern said at a press conference yesterday morning the gun laws should change.",
            "Ardern",
            "the gun laws should change",
        ),
        (  # an announced act is the article's report, not a statement by the announcer
            "John Smith announced his resignation on Monday.",
            "Paper",
            "John Smith announced his resignation on Monday",
        ),
        (
            "Louisiana declared a state of emergency.",
            "Paper",
            "Louisiana declared a state of emergency",
        ),
        (  # a declaration, and where it was made, before a quotation
            'Writing for the court, Justice Jane Doe declared in the majority opinion, "not '
            'every corrupt act is a crime."',
            "Jane Doe",
            "not every corrupt act is a crime",
        ),
        ('"Only God will remove me," Mugabe declared.', "Mugabe", "Only God will remove me"),
        (  # the reporter's own words running into a quotation stay in (mixed)
            'Ford said in their filing the matter "currently focuses on road load estimations."',
            "Ford",
            'in their filing the matter "currently focuses on road load estimations',
        ),
        (  # (a quotation after a comma is the words quoted)
            'Soni told the public, "If we wash our hands we can reduce resistance."',
            "Soni",
            "If we wash our hands we can reduce resistance",
        ),
        (  # a speculation is a claim, and a hedged one
            "Chinese authorities have speculated the virus came from a seafood market.",
            "Chinese authorities",
            "the virus came from a seafood market",
        ),
        (  # a charge is a claim, as "blamed X for" is
            "John Major has accused Johnson of misleading the Queen.",
            "John Major",
            "Johnson of misleading the Queen",
        ),
        (  # (not the one accused)
            "The parents are also accused of putting their social life ahead of their child.",
            "Paper",
            "The parents are also accused of putting their social life ahead of their child",
        ),
        (  # a relative clause between the source and its verb
            "The officials who ordered the change claimed they were studying traffic.",
            "The officials",
            "they were studying traffic",
        ),
        (  # a title with its owner before the name
            "“Prices will rise,” said the company's chief executive, John Smith.",
            "John Smith",
            "Prices will rise",
        ),
        (
            "“He was brilliant,” said University of California, San Diego's head, Pradeep Khosla.",
            "Pradeep Khosla",
            "He was brilliant",
        ),
        ("Khosla talked of his many discoveries.", "Khosla", "his many discoveries"),
        (
            "The singer has died, her label announced on Saturday.",
            "her label",
            "The singer has died",
        ),
        (  # a report named after the statement it closes
            "Firefighters were already there when police arrived, by BTP's report.",
            "BTP",
            "Firefighters were already there when police arrived",
        ),
        (  # an apposition to "according to": a post after a name belongs to the frame
            "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from a virus.",
            "Sadie Weiner",
            "Hagan died from a virus",
        ),
        (  # and so does a name after a post
            "According to the town's first selectman, Chris Kervick, there were ten passengers.",
            "Chris Kervick",
            "there were ten passengers",
        ),
        (  # but not a thing set between commas
            "According to the Manila Bulletin, Wednesday's earthquake, at 6.3, was the strongest.",
            "Manila Bulletin",
            "Wednesday's earthquake, at 6.3, was the strongest",
        ),
        (  # nor the subject of what follows
            "According to police, the driver, who was 40, died at the scene.",
            "police",
            "the driver, who was 40, died at the scene",
        ),
        (
            "According to police, John Smith, the driver, died at the scene.",
            "police",
            "John Smith, the driver, died at the scene",
        ),
        (
            "According to Jane Doe, the government, in 2019, cut funding for the program.",
            "Jane Doe",
            "the government, in 2019, cut funding for the program",
        ),
        (
            "According to CNN, Biden, in a speech, promised more aid.",
            "CNN",
            "Biden, in a speech, promised more aid",
        ),
        (
            "According to official statements, Trump, now resting, is to continue his duties.",
            "official statements",
            "Trump, now resting, is to continue his duties",
        ),
    ],
)
def test_frames_name_their_source_and_leave_the_proposition(
    text: str, speaker: str, words: str
) -> None:
    claim = cited(text, text, None)
    assert (claim.speaker.name, claim.evidence.text) == (speaker, words)


def test_a_report_after_a_semicolon_does_not_reach_back_past_it() -> None:
    text = "A truck broke through the guardrail; the diesel fuel, officials said, spilled."
    assert cited(text, "A truck broke through the guardrail", None).speaker.name == "Paper"
    assert cited(text, "the diesel fuel, officials said, spilled", None).mode == "indirect"
    text = "A truck broke through the guardrail, officials said."
    assert cited(text, "A truck broke through the guardrail", None).speaker.name == "officials"


def test_a_vote_that_confirms_a_nominee_is_no_attribution() -> None:
    text = "The House confirmed him on Friday, but the Senate had not confirmed him."
    for words in ("The House confirmed him on Friday", "the Senate had not confirmed him."):
        assert cited(text, words, None).mode == "author"
    text = "The House confirmed that the vote would go ahead."
    assert cited(text, text, None).speaker.name == "The House"


def test_a_country_named_states_is_no_attribution() -> None:
    text = "Seven were killed in the United States when a bomber crashed in Windsor Locks."
    assert not frames.attributed(text, whole(text))
    assert cited(text, text, "Windsor Locks").speaker.name == "Paper"
    text = "The report states that seven were killed."
    assert frames.attributed(text, whole(text))
    text = "All member states have signed the agreement."
    assert not frames.attributed(text, whole(text))
    text = "The attack was claimed by the Houthi movement in Yemen."
    assert not frames.attributed(text, whole(text))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # "states" the noun and "confirmed" the count take no model's name
        (
            "Klobuchar introduced a bill to require voting by mail in all states as a measure.",
            "Klobuchar",
        ),
        (
            "As of Tuesday, Ohio was one of six states that had decided to postpone its vote.",
            "Ohio",
        ),
        ("The milestone came as states began to relax restrictions.", "states"),
        ("The US had the highest number of confirmed deaths linked to the virus.", "US"),
        ("Italy had 1,600 confirmed cases on Monday, the most in Europe.", "Italy"),
        ("Italy has the most confirmed coronavirus cases in Europe.", "Italy"),
        ("The law applies only to states that require photo ID.", "law"),
        ("The states that joined the suit lost in court.", "states"),
    ],
)
def test_a_noun_that_looks_like_a_report_verb_attributes_nothing(text: str, named: str) -> None:
    assert not frames.attributed(text, whole(text))
    assert cited(text, text, named).speaker.name == "Paper"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Aviation Herald states the 707 was a freighter.", "The Aviation Herald"),
        ('The law states "no person shall operate a station."', "The law"),
        ("Health officials confirmed 12 new cases on Monday.", "Health officials"),
        ("The report states that seven were killed.", "The report"),
    ],
)
def test_states_and_confirmed_still_report(text: str, speaker: str) -> None:
    assert cited(text, text, None).speaker.name == speaker


def test_the_models_name_counts_only_where_the_sentence_names_it() -> None:
    text = "The ministers met in Athens. The cost, as reported, is 2 billion euros."
    words = "The cost, as reported, is 2 billion euros."
    assert cited(text, words, "Athens").speaker.name == "Paper"
    text = "The ministers met. In Athens, as reported, the cost is 2 billion euros."
    words = "In Athens, as reported, the cost is 2 billion euros."
    assert cited(text, words, "Athens").speaker.name == "Athens"
    text = "No deaths were reported in Athens, but the army evacuated 80 people."
    assert cited(text, "the army evacuated 80 people", "Athens").speaker.name == "Paper"
    text = "Reported cases also appeared in Thailand, South Korea, and Japan."
    assert cited(text, text, "South Korea").speaker.name == "Paper"  # a count, not a report


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (  # what follows a closing frame about its source is part of the frame
            "The talks will continue, said Anna Berg, spokesperson for the minister.",
            "Anna Berg",
            "The talks will continue",
        ),
        (
            "The deal was close, Reuters reported, citing unnamed sources.",
            "Reuters",
            "The deal was close",
        ),
        (
            "35 were rescued, according to officials, some of whom were hurt.",
            "officials",
            "35 were rescued",
        ),
        (  # a body's name with "and" in it closing the sentence
            "Rain fell all day, the National Search and Rescue Agency said.",
            "National Search and Rescue Agency",
            "Rain fell all day",
        ),
        (
            "The vaccine, officials said, works for children.",
            "officials",
            "The vaccine, officials said, works for children",
        ),
        (  # but words that go on with the statement are not
            "Diesel fuel, officials said, spilled into the river.",
            "officials",
            "Diesel fuel, officials said, spilled into the river",
        ),
        ("Smith is reported to have said the plan had failed.", "Smith", "the plan had failed"),
        (  # whom it was told to, a name of several words
            "The agency told the Jakarta Post it would stop the search.",
            "The agency",
            "it would stop the search",
        ),
        (
            "The deal is close, a senior official said on condition of anonymity.",
            "a senior official",
            "The deal is close",
        ),
        (
            "Sources close to the talks said the deal was close.",
            "Sources close to the talks",
            "the deal was close",
        ),
        (
            "The ministry of health said that 20 cases were confirmed.",
            "The ministry of health",
            "20 cases were confirmed",
        ),
    ],
)
def test_a_closing_frame_and_its_source(text: str, source: str, words: str) -> None:
    claim = cited(text, text[:-1], None)
    assert (claim.speaker.name, claim.evidence.text) == (source, words)


def test_a_frame_inside_a_condition_leaves_the_condition_in_the_claim() -> None:
    text = "If the birds had been farmed, they reasoned, the bones would show little diversity."
    claim = cited(text, text[:-1], None)
    assert claim.evidence.text == text[:-1]


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        (
            "A total of 39 are dead, officials told state media on Monday.",
            "A total of 39 are dead, officials told state media on Monday.",
            "A total of 39 are dead",
        ),
        (
            "Haifa expert, Avinoam Idan, said the new supply does not matter.",
            "Haifa expert, Avinoam Idan, said the new supply does not matter.",
            "the new supply does not matter",
        ),
        (
            "Emily Spanton told the court she was forced to drink whiskey.",
            "Emily Spanton told the court she was forced to drink whiskey.",
            "she was forced to drink whiskey",
        ),
        (
            "The minister told the BBC's Today programme that the target would be met.",
            "The minister told the BBC's Today programme that the target would be met.",
            "the target would be met",
        ),
        (
            "Mike Ryan told the press the new drugs were only part of the solution.",
            "Mike Ryan told the press the new drugs were only part of the solution.",
            "the new drugs were only part of the solution",
        ),
        (
            "Mitsotakis said no. In regard of zone claims, he noted “the deal is void”.",
            "In regard of zone claims, he noted “the deal is void”.",
            "the deal is void",
        ),
        (
            "Lagakos said no. “Overall,” he continued, “water in its atmosphere improves the "
            "prospect of life, but more work is needed.”",
            "“Overall,” he continued, “water in its atmosphere improves the prospect of life",
            "water in its atmosphere improves the prospect of life",
        ),
        (  # a report set inside a few words stays in them
            "Around 50 gallons of diesel fuel, officials said, spilled and ignited.",
            "Around 50 gallons of diesel fuel, officials said, spilled and ignited.",
            "Around 50 gallons of diesel fuel, officials said, spilled and ignited",
        ),
        (  # or inside words with no verb of their own
            "At 2:45 a.m. local time (0645 UTC), his office said, he died at the hospice.",
            "At 2:45 a.m. local time (0645 UTC), his office said, he died at the hospice.",
            "At 2:45 a.m. local time (0645 UTC), his office said, he died at the hospice",
        ),
        (
            "The death toll rose to 22 people on Monday evening, officials said, with 25 injured.",
            "The death toll rose to 22 people on Monday evening, officials said, with 25 injured.",
            "The death toll rose to 22 people on Monday evening",
        ),
    ],
)
def test_the_frame_the_text_names_is_cut_off(text: str, part: str, expected: str) -> None:
    assert cited(text, part, None).evidence.text == expected


def test_a_closing_frame_may_say_during_what_it_was_said() -> None:
    text = (
        "“There was not as much anime, so it was easier to know everything,” Tipton observed "
        "during a question and answer session."
    )
    claim = cited(text, "it was easier to know everything", None)
    assert (claim.speaker.name, claim.mode) == ("Tipton", "direct")


def test_when_it_was_said_is_read_from_its_own_part_of_the_sentence() -> None:
    text = "The attack began on Saturday, with 22 people dead, officials said."
    dead = cited(text, "22 people dead, officials said.", None)
    assert (dead.speaker.name, dead.stated_on) == ("officials", None)
    text = "Police said on Friday that the road was closed."
    road = cited(text, text, None)
    assert road.stated_on is not None and road.stated_on.text == "on Friday"


def test_a_speaker_keeps_the_date_the_text_last_gave_for_what_they_said() -> None:
    text = (
        "On Monday, John Smith said the war was over. Critics said it was not. "
        "John Smith added that peace was near."
    )
    numbered = dict(enumerate(sentences(text), start=1))
    source = Source(text, numbered, dt.date(2024, 3, 6), "Paper")
    said_on: dict[str, DateRef] = {}
    claims = [
        source.ground_cited(CitedClaim(s=n, who=None, q=s.text), None, said_on)
        for n, s in numbered.items()
    ]
    assert [(c.speaker.name, c.stated_on and c.stated_on.text) for c in claims] == [
        ("John Smith", "On Monday"),
        ("Critics", None),
        ("John Smith", "On Monday"),
    ]
    assert claims[2].stated_on and claims[2].stated_on.value == (dt.date(2024, 3, 4),) * 2


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (
            "Other sites such as Gawker.com have stated that they will keep it.",
            "Gawker.com",
            "they will keep it",
        ),
        (
            "The posters theorized that an attack had occurred.",
            "The posters",
            "an attack had occurred",
        ),
        (
            "The researchers found that ozone caused 46 percent of the damage.",
            "The researchers",
            "ozone caused 46 percent of the damage",
        ),
        (
            "The section explains, in jest, that the video prompted it.",
            "The section",
            "in jest, that the video prompted it",
        ),
        (
            "The previous day, broadcaster PBS revealed that the prince accepted blame.",
            "PBS",
            "the prince accepted blame",
        ),
        (
            "In findings published Tuesday, researchers established that hygiene spreads it.",
            "researchers",
            "hygiene spreads it",
        ),
        (
            "Activists claim safety rules are routinely ignored.",
            "Activists",
            "safety rules are routinely ignored",
        ),
        (
            "Meteorologists predict landfall on Saturday morning.",
            "Meteorologists",
            "landfall on Saturday morning",
        ),
        (
            "Amazon Web Services responding that they would look into it.",
            "Amazon Web Services",
            "they would look into it",
        ),
        (
            "Experts attribute the decline to human activity.",
            "Experts",
            "the decline to human activity",
        ),
        ("The statement ascribed his death to a stroke.", "The statement", "his death to a stroke"),
        ("The Guardian drew comparisons with the scandal.", "The Guardian", "with the scandal"),
        (
            "The Azerbaijanis state they were responding.",
            "The Azerbaijanis",
            "they were responding",
        ),
        (
            "The mayor hinted that the task force would be disbanded.",
            "The mayor",
            "the task force would be disbanded",
        ),
        (
            "Mike McCready likened hearing the solo to hearing Mozart.",
            "Mike McCready",
            "hearing the solo to hearing Mozart",
        ),
        (
            "Day considered her best performance to be her portrayal of Ruth Etting.",
            "Day",
            "her best performance to be her portrayal of Ruth Etting",
        ),
    ],
)
def test_more_reporting_verbs_name_a_source(text: str, source: str, words: str) -> None:
    claim = cited(text, text, None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (source, "indirect", words)


def test_a_ruling_or_a_confirmation_with_no_clause_is_the_articles_account_of_an_act() -> None:
    text = "In late June, the Supreme Court ruled against its initial attempt."
    claim = cited(text, "In late June, the Supreme Court ruled against its initial attempt.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    assert (
        claim.evidence.text == "In late June, the Supreme Court ruled against its initial attempt"
    )
    text = "The court ruled that the prorogation was unlawful."
    claim = cited(text, "The court ruled that the prorogation was unlawful.", None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "The court",
        "the prorogation was unlawful",
    )
    text = "On Tuesday McArthur admitted his guilt in eight murders."
    claim = cited(text, "On Tuesday McArthur admitted his guilt in eight murders.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    text = "One poster admitted to being a part of the effort."
    claim = cited(text, "One poster admitted to being a part of the effort.", None)
    assert (claim.speaker.name, claim.mode) == ("One poster", "indirect")
    text = "Both Mugabe and Tsvangirai claimed victory in the vote."
    claim = cited(text, "Both Mugabe and Tsvangirai claimed victory in the vote.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    text = "On Friday the House confirmed Pierluisi's nomination."
    claim = cited(text, "On Friday the House confirmed Pierluisi's nomination.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        (
            "The minister said on Friday that the bridge will close.",
            "the bridge will close",
            "said",
        ),
        # any report verb, and a participle that carries the words
        ("Police described the attack as terrorism.", "the attack as terrorism", "described"),
        ("The mayor posted on Twitter, writing “The bridge will close.”", "The bridge", "writing"),
        (
            "According to the ministry, the bridge will close.",
            "the bridge will close",
            "According to",
        ),
        # not a verb inside a quotation
        (
            "The mayor told reporters late: “We found cracks. The bridge will close.”",
            "The bridge will close",
            "told",
        ),
        # not the "that" of "a statement that"
        (
            "The company issued a statement that the bridge will close.",
            "the bridge will close",
            None,
        ),
    ],
)
def test_the_nearest_cue_is_the_attribution_word_nearest_the_words(
    sentence: str, words: str, cue: str | None
) -> None:
    found = next(
        iter(frames.cues(Piece(0, len(sentence), sentence), span_of(sentence, words))), None
    )
    assert (found.text if found else None) == cue
    assert found is None or sentence[found.start : found.end] == found.text


def test_a_quotation_running_on_keeps_the_cue_of_its_frame() -> None:
    text = "“We turned it around,” Myers said. “We got back on even.”"
    first = cited(text, "We turned it around", None)
    assert (first.speaker.name, first.cue) == ("Myers", "said")
    then = cited(text, "We got back on even.", None, previous=first)
    assert (then.speaker.name, then.cue) == ("Myers", "said")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a day that owns what follows is what was said, not when it was said
        (
            "Sky News said Thursday's accident was the fourth bus crash.",
            "Thursday's accident was the fourth bus crash",
        ),
        ("The ministry said last year's figures were wrong.", "last year's figures were wrong"),
        ("Police said on Friday that the road was closed.", "the road was closed"),
    ],
)
def test_when_it_was_said_is_cut_off_with_the_frame(text: str, evidence: str) -> None:
    assert cited(text, text, None).evidence.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Biden maintained his lead over Trump in the polls.",
        "Trump continued his claims about postal voting.",
        "Twitter continued to edit the tweets.",
        "Trump tweeted about the riots that followed.",  # (a topic, not what he said)
        "The laws of the state that borders Texas are strict.",  # (the noun)
    ],
)
def test_a_verb_that_reports_only_with_a_clause_has_an_object_here(text: str) -> None:
    claim = cited(text, text, None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")


def test_maintained_with_a_clause_reports() -> None:
    text = "DeJoy maintained the USPS could handle the demand."
    claim = cited(text, text, None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "DeJoy",
        "the USPS could handle the demand",
    )
