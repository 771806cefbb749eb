"""What the text itself decides about a claim, so a small model need not: the mode from
quotation marks, who is named as its source and the attribution cue, how far it runs, when
it was said, and the speaker's fullest name and title as the article writes them. Hedge
cues are in `hedges`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .models import Mode, Span
from .text import Piece, paragraphs, quoting, sentences

OPEN_QUOTES = '“"„«‘'
CLOSE_QUOTES = '”"»’'
_QUOTE = re.compile(r"[“\"„«]([^“”\"„«»]{3,})[”\"»]")
# a fragment in single quotes, not an apostrophe: "ordered 'heightened alert' from troops"
_SINGLE_QUOTE = re.compile(r"(?<!\w)[‘']([^‘’'\n]{3,}?)[’'](?!\w)")
_QUOTE_TO_END = re.compile(r"[“\"„«]([^“”\"„«»]{3,})(?:[”\"»]|$)")

# "announced her government will withdraw the bill" reports a statement; "announced his
# resignation" is an act
_ANNOUNCED = (
    # (and where, before a quotation: 'declared in the majority opinion, "...')
    r"(?:announced|declared)(?=(?:\s+(?:that|it|he|she|they|we|I|there)\s|[,:.]"
    # closing what it reports, with when: "..., the promotion announced yesterday."
    r"|\s+(?:(?:on|last|this|earlier|late)\s+\w+|\w+day|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[,.;]|$)"
    r"|\s+(?:in|on)\s+[^.,;“”\"]{1,60}?,?\s+[“\"]"
    r"|\s+(?:[\w'’,-]+\s+){0,9}?(?:is|are|was|were|will|would|has|had|have|can|could|should"
    r"|must|may|might|rose|fell|grew|won|lost|left|made|took|gave|went|came|began|found|held|led"
    r"|saw|became|kept|brought|met|paid|sent|knew)\b))"
)
# ("the United States" and "member states have" are no cue)
_CUES = re.compile(
    r"\b(?:according to|said|says|say|told|tells|stated|added|argued|argues|warned"
    r"|(?-i:states)(?! (?:have|has|had|are|were|of|and)\b)"
    r"|warns|" + _ANNOUNCED + r"|claimed(?! by| responsibility)|claims|reports|wrote|writes"
    # (not a count: "Reported cases also appeared in Thailand")
    r"|reported(?! (?:cases|deaths|infections|incidents|figures|numbers)\b)"
    r"|explained|noted|confirmed"
    r"|insisted|emphasi[sz]ed|stressed|suggested|believes|found that|estimated|estimates"
    r"|denied|acknowledged|admitted|urged|replied|responded|tweeted|ruled|concluded"
    r"|predicted|announces|indicated|drew parallels|pointed out|points out)\b",
    re.I,
)

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = re.compile(
    r"\b(?:(?:on|last|this|next|earlier|late|early)\s+)?"
    r"(?:yesterday|today|tonight|"
    + _WEEKDAY
    + r"|(?:last|this|next|earlier this|later this) (?:week|month|year|weekend)"
    r"|(?:during|over) the weekend"
    r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* ?(?:\d{4})?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:, \d{4})?)\b"
    r"(?: (?:morning|afternoon|evening|night))?",
    re.I,
)
_YEARS = re.compile(r"\b(?:in |since |by )?(?:1[89]|20)\d\d(?:\s?[-–]\s?(?:1[89]|20)\d\d)?\b")

_TITLE_WORDS = {
    "president",
    "minister",
    "prime",
    "foreign",
    "secretary",
    "chief",
    "mayor",
    "governor",
    "senator",
    "judge",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chairman",
    "head",
    "leader",
    "king",
    "queen",
    "pope",
    "officer",
    "commissioner",
    "ambassador",
    "dr",
    "mr",
    "mrs",
    "ms",
    "professor",
    "representative",
    "speaker",
    "defence",
    "defense",
    "interior",
    "deputy",
    "vice",
    "state",
    "national",
    "security",
    "justice",
    "attorney",
    "police",
    "fire",
    "health",
    "former",
    "democrat",
    "republican",
    *("superintendent", "inspector", "sergeant", "captain", "lieutenant", "colonel"),
    *("commander", "constable", "detective", "sheriff"),
    *("ceo", "cfo", "founder", "chairwoman", "chair", "director-general", "secretary-general"),
    *("gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "rev", "prof"),
    "u.s.",
    "us",
    "uk",
}
_NOT_NAMES = {
    *("the", "a", "an", "earlier", "on", "in", "but", "and", "when", "while", "as", "after"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("both", "each", "all", "these", "those", "such", "many", "most", "several", "some"),
    *("also", "then", "later", "meanwhile", "however", "today", "yesterday"),
}
_SMALL_WORDS = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "at", "by"}
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "their"}


# thanks, wishes, prayers and condolences state nothing to check: "God bless him", "Rest in
# peace", "May his soul rest", "Thank you to all ...", "My thoughts are with ...", "You're
# in our prayers" (ANNOTATION.md: greetings and pure feelings are no claims)
_COURTESY = re.compile(
    r"[“\"‘']?(?:God bless|Rest (?:in (?:peace|power)|easy)|RIP\b|May (?:his|her|their|God)\s"
    r"|Thank you|Thanks\b(?! to\b)|(?:Our |My |Deepest )?[Cc]ondolences (?:to|for)\b"
    r"|I (?:sincerely |really |would like to |want to )?thank (?:all|you|everyone|everybody)\b"
    r"|(?:My|Our) (?:deepest )?(?:thoughts|prayers|condolences)(?: and prayers)?"
    r" (?:are|go|goes|to|with)\b"
    r"|(?:You|They)(?:['’]re| are) in our (?:thoughts|prayers))",
    re.I,
)


def courtesy(words: str) -> bool:
    """Whether the words only thank, wish, pray or console."""
    return bool(_COURTESY.match(words))


def mode(text: str, evidence: Span, attributed: bool) -> Mode:
    """direct when the evidence stands inside a quotation, mixed when it holds a quoted
    fragment, else indirect for an attributed claim and author for the article's own."""
    if not attributed:
        return "author"
    if inside_quotation(text, evidence.start):
        return "mixed" if _completes_report(text, evidence.start) else "direct"
    # (a gloss in brackets quotes nobody: 'an anti-Brexit ("British exit") march')
    found = [*_QUOTE_TO_END.finditer(evidence.text), *_SINGLE_QUOTE.finditer(evidence.text)]
    quoted = [m.group(1) for m in found if not evidence.text[: m.start()].endswith("(")]
    return "mixed" if any(not _a_name(words) for words in quoted) else "indirect"


# what joins two quotations that are two claims: 'called it "null and void" and "ridiculous"'
_QUOTES_JOINED = r",?\s+(?:and|or)\s+"
# to whom, where or who, between a report verb and its quotation: 'told reporters "',
# 'writing in a blog post "', 'tweeted Johnson "'
_AUDIENCE = r"(?:press|reporters|media|journalists|court|jury|committee|audience|crowd)"
_TO_WHOM_WHERE = re.compile(
    r"\s*(?:(?:the\s+)?(?:" + _AUDIENCE + r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*)?"
    r"(?:(?:in|on|at|to|via|through|during|after|before)\s+[^,;“”\"]{2,40}?)?\s*,?\s*"
)


def _completes_report(text: str, position: int) -> bool:
    """Whether the quotation open at ``position`` finishes the reporter's own clause, with
    no colon or comma before it: 'Fernández said the law has "condemned many women"'."""
    opening = max(text.rfind(mark, 0, position + 1) for mark in '“"')
    if re.search(r"[”\"]" + _QUOTES_JOINED + "$", text[max(0, opening - 8) : opening]):
        return True  # the second of two: 'called it "null and void" and "ridiculous"'
    lead = text[max(text.rfind("\n", 0, opening) + 1, opening - 150, 0) : opening]
    clause = re.split(r"[.!?]\s", lead)[-1]
    verbs = list(_REPORTING.finditer(clause))
    if not verbs or not re.search(r"[\w\]]\s+$", clause):
        return False
    if re.search(r"[.!?][”\"]?\s+[A-Z]", text[opening : position + 1]):
        return False  # a later sentence of the quotation
    between = clause[verbs[-1].end() :]
    return not _TO_WHOM_WHERE.fullmatch(between) and any(
        word.lower() != "that" for word in between.split()
    )


