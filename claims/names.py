"""How the text names a source: patterns for names, bodies, described sources and
pronouns, whether a name may be a person's, and the fullest name and title it writes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .frames import WEEKDAY

TITLE_WORDS = {
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
    "lead",
    "adviser",
    "advisor",
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
NOT_NAMES = {
    *("the", "a", "an", "earlier", "on", "in", "but", "and", "when", "while", "as", "after"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("both", "each", "all", "these", "those", "such", "many", "most", "several", "some"),
    *("also", "then", "later", "meanwhile", "however", "today", "yesterday"),
}

_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "their"}


PRONOUN = "<pronoun>"
PERSON = "<person>"  # "he" or "she": a pronoun that names a person, not a body
GROUP = "<group>"  # "they": a pronoun that names a group
MARKERS = (PRONOUN, PERSON, GROUP)
_PRONOUN_MARKERS = {"he": PERSON, "she": PERSON, "they": GROUP}
# a capitalised word that starts a sentence is not a name: "Some reports suggest"
_NOT_NAME = (
    r"(?!(?:The|A|An|Another|One|Some|No|In|On|At|As|After|But|And|When|While|This|That|It|Its"
    r"|Among|By|Amongst|During|Despite|Since|Until|Before|From|For|With|Without|Under|Per|Meanwhile"
    r"|However|January|February|March|April|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Saying|Speaking|Writing|Adding|Noting|Responding|Commenting|Referring|Addressing|Asked"
    r"|Describing|Explaining|Citing|Quoting|Calling|Having|Being|Following)\b"
    # an adverb that opens a sentence: "First, he juxtaposed numbers, claiming ..." (not
    # "First Minister Nicola Sturgeon")
    r"|(?:First|Second|Third|Finally|Then|Also|Instead|Still|Thus|Hence|Therefore|Nevertheless"
    r"|Moreover|Furthermore|Additionally|Separately|Similarly|Likewise|Overall|Initially"
    r"|Previously|Recently|Currently|Yesterday|Later|Earlier)(?=,|\s+[a-z])"
    # where something was posted: "and on Twitter referred to", "on Twitter West accused"
    r"|(?<=\bon )(?:Twitter|Facebook|Instagram|YouTube|TikTok|Telegram|Weibo)\b)"
)
# the small words inside a person's name: "Arnel dela Vega", "Ursula von der Leyen"
PARTICLE = (
    r"(?:(?:de|dela|del|della|da|di|dos|du|van|von|der|den|bin|al|le|la)\s+){1,2}"
    r"|(?:al|el|ad|as|ash|an|ar|bin|ibn)-"  # "Ahmed al-Assadi"
)
# a name's short form after it: "(WHO)", "Elizabeth Warren (D-MA)", "World Wonder Ring
# Stardom (Stardom)"
SHORT_NAME = r"\((?:[A-Z]{2,6}|[A-Z][a-z]+|[DRI]-[A-Z]{2})\)"
NAME = (
    r"(?:(?:The\s+)?"
    + _NOT_NAME
    + r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|for\s+|&\s+|"
    # "Committee to Protect Journalists" (not "Ambassador to Germany Richard Grenell")
    + r"(?<!mbassador\s)(?<!nvoy\s)(?<!elegate\s)(?<!onsul\s)(?<!epresentative\s)"
    + r"to\s+(?=[A-Z]\w+\s+[A-Z])|"
    + PARTICLE
    + r")?"
    r"[A-Z][\w'’.&-]*){0,5}"
    # a station's or a mission's number: "News 12", "Apollo 11" (not a year or a figure)
    r"(?:\s+\d{1,2}(?![\d.,%:]|\s+(?:percent|per|of|to|and|or|years?|days?|people)\b))?)"
    r"(?:\s+" + SHORT_NAME + ")?"
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
DESCRIBED = (
    r"(?:[Tt]he|[Aa]n?|[Oo]ne(?: of (?:the|them|their|these|those))?|[Ii]ts|[Tt]heir|[Ss]ome"
    r"|[Hh]is|[Hh]er"
    r"|[Tt]his|[A-Z][\w-]*['’]s)(?:\s+" + _NOT_DESCRIBING + r"[\w-]+(?:['’]s)?){0,3}?"
    r"\s+" + _NOT_DESCRIBING + _NOT_ADVERB + r"[a-z][\w-]*"
)
BODY = (
    r"(?:(?:the|several|some|(?!(?:"
    + WEEKDAY
    + r"|On|In|At|By|For|From|As|After|When|While)\b)[A-Z][\w-]*(?:\s+(?:and\s+)?(?!"
    + WEEKDAY
    + r"\b)[A-Z][\w-]*){0,3}|"
    + _NOT_DESCRIBING
    + r"[a-z]+) )?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities"
    r"|[Rr]esearchers|[Ss]cientists|[Ee]xperts|[Ll]eaders|[Ww]itnesses|[Pp]rosecutors|[Aa]nalysts"
    r"|[Dd]octors|[Rr]eports|[Ss]tudies|[Rr]esidents|[Cc]ritics|[Ii]nvestigators|[Ss]ources"
    r"|[Oo]bservers|[Aa]ctivists|[Ll]awmakers|[Mm]edia|[Ww]orkers|[Aa]gencies|[Gg]roups"
    r"|[Oo]rgani[sz]ations|[Uu]nions|[Cc]harities|[Cc]ampaigners|[Pp]rotesters|[Dd]iplomats"
    r"|[Ee]conomists|[Hh]istorians|[Oo]fficers|[Mm]edics|[Ll]awyers|[Ii]nvestigations|[Ff]indings"
    r"|[Rr]esults|[Ss]urveys|[Pp]olls|[Ss]taff|[Mm]embers|[Ee]mployees|[Oo]rgani[sz]ers"
    r"|[Vv]olunteers|[Ss]urvivors|[Rr]elatives|[Ff]irefighters|[Rr]escuers|[Nn]eighbou?rs"
    r"|[Pp]assengers|[Ss]tudents|[Tt]eachers|[Nn]urses)"
)

_CARRIER = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:report|study|article|statement|paper|survey|analysis"
    r"|investigation|review|interview|tweet|post|letter|speech|figure|estimate|poll|record"
    r"|document)s?(?:\s+on\s+\w+)?"
    # "a poll published by NBC News", "a survey published in 2017 by the Society"
    r"(?:\s+(?:released|published|posted|issued|commissioned|conducted)(?:\s+in\s+\d{4})?)?"
    # (where a speech was given is not who gave it: "a speech in Delaware")
    r"\s+(?:by|from|(?<!speech\s)(?<!speeches\s)in)\s+(?:the\s+)?(?P<who>[A-Z][\w'’.&-]*"
    r"(?:\s+(?:of\s+|the\s+|and\s+|for\s+)?[A-Z][\w'’.&-]*)*"
    r"(?:(?<=['’]s)\s+(?:office|government|campaign|spokesperson|spokesman|lawyers?))?)"
)
_OWNER = re.compile(
    r"['’]s (?:[a-z]+ )?(?:statement|summary|ruling|opinion|judge?ment|letter|decision|order"
    r"|verdict|report|findings|words)$"
)


def source_name(who: str) -> str:
    """The source a naming stands for, without what carries its words or when."""
    who = re.sub(r"(?<=[A-Za-z]{2})\.$", "", who)  # "said Bash." but "U.S."
    # "reports on Saturday", "the report dated March 16"
    who = re.sub(r"\s+(?:on|dated)\s+[A-Z]\w+(?:\s+\d+)?$", "", who)
    # "a speech in Delaware in which he called" is his (but "a report from ABC in which they
    # said" is ABC's)
    spoken = re.fullmatch(r"(.+?)\s+in which\s+(he|she|they|we)", who)
    if spoken and not _CARRIER.match(spoken[1]):
        return spoken[2]
    who = re.split(r"\s+(?:who|which|that)\s", who)[0]  # "according to CNN who reported"
    who = _OWNER.sub("", who)  # "the judge's statement reads" is the judge's
    who = re.sub(r"\s*" + SHORT_NAME + "$", "", who)
    carrier = _CARRIER.match(who)  # "a recent report by The Atlantic" is The Atlantic's
    return carrier["who"] if carrier else who


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
        any(w.lower() in ORGANISATIONS or w in ("and", "&") for w in words)
        or (len(words) == 1 and words[0].isupper())
        or re.fullmatch(BODY, name, re.I)
    )


def is_pronoun(name: str) -> bool:
    return name.strip().lower() in _PRONOUNS


def pronoun_marker(pronoun: str) -> str:
    """PERSON for "he" or "she", GROUP for "they", PRONOUN for any other."""
    return _PRONOUN_MARKERS.get(pronoun.strip().lower(), PRONOUN)


def _titled(words: list[str]) -> list[int]:
    """The indices of the title words among ``words`` ("Foreign", "Minister", "Gov.")."""
    return [i for i, word in enumerate(words) if word.lower().strip(".,") in TITLE_WORDS]


_WORD = r"(?:[A-Z][\w'’-]*|[A-Z][a-z]?\.)"  # a capitalised word or an initial, "Dr."
# (within a line: the title line ends "... from President Trump", the next starts "Trump")
_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])((?:" + _WORD + r"[ \t]+){1,6})\Z")


def _words_before(mention: str, text: str) -> Iterator[list[str]]:
    """For each match of the pattern ``mention`` in ``text``, the capitalised words written
    right before it on its line (a match with none is skipped). The mention is found first
    and the words looked for back from it: one pass over a long text, not a pattern tried at
    every capital letter."""
    for found in re.finditer(mention, text):
        run = _WORDS_BEFORE.search(text, max(0, found.start() - 200), found.start())
        if run:
            yield run[1].split()


def _defined(short: str, text: str) -> str | None:
    """The long form the text writes before ``short`` in brackets: its initials, or its last
    word if it holds no title ("the World Health Organization (WHO)", "World Wonder Ring
    Stardom (Stardom)"; not "WASHINGTON (AP)", nor "Chief Executive Kevin Plank (Plank)")."""
    for words in _words_before(r"\(" + re.escape(short) + r"\)", text):
        # (from after an owner or an opening word: "Yesterday Japan's World Wonder ...")
        owners = [i for i, word in enumerate(words) if re.search(r"['’]s$", word)]
        words = words[owners[-1] + 1 if owners else 0 :]
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]
        initials = "".join(word[0] for word in words)
        if words and (short == initials or (short == words[-1] and not _titled(words))):
            return " ".join(words)
    return None


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
    body = body and any(w.lower() in ORGANISATIONS for w in words[: titled[-1] + 1])
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
    # a short form the article defines is the name it stands for: "World Wonder Ring Stardom
    # (Stardom)", "the World Health Organization (WHO)"
    if len(name.split()) == 1:
        long_form = _defined(name, text)
        if long_form:
            return long_form, role
    # a name of two words is already its full form; a body ("Police") has no given name
    extend = len(name.split()) == 1 and a_person(name)
    for leading in _words_before(re.escape(name) + r"\b", text):
        titled = _titled(leading)
        cut = titled[-1] + 1 if titled else 0
        given = _given(leading[cut:])
        if re.search(r"['’]s$", leading[-1]):  # an owner is no given name: "Norway's Warholm"
            given = []
        candidate = " ".join([*given, name])
        # the first full mention: "Donald Trump", not his wife "Melania Trump" named later
        if extend and best == name and len(candidate) > len(best):
            best = candidate
        if titled and role is None:
            role = " ".join(leading[:cut])
    if extend and best == name:
        # a given name whose first mention has the surname after it: "Simon" -> "Simon Ličen"
        first = re.search(r"(?<![\w'’.-])" + re.escape(name) + r"(?![\w'’-])", text)
        after = _WORDS_AFTER.match(text, first.end()) if first else None
        rest = after[0].split() if after else []
        while rest and rest[-1].lower() in NOT_NAMES:
            rest.pop()
        if (
            rest
            and rest[0].lower() not in NOT_NAMES
            and not any(word.lower() in _PLACE_WORDS for word in rest)
            and a_person(" ".join([name, *rest]))
        ):
            best = " ".join([name, *rest])
    return best, role


