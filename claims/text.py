"""Splitting an article into paragraphs and sentences that keep their offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from syntok import segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Token, Tokenizer


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` of the article it came from."""

    start: int
    end: int
    text: str


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[Piece]:
    """Blocks separated by blank lines, stripped of surrounding whitespace."""
    pieces: list[Piece] = []
    position = 0
    for block in [*PARAGRAPH_BREAK.finditer(text), None]:
        stop = block.start() if block else len(text)
        piece = _stripped(text, position, stop)
        if piece:
            pieces.append(piece)
        if block:
            position = block.end()
    return pieces


def sentences(text: str) -> list[Piece]:
    """Sentences of every paragraph (a sentence never crosses a paragraph break). Each runs
    to where the next begins, so no character of a paragraph is left out, and a quotation
    of several sentences stays in one, with its frame ("..., X said"): who said it is
    decided on the whole."""
    found: list[Piece] = []
    for paragraph in paragraphs(text):
        starts = [paragraph.start + start for start in _sentence_starts(paragraph.text)]
        starts += [paragraph.start + m.end() for m in _AFTER_INITIALS.finditer(paragraph.text)]
        starts.sort()
        starts[:1] = [paragraph.start]  # the first runs from the paragraph's start
        starts[1:] = [
            s
            for s in starts[1:]
            if not quoting(text[paragraph.start : s]) and not _goes_on(text, paragraph.start, s)
        ]
        for start, end in zip(starts, [*starts[1:], paragraph.end], strict=True):
            piece = _stripped(text, start, end)
            if piece:
                found.append(piece)
    return found


# syntok reads no end after initials, but a pronoun that follows them opens a sentence:
# "... and Washington, D.C. They also stated ..."
_AFTER_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}\s+(?=(?:They|He|She|It|We)\s)")


# syntok ends a sentence after an abbreviation that comes before a number or a name:
# "resolution No. 1430/2019", "Gov. Greg Abbott", "Lt. Col. Jane Doe"
_NUMBER_SIGN = re.compile(r"\b(?:No|Nos|Nr|Art|Vol)\.\s+$")
_TITLE = re.compile(
    r"(?<![\w.])(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cpl|Maj|Adm|Cmdr|Supt|Insp|Det|Rev|Hon"
    r"|Pres|Prof|Dr|Mr|Mrs|Ms|St)\.\s+$"
)


def _goes_on(text: str, paragraph: int, start: int) -> bool:
    before = max(paragraph, start - 8)
    if text[start : start + 1].isdigit():
        return bool(_NUMBER_SIGN.search(text, before, start))
    return text[start : start + 1].isupper() and bool(_TITLE.search(text, before, start))


def _sentence_starts(paragraph: str) -> list[int]:
    """Where syntok starts each sentence of a paragraph, as ``segmenter.analyze`` would (a
    paragraph holds no blank line, so analyze would see just one), for a fraction of the
    CPU: only the words near a mark that can end a sentence or open a bracket are made into
    tokens, and the segmenter walks only the tokens it decides on."""
    if not _INNER_END.search(paragraph) and not _CLOSED_BEFORE_CAPITAL.search(paragraph):
        return [0]  # no mark that can end a sentence before the last: one sentence
    words = [chunk.span() for chunk in Tokenizer._spaces.finditer(paragraph)]
    tokens = _tokens(paragraph, words, _near_marks(paragraph, words))
    kept = iter([Token(*tokens[i]) for i in _decisive([value for _, value, _ in tokens])])
    return [sentence[0].offset for sentence in segmenter.segment(kept)]


_DECISIVE = State.terminals | State.opening_brackets | State.closing_brackets | State.closing_quotes
_BRACKET_REACH = 50  # tokens past an opening bracket that the segmenter may count and read
_MARK = re.compile("[" + re.escape("".join(sorted({c for v in _DECISIVE for c in v}))) + "]")
_OPENING = {c for v in State.opening_brackets for c in v}
_TERMINAL = re.escape("".join(sorted({c for v in State.terminals for c in v})))
# a mark that can end a sentence with more than closing quotes and brackets after it
_INNER_END = re.compile("[" + _TERMINAL + "](?![" + _TERMINAL + "\"”’')\\]]*$)")
# syntok also ends a sentence at a closing bracket before a capital or a mark: "((WN)) Could
# you ...", "((WSS)) : How have ..."
_CLOSED_BEFORE_CAPITAL = re.compile(r"[)\]]\s+[^\sa-z]")


