"""What code decides from the text alone, on hand-made cases."""

from __future__ import annotations

import datetime as dt

import pytest

from claims import hedges, inference
from claims.models import Claim, DateRef, Span
from claims.response import CitedClaim, Source
from claims.text import Piece, sentences


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(text=words, start=start, end=start + len(words))


def _whole(text: str) -> Span:
    return Span(text=text, start=0, end=len(text))


@pytest.mark.parametrize(
    ("text", "words", "attributed", "expected"),
    [
        ("“The bridge is safe,” the mayor said.", "The bridge is safe", True, "direct"),
        (
            '"We lost. We will be back next year," he said.',
            "We will be back next year",
            True,
            "direct",
        ),
        (
            "She said the plan was “a disaster for everyone”.",
            "the plan was “a disaster for everyone”",
            True,
            "mixed",
        ),
        (
            "Police said the fire started in the kitchen.",
            "the fire started in the kitchen",
            True,
            "indirect",
        ),
        ("The fire started in the kitchen.", "The fire started in the kitchen", False, "author"),
        (  # quoted words that name something quote nobody
            'Mehraban said their robot, "Better Idea of Afghan Girls," scored one point.',
            'their robot, "Better Idea of Afghan Girls," scored one point',
            True,
            "indirect",
        ),
        (
            'Officials said the team listed their country as "Hope" on their shirts.',
            'the team listed their country as "Hope" on their shirts',
            True,
            "indirect",
        ),
        (  # one plain word quotes its speaker
            'Sturgeon said face coverings could be "inevitable" soon.',
            'face coverings could be "inevitable" soon',
            True,
            "mixed",
        ),
        (  # a quotation that finishes the reporter's clause is a quoted fragment
            'Fernández said the law has "condemned many women to secrecy".',
            "condemned many women to secrecy",
            True,
            "mixed",
        ),
        (  # ... but not one after to whom or where it was said
            'The investigator told the court "Basic checks were not done."',
            "Basic checks were not done.",
            True,
            "direct",
        ),
        (
            'One poster admitted it, writing in a blog post "I have loaded it up."',
            "I have loaded it up.",
            True,
            "direct",
        ),
        (
            "“Quoted.” Later, police said the road was closed.",
            "the road was closed",
            True,
            "indirect",
        ),
        (  # single quotation marks quote too; an apostrophe does not
            "He said he had ordered 'heightened alert' from the troops.",
            "he had ordered 'heightened alert' from the troops",
            True,
            "mixed",
        ),
        (
            "He said the officers' cars weren't at the Smiths' house.",
            "the officers' cars weren't at the Smiths' house",
            True,
            "indirect",
        ),
    ],
)
def test_mode_from_quotation_marks(text: str, words: str, attributed: bool, expected: str) -> None:
    assert inference.mode(text, _span(text, words), attributed) == expected


def test_the_second_of_two_quotations_goes_on_with_the_reporters_clause() -> None:
    text = (
        'Ford said in a filing the matter "focuses on issues relating to road load estimations, '
        "including analytical modeling and coastdown testing, which the company has reviewed "
        'with its outside experts since February" and "does not involve defeat devices".'
    )
    claim = _claim(text, "does not involve defeat devices", None)
    assert (claim.speaker.name, claim.mode) == ("Ford", "mixed")


@pytest.mark.parametrize(
    ("text", "cues", "certainty"),
    [
        (
            "The presence of NATO forces in Ukraine is not unthinkable",
            ["not unthinkable"],
            "possible",
        ),
        ("sending troops “cannot be ruled out”", ["cannot be ruled out"], "possible"),
        ("It is possible that the vote will be delayed", ["possible"], "possible"),
        ("a possible death penalty", [], "certain"),  # a kind of penalty, not a hedge
        ("The virus is thought to have come from bats", ["is thought to"], "probable"),
        (
            "We do not exclude the possibility of units appearing, should the appropriate "
            "decision be made",
            ["do not exclude the possibility", "should the appropriate decision be made"],
            "possible",
        ),
        ("I believe it has good intentions", ["I believe"], "probable"),
        ("The suspect reportedly fled", ["reportedly"], "probable"),
        ("A deal is unlikely before May", ["unlikely"], "unlikely"),
        ("They would not send troops", [], "certain"),
        ("The children could not use the toilet", [], "certain"),
        ("It is the first potentially habitable planet", [], "certain"),
        ("The post could potentially be seen by anyone", ["could", "potentially"], "possible"),
        ("It would inevitably lead to a conflict", [], "certain"),
        ("Prompted I think by the video", ["I think"], "probable"),
        ("I'm told it is not secret", ["I'm told"], "probable"),
        ("The parents are accused of neglect", ["accused"], "probable"),
        ("Hunger rises 27%, depending on the scenario", ["depending on"], "possible"),
        ("The suspected gunman surrendered", [], "certain"),
        ("The alleged gunman appeared in court on Monday", [], "certain"),
        ("It appears to be an intent to intimidate", ["appears"], "probable"),
        ("Police alleged that he fled", ["alleged"], "probable"),
        ("Prosecutors allege that he stole $2 million", ["allege"], "probable"),
        ("He expects rising production costs", ["expects"], "probable"),
        ("A phase three was tentatively planned", ["tentatively"], "probable"),
        ("They were ostensibly veterans of the war", ["ostensibly"], "probable"),
        ("This is forecast to be the strongest storm", ["forecast to"], "probable"),
        ("Sales were predicted to fall", ["predicted to"], "probable"),
        ("He predicted to his friends that it would rain", [], "certain"),
        (
            "The study didn't exclude the possibility of spread",
            ["didn't exclude the possibility"],
            "possible",
        ),
        ("Paying back this loan seems realistic", ["seems"], "probable"),
        ("He was reported to be in stable condition", ["was reported"], "probable"),
        ("It was reported on Saturday that he was stabbed", ["It was reported"], "probable"),
        ("Sexual abuse is reported to the Watch Tower Society", [], "certain"),
        ("No injuries were reported in the attacks", [], "certain"),
        ("She felt Tuesday's pleas would bring solace", ["felt"], "probable"),
        ("Today I feel that to continue is hard", ["I feel"], "probable"),
        ("We have never felt the need to", [], "certain"),
        ("The mayor suggested a broader probe", [], "certain"),  # a proposal
        ("The study suggested warming slows growth", ["suggested"], "probable"),
        ("Hay suggested that fish protect the reef", ["suggested"], "probable"),
        ("He suggested there were not enough votes", ["suggested"], "probable"),
        ("These orcas, she suggested, hunt sharks", ["suggested"], "probable"),
        ("Scholars suggested Egyptians farmed the birds", ["suggested"], "probable"),
        ("While restrictions may have justified it", [], "certain"),
        ("The researchers speculated the pattern recurred", ["speculated"], "probable"),
        ("He is widely suspected of asking for it", ["suspected"], "probable"),
        ("The suspected gunman surrendered to police", [], "certain"),
        ("Although it may not have been the best way, I am glad", [], "certain"),
        ("So no one could push this under the carpet", [], "certain"),
        ("If they do wrong, they must be reported", [], "certain"),
        ("Abortion is permitted only if the pregnancy was a product of rape", [], "certain"),
        ("If talks fail, Turkey would face sanctions", ["If talks fail"], "possible"),
        ("The law allowed killers to go unpunished if forgiven by the family", [], "certain"),
        ("The minimum sentence even if forgiven is now 25 years", [], "certain"),
        ("Police try to ascertain who, if anyone, is to blame", [], "certain"),
        ("The ray leaps out of the water as if taking flight", [], "certain"),
        ("The massacres killed thousands if not tens of thousands", [], "certain"),
        ("If not resolved, the strike will go on", ["If not resolved"], "possible"),
        ("It may be lifted, although the court might object", ["may"], "possible"),
        # what one was able to do for a purpose or before a time is no possibility
        ("It sailed close so researchers could study the water", [], "certain"),
        ("Dinosaurs could glide before they could fly", ["could"], "possible"),
        ("It is not reasonable to expect voters to drive an hour", [], "certain"),
        ("We expect a decision this year", ["expect"], "probable"),
        ("The law would extradite anyone accused of a crime", [], "certain"),
        ("The parents are accused of neglect", ["accused"], "probable"),
        ("Its winds are only predicted to reach 75 mph", ["predicted to"], "probable"),
        ("A search found an alleged murder weapon", ["alleged"], "probable"),
        ("Its director has alleged ties to the Guard", ["alleged"], "probable"),
        ("Police suspect the attackers had been radicalised", ["suspect"], "probable"),
        ("Two suspects were arrested", [], "certain"),
        ("I heard three gunshots but I can't quite remember", ["can't quite remember"], "probable"),
        (
            "In the event of Trump becoming incapacitated, Pence takes over",
            ["In the event of Trump becoming incapacitated"],
            "possible",
        ),
        # "if" for "whether" puts nothing as possible
        ("The Vatican is to decide within a month if an inquiry is needed", [], "certain"),
        ("It will be examined to determine if it had performed as designed", [], "certain"),
        ("The government has not ruled out a lockdown", ["has not ruled out"], "possible"),
        ("The government cannot rule out a lockdown", ["cannot rule out"], "possible"),
        ("If not for the rain, the block would have burned", ["If not for the rain"], "possible"),
        ("Patients will be tested if they have a fever", ["if they have a fever"], "possible"),
        ("The court ruled out an appeal", [], "certain"),
        ("Some 200 people are feared dead", ["feared"], "probable"),
        # an adverb in an aside hedges the aside, not the claim around it
        ("Luk, reportedly aged about 68, had suffered a long illness", [], "certain"),
        ("Two people were, reportedly, killed", ["reportedly"], "probable"),
        # a modal in a question asked indirectly (but not in a relative clause)
        ("They would investigate what else could be done", [], "certain"),
        ("A storm which could cause flooding is coming", ["could"], "possible"),
        ("I hope the talks succeed", ["I hope"], "probable"),
        ("It is plausible that the transponder is broken", ["plausible"], "possible"),
        ("It is possible to host one's own server", [], "certain"),  # what can be done
        ("Another predator began to appear", [], "certain"),  # coming into view
        ("It is competitive, if not on a global scale, then in Eurasia", [], "certain"),
        ("If not treated, the disease kills", ["If not treated"], "possible"),
        ("The tests include checking if the script can download videos", [], "certain"),
        ("The plan is a plausible one", [], "certain"),
        ("he thought the deal was close", ["thought"], "probable"),
        ("He thought about it for a week", [], "certain"),
    ],
)
def test_hedge_lexicon(text: str, cues: list[str], certainty: str) -> None:
    found, level = hedges.hedges(text, Piece(0, len(text), text))
    assert [c.text for c in found] == cues
    assert all(text[c.start : c.end] == c.text for c in found)
    assert level == certainty


def test_could_of_a_purpose_before_the_claim_is_no_hedge() -> None:
    text = "The model is faster, so the team's study could cover every plant."
    start = text.index("the team's")
    found, level = hedges.hedges(text, Piece(start, len(text), text[start:]))
    assert (found, level) == ([], "certain")


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
    span = inference.strip_frame(sentence, _whole(sentence), who is not None)
    assert span.text == expected == sentence[span.start : span.end]