# (initials with a full stop or a one-dot leader, "Sergey M․"; not a title's first words,
# "Time Person of the Year", nor a place named for someone, "Trump Tower")
_WORDS_AFTER = re.compile(
    r"(?:[ \t]+(?:[A-Z][.․]|[A-Z][\w'’-]*(?![\w'’.․-]))){1,3}(?![ \t]+of[ \t]+the\b)"
)
_PLACE_WORDS = {
    *("tower", "street", "road", "avenue", "square", "park", "building", "hotel", "house"),
    *("hall", "bridge", "airport", "station", "stadium", "plaza", "island", "county", "city"),
}


# a numeral that ends a sentence is no initial: "World War I. Smith", not "Emily W. Murphy"
_NUMERAL = re.compile(r"[IVX]\.")
_INITIAL = re.compile(r"[A-Z]\.")


def _given(words: list[str]) -> list[str]:
    """The given name among the capitalised ``words`` written right before a surname: one
    ("Radosław Sikorski", not "United States Hamdullah Mohib"), with the initials after it
    ("Emily W. Murphy")."""
    run: list[str] = []
    for word in reversed(words):
        # (nor a body's name before it: "Washington State University Simon Ličen")
        if word.lower() in NOT_NAMES or word.lower() in ORGANISATIONS:
            break
        run.insert(0, word)
    if run and _NUMERAL.fullmatch(run[-1]):
        return []
    start = len(run) - 1
    while start > 0 and _INITIAL.fullmatch(run[start]) and not _NUMERAL.fullmatch(run[start]):
        start -= 1
    return run[start:]


ORGANISATIONS = {
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
    return words[-1].lower() not in ORGANISATIONS and all(w[0].isupper() for w in words)