def _near_marks(text: str, words: list[tuple[int, int]]) -> list[int]:
    """The indices of the words that hold every token `_decisive` keeps: those with a mark
    (a token of one is decisive), the word on either side, those within a bracket's reach,
    and the first and last. Any other word is ordinary tokens among ordinary ones."""
    starts = [start for start, _ in words]
    near = {0, len(words) - 1}
    for mark in _MARK.finditer(text):
        index = bisect.bisect_right(starts, mark.start()) - 1
        reach = _BRACKET_REACH + 1 if mark.group() in _OPENING else 1
        near.update(range(index - 1, index + reach + 1))
    return sorted(i for i in near if 0 <= i < len(words))


_TOKENIZER = Tokenizer(replace_not_contraction=False)  # the one segmenter.analyze uses
# A word of ASCII letters and digits that syntok's tokenizer keeps whole (no lowercase
# letter followed by a capital: "iPhone" is split), with any punctuation around it.
_PLAIN = re.compile(r"([\W_]*)((?:[A-Z0-9]|[a-z](?![A-Z]))+)([\W_]*)")


def _tokens(
    text: str, words: list[tuple[int, int]], chosen: list[int]
) -> list[tuple[str, str, int]]:
    """The spacing, value and offset of each token syntok's tokenizer makes of the chosen
    ``words`` (spans of ``text`` between whitespace): made here for plain words (most of a
    text), by the tokenizer for the rest."""
    tokens: list[tuple[str, str, int]] = []
    for index in chosen:
        start, stop = words[index]
        end = words[index - 1][1] if index else 0
        word = text[start:stop]
        if word.isascii() and word.isalnum() and _one_case(word):
            tokens.append((text[end:start], word, start))  # most words: as they are
        elif (plain := _PLAIN.fullmatch(word)) is None:
            tokens += (
                (t.spacing, t.value, t.offset + end) for t in _TOKENIZER.tokenize(text[end:stop])
            )
        else:
            lead, word, tail = plain.groups()
            spacing = text[end:start]
            for char in lead:  # an opening quote or bracket: a token each
                tokens.append((spacing, char, start))
                spacing, start = "", start + 1
            tokens.append((spacing, word, start))
            if tail:
                position = start + len(word)
                if tail.startswith("..."):
                    tokens.append(("", "...", position))
                    tail, position = tail[3:], position + 3
                tokens += (("", char, position + i) for i, char in enumerate(tail))
    end = words[-1][1] if words else 0
    if end < len(text):
        tokens.append((text[end:], "", len(text)))
    return tokens


def _one_case(word: str) -> bool:
    """True only if no lowercase letter in ``word`` is followed by a capital, so _PLAIN
    would take it whole: string methods tell most words so, faster than the pattern."""
    return word.islower() or word.isupper() or word[1:].islower() or word.isdigit()


def _decisive(values: list[str]) -> list[int]:
    """The indices of the tokens that can sway syntok's segmenter. It decides only at
    sentence ends and brackets, reading the token before and those after; an ordinary token
    between two ordinary ones it only walks past, so it is left out (but not within a
    bracket's reach)."""
    kept = {0, len(values) - 1}
    for index, value in enumerate(values):
        if value in _DECISIVE:
            kept.update((index - 1, index, index + 1))
            if value in State.opening_brackets:
                kept.update(range(index + 1, index + 1 + _BRACKET_REACH))
    return sorted(i for i in kept if 0 <= i < len(values))


def paragraph_around(text: str, position: int) -> tuple[int, int]:
    """Where the paragraph holding ``position`` starts and ends (at a blank line)."""
    end = text.find("\n\n", position)
    return text.rfind("\n\n", 0, position) + 1, len(text) if end < 0 else end


def quoting(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    opened = before.count("“") + before.count("„") + before.count("«")
    closed = before.count("”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


def _stripped(text: str, start: int, end: int) -> Piece | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Piece(start, end, text[start:end]) if end > start else None