def _a_name(words: str) -> bool:
    """Whether quoted words name something rather than quote someone: "Hope", "The
    Internet Explorer 6 Countdown" (every word capitalised). One plain word quotes its
    speaker: 'could be "inevitable"' is mixed."""
    content = [w for w in words.split() if w.lower() not in _SMALL_WORDS]
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def inside_quotation(text: str, position: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at ``position``
    (quotes may run over several sentences)."""
    paragraph_start = text.rfind("\n\n", 0, position) + 1
    return quoting(text[paragraph_start:position])


def closes_quotation(text: str, position: int) -> int | None:
    """Where the quotation open at ``position`` closes, in the same paragraph."""
    start = text.rfind("\n\n", 0, position) + 1
    end = text.find("\n\n", position)
    for index in range(position, len(text) if end < 0 else end):
        if text[index] in '”"»' and not quoting(text[start : index + 1]):
            return index
    return None


def names_quotation_before(text: str, sentence: Piece) -> Attribution | None:
    """The source a sentence of its own names for the quotation that closes right before
    it, and nothing more: '... in two days!" Macron told the world on Thursday via
    Twitter.' (the sentence splitter ends a sentence at '!"' before a capital)."""
    if not re.search(r"[.!?…][”\"»]\s*$", text[max(0, sentence.start - 4) : sentence.start]):
        return None
    found = attributions(sentence)
    if not found or text[sentence.start : found[0].start].strip():
        return None
    rest = text[found[0].end : sentence.end]
    if len(rest.split()) > 8 or re.search('[“”"]', rest) or _FINITE.search(rest):
        return None
    # (a verb whose object is what it says: "She credited news media with keeping it alive")
    frame = text[found[0].start : found[0].end].split()  # (empty for a quotation's owner)
    if frame and re.match(r"(?:credit|attribut|accus|blam|call|describ|den|advis|urg)", frame[-1]):
        return None
    return found[0]


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
    return bool(_CUES.search(evidence.text)) or inside_quotation(text, evidence.start)


def cue(sentence: Piece, evidence: Span) -> str | None:
    """The attribution word nearest the evidence, outside it, in the same sentence."""
    best: tuple[int, str] | None = None
    for match in _CUES.finditer(sentence.text):
        start = sentence.start + match.start()
        end = sentence.start + match.end()
        if evidence.start <= start < evidence.end:
            continue
        distance = evidence.start - end if end <= evidence.start else start - evidence.end
        if best is None or distance < best[0]:
            best = (distance, match.group(0))
    return best[1] if best else None


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


# any character up to the end of the clause ("U.S." ends none)
_CLAUSE_WORDS = r"(?:[^.;]|(?<=[A-Z])\.)"
# a clause after a verb of finding or showing: "found the man had died", "show unemployment
# fell" (not "found a body in the river")
_CLAUSE_AFTER = (
    r"(?= that\b| (?:(?:the|a|an|its|their)\s+)?(?:[\w'’%$.-]+\s+){1,3}?"
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:is|are|was|were|had"
    r"|has|have|could|would|may|might|will|can|did|does|[a-z]{3,}ed|rose|fell|grew|cut|died)\b)"
)
_VERBS = (
    r"(?:said|says|say|told|tells|stated|states(?! (?:have|has|had|are|were|of|and)\b)|added|adds"
    r"|argued|argues|warned|warns"
    r"|" + _ANNOUNCED + r"|"
    r"claimed(?! (?:[\d,]+ )?(?:lives|the lives|responsibility|victory|credit))|claims|reported"
    r"|(?<!\ban )(?<!\ba )(?<!\bthe )alleged"
    r"|reports(?! (?:were|was|are|is|of|from)\b)|wrote|writes|explained|noted|notes"
    # not a vote that confirms a nominee: "confirmed him", "confirmed Pierluisi's nomination"
    r"|confirmed(?! (?:him|her|them)\b)(?! [\w'’]+ (?:nomination|appointment)\b)"
    r"|insisted|emphasi[sz]ed|stressed|believes?|drew parallels|tweeted|concluded|predicted"
    r"|estimated|suggested|suggests?|acknowledged|admitted|underlined|reaffirmed"
    r"|reasserted|commented|hailed|envisioned|indicated|indicates?|promised|described|describes?"
    r"|continued|observed|maintains|characteri[sz]ed|denied|denies|asserted|alleges?(?= that\b)"
    r"|theori[sz]ed|theori[sz]es|speculated|hypothesi[sz]ed|explains|supposes|dubbed"
    r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )found" + _CLAUSE_AFTER + r"|revealed"
    # research reports what it found: "The scientists found crop yields fell"
    r"|(?:(?<=researchers )|(?<=scientists )|(?<=study )|(?<=team )|(?<=authors )|(?<=They )"
    r"|(?<=researchers also )|(?<=scientists also )|(?<=study also )|(?<=team also )"
    r"|(?<=court )|(?<=judge )|(?<=jury ))found"
    r"|testified|cautioned|affirmed|pointed out|points out|estimates(?= that\b)|insists"
    # "they reasoned", "Experts attribute the decline to human activity", "She credited the
    # media with keeping the story alive"
    r"|reasoned|(?<!was )(?<!were )(?<!is )(?<!be )(?:attribut|ascrib)(?:e|es|ed)"
    r"(?= [^.,;]{1,60}? to\b)"
    r"|credit(?:s|ed)(?= [^.,;]{1,60}? with\b)"
    r"|stresses|admits|acknowledges"
    r"|confirms|announces|predicts|contends|contended|concedes|conceded|maintained"
    r"|posted(?= on\b| to\b)"
    r"|(?:show|shows|showed)" + _CLAUSE_AFTER + r"|established(?= that\b)|concludes"
    r"|ruled|proposed|remarked|agreed(?! (?:to|on|upon|with)\b)|expects"
    r"|reads?(?:,? in part)?(?=,? [“\"])"
    r"|called(?=[^.,;“\"]{0,60}[“\"])|called on(?= [^.,;]{2,60}? to\b)|deemed(?= that\b)"
    # a charge and a piece of advice are claims: "blamed Israel for the attack", "advised
    # citizens to leave", "called its actions defensive"
    r"|blamed(?= " + _CLAUSE_WORDS + r"{1,80}? for\b)"
    r"|accused(?= (?!of\b)" + _CLAUSE_WORDS + r"{1,60}? of\b)"  # "accused Johnson of misleading"
    r"|advised(?= " + _CLAUSE_WORDS + r"{1,60}? (?:not )?to\b)"
    r"|called(?= (?:it|them|him|her|its \w+|their \w+|his \w+) (?!off|for|up|out|back|in|on)[a-z])"
    # "called the crisis the worst" (not "called the police a day later")
    r"|called(?= (?:the|this|that) (?:[\w'’-]+ ){1,3}(?:a|an|the)\s"
    r"(?!(?:day|week|month|year|few|couple|number|total)\b))"
    r"|(?:responded|replied|responding|replying)(?= that\b)|talked of|spoke of"
    # what many say now: "Activists claim standards are ignored", "Meteorologists predict"
    r"|claim(?! to\b)|predict|argue|warn|insist|contend|allege|estimate(?= that\b)"
    r"|went on to say|describing|adding|saying|noting"
    # what a statement goes on to say: "issued a statement announcing the break was contained"
    r"|(?:(?<=statement )|(?<=statements )|(?<=message )|(?<=release )|(?<=letter )"
    r"|(?<=tweet ))(?:announcing|stating|confirming|agreeing|explaining|that))"
)
# a report verb, or the participle of one that leads into a quotation
_REPORTING = re.compile(r"\b(?:" + _VERBS + r"|writing|tweeting|posting)\b")
# a clause that ends with its report verb: "In between, she testified"
_ENDS_REPORTING = re.compile(_VERBS + r"$")
_PARTICIPLE = (
    r"(?:describing|adding|saying|noting|arguing|claiming|warning|insisting|calling|writing"
    r"|stating|explaining|stressing|asserting|declaring)\b"
)
# when it was said, after the report verb: "said on Friday", "said this week" (not what was
# said: "speculated this upwelling pattern may have ...")
_SAID_WHEN = (
    r"(?:(?:on|last|earlier|late)\s+\w+(?:\s+\w+)?|this\s+(?:morning|afternoon|evening|week"
    r"|weekend|month|year|spring|summer|autumn|winter)\b)"
)
_FRAME_START = re.compile(
    r"^(?:[^“”\"]{0,200}?)\b(?:told (?:the |state )?(?:press|reporters|media|journalists"
    r"|[A-Z][\w.-]*)|" + _VERBS + r")"
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
    r"|(?<=told)\s+(?:the\s+|state\s+)?(?:" + _AUDIENCE + r"|[A-Z][\w.-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.-]*)*"  # "told Star of Mysore", "told the Jakarta Post"
    # "told the BBC's Today programme"
    r"(?:['’]s(?:\s+[A-Z][\w.-]*)+(?:\s+(?:programme|program|show|podcast|newspaper))?)?))?"
    # where: "at a press conference", "in a statement"
    r"(?:\s+(?:at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:press conference"
    r"|news conference|press release|news release|release|briefing|statement|interview|speech"
    r"|meeting|hearing|post|tweet|video|letter|message|email|address))?"
    # when: "told reporters after the talks"
    r"(?:\s+(?:after|before|following|during)\s+(?:the|a|an|his|her|its|their)\s+\w+)?"
    r"(?:\s+on (?:the )?condition of anonymity)?"
    r"(?:\s+"
    + _SAID_WHEN
    + r"|\s+(?:\w+day|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_FRAME_LEAD = re.compile(
    _FRAME_AFTER
    # "said in an interview with the BBC that ...", 'declared in the majority opinion, "...'
    + r"(?:\s+(?:in|at|during|on|to|before|after|from|with|via|through)\s+[^,;“”\"]{2,60}?"
    r"(?=\s+that\s|,\s*[“\"]))?"
    + r"(?:,\s*however,)?,?\s*(?:that\s+)?"  # "noted, however, that ..."
)
# a frame that closes the words it frames: "..., he said on Friday."
_FRAME_TAIL = re.compile(_FRAME_AFTER + r"\s*(?:[,.;:—”\"]|$)")
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
    quotation = _QUOTE_TO_END if inside_quotation(text, last) else _QUOTE
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
        and not _ENDS_REPORTING.search(gap)  # '... by saying "we are ready"'
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
            about and (about["aside"] or not _FINITE.search(after))
        )
        # (or a condition the rest depends on: "If the birds had been farmed, they
        # reasoned, the specimens would have shown little diversity")
        short = (
            len(words[:end].split()) <= 6
            or not _FINITE.search(words[:end])
            or bool(_SUBORDINATE.match(words[:end]))
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
    opening = not words[: quote.start()].strip() and bool(_CUES.search(words, quote.end()))
    return len(quoted) > 0.6 * len(words) or (quoted[:1].isupper() and (closing or opening))


PRONOUN = "<pronoun>"
PERSON = "<person>"  # "he" or "she": a pronoun that names a person, not a body
GROUP = "<group>"  # "they": a pronoun that names a group
_PRONOUN_MARKERS = {"he": PERSON, "she": PERSON, "they": GROUP}
# a capitalised word that starts a sentence is not a name: "Some reports suggest"
_NOT_NAME = (
    r"(?!(?:The|A|An|Another|One|Some|No|In|On|At|As|After|But|And|When|While|This|That|It|Its"
    r"|Among|By|Amongst|During|Despite|Since|Until|Before|From|For|With|Without|Under|Per|Meanwhile"
    r"|However|January|February|March|April|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Saying|Speaking|Writing|Adding|Noting|Responding|Commenting|Referring|Addressing|Asked"
    r"|Describing|Explaining|Citing|Quoting|Calling|Having|Being|Following)\b)"
)
# the small words inside a person's name: "Arnel dela Vega", "Ursula von der Leyen"
_PARTICLE = (
    r"(?:(?:de|dela|del|della|da|di|dos|du|van|von|der|den|bin|al|le|la)\s+){1,2}"
    r"|(?:al|el|ad|as|ash|an|ar|bin|ibn)-"  # "Ahmed al-Assadi"
)
# a name's short form after it: "(WHO)", "Elizabeth Warren (D-MA)", "World Wonder Ring
# Stardom (Stardom)"
_SHORT_NAME = r"\((?:[A-Z]{2,6}|[A-Z][a-z]+|[DRI]-[A-Z]{2})\)"
_NAME = (
    r"(?:(?:The\s+)?"
    + _NOT_NAME
    + r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|for\s+|"
    # "Committee to Protect Journalists" (not "Ambassador to Germany Richard Grenell")
    + r"(?<!mbassador\s)(?<!nvoy\s)(?<!elegate\s)(?<!onsul\s)(?<!epresentative\s)"
    + r"to\s+(?=[A-Z]\w+\s+[A-Z])|"
    + _PARTICLE
    + r")?"
    r"[A-Z][\w'’.&-]*){0,5})"
    r"(?:\s+" + _SHORT_NAME + ")?"
)
# "The father", "One of the children", "the foreign minister", "its source", "Chelyabinsk's
# governor": a described source, as gold files name it too
_NOT_DESCRIBING = (
    r"(?!(?:the|a|an|and|or|but|that|then|further|even|also|which|who|to|was|were|is|are|has|had|have"
    r"|he|she|it|they|we|i|with|by|for|from|at|in|on|of|as"
    r"|not|own|day|week|weekend|month|year|morning|afternoon|evening|night|time)\b)"
)
# (an adverb before the verb is no head of a description: "the Interior Ministry reportedly said")
_NOT_ADVERB = (
    r"(?!(?:reportedly|allegedly|apparently|previously|recently|initially|publicly|officially"
    r"|repeatedly|subsequently|separately|later|earlier)\b)"
)
_DESCRIBED = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne(?: of (?:the|them|their|these|those))?|[Ii]ts|[Tt]heir|[Ss]ome"
    r"|[Hh]is|[Hh]er"
    r"|[Tt]his|[A-Z][\w-]*['’]s)(?:\s+" + _NOT_DESCRIBING + r"[\w-]+(?:['’]s)?){0,3}?"
    r"\s+" + _NOT_DESCRIBING + _NOT_ADVERB + r"[a-z][\w-]*"
)
_BODY = (
    r"(?:(?:the|several|some|(?!(?:"
    + _WEEKDAY
    + r"|On|In|At|By|For|From|As|After|When|While)\b)[A-Z][\w-]*(?:\s+(?:and\s+)?(?!"
    + _WEEKDAY
    + r"\b)[A-Z][\w-]*){0,3}|"
    + _NOT_DESCRIBING
    + r"[a-z]+) )?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities"
    r"|[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Ll]eaders|[Ww]itnesses|[Pp]rosecutors|[Aa]nalysts"
    r"|[Dd]octors|[Rr]eports|[Ss]tudies|[Rr]esidents|[Cc]ritics|[Ii]nvestigators|[Ss]ources"
    r"|[Oo]bservers|[Aa]ctivists|[Ll]awmakers|[Mm]edia|[Ww]orkers|[Aa]gencies|[Gg]roups"
    r"|[Oo]rgani[sz]ations|[Uu]nions|[Cc]harities|[Cc]ampaigners|[Pp]rotesters|[Dd]iplomats"
    r"|[Ee]conomists|[Hh]istorians|[Oo]fficers|[Mm]edics|[Ll]awyers|[Ii]nvestigations|[Ff]indings"
    r"|[Rr]esults|[Ss]urveys|[Pp]olls)"
)
# sources a wire story does not name: "two people familiar with the matter", "a source close
# to the talks", "officials briefed on the plan"
_ANONYMOUS = (
    r"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Aa]|[Oo]ne|[Tt]he)\s+)?(?:[a-z]+\s+)?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Ii]nsiders?)\s+"
    r"(?:familiar with|close to"
    r"|briefed on|with (?:direct )?knowledge of)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?"
)
# the source runs to the next punctuation: "according to U.S. Attorney Bash, ..."
_ACCORDING_TO = re.compile(
    r"\b(?i:according to|in the words of|in the (?:view|opinion|analysis|assessment) of"
    r"|as (?:reported|stated|announced|noted|confirmed) by"  # "As reported by the BBC, ..."
    r"|(?-i:By)(?= (?:\w+ )?reports?\b)"
    # "..., by BTP's report"
    r"|(?<=, )(?-i:by)(?= (?:the )?[\w.-]+['’]s (?:own )?(?:report|account)s?\b))"
    # (a date's comma is no end: "according to a March 14, 2019 NATO press release, ...")
    r"\s+(?:the\s+)?(?!which\b)(?P<who>(?:(?:[\w'’.&-]|(?<=\d),(?=\s\d{4}\b))+\s+){0,15}?"
    r"[\w'’.&-]+?(?:\s+" + _SHORT_NAME + r")?)"  # "the Office for National Statistics (ONS)"
    # when is no part of who: "according to Gazeta Wyborcza in March, ..."
    r"(?:\s+(?:in|on|last|this|earlier)\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August"
    r"|September|October|November|December|" + _WEEKDAY + r"|week|month|year|\d{4}))?"
    r"(?=\s*(?:,(?<!\d,(?=\s\d{4}\b))|[;:(]|$)|(?<![A-Z])\.(?:\s|$))"
)
_IRREGULAR_PAST = (
    r"(?:flew|made|took|gave|went|sent|found|began|came|left|held|told|grew|won"
    r"|lost|saw|became|kept|brought|met|paid|ran|led|fell|rose|spent|knew|got|struck|shot|hit"
    r"|stole|broke|wrote|spoke|drove|threw|fought|caught|bought|sold|built|stood|sat|fled|bit"
    r"|dug|hid|sank|swam|wore|tore|froze|chose|drew|forgot|forgave|hung|lay|lit|rode"
    r"|rang|sang|shook|slid|stuck|stung|swore|swept|swung|woke|wept|underwent|undertook"
    r"|overtook|withdrew|arose|dealt|felt|heard|taught|sought|understood|meant|laid"
    r"|withheld|upheld|oversaw|overcame|overthrew|foresaw|slept|knelt|blew|strove|forbade"
    r"|mistook|rebuilt|rewrote)"
)
# a body or a described source is named with where it is from: "authorities in the United
# Kingdom", "a federal judge in Texas"
# (words of a name that run on to a report verb but not across another verb: not "The
# government of American Samoa issued a statement saying")
_NAME_RUN = r"(?:(?!\s(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s)[^,])"
_WHERE_FROM = (
    r"(?:\s+(?:of|in|from|at)\s+(?:the\s+)?[A-Z]" + _NAME_RUN + r"{2,80}?(?=\s+" + _VERBS + r"\b))?"
)
# the past participles that differ from the past: "was taken ill and taken to hospital"
_PARTICIPLE_PAST = (
    r"(?:taken|given|shown|seen|written|driven|flown|thrown|drawn|grown|stolen|chosen"
    r"|spoken|broken|frozen|hidden|beaten|eaten|fallen|forgiven|forgotten|ridden|risen|shaken"
    r"|sworn|torn|worn|born|done|gone|begun)"
)
# a word that can carry a statement: a verb of any tense, an auxiliary, a negation
_VERBISH = re.compile(
    r"\b(?!(?:morning|evening|thing|something|nothing|anything|everything|building|spring"
    r"|king|ring|string|ceiling|wedding|meeting|ruling|briefing|hearing|funding|clothing"
    r"|housing|bombing|shooting|landing)\b)[a-z]+(?:ed|s|ing)\b"
    r"|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
    r"|do|does|did|said|says|take|make|run|go|know|need|want)\b"
    r"|n['’]t\b|['’](?:d|ll|re|ve|m)\b|\b" + _IRREGULAR_PAST + r"\b|\b" + _PARTICIPLE_PAST + r"\b"
    # a verb whose present or past has no ending: "The fire spread quickly", "Prices rise"
    r"|\b(?:spread|cut|put|set|let|cost|shut|hurt|quit|burst|split|read|beat|hit|win|rise|fall"
    r"|grow|come|give|see|think|say|tell|become|begin|keep|hold|bring|stand|lose|pay|meet"
    r"|lead|leave|feel|seem|remain|stay|live|die|work|love|like|hope|believe|plan|expect"
    r"|agree|support|oppose|deny|reject|accept|fear|face|call|ask|show|find|get|help|try|use"
    r"|happen|stop|start|fight|kill|attack|own|sell|buy|build|cause|claim|warn)\b"
)


