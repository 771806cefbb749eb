"""Site boilerplate inside plain text: paragraphs that never hold an article's claims."""

from __future__ import annotations

import re

from .text import PARAGRAPH_BREAK, Piece
from .verbs import FINITE, VERBISH

# A heading that labels furniture: "Read more:", "Photo: ...", "Related".
_HEADING = re.compile(
    r"^(read more|related( articles| stories)?|see also|more on this|recommended|advertisement"
    r"|sponsored|share this|follow us|photo|image|picture|video|credit|copyright|©"
    r"|our standards|editor['’]s note)\b|^(?:correction|clarification)\s*:",
    re.IGNORECASE,
)
# An appeal to the reader: only counts in a paragraph that addresses the reader. (The
# lookahead of first letters spares trying every word at every position: half the CPU.)
_APPEAL = re.compile(
    r"\b(?=[abcdnsw])(donat(e|ion)s?|become a (patron|member|subscriber)|support (us|our)"
    r"|ad ?blocker|whitelist|newsletter|all rights reserved|cookie|click here|sign up|subscribe)\b",
    re.IGNORECASE,
)
# Words that every appeal holds one of: most paragraphs hold none, and a lowercase substring
# test rules them out for a fraction of the regular expression's CPU.
_APPEAL_WORDS = (
    "donat", "become a", "support", "blocker", "whitelist", "newsletter", "rights reserved",
    "cookie", "click here", "sign up", "subscribe",
)  # fmt: skip
_READER = re.compile(r"\b(you|your|please|us|our)\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*([-*•]|\d+[.)])\s+")
# A line that states nothing: a dateline ("Saturday, January 5, 2019"), the name under a pull
# quote ("—Troy Roberts", "—One of the victim's lawyers"), a language tag ("((es))").
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_NAMES = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_FURNITURE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2},?|\d{1,2}\s+" + _MONTH + r")\s+\d{4}\.?"
    r"|[—―]\s*(?:\S+\s+){0,11}\S+"
    r"|\(\([a-z]{2,3}\)\)"
    # a byline ("By Jane Doe, Reuters", "By Jane Doe and John Roe") and a credit line
    # ("Reporting by Jane Doe; Editing by John Smith")
    r"|[Bb]y\s+" + _NAMES + r"(?:\s*(?:,|and|&)\s*" + _NAMES + r"){0,4}\.?"
    r"|\(?(?:(?:Additional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced)\s+by\s+"
    r"[^.]{2,300}\.?\)?"
    r"|[^.]{2,150}\bcontributed(?:\s+reporting)?\s+to\s+(?:this|the)\s+(?:report|story|article)\.?"
    r"|[-_=*~#•·\s]{3,}"  # a rule between the story and what follows
    # when the page was changed: "Updated 3:45 p.m. ET, June 4, 2023"
    r"|(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast (?:updated|modified))\b[^\n]{0,50}?"
    r"(?:\d{1,2}[:.]\d{2}|(?:19|20)\d{2})[^\n]{0,25}"
    # where the story first ran: "This article was originally published by the Daily Bugle."
    r"|This (?:article|story|piece) (?:was|is|has been) (?:originally |first )?"
    r"(?:published|republished|reprinted|produced)\b[^\n]{0,150}"
    # a picture's caption with its credit: "Sirhan in 2016 (Image: CDCR)"
    r"|[^\n]{0,150}\((?:Image|Photo|Picture|Photograph|Credit)s?:\s*[^()\n]{1,60}\)"
)
# A wire dateline that opens a paragraph (the first, in wire copy): "BRUSSELS (Reuters) - ",
# "WASHINGTON, March 3 (AP) — ", "LONDON — "
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{2,30}\))?\s*[-—–]{1,2}\s+(?=[A-Z\"“])"
)


# a picture's name with its credit: "Susan Rice Image: White House.", "Jo JorgensenImage: Jo
# Jorgensen for President." (a caption that says something keeps its claims: "3D printed
# objects on display. Image: Paul Budd.")
_CREDITED = re.compile(r"([^\n]{1,80}?)\s?(?:Image|Photo|Picture)s?:\s*[^\n]{1,60}")


def is_boilerplate(paragraph: str) -> bool:
    line = paragraph.strip()
    credited = _CREDITED.fullmatch(line)
    if _FURNITURE_LINE.fullmatch(line) or _caption(line) or (credited and _caption(credited[1])):
        return True
    first_line = paragraph.splitlines()[0] if paragraph else ""
    if _HEADING.match(first_line) and (":" in first_line[:25] or len(paragraph) < 150):
        return True
    if len(paragraph) >= 800:
        return False
    lowered = paragraph.lower()
    if not any(word in lowered for word in _APPEAL_WORDS):
        return False
    return bool(_APPEAL.search(paragraph) and _READER.search(paragraph))


# a full stop, perhaps inside closing quotes or brackets, that ends a line
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')\]]*$")


def _caption(line: str) -> bool:
    """Whether a paragraph is a picture's caption or a heading: one short line with no verb,
    no figure and no full stop ("Daenerys Targaryen from Game of Thrones", "Steampunk Green
    Lantern"); not "Unemployment at 5.2 percent", "Still no word from the Senate." or a line
    with a colon, which may state a result ("Final score: Caloundra 24, Maroochydore 17")."""
    if len(line) > 120 or "\n" in line or len(line.split()) > 12:
        return False
    return (
        not re.search(r"[:\d]", line)
        and not _ENDS_SENTENCE.search(line)
        and not VERBISH.search(line)
    )


def _gallery(paragraphs: list[Piece]) -> list[Piece]:
    """The captions of a picture gallery: runs of five or more one-line paragraphs of at most
    fifteen words, at least half of them captions by themselves; the others are captions too
    ("501st Legion members", "Lydia Scott as a ranger from Fallout: New Vegas"), but for a
    sentence with a finite verb ("Biden won the state, the party said." between headings)."""
    found: list[Piece] = []
    run: list[Piece] = []
    for paragraph in [*paragraphs, None]:
        line = paragraph.text.strip() if paragraph else ""
        if paragraph and "\n" not in line and len(line) <= 150 and len(line.split()) <= 15:
            run.append(paragraph)
            continue
        if len(run) >= 5 and 2 * sum(_caption(p.text.strip()) for p in run) >= len(run):
            found += [p for p in run if not _sentence(p.text.strip())]
        run = []
    return found


def a_heading(text: str, sentence: Piece) -> bool:
    """Whether a sentence is a short paragraph of its own with no closing punctuation, no
    figure and no colon: a heading or a caption ("General questions", "How The Onion writes
    an issue"), no claim; not a result ("Unemployment at 5.2 percent", "Final score: ...")."""
    before, after = text[: sentence.start], text[sentence.end :]
    gap_before = before[len(before.rstrip()) :]
    gap_after = after[: len(after) - len(after.lstrip())]
    alone = (not before.strip() or bool(PARAGRAPH_BREAK.search(gap_before))) and (
        not after.strip() or bool(PARAGRAPH_BREAK.search(gap_after))
    )
    line = sentence.text.strip()
    return (
        alone
        and len(line.split()) <= 8
        and not re.search(r"[:\d]", line)
        and not re.search(r"[.!?;\"”’')\]…]$", line)
    )


def _sentence(line: str) -> bool:
    return bool(_ENDS_SENTENCE.search(line) and FINITE.search(line))


def boilerplate_spans(paragraphs: list[Piece]) -> list[Piece]:
    """Boilerplate paragraphs, with link lists that follow a boilerplate heading, and the
    captions of a gallery."""
    gallery = set(_gallery(paragraphs))
    found: list[Piece] = []
    previous_was_boilerplate = False
    for paragraph in paragraphs:
        lines = paragraph.text.splitlines()
        is_list = all(_LIST_ITEM.match(line) for line in lines)
        if (
            paragraph in gallery
            or is_boilerplate(paragraph.text)
            or (is_list and previous_was_boilerplate)
        ):
            found.append(paragraph)
            # (a caption is no heading of the list after it: "Timeline" above its events)
            previous_was_boilerplate = paragraph not in gallery and not _caption(
                paragraph.text.strip()
            )
        else:
            previous_was_boilerplate = False
    return found


def without_dateline(paragraph: Piece) -> Piece:
    """The paragraph without a wire dateline that opens it: the place and agency are no
    claim, and the first claim starts after them."""
    dateline = _DATELINE.match(paragraph.text)
    if dateline is None:
        return paragraph
    cut = dateline.end()
    return Piece(paragraph.start + cut, paragraph.end, paragraph.text[cut:])
