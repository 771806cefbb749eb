"""The verbs the other modules' patterns are built from: the verbs that report what a
source says, and the finite verbs and leading conjunctions that make words a clause."""

from __future__ import annotations

import re

# "announced her government will withdraw the bill" reports a statement; "announced his
# resignation" is an act
ANNOUNCED = (
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


# any character up to the end of the clause ("U.S." ends none)
_CLAUSE_WORDS = r"(?:[^.;]|(?<=[A-Z])\.)"
IRREGULAR_PAST = (
    r"(?:flew|made|took|gave|went|sent|found|began|came|left|held|told|grew|won"
    r"|lost|saw|became|kept|brought|met|paid|ran|led|fell|rose|spent|knew|got|struck|shot|hit"
    r"|stole|broke|wrote|spoke|drove|threw|fought|caught|bought|sold|built|stood|sat|fled|bit"
    r"|dug|hid|sank|swam|wore|tore|froze|chose|drew|forgot|forgave|hung|lay|lit|rode"
    r"|rang|sang|shook|slid|stuck|stung|swore|swept|swung|woke|wept|underwent|undertook"
    r"|overtook|withdrew|arose|dealt|felt|heard|taught|sought|understood|meant|laid"
    r"|withheld|upheld|oversaw|overcame|overthrew|foresaw|slept|knelt|blew|strove|forbade"
    r"|mistook|rebuilt|rewrote)"
)

_AUXILIARY = r"is|are|was|were|had|has|have|could|would|may|might|will|can|did|does"


def _clause_after(word: str, verb: str) -> str:
    """A lookahead for a clause after a verb: "that", or up to three words (``word``) and
    then a verb (``verb``)."""
    return (
        r"(?= that\b| (?:(?:the|a|an|its|their)\s+)?(?:" + word + r"(?:[\w'’%$.-]|(?<=\d),(?=\d))+"
        r"\s+){1,3}?(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:" + verb + r")\b)"
    )


# a clause after a verb of finding or showing: "found the man had died", "show unemployment
# fell" (not "found a body in the river")
CLAUSE_AFTER = _clause_after("", _AUXILIARY + r"|[a-z]{3,}ed|cut|died|" + IRREGULAR_PAST)
# the same with an auxiliary for its verb: "mentioned the series was similar" (not "mentioned
# the book published in 2010", "admitting patients who had waited")
CLAUSE_WITH_AUXILIARY = _clause_after(r"(?!(?:who|which|that)\b)", _AUXILIARY)
_NOT_PASSIVE = r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
# a promise reports what is promised (not "pledged funds", "pledged to the fund")
PROMISED = (
    r"(?:promised|promises|(?:vowed|vows|pledged|pledges)"
    r"(?= (?:to (?!(?:the|a|an|its|their|his|her|this)\b)|that\b)))"
)
# "states" reports only before what it states: "The report states the 707 was a freighter",
# 'The law states "no person shall ..."' (not "in all states as an emergency measure", "six
# states that had decided", "as states began to relax")
STATES = (
    r"(?<!ed )(?<!\ball )(?<!\bthe )(?<!\bother )(?<!\bmany )(?<!\bsome )(?<!\bthese )"
    r"(?<!\bthose )(?<!\bboth )(?<!\bof )(?<!\bas )(?<!\d )(?<!\btwo )(?<!\bsix )(?<!\bten )"
    r"(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bseven )(?<!\beight )(?<!\bnine )(?<!\bfifty )"
    r"(?<!\bThe )(?<!\bseveral )(?<!\bmember )(?<!\bmost )"
    # (and a clause after "that", not a relative one: "states that require photo ID")
    r"states(?=:|,? [“\"]| (?:the|a|an|it|he|she|they|there|[A-Z]\w*)\b| that (?:the|a|an|it"
    r"|he|she|they|we|there|this|these|those|its|their|his|her|no|some|many|most|all|more|both"
    r"|each|every|several|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|thousands|millions|police|officials|few|only|any|such|[A-Z0-9])\b)"
    # and after a plural subject: "The Azerbaijanis state they were responding"
    r"|(?<=s )state(?= (?:that|they|it|he|she|there|we)\b)"
)
# (not a count: "the number of confirmed deaths", "1,600 confirmed cases")
CONFIRMED = (
    r"(?<!\bof )(?<!\bthe )(?<!\d )(?<!\bmost )(?<!\botal )confirmed"
    # (a count's words between: "confirmed coronavirus cases", but "confirmed 12 new cases")
    r"(?! (?:(?!(?:new|more|another|no)\b)[A-Za-z][\w-]* ){0,2}(?:cases?|deaths?|infections?"
    r"|fatalities|dead|patients)\b)"
)
# what a source calls someone or something, "as" what: "was described by the CBCP as"
CALLED = r"(?:described|characteri[sz]ed|labell?ed|dubbed|hailed|praised|branded)"
# (not with an object, but with a clause: "Biden maintained his lead", but "DeJoy maintained
# the USPS could handle it")
_NO_OBJECT = r"(?:(?!\s+(?:his|her|their|its|the|a|an|to)\b)|" + CLAUSE_AFTER + r")"
VERBS = (
    # (not the object of a verb: "urged states not to", "dismissed reports that he would resign")
    r"(?:said|says|say|told|tells|stated|" + STATES + r"|added|adds"
    r"|argued|argues|warned|warns"
    r"|" + ANNOUNCED + r"|"
    r"claimed(?! (?:[\d,]+ )?(?:lives|the lives|responsibility|victory|credit))|(?<!ed )claims"
    r"|reported"
    r"|(?<!\ban )(?<!\ba )(?<!\bthe )alleged"
    r"|(?<!ed )reports(?! (?:were|was|are|is|of|from)\b)|wrote|writes|explained|noted|notes"
    # not a vote that confirms a nominee: "confirmed him", "confirmed Pierluisi's nomination"
    r"|" + CONFIRMED + r"(?! (?:him|her|them)\b)(?! [\w'’]+ (?:nomination|appointment)\b)"
    r"|insisted|emphasi[sz]ed|stressed|believes?|drew (?:parallels|comparisons)|concluded"
    # ("Trump tweeted about the riots" names a topic, not what he said)
    r"|predicted|hinted(?= that\b)|tweeted(?! about\b)"
    # "McCready likened hearing the solo to hearing Mozart", "Day considered her best
    # performance to be Ruth Etting"
    r"|likened(?= [^.,;]{1,60}? to\b)|" + _NOT_PASSIVE + r"considered(?= [^.,;]{1,60}? to be\b)"
    # (not in the passive, nor as a noun's participle: "is estimated to be 15 million years
    # old", "The black hole described in the study")
    r"|" + _NOT_PASSIVE + r"estimated|suggested|suggests?|acknowledged|admitted|underlined"
    r"|reaffirmed|reasserted|commented|hailed|envisioned|indicated|indicates?"
    r"|" + _NOT_PASSIVE + r"described(?! in\b)|described(?= by\b)|describes?"
    r"|continued"
    + _NO_OBJECT
    # (not a kind's participle: "cretinism, a condition characterised by brain damage"; but
    # "was characterised by officials as ...")
    + r"|observed|maintains|characteri[sz]ed(?! by (?!(?:[\w'’-]+ ){1,4}as\b))"
    + r"|denied|denies|asserted|"
    + PROMISED
    + r"|alleges?"
    + CLAUSE_AFTER
    + r"|theori[sz]ed|theori[sz]es|speculated|hypothesi[sz]ed|explains|supposes|dubbed"
    r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )found" + CLAUSE_AFTER + r"|revealed"
    # research reports what it found: "The scientists found crop yields fell"
    r"|(?:(?<=researchers )|(?<=scientists )|(?<=study )|(?<=team )|(?<=authors )|(?<=They )"
    r"|(?<=researchers also )|(?<=scientists also )|(?<=study also )|(?<=team also )"
    r"|(?<=court )|(?<=judge )|(?<=jury ))found"
    # and what they say now: "the researchers estimate it had a top speed of 18 mph"
    r"|(?:(?<=researchers )|(?<=scientists )|(?<=authors ))(?:estimate|report|conclude)"
    r"|testified|cautioned|affirmed|pointed out|points out|estimates(?= that\b)|insists"
    # "they reasoned", "Experts attribute the decline to human activity", "She credited the
    # media with keeping the story alive"
    r"|reasoned|(?<!was )(?<!were )(?<!is )(?<!be )(?:attribut|ascrib)(?:e|es|ed)"
    r"(?= [^.,;]{1,60}? to\b)"
    r"|credit(?:s|ed)(?= [^.,;]{1,60}? with\b)"
    r"|stresses|admits|acknowledges"
    r"|confirms|announces|predicts|contends|contended|concedes|conceded|maintained"
    + _NO_OBJECT
    + r"|posted(?= on\b| to\b)"
    r"|(?:show|shows|showed)" + CLAUSE_AFTER + r"|established(?= that\b)|concludes"
    r"|(?:mentioned|mentions)"
    + CLAUSE_WITH_AUXILIARY
    + r"|blames(?= "
    + _CLAUSE_WORDS
    + r"{1,80}? for\b)"
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
    r"|(?:responded|replied|responding|replying|countered|counters)(?= that\b)|talked of|spoke of"
    # what a source calls someone, praises or blames: 'referred to the riots as acts of
    # "domestic terror"', 'labeled the report as "fake news"', 'lauded his "ability"', "called
    # Trump a clown", "criticized the commutation as an abuse of power"
    r"|(?:referred to|insulted)(?! [^.,;]*\bas well as\b)"
    r"(?= [^.,;]{1,60}? as (?!(?:it|he|she|they|we|I|you|there|well|soon|long|far|much|part)\b))"
    # (not a designation: "labeled Soleimani as a terrorist", "attacked the proclamation of
    # the Golan Heights as Israeli territory")
    r"|(?:labell?ed|attacked)(?= [^.,;]{1,60}? as [“\"])"
    r"|(?:lauded|praised)(?=[^.,;“\"]{0,60}[“\"])|calls on(?= [^.,;]{2,60}? to\b)"
    r"|called(?= [A-Z][\w'’-]+ (?:a|an|the)\s"
    r"(?!(?:next|following|previous|same|other|day|week|month|year|night|morning|evening)\b))"
    r"|(?:criticized|criticised)(?= [^.,;]{1,60}? (?:as|for)\b)"
    # what many say now: "Activists claim standards are ignored", "Meteorologists predict"
    r"|claim(?! to\b)|predict|argue|warn|insist|contend|allege|estimate(?= that\b)"
    r"|went on to say|describing|adding|saying|noting"
    # (a participle clause with what it puts forward: "..., claiming 85,000 Americans were
    # unemployed", not "a motion claiming", "claiming the lives of three")
    r"|(?<![a-z] )(?:claiming|acknowledging|admitting|alleging|predicting|conceding"
    r"|contending)"
    + CLAUSE_WITH_AUXILIARY
    # what a statement goes on to say: "issued a statement announcing the break was contained"
    + r"|(?:(?<=statement )|(?<=statements )|(?<=message )|(?<=release )|(?<=letter )"
    r"|(?<=tweet ))(?:announcing|stating|confirming|agreeing|explaining|that))"
)