def a_fragment(words: str) -> bool:
    """Whether a few words with no verb state nothing to check: "Former Trump adviser",
    "The location of the device", "And our state"."""
    return len(words.split()) <= 5 and not _VERBISH.search(words)


_SUBJECT = re.compile(
    # a body and a title before a name stay out of it: "Florida Department of Transportation
    # official Troy Roberts said"
    r"\b(?:[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w.'’-]*){0,6}\s+"
    r"(?:official|spokes(?:man|woman|person)|representative|director|minister|secretary|chief"
    r"|head|executive|lawyer|analyst|expert|researcher|professor|scientist|commissioner)\s+"
    r"(?=[A-Z]))?"
    # (a body before a name: "Researchers at Imperial College London said" is all of it)
    r"(?P<who>"
    + _BODY
    + _WHERE_FROM
    + r"|"
    + _NAME
    + r"|"
    + _ANONYMOUS
    + r"|"
    + _DESCRIBED
    + _WHERE_FROM
    # "the ministry of health", "the minister of foreign affairs"
    + r"(?:(?:(?<=inistry)|(?<=epartment)|(?<=inister)|(?<=ecretary)|(?<=ffice))"
    + r"\s+of\s+(?:the\s+)?[a-z]+(?:\s+affairs)?)?"
    + r"|he|she|they|it|It|we)"
    # an affiliation stays out of the name: "Mike Ryan of the World Health Organization",
    # "Arnel dela Vega of the army's Western Mindanao Command", "Steven Wolf at Saint Francis"
    + r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+['’]s\s+|[a-z]+-)?[A-Z]"
    + _NAME_RUN
    + r"{2,80}?)?"
    # and so does a relative clause: "The public officials who ordered that change claimed"
    + r"(?:\s+who\s+[a-z][^,.;:“”\"]{2,50}?)?"
    # (not a verb phrase: "X, a biomechanicist, questioned the findings, saying")
    # (but a participle with where or when is one: "The opinion, released on Wednesday, read")
    + r"(?:,(?P<apposition>(?!\s*[a-z]+ed\b(?!\s+(?:on|in|at|by|last|this|yesterday|today"
    + r"|"
    + _WEEKDAY
    + r")\b))(?!\s*"
    + _IRREGULAR_PAST
    + r"\s)(?:[^,]|(?<=\d),(?=\d{3}\b)){3,120}),)?"  # ("which employs 5,000 people")
    # "X questioned the findings, saying" is X's: not the findings'
    + r"(?:,(?!\s+"
    + _PARTICIPLE
    + r"))?"
    # where it was said, between the source and the verb: "Mitsotakis speaking to the
    # Atlantic Council called it", "Smith, writing in the Guardian, argued"
    + r"(?:,?\s+(?:speaking|writing|appearing|testifying)\s+(?:to|in|on|at|before)\s+"
    + r"[^,“”\"]{2,60}?,?(?=\s))?"
    # and when: "mayor John Tory on Tuesday suggested"
    + r"(?:\s+(?:on\s+)?(?:"
    + _WEEKDAY
    + r"|yesterday|today"
    + r"|last\s+(?:week|month|year)|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?)?"
    + r"\s+(?:(?:has|had|have|also|later|further|even|since|both|too|\w+ly)\s+){0,2}"
    # "Smith is reported to have said"
    + r"(?:(?:is|was|are|were)\s+(?:reported|understood|believed|known)\s+to\s+have\s+)?"
    # (a verb's form after a preposition is an adjective: "an investigation into alleged
    # misconduct", "charges of alleged fraud")
    + r"(?<!\binto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bover\s)(?<!\babout\s)(?<!\bagainst\s)"
    + r"(?<!\bon\s)(?<!\bin\s)(?<!\bwith\s)(?<!\bby\s)"
    + _VERBS
    + r"\b"
)
_INVERTED_VERBS = (
    # (not "told": ", 54, told the BBC" names whom it was told to)
    r"(?:said|says|added|wrote|tweeted|continued|noted|explained|stated|warned|reported"
    r"|announced|concluded|insisted|argued|declared)"
)
_INVERTED = re.compile(
    r"(?:,|(?P<closed>[”\"]))\s*"
    + _INVERTED_VERBS
    # a title before the name stays out of it: "said UCL astronomer Angelos Tsiaras", "said
    # the company's chief executive, John Smith" ("said about Amman:" names whom it is
    # about, not who says it)
    + r"\s+(?:(?:the\s+)?(?:[a-z]+|[A-Z][\w.-]*(?:(?:\s+(?:of\s+)?|,\s+)[A-Z][\w.-]*){0,5})"
    + r"['’]s\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+(?=[A-Z])"
    + r"|(?:the\s+)?(?:[A-Z][\w.-]*\s+(?=[a-z]))?"
    + r"(?:(?!(?:about|of|to|on|in|at|by|for|with|from)\s)[a-z]+\s+){0,3}(?=[A-Z]))?(?P<who>"
    + _NAME
    + r"|"
    + _BODY
    + r"|he|she|they|it)"
    # where the frame ends: "said Bash.", "said Ryan Cloutier of ...", "added KCNA on Friday"
    # (after a comma, not a quoted predicate: ', said Cummings "worked until his last
    # breath"'; after a quotation, one going on: '"We stand ready" tweeted Johnson "to ...')
    + r"(?=\s*(?:[,.;:(”]|[“\"](?(closed)|(?![a-z]))|$)"
    + r"|\s+(?:of|who|on|in|at|to|during|late|early|last|this|per|via)\b)"
)


# a described source after a quotation: '"The economy is growing," said the report'
_INVERTED_DESCRIBED = re.compile(
    r"(?<=[”\"])\s*(?:said|says|added|wrote|continued)\s+(?P<who>" + _DESCRIBED + r")"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|during|after|to)\b)"
)


