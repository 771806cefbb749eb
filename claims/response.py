"""The schema the LLM fills, and the validators that hold it to the article's text.

Validation errors go back to the model (instructor re-asks), so every message says what
to change. ``ground`` turns one valid model claim into a result Claim with true offsets.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, create_model, model_validator

from . import (
    dates,
    frames,
    hedges,
    interviews,
    names,
    propositions,
    quotations,
    sources,
    speakers,
    statements,
)
from .grounding import locate
from .models import Certainty, Claim, DateRef, Mode, Span, Speaker
from .text import Piece, paragraph_around


class ModelClaim(BaseModel):
    s: int
    quote: str
    statement: str
    speaker: str | None = None
    role: str | None = None
    cue: str | None = None
    mode: Mode
    hedges: list[str] = []
    certainty: Certainty = "certain"
    when: str | None = None
    dates: list[str] = []


class CitedClaim(BaseModel):
    """The compact form for small models: code decides what the text can decide."""

    s: int
    who: str | None  # required, so a grammar makes the model decide it before the words
    q: str


_shown: ContextVar[Source | None] = ContextVar("shown", default=None)
# a quotation whose own paragraph names who said it after it ('"... think that," said a
# protester using the pseudonym Katya'), which does not go on from the speaker before
_FRAMED_LATER = re.compile(
    r"[”\"»],?\s+(?:(?:[A-Z][\w'’.-]*|he|she|they)\s+){0,4}"
    r"(?:said|says|added|wrote|told|continued|explained|noted|recalled|tweeted)\b"
)
_SOMEONE = "<someone>"  # a source the text refers to but does not name


@contextlib.contextmanager
def checked_against(source: Source) -> Iterator[None]:
    """Answers validated inside this block (in this thread) are grounded in ``source``.

    Not instructor's ``context=``: instructor renders every message as a Jinja template
    when given one, and an article with ``{{`` or ``{%`` in it would be altered or fail."""
    token = _shown.set(source)
    try:
        yield
    finally:
        _shown.reset(token)


def _check(claims: Sequence[ModelClaim | CitedClaim]) -> None:
    """Raise every grounding problem at once, worded for the model to fix (instructor sends
    the message back). Outside ``checked_against`` there is nothing to check."""
    source = _shown.get()
    if source is None:
        return
    problems = [
        f"claims[{index}]: {problem}"
        for index, claim in enumerate(claims)
        for problem in source.problems(claim)
    ]
    if problems:
        raise ValueError(
            "Fix these claims (copy words exactly from the numbered sentence):\n"
            + "\n".join(problems)
        )


@dataclass(frozen=True)
class Source:
    """The article as the model saw it: its text and the sentences it was shown by number."""

    text: str
    sentences: dict[int, Piece]
    published: dt.date | None
    publisher: str | None
    # where each quote was found: the validator looks, then grounding looks again
    _found: dict[tuple[str, int, int], Span | None] = field(default_factory=dict, compare=False)

    def quote_problems(self, number: int, quote: str) -> list[str]:
        sentence = self.sentences.get(number)
        if sentence is None:
            return [f"s={number} is not one of the numbered sentences"]
        if self._find(quote, sentence) is None:
            return [f"quote {quote!r} is not in sentence [{number}]"]
        return []

    def problems(self, claim: ModelClaim | CitedClaim) -> list[str]:
        if isinstance(claim, CitedClaim):
            located = self.located(claim.s, claim.q)
            return [] if located else self.quote_problems(claim.s, claim.q)
        found = self.quote_problems(claim.s, claim.quote)
        if claim.s not in self.sentences:
            return found
        sentence = self.sentences[claim.s]
        found += [
            f"hedge {hedge!r} is not in sentence [{claim.s}]"
            for hedge in claim.hedges
            if self._find(hedge, sentence) is None
        ]
        return found

    def ground(self, claim: ModelClaim, warnings: list[str]) -> Claim:
        """The result claim; raises ValueError when its evidence is not in the text.

        A hedge cue that is not in the sentence is left out with a warning.
        """
        sentence = self.sentences.get(claim.s)
        evidence = self._find(claim.quote, sentence) if sentence else None
        if sentence is None or evidence is None:
            raise ValueError("; ".join(self.problems(claim)))
        cues: list[Span] = []
        for hedge in claim.hedges:
            span = self._find(hedge, sentence)
            if span is None:
                warnings.append(f"hedge cue {hedge!r} left out: not in sentence [{claim.s}]")
            else:
                cues.append(span)
        cues = _unique(cues)
        author = claim.mode == "author"
        name, title = names.full_name(claim.speaker, self.text) if claim.speaker else (None, None)
        return Claim(
            statement=claim.statement.strip(),
            evidence=evidence,
            speaker=Speaker(
                name=(self.publisher or "author") if author else name,
                role=None if author else claim.role or title,
            ),
            cue=None if author else claim.cue,
            mode=claim.mode,
            hedged=bool(cues),
            hedge_cues=cues,
            # Certainty follows the cues found in the text, so the two never contradict.
            certainty=_certainty(claim.certainty, bool(cues)),
            stated_on=self._date(claim.when) if claim.when and not author else None,
            dates_mentioned=[self._date(text) for text in claim.dates if text.strip()],
        )

    def ground_cited(
        self, claim: CitedClaim, previous: Claim | None, said_on: dict[str, DateRef]
    ) -> Claim:
        """A compact claim completed from the text; raises ValueError when not grounded.

        ``previous`` is the claim before it, whose speaker a pronoun refers to; ``said_on``
        is when each speaker last said something as far as the text has told, kept up to
        date here.
        """
        found = self.located(claim.s, claim.q)
        if found is None:
            raise ValueError("; ".join(self.quote_problems(claim.s, claim.q)))
        sentence, evidence = found
        # the proposition it stands in: its frame says when (a model may cite less)
        part = next(
            (p for p in propositions.propositions(sentence) if p.start <= evidence.start < p.end),
            sentence,
        )
        # an interviewee's answer is their own words, whatever it reports
        turn = self._turn(sentence.start)
        interviewee = turn.who if turn else None
        if turn and interviewee and evidence.start < turn.words < evidence.end:
            evidence = Span(
                text=self.text[turn.words : evidence.end], start=turn.words, end=evidence.end
            )
        who, frame = (
            (interviewee, None)
            if interviewee
            else self._speaker(claim.who, sentence, evidence, previous)
        )
        attributed = who is not None
        role = None
        if who == _SOMEONE:
            who = None
        elif who:
            who, role = names.full_name(who, self.text)
        if not interviewee:
            evidence = frames.strip_frame(self.text, evidence, attributed, frame)
        # what the publication reports itself ("Wikinews observed the exhibit features ...")
        # is its own claim
        own_report = bool(who) and who == self.publisher
        mode = (
            "direct"
            if interviewee
            else "author"
            if own_report
            else quotations.mode(self.text, evidence, attributed)
        )
        # a cue just before the words ("reportedly said"), but not one of another part,
        # and hearsay or belief that frames the whole sentence ("Reportedly, ...")
        start = max(part.start, evidence.start - 25)
        region = Piece(start, evidence.end, self.text[start : evidence.end])
        cues, certainty = hedges.hedges(self.text, region)
        # (a relative clause states its own fact: "accused of X, which he denied")
        relative = propositions.a_relative_clause(evidence.text)
        framing = [] if relative else hedges.framing_hedges(self.text, sentence, start)
        if framing:
            cues = [*framing, *cues]
            certainty = "probable" if certainty == "certain" else certainty
        stated_on = None
        if who and not own_report:
            when = frames.when_said(part, evidence)
            # else when the text last dated a statement by the same speaker, if it did
            stated_on = self._date(when) if when else said_on.get(who)
            if stated_on:
                said_on[who] = stated_on
        # the cue: a participle that carries the words ("..., adding ..."), else the verb of
        # the speaker's own frame, else the attribution word nearest the words ("Police said
        # the man, who denied it, ...": said); only the speaker's verb is one a statement
        # reports with
        nearest = frames.cues(sentence, evidence) if attributed else []
        own = next((c for c in nearest if statements.speakers_verb(self.text, c, who or "")), None)
        carrier = nearest[0] if nearest and frames.a_participle(nearest[0]) else None
        cue = (carrier or own or nearest[0]).text if nearest else None
        if cue is None and attributed and previous and who == previous.speaker.name:
            # the same speaker going on, as a quotation running on: '"...," Myers said. "We
            # ..."' (the cue only: a statement reports with no verb from another sentence)
            cue = previous.cue
        if turn and interviewee:  # (the turn's label attributes an answer, as gold files have it)
            cue = turn.label
        if own_report:
            cue = None
        return Claim(
            statement=statements.reported(
                who,
                mode,
                statements.standalone(self.text, evidence, sentence),
                complement=self._verb(frame, evidence),
                cue=own.text if own else None,
                before=self.text[sentence.start : evidence.start],
            ),
            evidence=statements.without_lead(evidence),
            speaker=Speaker(name=who or self._own(attributed), role=role),
            cue=cue,
            mode=mode,
            hedged=bool(cues),
            hedge_cues=cues,
            certainty=certainty,
            stated_on=stated_on,
            dates_mentioned=[self._date(text) for text in frames.dates_in(evidence)],
        )

    def _pronoun(
        self, marker: str, sentence: Piece, before: str | None, at: int | None = None
    ) -> str:
        """Who a pronoun source at ``at`` is: the person who opens its sentence before it
        ("Rhys-Davies broke news when he revealed ..."), else the previous speaker if they
        fit, else the source last named before the sentence, else someone the text does not
        name."""
        person = marker == names.PERSON
        opener = speakers.opener(self.text, sentence, at) if person and at is not None else None
        if opener:
            return opener
        # "it" may be a report, "he" and "they" are people ("The results showed ... They
        # found ..." is the researchers)
        things = marker == names.PRONOUN
        if (
            before
            and (not person or names.a_person(before))
            and (things or not names.a_thing(before))
        ):
            return before
        named_before = speakers.last_source(self.text, sentence.start, person, things)
        return named_before or _SOMEONE

    @functools.cached_property
    def _turns(self) -> list[interviews.Turn]:
        return interviews.turns(self.text, self.publisher)

    def _turn(self, position: int) -> interviews.Turn | None:
        """The turn of an interview the words at ``position`` stand in, if any."""
        return next((turn for turn in reversed(self._turns) if turn.start <= position), None)

    def _own(self, attributed: bool) -> str | None:
        """Who speaks a claim the text names no one for: the article, unless it is attributed
        to someone the text does not name (then no one: not the article's own claim)."""
        return None if attributed else self.publisher or "author"

    def _speaker(
        self, named: str | None, sentence: Piece, evidence: Span, previous: Claim | None
    ) -> tuple[str | None, frames.Attribution | None]:
        """Who asserts it, and the attribution inside the evidence that says so, if any.

        The source the text names for this part of the sentence ("X said", "according to
        X"; "he" is the previous speaker); else the model's name, but only if the sentence
        contains it and this part an attribution word (a small model labels most sentences
        with some name from the article); else, inside a quotation running on, the previous
        speaker; else nobody: the article's own statement."""
        before = previous.speaker.name if previous and previous.mode != "author" else None
        found = sources.attributions(sentence)
        own = [a for a in found if evidence.start <= a.start < evidence.end]
        earlier = [a for a in found if a.end <= evidence.start]
        # a report after a ";" covers the statement it closes, not the one before the ";"
        later = [
            a
            for a in found
            if a.start >= evidence.end
            and a.trailing
            and ";" not in self.text[evidence.end : a.start]
        ]
        frame = own[0] if own else None
        quoted = quotations.inside_quotation(self.text, evidence.start)
        # a relative clause after a report is the article's background ("Mitsotakis
        # reasserted the openness of the EastMed project, which is aimed at ..."), unless it
        # stands in a quotation or goes on with what the report says
        relative = propositions.a_relative_clause(evidence.text) and not (
            quoted
            or frames.attributed(self.text, evidence)  # "who said officers arrived"
            or (earlier and sources.goes_on_reporting(self.text, earlier[-1], evidence))
        )
        around = [] if relative else earlier[-1:] or later
        if not own and frames.a_deed_after(self.text, sentence.start, evidence):
            return None, None  # what the source then did is the article's account
        if frame and frames.an_act(self.text, frame, evidence):
            return None, None
        chosen = frame or (around[0] if around else None)
        if chosen is None and quoted:
            chosen = self._named_after(evidence)
        group = (
            chosen and chosen.who == names.GROUP and speakers.last_group(self.text, sentence.start)
        )
        if group:
            return group, frame
        if chosen and chosen.who in names.MARKERS:
            return self._pronoun(chosen.who, sentence, before, chosen.start), frame
        if chosen:
            return chosen.who, frame
        opening = speakers.subject(sentence, evidence)
        if opening and names.is_pronoun(opening):  # "He sought it, arguing that ..."
            return self._pronoun(names.pronoun_marker(opening), sentence, before), None
        if opening:
            return opening, None
        named = (named or "").strip() or None
        if named and names.is_pronoun(named):
            return before, None
        # a name inside a quotation that names no source of its own is not who speaks it
        # ("Not even Madrid knows ..."); one that does ("“...,” Sikorski said at") is its own
        if (
            quoted
            and previous
            and previous.mode != "author"
            and not found
            and not _FRAMED_LATER.search(
                self.text, evidence.end, paragraph_around(self.text, evidence.end)[1]
            )
        ):
            return before or _SOMEONE, None  # the same speaker, named or not
        plausible = (
            named
            and len(named.split()) <= 6
            and named.lower() in sentence.text.lower()
            and not frames.agentless(sentence)
            # (not whom it was told to: "..., telling the Nevada Independent: “...”")
            and not re.search(
                r"\b(?:telling|told|tells|tell)\s+(?:the\s+)?" + re.escape(named),
                sentence.text,
                re.I,
            )
        )
        if plausible and frames.attributed(self.text, evidence):
            return named, None
        # a quotation is someone's words even when the text does not say whose, and the words
        # of the person the sentence before says spoke ("Mayor Jane Smith spoke to reporters.
        # “We will rebuild ...”")
        if quoted:
            before_it = max(
                (s for s in self.sentences.values() if s.end <= sentence.start),
                key=lambda s: s.start,
                default=None,
            )
            spoke = (
                speakers.spoke_before(self.text, before_it)
                or speakers.first_person_before(self.text, before_it, sentence, evidence.text)
                if before_it
                else None
            )
            return spoke or _SOMEONE, None
        return None, None

    def _named_after(self, evidence: Span) -> frames.Attribution | None:
        """The source named in the sentence after the quotation the evidence stands in."""
        closing = quotations.closes_quotation(self.text, evidence.end)
        if closing is None:
            return None
        following = next(
            (
                s
                for s in self.sentences.values()
                if s.start > closing and not self.text[closing + 1 : s.start].strip()
            ),
            None,
        )
        return speakers.names_quotation_before(self.text, following) if following else None

    def _verb(self, frame: frames.Attribution | None, evidence: Span) -> str | None:
        """The words between the source and a complement or an object that needs them:
        " drew parallels " in "Sikorski drew parallels to the Korean War", " referred to " in
        "Trump referred to the riots as acts of terror"."""
        if frame is None or frame.trailing:
            return None
        # (a pronoun source is its word in the text: "He called Trump a clown")
        who = self.text[frame.start :].split()[0] if frame.who in names.MARKERS else frame.who
        named = self.text.rfind(who, frame.start, evidence.start)
        words = self.text[named + len(who) : evidence.start]
        needed = _COMPLEMENT.match(evidence.text) or _TAKES_OBJECT.search(words)
        return words if needed and named >= 0 and re.fullmatch(r"[\w\s'’-]+", words) else None

    def located(self, number: int, quote: str) -> tuple[Piece, Span] | None:
        """The quote in the cited sentence, else in any sentence the model was shown (small
        models lose count); the offsets are the text's either way."""
        cited = self.sentences.get(number)
        order = ([cited] if cited else []) + [s for s in self.sentences.values() if s is not cited]
        for sentence in order:
            span = self._find(quote, sentence)
            if span is not None:
                return sentence, span
        return None

    def _find(self, words: str, sentence: Piece) -> Span | None:
        key = (words, sentence.start, sentence.end)
        if key not in self._found:
            self._found[key] = locate(words, self.text, sentence.start, sentence.end)
        return self._found[key]

    def _date(self, words: str) -> DateRef:
        return dates.resolve(words, self.published)


# words that cannot follow "X said that": a complement of the frame's own verb
_COMPLEMENT = re.compile(r"(?:to|with|of|about|for|on|at|from|into|against|over)\s")
# a verb whose object is what the source says something of: "called Trump a clown"
_TAKES_OBJECT = re.compile(
    r"\b(?:refer(?:red|s) to|label(?:l?ed|s)|lauds?|lauded|prais(?:ed|es)|calls?|called"
    r"|critici[sz](?:ed|es)|insult(?:ed|s)|attack(?:ed|s)|describe[sd]|characteri[sz]e[sd]"
    r"|dubbed|hail(?:ed|s)|brand(?:ed|s)|accuse[sd]|blame[sd])\s+$"
)


def _certainty(said: Certainty, hedged: bool) -> Certainty:
    if not hedged:
        return "certain"
    return "probable" if said == "certain" else said


def _unique(spans: list[Span]) -> list[Span]:
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return list(seen.values())


class SentenceLabel(BaseModel):
    who: str | None


@functools.cache
def _answers() -> tuple[type[BaseModel], type[BaseModel], type[BaseModel]]:
    """The answer schemas of one call: a base, the full claims, the cited claims.

    They derive from instructor's schema base: that spares a wrapper class per call, and
    their JSON schema, which instructor asks for on every call, is built once per class
    (together about a third of the framework's CPU per article). Built on first use: that
    base imports the openai package, a second of start-up that a run served from the cache,
    and every command that calls no model, would pay for nothing."""
    from instructor import OpenAISchema

    schemas: dict[type[BaseModel], str] = {}

    class Answer(OpenAISchema):
        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
            if args or kwargs:
                return super().model_json_schema(*args, **kwargs)
            if cls not in schemas:
                schemas[cls] = json.dumps(super().model_json_schema())
            # a fresh copy each time, from JSON: 4x faster than copy.deepcopy
            schema: dict[str, Any] = json.loads(schemas[cls])
            return schema

    class Grounded(Answer):
        claims: Sequence[ModelClaim | CitedClaim]

        @model_validator(mode="after")
        def grounded(self) -> Any:
            _check(self.claims)
            return self

    class ModelClaims(Grounded):
        claims: list[ModelClaim]

    class CitedClaims(Grounded):
        claims: list[CitedClaim]

    return Answer, ModelClaims, CitedClaims


@functools.cache
def sentence_labels(count: int) -> type[BaseModel]:
    """Exactly one label per sentence shown, in order: a sequence-labelling answer that a
    small model cannot loop in (its length is fixed by the schema, so by the grammar)."""
    answer: type[BaseModel] = create_model(
        "SentenceLabels",
        __base__=_answers()[0],
        sentences=(list[SentenceLabel], Field(min_length=count, max_length=count)),
    )
    return answer


Schema = Callable[[int], tuple[type[BaseModel], type[BaseModel]]]
SCHEMAS: dict[str, Schema] = {
    "extract_claims": lambda count: (_answers()[1], ModelClaim),
    "cite_claims": lambda count: (_answers()[2], CitedClaim),
    "label_sentences": lambda count: (sentence_labels(count), SentenceLabel),
}
"""Each prompt task's answer schema and claim schema, given the number of sentences shown."""
