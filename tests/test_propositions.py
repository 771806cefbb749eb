"""Sentences split into the propositions they state, and words that state nothing, on
hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims import propositions
from claims.text import Piece, sentences


def test_sentences_are_split_where_they_join_separate_statements() -> None:
    text = (
        "IE6 has 277 vulnerabilities in all; 39 percent of these are rated highly critical, "
        "and the company said it would not fix them."
    )
    parts = propositions.propositions(Piece(0, len(text), text))  # the segmenter splits at ";" too
    assert [p.text for p in parts] == [
        "IE6 has 277 vulnerabilities in all",
        "39 percent of these are rated highly critical",
        "the company said it would not fix them.",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)
    short = sentences("Red, and blue.")[0]
    assert [p.text for p in propositions.propositions(short)] == ["Red, and blue."]


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
            "Qaboos did not have children, so Omani law allowed three days for a council.",
            ["Qaboos did not have children", "Omani law allowed three days for a council."],
        ),
        (  # (a purpose is no clause of its own)
            "The flight was redirected to Omsk, so he could be hospitalized.",
            ["The flight was redirected to Omsk, so he could be hospitalized."],
        ),
        (  # (but what a longer subject could then do is a result of its own)
            "The model runs faster than older models, so the team's study could cover all plants.",
            ["The model runs faster than older models", "the team's study could cover all plants."],
        ),
        (  # (a reason that completes "is" is no clause of its own)
            "One reason it fell is because people are not adding salt.",
            ["One reason it fell is because people are not adding salt."],
        ),
        (
            "“A cleanup would improve crop yields [...] Ozone is something we understand.”",
            ["“A cleanup would improve crop yields", "Ozone is something we understand.”"],
        ),
        (
            "He said they keep channels to Turkey open and that he would be happy to talk.",
            ["He said they keep channels to Turkey open", "he would be happy to talk."],
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
            ["Dixon said crews were working", "some could be without power until Thursday."],
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
            ["The airport has a tabletop runway", "when the plane failed to stop, it fell."],
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
        (  # a dash before a clause of its own, closing the sentence
            "The buyer takes over 7000 staff — the chain currently has about 5000 employees.",
            ["The buyer takes over 7000 staff", "the chain currently has about 5000 employees."],
        ),
        (  # (two dashes set an aside)
            "The storm — the chain currently has about 5000 employees — will pass.",
            ["The storm — the chain currently has about 5000 employees — will pass."],
        ),
        (  # a participle phrase before the subject is a fact of its own
            "Born on December 11, 1935, in Mirati, Mukherjee began his career in Bengal.",
            ["Born on December 11, 1935, in Mirati", "Mukherjee began his career in Bengal."],
        ),
        (
            "Known for his temper, the coach was fined twice.",
            ["Known for his temper", "the coach was fined twice."],
        ),
        (  # a second predicate after "but", in an irregular past too
            "She planned on a dancing career but broke her leg in a crash.",
            ["She planned on a dancing career", "broke her leg in a crash."],
        ),
        (
            "Buttigieg secured the most delegates, at 14, followed by Sanders, with 12.",
            ["Buttigieg secured the most delegates, at 14", "followed by Sanders, with 12."],
        ),
        (  # two sentences joined by a comma, the second opened by a name
            "Warren earned 8 delegates, Biden earned 6.",
            ["Warren earned 8 delegates", "Biden earned 6."],
        ),
        (  # a second report's "that" is left out, as gold files cut it, but not a pronoun
            "The hospital said two patients died, and that five others were hurt.",
            ["The hospital said two patients died", "five others were hurt."],
        ),
        (
            "The talks failed in March, and that was the end of the coalition.",
            ["The talks failed in March", "that was the end of the coalition."],
        ),
        *[  # none of these joins two statements
            (text, [text])
            for text in (
                "A week after the vote was held, Johnson resigned as leader.",
                "According to figures released on Monday, Sanders won 12 delegates.",
                "The plan will not work, Smith complained on Tuesday.",
                "Known cases rose to 50 on Monday, the ministry reported.",
                "Kelly resigned from the board last year, the company disclosed.",
                "The minister resigned — a move the opposition had demanded for months.",
                "The rebels have all but lost the war in the north.",
            )
        ],
        (  # but not after a phrase that leads in, nor after a subordinate clause
            "In a video message posted to Twitter, Warren commended Biden for his empathy.",
            ["In a video message posted to Twitter, Warren commended Biden for his empathy."],
        ),
        (
            "When the polls closed in the evening, Biden led in every county.",
            ["When the polls closed in the evening, Biden led in every county."],
        ),
    ],
)
def test_clauses_that_state_something_of_their_own_are_split_off(
    text: str, parts: list[str]
) -> None:
    found = propositions.propositions(Piece(0, len(text), text))
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
    found = propositions.asides(Piece(10, 10 + len(text), text))
    assert [a.text for a in found] == asides
    assert all(text[a.start - 10 : a.end - 10] == a.text for a in found)


def test_a_colon_before_a_quotation_splits_the_report_from_the_quote() -> None:
    text = "Ryan told the press the drugs were only part of it: “Surveillance will stop Ebola.”"
    assert [p.text for p in propositions.propositions(sentences(text)[0])] == [
        "Ryan told the press the drugs were only part of it",
        "“Surveillance will stop Ebola.”",
    ]
    second = cited(text, "“Surveillance will stop Ebola.”", None)
    assert (second.speaker.name, second.mode) == ("Ryan", "direct")


def test_a_further_report_by_the_same_source_is_split_off() -> None:
    text = "A total of 39 are dead, officials told state media, adding that rescuers left."
    assert cited(
        text, "A total of 39 are dead, officials told state media", None
    ).evidence.text == ("A total of 39 are dead")
    rescuers = cited(text, "adding that rescuers left.", None)
    assert (rescuers.speaker.name, rescuers.evidence.text) == ("officials", "rescuers left")
    text = "The shooting began at 10:39, according to police, who said officers came later."
    assert [p.text for p in propositions.propositions(sentences(text)[0])] == [
        "The shooting began at 10:39, according to police",
        "who said officers came later.",
    ]


def test_a_quotation_of_several_sentences_is_split_into_them() -> None:
    text = "“Maniacs made a provocation on Thursday. They fired at Dr. Kim's post,” it added."
    titled = sentences("It ruled in the case “Eva Glawischnig-Piesczek vs. Facebook Ireland”.")
    assert len(propositions.propositions(titled[0])) == 1
    parts = [part for sentence in sentences(text) for part in propositions.propositions(sentence)]
    assert [p.text for p in parts] == [
        "“Maniacs made a provocation on Thursday.",
        "They fired at Dr. Kim's post,” it added.",
    ]


def test_a_quotation_closed_by_a_titled_source_is_the_sources_in_every_part() -> None:
    text = (
        '"This was a difficult compromise, but it protects the stock," Finnish agriculture '
        "minister Jari Leppä told reporters after the talks."
    )
    parts = propositions.propositions(sentences(text)[0])
    claims = [cited(text, part.text, None) for part in parts]
    assert [(c.speaker.name, c.mode, c.evidence.text) for c in claims] == [
        ("Jari Leppä", "direct", "This was a difficult compromise"),
        ("Jari Leppä", "direct", "it protects the stock"),
    ]


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
    assert propositions.courtesy(words) is courtesy


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
        ("Born in Lagos in 1960", False),  # a participle opening the sentence
        ("It is not reasonable to expect voters to drive an hour", False),  # long
    ],
)
def test_a_few_words_with_no_verb_are_a_fragment(words: str, fragment: bool) -> None:
    assert propositions.a_fragment(words) is fragment


def test_a_frame_that_hands_over_to_a_quotation_after_a_colon_states_nothing() -> None:
    for text in (
        "The family's statement on the death read: “Don loved his family.”",
        "Earlier, an account made the following announcement: “All schools are shut until Monday.”",
        "Governor John Bel Edwards addressed the public: “No one should take this lightly.”",
    ):
        parts = [p.text for p in propositions.propositions(sentences(text)[0])]
        assert len(parts) == 1 and parts[0].startswith("“"), parts