def test_speaker_aliases_resolve_to_the_fullest_name_and_title() -> None:
    text = (
        "Polish Foreign Minister Radosław Sikorski spoke. Earlier on Friday, Sikorski said "
        "no. The Kremlin warned. NATO. Poland joined in 1999."
    )
    assert inference.full_name("Sikorski", text) == ("Radosław Sikorski", "Polish Foreign Minister")
    assert inference.full_name("Polish Foreign Minister Radosław Sikorski", text) == (
        "Radosław Sikorski",
        "Polish Foreign Minister",
    )
    assert inference.full_name("Kremlin", text) == ("Kremlin", None)
    assert inference.full_name("Poland", text) == ("Poland", None)
    assert inference.is_pronoun("He") and not inference.is_pronoun("Helen")
    # a name that ends one line is not a given name of the one that starts the next
    titled = "Rally claims the election was stolen from President Trump\n\nTrump tweeted."
    assert inference.full_name("Trump", titled) == ("Trump", "President")
    # a body has no given name: "Police" is not "Valley Police"
    assert inference.full_name("Police", "Thames Valley Police said so.")[0] == "Police"
    # business and international posts are titles too
    assert inference.full_name("Apple CEO Tim Cook", "") == ("Tim Cook", "Apple CEO")
    assert inference.full_name("WHO Director-General Tedros Adhanom", "")[0] == "Tedros Adhanom"
    # a country alone is no title of a body
    assert inference.full_name("US Geological Survey", "") == ("US Geological Survey", None)
    assert inference.full_name("US President Joe Biden", "") == ("Joe Biden", "US President")
    # a word that opens a sentence is no given name: "Both Tesco and Salling entered ..."
    assert inference.full_name("Tesco", "Both Tesco and Salling entered in 1995.")[0] == "Tesco"
    assert inference.full_name("Lt. Col. Jane Doe", "") == ("Jane Doe", "Lt. Col.")
    # police and military ranks are titles
    assert inference.full_name("Chief Superintendent Graciano Mijares", "") == (
        "Graciano Mijares",
        "Chief Superintendent",
    )
    # a title word inside a body's name is no title
    assert inference.full_name("Office for National Statistics", "")[0] == (
        "Office for National Statistics"
    )
    assert inference.full_name("Society President Ash Soni", "")[0] == "Ash Soni"
    # a party is an affiliation, not part of the name
    assert inference.full_name("Democrat Chuck Schumer", "")[0] == "Chuck Schumer"
    # a person named after the body she speaks for: the body is her role
    owned = inference.full_name("Native American Rights Fund's Jacqueline De León", "")
    assert owned == ("Jacqueline De León", "Native American Rights Fund")
    assert inference.full_name("Theresa May's Conservative Party", "")[1] is None
    # a title word inside a body's name is not a title: not "Group"
    assert inference.full_name("Hirtenberger Defence Group", "") == (
        "Hirtenberger Defence Group",
        None,
    )
    # the first full mention names the speaker, not a relative named after it
    family = "President Donald Trump and First Lady Melania Trump tested positive. Trump said."
    assert inference.full_name("Trump", family)[0] == "Donald Trump"


def test_what_carries_the_words_is_not_who_speaks_them() -> None:
    issued = "Sean Conley issued a statement saying Trump has been given zinc and vitamin D."
    claim = _claim(issued, "Trump has been given zinc and vitamin D.", None)
    assert (claim.speaker.name, claim.mode) == ("Sean Conley", "indirect")
    text = "In a video message posted to Twitter, Warren said she was proud to endorse Biden."
    claim = _claim(text, "she was proud to endorse Biden.", None)
    assert claim.speaker.name == "Warren"
    # a statement that names no issuer stays the source, as gold files name it
    claim = _claim("The statement said troops had left.", "troops had left.", None)
    assert claim.speaker.name == "The statement"


def test_a_source_cited_as_saying_speaks_what_follows() -> None:
    text = (
        "The BBC also cited Budi Gunawan, chief of the intelligence agency, as saying the "
        "suspects were linked to the network."
    )
    claim = _claim(text, "the suspects were linked to the network.", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "Budi Gunawan",
        "indirect",
        "the suspects were linked to the network",
    )
    text = "The Daily Telegraph cited a security source that mental health may be a factor."
    claim = _claim(text, text, None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "a security source",
        "mental health may be a factor",
    )
    # a weekday before a body is when, not its name
    text = "On Thursday officials reported the number of cases rose to 58."
    assert _claim(text, text, None).speaker.name == "officials"


def test_when_said_is_read_from_the_frame_not_the_content() -> None:
    text = "Danilov said on Friday that troops could arrive by Monday."
    sentence = sentences(text)[0]
    assert inference.when_said(sentence, _span(text, "troops could arrive by Monday")) == (
        "on Friday"
    )
    assert inference.dates_in(_span(text, "troops could arrive by Monday")) == ["Monday"]


def test_a_sentence_without_attribution_is_the_authors() -> None:
    text = "Poland joined NATO in 1999. Police said the road was closed."
    assert not inference.attributed(text, _span(text, "Poland joined NATO in 1999"))
    assert inference.attributed(text, _span(text, "Police said the road was closed"))
    assert not inference.attributed(text, _span(text, "the road was closed"))