# what may come before the source that opens a sentence: "On Monday, ", "Later that day, "
_WHEN_FIRST = r"(?:On|In|At|Last|Earlier|Later)\b"


# a source that opens the sentence and hands over to the quotation that ends it: "Senator
# Lindsey Graham spoke on Fox News, “...”", "an official account made the announcement: “...”"
_INTRODUCES = re.compile(
    r"^(?:"
    + _WHEN_FIRST
    + r"[^,“”\"]{1,40},\s+)?(?P<who>"
    + _NAME
    + r"|"
    + _BODY
    + r"|"
    + _DESCRIBED
    + r"|[Hh]e|[Ss]he|[Tt]hey"
    # "The mayor of London, Sadiq Khan, gave ..., adding, “...”": the name in apposition
    + r")(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?(?:,(?P<apposition>\s+"
    + _NAME
    + r"),)?(?:\b|(?<=,))[^“”\"]{3,160}?[,:]\s*(?=[“\"][^“”\"]{10,}(?:[”\"][.!?]?|[.!?])\s*$)"
)


# a passive report names its source last: "was identified as Galicha by a Coast Guard spokesperson"
_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:identified|described|confirmed|reported"
    r"|announced|quoted|named|declared|estimated|called|characteri[sz]ed)\b[^.;:“”\"]{0,120}?"
    r"(?P<by>\s+by\s+)(?:the\s+)?(?P<who>" + _NAME + "|" + _BODY + "|" + _DESCRIBED + r")"
    r"(?=\s*(?:[,.;:]|$))"
)
# a report that names its source as the object: "The BBC also cited Budi Gunawan, chief of
# the agency, as saying the suspects were linked ..."
_CITED = re.compile(
    r"\b(?:cited|quoted|quoting|citing)\s+(?P<who>" + _NAME + "|" + _BODY + "|" + _DESCRIBED + r")"
    r"(?:,[^,“”\"]{3,120},)?\s+(?:as\s+(?:saying|stating|telling\s+[^,“”\"]{2,40}?)(?:\s+that)?"
    r"|that)\b"  # "The Daily Telegraph cited a security source that mental health may ..."
    # and in the passive: "Smith was quoted by Reuters as saying the deal was dead"
    r"|(?<![\w'’])(?P<quoted>"
    + _NAME
    + "|"
    + _BODY
    + "|"
    + _DESCRIBED
    + r")\s+(?:was|were|has been"
    r"|had been)\s+(?:widely\s+)?(?:quoted|cited)(?:\s+by\s+[^,.;“”\"]{2,60}?)?\s+as\s+"
    r"(?:saying|stating)(?:\s+that)?\b"
)
# a view the text gives as someone's: "The government's counter-argument was that ...", "His
# position is that ..."
_VIEW = re.compile(
    r"(?:(?P<who>"
    + _NAME
    + r"|"
    + _DESCRIBED
    + r")['’]s?|(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
    r"\s+(?:[\w-]+\s+)?(?:argument|counter-argument|position|view|claim|contention|conclusion"
    r"|assessment|belief|stance|understanding|expectation)\s+(?:was|is|remains|remained)\s+that\b"
)
# sources that say something alongside: "Crew totals are unclear, with industry publications
# reporting either 11 or 12", "the driver lost control, with some local press claiming ..."
_WITH = re.compile(
    r"\bwith\s+(?:(?:some|many|most|several|other)\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?"
    r"(?:publications|reports|media|press|sources|officials|outlets|newspapers|experts|analysts"
    r"|witnesses|residents|police|authorities))\s+(?:reporting|saying|claiming|stating)\b"
    r"(?:\s+that\b)?"
)
# the view of someone the sentence before named: "In his opinion, the theory was hardest"
_IN_VIEW = re.compile(
    # (an empty source: the owner names it, and the frame's code reads a source's start)
    r"\b(?:[Ii]n|[Ff]rom)\s+(?P<who>)(?P<owner>his|her|their)\s+(?:opinion|view|assessment"
    r"|estimation),"
)
# a source named before a relative clause that reports: "local resident Tom White, who said"
_WHO_SAID = re.compile(
    r"(?<![\w'’])(?P<who>" + _NAME + r"|" + _DESCRIBED + r"),\s+"
    r"(?P<relative>who|which)\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:said|says|told|tells|added|stated|explained|noted|wrote|warned|argued)\b"
)
# a name whose verb hands over to a quotation: 'President Fernández elaborated, "A state ...'
_QUOTING = re.compile(
    r"(?<![\w'’])(?P<who>" + _NAME + r")\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")[,:]\s*(?=[“\"])"
)
_CARRIER = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:report|study|article|statement|paper|survey|analysis"
    r"|investigation|review|interview|tweet|post|letter|speech|figure|estimate|poll|record"
    r"|document)s?(?:\s+on\s+\w+)?"
    # "a poll published by NBC News", "a survey published in 2017 by the Society"
    r"(?:\s+(?:released|published|posted|issued|commissioned|conducted)(?:\s+in\s+\d{4})?)?"
    r"\s+(?:by|from|in)\s+(?:the\s+)?(?P<who>[A-Z][\w'’.&-]*"
    r"(?:\s+(?:of\s+|the\s+|and\s+|for\s+)?[A-Z][\w'’.&-]*)*"
    r"(?:(?<=['’]s)\s+(?:office|government|campaign|spokesperson|spokesman|lawyers?))?)"
)
_OWNER = re.compile(
    r"['’]s (?:[a-z]+ )?(?:statement|summary|ruling|opinion|judge?ment|letter|decision|order"
    r"|verdict|report|findings|words)$"
)


# what carries words, named where a source would stand ("a statement saying"), and who
# issued it ("Conley issued a statement saying ...")
_MEDIUM = re.compile(
    r"(?:[Aa]n?|[Tt]he|(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))\s+(?:[\w-]+\s+)?(?:statement|message|video"
    r"|post|tweet|letter|release|interview|speech|address|broadcast|email|note)s?"
)
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it"}  # "Their statement": "they"
# the name a body's "of" gives: "the Court of Session", "the government of American Samoa"
_JOINED_NAME = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)+and\s+$")
_BODY_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*")
_ISSUED = re.compile(
    r"(?P<who>"
    + _NAME
    + r"|(?:"
    + _BODY
    + r"|"
    + _DESCRIBED
    + r")(?:"
    + _BODY_OF.pattern
    + r")?|he|she|they|it|we)\s+"
    r"(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:issued|released|posted|published|put out|sent|shared|gave|made|read out)\s+$"
)


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


_KIND_BEFORE = re.compile(
    r"(?<=,)\s+(?!(?:and|but|or|as|while|when|because|which|who|that|so|then|if|after|before"
    r"|since|although|though|where|with|without|whose|until|once|for|in|on|at)\b)"
    r"(?:[a-z][\w'’-]*\s+){1,3}$"
)
_TITLE_BEFORE = re.compile(
    r"(?<=[,”\"»’])\s*(?:[\w.'’-]+\s+){0,3}(?:"
    + "|".join(sorted(re.escape(w) for w in _TITLE_WORDS))
    + r")\s+$",
    re.I,
)
_POST_TO = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate|[Cc]onsul|[Ll]iaison)\s+to\s+"
    r"(?:the\s+)?$"
)


# a person's name: two to four capitalised words ("Alireza Mehraban", "Ahmed al-Assadi")
_PERSONAL = re.compile(r"\s*[A-Z][\w'’.-]+(?:\s+(?:" + _PARTICLE + r")?[A-Z][\w'’.-]+){1,3}\s*")


# a name set between commas right after a source: "According to the coach, Alireza Mehraban,"
_NAMED_NEXT = re.compile(r",\s+(" + _NAME + r"),")


