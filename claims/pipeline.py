"""chunk -> LLM -> validate -> ground -> merge: the only place that orchestrates."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import instructor
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from . import (
    boilerplate,
    chunking,
    interviews,
    merging,
    pricing,
    prompts,
    propositions,
    speakers,
)
from .articles import Failed
from .backends import Backend
from .batch import Budget, concurrently
from .cache import Cache
from .cache import key as cache_key
from .errors import BackendError, ClaimsError, ConfigError
from .models import Article, Claim, DateRef, ExtractionResult, Usage
from .response import SCHEMAS, CitedClaim, ModelClaim, SentenceLabel, Source, checked_against
from .settings import Settings
from .text import Piece, paragraphs


@dataclass
class _ChunkOutcome:
    claims: list[Claim] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    # the last claim grounded: the next part's first claim may go on from it (a quotation
    # whose paragraph names no one goes on with the speaker before)
    last: Claim | None = None


class Extractor:
    """One backend and one prompt, reused across articles (the model loads once)."""

    def __init__(self, backend: Backend, settings: Settings, cache: Cache | None = None) -> None:
        self.backend = backend
        self.settings = settings
        self.cache = cache
        self.strategy = backend.strategy.but(settings)
        self.prompt = prompts.load(self.strategy.prompt)
        task = self.prompt.name.split("/")[0]
        if task not in SCHEMAS:
            raise ConfigError(f"prompt {self.prompt.name}: no answer schema for task {task!r}")
        self._schema = SCHEMAS[task]
        self.price = pricing.price(backend.model, backend.local, settings.prices)
        self._tally = threading.local()  # calls per thread: a batch runs chunks concurrently
        self._structured = instructor.patch(create=self._counted, mode=backend.mode)
        # Concurrent articles take turns at the Python work and overlap only while waiting
        # for the server: dozens of threads contending for the GIL instead cost 5x the CPU.
        self._turn = threading.Lock()

    @property
    def _calls(self) -> int:
        return int(getattr(self._tally, "calls", 0))

    def _usage(self, usage: Any, calls_before: int) -> Usage:
        """What the calls since ``calls_before`` cost; no model's answers are no calls."""
        calls = self._calls - calls_before if self.backend.calls_a_model else 0
        return _usage(usage, calls)

    def _counted(self, **kwargs: Any) -> Any:
        self._tally.calls = self._calls + 1
        if not getattr(self._tally, "turn", False):
            return self.backend.create(**kwargs)
        self._turn.release()
        try:
            return self.backend.create(**kwargs)
        finally:
            self._turn.acquire()

    def extract(self, article: Article) -> ExtractionResult:
        """The article's claims, from the cache when this exact work was done before."""
        if self.cache is None:
            return self._extract(article)
        key = cache_key(
            article,
            self.backend.model,
            self.prompt.text,
            self.settings.cache_key() | asdict(self.strategy),
        )
        hit = self.cache.get(key)
        if hit is not None:
            return hit.model_copy(update={"id": article.id})
        result = self._extract(article)
        self.cache.put(key, result)
        return result

    def estimate(self, article: Article) -> Usage:
        """About the most one article may use without re-asks: its text and the prompt in
        every chunk, and every answer up to its cap (four characters a token)."""
        calls = max(1, -(-len(article.text) // 4 // self.strategy.chunk_tokens))
        return Usage(
            calls=calls,
            prompt_tokens=len(article.text) // 4 + calls * len(self.prompt.text) // 4,
            completion_tokens=calls * self.strategy.max_output_tokens,
        )

    def _extract(self, article: Article) -> ExtractionResult:
        started = time.perf_counter()
        content = _content(article.text, article.title)
        outcomes: list[_ChunkOutcome] = []
        for first, sentences in _numbered(chunking.chunks(content, self.strategy.chunk_tokens)):
            # (not across a part whose answer failed: nothing of it was grounded)
            before = outcomes[-1].last if outcomes and not outcomes[-1].error else None
            outcomes.append(self._chunk(article, sentences, first, before))
        warnings = [w for outcome in outcomes for w in outcome.warnings]
        failures = [outcome.error for outcome in outcomes if outcome.error]
        error = None
        if outcomes and len(failures) == len(outcomes):
            error = failures[0]
        else:
            warnings += [f"part of the article was skipped: {failure}" for failure in failures]
        usage = sum((outcome.usage for outcome in outcomes), Usage())
        return ExtractionResult(
            id=article.id,
            title=article.title,
            published=article.published,
            claims=merging.merge([claim for outcome in outcomes for claim in outcome.claims]),
            model=self.backend.model,
            prompt_version=self.prompt.name,
            usage=usage,
            cost=self.price.of(usage) if self.price else None,
            seconds=round(time.perf_counter() - started, 3),
            warnings=warnings,
            error=error,
        )

    def extract_many(
        self, items: Iterable[Article | Failed], jobs: int = 1, budget: Budget | None = None
    ) -> Iterator[ExtractionResult]:
        """Results, each as soon as it is done; one failure never stops the rest.

        With ``jobs`` > 1 (remote backends only) up to that many articles run at once and
        results come in the order they finish. With a ``budget``, no article starts once
        its estimated cost no longer fits (``budget.exhausted`` tells).
        """
        admitted = _within(items, budget, self.estimate) if budget else _free(items)
        if jobs == 1 or self.backend.local:
            # in this thread, so Ctrl-C stops a local model mid-article
            yield from map(self._one, admitted)
            return
        yield from concurrently(self._one, admitted, jobs)

    def _one(self, admitted: tuple[Article | Failed, float, Budget | None]) -> ExtractionResult:
        item, reserved, budget = admitted
        if isinstance(item, Failed):
            return self._failed(item.id, item.error)
        try:
            with self._turn:
                self._tally.turn = True
                try:
                    result = self.extract(item)
                finally:
                    self._tally.turn = False
        except ClaimsError as error:
            result = self._failed(item.id, str(error))
        except Exception as error:  # a bug must cost one article, not the batch
            result = self._failed(item.id, f"internal error: {type(error).__name__}: {error}")
        if budget is not None:
            budget.settle(reserved, result)
        return result

    def _failed(self, id: str, error: str) -> ExtractionResult:
        return ExtractionResult(
            id=id, model=self.backend.model, prompt_version=self.prompt.name, error=error
        )

    def _chunk(
        self, article: Article, sentences: dict[int, Piece], first: int, before: Claim | None
    ) -> _ChunkOutcome:
        source = Source(article.text, sentences, article.published, article.publisher)
        messages = self.prompt.messages(
            title=article.title or "(none)",
            published=article.published.isoformat() if article.published else "(unknown)",
            sentences="\n".join(f"[{n}] {s.text}" for n, s in sentences.items()),
        )
        outcome = _ChunkOutcome(last=before)
        calls_before = self._calls
        where = f"sentences {first}-{first + len(sentences) - 1}"
        answer, item = self._schema(len(sentences))
        key = next(iter(answer.model_fields))
        try:
            with checked_against(source):
                response = self._structured(
                    response_model=answer,
                    messages=messages,
                    max_retries=self.strategy.validation_retries,
                    strict=False,
                    max_tokens=self.strategy.max_output_tokens,
                    temperature=self.settings.temperature,
                    model=self.backend.model,
                )
        except IncompleteOutputException as error:
            # A model that runs on (small ones repeat themselves) still listed good claims
            # before the cap: keep every complete one.
            usage = getattr(error.last_completion, "usage", None)
            outcome.usage = self._usage(usage, calls_before)
            cap = f"the answer hit the {self.strategy.max_output_tokens}-token cap"
            items = _claim_items(error.last_completion, key, truncated=True)
            if not items:
                outcome.error = f"{where}: {cap} before any claim was complete"
                return outcome
            outcome.warnings.append(f"{where}: {cap}; kept its {len(items)} complete claims")
            self._ground(items, item, source, outcome, where, 1)
            return outcome
        except InstructorRetryException as error:
            cause = _claims_error(error)
            outcome.usage = self._usage(error.total_usage, calls_before)
            if cause is not None:
                outcome.error = str(cause)
                return outcome
            self._salvage(error, key, item, source, outcome, where)
            return outcome
        # instructor sums usage over re-asks into _total_usage when every reply reported it
        raw = getattr(response, "_raw_response", None)
        usage = getattr(response, "_total_usage", None) or getattr(raw, "usage", None)
        outcome.usage = self._usage(usage, calls_before)
        tries = self._calls - calls_before
        self._ground(getattr(response, key), item, source, outcome, where, tries)
        return outcome

    def _salvage(
        self,
        error: InstructorRetryException,
        key: str,
        item: type[BaseModel],
        source: Source,
        outcome: _ChunkOutcome,
        where: str,
    ) -> None:
        """Out of re-asks: keep each claim of the last answer that is valid and grounded."""
        items = _claim_items(error.last_completion, key)
        if items is None:
            outcome.error = (
                f"{where}: the model gave no usable JSON after "
                f"{error.n_attempts} tries ({_first_line(error)})"
            )
            return
        self._ground(items, item, source, outcome, where, error.n_attempts)

    def _ground(
        self,
        items: Sequence[object],
        item_model: type[BaseModel],
        source: Source,
        outcome: _ChunkOutcome,
        where: str,
        tries: int,
    ) -> None:
        """Result claims from the model's; one that is invalid or ungrounded is dropped with
        a warning, never returned."""
        said_on: dict[str, DateRef] = {}
        numbers = list(source.sentences)
        for index, item in enumerate(items):
            try:
                claim = item if isinstance(item, BaseModel) else item_model.model_validate(item)
                if isinstance(claim, SentenceLabel):
                    # the i-th label is the i-th sentence shown
                    if index >= len(numbers):
                        outcome.warnings.append(
                            f"{where}: {len(items) - len(numbers)} labels beyond the "
                            f"{len(numbers)} sentences ignored"
                        )
                        break
                    sentence = source.sentences[numbers[index]]
                    # questions and headings are no claims, nor a frame that only names who
                    # spoke the quotation before it, nor the original words of a translated
                    # quotation
                    if (
                        interviews.asks(sentence.text)
                        or boilerplate.a_heading(source.text, sentence)
                        or speakers.names_quotation_before(source.text, sentence)
                        or interviews.in_gloss(source.text, sentence)
                    ):
                        continue
                    parts = propositions.propositions(sentence)
                    parts += [aside for part in parts for aside in propositions.asides(part)]
                    cited = [CitedClaim(s=numbers[index], who=claim.who, q=p.text) for p in parts]
                elif isinstance(claim, CitedClaim):
                    cited = [claim]
                else:
                    assert isinstance(claim, ModelClaim)
                    outcome.claims.append(source.ground(claim, outcome.warnings))
                    continue
                for part in cited:
                    grounded = outcome.last = source.ground_cited(part, outcome.last, said_on)
                    words = grounded.evidence.text
                    # (a few words a source is reported to have said are the object of its
                    # verb: 'denied any sexual activity', 'called it "a retrograde step"')
                    fragment = grounded.mode in ("author", "direct") and propositions.a_fragment(
                        words
                    )
                    if not (propositions.courtesy(words) or fragment):
                        outcome.claims.append(grounded)
            except (ValidationError, ValueError) as problem:
                outcome.warnings.append(
                    f"{where}: claim {index + 1} dropped after {tries} tries: "
                    f"{_first_line(problem)}"
                )


def _free(
    items: Iterable[Article | Failed],
) -> Iterator[tuple[Article | Failed, float, Budget | None]]:
    for item in items:
        yield item, 0.0, None


def _within(
    items: Iterable[Article | Failed], budget: Budget, estimate: Callable[[Article], Usage]
) -> Iterator[tuple[Article | Failed, float, Budget | None]]:
    """Items while the budget has room for each; drawn one at a time as work starts."""
    for item in items:
        if isinstance(item, Failed):
            yield item, 0.0, None
            continue
        reserved = budget.reserve(estimate(item))
        if reserved is None:
            return
        yield item, reserved, budget


def _content(text: str, title: str | None) -> list[Piece]:
    """Paragraphs worth sending: not boilerplate, and not a title line that the prompt
    already gives as the title (a headline restates the body; it is not a claim of its own)."""
    blocks = paragraphs(text)
    furniture = set(boilerplate.boilerplate_spans(blocks))
    if blocks and title and blocks[0].text == title.strip():
        furniture.add(blocks[0])
    return [boilerplate.without_dateline(block) for block in blocks if block not in furniture]


def _numbered(parts: list[list[Piece]]) -> Iterator[tuple[int, dict[int, Piece]]]:
    """Sentences numbered across the whole article, so numbers never repeat between chunks."""
    number = 1
    for part in parts:
        yield number, {number + i: sentence for i, sentence in enumerate(part)}
        number += len(part)


def _claims_error(error: BaseException) -> ClaimsError | None:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ClaimsError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _usage(usage: Any, calls: int) -> Usage:
    return Usage(
        calls=calls,
        prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
    )


_FENCE = re.compile(r"\{.*\}", re.DOTALL)


def _claim_items(completion: Any, key: str, truncated: bool = False) -> list[Any] | None:
    """The list under ``key`` in a raw completion, or None when it is not JSON of that
    shape. From a ``truncated`` answer, the items that were complete before the cut."""
    try:
        message = completion.choices[0].message
        raw = message.content or message.tool_calls[0].function.arguments
    except (AttributeError, IndexError, TypeError):
        return None
    if truncated:
        return _complete_items(raw or "", key)
    found = _FENCE.search(raw or "")
    try:
        data = json.loads(found.group(0)) if found else None
    except json.JSONDecodeError:
        return None
    items = data.get(key) if isinstance(data, dict) else None
    return items if isinstance(items, list) else None


def _complete_items(raw: str, key: str) -> list[Any]:
    opening = re.search(r'"' + re.escape(key) + r'"\s*:\s*\[', raw)
    if opening is None:
        return []
    decoder = json.JSONDecoder()
    items: list[Any] = []
    position = opening.end()
    while True:
        while position < len(raw) and raw[position] in " \t\r\n,":
            position += 1
        if position >= len(raw) or raw[position] == "]":
            return items
        try:
            item, position = decoder.raw_decode(raw, position)
        except json.JSONDecodeError:
            return items
        items.append(item)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


__all__ = ["BackendError", "Extractor"]