def test_sentences_are_split_where_they_join_separate_statements() -> None:
    text = (
        "IE6 has 277 vulnerabilities in all; 39 percent of these are rated highly critical, "
        "and the company said it would not fix them."
    )
    parts = inference.propositions(Piece(0, len(text), text))  # the segmenter splits at ";" too
    assert [p.text for p in parts] == [
        "IE6 has 277 vulnerabilities in all",
        "39 percent of these are rated highly critical",
        "the company said it would not fix them.",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)
    short = sentences("Red, and blue.")[0]
    assert [p.text for p in inference.propositions(short)] == ["Red, and blue."]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The team's supplies were delayed, leaving them two weeks to build the robot.",
            ["The team's supplies were delayed", "leaving them two weeks to build the robot."],
        ),
        (  # a place and what happens there, closing the sentence
            "SARS viruses live in the lower respiratory tract, where they can cause pneumonia.",
            ["SARS viruses live in the lower respiratory tract", "where they can cause pneumonia."],
        ),
        (
            "The population remained stable until 2015, at which point their numbers fell.",
            ["The population remained stable until 2015", "at which point their numbers fell."],
        ),
        (  # two quotations, each a claim
            'Shapps said it would be "a condition of travel" and "masks we must keep for '
            'clinical settings" now.',
            [
                'Shapps said it would be "a condition of travel"',
                '"masks we must keep for clinical settings" now.',
            ],
        ),
        (  # (not one set between commas)
            "The pact with Libya, where a civil war is underway, breaks the law.",
            ["The pact with Libya, where a civil war is underway, breaks the law."],
        ),
        (
            "Rescue work resumed on Wednesday, with more bodies recovered from the rubble.",
            ["Rescue work resumed on Wednesday", "more bodies recovered from the rubble."],
        ),
        (
            "The children were banned from washing and could not use the toilet.",
            ["The children were banned from washing", "could not use the toilet."],
        ),
        (
            "While one vaccine appears able to reduce mortality, no drugs have been proven.",
            ["one vaccine appears able to reduce mortality", "no drugs have been proven."],
        ),
        (
            "Even though Waseem confessed to acting alone, two accomplices were tried.",
            ["Waseem confessed to acting alone", "two accomplices were tried."],
        ),
        (  # "Because of" leads no clause
            "Because of its drilling operations there, Turkey is under EU sanctions.",
            ["Because of its drilling operations there, Turkey is under EU sanctions."],
        ),
        (  # a participle that frames or lists is no proposition of its own
            "The comments were left by a user in Ireland, including several posts.",
            ["The comments were left by a user in Ireland, including several posts."],
        ),
        (
            "An apartment building collapsed on Monday in Magnitogorsk, a city in the Urals.",
            ["An apartment building collapsed on Monday in Magnitogorsk", "a city in the Urals."],
        ),
        (
            "The parents were arrested in January after their daughter had escaped from home.",
            ["The parents were arrested in January", "after their daughter had escaped from home."],
        ),
        (
            "“A cleanup would improve crop yields [...] Ozone is something we understand.”",
            ["“A cleanup would improve crop yields", "Ozone is something we understand.”"],
        ),
        (
            "He said they keep channels to Turkey open and that he would be happy to talk.",
            ["He said they keep channels to Turkey open", "that he would be happy to talk."],
        ),
        (  # a leading clause after another split
            "“The wings flapped as it ran on the ground [...] Although this motion could not "
            "lift it into the air, flapping may have come before gliding.”",
            [
                "“The wings flapped as it ran on the ground",
                "this motion could not lift it into the air",
                "flapping may have come before gliding.”",
            ],
        ),
        (  # "Since", "With" and "As" without a verb lead no clause of their own
            "Since the release of the text messages, protests filled the streets daily.",
            ["Since the release of the text messages, protests filled the streets daily."],
        ),
        (
            "Since the campaign was launched in November, the ministry has vaccinated 58,150.",
            ["the campaign was launched in November", "the ministry has vaccinated 58,150."],
        ),
        (  # the original words of a translated quotation are no proposition
            "((es))Spanish language: \u200dPuerto Rico necesita certeza y estabilidad.",
            [],
        ),
        (  # the last item of a list stays with its list
            "He was flown to Moscow with frostbite, leg fractures, and head trauma.",
            ["He was flown to Moscow with frostbite, leg fractures, and head trauma."],
        ),
        (
            "A referendum created a new region in Mindanao, potentially ending the conflict.",
            ["A referendum created a new region in Mindanao", "potentially ending the conflict."],
        ),
        (  # a full stop inside a quotation ends a statement, however short
            "“The man was then shot. I think I heard three gunshots.”",
            ["“The man was then shot.", "I think I heard three gunshots.”"],
        ),
        (  # no clause after ", and": the last item of a list
            "She was attacked by Quirin, Redouane, and an unidentified third officer.",
            ["She was attacked by Quirin, Redouane, and an unidentified third officer."],
        ),
        (
            "The girls made the trip to Kabul twice, and were turned down both times.",
            ["The girls made the trip to Kabul twice", "were turned down both times."],
        ),
        (
            "The plane crashed during an attempted landing, and struck a deicing facility.",
            ["The plane crashed during an attempted landing", "struck a deicing facility."],
        ),
        (  # the clause after ", and" may hold an apposition before its verb
            "He said it should be farmed, and his critics, such as Greenpeace, have blamed him.",
            [
                "He said it should be farmed",
                "his critics, such as Greenpeace, have blamed him.",
            ],
        ),
        (  # a report with nothing of its own frames what follows
            "The prime minister, Boris Johnson, tweeted: “Thank you to all emergency services.”",
            ["“Thank you to all emergency services.”"],
        ),
        (
            "As Heald told The Huffington Post, US surface ozone has dropped since 1990.",
            ["US surface ozone has dropped since 1990."],
        ),
        (
            "Quirin denied any sexual activity, but later he claimed sex had been consensual.",
            ["Quirin denied any sexual activity", "later he claimed sex had been consensual."],
        ),
        (  # a closing relative clause states a fact of its own
            "The first attack was in the Al Noor Mosque, which left at least 42 people dead.",
            ["The first attack was in the Al Noor Mosque", "which left at least 42 people dead."],
        ),
        (  # one in mid-sentence does not close it, and one with a report frames it
            "The group, which is linked to Abu Sayyaf, claimed the attack, according to police.",
            ["The group, which is linked to Abu Sayyaf, claimed the attack, according to police."],
        ),
        (  # a second action without a comma
            "Police reported the attacker exited the Hall and continued to attack others.",
            ["Police reported the attacker exited the Hall", "continued to attack others."],
        ),
        (  # two verbs that share what follows are one action
            "The company has engineered and operated reusable rockets.",
            ["The company has engineered and operated reusable rockets."],
        ),
        (
            "Dixon said crews were working but that some could be without power until Thursday.",
            ["Dixon said crews were working", "that some could be without power until Thursday."],
        ),
        (  # a time is no apposition of its own
            "Shares of the company fell 5% on Monday, a day after the report.",
            ["Shares of the company fell 5% on Monday, a day after the report."],
        ),
        (  # who the source is belongs to the frame
            '"We are ready," said John Smith, a spokesman for the company.',
            ['"We are ready," said John Smith, a spokesman for the company.'],
        ),
        (  # nouns joined by "and" are one thing
            "People approached Khan armed with the fire extinguisher and the narwhal tusk.",
            ["People approached Khan armed with the fire extinguisher and the narwhal tusk."],
        ),
        (
            "Lam agreed to add two members to the police council but did not accede to demands.",
            ["Lam agreed to add two members to the police council", "did not accede to demands."],
        ),
        (  # a trailing report is no apposition
            "“The decree bans face veils in offices”, a government official said.",
            ["“The decree bans face veils in offices”, a government official said."],
        ),
        (  # a reason with a subject of its own
            "The EU partially funded the studies, as it considers the pipeline a common interest.",
            ["The EU partially funded the studies", "it considers the pipeline a common interest."],
        ),
        (
            "Khan had appeared to be wearing a vest, though it was later found to be a fake.",
            ["Khan had appeared to be wearing a vest", "though it was later found to be a fake."],
        ),
        (  # "and" before a subject of its own
            "The council was adjourned and Lam later delivered the speech via video.",
            ["The council was adjourned", "Lam later delivered the speech via video."],
        ),
        (
            "Gloria developed severe eczema and the parents were advised to see a specialist.",
            ["Gloria developed severe eczema", "the parents were advised to see a specialist."],
        ),
        (  # "after" before a clause with a subject of its own
            "Samoan vaccination rates dropped in 2018 after two small children died.",
            ["Samoan vaccination rates dropped in 2018", "after two small children died."],
        ),
        (  # (not after a few words that say nothing of their own)
            "This comes a week after he attended a summit.",
            ["This comes a week after he attended a summit."],
        ),
        (  # a second action in a past participle that differs from the past
            "An eleven-month-old boy was rescued alive and flown to Moscow for treatment.",
            ["An eleven-month-old boy was rescued alive", "flown to Moscow for treatment."],
        ),
        (  # a report with a clause of its own before "adding" is no bare frame
            "Smith said the season was over, adding that the team would regroup in May.",
            ["Smith said the season was over", "adding that the team would regroup in May."],
        ),
        (  # a short first clause with a verb of its own
            "Three people died and dozens were injured when the bridge collapsed.",
            ["Three people died", "dozens were injured when the bridge collapsed."],
        ),
        (  # a plain noun as the subject after "and" or "but"
            "The fire destroyed the roof but firefighters saved the main hall.",
            ["The fire destroyed the roof", "firefighters saved the main hall."],
        ),
        (  # (not two nouns sharing a verb)
            "The rise in inflation and interest rates had an effect.",
            ["The rise in inflation and interest rates had an effect."],
        ),
        (  # "but" before a subject of its own, with no comma or after a dash
            "Doctors said her condition was stable but she remained in hospital.",
            ["Doctors said her condition was stable", "she remained in hospital."],
        ),
        (
            "The ruling is of huge significance — but the implications are clear.",
            ["The ruling is of huge significance", "the implications are clear."],
        ),
        (  # what the source adds after an inverted frame is a statement of its own
            '"We will rebuild," said Mayor John Smith, adding that funds were available.',
            ['"We will rebuild," said Mayor John Smith', "adding that funds were available."],
        ),
        (  # ("died", and a comma after the verb)
            "The fire started at 3 am and two people died, police said.",
            ["The fire started at 3 am", "two people died, police said."],
        ),
        (  # (its verb of an irregular past)
            "The SNP gained 13 seats and Liberal Democrats lost 10.",
            ["The SNP gained 13 seats", "Liberal Democrats lost 10."],
        ),
        (  # ... not two names that share a verb, nor a subject before its verb
            "Greek daily Kathimerini said Greece and Cyprus had to speed up the work.",
            ["Greek daily Kathimerini said Greece and Cyprus had to speed up the work."],
        ),
        (
            "Protesters called for his resignation after revelations he and his staff sent "
            "messages.",
            [
                "Protesters called for his resignation after revelations he and his staff sent "
                "messages."
            ],
        ),
        (
            'He noted, "The government and the pro-Beijing camp have always claimed support."',
            ['He noted, "The government and the pro-Beijing camp have always claimed support."'],
        ),
        (
            "The border between Turkey and Libya was drawn in a memorandum last month.",
            ["The border between Turkey and Libya was drawn in a memorandum last month."],
        ),
        (
            "The site was run by a man from Seoul and its alleged operator Son from Busan.",
            ["The site was run by a man from Seoul and its alleged operator Son from Busan."],
        ),
        (  # two sentences joined by a comma
            "We have been drinking cow urine for years, we also take bath in cow dung.",
            ["We have been drinking cow urine for years", "we also take bath in cow dung."],
        ),
        (  # ... not a condition, a leading phrase, or a report set between commas
            "If the vote fails next week, we will leave the coalition.",
            ["If the vote fails next week, we will leave the coalition."],
        ),
        (
            "The airport has a tabletop runway, so when the plane failed to stop, it fell.",
            ["The airport has a tabletop runway, so when the plane failed to stop, it fell."],
        ),
        (
            'He said: "From now on, we will treat every patient."',
            ['He said: "From now on, we will treat every patient."'],
        ),
        (
            "In between the two visits, she testified, she was attacked by the officers.",
            ["In between the two visits, she testified, she was attacked by the officers."],
        ),
        (
            "The plan has failed completely, he said on Monday.",
            ["The plan has failed completely, he said on Monday."],
        ),
        (
            "The purchase was financed by a loan, so it is not a burden on the budget.",
            ["The purchase was financed by a loan", "it is not a burden on the budget."],
        ),
        (  # a short clause with a subject and a verb is a statement
            "The government asked the judge to delay his ruling, but he declined.",
            ["The government asked the judge to delay his ruling", "he declined."],
        ),
        (
            "Khan stabbed several people in the hall, then fled up London Bridge.",
            ["Khan stabbed several people in the hall", "fled up London Bridge."],
        ),
        (  # ... not "If ..., then ..."
            "If the goal is peace and security, then foreign powers should leave the region.",
            ["If the goal is peace and security, then foreign powers should leave the region."],
        ),
        (
            "Only 0.5% of grocery turnover comes from discounters, compared to 7% in the UK.",
            [
                "Only 0.5% of grocery turnover comes from discounters",
                "compared to 7% in the UK.",
            ],
        ),
        (
            "There are at least 142 cases in India, of which three patients have died.",
            ["There are at least 142 cases in India", "of which three patients have died."],
        ),
        (
            "At least seventeen people died in the fire and 35 were rescued by firefighters.",
            ["At least seventeen people died in the fire", "35 were rescued by firefighters."],
        ),
        (
            "She had about 750,000 followers on Facebook, and wrote about feminism.",
            ["She had about 750,000 followers on Facebook", "wrote about feminism."],
        ),
        (
            "Two men forced him to lie on the ground, after which a third man removed his knife.",
            ["Two men forced him to lie on the ground", "a third man removed his knife."],
        ),
        (
            "A trial is underway in Riyadh in which eleven men have been charged with the murder.",
            ["A trial is underway in Riyadh", "eleven men have been charged with the murder."],
        ),
        (  # twenty characters make a statement before "and"
            "They made the trip twice and were turned down both times.",
            ["They made the trip twice", "were turned down both times."],
        ),
        (  # or with a number
            "Puri said 18 people died. 149 of the survivors have been hospitalized.",
            ["Puri said 18 people died.", "149 of the survivors have been hospitalized."],
        ),
        (  # a sentence that starts with a name's small particle
            "He was met by Abu Mahdi al-Muhandis. al-Muhandis was the deputy commander.",
            ["He was met by Abu Mahdi al-Muhandis.", "al-Muhandis was the deputy commander."],
        ),
        (  # a relative clause without a comma, after a clause
            "Customers were affected by the shutoffs which were expected to last a day.",
            ["Customers were affected by the shutoffs", "which were expected to last a day."],
        ),
        (
            "The document which had the stamp on every page detailed the flaws.",
            ["The document which had the stamp on every page detailed the flaws."],
        ),
        (  # a short clause with a subject of its own closes the sentence
            "Two Democrats opposed, and one independent supported.",
            ["Two Democrats opposed", "one independent supported."],
        ),
        (  # a second action in an irregular past tense
            "The crowd chanted slogans and threw eggs at the building.",
            ["The crowd chanted slogans", "threw eggs at the building."],
        ),
        (  # what went on meanwhile, with a subject of its own
            "The state had lanes closed last night as it worked to repair the surface.",
            ["The state had lanes closed last night", "it worked to repair the surface."],
        ),
        (  # the last item of a list of a few words each, not a clause
            "Police, the ambulance service, and an air ambulance also attended.",
            ["Police, the ambulance service, and an air ambulance also attended."],
        ),
        (  # but a predicate after the list's last item is one of its own
            "It is registered in Middlesex County, Massachusetts, and was built in 1944.",
            ["It is registered in Middlesex County, Massachusetts", "was built in 1944."],
        ),
        (  # a second predicate in the present, or denied
            "The ban is unfair to voters and does nothing to solve the problem.",
            ["The ban is unfair to voters", "does nothing to solve the problem."],
        ),
        (
            "The deal breaks the Law of the Sea and cannot produce any legal consequences.",
            ["The deal breaks the Law of the Sea", "cannot produce any legal consequences."],
        ),
        (  # a name after a name is a subject of its own when its verb is singular
            "Rosselló resigned as governor of Puerto Rico and Pedro Pierluisi was sworn in.",
            ["Rosselló resigned as governor of Puerto Rico", "Pedro Pierluisi was sworn in."],
        ),
        (
            "He was in hospital for months and according to the ministry he died on Friday.",
            ["He was in hospital for months", "according to the ministry he died on Friday."],
        ),
        (  # but two names share a plural verb
            "I will not celebrate until Bob and Doug are home safely.",
            ["I will not celebrate until Bob and Doug are home safely."],
        ),
        (  # a modal after a name that follows a clause starts a clause of its own
            "US troops had defeated ISIS and Turkey would be moving into Syria.",
            ["US troops had defeated ISIS", "Turkey would be moving into Syria."],
        ),
        (  # a short clause with a verb
            "He was 34 and reported extensively on the civil war.",
            ["He was 34", "reported extensively on the civil war."],
        ),
        (  # a second action in the passive, after "then" or in an irregular participle
            "He was interrogated by an attorney for the church and then arrested.",
            ["He was interrogated by an attorney for the church", "then arrested."],
        ),
        (
            "He was taken ill on Saturday, after attending a game, and taken to hospital.",
            ["He was taken ill on Saturday, after attending a game", "taken to hospital."],
        ),
        (  # a gerund that is a subject, an irregular past before it, "said" after a noun
            "The hall underwent building work and scaffolding was still erected.",
            ["The hall underwent building work", "scaffolding was still erected."],
        ),
        (
            "Many people changed their minds and several said they wanted change.",
            ["Many people changed their minds", "several said they wanted change."],
        ),
        (  # a relative clause after a name or with an irregular past, and a short one closing
            "He met Julie Couillard who had ties to a biker gang.",
            ["He met Julie Couillard", "who had ties to a biker gang."],
        ),
        (
            "The court ruled on the prorogation which went into effect on Tuesday.",
            ["The court ruled on the prorogation", "which went into effect on Tuesday."],
        ),
        (
            "Qawi was accused of inciting the murder, which he denied.",
            ["Qawi was accused of inciting the murder", "which he denied."],
        ),
        (  # but not one that defines who is meant, a cleft, or a source's report
            "He was among the Representatives who voted against the war.",
            ["He was among the Representatives who voted against the war."],
        ),
        (
            "It was the agency's inquiry which led to the discovery.",
            ["It was the agency's inquiry which led to the discovery."],
        ),
        (
            "Bermuda is rarely hit, according to CNN who reported that only 21 storms came near.",
            ["Bermuda is rarely hit, according to CNN who reported that only 21 storms came near."],
        ),
        (  # what follows a quotation's original words in another script
            "((hi))Hindi language: \u200dकोई नहीं रोक सकता।  Later, Smith said it would go ahead.",
            ["Later, Smith said it would go ahead."],
        ),
        (  # a source between commas is no last item of a list
            "The bridge fell at 5 p.m., according to witnesses, and ten cars fell into the river.",
            ["The bridge fell at 5 p.m., according to witnesses", "ten cars fell into the river."],
        ),
        (  # a short clause of a noun and its verb after a conjunction
            "Prices rose 5% in May, while wages fell 2%.",
            ["Prices rose 5% in May", "wages fell 2%."],
        ),
        (
            "A fourth man escaped and remains wanted.",
            ["A fourth man escaped and remains wanted."],
        ),
        (  # a list of actions
            "The storm killed three people, destroyed many homes and left thousands without power.",
            [
                "The storm killed three people",
                "destroyed many homes",
                "left thousands without power.",
            ],
        ),
        (  # but not a participle after a noun
            "Some estimated tolls, provided by officials to journalists, exceeded 100.",
            ["Some estimated tolls, provided by officials to journalists, exceeded 100."],
        ),
        (  # but not a gerund without a verb, nor an adjective in a compound
            "He was known for pursuing a neutral policy and mediating in disputes.",
            ["He was known for pursuing a neutral policy and mediating in disputes."],
        ),
        (
            "For it to work, well-understood concepts in chemistry and physics would be wrong.",
            ["For it to work, well-understood concepts in chemistry and physics would be wrong."],
        ),
    ],
)
def test_clauses_that_state_something_of_their_own_are_split_off(
    text: str, parts: list[str]
) -> None:
    found = inference.propositions(Piece(0, len(text), text))
    assert [p.text for p in found] == parts
    assert all(text[p.start : p.end] == p.text for p in found)


