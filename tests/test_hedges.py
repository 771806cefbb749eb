"""Hedge cues and certainty from the lexicon, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims import hedges
from claims.text import Piece


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
        ("Qawi was later accused of inciting the murder", ["accused"], "probable"),
        ("Major accused Johnson of misleading the Queen", [], "certain"),  # Major's claim
        (
            "Wasif suggested, in likelihood, that a lake was there",
            ["suggested", "in likelihood"],
            "probable",
        ),
        # an allegation, with or without "that" before its clause (not "alleges fraud")
        ("The indictment alleges Smith was paid 5,000 dollars", ["alleges"], "probable"),
        ("The lawsuit alleges the firm hid losses", ["alleges"], "probable"),  # irregular past
        ("The lawsuit alleges fraud", [], "certain"),
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
            "In the event of Trump becoming incapacitated, Pence would take over",
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
        ("Planet formation around a binary in principle is possible", [], "certain"),
        ("More subpoenas are likely to be issued", ["likely"], "probable"),
        ("The plane most likely crashed into the sea", ["likely"], "probable"),
        ("Another predator began to appear", [], "certain"),  # coming into view
        ("It is competitive, if not on a global scale, then in Eurasia", [], "certain"),
        ("If not treated, the disease will kill", ["If not treated"], "possible"),
        # a condition of a plain fact is how things are, not a possibility
        (
            "If you observe them at another wavelength, this is due to the Doppler effect",
            [],
            "certain",
        ),
        (
            "If it turns out to be so, then there's a problem",
            ["If it turns out to be so"],
            "possible",
        ),
        ("I wonder if this is suicide by cop", ["I wonder"], "probable"),
        (
            "It marks them for the draft, were a draft to be imposed",
            ["were a draft to be imposed"],
            "possible",
        ),
        ("Its plausible that it was turned off", ["plausible"], "possible"),
        ("There were a lot of changes which had to be done", [], "certain"),  # (the text's typo)
        ("The tests include checking if the script can download videos", [], "certain"),
        ("The plan is a plausible one", [], "certain"),
        ("he thought the deal was close", ["thought"], "probable"),
        ("He thought about it for a week", [], "certain"),
        (
            "A bomb was yesterday reported to have killed him",
            ["was yesterday reported"],
            "probable",
        ),
        ("By reports, Biden won Michigan", ["By reports"], "probable"),
        ("Police were alerted by reports of gunfire", [], "certain"),
        # a belief denied, suspected or put as one's say is still one's belief
        ("I don't think that's right", ["I don't think"], "probable"),
        ("But I suspect there are many of them", ["I suspect"], "probable"),
        ("Challenges, I would say, are the same", ["I would say"], "probable"),
        ("Lazar was reputedly responsible for it", ["reputedly"], "probable"),
        ("It is reasonable to assume mothers lack it", ["reasonable to assume"], "probable"),
        ("He was chased by what I assume was a police officer", ["I assume"], "probable"),
        ("Turkey assumed the duty of guarding the camps", [], "certain"),
        # a permission is no hedge; a possibility denied still is
        ("Worshippers may now associate at the sites", [], "certain"),
        ("Members may not officially debate laws", [], "certain"),
        ("He may not even be aware of it", ["may"], "possible"),
        ("It may not happen this year", ["may"], "possible"),
        # what someone was able to do is no possibility; what a thing could do is
        ("He could use the image for a print", [], "certain"),
        ("Attendees said we could study the organisms there", [], "certain"),
        ("It could cause an arms race", ["could"], "possible"),
        ("He could face up to ten years in prison", ["could"], "possible"),
        ("Trump seemingly received a bump", ["seemingly"], "probable"),
        ("Her eye was said to have been injured", ["was said to"], "probable"),
        ("The base has been rumored to hold aliens", ["rumored"], "probable"),
        ("Soon rumors circulated he was ill", ["rumors circulated"], "probable"),
        ("Police spread rumors about him", [], "certain"),
        ("A buoy was warning of a possibility of floods", ["warning of a possibility"], "probable"),
        ("He faces life without the possibility of parole", [], "certain"),
        ("A man suspected to have supplied the gun was arrested", ["suspected"], "probable"),
        ("A ruling is expected next month", ["expected"], "probable"),
        ("Delays were expected", [], "certain"),
        ("The research suggested HR 6819 was very similar", ["suggested"], "probable"),
        ("By one tradition, Charlemagne brought the relic", ["By one tradition"], "probable"),
        # (review cases: forecasts, proposals, kinds of things and comparisons are no cues)
        ("The region could see up to a foot of snow", ["could"], "possible"),
        ("He suggested a plan that was later adopted", [], "certain"),
        ("The suggested changes were rejected", [], "certain"),
        ("A suspected tornado hit the town", [], "certain"),
        ("Anyone suspected of a crime can be detained", [], "certain"),
        ("It is a force to be reckoned with", [], "certain"),
        ("He denied what was said to police", [], "certain"),
        ("Sales rose more than expected in May", [], "certain"),
        ("I don’t think that’s right", ["I don’t think"], "probable"),  # (curly apostrophes)
        ("If the game is in May, the stadium is full", [], "certain"),  # (May the month)
        ("A man accused of murder was freed", [], "certain"),
        ("He stands accused of fraud", ["accused"], "probable"),
        ("By some reports, Biden won", ["By some reports"], "probable"),
        # "could" before what one perceives is what one was able to do
        ("With this effect, we could see that the star was moving", [], "certain"),
        ("Attendees could catch a panel on kimono tying", [], "certain"),
        ('Blankenship, reportedly nicknamed the "king of coal", was CEO', [], "certain"),
        ("The ministry was alarmed by reports that the dam had cracked", [], "certain"),
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


def test_hearsay_framing_a_sentence_does_not_hedge_its_closing_relative_clause() -> None:
    text = "Qawi was accused of inciting the murder, which he denied."
    assert cited(text, "Qawi was accused of inciting the murder", None).hedged
    assert not cited(text, "which he denied", None).hedged


def test_a_hedge_of_one_part_does_not_hedge_the_next() -> None:
    text = "Few molecules are likely to remain; the theory would have to be wrong."
    assert cited(text, "Few molecules are likely to remain", None).hedged
    assert not cited(text, "the theory would have to be wrong.", None).hedged


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
        (
            "By reports, Biden won Michigan, and Sanders won North Dakota.",
            "Sanders won North Dakota",
            "By reports",
        ),
        (
            "By one tradition, Charlemagne brought it back and offered it to Cahors.",
            "offered it to Cahors",
            "By one tradition",
        ),
        (
            "It was reported that the party chose Gloria La Riva and that Hawkins lost.",
            "Hawkins lost",
            "It was reported",
        ),
    ],
)
def test_hearsay_or_belief_framing_a_sentence_hedges_each_part(
    text: str, later: str, cue: str
) -> None:
    claim = cited(text, later, None)
    assert claim.evidence.text.startswith(later)
    assert [c.text for c in claim.hedge_cues] == [cue]
    assert claim.certainty == "probable"