# a clause that ends with its report verb: "In between, she testified"
ENDS_REPORTING = re.compile(VERBS + r"$")
PARTICIPLE = (
    r"(?:describing|adding|saying|noting|arguing|warning|insisting|calling|writing"
    r"|claiming(?! (?:[\d,]+ )?(?:lives|the lives|responsibility|victory|credit)\b| to\b)"
    r"|stating|explaining|stressing|asserting|declaring|acknowledging|admitting|alleging"
    r"|predicting|conceding|contending|screaming|shouting|exclaiming|quipping)\b"
)


# the past participles that differ from the past: "was taken ill and taken to hospital"
PARTICIPLE_PAST = (
    r"(?:taken|given|shown|seen|written|driven|flown|thrown|drawn|grown|stolen|chosen"
    r"|spoken|broken|frozen|hidden|beaten|eaten|fallen|forgiven|forgotten|ridden|risen|shaken"
    r"|sworn|torn|worn|born|done|gone|begun)"
)


# a word that makes the words after ", and" a clause of their own ("..., and were turned
# down"), not the last item of a list ("..., and an unidentified third officer")
FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
    # (an irregular past in a compound is an adjective: "well-understood concepts")
    r"|do|said|says|say|(?<!-)" + IRREGULAR_PAST + r")\b"
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:[a-z]{2,}ed|" + PARTICIPLE_PAST + r")\b"
    r"|\b[a-z]{3,}s\s+(?:to|it|that)\b"
    r"|n['’]t\b|\bno longer\b"
)
FINITE_AFTER = re.compile(r"(?:(?:also|then|later|further|\w+ly)\s+)?(?:" + FINITE.pattern + ")")