@pytest.mark.parametrize(
    ("text", "asides"),
    [
        (
            "Efforts to contain the SARS outbreak, which took place in 2003, mainly involved "
            "preventing its spread within hospitals.",
            ["which took place in 2003"],
        ),
        (
            "Emily Spanton, 39, who has waived her right to anonymity, met the officers.",
            ["who has waived her right to anonymity"],
        ),
        ("The team, which also visited Paris, left.", ["which also visited Paris"]),
        ("The group, who said nothing at all, left.", []),  # a report frames what follows
        ("The team, which from Paris and Rome, left.", []),  # no verb: no statement
        ("The town, which is by a lake.", []),  # not closed by a comma: no aside
        (  # a clause between dashes
            "It is common for new governments — Johnson became prime minister in July — to do so.",
            ["Johnson became prime minister in July"],
        ),
        ("The rainforest — the lungs of the planet — is on fire.", []),  # no verb
    ],
)
def test_a_relative_clause_between_commas_is_a_statement_inside_its_sentence(
    text: str, asides: list[str]
) -> None:
    found = inference.asides(Piece(10, 10 + len(text), text))
    assert [a.text for a in found] == asides
    assert all(text[a.start - 10 : a.end - 10] == a.text for a in found)


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
    assert _claim(text, words, None).statement == statement


def test_according_to_with_no_comma_after_the_source_frames_the_clause_after_it() -> None:
    text = (
        "Mugabe was in hospital for months and according to the Ministry of Foreign Affairs "
        "he died in the morning. Some writers mention feeding ibises, according to Wasef "
        "archaeologists have not yet found any hatcheries."
    )
    expected = [
        ("Mugabe was in hospital for months", "Paper", "author"),
        ("he died in the morning.", "Ministry of Foreign Affairs", "indirect"),
        ("Some writers mention feeding ibises", "Paper", "author"),
        ("archaeologists have not yet found any hatcheries.", "Wasef", "indirect"),
    ]
    for words, who, mode in expected:
        claim = _claim(text, words, None)
        assert (claim.evidence.text, claim.speaker.name, claim.mode) == (
            words.rstrip("."),
            who,
            mode,
        )


def test_a_leading_connective_is_left_out_of_the_evidence_but_not_the_statement() -> None:
    text = "In fact, the storm moved at only five miles per hour. Thus, it ended."
    claim = _claim(text, "In fact, the storm moved at only five miles per hour.", None)
    assert claim.evidence.text == "the storm moved at only five miles per hour"
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    # a few words after it are kept whole
    assert _claim(text, "Thus, it ended.", None).evidence.text == "Thus, it ended"
    # a place that ends in "ly" is no connective
    italy = "Italy, the end point, was openly supportive of the pipeline."
    assert _claim(italy, italy, None).evidence.text == italy.rstrip(".")


def test_sentences_cover_every_paragraph_with_true_offsets() -> None:
    text = (
        'He said: "It works. It is cheap." Mr. Li agreed.\n\n***\n\n'
        "U.S. officials left at 3 p.m. on Monday."
    )
    found = sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert [s.text for s in found] == [
        'He said: "It works. It is cheap."',  # a quotation is not cut into sentences
        "Mr. Li agreed.",
        "***",
        "U.S. officials left at 3 p.m. on Monday.",
    ]
    covered = "".join(s.text for s in found)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_a_colon_before_a_quotation_splits_the_report_from_the_quote() -> None:
    text = "Ryan told the press the drugs were only part of it: “Surveillance will stop Ebola.”"
    assert [p.text for p in inference.propositions(sentences(text)[0])] == [
        "Ryan told the press the drugs were only part of it",
        "“Surveillance will stop Ebola.”",
    ]
    second = _claim(text, "“Surveillance will stop Ebola.”", None)
    assert (second.speaker.name, second.mode) == ("Ryan", "direct")


def test_a_further_report_by_the_same_source_is_split_off() -> None:
    text = "A total of 39 are dead, officials told state media, adding that rescuers left."
    assert _claim(
        text, "A total of 39 are dead, officials told state media", None
    ).evidence.text == ("A total of 39 are dead")
    rescuers = _claim(text, "adding that rescuers left.", None)
    assert (rescuers.speaker.name, rescuers.evidence.text) == ("officials", "rescuers left")
    text = "The shooting began at 10:39, according to police, who said officers came later."
    assert [p.text for p in inference.propositions(sentences(text)[0])] == [
        "The shooting began at 10:39, according to police",
        "who said officers came later.",
    ]


def test_a_quotation_of_several_sentences_is_split_into_them() -> None:
    text = "“Maniacs made a provocation on Thursday. They fired at Dr. Kim's post,” it added."
    titled = sentences("It ruled in the case “Eva Glawischnig-Piesczek vs. Facebook Ireland”.")
    assert len(inference.propositions(titled[0])) == 1
    parts = [part for sentence in sentences(text) for part in inference.propositions(sentence)]
    assert [p.text for p in parts] == [
        "“Maniacs made a provocation on Thursday.",
        "They fired at Dr. Kim's post,” it added.",
    ]


def _claim(text: str, words: str, who: str | None, previous: Claim | None = None) -> Claim:
    numbered = dict(enumerate(sentences(text), start=1))
    number = next(n for n, s in numbered.items() if words in s.text)
    source = Source(text, numbered, None, "Paper")
    return source.ground_cited(CitedClaim(s=number, who=who, q=words), previous, {})


def test_a_source_handing_over_to_a_quotation_speaks_it_but_not_the_words_before_it() -> None:
    text = "Tanya Chan spoke to the press after the speech: “This is the only way forward.”"
    quoted = _claim(text, "This is the only way forward.", None)
    assert (quoted.speaker.name, quoted.mode) == ("Tanya Chan", "direct")
    frame = _claim(text, "Tanya Chan spoke to the press after the speech", None)
    assert (frame.speaker.name, frame.mode) == ("Paper", "author")
    # a name in apposition to the post that opens the sentence speaks the quotation
    text = "The mayor of London, Sadiq Khan, gave condolences, adding, “An inquiry is underway.”"
    quoted = _claim(text, "An inquiry is underway.", None)
    assert (quoted.speaker.name, quoted.mode) == ("Sadiq Khan", "direct")
    frame = _claim(text, "The mayor of London, Sadiq Khan, gave condolences", None)
    assert (frame.speaker.name, frame.mode) == ("Paper", "author")


def test_a_quotation_is_spoken_by_the_source_named_in_the_short_sentence_after_it() -> None:
    text = (
        '"Our house is burning. It is on fire. Let\'s discuss this in two days!" Macron told '
        "the world on Thursday via Twitter.\n\n"
        '"It is over. We lost!" Smith said the party would regroup.'
    )
    numbered = dict(enumerate(sentences(text), start=1))
    frame = next(s for s in numbered.values() if s.text.startswith("Macron"))
    assert inference.names_quotation_before(text, frame) is not None
    quoted = _claim(text, "It is on fire", None)
    assert (quoted.speaker.name, quoted.mode) == ("Macron", "direct")
    # a sentence that says more than who spoke is no frame of the quotation before it
    more = next(s for s in numbered.values() if s.text.startswith("Smith"))
    assert inference.names_quotation_before(text, more) is None
    over = _claim(text, "It is over", None)
    assert (over.speaker.name, over.mode) == (None, "direct")  # someone's: not Smith's


def test_a_frame_told_to_a_named_outlet_closes_a_quotation() -> None:
    text = (
        '"The theme is an effort to empower women. I hope more women take up such jobs", '
        "Garg told Star of Mysore."
    )
    claim = _claim(text, "I hope more women take up such jobs", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "Garg",
        "direct",
        "I hope more women take up such jobs",
    )


