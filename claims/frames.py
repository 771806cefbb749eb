"""Attribution frames ("X said", "according to X"): whether the text attributes words at
all, the cue, when it was said, and the proposition with its frame cut off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Span
from .quotations import AUDIENCE, CLOSE_QUOTES, OPEN_QUOTES, QUOTE, QUOTE_TO_END, inside_quotation
from .text import Piece, quoting
from .verbs import (
    ANNOUNCED,
    CONFIRMED,
    ENDS_REPORTING,
    FINITE,
    IRREGULAR_PAST,
    PARTICIPLE,
    PROMISED,
    STATES,
    SUBORDINATE,
    VERBS,
)

# the words that make evidence attributed, a narrower list than the cues: a verb such as
# "described" or "found" inside the words is seldom their frame ("the United States" and
# "member states have" are none either)
_ATTRIBUTING = re.compile(
    r"\b(?:according to|said|says|say|told|tells|stated|added|argued|argues|warned"
    r"|(?-i:" + STATES + r")"
    # ("By reports, Biden won" is the article's hedged account, not a report of anyone's)
    r"|warns|" + ANNOUNCED + r"|claimed(?! by| responsibility)|claims|(?<!By )reports|wrote"
    r"|writes"
    # (not a count: "Reported cases also appeared in Thailand")
    r"|reported(?! (?:cases|deaths|infections|incidents|figures|numbers)\b)"
    r"|explained|noted|"
    + CONFIRMED
    + r"|insisted|emphasi[sz]ed|stressed|suggested|believes|found that|estimated|estimates"
    r"|denied|acknowledged|admitted|urged|replied|responded|tweeted|ruled|concluded"
    r"|predicted|announces|indicated|drew parallels|pointed out|points out|alleges|allege|"
    + PROMISED
    + r")\b",
    re.I,
)

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = re.compile(
    r"\b(?:(?:on|last|this|next|earlier|late|early)\s+)?"
    r"(?:yesterday|today|tonight|"
    + WEEKDAY
    + r"|(?:last|this|next|earlier this|later this) (?:week|month|year|weekend)"
    r"|(?:during|over) the weekend"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ?(?:\d{4})?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:, \d{4})?)\b"
    r"(?: (?:morning|afternoon|evening|night))?",
    re.I,
)
_YEARS = re.compile(r"\b(?:in |since |by )?(?:1[89]|20)\d\d(?:\s?[-–]\s?(?:1[89]|20)\d\d)?\b")


# a report that names no one: "It was reported on Saturday Sirhan was stabbed"
_AGENTLESS = re.compile(
    r"\bit (?:is|was|has been|had been) (?:reported|said|announced|claimed|alleged)\b", re.I
)


def agentless(sentence: Piece) -> bool:
    """Whether the sentence reports without saying who reports: "It was reported that ..."."""
    return bool(_AGENTLESS.search(sentence.text))


def attributed(text: str, evidence: Span) -> bool:
    """Whether the text attributes the evidence at all: an attribution word in it, or a
    quotation it stands in. Without either it is the article's own statement."""
    return bool(_ATTRIBUTING.search(evidence.text)) or inside_quotation(text, evidence.start)


# the attribution words a claim's cue may be: any report verb (not the "that" of "a
# statement that"), "according to", and a participle that carries a quotation ("..., writing")
_CARRIER = re.compile(r"tweeting|" + PARTICIPLE)
_CUE = re.compile(r"\b(?:(?i:according to)|" + _CARRIER.pattern + r"|(?!that\b)" + VERBS + r")\b")


def a_participle(cue: Span) -> bool:
    """Whether the cue is a participle that carries the words: "..., adding ..."."""
    return bool(_CARRIER.fullmatch(cue.text))


def cues(sentence: Piece, evidence: Span) -> list[Span]:
    """The attribution words in the sentence outside the evidence and outside any quotation
    (a quoted "we found" is no frame), nearest the evidence first."""
    found = []
    for match in _CUE.finditer(sentence.text):
        start = sentence.start + match.start()
        end = sentence.start + match.end()
        if evidence.start <= start < evidence.end or quoting(sentence.text[: match.start()]):
            continue
        distance = evidence.start - end if end <= evidence.start else start - evidence.end
        found.append((distance, Span(text=match.group(0), start=start, end=end)))
    return [span for _, span in sorted(found, key=lambda pair: pair[0])]


def when_said(part: Piece, evidence: Span) -> str | None:
    """A date expression in the frame of the evidence (the rest of its part of the
    sentence), e.g. "on Friday"; a date in another part is that part's."""
    for match in _DATE.finditer(part.text):
        start = part.start + match.start()
        if not evidence.start <= start < evidence.end:
            return match.group(0)
    return None


def dates_in(evidence: Span) -> list[str]:
    found = [m.group(0) for m in _DATE.finditer(evidence.text)]
    found += [m.group(0) for m in _YEARS.finditer(evidence.text)]
    return found