_MEMBERS_OF = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?\b(?P<who>(?i:head|heads|organi[sz]ers|members|leaders|supporters|opponents"
    r"|critics|spokes(?:man|woman|person)|director|chief|chair(?:man|woman)?|president|secretary"
    r"|representatives|residents|relatives|friends|lawyers|staff|employees|owners|founders))"
    r"\s+(?P<of>of|for)\s+$"
)


def _a_post(words: str) -> bool:
    """Whether words name a post rather than its holder: "Director of Mid Wales Tourism"."""
    return " of " in words or words.split()[0].lower() in _TITLE_WORDS


_RUN_ON = re.compile(
    r"(.+?)\s+(?=(?:he|she|it|they|we|I|there)\s|(?:[\w'’-]+\s+){0,2}(?:have|has|had|is|are|was|were"
    r"|will|would|can|could|did|does)\b)"
)


def attributions(sentence: Piece) -> list[Attribution]:
    """The sources a sentence names for what it says ("Sikorski said", "according to
    police", "..., said KCNA"), in text order."""
    text = sentence.text
    found: list[Attribution] = []
    for pattern in (
        _ACCORDING_TO,
        _INVERTED,
        _INVERTED_DESCRIBED,
        _BY,
        _CITED,
        _SUBJECT,
        _INTRODUCES,
        _QUOTING,
        _WHO_SAID,
        _VIEW,
        _IN_VIEW,
        _WITH,
    ):
        for match in pattern.finditer(text):
            who = (match["who"] or match.groupdict().get("quoted") or "").strip()
            if pattern in (_VIEW, _IN_VIEW) and match["owner"]:
                who = _OWNER_PRONOUN.get(match["owner"].lower(), "they")
            # with no comma after the source, its words run on into what it says: "according
            # to Wasef archaeologists have not yet found ...", "according to the Ministry he
            # died"
            run_on = _RUN_ON.match(who) if pattern is _ACCORDING_TO else None
            said = match.end() if run_on is None else match.start("who") + run_on.end(1)
            who = who if run_on is None else run_on[1]
            apposition = match.groupdict().get("apposition") or ""
            if re.fullmatch(_NAME, apposition.strip()) and (
                not re.fullmatch(_NAME, who) or (_a_post(who) and _PERSONAL.fullmatch(apposition))
            ):
                # "The judge presiding over the case, Bernard Schwartz,", "Director of Mid
                # Wales Tourism Partnership, David Clay,"
                who = apposition.strip()
            # "According to the Afghan team's coach, Alireza Mehraban, ...": the person
            named = _NAMED_NEXT.match(text, match.end())
            if pattern is _ACCORDING_TO and named and _PERSONAL.fullmatch(named[1]):
                who = who if _PERSONAL.fullmatch(who) else named[1]
            who = _source_name(who)
            # a body's "of" is its name, not its affiliation: "the Court of Session in Scotland"
            if pattern is _SUBJECT and who.split()[-1].lower() in _ORGANISATIONS:
                named_of = _BODY_OF.match(text, match.end("who"))
                who += named_of.group() if named_of else ""
            # a body's name with "and" in it: "the National Search and Rescue Agency"
            joined = (
                _JOINED_NAME.search(text, max(0, match.start("who") - 80), match.start("who"))
                if pattern is _SUBJECT and who.split()[-1].lower() in _ORGANISATIONS
                else None
            )
            if joined:
                who = joined[0] + who
            # "Former US Ambassador to the United Nations Nikki Haley": the name after the post
            if len(who.split()) > 2 and _POST_TO.search(text, 0, match.start("who")):
                who = " ".join(who.split()[-2:])
            if who.split()[0].lower() in _NOT_NAMES and len(who.split()) == 1:
                continue
            first = match.start("by") if pattern is _BY else match.start()
            if pattern is _WITH:  # ("with" joins the clause before: the frame is the rest)
                first = match.start("who")
            if joined:
                first = min(first, joined.start())
            if pattern is _WHO_SAID:  # the name stays in the claim before it
                first = match.start("relative")
            if pattern is _SUBJECT and text.endswith("the ", 0, first):  # "..., the BBC reported"
                first -= 4
            # who the source's people are: "organizers of the rally", "the head of the
            # police's internal investigators"
            members = _MEMBERS_OF.search(text, 0, first) if pattern is _SUBJECT else None
            if members and first == match.start("who") and who[:1].islower():
                who, first = f"{members['who']} {members['of']} {who}", members.start()
            # a title before the name that the match left out is part of the frame: '...,"
            # Finnish agriculture minister Jari Leppä told reporters'
            title = _TITLE_BEFORE.search(text, 0, first) if pattern is _SUBJECT else None
            if pattern is _SUBJECT and not title and _FRAME_TAIL.match(text, said):
                # and so is what the source is, in a frame closing the sentence: "...,
                # wrestling promotion World Wonder Ring Stardom announced yesterday."
                title = _KIND_BEFORE.search(text, 0, first)
            if title:
                first = title.end() - len(title.group().lstrip())
            start, end = sentence.start + first, sentence.start + said
            if any(a.start < end and start < a.end for a in found):
                continue
            if pattern is _INTRODUCES:
                # the quotation is the source's; the words before it are the article's report
                who = re.sub(r"['’]s$", "", who)  # "PC World's analysis concluded, “...”"
                start = end
            if pattern is _SUBJECT and quoting(text[:first]):  # “The court has found that”
                continue
            # a clause of its own before the verb: "The team then analyzed the data and confirmed
            # their conclusion" (the subject is no source of what follows "and")
            if pattern is _SUBJECT and who.endswith(" and") and _FINITE.search(who):
                continue
            if pattern is _SUBJECT and re.search(r"['’]s$", who):  # "Theresa May's proposed deal"
                continue
            medium = _MEDIUM.fullmatch(who) if pattern is _SUBJECT else None
            if medium:
                # what carries the words is not who speaks them: "Conley issued a statement
                # saying ...", "In a video message posted to Twitter, Warren ...", "Their
                # statement also read" (but gold files name "the statement" as a source)
                issuer = _ISSUED.search(text, 0, match.start("who"))
                if issuer:
                    who, first = _source_name(issuer["who"]), issuer.start()
                elif re.search(r"\b[Ii]n\s+$", text[: match.start("who")]) or match[0].endswith(
                    " that"
                ):
                    continue  # (not "The statement that he made was false")
                elif medium["owner"]:
                    who = _OWNER_PRONOUN.get(medium["owner"].lower(), "they")
            before = text[:first].rstrip()
            found.append(
                Attribution(
                    who=pronoun_marker(who) if is_pronoun(who) else who,
                    start=start,
                    end=end,
                    trailing=pattern in (_INVERTED, _INVERTED_DESCRIBED, _BY)
                    or (pattern is _ACCORDING_TO and bool(before) and run_on is None)
                    or (
                        before.endswith((",", *CLOSE_QUOTES))
                        and bool(_FRAME_TAIL.match(text, said))
                    ),
                )
            )
    return sorted(found, key=lambda a: a.start)


# a common noun, not a name, and a comma: "the levees, " (but not "Joe Biden, ")
_COMMON_NOUN_BEFORE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,\s+$")


def goes_on_reporting(text: str, frame: Attribution, relative: Span) -> bool:
    """Whether a relative clause after a report says more of what was reported: it follows
    a clause of the report (not just the object of a verb) and tells of a thing, not of a
    name ("officials said they are not concerned about the levees, which have five feet of
    leeway", but "Egyptologists reported they were sacrificed to the god Thoth, who ...")."""
    clause = _ACCORDING_TO.match(text, frame.start) or _FINITE.search(
        text, frame.end, relative.start
    )
    return bool(clause and _COMMON_NOUN_BEFORE.search(text, 0, relative.start))


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
        and not _FINITE.search(rest)
    )


# a report that goes on from what its subject did: "The agency ..., but said exports go on"
_GOES_ON = (
    r"(?:said|told|added|warned|claimed|stated|insisted|argued|suggested|noted|explained"
    r"|acknowledged|admitted|denied|predicted|stressed|maintained|conceded|contended)\b"
)


def subject(sentence: Piece, evidence: Span) -> str | None:
    """Who a participle clause or a second verb reports ("X, a biologist, questioned it,
    saying Y", "X opposed it and said Y"): the source that opens the sentence."""
    if not re.match(_PARTICIPLE, evidence.text) and not (
        evidence.start > sentence.start and re.match(_GOES_ON, evidence.text)
    ):
        return None
    opening = re.match(
        r"(?:"
        + _WHEN_FIRST
        + r"[^,]{1,40},\s+)?(?:the\s+)?(?P<who>"
        + _NAME
        + r"|"
        + _DESCRIBED
        # the first of two that act together: "the ACLU of Montana and Native American ..."
        + r")(?:\s+and\s+(?:the\s+)?"
        + _NAME
        + r")?(?:[^,]{0,40}?,(?P<apposition>[^,]{3,80}),)?(?=,|\s+[a-z])",
        sentence.text,
    )
    # the name is the subject only if a verb follows it: not "Rescue work stopped"
    if not opening or not _FINITE_AFTER.match(
        sentence.text, _next_word(sentence.text, opening.end())
    ):
        return None
    # "One of these groups, the Syrian Democratic Forces (SDF), opposed ..."
    apposition = re.sub(r"^the\s+", "", (opening["apposition"] or "").strip())
    return apposition if re.fullmatch(_NAME, apposition) else opening["who"]


def _next_word(text: str, position: int) -> int:
    rest = text[position:]
    return position + len(rest) - len(rest.lstrip(" ,"))


def _source_name(who: str) -> str:
    """The source a naming stands for, without what carries its words or when."""
    who = re.sub(r"(?<=[A-Za-z]{2})\.$", "", who)  # "said Bash." but "U.S."
    # "reports on Saturday", "the report dated March 16"
    who = re.sub(r"\s+(?:on|dated)\s+[A-Z]\w+(?:\s+\d+)?$", "", who)
    who = re.split(r"\s+(?:who|which|that)\s", who)[0]  # "according to CNN who reported"
    who = _OWNER.sub("", who)  # "the judge's statement reads" is the judge's
    who = re.sub(r"\s*" + _SHORT_NAME + "$", "", who)
    carrier = _CARRIER.match(who)  # "a recent report by The Atlantic" is The Atlantic's
    return carrier["who"] if carrier else who


def last_source(text: str, position: int, person: bool = False, things: bool = True) -> str | None:
    """The source the text last names by name before ``position``: whom a "he" refers to
    (then one that may be a person, if any: "she" is not "Reuters and NBC")."""
    earlier = list(sentences(text[:position]))
    named = [
        a.who
        for sentence in earlier
        for a in attributions(sentence)
        if a.who not in (PRONOUN, PERSON, GROUP) and (things or not a_thing(a.who))
    ]
    if not person:
        # "it" after a sentence about a body or a thing that said nothing yet: "NASA
        # interrupted its coverage. It also credited Leonov with ...", "The report was
        # published on Monday. It also found that ..."
        opening = (
            re.match(_NAME + "|" + _DESCRIBED, earlier[-1].text) if earlier and things else None
        )
        if (
            opening
            and (a_thing(opening[0]) or not a_person(opening[0]))
            and _FINITE_AFTER.match(earlier[-1].text, _next_word(earlier[-1].text, opening.end()))
        ):
            return opening[0]
        return named[-1] if named else None
    # a "he" after a sentence about someone who said nothing yet: "Smith spoke at the summit.
    # “...,” he said."
    for before in earlier[-2:][::-1]:
        opening = re.match(_NAME, before.text)
        # (a surname alone counts where the article gives the full name: "Smith, the mayor")
        name = full_name(opening[0], text)[0] if opening and not is_pronoun(opening[0]) else ""
        if len(name.split()) > 1 and a_person(name):
            return name
    people = [name for name in named if a_person(name)] or named
    return people[-1] if people else None


# a person the sentence says spoke, and nothing of what: "Mayor Jane Smith spoke to reporters
# on Monday."
_SPOKE = re.compile(
    r"(?:" + _WHEN_FIRST + r"[^,]{1,40},\s+)?(?:[\w'’-]+\s+){0,3}?(?P<who>" + _NAME + r")"
    r"(?:,[^,]{3,80},)?\s+(?:\w+ly\s+)?(?:spoke|speaks|addressed|told|responded|replied|remarked"
    r"|commented|gave (?:a|an) (?:speech|statement|interview))\b"
    r"(?![^“”\"]*\bthat\b)[^“”\"]{0,60}[.:]$"
)


def spoke_before(text: str, before: Piece) -> str | None:
    """The person the sentence ``before`` says spoke, if it says nothing of what."""
    spoke = _SPOKE.match(before.text)
    # (not the frame of a quotation before it: '"...!" Macron told the world via Twitter.')
    if spoke is None or names_quotation_before(text, before):
        return None
    return spoke["who"] if a_person(spoke["who"]) else None


# a group named as the subject that opens a sentence: "The Montreal team, led by ..., used"
_GROUP_SUBJECT = re.compile(
    r"(?:(?:The|A|An|Its|Their|Several|Some)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:team|scientists|researchers|authors|astronomers|investigators|experts|doctors"
    r"|officials|authorities|police|prosecutors|activists|protesters|residents|witnesses)\b"
)


def last_group(text: str, position: int, within: int = 3) -> str | None:
    """The group a "they" refers to: the latest of the few sentences before ``position``
    that opens with a group as its subject ("The Montreal team", "The scientists")."""
    for sentence in list(sentences(text[:position]))[-within:][::-1]:
        match = _GROUP_SUBJECT.match(sentence.text)
        if match:
            return match.group(0)
    return None


_THING = re.compile(
    r"(?i)\b(?:results?|data|figures|study|studies|reports?|survey|polls?|statistics|findings"
    r"|analysis|document|statement|paper)$"
)


def a_thing(name: str) -> bool:
    """Whether ``name`` is a text or a finding, which no "he" or "they" stands for ("The
    results showed ... They found ..." is the researchers)."""
    return bool(_THING.search(name))