def test_a_second_verb_that_reports_is_the_opening_subjects_report() -> None:
    text = "The agency did not mention casualties, but said exports were continuing."
    claim = _claim(text, "said exports were continuing.", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "The agency",
        "indirect",
        "exports were continuing",
    )
    text = "One of these groups, the Syrian Democratic Forces, opposed it and said it was shocked."
    assert [p.text for p in inference.propositions(sentences(text)[0])][1] == "said it was shocked."
    assert _claim(text, "said it was shocked.", None).speaker.name == "Syrian Democratic Forces"
    # the first of two bodies that act together
    text = "On Thursday, the ACLU of Montana and the Rights Fund sued, saying it was unfair."
    assert _claim(text, "saying it was unfair.", None).speaker.name == "ACLU of Montana"
    text = "Senator Jane Roe opposed the plan, and suggested there were not enough votes."
    assert _claim(text, "suggested there were not enough votes.", None).speaker.name == "Jane Roe"
    text = "Rescue work stopped, but said the radio later."  # nobody opens the sentence
    assert _claim(text, "said the radio later.", None).speaker.name == "Paper"


def test_he_is_the_person_the_sentence_before_was_about_when_nobody_spoke_yet() -> None:
    text = "John Smith spoke at the summit. “The war is over,” he said. “Peace is near.”"
    said = _claim(text, "“The war is over,” he said.", None)
    after = _claim(text, "“Peace is near.”", None, said)
    assert [(c.speaker.name, c.mode) for c in (said, after)] == [("John Smith", "direct")] * 2
    assert _claim(text, "John Smith spoke at the summit.", None).mode == "author"


def test_a_quotation_closed_by_a_titled_source_is_the_sources_in_every_part() -> None:
    text = (
        '"This was a difficult compromise, but it protects the stock," Finnish agriculture '
        "minister Jari Leppä told reporters after the talks."
    )
    parts = inference.propositions(sentences(text)[0])
    claims = [_claim(text, part.text, None) for part in parts]
    assert [(c.speaker.name, c.mode, c.evidence.text) for c in claims] == [
        ("Jari Leppä", "direct", "This was a difficult compromise"),
        ("Jari Leppä", "direct", "it protects the stock"),
    ]


def test_a_report_by_someone_the_text_does_not_name_has_no_speaker_not_the_articles() -> None:
    text = "CCTV showed the arrival at 0:40. In between, she testified, she was attacked."
    claim = _claim(text, "In between, she testified, she was attacked.", None)
    assert (claim.speaker.name, claim.mode) == (None, "indirect")
    assert claim.statement == "In between, she testified, she was attacked."


def test_a_quotation_running_on_keeps_its_unnamed_speaker_and_that_is_frame() -> None:
    text = 'CCTV showed it. "I don\'t know," she said. "Maybe next year."'
    said = _claim(text, '"I don\'t know," she said.', None)
    after = _claim(text, '"Maybe next year."', None, said)
    assert [(c.speaker.name, c.mode) for c in (said, after)] == [(None, "direct")] * 2
    text = "The mayor said he was saddened and that the city would hold a vigil."
    assert _claim(text, "that the city would hold a vigil.", None).evidence.text == (
        "the city would hold a vigil"
    )
    text = "The law says he resigned and that office stands vacant."
    assert _claim(text, "that office stands vacant.", None).evidence.text == (
        "that office stands vacant"
    )


def test_a_frame_ends_at_that_after_where_and_how_it_was_said() -> None:
    text = "John Smith said in an interview with the BBC that the war was over."
    assert _claim(text, text, None).evidence.text == "the war was over"
    text = "The UN estimates that 400,000 people have fled."
    assert _claim(text, text, None).speaker.name == "The UN"


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
        ("Police found a body in the river.", "Paper", "Police found a body in the river"),
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
    ],
)
def test_frames_name_their_source_and_leave_the_proposition(
    text: str, speaker: str, words: str
) -> None:
    claim = _claim(text, text, None)
    assert (claim.speaker.name, claim.evidence.text) == (speaker, words)


def test_a_report_after_a_semicolon_does_not_reach_back_past_it() -> None:
    text = "A truck broke through the guardrail; the diesel fuel, officials said, spilled."
    assert _claim(text, "A truck broke through the guardrail", None).speaker.name == "Paper"
    assert _claim(text, "the diesel fuel, officials said, spilled", None).mode == "indirect"
    text = "A truck broke through the guardrail, officials said."
    assert _claim(text, "A truck broke through the guardrail", None).speaker.name == "officials"


def test_a_vote_that_confirms_a_nominee_is_no_attribution() -> None:
    text = "The House confirmed him on Friday, but the Senate had not confirmed him."
    for words in ("The House confirmed him on Friday", "the Senate had not confirmed him."):
        assert _claim(text, words, None).mode == "author"
    text = "The House confirmed that the vote would go ahead."
    assert _claim(text, text, None).speaker.name == "The House"


@pytest.mark.parametrize(
    ("words", "courtesy"),
    [
        ("God bless Chadwick Boseman", True),
        ("Rest in Power, Chadwick!", True),
        ("Rest easy Cowboy", True),
        ("Condolences to his family, friends and admirers", True),
        ("I sincerely thank all for their concerns", True),
        ("I thank God it was not worse", False),
        ("May his soul rest in eternal peace", True),
        ("Thank you to all emergency services", True),
        ("My thoughts are with the injured", True),
        ("“You're in our prayers", True),
        ("Thanks to the rain, the fire went out", False),
        ("Our thoughts on the budget were ignored by the council", False),
        ("The mayor thanked the police", False),
    ],
)
def test_thanks_wishes_and_condolences_are_no_claims(words: str, courtesy: bool) -> None:
    assert inference.courtesy(words) is courtesy


def test_a_country_named_states_is_no_attribution() -> None:
    text = "Seven were killed in the United States when a bomber crashed in Windsor Locks."
    assert not inference.attributed(text, _whole(text))
    assert _claim(text, text, "Windsor Locks").speaker.name == "Paper"
    text = "The report states that seven were killed."
    assert inference.attributed(text, _whole(text))
    text = "All member states have signed the agreement."
    assert not inference.attributed(text, _whole(text))
    text = "The attack was claimed by the Houthi movement in Yemen."
    assert not inference.attributed(text, _whole(text))