# a leading clause that the next one depends on: "If the vote fails, we will leave", 'said
# that if the vote fails, we will leave', '"Once it is built, it will ...', "..., so when the
# aircraft failed to stop, it fell"
SUBORDINATE = re.compile(
    r"(?:^|[“\"(:,—]\s*|\b(?:that|said|so|and|but)\s+)(?:If|Unless|When|Whenever|While|Although|Though|As"
    r"|After|Before|Because|Since|Once|Until|Should|Were|Had)\b",
    re.I,
)


# a word that can carry a statement: a verb of any tense, an auxiliary, a negation
VERBISH = re.compile(
    r"\b(?!(?:morning|evening|thing|something|nothing|anything|everything|building|spring"
    r"|king|ring|string|ceiling|wedding|meeting|ruling|briefing|hearing|funding|clothing"
    r"|housing|bombing|shooting|landing)\b)[a-z]+(?:ed|s|ing)\b"
    r"|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
    r"|do|does|did|said|says|take|make|run|go|know|need|want)\b"
    r"|n['’]t\b|['’](?:d|ll|re|ve|m)\b|\b" + IRREGULAR_PAST + r"\b|\b" + PARTICIPLE_PAST + r"\b"
    r"|^Born\b"  # opening the sentence: "Born in Lagos in 1960, she ..."
    # a verb whose present or past has no ending: "The fire spread quickly", "Prices rise"
    r"|\b(?:spread|cut|put|set|let|cost|shut|hurt|quit|burst|split|read|beat|hit|win|rise|fall"
    r"|grow|come|give|see|think|say|tell|become|begin|keep|hold|bring|stand|lose|pay|meet"
    r"|lead|leave|feel|seem|remain|stay|live|die|work|love|like|hope|believe|plan|expect"
    r"|agree|support|oppose|deny|reject|accept|fear|face|call|ask|show|find|get|help|try|use"
    r"|happen|stop|start|fight|kill|attack|own|sell|buy|build|cause|claim|warn)\b"
)