def a_person(name: str) -> bool:
    """Whether ``name`` may name a person: not a body ("police", "the ministry", "Reuters
    and NBC", "KCNA")."""
    words = name.split()
    return not (
        any(w.lower() in _ORGANISATIONS or w in ("and", "&") for w in words)
        or (len(words) == 1 and words[0].isupper())
        or re.fullmatch(_BODY, name, re.I)
    )


_NOUNISH = r"(?!(?:and|or|to|that|who|which)\b)[\w'’-]+"
# a subject and where its verb starts: "the parents were", "Lam later delivered"
_SUBJECT_BEFORE_VERB = (
    r"(?:he|she|it|they|we|I|you|there|[A-Z][\w'’-]*(?:\s+" + _NOUNISH + r"){0,5}?"
    r"|(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|other)"
    r"(?:\s+" + _NOUNISH + r"){1,5}?"
    r"|(?:(?:at least|more than|about|nearly|over|another)\s+)?(?:\d[\d,.]*%?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
    r"(?:\s+" + _NOUNISH + r"){0,5}?)"
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|still\s+|then\s+|not\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
)
_NEW_SUBJECT = (
    _SUBJECT_BEFORE_VERB
    + r"|[a-z]{3,}ed|died)(?:\s|,|[.;]?$)"  # "..., and one independent supported."
)
# after "and", a verb of any past: "The SNP gained 13 seats and Liberal Democrats lost 10"
_NEW_SUBJECT_AFTER_AND = (
    _SUBJECT_BEFORE_VERB + r"|do|[a-z]{3,}ed|died|" + _IRREGULAR_PAST + r")(?:\s|,|[.;]?$)"
)
# (and a plain noun with its verb: "The fire destroyed the roof but firefighters saved the hall")
_NEW_CLAUSE_AFTER_AND = (
    r"(?:"
    + _NEW_SUBJECT_AFTER_AND
    + r"|(?!(?:and|or|to|that|who|which|not|also|then|later|still|even|only|just|already|again"
    r"|always|never|often|come|came|get|got|make|take|keep|hated|loved|its|his|her|their|our"
    r"|the|any)\b)"
    # (a gerund only as a subject: "and scaffolding was still erected", not "and mediating")
    r"(?![a-z]+ing\b(?!\s+(?:was|were|is|are|has|had)\b))[a-z]{3,}"
    r"(?:\s+[a-z]{3,})?\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|may|might|did|said|say|[a-z]{3,}ed|died|" + _IRREGULAR_PAST + r")(?:\s|,|[.;]?$))"
)
_JOINT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas)\s+(?=[A-Z]?[a-z]+\s)"
    r"|:\s+(?=[“\"])"  # "... part of the solution: “What will stop Ebola ...”"
    # a frame that interrupts a quotation: '"The economy is strong," said Smith, "and it will
    # grow."' (what the frame names speaks both parts)
    r"|,[”\"]\s+(?:(?:said|says|wrote|added|continued|explained|noted)\s+[^,“”\"]{2,60}"
    r"|[^,“”\"]{2,60}?\s+(?:said|says|wrote|added|continued|explained|noted))"
    r"(?:,[^,“”\"]{2,60})?,\s+[“\"]"
    r"|,\s+(?=(?:adding|(?:who|which) said)\b)"  # "39 died, officials said, adding that ..."
    r"|,\s+with\s+"  # "Rescue work resumed, with more bodies recovered"
    # a participle clause: "supplies were delayed, leaving them two weeks", "..., potentially
    # ending decades of conflict"
    r"|,\s+(?=(?:[a-z]+ly\s+)?(?!(?:according|including|during|following|depending|quoting|speaking|citing"
    r"|regarding|concerning|excluding|considering|notwithstanding)\b)[a-z]+ing\s"
    # (not a noun before a closing report: "..., wrestling promotion Stardom announced")
    r"(?![^,;]*\b(?:said|says|told|announced|reported|stated)\b[^,;]*$))"
    # a closing apposition: "in Magnitogorsk, a city in the Urals" (not '..., a source said')
    # (not a time: "..., a day after the report")
    r"|,\s+(?=an?\s+(?!(?:day|week|month|year|decade|few|couple)\b)[a-z][^,;]*$)"
    r"(?![^,;]*\b(?:said|says|told|added|wrote|stated|noted)\b)"
    # a closing relative clause states a fact of its own: "..., which left 42 people dead"
    r"|,\s+(?=(?:which|who)\s+(?!said\b)[^,;:]*$)"
    # and a relative clause without a comma: "the shutoffs which were expected to last"
    r"|\s+(?=(?P<which>which\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would"
    r"|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s))"
    # and "who" after a name, which needs no defining: "the loss of Chadwick Boseman who
    # passed away this evening" (not "the man who was arrested")
    r"|\s+(?=(?P<who>who\s+(?!(?:said|says|told|reported|added|stated|wrote|noted)\b)(?:[a-z]+ly\s+|also\s+)?(?:is|are|was|were|has|have|had"
    r"|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s))"
    # a clause of its own after "after" or "because": "arrested after their daughter had escaped"
    r"|,?\s+(?=(?:after|because|although|even though)\s+(?:[a-z]+\s+){0,3}"
    r"(?:was|were|is|are|had|has|have|did)\b)"
    r"|\s*\[(?:\.\.\.|…)\]\s*(?=[A-Z])"  # quoted fragments joined by "[...]"
    r"|(?<=[”\"])" + _QUOTES_JOINED + r"(?=[“\"])"  # two quotations: 'called it "null" and "void"'
    r"|\s+(?:and|but)\s+(?=that\s)|\s+and\s+(?=said\s)|,\s+(?=such that\s)"  # "said A and that B"
    r"|\s+and\s+(?=according to\s)"  # "A and according to the ministry he died"
    # a second predicate: "were banned from washing and could not use the toilet"
    r"|\s+and\s+(?=(?:could|would|will|can|cannot|may|might|has|have|had|was|were|is|are|does|did)\s)"
    # a second action: "exited the Hall and continued to attack others"
    # (not two verbs sharing an object: "has engineered and operated reusable rockets")
    r"|(?<!ed)\s+and\s+(?=(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|"
    + _PARTICIPLE_PAST
    + r"|"
    + _IRREGULAR_PAST
    + r")(?:\s|[.;]?$))"
    r"|\s+but\s+(?=(?:later\s+|also\s+|then\s+)?(?:did|was|were|is|are|has|had|have|would|could"
    r"|will|can|[a-z]{3,}ed)\s)"  # "agreed to add two members but did not accede to ..."
    r"|,\s+(?=though\s)"  # "had appeared to wear a vest, though it was later found ..."
    r"|,\s+so\s+(?=(?:it|he|she|they|we|I|there|the)\s)"  # "..., so it is not a burden"
    # "stabbed several people, then fled", "0.5% of turnover, compared to 7% in the UK",
    # "142 cases, of which three patients have died"
    r"|,\s+(?P<then>then)\s+|,\s+(?=compared\s+(?:to|with)\s)|,\s+(?=of\s+(?:which|whom)\s)"
    # the middle of a list of actions: "killed three people, destroyed hundreds of homes and
    # left thousands without power" (not "arrested two men, aged 19 and 23, on suspicion")
    # (not participles of a noun: "found the victims, trapped in the rubble and injured by ...")
    r"|,\s+(?=(?P<actions>(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s"
    r"(?!(?:in|by|at|on|from|with|under|into|inside|during|after)\b)[^,;]{2,80}?"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s))"
    # a clause with a subject of its own: "The council was adjourned and Lam later delivered
    # the speech", "Coronavirus is an airborne disease and it can be cured" (only after a
    # clause: not "Smith and Jones said")
    r"|(?:,|\s+[—–])?\s+(?:and|but)\s+(?=(?P<clause>" + _NEW_CLAUSE_AFTER_AND + r"))"
    # "..., after which a third person removed his knife", "a trial in which eleven men
    # have been charged"
    r"|,?\s+(?:in|after|during|following)\s+which\s+(?=" + _NEW_SUBJECT + r")"
    # "arrested after a jackal died", "to find a new leader after Jo Swinson was defeated"
    r"|,?\s+(?=(?P<after>after)\s+" + _NEW_SUBJECT_AFTER_AND + r")"
    r"|,\s+(?=at\s+which\s+(?:point|time)\s+)"  # "stable until 2015, at which point ..."
    # a place and what happens there, closing the sentence: "..., where they can cause
    # pneumonia" (not "Libya, where a civil war is underway, goes against ...")
    r"|,\s+(?=where\s+" + _NEW_SUBJECT + r"[^,;:]*$)"
    # two sentences joined by a comma: "..., we also take bath in cow dung" (not "..., he said")
    r"|,\s+(?=(?P<splice>(?:he|she|it|they|we|I|you|there|others|this)\s+(?!" + _VERBS + r")"
    r"(?!(?:think|believe|guess|hope|feel|suppose|mean|know|understand|who|and|or)\b)[a-z]{2,}\s))"
    r"|,\s+as\s+(?=(?:it|he|she|they|we|I|there)\s)"  # "..., as it considers the pipeline ..."
    # what went on meanwhile: "blocking the exits as they chanted slogans"
    r"|\s+as\s+(?=(?:it|he|she|they|we)\s+[a-z]{3,}ed\s)"
    # a full stop the sentence splitter passed over inside a quotation: "… afternoon. They …"
    # (or before a name with a small particle: "... in the airstrike. al-Muhandis was ...")
    r"|(?:(?<=[a-z0-9%)][.!?])|(?<=\[\.\][”\"]))\s+(?=[A-Z0-9]|(?:al|el|ad|ash|bin|ibn)-[A-Z])"
)


_FRAME_NAMED = re.compile(r"[,”\"]\s*" + _INVERTED_VERBS + r"\s+" + _NAME + r"$")


# a word that makes the words after ", and" a clause of their own ("..., and were turned
# down"), not the last item of a list ("..., and an unidentified third officer")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
    # (an irregular past in a compound is an adjective: "well-understood concepts")
    r"|do|said|says|say|(?<!-)" + _IRREGULAR_PAST + r")\b"
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:[a-z]{2,}ed|" + _PARTICIPLE_PAST + r")\b"
    r"|\b[a-z]{3,}s\s+(?:to|it|that)\b"
    r"|n['’]t\b|\bno longer\b"
)
_FINITE_AFTER = re.compile(r"(?:(?:also|then|later|further|\w+ly)\s+)?(?:" + _FINITE.pattern + ")")


# a subject and its verb in the past: "The storm killed" (not "Some estimated", "having thus
# armed")
_ACTION = re.compile(
    r"(?:^|\s)(?!(?:some|the|a|an|having|thus|its|their|his|her|these|those|many|most|being)\b)"
    r"[\w'’-]+\s+(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\s",
    re.I,
)


# a leading clause that the next one depends on: "If the vote fails, we will leave", 'said
# that if the vote fails, we will leave', '"Once it is built, it will ...', "..., so when the
# aircraft failed to stop, it fell"
_SUBORDINATE = re.compile(
    r"(?:^|[“\"(:,—]\s*|\b(?:that|said|so|and|but)\s+)(?:If|Unless|When|Whenever|While|Although|Though|As"
    r"|After|Before|Because|Since|Once|Until|Should|Were|Had)\b",
    re.I,
)