def test_the_models_name_counts_only_where_the_sentence_names_it() -> None:
    text = "The ministers met in Athens. The cost, as reported, is 2 billion euros."
    words = "The cost, as reported, is 2 billion euros."
    assert _claim(text, words, "Athens").speaker.name == "Paper"
    text = "The ministers met. In Athens, as reported, the cost is 2 billion euros."
    words = "In Athens, as reported, the cost is 2 billion euros."
    assert _claim(text, words, "Athens").speaker.name == "Athens"
    text = "No deaths were reported in Athens, but the army evacuated 80 people."
    assert _claim(text, "the army evacuated 80 people", "Athens").speaker.name == "Paper"
    text = "Reported cases also appeared in Thailand, South Korea, and Japan."
    assert _claim(text, text, "South Korea").speaker.name == "Paper"  # a count, not a report


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("“This is it,” said UCL astronomer Angelos Tsiaras.", ["Angelos Tsiaras"]),
        ("Haifa expert Avinoam Idan said the new EastMed supply won't matter.", ["Avinoam Idan"]),
        ("The judge presiding over the case, Bernard Schwartz, said no.", ["Bernard Schwartz"]),
        ("One of the children said, “I still have nightmares.”", ["One of the children"]),
        (
            "The website further reported its anonymous source claimed a man escaped.",
            ["The website", "its anonymous source"],
        ),
        ("One news site, Znak.com, claims FSB sources blame terrorism.", ["Znak.com"]),
        ("According to U.S. Attorney Bash, the manifesto matters.", ["U.S. Attorney Bash"]),
        ("Rates averaged 50% according to WHO's statistics.", ["WHO's statistics"]),
        (
            "According to Afghan Ambassador to the United States Hamdullah Mohib, it works.",
            ["Afghan Ambassador to the United States Hamdullah Mohib"],
        ),
        (
            "In the analysis of the German Institute for Economic Research, costs are too high.",
            ["German Institute for Economic Research"],
        ),
        ("“Foolhardy provocation deserves harsh punishment”, it added.", [inference.PRONOUN]),
        ("Some reports suggest a deliberate criminal act.", ["Some reports"]),
        ("The fire was set on purpose, investigators said.", ["investigators"]),
        (  # a body or a described source keeps where it is from
            "Yesterday, authorities in the United Kingdom and the United States announced that "
            "arrests were made.",
            ["authorities in the United Kingdom and the United States"],
        ),
        (
            "On Friday, a federal judge in Texas ruled the draft unlawful.",
            ["a federal judge in Texas"],
        ),
        ("The authors proposed that running induced flapping.", ["The authors"]),
        ("He remarked toilet paper is a bulky item.", [inference.PERSON]),
        ("The rapporteur cautioned that justice does not come swiftly.", ["The rapporteur"]),
        ("Regina Ip from the pro-Beijing camp said the move was wrong.", ["Regina Ip"]),
        ("PG&E stated it scheduled the blackouts.", ["PG&E"]),
        ("In late June, the Supreme Court ruled against it.", ["Supreme Court"]),
        ("Tom Watson called Theresa May's proposed deal “lousy”.", ["Tom Watson"]),
        (  # the name after a post "to" a country, not the country
            "Former US Ambassador to the United Nations Nikki Haley wrote, “It is a mistake.”",
            ["Nikki Haley"],
        ),
        ("The victim testified that she was forced to drink.", ["The victim"]),
        ("Maróth pointed out it would have cost more.", ["Maróth"]),
        ("He died at the hospice, his office said.", ["his office"]),
        ("Prosecutors allege that Smith stole $2 million.", ["Prosecutors"]),
        ("Environmental groups said the cut may not be enough.", ["Environmental groups"]),
        (  # sources a story does not name
            "Two people familiar with the matter said the deal was near.",
            ["Two people familiar with the matter"],
        ),
        ("A source close to the talks said a deal was near.", ["A source close to the talks"]),
        (  # a participle with when is an apposition
            "The report, published Tuesday in the journal Nature, found that seas rose.",
            ["The report"],
        ),
        ("The three-judge court found the advice was unlawful.", ["The three-judge court"]),
        (  # a participle with where or when is an apposition, not the verb
            'The ruling, released on Wednesday, read in part, "The oath is void."',
            ["The ruling"],
        ),
        (  # where it was said may stand between the source and the verb
            "Kyriakos Mitsotakis speaking to the Atlantic Council called it “null and void”.",
            ["Kyriakos Mitsotakis"],
        ),
        ("Smith, writing in the Guardian, argued the law was wrong.", ["Smith"]),
        ("Netanyahu called on Italy and Egypt to join the project.", ["Netanyahu"]),
        (
            "The LGBT community was critical; mayor John Tory on Tuesday suggested a probe.",
            ["John Tory"],
        ),
        ("The ministers deemed that the deal breaks the resolution.", ["The ministers"]),
        ("The researchers also found most deaths came from coal.", ["The researchers"]),
        ("He has since said his confession was forced.", [inference.PERSON]),
        ("A search of his van found an alleged murder weapon.", []),  # "alleged" describes
        (  # a date's comma does not end the source
            "According to a March 14, 2019 NATO press release, Hungary spent 1%.",
            ["a March 14, 2019 NATO press release"],
        ),
        ("According to the report, 2019 was warm.", ["report"]),
        (  # when is no part of who
            "The chain, according to Gazeta Wyborcza in March, is too big for one buyer.",
            ["Gazeta Wyborcza"],
        ),
        (
            "Ahmed al-Assadi, a spokesman for the PMF, blamed Israel and the U.S. for the attack.",
            ["Ahmed al-Assadi"],
        ),
        ("The embassy advised U.S. citizens to leave the country at once.", ["The embassy"]),
        ("The United States called its actions defensive in nature.", ["The United States"]),
        ("The police called him out of the crowd.", []),
        (  # the acronym after a body's name is no part of the claim
            "According to figures from the Office for National Statistics (ONS), jobs rose.",
            ["Office for National Statistics"],
        ),
        (  # a long source
            "According to Chief Superintendent Graciano Mijares of the police of the Autonomous "
            "Region in Muslim Mindanao, the confirmed deaths are fourteen.",
            [
                "Chief Superintendent Graciano Mijares of the police of the Autonomous Region in "
                "Muslim Mindanao"
            ],
        ),
        (  # the name after "said" is the subject of a quoted predicate, not the source
            'Maya Cummings, his wife, said Cummings "worked until his last breath".',
            ["Maya Cummings"],
        ),
        ('"We stand ready" tweeted Johnson "to provide whatever help we can."', ["Johnson"]),
        (  # a source that hands over to the quotation ending the sentence
            "Senator Lindsey Graham spoke on Fox News, “This will lead to a reemergence.”",
            ["Senator Lindsey Graham"],
        ),
        (
            "PC World's analysis of its own web traffic concluded, “Usually, IE is #2.”",
            ["PC World"],
        ),
        ("In 2016, the attack was called “the worst ever seen in the region”.", []),
        ('The decree read "The crimes of sexual abuse offend Our Lord".', ["The decree"]),
        (
            '"If it is there, you would minimise panic" said Russell Zimmerman per ABC News.',
            ["Russell Zimmerman"],
        ),
        ("Amongst reported incidents, the church covered up abuse.", []),
        ("One poster admitted to being a part of the effort.", ["One poster"]),
        (
            "Upon learning his DNA was on Spanton's coat he claimed it was consensual.",
            [inference.PERSON],
        ),
        ('Cengiz called the admission a "political maneuver."', ["Cengiz"]),
        ("Many critics say the law is unfair.", ["Many critics"]),
        ("“Foolhardy provocation deserves harsh punishment,” added KCNA.", ["KCNA"]),
        ("Mike Ryan of the WHO told the press the drugs help.", ["Mike Ryan"]),
        ("The ruling made proclamations which analysts say could matter.", ["analysts"]),
        ("ZMapp helped, but formal studies indicated it had less benefit.", ["formal studies"]),
        ("They signed a deal, according to which a section would cross the zone.", []),
        ("Ivan's condition was on Wednesday reported to not be life-threatening.", []),
        ("A report from the government during the weekend said eight died.", []),
        ("Arnel dela Vega of the army's Western Command said they did it.", ["Arnel dela Vega"]),
        ("Boon, the head of the unit, said about Amman: “He was obsessed.”", ["Boon"]),
        ("Hataman agreed, saying only they could have done it.", ["Hataman"]),
        ("Part of the judge's statement reads “Combat roles have changed.”", ["the judge"]),
        ("The court's summary concluded: “The order is void.”", ["The court"]),
        (
            "The seaman was identified as Galicha by a Coast Guard spokesperson.",
            ["a Coast Guard spokesperson"],
        ),
        ("The seaman was killed by a bomb.", []),
        ("Obadia told reporters: “The court has found that she did not lie.”", ["Obadia"]),
        ("Zinichev was quoted, Zinichev describing the threat as real.", ["Zinichev"]),
        ("According to a recent report by The Atlantic, it keeps a list.", ["The Atlantic"]),
        ("According to a poll published by NBC News, most agree.", ["NBC News"]),
        ("The House asked Secretary of State Mike Pompeo for papers on alleged misconduct.", []),
        ("It opened an inquiry into alleged misconduct by the mayor.", []),
        ("The team from UCL then analyzed the data using their software and confirmed it.", []),
        (
            "According to a statement released by Erdogan's office, it is over.",
            ["Erdogan's office"],
        ),
        ("Germany banned the airline, with officials saying it was a risk.", ["officials"]),
        ("Dr. Steven Wolf at Saint Francis said, “We received an alert.”", ["Dr. Steven Wolf"]),
        ("By reports on Saturday, two of the victims died.", ["reports"]),
        ("Police alleged the accused performed two attacks.", ["Police"]),
        ("The virus claimed 6606 lives in March.", []),
        ("The initial reports were of drone attacks.", []),
        ("Lam also agreed to add two members to the council.", []),
        ("All but one of the member states have signed on to the agreement.", []),
        ("Governor Vázquez had previously stated she was uninterested.", ["Governor Vázquez"]),
        ("Reports indicate this vehicle may have struck victims.", ["Reports"]),
        (
            "The Center for Biological Diversity announced the count rose.",
            ["The Center for Biological Diversity"],
        ),
        (
            "Florida Department of Transportation official Troy Roberts said it was closed.",
            ["Troy Roberts"],
        ),
        ("“We stand ready” tweeted Johnson “to provide whatever help we can.”", ["Johnson"]),
        (
            "“It flies arms,” according to a tweet on Monday by Secretary of State Mike Pompeo.",
            ["Secretary of State Mike Pompeo"],
        ),
        (
            "According to reports by Johns Hopkins Center for Systems Science, 142 fell ill.",
            ["Johns Hopkins Center for Systems Science"],
        ),
        ("According to the WHO's situation report dated March 16, 167 died.", ["WHO"]),
        (
            "According to a 1989 report from the National Transportation Safety Board, it fell.",
            ["National Transportation Safety Board"],
        ),
        (  # what the source is, before a closing frame, and its short name after it
            "Kimura has died, wrestling promotion World Wonder Ring Stardom (Stardom) said.",
            ["World Wonder Ring Stardom"],
        ),
        (  # a body named by its "of" issues the statement
            "The government of American Samoa issued a statement saying it is for Congress.",
            ["The government of American Samoa"],
        ),
        ("As reported by the BBC, the suspect was a former soldier.", ["BBC"]),
        (
            "A 2015 federal court decision said it is for Congress.",
            ["A 2015 federal court decision"],
        ),
        ("A source in the central Interior Ministry reportedly said it.", ["Interior Ministry"]),
        ("Wikinews contacted the ministry, which said the plan had failed.", ["the ministry"]),
        ("Miller and Smith both acknowledged faults as possible causes.", ["Smith"]),
        (  # a body's name with "and" in it
            "The National Search and Rescue Agency told the Jakarta Post it would stop.",
            ["The National Search and Rescue Agency"],
        ),
        (
            "Totals are unclear, with industry publications reporting 11 or 12.",
            ["industry publications"],
        ),
        (
            "Preliminary investigations suggest a new feature forced the nose down.",
            ["Preliminary investigations"],
        ),
        (  # a view the text gives as someone's
            "The government's counter-argument was that prorogation is a political tool.",
            ["The government"],
        ),
        (  # a name runs on to its report verb but not across another verb
            "The team from UCL then analyzed the data and confirmed their conclusion.",
            [],
        ),
    ],
)
def test_sources_the_text_names(text: str, sources: list[str]) -> None:
    assert [a.who for a in inference.attributions(sentences(text)[0])] == sources


def test_a_bodys_name_is_not_split_into_title_and_person() -> None:
    text = "The Federal Security Service (FSB) said it was gas."
    name = "Federal Security Service (FSB)"
    assert inference.full_name(name, text) == (name, None)
    text = "The World Health Organization said so, as did the National Safety Board."
    for name in ("World Health Organization", "National Safety Board"):
        assert inference.full_name(name, text) == (name, None)


def test_each_proposition_takes_the_source_that_frames_it() -> None:
    text = "Rome is an end point, and the minister said they will build another pipeline."
    assert _claim(text, "Rome is an end point", None).speaker.name == "Paper"
    assert _claim(text, "the minister said they will build", None).speaker.name == "the minister"
    text = "According to police, six people died, and seven more were injured."
    assert _claim(text, "seven more were injured", None).speaker.name == "police"
    text = "Rates were at least 25%, and averaged 50% according to WHO's statistics."
    assert _claim(text, "Rates were at least 25%", None).speaker.name == "WHO's statistics"
    text = "Lagakos said it is political. The cost is high, but investors stay away, he noted."
    lagakos = _claim(text, "it is political", None)
    assert lagakos.speaker.name == "Lagakos"
    assert _claim(text, "The cost is high", None, lagakos).speaker.name == "Lagakos"


def test_a_speaker_carries_over_only_into_a_quotation_running_on() -> None:
    text = "“We won,” Ruiz said. “It was hard.” The estimated cost was 4 million euros."
    ruiz = _claim(text, "We won", None)
    assert _claim(text, "It was hard", None, ruiz).speaker.name == "Ruiz"
    assert _claim(text, "The estimated cost was 4", None, ruiz).speaker.name == "Paper"
    # a name the model reads inside the quotation is not who speaks it
    text = "“We won,” Ruiz said. “Not even Madrid knows how we did it.”"
    ruiz = _claim(text, "We won", None)
    words = "Not even Madrid knows how we did it"
    assert _claim(text, words, "Madrid", ruiz).speaker.name == "Ruiz"


def test_he_is_the_source_last_named_even_across_the_authors_sentences() -> None:
    text = "Mitsotakis said talks are open. Athens expelled the envoy. He noted the deal was void."
    author = _claim(text, "Athens expelled the envoy", None)
    assert author.speaker.name == "Paper"
    assert _claim(text, "He noted the deal was void", None, author).speaker.name == "Mitsotakis"


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
    claim = _claim(text, text[:-1], None)
    assert (claim.speaker.name, claim.evidence.text) == (source, words)


def test_a_body_named_with_a_title_word_keeps_its_whole_name() -> None:
    text = "According to the National Conference of State Legislatures, the vote is on March 3."
    claim = _claim(text, "the vote is on March 3", None)
    assert claim.speaker.name == "National Conference of State Legislatures"


def test_he_is_the_surname_that_opened_the_sentence_before_by_its_full_name() -> None:
    text = (
        "Mayor John Smith arrived at noon. Smith, the mayor, praised the firefighters. "
        '"They saved many lives," he said.'
    )
    author = _claim(text, "Smith, the mayor, praised the firefighters", None)
    quoted = _claim(text, "They saved many lives", None, author)
    assert (quoted.speaker.name, quoted.mode) == ("John Smith", "direct")


def test_an_interview_answer_is_the_interviewees_own_words_to_the_next_turn() -> None:
    text = (
        "Wikinews spoke to Smith.\n\n((Paper)) Is the notice warranted?\n\n"
        "((JS)) I think it is not. The police said the tool was legal.\n\n"
        "YouTube uses JavaScript.\n\n((WN)) Why?\n\n((WN)) It was banned in 2019."
    )
    # the publisher's turns and those that mostly ask are the interviewer's
    for words in ("I think it is not", "the tool was legal", "YouTube uses JavaScript"):
        claim = _claim(text, words, None)
        assert (claim.speaker.name, claim.mode) == ("JS", "direct")
    assert _claim(text, "It was banned in 2019", None).mode == "author"


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    text = "NASA interrupted its coverage to mourn him. It also credited Leonov with the walk."
    author = _claim(text, "NASA interrupted its coverage to mourn him", None)
    claim = _claim(text, "It also credited Leonov with the walk", None, author)
    assert (claim.speaker.name, claim.evidence.text) == ("NASA", "Leonov with the walk")


