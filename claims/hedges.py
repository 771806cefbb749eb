"""Hedge cues from a lexicon, and the certainty they signal: "may", "reportedly",
"cannot be ruled out", a condition ("if the vote fails"), hearsay that frames a sentence."""

from __future__ import annotations

import re

from .models import Certainty, Span
from .text import Piece
from .verbs import CLAUSE_AFTER

# an accusation the text reports of someone: "The parents are accused of", "Qawi was later
# accused of", "He stands accused of" (not a kind of person: "A man accused of murder was
# freed", "to extradite anyone accused of a crime")
_ACCUSED = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{be} {adverb})"
        for be in ("is", "are", "was", "were", "been", "being", "be", "stands", "stood")
        for adverb in ("", "also ", "again ", "later ", "widely ", "previously ", "since ")
    )
    + r")accused(?= of\b)"
)
# hearsay no one is named for, opening a sentence or after a comma: "By reports, Biden won",
# "By one tradition, Charlemagne ..." (not "alerted by reports of gunfire")
_BY_REPORTS = (
    r"(?:^|(?<=, ))[Bb]y (?:reports|(?:one|some|many|most|all|several)"
    r" (?:accounts?|traditions?|reports))"
)
# Hedge cues and the certainty each signals ("May" the month is not "may" the modal).
_HEDGES: list[tuple[Certainty, re.Pattern[str]]] = [
    ("unlikely", re.compile(r"\bunlikely\b", re.I)),
    (
        "possible",
        re.compile(
            # "could not use" is a negated fact, not a possibility; "a potentially habitable
            # planet" names a kind of thing, it does not hedge the claim
            # (not a permission: "worshippers may now associate", "may freely move", "members
            # may not officially debate")
            r"\b(?:(?-i:may)(?!\s+(?:now|freely|legally|lawfully)\b)"
            r"(?!\s+not\s+(?:now|freely|legally|lawfully|officially|vote)\b)"
            r"|might|could(?!\s+not\b)|perhaps|maybe"
            r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bfirst\s)(?:possibly|potentially)"
            r"|(?:can ?not|can't|could not|not) be ruled out|not unthinkable|not impossible"
            # "The government has not ruled out a lockdown"
            r"|(?:(?:has|have|had|did|does|do|would|will|can|could)(?: ?not|n['’]t)|won['’]t)"
            r" rule[ds]? out"
            r"|(?:(?:do|does|did) not|(?:do|does|did)n['’]t) exclude(?: the possibility)?"
            r"|should the [\w\s]{1,40}? be \w+|depending on"
            # ", were a draft to be imposed" (not "there were a lot of changes which had to be")
            r"|(?<=, )were (?:a|an|the) (?:(?!which|that|who)\w+ ){1,4}to be \w+"
            r"|(?:(?<=\bis )|(?<=\bit's )|(?<=\bIts )|(?<=\bwas )|(?<=\bseems )|(?<=\bquite )"
            r"|(?<=\bvery ))plausible"  # "It is plausible that the transponder is broken"
            # "It is possible that" (but "a possible death penalty" is a kind of penalty)
            # (not what can be done: "It is possible to host one's own server")
            # (and a clause follows: not "formation in principle is possible", "would only be
            # possible if ...")
            r"|(?:(?<=\bis )|(?<=\bit's )|(?<=\bwas )|(?<=\bbe ))possible(?= (?:that|the|a|an|it|he"
            r"|she|they|we|there|this|these|some|many)\b))\b",
            re.I,
        ),
    ),
    (
        "probable",
        re.compile(
            r"\b(?:probably|likely|(?:I|we) believe|believed|reportedly|allegedly|apparently"
            # "appears to be", "appears able", not "appeared in court"
            # (nor coming into view: "began to appear")
            r"|(?<!\bto )(?:appears?|appeared)(?!\s+(?:in|on|at|before|with|for|as|during|from)\b)"
            r"|seem(?:s|ed)?|presumed|presumably|expected to|tentatively|ostensibly"
            r"|(?:is|are|was|were) (?:widely |generally )?thought to"
            r"|(?<!\bto )expects?"  # (not "It is not reasonable to expect voters to")
            r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bonly )|(?<=\balso ))"
            r"(?:forecast|predicted|projected) to"  # "This is forecast to be the strongest"
            # (not a proposal: "the mayor suggested a broader probe")
            r"|suggests?|suggested(?= (?:that|there|it|he|she|they|we)\b|,)"
            r"|suggested(?= [A-Z]\w+ [a-z]+ed\b)"  # "suggested Egyptians raised the birds"
            # "The research suggested HR 6819 was very similar" (a clause, not "suggested a probe")
            # (but not a proposal described: "suggested a plan that was adopted", "The
            # suggested changes were rejected")
            r"|(?<!\bthe )(?<!\ba )suggested(?= (?:(?!that|which|who)[\w'’-]+ ){1,4}(?:was|were|is"
            r"|are|had|has|have|would|could|may|might|will|can|did)\b)"
            r"|(?:(?<=study )|(?<=findings )|(?<=results )|(?<=data )|(?<=evidence ))suggested"
            r"|believes?|speculation|as far as (?:I|we) know|sounds? like|intimated"
            # belief and hearsay: "I think", "I'm told", "are accused of", "theorized"
            r"|(?:I|we) think|(?:I'm|I am|we're|we are) told|alleged(?= that| to)"
            # a hope or a thought put forward: "I hope", "hopefully", "he thought the deal ..."
            r"|(?:I|we) hope|hopefully|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey ))(?:thinks|thought)"
            r"(?! (?:about|of|so|back|over|up)\b)"
            + r"|"
            + _ACCUSED
            + r"|alleges?"
            + CLAUSE_AFTER
            + r"|(?<=\ban )alleged|(?<=\bhas )alleged(?= [a-z]+s\b)"
            # "police suspect the attackers had been radicalised" (not "two suspects were")
            r"|suspects?(?= that\b| (?:the|he|she|they|it|a|an)\b)"
            r"|(?:can't|cannot|can not|don't|do not) (?:quite )?(?:remember|recall)"
            # hearsay: "He was reported to be in stable condition", "It was reported on
            # Saturday" (not "cases were reported")
            r"|(?:is|are|was|were)(?: (?:yesterday|today|also|widely|initially|later|earlier))?"
            r" reported(?= to (?!the|a|an|his|her|their|its|police)[a-z]+\b)"
            r"|it (?:is|was|has been) reported"
            # a feeling put forward, not one had: "I feel that", "she felt Tuesday's pleas"
            r"|(?:I|we) feel(?= that)|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bI ))felt(?! the\b| like\b)"
            r"|theori[sz]ed|speculated|hypothesi[sz]ed|in (?:all )?likelihood"
            r"|(?:I|we) wonder(?= if| whether)"
            + r"|"
            + _BY_REPORTS
            + r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))"
            r"feared(?= dead| killed| missing| to)"  # "Some 200 people are feared dead"
            # "He is widely suspected of asking for it" (not "the suspected gunman")
            r"|(?<!\bthe )(?<!\banyone )(?<!\bpeople )(?<!\bthose )(?<!\bsomeone )"
            r"suspected(?= (?:of|to|that)\b)"
            # a belief denied is still a belief: "I don't think that's right"
            r"|(?:I|we) (?:don['’]t|do not|didn['’]t|did not) (?:think|believe)|(?:I|we) suspect"
            r"|(?:I|we)(?: would|['’]d) say|(?:I|we) reckon|reckoned(?! with)|reputedly|seemingly"
            # an inference put forward: "it is reasonable to assume", "what I assume was"
            r"|(?:reasonable|safe|fair) to (?:assume|conclude|say)|(?:I|we) assume"
            r"|(?:is|are|was|were) said to(?= (?:be|have)\b)|rumou?red(?= to| that)"
            r"|rumou?rs (?:circulated|spread|swirled|that)"
            r"|(?:rais(?:es|ed|ing)|warn(?:s|ed|ing) of|claim(?:s|ed|ing)) (?:the|a) possibility"
            # a thing awaited at a time: "a ruling is expected next month"
            # (not a comparison: "Sales rose more than expected in May")
            r"|(?<!\bthan )(?<!\bas )"
            r"expected(?= (?:in|next|later|by|within|soon|this|tomorrow|early|late)\b)"
            r")\b",
            re.I,
        ),
    ),
]
# what a clause concedes or denies is not put forward as possible: "While restrictions may
# have justified it, ...", "no one could push this under the carpet"
_CONCEDED = re.compile(
    r"(?:\b(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hilst)\b[^,;:.“”\"]*"
    r"|\b(?:[Nn]o one|[Nn]obody)\s+)$"
)
# "could" of a purpose or a time is what one was able to do, not a possibility: "sailed
# close so researchers could study it", "glide before they could fly"
_ABLE = re.compile(r"\b(?:so(?: that)?|before|until)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# nor "could" before what one perceives: "we could see that one star was moving"
# (but "could see" of what may come is a forecast: "The region could see a foot of snow")
_PERCEIVED = re.compile(
    r"\s+(?:(?:observe|imagine|catch|hear|watch|notice|spot)\b"
    r"|see\s+(?:that|how|what|whether|it|them|him|her)\b)",
    re.I,
)
# nor what a person was able to do: "he could use it", "we could study them" (dev gold: no
# cue after a personal pronoun 9 times in 10); but what may befall them is a possibility:
# "he could face ten years", "they could be released"
_PERSON_BEFORE = re.compile(r"\b(?:he|she|we|they|I|you) $", re.I)
_BEFALLS = re.compile(r"\s+(?:be|have|face|become|lose|soon|still|also|eventually|even)\b", re.I)
# a modal in a question asked indirectly puts nothing as possible: "would investigate what
# else could be done", "asked how it might work"
_ASKED = re.compile(r"\b(?:what|how|whether|why)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_RULE = re.compile(
    r"\b(?:must|should|has to|have to|needs? to|(?:is|are) (?:only )?(?:permitted|allowed)"
    r"|allow(?:s|ed)|permit(?:s|ted))\b",
    re.I,
)
# "even if" concedes, "if anyone" asks who: neither puts the claim as possible;
# "as if" compares, "thousands if not tens of thousands" only raises a figure
_RAISED = r"(?:tens|hundreds|thousands|millions|billions|dozens|more|most|all|weeks|months|years)"
_CONDITIONAL = re.compile(
    r"(?<!\beven )(?<!\bas )\b(?:if|unless|in the event (?:of|that))\b(?! any(?:one|body)?\b)"
    # ("if not on a global scale, then ..." offers more, it sets no condition)
    r"(?! not (?:" + _RAISED + r"|a|an|the|on|in|at)\b)[^,.;]{3,80}",
    re.I,
)

_HYPOTHETICAL = re.compile(
    r"\b(?:would|will|could|might|(?-i:may)|can|shall)(?:n['’]t)?\b|\b(?:wo|ca)n['’]t\b"
    r"|['’](?:ll|d)\b"
    r"|,\s+then\b",  # "If it turns out to be so, then there's a problem"
    re.I,
)
# "if" after these means "whether": "to decide within a month if an inquiry is needed"
_WHETHER = re.compile(
    r"\b(?:(?:determin|decid|see|ask|know|investigat|consider|examin)(?:e|es|ed|s|ing)?"
    r"|clear|unclear|unknown|checking|testing)\b[^,.;]{0,30}$",
    re.I,
)


# an adverb that hedges an aside set off by commas, not the claim around it: "Luk, reportedly
# aged about 68, had suffered a long illness"
_ASIDE_ADVERB = re.compile(
    r"(?<=,\s)(?:reportedly|allegedly|apparently|possibly|probably|presumably)\b"
    r"(?=[^,;:.]{1,60},\s)",
    re.I,
)


def hedges(text: str, region: Piece) -> tuple[list[Span], Certainty]:
    """Hedge cues inside ``region`` (a piece of ``text`` at its offsets) and the certainty
    they signal ("certain" when none)."""
    found: list[tuple[Span, Certainty]] = []
    for certainty, pattern in _HEDGES:
        for match in pattern.finditer(region.text):
            # (the words before the region count: "..., so the team's study could cover")
            before = text[max(0, region.start - 40) : region.start + match.start()]
            modal = match[0].lower() in ("could", "may", "might")
            able = match[0].lower() == "could" and (
                _ABLE.search(before)
                or _PERCEIVED.match(region.text, match.end())
                or (_PERSON_BEFORE.search(before) and not _BEFALLS.match(region.text, match.end()))
            )
            asked = modal and _ASKED.search(region.text, 0, match.start())
            aside = _ASIDE_ADVERB.match(region.text, match.start())
            if not (_CONCEDED.search(region.text, 0, match.start()) or able or asked or aside):
                found.append((_span(text, region, match.start(), match.end()), certainty))
    # a condition of a rule or a demand ("if they do wrong, they must be reported") is no
    # hedge: the claim is the rule
    # and one of a plain fact is how things are, not a possibility: "if you observe them at
    # another wavelength, this is due to the Doppler effect" (what would or could be is one)
    conditions = (
        _CONDITIONAL.finditer(region.text)
        if _HYPOTHETICAL.search(region.text) and not _RULE.search(region.text)
        else []
    )
    for match in conditions:
        if not _WHETHER.search(region.text, 0, match.start()):
            found.append((_span(text, region, match.start(), match.end()), "possible"))
    if not found:
        return [], "certain"
    found.sort(key=lambda pair: pair[0].start)
    ranking: list[Certainty] = ["unlikely", "possible", "probable"]
    certainty = min((c for _, c in found), key=ranking.index)
    return [span for span, _ in found], certainty


# hearsay or belief that frames the whole sentence, every part of it: "Reportedly, two people
# were killed and eight injured", "Authorities said they believed a fruit had exploded,
# damaging her jaw", "The parents are accused of putting ..., taking ... and giving ..."
_FRAMING_HEDGE = re.compile(
    r"^(?:Reportedly|Allegedly|Apparently|Presumably)(?=,)"
    r"|\b(?:believed|felt|[Ii]t (?:is|was|has been) reported)\b"
    r"|" + _BY_REPORTS + r"\b"
    r"|" + _ACCUSED
)


def framing_hedges(text: str, sentence: Piece, before: int) -> list[Span]:
    """Hedge cues in the sentence's frame, before offset ``before``: they hedge every part."""
    lead = Piece(sentence.start, before, text[sentence.start : before])
    return [_span(text, lead, m.start(), m.end()) for m in _FRAMING_HEDGE.finditer(lead.text)]


def _span(text: str, region: Piece, start: int, end: int) -> Span:
    absolute_start = region.start + start
    absolute_end = region.start + end
    return Span(text=text[absolute_start:absolute_end], start=absolute_start, end=absolute_end)
