"""The sources a sentence names for what it says, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims.names import PERSON, PRONOUN
from claims.sources import attributions
from claims.text import sentences


def test_what_carries_the_words_is_not_who_speaks_them() -> None:
    issued = "Sean Conley issued a statement saying Trump has been given zinc and vitamin D."
    claim = cited(issued, "Trump has been given zinc and vitamin D.", None)
    assert (claim.speaker.name, claim.mode) == ("Sean Conley", "indirect")
    issued = "The ministry, which runs the police, issued a statement saying no one was hurt."
    assert cited(issued, "no one was hurt.", None).speaker.name == "The ministry"
    text = "In a video message posted to Twitter, Warren said she was proud to endorse Biden."
    claim = cited(text, "she was proud to endorse Biden.", None)
    assert claim.speaker.name == "Warren"
    # a statement that names no issuer stays the source, as gold files name it
    claim = cited("The statement said troops had left.", "troops had left.", None)
    assert claim.speaker.name == "The statement"


def test_a_source_cited_as_saying_speaks_what_follows() -> None:
    text = (
        "The BBC also cited Budi Gunawan, chief of the intelligence agency, as saying the "
        "suspects were linked to the network."
    )
    claim = cited(text, "the suspects were linked to the network.", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "Budi Gunawan",
        "indirect",
        "the suspects were linked to the network",
    )
    text = "The Daily Telegraph cited a security source that mental health may be a factor."
    claim = cited(text, text, None)
    assert (claim.speaker.name, claim.evidence.text) == (
        "a security source",
        "mental health may be a factor",
    )
    # a weekday before a body is when, not its name
    text = "On Thursday officials reported the number of cases rose to 58."
    assert cited(text, text, None).speaker.name == "officials"


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
        claim = cited(text, words, None)
        assert (claim.evidence.text, claim.speaker.name, claim.mode) == (
            words.rstrip("."),
            who,
            mode,
        )


def test_a_source_handing_over_to_a_quotation_speaks_it_but_not_the_words_before_it() -> None:
    text = "Tanya Chan spoke to the press after the speech: “This is the only way forward.”"
    quoted = cited(text, "This is the only way forward.", None)
    assert (quoted.speaker.name, quoted.mode) == ("Tanya Chan", "direct")
    frame = cited(text, "Tanya Chan spoke to the press after the speech", None)
    assert (frame.speaker.name, frame.mode) == ("Paper", "author")
    # a name in apposition to the post that opens the sentence speaks the quotation
    text = "The mayor of London, Sadiq Khan, gave condolences, adding, “An inquiry is underway.”"
    quoted = cited(text, "An inquiry is underway.", None)
    assert (quoted.speaker.name, quoted.mode) == ("Sadiq Khan", "direct")
    frame = cited(text, "The mayor of London, Sadiq Khan, gave condolences", None)
    assert (frame.speaker.name, frame.mode) == ("Paper", "author")


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
        ("“Foolhardy provocation deserves harsh punishment”, it added.", [PRONOUN]),
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
        ("He remarked toilet paper is a bulky item.", [PERSON]),
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
        ("He has since said his confession was forced.", [PERSON]),
        ("A search of his van found an alleged murder weapon.", []),  # "alleged" describes
        (  # a date's comma does not end the source
            "According to a March 14, 2019 NATO press release, Hungary spent 1%.",
            ["a March 14, 2019 NATO press release"],
        ),
        # ("the" stays with a described source, as gold files name it; not with a name)
        ("According to the report, 2019 was warm.", ["the report"]),
        ("According to the BBC, 2019 was warm.", ["BBC"]),
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
            [PERSON],
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
        # (reports nobody is named for are the article's hedge: "By reports, Biden won")
        ("By reports on Saturday, two of the victims died.", []),
        ("Police alleged the accused performed two attacks.", ["Police"]),
        # where a source is: out of a person's name, part of a body's
        ("John Smith in Washington said the deal was off.", ["John Smith"]),
        (
            "Peter Isely of worldwide victim group Ending Clergy Abuse said it was a pretext.",
            ["Peter Isely"],
        ),
        ("The head of the opposition party Ahmed Ali said it was bad.", ["Ahmed Ali"]),
        ("Some want to expand the number of justices that Buttigieg proposed.", ["Buttigieg"]),
        ("News 12 reported, only buildings near the break were without water.", ["News 12"]),
        (
            "The Aam Aadmi Party in Goa, in its statement, said he was kind.",
            ["The Aam Aadmi Party in Goa"],
        ),
        ("Imus in the Morning writer Rob Bartlett tweeted it.", ["Rob Bartlett"]),
        # a post's place ends the apposition: the person speaks, not the place
        ("Mary Roe, mayor of Austin, Texas, said the bridge was safe.", ["Mary Roe"]),
        ("Pete Buttigieg, the mayor of South Bend, Indiana, proposed it.", ["Pete Buttigieg"]),
        ("Ann Lee, curator at the University of Arkansas, Fayetteville, said so.", ["Ann Lee"]),
        ("In a statement, the bishop, Allan Casicas, said, “He died.”", ["Allan Casicas"]),
        ("The report states that few if any makers use iodised salt.", ["The report"]),
        ("Cretinism, a condition characterised by brain damage, is rare.", []),
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
        # what a source calls someone, praises or blames, and what it counters
        ("Trump referred to the riots as acts of domestic terror.", ["Trump"]),
        ('Trump labeled the report as "fake news".', ["Trump"]),
        ('Trump attacked the inquiry as "garbage".', ["Trump"]),
        ("Trump insulted Biden as unintelligent.", ["Trump"]),
        ("Biden called Trump a clown.", ["Biden"]),
        ("The campaign criticized Biden for the trip.", ["The campaign"]),
        ("Trump countered that Biden would have lost more.", ["Trump"]),
        ("The report mentioned the series was similar.", ["The report"]),
        ("She mentioned the book in her speech.", []),
        ("Blankenship blames federal regulators for the disaster.", ["Blankenship"]),
        # (not a designation, an attack, or a time)
        ("The government labeled Soleimani as a terrorist.", []),
        ("Militants attacked the convoy as it passed.", []),
        ("Gunmen attacked the village as a wedding was under way.", []),
        ("She called Jones the next day to apologise.", []),
        ("The minister referred to the bill as well as the budget.", []),
        ("She mentioned the book published in 2010 during the talk.", []),
        ("The hospital reopened on Monday, admitting patients who had waited for weeks.", []),
        # a passive or a noun's participle is no report of its subject's
        ("The HR 6819 system is estimated to be 15-75 million years old.", []),
        ("The black hole described in the study is 1,000 light years away.", []),
        ("The agency estimated 120 people were inside.", ["The agency"]),
        (  # a name and the body it stands before, handing over to a quotation
            'The Biden campaign put out a statement: "The American people will decide this."',
            ["The Biden campaign"],
        ),
        ("Erdogan attacked the proclamation of the Heights as Israeli territory.", []),
        # nor where it was posted: "on Twitter"
        ('Trump, on Twitter, referred to the vote as "The Hoax".', ["Trump"]),
        (
            'Trump called it a "witch hunt", and on Twitter referred to the vote as "a hoax".',
            ["Trump"],
        ),
    ],
)
def test_sources_the_text_names(text: str, sources: list[str]) -> None:
    assert [a.who for a in attributions(sentences(text)[0])] == sources


def test_each_proposition_takes_the_source_that_frames_it() -> None:
    text = "Rome is an end point, and the minister said they will build another pipeline."
    assert cited(text, "Rome is an end point", None).speaker.name == "Paper"
    assert cited(text, "the minister said they will build", None).speaker.name == "the minister"
    text = "According to police, six people died, and seven more were injured."
    assert cited(text, "seven more were injured", None).speaker.name == "police"
    text = "Rates were at least 25%, and averaged 50% according to WHO's statistics."
    assert cited(text, "Rates were at least 25%", None).speaker.name == "WHO's statistics"
    text = "Lagakos said it is political. The cost is high, but investors stay away, he noted."
    lagakos = cited(text, "it is political", None)
    assert lagakos.speaker.name == "Lagakos"
    assert cited(text, "The cost is high", None, lagakos).speaker.name == "Lagakos"


def test_from_his_view_of_a_place_is_no_view() -> None:
    text = "Smith arrived. From his view of the stage, the crowd looked huge."
    assert cited(text, "From his view of the stage, the crowd looked huge", None).mode == "author"


def test_in_his_opinion_is_the_view_of_the_person_named_before() -> None:
    text = "Alexander Gagay took third place. In his opinion, the theory tasks were the hardest."
    author = cited(text, "Alexander Gagay took third place", None)
    claim = cited(text, "In his opinion, the theory tasks were the hardest", None, author)
    assert (claim.speaker.name, claim.evidence.text) == (
        "Alexander Gagay",
        "the theory tasks were the hardest",
    )


@pytest.mark.parametrize(
    ("text", "words", "label", "expected"),
    [
        (  # a source set inside a claim leaves it whole
            "One child was, according to the fire service, among the dead.",
            "One child was, according to the fire service, among the dead.",
            None,
            (
                "the fire service",
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
            ("Fernández", "direct", False, "every society must respect choice"),
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
        (  # (and where a body's people are, named or not)
            "Doctors at the hospital said his condition was stable.",
            "Doctors at the hospital said his condition was stable.",
            None,
            ("Doctors at the hospital", "indirect", False, "his condition was stable"),
        ),
        (  # (but a participle and where it stands is one)
            "John Smith, the officer charged with the killing, told the court he was afraid.",
            "John Smith, the officer charged with the killing, told the court he was afraid.",
            None,
            ("John Smith", "indirect", False, "he was afraid"),
        ),
        (  # what a sentence's opening phrase is about is no source
            "Since the attack, police have arrested 12 men, saying they were linked to the group.",
            "saying they were linked to the group.",
            None,
            ("police", "indirect", False, "they were linked to the group"),
        ),
        (  # those told are no source, nor is an adverb part of one
            "Doctors at the hospital were told the patient had died.",
            "Doctors at the hospital were told the patient had died.",
            None,
            ("Paper", "author", False, "Doctors at the hospital were told the patient had died"),
        ),
        (
            "Members of the committee also said the report was late.",
            "Members of the committee also said the report was late.",
            None,
            ("Members of the committee", "indirect", False, "the report was late"),
        ),
        (
            "Germany pledged to the fund a further 2 billion euros.",
            "Germany pledged to the fund a further 2 billion euros.",
            None,
            ("Paper", "author", False, "Germany pledged to the fund a further 2 billion euros"),
        ),
        (  # a clause between commas is no apposition of a source
            "After the vote, the opposition walked out, saying the count was rigged.",
            "After the vote, the opposition walked out,",
            None,
            ("Paper", "author", False, "After the vote, the opposition walked out"),
        ),
        (  # a promise is the promiser's ("pledged funds" is an act)
            "The minister pledged to cut taxes by 5%.",
            "The minister pledged to cut taxes by 5%.",
            None,
            ("The minister", "indirect", False, "to cut taxes by 5%"),
        ),
        (
            "China and Russia have pledged funds for the rebuilding.",
            "China and Russia have pledged funds for the rebuilding.",
            None,
            ("Paper", "author", False, "China and Russia have pledged funds for the rebuilding"),
        ),
        (
            "Organizers of the rally said 5,000 people attended.",
            "Organizers of the rally said 5,000 people attended.",
            None,
            ("Organizers of the rally", "indirect", False, "5,000 people attended"),
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
    claim = cited(text, words, label)
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
        ("According to the report, Alireza Mehraban scored a point.", "the report"),
    ],
)
def test_a_named_person_beside_a_post_is_the_source(text: str, source: str) -> None:
    assert [a.who for a in attributions(sentences(text)[0])] == [source]


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
    assert [a.who for a in attributions(sentences(text)[0])] == [source]