def _conditioned(sentence: str, before: str) -> bool:
    """Whether a condition or time clause leads the words before a joint, in the sentence
    or in the part since the last joint."""
    return any(_SUBORDINATE.search(words) for words in (sentence, before))


def _one_clause(joint: re.Match[str], text: str, start: int) -> bool:
    """Whether a joint that needs a clause on each side ("A which B", "A, we B", "A and the
    B were") has only one."""
    before = text[start : joint.start()]
    if joint["who"] and not re.search(r"(?<!\bthe )\b[A-Z][\w'’.-]*$", before):
        return True  # "the man who was arrested", "the Representatives who voted" define them
    if joint["which"] or joint["who"]:
        # (not a cleft: "It was the NCA's investigation which led to the website")
        cleft = re.match(r"(?:It|This|That)\s+(?:was|is)\b", before)
        return cleft is not None or not _FINITE.search(_clause(before))
    if joint["actions"]:  # after a first action, not "Some estimated death tolls, provided"
        return not _ACTION.search(_clause(before))
    if joint["then"]:  # "If the goal is peace, then foreign powers should ..."
        return _conditioned(text[: joint.start()], before)
    if joint["splice"]:
        return _dependent(text[: joint.start()], before)
    if joint["clause"]:
        return _shared_subject(before, text[joint.end() :])
    if joint["after"]:  # "This comes a week after ..." says nothing of its own
        return len(before.split()) < 5
    return False


def _clause(before: str) -> str:
    """The last clause of ``before``: what follows its last report verb, "that", colon or
    opening quotation mark."""
    return re.split(r"\b(?:that|said|says|told|noted|claimed|added)\s+|:|[“\"](?=\w)", before)[-1]


def _shared_subject(before: str, after: str) -> bool:
    """Whether the words before "and" are only the first part of a subject: "Smith and Jones
    said", 'He noted, "The government and the camp have', "Bob and Doug are home"."""
    names = after[:1].isupper() and not after.startswith(("I ", "The ")) and before[-1:].isalpha()
    # (two names share a plural verb: "Bob and Doug are home", not "... Puerto Rico and Pedro
    # Pierluisi was sworn in" or, after a clause, "US troops had defeated ISIS and Turkey
    # would be moving")
    singular = re.match(
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:was|is|has|does|would|will|could|can|might)\s",
        after,
    )
    clause = _clause(before).rsplit(",", 1)[-1]
    if before.split()[-1:] in (["he"], ["she"], ["we"], ["I"], ["they"]):
        return True  # "after revelations he and his staffers sent ..."
    return not _FINITE.search(clause) or (
        names and not singular and before.split()[-1][:1].isupper()
    )


def _dependent(sentence: str, before: str) -> bool:
    """Whether the words before a comma are no sentence of their own: "If the vote fails",
    "From now on", "In between, she testified"."""
    clause = _clause(before).strip()
    return (
        _conditioned(sentence, before)
        or not _FINITE.search(clause)
        or bool(_ENDS_REPORTING.search(clause))
    )


def _last_item(joint: str, before: str, words: str) -> bool:
    """Whether ", and" ends a list: "..., and head trauma", "black clothes, face masks, and
    helmets gathered" (the item before it a few words of no verb after a comma)."""
    if not re.fullmatch(r",\s+and\s+", joint):
        return False
    # (a source is no item: "..., according to witnesses, and ten cars fell")
    item = re.search(r",\s+(?!according\b)((?:[\w'’-]+\s+){0,2}[\w'’-]+)$", before)
    predicate = re.match(r"(?:is|are|was|were|has|have|had)\s", words)  # "..., and was built"
    return not _FINITE.search(words) or bool(item and not _FINITE.search(item[1]) and not predicate)


def _short_statement(words: str, joined: bool = False) -> bool:
    """Whether a few words state something: "he declined.", "wrote about feminism", "one
    voted no"."""
    subject = re.match(  # (and a closing relative clause: "which he denied")
        r"(?:(?:which|who)\s+)?(?:(?:he|she|it|they|we|I)\s+)?(?:(?:[a-z]+ly|then|later|also)\s+)?",
        words,
    )
    return len(words.split()) > 1 and (
        bool(subject and _FINITE.match(words, subject.end()))
        or bool(re.match(_NEW_SUBJECT, words))  # "one independent supported."
        # after a conjunction, a noun and its verb: "..., while wages fell 2%."
        or (joined and len(words.split()) > 2 and bool(re.match(_NEW_CLAUSE_AFTER_AND, words)))
    )


# a full stop that ends no sentence: "Glawischnig-Piesczek vs. Facebook"
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Gov|Sen|Rep|Jr|Sr|Inc|Ltd|Co|No|vs)\.$")
# a leading clause that states something of its own: "While a vaccine appears to work, ..."
_LEADING = re.compile(
    r"(?:While|Although|Even though|Though|Whereas|With|As|Because|Since)\s+(?!of\b)"
    r"([^,]{25,200}),\s+"
)


def propositions(sentence: Piece) -> list[Piece]:
    """A sentence split where it joins separate statements, as gold labels cut them: "A; B",
    "A, and the B ...", "A, while B", "A, with B", "A and could B", "While A, B", "A, leaving
    B", "A, a city in B", "A after B had C", "A [...] B", a report and the quotation after its
    colon, the sentences of a quotation; a short last item ("..., and head trauma") stays."""
    parts: list[Piece] = []

    def leading_clause(start: int) -> int:
        """Where the part starting at ``start`` goes on after a leading clause of its own."""
        leading = _LEADING.match(sentence.text, start)
        # ("With", "Since" and "As" lead a clause only with a verb: not "Since the release
        # of the text messages, ...", "With resolution No. 1430/2019, ...")
        prepositional = sentence.text.startswith(("With", "Since", "As"), start)
        if not leading or (prepositional and not _FINITE.search(leading[1])):
            return start
        parts.append(_piece(sentence, leading.start(1), leading.end(1)))
        return leading.end()

    start = leading_clause(0)
    for match in _JOINT.finditer(sentence.text, start):
        if (
            # a full stop ends a statement however short, and so does a short clause with a
            # verb ("Three people died and ..."); a comma after a few words does not
            (
                match.start() - start >= 20
                or (
                    # (a short clause with a verb: "He was 34 and reported on the war")
                    (
                        match.start() - start >= 12
                        or len(sentence.text[start : match.start()].split()) >= 3
                    )
                    and (
                        match.group(0).isspace()
                        or (
                            re.search(r"\b(?:and|but)\b", match.group(0)) is not None
                            and bool(_FINITE.search(sentence.text, start, match.start()))
                            and not _SUBORDINATE.search(sentence.text, start, match.start())
                        )
                    )
                )
            )
            # "..., and head trauma." is no statement; "..., but he declined." is
            and (
                len(sentence.text[match.end() :].split()) > 3
                or _short_statement(
                    sentence.text[match.end() :],
                    re.search(r"\b(?:and|but|while|whereas)\b", match.group(0)) is not None,
                )
            )
            and not _ABBREVIATION.search(sentence.text, 0, match.start())
            and not _last_item(
                match.group(0), sentence.text[start : match.start()], sentence.text[match.end() :]
            )
            # who the source is ('..., said John Smith, a spokesman for the company') is part
            # of the frame (but what the source adds is not: '..., said Smith, adding that')
            and (
                not _FRAME_NAMED.search(sentence.text, 0, match.start())
                or sentence.text.startswith("adding", match.end())
            )
            and not _one_clause(match, sentence.text, start)
        ):
            parts.append(_piece(sentence, start, match.start()))
            start = leading_clause(match.end())
    parts.append(_piece(sentence, start, len(sentence.text)))
    # a report split off with nothing of its own ("The prime minister, Boris Johnson,
    # tweeted:", "Hataman agreed, saying", "As Heald told The Huffington Post, ...") frames
    # what follows; it states nothing
    kept = [part for part in parts if not _bare_frame(sentence, part)] or parts
    return [rest for part in kept for rest in _after_gloss(sentence, part)]


def _after_gloss(sentence: Piece, part: Piece) -> list[Piece]:
    """A part without the original words of a translated quotation that open it, and with
    what the text goes on to say after them in Latin script ("... नहीं रोक सकता।  Earlier this
    month, Chakrapani told ThePrint, ...")."""
    if not _GLOSS.match(part.text):
        return [part]
    back = _BACK_TO_LATIN.search(part.text)
    if back is None:
        return []
    start = part.start - sentence.start + back.end()
    return propositions(_piece(sentence, start, part.end - sentence.start))


_RELATIVE = ("which ", "who ", "whose ")
"""How a relative clause's words start."""


def a_relative_clause(words: str) -> bool:
    """Whether the words are a relative clause: inside another claim's evidence a claim of
    its own, and a fact of the article's unless it reports."""
    return words.startswith(_RELATIVE)


# a relative clause set off by commas inside a sentence states a fact of its own: "Efforts
# to contain the SARS outbreak, which took place in 2003, mainly involved ..."
_ASIDE = re.compile(
    r",\s+((?:which|who|whose)\s+(?!said\b)(?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){8,}?),\s"
    # and a clause between dashes: "it is commonplace for new governments — Johnson became
    # prime minister in July — to suspend parliament"
    r"|\s[—–]\s+([^—–;:“”\"]{12,200}?)\s+[—–]\s"
)


def asides(part: Piece) -> list[Piece]:
    """The relative clauses and clauses between dashes inside a proposition that state
    something of their own; the proposition keeps them, as gold labels do."""
    return [
        _piece(part, match.start(group), match.end(group))
        for match in _ASIDE.finditer(part.text)
        for group in (1, 2)
        if match[group] and _FINITE.search(match[group])
    ]


# what a relative clause refers back to: a name ("Abu Mahdi al-Muhandis", "The Islamic State
# of Iraq and the Levant"), with an age after it ("Emily Spanton, 39"), or a noun phrase with
# its determiner ("the SARS outbreak", "a reduced-complexity model")
_CAPITALISED = r"(?:(?:al|el|ad|bin|ibn)-)?[A-Z][\w'’.-]*"
_NAMED = (
    r"(?!(?:Only|Even|Also|But|And|Then|In|On|At|As|When|While|After|Since|If)\b)"
    r"(?:(?:the|The)\s+)?"
    + _CAPITALISED
    + r"(?:\s+(?:(?:of|and|the|"
    + _PARTICLE
    + r")\s+)*"
    + _CAPITALISED
    + r")*"
)
_DETERMINED = (
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Oo]ur)"
    r"(?:\s+(?!(?:in|on|at|to|for|with|by|from|about|as|into|is|are|was|were|has|have|had)\b)"
    r"[\w'’-]+){1,4}"
)
_ANTECEDENT = re.compile(
    r"(?:(?P<name>" + _NAMED + r")(?:,\s+\d{1,3})?|(?P<phrase>" + _DETERMINED + r"))[,\s]*$"
)