def test_it_is_the_report_that_opened_the_sentence_before() -> None:
    text = "The report was published on Monday. It also found that 40% of schools lacked heat."
    author = _claim(text, "The report was published on Monday", None)
    claim = _claim(text, "It also found that 40% of schools lacked heat", None, author)
    assert (claim.speaker.name, claim.evidence.text) == ("The report", "40% of schools lacked heat")


def test_a_frame_that_interrupts_a_quotation_leaves_two_quoted_claims_by_its_source() -> None:
    text = '"The economy is strong," said Smith, a banker, "and it will grow next year."'
    for words, evidence in (
        ("The economy is strong", "The economy is strong"),
        ("and it will grow next year", "it will grow next year"),
    ):
        claim = _claim(text, words, None)
        assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
            "Smith",
            "direct",
            evidence,
        )


def test_a_sentence_whose_verb_takes_what_it_says_is_no_frame_of_the_quotation_before() -> None:
    text = 'She explained, "By confessing, he distances himself." She credited the media with it.'
    claim = _claim(text, "She credited the media with it", "She")
    assert claim.evidence.text == "the media with it"


def test_a_frame_inside_a_condition_leaves_the_condition_in_the_claim() -> None:
    text = "If the birds had been farmed, they reasoned, the bones would show little diversity."
    claim = _claim(text, text[:-1], None)
    assert claim.evidence.text == text[:-1]


def test_from_his_view_of_a_place_is_no_view() -> None:
    text = "Smith arrived. From his view of the stage, the crowd looked huge."
    assert _claim(text, "From his view of the stage, the crowd looked huge", None).mode == "author"


def test_in_his_opinion_is_the_view_of_the_person_named_before() -> None:
    text = "Alexander Gagay took third place. In his opinion, the theory tasks were the hardest."
    author = _claim(text, "Alexander Gagay took third place", None)
    claim = _claim(text, "In his opinion, the theory tasks were the hardest", None, author)
    assert (claim.speaker.name, claim.evidence.text) == (
        "Alexander Gagay",
        "the theory tasks were the hardest",
    )


def test_the_original_words_of_a_translated_quotation_are_a_gloss() -> None:
    text = 'She said: "I won." ((ru))Russian: \u200dЯ победила. Мама рада.\n\nНовый абзац.'
    glossed = [inference.in_gloss(text, s) for s in sentences(text)]
    # the marker and the words after it, not the quotation, nor a paragraph of its own
    assert glossed == [False, False, True, True, False]


def test_a_pronoun_opening_the_sentence_of_a_participle_report_is_resolved() -> None:
    text = (
        "Donald Trump said the court should intervene. The court refused. "
        "He sought an appeal to stop the release, arguing that he should be immune."
    )
    author = _claim(text, "The court refused", None)
    claim = _claim(text, "arguing that he should be immune", None, author)
    assert (claim.speaker.name, claim.mode) == ("Donald Trump", "indirect")


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
    assert _claim(text, part, None).evidence.text == expected


def test_when_it_was_said_is_read_from_its_own_part_of_the_sentence() -> None:
    text = "The attack began on Saturday, with 22 people dead, officials said."
    dead = _claim(text, "22 people dead, officials said.", None)
    assert (dead.speaker.name, dead.stated_on) == ("officials", None)
    text = "Police said on Friday that the road was closed."
    road = _claim(text, text, None)
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


def test_a_quotation_after_a_sentence_saying_someone_spoke_is_theirs() -> None:
    text = 'Mayor Jane Smith spoke to reporters on Monday.\n\n"We will rebuild the bridge."'
    author = _claim(text, "Mayor Jane Smith spoke to reporters on Monday", None)
    quoted = _claim(text, "We will rebuild the bridge", None, author)
    assert (quoted.speaker.name, quoted.mode) == ("Jane Smith", "direct")
    text = 'Police arrived.\n\n"We will rebuild the bridge."'  # (nobody spoke: someone)
    assert _claim(text, "We will rebuild the bridge", None).speaker.name is None


def test_hearsay_framing_a_sentence_does_not_hedge_its_closing_relative_clause() -> None:
    text = "Qawi was accused of inciting the murder, which he denied."
    assert _claim(text, "Qawi was accused of inciting the murder", None).hedged
    assert not _claim(text, "which he denied", None).hedged


def test_a_hedge_of_one_part_does_not_hedge_the_next() -> None:
    text = "Few molecules are likely to remain; the theory would have to be wrong."
    assert _claim(text, "Few molecules are likely to remain", None).hedged
    assert not _claim(text, "the theory would have to be wrong.", None).hedged