# when it was said, after the report verb: "said on Friday", "said this week" (not what was
# said: "speculated this upwelling pattern may have ...")
_SAID_WHEN = (
    r"(?:(?:on|last|earlier|late)\s+\w+(?:\s+\w+)?|this\s+(?:morning|afternoon|evening|week"
    r"|weekend|month|year|spring|summer|autumn|winter)\b)"
)
_FRAME_START = re.compile(
    r"^(?:[^“”\"]{0,200}?)\b(?:told (?:the |state )?(?:press|reporters|media|journalists"
    r"|[A-Z][\w.-]*)|" + VERBS + r")"
    r"(?: " + _SAID_WHEN + r")?,?(?: that)? "
    # the second of "said A and that B" (not "that office stands vacant")
    r"|^that (?=(?:the|a|an|he|she|it|they|we|I|there|his|her|their|its|this|these|those|more"
    r"|most|some|no|many|[A-Z0-9])\b)"
)
_FRAME_END = re.compile(
    r"(?:[,.]?[”\"],?|,) (?:\w+ ){0,6}(?:said|says|added|told|stated|wrote|noted)\b.*$"
    r"|, according to (?!which).*$"
)
# what follows "X said" before the proposition: when, to whom, "that"
_FRAME_AFTER = (
    # whom it was told to: "told local television that" (any few words before "that")
    r"(?:(?<=told)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,5}(?=\s+that\s)"
    r"|(?<=told)\s+(?:the\s+|state\s+)?(?:" + AUDIENCE + r"|[A-Z][\w.-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.-]*)*"  # "told Star of Mysore", "told the Jakarta Post"
    # "told the BBC's Today programme"
    r"(?:['’]s(?:\s+[A-Z][\w.-]*)+(?:\s+(?:programme|program|show|podcast|newspaper))?)?))?"
    # where: "at a press conference", "in a statement"
    r"(?:\s+(?:at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:press conference"
    r"|news conference|press release|news release|release|briefing|statement|interview|speech"
    r"|meeting|hearing|post|tweet|video|letter|message|email|address))?"
    # when: "told reporters after the talks"
    # ("during a question and answer session")
    r"(?:\s+(?:after|before|following|during)\s+(?:the|a|an|his|her|its|their)"
    r"(?:\s+(?:and\s+)?[\w'’-]+){1,4}?)?"
    r"(?:\s+on (?:the )?condition of anonymity)?"
    # (not a day that owns what follows: "said Thursday's accident was the fourth")
    r"(?:\s+(?:"
    + _SAID_WHEN
    + r"|(?:\w+day|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?)(?![\w'’]))?"
)
_FRAME_LEAD = re.compile(
    _FRAME_AFTER
    # "said in an interview with the BBC that ...", 'declared in the majority opinion, "...'
    + r"(?:\s+(?:in|at|during|on|to|before|after|from|with|via|through)\s+[^,;“”\"]{2,60}?"
    r"(?=\s+that\s|,\s*[“\"]))?"
    + r"(?:,\s*however,)?,?\s*(?:that\s+)?"  # "noted, however, that ..."
    # what it was called: "a process Zapata described as being tricky"
    + r"(?:(?<=described\s)as\s+|(?<=characterized\s)as\s+|(?<=characterised\s)as\s+)?"
)
# a frame that closes the words it frames: "..., he said on Friday."
FRAME_TAIL = re.compile(_FRAME_AFTER + r"\s*(?:[,.;:—”\"]|$)")
_ACCORDING = re.compile(r"^according to [^,]{1,120}, ", re.I)


# what follows a closing frame about its source or aside from it, not the rest of the
# proposition
_ABOUT_THE_SOURCE = re.compile(
    r",\s+(?:(?P<aside>[a-z]+ing\b|[a-z]+ of (?:whom|which)\b)|(?:a|an|the|his|her|its|their)\s"
    # (a post, not a verb: "..., said Anna Berg, spokesperson for the minister", not "...,
    # officials said, works for children")
    r"|(?:spokes(?:person|man|woman)|head|director|chief|member|minister|secretary|leader"
    r"|chair(?:man|woman)?|president|professor|founder|owner|author|editor|officer|official)"
    r"\s+(?:for|of|at|with|to)\b)"
)