def standalone(text: str, evidence: Span) -> str:
    """The evidence's words, a relative clause with what it refers to named: "which took
    place in 2003" after "the SARS outbreak, " is "the SARS outbreak took place in 2003"."""
    # (the subject of its clause: not "which he denied")
    relative = re.match(
        r"(which|who|whose)\s+(?!(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their)\b|[A-Z])",
        evidence.text,
    )
    if relative is None:  # (most claims: nothing to look for before them)
        return evidence.text
    before = text[max(0, evidence.start - 120) : evidence.start]
    # the words since the last comma: the referent must end them, and not be the last of a
    # list ("Libya, and Yemen, which"), the end of an "of" phrase ("a director of the
    # Commission, who") or inside an apposition ("..., an annual commemoration of the War")
    segments = re.split(r"[,;:(—]\s+", re.sub(r",\s+\d{1,3},?\s*$", "", before).rstrip(", "))
    clause = segments[-1]
    referent = _ANTECEDENT.search(clause + ", ")
    if referent is None:
        return evidence.text
    lead = clause[: referent.start()]
    apposition = len(segments) > 1 and re.match(r"(?:a|an|the)\s", clause, re.I)
    # (what a preposition's object is to the sentence is seldom what the clause is about: "a
    # treaty with Iran, which had been agreed", "an attack in Saudi Arabia which halved"; an
    # agent after "by" is: "He was met by Abu Mahdi al-Muhandis, who was also killed")
    attached = re.search(
        r"\b(?:of|for|and|or|in|on|at|with|to|from|into|over|under|after|before|near|against)\s+$",
        lead,
    )
    by_what = relative[1] == "which" and lead.endswith("by ")  # "a documentary by X, which"
    if (
        attached
        or by_what
        or apposition
        or re.match(r"which (?:is|was) (?:why|because)\b", evidence.text)
    ):
        return evidence.text
    named = referent["name"] or referent["phrase"]
    if relative[1] == "whose":
        named += "’s" if "’" in text else "'s"
    return f"{named} {evidence.text[relative.end() :]}"


# a connective that leads into a statement: "Thus, ", "In fact, ", "Nevertheless, "
_LEAD = re.compile(
    r"(?:Thus|Specifically|Nevertheless|Nonetheless|However|Meanwhile|Instead|Moreover"
    r"|Furthermore|Also|Still|Later|Earlier|Then|Now|Overall|Therefore|Hence|Indeed|Finally"
    r"|(?:Addition|Separate|Similar|Current|Previous|Initial|Eventual|Ultimate|Consequent|Recent"
    r"|Subsequent|Original|Notab|Important|Reported|Alleged|Apparent|Unfortunate|Fortunate)ly"
    r"|In fact|In addition|In total|In all|As a result|By contrast|In contrast|In response"
    r"|Whatever the circumstances),\s+"
    r"|(?:and|but)\s+(?=\w)"  # a quotation's second part: '..." said Smith, "and it will grow'
)


def without_lead(evidence: Span) -> Span:
    """The evidence without a connective that only leads into its statement (the gold
    labels' convention); what follows must be a statement of a few words."""
    lead = _LEAD.match(evidence.text)
    rest = evidence.text[lead.end() :] if lead else ""
    if not lead or len(rest.split()) < 4 or not _FINITE.search(rest):
        return evidence
    return Span(text=rest, start=evidence.start + lead.end(), end=evidence.end)


# a turn of an interview, as Wikinews prints one: a paragraph opened by who speaks it,
# "((Philipp Hagemeister)) I saw the notice", "((WN)) What do you think?"
_TURN = re.compile(r"\(\((?P<who>[A-Z][^()\n]{1,60})\)\)")


def a_question(words: str) -> bool:
    """Whether the words ask something (a question is no claim): "What do you think?"."""
    return words.rstrip("”\"' ").endswith("?")


def turns(text: str, publisher: str | None) -> list[tuple[int, str | None]]:
    """Where each turn of an interview in ``text`` starts and who speaks it: None for the
    interviewer (the publisher's name, or whoever mostly asks: "((WN))", "((RS))"). A
    paragraph with no turn of its own goes on with the turn before it."""
    found: list[tuple[int, str]] = []
    questions: Counter[str] = Counter()
    statements: Counter[str] = Counter()
    for paragraph in paragraphs(text):
        turn = _TURN.match(paragraph.text)
        if turn:
            who = turn["who"].strip()
            found.append((paragraph.start, who))
            (questions if a_question(paragraph.text) else statements)[who] += 1
    asks = {who for who in questions if questions[who] >= statements[who]}
    asks.add(publisher or "")
    return [(start, None if who in asks else who) for start, who in found]


# the original words of a translated quotation, as Wikinews prints them ("((es))Spanish
# language: ‍hay muchos abortos"): they say again what the quotation before them says
_GLOSS = re.compile(r"(?:\(\(\w{2,3}\)\)\s*)?(?:[A-Z][a-z]+(?: language)?:\s*\u200d|$)")


def in_gloss(text: str, sentence: Piece) -> bool:
    """Whether a sentence is part of a quotation's original words in another script, after
    the gloss marker in its paragraph ("((ru))Russian: ‍... . После того, как ...")."""
    letters = [c for c in sentence.text if c.isalpha()]
    foreign = sum(c > "\u024f" for c in letters)
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    return foreign * 2 > len(letters) and bool(
        re.search(r"\(\([a-z]{2,3}\)\)", text[paragraph : sentence.start])
    )


# where a quotation's original words in another script end and the text goes on
_BACK_TO_LATIN = re.compile(r"[^\x00-\u024f\s][।॥.!?]?\s+(?=[A-Z][a-z])")


# what a frame that hands over to a quotation ends with: "The family's statement read:",
# "an official account made the following announcement:", "Edwards addressed the public:"
_HANDS_OVER = re.compile(
    r"\b(?:read(?:,? in part)?|(?:the following|an?) (?:announcement|statement)"
    r"|addressed (?:the )?(?:public|nation|crowd|media|press|reporters))$"
)


def _bare_frame(sentence: Piece, part: Piece) -> bool:
    after = sentence.text[part.end - sentence.start :]
    led = sentence.text[: part.start - sentence.start].endswith("As ")
    if re.match(r":\s*[“\"]", after) and _HANDS_OVER.search(part.text.rstrip()):
        return True
    if not (re.match(r":|,\s+" + _PARTICIPLE, after) or led):
        return False
    # (words of its own after the report are no bare frame: "Smith said it was over, adding")
    return any(
        a.start == part.start
        and len(rest.split()) <= 4
        and not (len(rest.split()) > 1 and _FINITE.search(rest))
        for a in attributions(part)
        if not a.trailing
        for rest in [part.text[a.end - part.start :]]
    )


def _piece(sentence: Piece, start: int, end: int) -> Piece:
    return Piece(sentence.start + start, sentence.start + end, sentence.text[start:end])


def is_pronoun(name: str) -> bool:
    return name.strip().lower() in _PRONOUNS


def pronoun_marker(pronoun: str) -> str:
    """PERSON for "he" or "she", GROUP for "they", PRONOUN for any other."""
    return _PRONOUN_MARKERS.get(pronoun.strip().lower(), PRONOUN)


def _titled(words: list[str]) -> list[int]:
    """The indices of the title words among ``words`` ("Foreign", "Minister", "Gov.")."""
    return [i for i, word in enumerate(words) if word.lower().strip(".,") in _TITLE_WORDS]


def full_name(name: str, text: str) -> tuple[str, str | None]:
    """The longest form of ``name`` the article writes ("Sikorski" -> "Radosław Sikorski"),
    and the title written right before it ("Polish Foreign Minister"), if any. A title the
    model wrote into the name moves to the role; the place after a titled name is left out
    ("President Hassan Rouhani of Iran")."""
    owned = re.fullmatch(r"(.+?)['’]s\s+([A-Z].*)", name)
    if owned and len(owned[2].split()) >= 2 and a_person(owned[2]):
        # "Native American Rights Fund's Jacqueline De León": the person, the body her role
        name, role = full_name(owned[2], text)
        return name, role or owned[1]
    head, of, _ = name.partition(" of ")
    words = head.split()
    titled = _titled(words)
    if not (of and titled and titled[-1] < len(words) - 1 and _personal(words[titled[-1] + 1 :])):
        words = name.split()
        titled = _titled(words)
    given_title = None
    # (a body's name is no title and one word: "Office for National Statistics", not
    # "Environmental Research Institute Director Ane Alencar")
    body = bool(titled) and len(words) - titled[-1] == 2
    body = body and any(w.lower() in _ORGANISATIONS for w in words[: titled[-1] + 1])
    # (a country alone is no title: "US Geological Survey", but "US President Joe Biden")
    country = bool(titled) and all(w.lower() in ("us", "uk") for w in words[: titled[-1] + 1])
    if (
        titled
        and not body
        and not country
        and titled[-1] < len(words) - 1
        and _personal(words[titled[-1] + 1 :])
    ):
        given_title = " ".join(words[: titled[-1] + 1])
        name = " ".join(words[titled[-1] + 1 :])
    if not name or not name[0].isupper():
        return name, given_title
    best, role = name, given_title
    # a name of two words is already its full form; a body ("Police") has no given name
    extend = len(name.split()) == 1 and a_person(name)
    word = r"(?:[A-Z][\w'’-]*|[A-Z][a-z]?\.)"  # a capitalised word or an initial, "Dr."
    # (within a line: the title line ends "... from President Trump", the next starts "Trump")
    pattern = re.compile(r"(?<![\w'’.-])((?:" + word + r"[ \t]+){1,6})" + re.escape(name) + r"\b")
    for match in pattern.finditer(text):
        leading = match.group(1).split()
        titled = _titled(leading)
        cut = titled[-1] + 1 if titled else 0
        # one given name: "Radosław Sikorski", not "United States Hamdullah Mohib"
        given = [w for w in leading[cut:] if w.lower() not in _NOT_NAMES][-1:]
        candidate = " ".join([*given, name])
        # the first full mention: "Donald Trump", not his wife "Melania Trump" named later
        if extend and best == name and len(candidate) > len(best):
            best = candidate
        if titled and role is None:
            role = " ".join(leading[:cut])
    return best, role


_ORGANISATIONS = {
    *("organization", "organisation", "board", "association", "union", "authority", "centre"),
    *("center", "administration", "command", "foundation", "society", "company", "university"),
    *("college", "hospital", "bank", "network", "corporation", "institution", "assembly"),
    "service",
    "committee",
    "ministry",
    "agency",
    "court",
    "council",
    "department",
    "office",
    "institute",
    "party",
    "commission",
    "government",
    "bureau",
    *("group", "forces", "force", "army", "navy", "police", "fund", "trust", "federation"),
    *("corps", "guard", "guards", "embassy", "parliament", "senate", "congress", "coalition"),
    *("alliance", "movement", "league", "club", "news", "times", "press", "radio", "magazine"),
    *("conference", "legislature", "legislatures", "caucus", "chamber", "tribunal", "panel"),
    *("programme", "program", "project", "campaign", "channel", "broadcaster", "journal"),
    *("herald", "tribune", "gazette", "observer", "laboratory", "observatory", "survey"),
    *("services", "airlines", "airline", "airways", "railways", "industries", "holdings"),
}


def _personal(words: list[str]) -> bool:
    """Whether the words after a title name a person ("Minister Radosław Sikorski"), not
    the rest of a body's name ("Federal Security Service (FSB)")."""
    return words[-1].lower() not in _ORGANISATIONS and all(w[0].isupper() for w in words)