@pytest.mark.parametrize(
    ("text", "later", "cue"),
    [
        (
            "Reportedly, two people were killed and at least eight people were injured.",
            "at least eight people were injured",
            "Reportedly",
        ),
        (
            "Police said they believed a fruit had exploded in her mouth, damaging her jaw.",
            "damaging her jaw",
            "believed",
        ),
        (
            "The parents are accused of putting their social life ahead of their child, "
            "giving her drops instead of creams.",
            "giving her drops instead of creams",
            "accused",
        ),
    ],
)
def test_hearsay_or_belief_framing_a_sentence_hedges_each_part(
    text: str, later: str, cue: str
) -> None:
    claim = _claim(text, later, None)
    assert claim.evidence.text.startswith(later)
    assert [c.text for c in claim.hedge_cues] == [cue]
    assert claim.certainty == "probable"


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
    ],
)
def test_more_reporting_verbs_name_a_source(text: str, source: str, words: str) -> None:
    claim = _claim(text, text, None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (source, "indirect", words)


def test_a_full_name_takes_one_given_name_not_the_place_before_it() -> None:
    text = "Afghan Ambassador to the United States Hamdullah Mohib spoke. Mohib said no."
    assert inference.full_name("Mohib", text)[0] == "Hamdullah Mohib"
    assert inference.full_name("Hamdullah Mohib", text)[0] == "Hamdullah Mohib"
    text = "President Hassan Rouhani of Iran spoke. The Bank of England did not."
    assert inference.full_name("President Hassan Rouhani of Iran", text) == (
        "Hassan Rouhani",
        "President",
    )
    assert inference.full_name("Bank of England", text) == ("Bank of England", None)


def test_a_statement_closes_the_quotation_its_evidence_opens() -> None:
    text = "Macron said last week that sending troops “cannot be ruled out.”"
    said = _claim(text, "sending troops “cannot be ruled out", None)
    assert said.evidence.text == "sending troops “cannot be ruled out"
    assert said.statement.count("“") == said.statement.count("”") == 1


def test_a_statement_opens_with_a_capital() -> None:
    text = "Several allied leaders quickly stated that they would not send troops."
    said = _claim(text, "they would not send troops", None)
    assert said.statement == "Allied leaders said that they would not send troops."


def test_he_or_she_is_the_last_source_that_may_be_a_person() -> None:
    text = (
        "Hatice Cengiz said he was killed. According to Reuters and NBC, he is the ruler. "
        "She explained it."
    )
    position = text.index("She")
    assert inference.last_source(text, position) == "Reuters and NBC"
    assert inference.last_source(text, position, person=True) == "Hatice Cengiz"
    assert inference.last_source("KCNA said so. She left.", 14, person=True) == "KCNA"
    assert not inference.a_person("police") and not inference.a_person("the ministry")
    assert inference.a_person("the judge") and not inference.a_person("KCNA")


def test_they_is_the_group_that_opens_a_sentence_before() -> None:
    text = (
        "The Montreal team, led by Björn Benneke, used data from Hubble. "
        "They found that light weakened when the planet passed."
    )
    claim = _claim(text, "They found that light weakened when the planet passed.", None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "The Montreal team",
        "light weakened when the planet passed",
    )
    text = "Benneke said it was big. The results showed light weakened. They found that it rained."
    assert _claim(text, "They found that it rained", None).speaker.name == "Benneke"
    text = "The report said six died. It added that two were hurt."  # ("it" may be a report)
    assert _claim(text, "It added that two were hurt", None).speaker.name == "The report"
    text = "Police said six died. Rescuers were still digging. They added that two were hurt."
    assert _claim(text, "They added that two were hurt", None).speaker.name == "Police"


@pytest.mark.parametrize(
    ("words", "fragment"),
    [
        ("Former Trump adviser", True),
        ("The location of the device", True),
        ("And our state", True),
        ("the exception of Cyprus", True),
        ("Very early Wednesday morning", True),  # (a noun in -ing is no verb)
        ("Liberal Democrats lost 10", False),  # a verb
        ("they'd run out of stock", False),
        ("The fire spread quickly", False),  # a verb with no ending
        ("Prices rise every year", False),
        ("It is not reasonable to expect voters to drive an hour", False),  # long
    ],
)
def test_a_few_words_with_no_verb_are_a_fragment(words: str, fragment: bool) -> None:
    assert inference.a_fragment(words) is fragment


def test_it_opening_a_report_is_the_body_that_spoke_before() -> None:
    text = "The ministry said 200 cases were recorded. It added that hospitals were coping."
    previous = _claim(text, "The ministry said 200 cases were recorded.", None)
    claim = _claim(text, "It added that hospitals were coping.", None, previous)
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
    claim = _claim(text, "saying the dinosaur might have held its forelimbs still", None)
    assert (claim.speaker.name, claim.mode) == ("John Hutchinson", "indirect")
    text = "On Thursday, Hatice Cengiz addressed reporters, calling for justice for the killers."
    claim = _claim(text, "calling for justice for the killers", None)
    assert claim.speaker.name == "Hatice Cengiz"


@pytest.mark.parametrize(
    ("text", "words", "label", "expected"),
    [
        (  # a source set inside a claim leaves it whole
            "One child was, according to the fire service, among the dead.",
            "One child was, according to the fire service, among the dead.",
            None,
            (
                "fire service",
                "indirect",
                False,
                "One child was, according to the fire service, among the dead",
            ),
        ),
        (  # a report that names no one is the article's, hedged (the model's label is no source)
            "It was reported on Saturday Sirhan Sirhan was stabbed in the neck.",
            "It was reported on Saturday Sirhan Sirhan was stabbed in the neck.",
            "Sirhan Sirhan",
            (
                "Paper",
                "author",
                True,
                "It was reported on Saturday Sirhan Sirhan was stabbed in the neck",
            ),
        ),
        (  # a relative clause after a report is the article's background
            "Mitsotakis reasserted the openness of the EastMed project, which is aimed at "
            "connecting gas fields with the mainland.",
            "which is aimed at connecting gas fields with the mainland",
            None,
            ("Paper", "author", False, "which is aimed at connecting gas fields with the mainland"),
        ),
        (  # ... unless it reports itself
            "The shooting began at 10:39, according to police, who said officers came later.",
            "who said officers came later",
            None,
            ("police", "indirect", False, "officers came later"),
        ),
        (  # ... or goes on with the clause reported, about a thing the report names
            "Parish officials have said they are not concerned about the levees, which have "
            "about five feet of leeway for rising water.",
            "which have about five feet of leeway for rising water",
            None,
            (
                "Parish officials",
                "indirect",
                False,
                "which have about five feet of leeway for rising water",
            ),
        ),
        (  # (a name's relative clause is background even there)
            "Egyptologists have reported they were sacrificed to the god Thoth, who is often "
            "depicted with the head of an ibis.",
            "who is often depicted with the head of an ibis",
            None,
            ("Paper", "author", False, "who is often depicted with the head of an ibis"),
        ),
        (  # a title of several words before a name after the verb is no part of the name
            '"Staff want him to resign," tweeted former thinktank executive Ken Gude.',
            "Staff want him to resign",
            None,
            ("Ken Gude", "direct", False, "Staff want him to resign"),
        ),
        (  # a participle hands a quotation to the subject, past an adverb
            'Ford also made this point, writing "We have notified other agencies."',
            'writing "We have notified other agencies."',
            None,
            ("Ford", "direct", False, "We have notified other agencies"),
        ),
        (  # "he" is the person who opens the sentence before, not the last body that spoke
            "The Guard Corps declared that Soleimani was martyred. Ali Khamenei ordered three "
            'days of mourning. In his message, he praised him: "He was a stellar example."',
            "He was a stellar example.",
            None,
            ("Ali Khamenei", "direct", False, "He was a stellar example"),
        ),
        (  # the people of a group named as theirs: "the head of ...", "Organizers of ..."
            "The head of the police's internal investigators said basic checks were not done.",
            "The head of the police's internal investigators said basic checks were not done.",
            None,
            (
                "head of the police's internal investigators",
                "indirect",
                False,
                "basic checks were not done",
            ),
        ),
        (  # "a spokesperson for X", before a trailing verb
            "The first call came at 10:05 am, a spokesperson for the fire department told "
            "reporters.",
            "The first call came at 10:05 am, a spokesperson for the fire department told "
            "reporters.",
            None,
            (
                "spokesperson for the fire department",
                "indirect",
                False,
                "The first call came at 10:05 am",
            ),
        ),
        (  # what a study found or results show, with a clause after the verb
            "A study published in Nature found the drug had cut deaths by a third.",
            "A study published in Nature found the drug had cut deaths by a third.",
            None,
            ("Nature", "indirect", False, "the drug had cut deaths by a third"),
        ),
        (  # (not a thing found, nor "was found to")
            "A search of the van found an alleged murder weapon in the boot.",
            "A search of the van found an alleged murder weapon in the boot.",
            None,
            (
                "Paper",
                "author",
                True,
                "A search of the van found an alleged murder weapon in the boot",
            ),
        ),
        (  # a name before a relative clause that reports is the source
            "Wikinews spoke to local resident Tom White, who said the noise was unbearable.",
            "who said the noise was unbearable.",
            None,
            ("Tom White", "indirect", False, "the noise was unbearable"),
        ),
        (  # a party and state after a name
            "Senator Elizabeth Warren (D-MA) said the bill was unfair.",
            "Senator Elizabeth Warren (D-MA) said the bill was unfair.",
            None,
            ("Elizabeth Warren", "indirect", False, "the bill was unfair"),
        ),
        (  # a body of places joined by "and"
            "New Orleans and Jefferson Parish officials have said the levees will hold.",
            "New Orleans and Jefferson Parish officials have said the levees will hold.",
            None,
            (
                "New Orleans and Jefferson Parish officials",
                "indirect",
                False,
                "the levees will hold",
            ),
        ),
        (  # "to" inside a name
            "The Committee to Protect Journalists said it was alarmed.",
            "The Committee to Protect Journalists said it was alarmed.",
            None,
            ("The Committee to Protect Journalists", "indirect", False, "it was alarmed"),
        ),
        (  # what a statement goes on to say is its issuer's
            "At 6:30 pm, the city issued a statement announcing the break had been contained.",
            "At 6:30 pm, the city issued a statement announcing the break had been contained.",
            None,
            ("the city", "indirect", False, "the break had been contained"),
        ),
        (  # a quotation whose speaker the text does not name is someone's, not the article's
            'The crowd waited. "We are go for launch," came over the radio.',
            "We are go for launch",
            None,
            (None, "direct", False, "We are go for launch"),
        ),
        (  # a name whose verb hands over to a quotation speaks all of it
            'Saying it was time, President Fernández elaborated, "A state must protect '
            'citizens. And every society must respect choice."',
            "And every society must respect choice.",
            None,
            ("Fernández", "direct", False, "And every society must respect choice"),
        ),
        (  # a body opening a sentence is named with where it is from, not as that place
            "Officials in Texas said the fire was out.",
            "Officials in Texas said the fire was out.",
            None,
            ("Officials in Texas", "indirect", False, "the fire was out"),
        ),
        (
            "Researchers at Imperial College London said the virus spread fast.",
            "Researchers at Imperial College London said the virus spread fast.",
            None,
            ("Researchers at Imperial College London", "indirect", False, "the virus spread fast"),
        ),
        (  # "the" before a source after the words it frames is part of the frame
            "The plane crashed shortly after takeoff, the BBC reported.",
            "The plane crashed shortly after takeoff, the BBC reported.",
            None,
            ("BBC", "indirect", False, "The plane crashed shortly after takeoff"),
        ),
        (  # whom it was told to, before "that", is part of the frame
            "Residents told local television that they heard two loud bangs.",
            "Residents told local television that they heard two loud bangs.",
            None,
            ("Residents", "indirect", False, "they heard two loud bangs"),
        ),
        (
            "Roe told supporters at a rally on Sunday that she was confident of victory.",
            "Roe told supporters at a rally on Sunday that she was confident of victory.",
            None,
            ("Roe", "indirect", False, "she was confident of victory"),
        ),
        (  # a number with a thousands comma inside an apposition of the source
            "The company, which employs 5,000 people, said profits fell 10% in the quarter.",
            "The company, which employs 5,000 people, said profits fell 10% in the quarter.",
            None,
            ("The company", "indirect", False, "profits fell 10% in the quarter"),
        ),
        (  # a described source after a quotation ('..." said the report')
            "“The economy is growing,” said the report, published on Tuesday.",
            "“The economy is growing,” said the report, published on Tuesday.",
            None,
            ("the report", "direct", False, "The economy is growing"),
        ),
        (  # (but not after a comma: "the agency, announced the death of ...")
            "Roscosmos, the Russian space agency, announced the death of Leonov.",
            "Roscosmos, the Russian space agency, announced the death of Leonov.",
            None,
            (
                "Paper",
                "author",
                False,
                "Roscosmos, the Russian space agency, announced the death of Leonov",
            ),
        ),
        (  # a short quotation is still the quoted words, without the frame
            "“It’s over,” he told AP.",
            "“It’s over,” he told AP.",
            None,
            (None, "direct", False, "It’s over"),
        ),
        (  # where it was said, after a trailing frame: "in a press release"
            "The lake was drained last year, the council said in a press release.",
            "The lake was drained last year, the council said in a press release.",
            None,
            ("the council", "indirect", False, "The lake was drained last year"),
        ),
        (  # "called X a Y" reports a view of X
            "The United Nations called the humanitarian crisis the worst in the world.",
            "The United Nations called the humanitarian crisis the worst in the world.",
            None,
            (
                "The United Nations",
                "indirect",
                False,
                "the humanitarian crisis the worst in the world",
            ),
        ),
        (  # (not "called the police a day later")
            "They called the police a day later.",
            "They called the police a day later.",
            None,
            ("Paper", "author", False, "They called the police a day later"),
        ),
        (  # a source quoted in the passive
            "Smith was quoted by Reuters as saying the deal was dead.",
            "Smith was quoted by Reuters as saying the deal was dead.",
            None,
            ("Smith", "indirect", False, "the deal was dead"),
        ),
        (  # "No" opens no name
            "No claims of responsibility were made yesterday.",
            "No claims of responsibility were made yesterday.",
            None,
            ("Paper", "author", False, "No claims of responsibility were made yesterday"),
        ),
        (  # (a relative "that" after a statement is no report)
            "The statement that he made was false.",
            "The statement that he made was false.",
            None,
            ("Paper", "author", False, "The statement that he made was false"),
        ),
        (  # "according to CNN who reported that ...": the source is CNN
            "Bermuda was rarely hit according to CNN who reported that only 21 hurricanes "
            "reached it.",
            "Bermuda was rarely hit according to CNN who reported that only 21 hurricanes "
            "reached it.",
            None,
            ("CNN", "indirect", False, "Bermuda was rarely hit"),
        ),
    ],
)
def test_who_speaks_a_part_and_how(
    text: str, words: str, label: str | None, expected: tuple[str, str, bool, str]
) -> None:
    claim = _claim(text, words, label)
    assert (claim.speaker.name, claim.mode, claim.hedged, claim.evidence.text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # the person after a post is who speaks
            "The Director of Mid Wales Tourism Partnership, David Clay, called it a mistake.",
            "David Clay",
        ),
        (
            "According to the Afghan team's coach, Alireza Mehraban, the robot scored a point.",
            "Alireza Mehraban",
        ),
        ("According to the report, Alireza Mehraban scored a point.", "report"),
    ],
)
def test_a_named_person_beside_a_post_is_the_source(text: str, source: str) -> None:
    assert [a.who for a in inference.attributions(sentences(text)[0])] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Court of Session in Scotland ruled the prorogation was unlawful.",
            "The Court of Session",
        ),
        ("Mike Ryan of the World Health Organization said the virus spreads.", "Mike Ryan"),
    ],
)
def test_a_bodys_of_is_its_name_and_a_persons_is_an_affiliation(text: str, source: str) -> None:
    assert [a.who for a in inference.attributions(sentences(text)[0])] == [source]


def test_a_ruling_or_a_confirmation_with_no_clause_is_the_articles_account_of_an_act() -> None:
    text = "In late June, the Supreme Court ruled against its initial attempt."
    claim = _claim(text, "In late June, the Supreme Court ruled against its initial attempt.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    assert (
        claim.evidence.text == "In late June, the Supreme Court ruled against its initial attempt"
    )
    text = "The court ruled that the prorogation was unlawful."
    claim = _claim(text, "The court ruled that the prorogation was unlawful.", None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "The court",
        "the prorogation was unlawful",
    )
    text = "On Tuesday McArthur admitted his guilt in eight murders."
    claim = _claim(text, "On Tuesday McArthur admitted his guilt in eight murders.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    text = "One poster admitted to being a part of the effort."
    claim = _claim(text, "One poster admitted to being a part of the effort.", None)
    assert (claim.speaker.name, claim.mode) == ("One poster", "indirect")
    text = "Both Mugabe and Tsvangirai claimed victory in the vote."
    claim = _claim(text, "Both Mugabe and Tsvangirai claimed victory in the vote.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")
    text = "On Friday the House confirmed Pierluisi's nomination."
    claim = _claim(text, "On Friday the House confirmed Pierluisi's nomination.", None)
    assert (claim.speaker.name, claim.mode) == ("Paper", "author")


def test_a_frame_that_hands_over_to_a_quotation_after_a_colon_states_nothing() -> None:
    for text in (
        "The family's statement on the death read: “Don loved his family.”",
        "Earlier, an account made the following announcement: “All schools are shut until Monday.”",
        "Governor John Bel Edwards addressed the public: “No one should take this lightly.”",
    ):
        parts = [p.text for p in inference.propositions(sentences(text)[0])]
        assert len(parts) == 1 and parts[0].startswith("“"), parts