def strip_frame(
    text: str, evidence: Span, attributed: bool, frame: Attribution | None = None
) -> Span:
    """The proposition without its attribution frame: the quoted words of a quotation,
    the clause after "X said that", the sentence before ", X said". ``frame`` is the
    attribution inside the evidence, where the text names one."""
    if not attributed:
        return evidence
    # grounding leaves out enclosing quotation marks; they tell where a quotation runs
    first = evidence.start - (evidence.start > 0 and text[evidence.start - 1] in OPEN_QUOTES)
    last = evidence.end + (evidence.end < len(text) and text[evidence.end] in CLOSE_QUOTES)
    evidence = Span(text=text[first:last], start=first, end=last)
    words = evidence.text
    # a proposition cut off inside a quotation: the quotation runs to its end
    quotation = QUOTE_TO_END if inside_quotation(text, last) else QUOTE
    quote = max(quotation.finditer(words), key=lambda m: len(m.group(1)), default=None)
    lead = (
        _FRAME_LEAD.match(words, frame.end - evidence.start)
        if frame and not frame.trailing
        else None
    )
    # the reporter's own words running into the quotation keep it mixed: 'Ford said in their
    # filing the matter "currently focuses on ..."' (not 'told the public, "...')
    gap = words[lead.end() : quote.start()].rstrip() if lead and quote else ""
    reworded = (
        bool(re.search(r"\w", gap))
        and not gap.endswith((",", ":"))
        and not ENDS_REPORTING.search(gap)  # '... by saying "we are ready"'
    )
    if quote and _the_words_quoted(words, quote) and not reworded:
        start, end = quote.start(1), quote.end(1)
    elif frame and frame.trailing:
        start, end = 0, frame.start - evidence.start
        # a report set inside a few words ("diesel fuel, officials said, spilled") or words
        # with no verb of their own ("At 2:45 a.m., his office said, he died") stays in
        # (but not words about the source: "..., said Anna Berg, spokesperson for the
        # minister", "..., Reuters reported, citing unnamed sources")
        after = words[frame.end - evidence.start :]
        about = _ABOUT_THE_SOURCE.match(after)
        inside = re.match(r",\s+\S+\s+\S+", after) and not (
            about and (about["aside"] or not FINITE.search(after))
        )
        # (or a condition the rest depends on: "If the birds had been farmed, they
        # reasoned, the specimens would have shown little diversity")
        short = (
            len(words[:end].split()) <= 6
            or not FINITE.search(words[:end])
            or bool(SUBORDINATE.match(words[:end]))
        )
        if inside and short:
            end = len(words)
    elif frame:
        start, end = (lead.end() if lead else frame.end - evidence.start), len(words)
        ending = _FRAME_END.search(words, start)
        if ending and ending.start() > start + 10:
            end = ending.start()
    else:
        start, end = 0, len(words)
        for pattern in (_ACCORDING, _FRAME_START):
            match = pattern.match(words)
            if match and match.end() < len(words) - 10:
                start = match.end()
                break
        ending = _FRAME_END.search(words, start)
        if ending and ending.start() > start + 10:
            end = ending.start()
    while end > start and words[end - 1] in " .,;:" + CLOSE_QUOTES:
        end -= 1
    while start < end and words[start] in " " + OPEN_QUOTES:
        start += 1
    if end - start < 10 and not (quote and start == quote.start(1)):  # (but '"It's over," he')
        return evidence
    first = evidence.start + start
    last = evidence.start + end
    return Span(text=text[first:last], start=first, end=last)


def _the_words_quoted(words: str, quote: re.Match[str]) -> bool:
    """Whether the proposition is the quotation itself: most of the words, or a sentence
    quoted at their end ('told the court "Basic checks weren't done."')."""
    quoted = quote.group(1)
    closing = not words[quote.end() :].strip(" .,;:")
    # '“...”, Birmingham City University criminology professor David Wilson told the press'
    opening = not words[: quote.start()].strip() and bool(_ATTRIBUTING.search(words, quote.end()))
    return len(quoted) > 0.6 * len(words) or (quoted[:1].isupper() and (closing or opening))


@dataclass(frozen=True)
class Attribution:
    """A source the text names for what a sentence says, and where the naming stands."""

    who: str
    """As written ("Sikorski", "police"), or PERSON for "he", "she", PRONOUN for "it",
    "they"."""
    start: int
    end: int
    """Offsets into the article."""
    trailing: bool
    """After the words it frames: "..., Sikorski said", "..., according to police"."""


# what the source then did, after ", but": 'she said, but refused to give details', "He
# hinted that it would be disbanded, but later reversed himself" (not what it said it would
# do: "she was uninterested, but would fill the position")
_BUT_THEN = re.compile(r",\s+but\s+$")
# ("had not" is left out: "said the shares rose, but had not recovered" goes on reporting)
_THEN_DID = re.compile(
    r"(?:(?:later|then|also|soon|quickly|subsequently)\s+)?"
    r"(?:did\s+not\b|(?:refused|declined)(?=\s+to\b)|(?!(?:had|was|were)\b)"
    r"(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s+(?:him|her|them|it)sel(?:f|ves)\b)"
)


def a_deed_after(text: str, sentence_start: int, evidence: Span) -> bool:
    """Whether ``evidence`` tells what the sentence's subject then did, after ", but"."""
    return bool(
        _BUT_THEN.search(text, sentence_start, evidence.start) and _THEN_DID.match(evidence.text)
    )


def an_act(text: str, frame: Attribution, evidence: Span) -> bool:
    """Whether the frame's verb does something rather than report a statement: "the court
    ruled against its attempt", "the Supreme Court later ruled to be unconstitutional",
    "McArthur admitted his guilt": the article's own account of a ruling or a plea, where no
    clause of what was ruled or admitted follows."""
    rest = text[frame.end : evidence.end]
    verb = text[frame.start : frame.end].rstrip()
    return (
        not frame.trailing
        # (but "admitted to being part of it" reports what one did)
        and (verb.endswith("ruled") or (verb.endswith("admitted") and not rest.startswith(" to ")))
        and len(rest.split()) >= 2
        and not re.search(r"[“”\"‘]|\bthat\b|:", rest)
        and not FINITE.search(rest)
    )
